#!/usr/bin/env bash
# Issue 16's scan speed, measured side by side: `tls-compat scan` (JVM start included) against
# `testssl.sh -e -p -P -S` (every cipher, protocols, server preferences, server defaults) and
# against `sslscan`, on the same loopback server, alternated round by round.
#
#   tools/speed/scan-ratio.sh [ROUNDS] [HOST:PORT]
#
# ROUNDS (default 3) rounds of each of the three tools. Without HOST:PORT it starts
# `openssl s_server` (OpenSSL's defaults, an RSA 2048 key) on a free loopback port and stops it
# afterwards. Needs testssl.sh and sslscan (Debian packages testssl.sh and sslscan), openssl and
# python3. Prints each tool's median wall clock and the ratios of the medians; the targets are
# testssl.sh at least 5 times slower than scan, and scan no slower than sslscan. Exits 1 when
# either is missed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds="${1:-3}"
work="$(mktemp -d)"
source "$root/tools/speed/loopback-server.sh"

testssl_bin="$(command -v testssl || command -v testssl.sh || true)"
[[ -n "$testssl_bin" ]] || { echo "scan-ratio: testssl.sh not found (apt-get install testssl.sh)" >&2; exit 2; }
command -v sslscan >/dev/null || { echo "scan-ratio: sslscan not found (apt-get install sslscan)" >&2; exit 2; }

if [[ $# -ge 2 ]]; then
  target="$2"
else
  start_loopback_server
fi

"$root/tls-compat" --version >/dev/null # builds the command when needed, outside the timing
# The first scan after a build writes the scan's class-data archive as it exits (see the launcher),
# as --version above writes the other commands' one: outside the timing too.
"$root/tls-compat" scan "$target" -o "$work/first.json" >/dev/null 2>&1 || true

timed() { # name command... -> appends "name seconds" to the times
  local name="$1" start end
  shift
  start=$(date +%s%N)
  "$@" >"$work/$name.out" 2>&1 || true
  end=$(date +%s%N)
  echo "$name $(((end - start) / 1000000))" >>"$work/times"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$rounds"); do
  timed scan "$root/tls-compat" scan "$target" -o "$work/scanned.json"
  timed sslscan sslscan --no-colour "$target"
  timed testssl "$testssl_bin" --quiet --color 0 --warnings off -e -p -P -S "$target"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -q '"versions"' "$work/scanned.json" || { echo "scan-ratio: the scan wrote no profile:" >&2; cat "$work/scan.out" >&2; exit 2; }

python3 - "$work/times" <<'PY'
import collections, statistics, sys
times = collections.defaultdict(list)
for line in open(sys.argv[1]):
    name, ms = line.split()
    times[name].append(int(ms) / 1000)
median = {name: statistics.median(v) for name, v in times.items()}
for name in ("scan", "sslscan", "testssl"):
    v = times[name]
    print(f"{name:<8} median {median[name]:6.2f} s  ({min(v):.2f}-{max(v):.2f} s, {len(v)} runs)")
vs_testssl = median["testssl"] / median["scan"]
vs_sslscan = median["sslscan"] / median["scan"]
print(f"testssl.sh -e -p -P -S / scan: {vs_testssl:.1f}x (target: at least 5x)")
print(f"sslscan / scan: {vs_sslscan:.2f}x (target: at least 1x, scan no slower)")
sys.exit(0 if vs_testssl >= 5 and vs_sslscan >= 1 else 1)
PY
