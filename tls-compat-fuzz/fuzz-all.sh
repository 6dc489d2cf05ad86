#!/bin/sh
# Fuzzes every target in turn, one at a time (the machine is shared), each for at most the given
# executions and time: ./fuzz-all.sh 10000000 5m. Prints one line per target from its log.
# Targets named after the two numbers are fuzzed instead of all, in that order:
# ./fuzz-all.sh 10000000 30m WireFuzzTest#serverCertificate ConfigFuzzTest#regFile
set -u
module=$(cd "$(dirname "$0")" && pwd)
executions=${1:-10000000}
duration=${2:-5m}
shift 2 2>/dev/null || shift $#
# A snapshot of the class path's directories: a build while the targets run (hours) must not
# change, or delete, the classes under the fuzzer.
snapshot="$module/target/fuzz/classpath"
rm -rf "$snapshot"
mkdir -p "$snapshot"
FUZZ_CLASSPATH=""
n=0
for entry in "$module/target/test-classes" $(tr ':' ' ' < "$module/target/test-classpath.txt"); do
  if [ -d "$entry" ]; then
    n=$((n + 1))
    cp -r "$entry" "$snapshot/$n"
    entry="$snapshot/$n"
  fi
  FUZZ_CLASSPATH="$FUZZ_CLASSPATH${FUZZ_CLASSPATH:+:}$entry"
done
export FUZZ_CLASSPATH
[ $# -gt 0 ] || set -- WireFuzzTest#recordLayer WireFuzzTest#serverResponse WireFuzzTest#serverResponseToOffer \
    WireFuzzTest#serverCertificate WireFuzzTest#clientHello CipherStringFuzzTest#openSslCipherString \
    ProfileFuzzTest#profileFile ConfigFuzzTest#nginx ConfigFuzzTest#apache ConfigFuzzTest#opensslArguments \
    ConfigFuzzTest#regFile ConfigFuzzTest#getTlsCipherSuite ConfigFuzzTest#jsseProperties \
    ConfigFuzzTest#jdkDisabledAlgorithms ConfigFuzzTest#javaSecurity
for target in "$@"; do
  start=$(date -u +%FT%TZ)
  "$module/fuzz.sh" "$target" "$executions" "$duration"
  rc=$?
  done_line=$(grep -E '^Done [0-9]+ runs' "$module/target/fuzz/$target.log" | tail -1)
  echo "$target start=$start end=$(date -u +%FT%TZ) rc=$rc load=$(cut -d' ' -f1-3 /proc/loadavg) ${done_line:-no Done line}"
done
