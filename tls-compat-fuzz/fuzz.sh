#!/bin/sh
# Fuzzes one target for real with Jazzer, outside Maven (no reactor build per run), logging to
# target/fuzz/<Class>#<method>.log; run it under nohup for long runs.
#
#   ./fuzz.sh WireFuzzTest#serverResponse [max-executions] [max-duration, default 24h]
#   ./fuzz.sh WireFuzzTest#serverResponse 10000000 2h
#
# Build the classes and the class path first, from the reactor root (never `mvn install`):
#   mvn -B -ntp -pl tls-compat-fuzz -am test-compile dependency:build-classpath \
#       -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
#
# The checked-in corpus (src/test/resources/.../<Class>Inputs/<method>/) seeds the run; what the
# fuzzer adds goes to target/fuzz/<Class>#<method>/.cifuzz-corpus, a crashing input to
# target/fuzz/<Class>#<method>/crash-*. Inputs are capped at 4096 bytes (-max_len): the long
# reproducers in the corpus are regression inputs, mutating them would only slow the run. An input
# that runs 10 seconds is a finding (-timeout), as is an OutOfMemoryError in the 512 MB heap.
# ClosestNames is not instrumented: it computes "did you mean" over fixed vocabularies, and tracing
# each comparison of its edit distance cost the importers a third of their executions (measured in
# the fuzz README) while telling the fuzzer only how known names are spelled, which the traced map
# lookups that reject a name already tell it. The importers' targets (ConfigFuzzTest) also leave out
# the cipher-string evaluation (CipherOrder, CipherMasks: loops over every suite, each comparison
# traced): a configuration's cipher string is still parsed and applied, and
# CipherStringFuzzTest#openSslCipherString fuzzes that code with it instrumented.
set -eu
target=${1:?usage: fuzz.sh Class#method [max-executions] [max-duration, default 24h]}
executions=${2:-10000000}
# Without --max_duration Jazzer stops a @FuzzTest after the annotation's maxDuration, 5 minutes by
# default, however many executions are asked for; so the default cap is a day.
duration=${3:-24h}
module=$(cd "$(dirname "$0")" && pwd)
class=${target%%#*}
method=${target#*#}
# FUZZ_CLASSPATH (set by fuzz-all.sh to a snapshot) keeps a build during the run from changing the classes.
cp=${FUZZ_CLASSPATH:-"$module/target/test-classes:$(cat "$module/target/test-classpath.txt")"}
work="$module/target/fuzz/$target"
excludes='io.github.tlscompat.core.internal.ClosestNames*'
if [ "$class" = ConfigFuzzTest ]; then
  excludes="$excludes:io.github.tlscompat.core.cipherstring.CipherOrder*:io.github.tlscompat.core.cipherstring.CipherMasks*"
fi
mkdir -p "$work"
cd "$work"
exec java -Xmx512m -cp "$cp" com.code_intelligence.jazzer.Jazzer \
  --target_class="io.github.tlscompat.fuzz.$class" --target_method="$method" \
  --instrumentation_includes='io.github.tlscompat.**' \
  --instrumentation_excludes="$excludes" \
  --max_executions="$executions" --max_duration="$duration" \
  -max_len=4096 -timeout=10 > "$module/target/fuzz/$target.log" 2>&1
