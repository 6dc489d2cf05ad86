#!/usr/bin/env bash
# Runs testssl.sh's client simulation and `tls-compat simulate --connect` against the same
# loopback server, checks that both print the same table, and prints how much faster tls-compat is.
#
#   tools/speed/testssl-ratio.sh [HOST:PORT]
#
# Without HOST:PORT it starts `openssl s_server` (OpenSSL's defaults, an RSA 2048 key) on a free
# loopback port and stops it afterwards. Needs: testssl.sh (Debian package testssl.sh, run with
# ALL_CLIENTS=true so it simulates every client it has), openssl, python3, a JDK and Maven.
# Timings are wall clock: tls-compat's includes starting the JVM; the median of 5 runs is used
# because the machines are shared and noisy. The target (issue 18) is a ratio of at least 100; the
# load average before and after is printed, since both sides share the machine with everything else.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
source "$root/tools/speed/loopback-server.sh"

testssl_bin="$(command -v testssl || command -v testssl.sh || true)"
[[ -n "$testssl_bin" ]] || { echo "testssl-ratio: testssl.sh not found (apt-get install testssl.sh)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "testssl-ratio: python3 not found" >&2; exit 2; }

if [[ $# -ge 1 ]]; then
  target="$1"
else
  start_loopback_server
fi

# Build once (outside the timing), then time the command itself.
"$root/tls-compat" --version >/dev/null
"$root/tls-compat" suites --format tsv >"$work/suites.tsv"
"$root/tls-compat" profiles list --format tsv >"$work/profiles.tsv"

seconds() { python3 -c 'import sys,time; print(time.time())'; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
ours=()
for i in 1 2 3 4 5; do
  start="$(seconds)"
  "$root/tls-compat" simulate --connect "$target" --format tsv >"$work/ours.tsv"
  ours+=("$(python3 -c "print($(seconds) - $start)")")
done
start="$(seconds)"
ALL_CLIENTS=true "$testssl_bin" --quiet --color 0 --warnings off -c "$target" \
  >"$work/testssl.txt" 2>&1 || true
theirs="$(python3 -c "print($(seconds) - $start)")"

sim_file="$(dirname "$(readlink -f "$testssl_bin")")/../../etc/testssl/client-simulation.txt"
[[ -f "$sim_file" ]] || sim_file=/etc/testssl/client-simulation.txt
status=0
python3 - "$root" "$work" "$sim_file" "$theirs" "${ours[@]}" <<'PY' || status=$?
import csv, re, statistics, sys
root, work, sim_file, theirs = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
ours = [float(x) for x in sys.argv[5:]]

def tsv(name):
    with open(f"{work}/{name}") as f:
        return list(csv.DictReader(f, delimiter="\t"))

iana = {r["openssl_name"]: r["iana_name"] for r in tsv("suites.tsv") if r["openssl_name"] != "-"}
clients = [r for r in tsv("profiles.tsv") if r["kind"] == "client"]
ours_rows = {r["client"]: r for r in tsv("ours.tsv")}

# testssl.sh names a client as the catalog does, except where the catalog merged clients that
# send the same hello ("Android 11/12 (native)"): match by name, then by the captured hello.
by_name = {r["name"]: r["id"] for r in clients}
for r in clients:
    # "Android 11/12 (native)" stands for "Android 11 (native)" and "Android 12 (native)".
    m = re.match(r"^(.*?)(\S+)/(\S+)( \(.*\))?$", r["name"])
    if m:
        for v in (m.group(2), m.group(3)):
            by_name.setdefault(m.group(1) + v + (m.group(4) or ""), r["id"])
captures = f"{root}/tls-compat-captures/src/main/resources/META-INF/tls-compat/captures/v1"
by_hello = {}
for r in clients:
    try:
        by_hello[open(f"{captures}/{r['id']}.hex").read().strip().lower()] = r["id"]
    except FileNotFoundError:
        pass
testssl_hello = {}
names = []
for line in open(sim_file):
    line = line.strip()
    if line.startswith("names+=("):
        names.append(line[len('names+=("'):-2])
    elif line.startswith("handshakebytes+=("):
        testssl_hello[names[-1]] = line[len('handshakebytes+=("'):-2].lower()

def catalog_id(name):
    return by_name.get(name) or by_hello.get(testssl_hello.get(name, "-"))

# testssl.sh's text output: the client's name, then its answer.
text_rows = []
for line in open(f"{work}/testssl.txt"):
    line = line.rstrip("\n")
    if line.startswith(" ") and ("No connection" in line or " TLSv1" in line or " SSLv" in line):
        text_rows.append(line)

same, differ, unmatched = 0, [], []
for line in text_rows:
    for cut in ("No connection", "TLSv1", "SSLv"):
        i = line.find(cut)
        if i > 0:
            name, answer = line[:i].strip(), line[i:].strip()
            break
    client = catalog_id(name)
    if client is None or client not in ours_rows:
        unmatched.append(name)
        continue
    row = ours_rows[client]
    if answer == "No connection":
        theirs_cell = ("REFUSED", "-", "-")
    else:
        version, suite = answer.split(",")[0].split(" ", 1)
        version = {"TLSv1": "TLSv1.0", "SSLv3": "SSLv3", "SSLv2": "SSLv2"}.get(version, version)
        theirs_cell = ("CONNECTED", version, iana.get(suite, suite))
    ours_cell = (row["outcome"], row["version"], row["cipherSuite"])
    if ours_cell == theirs_cell:
        same += 1
    else:
        differ.append(f"  {client}: testssl.sh {theirs_cell}, tls-compat {ours_cell}")

median = statistics.median(ours)
print(f"testssl.sh -c (ALL_CLIENTS=true): {len(text_rows)} clients in {theirs:.1f} s")
print(f"tls-compat simulate --connect:   {len(ours_rows)} clients, median {median:.2f} s of {len(ours)} runs "
      f"(min {min(ours):.2f}, max {max(ours):.2f})")
print(f"same table: {same} of {len(text_rows)} clients agree; {len(differ)} differ; "
      f"{len(unmatched)} not in the catalog{': ' + ', '.join(unmatched) if unmatched else ''}")
for d in differ:
    print(d)
ratio = theirs / median
print(f"ratio: {ratio:.0f}x (target: at least 100x)")
sys.exit(0 if ratio >= 100 and not differ else 1)
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
