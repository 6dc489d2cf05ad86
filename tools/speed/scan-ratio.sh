#!/usr/bin/env bash
# Times `tls-compat scan` against `testssl.sh -e -p -P -S` (every suite, protocols, server
# preferences, server defaults: what a scan measures) on the same loopback server, and prints the
# ratio.
#
#   tools/speed/scan-ratio.sh [HOST:PORT]
#
# Without HOST:PORT it starts `openssl s_server` (OpenSSL's defaults, an RSA 2048 key) on a free
# loopback port and stops it afterwards. Needs: testssl.sh (Debian package testssl.sh), openssl,
# python3, a JDK and Maven. Timings are wall clock, JVM start included; the median of 5 runs of
# each is used because the machines are shared and noisy. The target (issue 16) is a ratio of at
# least 5.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

testssl_bin="$(command -v testssl || command -v testssl.sh || true)"
[[ -n "$testssl_bin" ]] || { echo "scan-ratio: testssl.sh not found (apt-get install testssl.sh)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "scan-ratio: python3 not found" >&2; exit 2; }

if [[ $# -ge 1 ]]; then
  target="$1"
else
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 2 \
    -subj /CN=localhost 2>/dev/null
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  openssl s_server -accept "127.0.0.1:$port" -cert "$work/cert.pem" -key "$work/key.pem" -quiet -www \
    </dev/null >"$work/s_server.log" 2>&1 &
  server_pid=$!
  target="127.0.0.1:$port"
  for _ in $(seq 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
  done
fi

"$root/tls-compat" --version >/dev/null   # build once, outside the timing

seconds() { python3 -c 'import time; print(time.time())'; }
median() { python3 -c 'import statistics,sys; print(statistics.median(float(x) for x in sys.argv[1:]))' "$@"; }
ours=()
theirs=()
for i in 1 2 3 4 5; do
  start="$(seconds)"
  "$root/tls-compat" scan "$target" -o "$work/scanned.json" >"$work/ours.txt"
  ours+=("$(python3 -c "print($(seconds) - $start)")")
  start="$(seconds)"
  "$testssl_bin" --quiet --color 0 --warnings off -e -p -P -S "$target" >"$work/testssl.txt" 2>&1 || true
  theirs+=("$(python3 -c "print($(seconds) - $start)")")
done
m_ours="$(median "${ours[@]}")"
m_theirs="$(median "${theirs[@]}")"
head -n 1 "$work/ours.txt"
printf 'tls-compat scan: %.2f s (median of 5: %s)\n' "$m_ours" "${ours[*]}"
printf 'testssl.sh -e -p -P -S: %.2f s (median of 5: %s)\n' "$m_theirs" "${theirs[*]}"
python3 -c "print('ratio: %.1fx' % ($m_theirs / $m_ours))"
