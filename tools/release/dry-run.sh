#!/usr/bin/env bash
# Dry run of the release, up to the upload: builds HEAD as the release version, signs it with a
# throwaway key and deploys it to a local directory instead of Maven Central, then checks what a
# Central user would get: exactly the published modules, each file signed (the signature verifies)
# and with correct checksums, the licence and notice in every jar, Bouncy Castle's licence in the
# CLI's -all jar, and no empty jar. It also checks that the release profile's excludeArtifacts (the
# Central plugin ignores maven.deploy.skip) names exactly the modules that skip deploy.
#
#   tools/release/dry-run.sh            # needs: git, mvn, gpg, unzip, sha1sum, md5sum
#
# Nothing leaves the machine: no key server, no Central Portal. RELEASING.md has the real steps.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
# gpg starts an agent for the scratch key ring: stop it with the ring.
trap 'GNUPGHOME="$work/gnupg" gpgconf --kill gpg-agent 2>/dev/null || true; rm -rf "$work"' EXIT
fail() { echo "release dry run: $*" >&2; exit 1; }
for tool in git mvn gpg unzip sha1sum md5sum; do
  command -v "$tool" >/dev/null || fail "$tool not found"
done

git clone -q --local "$root" "$work/src"
cd "$work/src"
snapshot="$(mvn -B -q -ntp help:evaluate -Dexpression=project.version -DforceStdout | sed 's/\x1b\[[0-9;]*m//g')"
version="${snapshot%-SNAPSHOT}"
mvn -B -q -ntp org.codehaus.mojo:versions-maven-plugin:2.18.0:set -DnewVersion="$version" \
  -DgenerateBackupPoms=false -DprocessAllModules=true

export GNUPGHOME="$work/gnupg"
mkdir -m 700 "$GNUPGHOME"
gpg --batch -q --passphrase dry-run --quick-gen-key "tls-compat release dry run <dry-run@invalid>" rsa3072 sign 1d
MAVEN_GPG_KEY="$(gpg --batch -q --pinentry-mode loopback --passphrase dry-run --armor --export-secret-keys)"
export MAVEN_GPG_KEY MAVEN_GPG_PASSPHRASE=dry-run

staging="$work/staging"
mvn -B -ntp -Psign deploy -DskipTests -Dinvoker.skip=true -Djacoco.skip=true \
  -DaltDeploymentRepository="staging::file:$staging" > "$work/deploy.log" 2>&1 \
  || { tail -40 "$work/deploy.log" >&2; fail "mvn -Psign deploy failed"; }

# The modules that skip deploy, and the release profile's list of what the Central plugin leaves out.
skipped=()
published=(tls-compat-parent)
for module in $(sed -n 's:.*<module>\(.*\)</module>.*:\1:p' pom.xml); do
  artifact="$(sed -n '/<parent>/,/<\/parent>/d; s:^  <artifactId>\(.*\)</artifactId>.*:\1:p' "$module/pom.xml" | head -1)"
  if grep -q '<maven.deploy.skip>true</maven.deploy.skip>' "$module/pom.xml"; then
    skipped+=("$artifact")
  else
    published+=("$artifact")
  fi
done
excluded="$(sed -n '/<id>release<\/id>/,/<\/profile>/s:.*<artifact>\(.*\)</artifact>.*:\1:p' pom.xml | sort | tr '\n' ' ')"
[[ "$excluded" == "$(printf '%s\n' "${skipped[@]}" | sort | tr '\n' ' ')" ]] \
  || fail "release excludeArtifacts [$excluded] differ from the modules that skip deploy [${skipped[*]}]"

group_dir="$staging/io/github/tlscompat"
staged="$(ls "$group_dir" | sort | tr '\n' ' ')"
[[ "$staged" == "$(printf '%s\n' "${published[@]}" | sort | tr '\n' ' ')" ]] \
  || fail "staged [$staged], expected [${published[*]}]"

checked=0
for artifact in "${published[@]}"; do
  dir="$group_dir/$artifact/$version"
  [[ -f "$dir/$artifact-$version.pom" ]] || fail "$artifact: no POM"
  if [[ -f "$dir/$artifact-$version.jar" ]]; then
    for classifier in "" -sources -javadoc; do
      [[ -f "$dir/$artifact-$version$classifier.jar" ]] || fail "$artifact: no $artifact-$version$classifier.jar"
    done
    jar="$dir/$artifact-$version.jar"
    entries="$(unzip -Z1 "$jar")"
    grep -qx 'META-INF/LICENSE' <<<"$entries" || fail "$artifact: no META-INF/LICENSE in its jar"
    grep -qx 'META-INF/NOTICE' <<<"$entries" || fail "$artifact: no META-INF/NOTICE in its jar"
    if [[ "$artifact" != tls-compat-captures ]]; then
      grep -q 'Apache License' <<<"$(unzip -p "$jar" META-INF/LICENSE)" || fail "$artifact: META-INF/LICENSE is not Apache-2.0"
      [[ "$(grep -c '\.class$' <<<"$entries")" -gt 1 ]] || fail "$artifact: its jar has no classes"
    fi
  fi
  for file in "$dir"/*; do
    case "$file" in *.asc|*.md5|*.sha1|*.sha256|*.sha512|*/maven-metadata*) continue ;; esac
    [[ -f "$file.asc" ]] || fail "$(basename "$file"): not signed"
    gpg --batch -q --verify "$file.asc" "$file" 2>/dev/null || fail "$(basename "$file"): bad signature"
    [[ "$(cat "$file.sha1")" == "$(sha1sum "$file" | cut -d' ' -f1)" ]] || fail "$(basename "$file"): bad .sha1"
    [[ "$(cat "$file.md5")" == "$(md5sum "$file" | cut -d' ' -f1)" ]] || fail "$(basename "$file"): bad .md5"
    checked=$((checked + 1))
  done
done
cli_all="$group_dir/tls-compat-cli/$version/tls-compat-cli-$version-all.jar"
# The listing read whole first: `unzip | grep -q` under pipefail fails whenever grep stops at its
# match before unzip has written the rest (SIGPIPE), which a loaded machine made happen.
cli_entries="$(unzip -Z1 "$cli_all")"
grep -qx 'META-INF/licenses/bouncycastle-LICENSE.md' <<<"$cli_entries" \
  || fail "tls-compat-cli-$version-all.jar: no Bouncy Castle licence"
grep -qx 'META-INF/licenses/slf4j-LICENSE.txt' <<<"$cli_entries" \
  || fail "tls-compat-cli-$version-all.jar: no SLF4J licence"
grep -qx 'META-INF/licenses/json-schema-validator-NOTICE.txt' <<<"$cli_entries" \
  || fail "tls-compat-cli-$version-all.jar: no notice for the JSON Schema validator"
echo "release dry run: ${#published[@]} modules of $version staged (${published[*]}), $checked files signed and checksummed"
