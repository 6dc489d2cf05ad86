#!/usr/bin/env bash
# Issue 18's command goal, measured side by side: `check` and `matrix` (text) against `--version`,
# each the whole life of `./tls-compat` (launcher and JVM start included), alternated round by
# round so that load on a shared machine hits every command alike.
#
#   tools/speed/startup.sh [RUNS]
#
# RUNS (default 20) rounds after 2 warm-up rounds; each round runs every command once, in a
# rotating order. Prints each command's median and range in milliseconds, and the median of the
# per-round ratios to `--version`; the goal is at most 1.3. With TLS_COMPAT_CDS_COMPARE=1 every
# command also runs with TLS_COMPAT_CDS=off (the launcher then ignores its class-data archive), so
# the archive's effect is measured in the same run. Exits 1 when a ratio is above the goal.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-20}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

names=(version check matrix)
args_version=(--version)
args_check=(check --client LPE-CE6 --server office365-2019)
args_matrix=(matrix)
cds_modes=(on)
[[ "${TLS_COMPAT_CDS_COMPARE:-0}" == 1 ]] && cds_modes=(on off)

run() { # name cds-mode -> milliseconds
  local -n args="args_$1"
  local start end status=0
  start=$(date +%s%N)
  TLS_COMPAT_CDS="$2" "$root/tls-compat" "${args[@]}" >"$work/out" 2>"$work/err" || status=$?
  end=$(date +%s%N)
  if ((status != 0 && status != 1)); then
    echo "startup: tls-compat ${args[*]} exited $status:" >&2
    cat "$work/err" >&2
    exit 2
  fi
  echo $(((end - start) / 1000000))
}

"$root/tls-compat" --version >/dev/null # builds the jar (and its archive) when missing or stale
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq -1 "$runs"); do
  order=("${names[@]:round%3}" "${names[@]:0:round%3}")
  for mode in "${cds_modes[@]}"; do
    for name in "${order[@]}"; do
      ms=$(run "$name" "$mode")
      ((round > 0)) && echo "$round $name cds-$mode $ms" >>"$work/times"
    done
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -n 1

status=0
python3 - "$work/times" <<'PY' || status=$?
import collections, statistics, sys
GOAL = 1.3
times = collections.defaultdict(dict)
for line in open(sys.argv[1]):
    rnd, name, mode, ms = line.split()
    times[(name, mode)][int(rnd)] = int(ms)
failed = False
print(f"{'command':<10} {'cds':<4} {'median':>8} {'range':>14} {'/ --version':>12}")
for (name, mode), by_round in sorted(times.items(), key=lambda kv: (kv[0][1], kv[0][0] != "version", kv[0][0])):
    values = list(by_round.values())
    version = times[("version", mode)]
    ratios = [by_round[r] / version[r] for r in by_round]
    ratio = statistics.median(ratios)
    if name != "version" and mode == "on":
        failed |= ratio > GOAL
    print(f"{name:<10} {mode:<4} {statistics.median(values):>6.0f} ms {min(values):>5}-{max(values):<5} ms "
          f"{ratio:>10.2f}x")
print(f"goal: check and matrix at most {GOAL}x --version: {'missed' if failed else 'met'}")
sys.exit(1 if failed else 0)
PY
exit $status
