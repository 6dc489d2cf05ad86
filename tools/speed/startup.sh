#!/usr/bin/env bash
# Issue 18's command goal, measured side by side: `check` and `matrix` (text) against `--version`,
# each the whole life of `./tls-compat` (launcher and JVM start included), alternated round by
# round so that load on a shared machine hits every command alike.
#
#   tools/speed/startup.sh [RUNS]
#
# RUNS (default 20) rounds after 2 warm-up rounds; each round runs every command once, in a
# rotating order. Prints each command's median and range of wall-clock time, the median of the
# per-round ratios to `--version` (the goal is at most 1.3), and the median CPU time (user plus
# system, all threads: less sensitive to other load than wall clock, and the JIT's share shows). With TLS_COMPAT_CDS_COMPARE=1 every
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

run() { # name cds-mode -> "wall-seconds user-seconds system-seconds"
  local -n args="args_$1"
  local status=0
  TLS_COMPAT_CDS="$2" /usr/bin/time -f '%e %U %S' -o "$work/time" "$root/tls-compat" "${args[@]}" \
    >"$work/out" 2>"$work/err" || status=$?
  if ((status != 0 && status != 1)); then
    echo "startup: tls-compat ${args[*]} exited $status:" >&2
    cat "$work/err" >&2
    exit 2
  fi
  tail -n 1 "$work/time"
}

"$root/tls-compat" --version >/dev/null # builds the jar (and its archive) when missing or stale
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq -2 $((runs - 1))); do
  shift=$(((round + 3) % 3))
  order=("${names[@]:shift}" "${names[@]:0:shift}")
  for mode in "${cds_modes[@]}"; do
    for name in "${order[@]}"; do
      measured=$(run "$name" "$mode")
      ((round >= 0)) && echo "$round $name $mode $measured" >>"$work/times"
    done
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -n 1

status=0
python3 - "$work/times" <<'PY' || status=$?
import collections, statistics, sys
GOAL = 1.3
wall, cpu = collections.defaultdict(dict), collections.defaultdict(dict)
for line in open(sys.argv[1]):
    rnd, name, mode, w, user, system = line.split()
    wall[(name, mode)][int(rnd)] = float(w) * 1000
    cpu[(name, mode)][int(rnd)] = (float(user) + float(system)) * 1000
failed = False
print(f"{'command':<8} {'cds':<4} {'wall median':>12} {'range':>14} {'/ --version':>12} {'cpu median':>11} {'/ --version':>12}")
for key in sorted(wall, key=lambda k: (k[1], k[0] != "version", k[0])):
    name, mode = key
    values = list(wall[key].values())
    ratio = statistics.median(wall[key][r] / wall[("version", mode)][r] for r in wall[key])
    cpu_ratio = statistics.median(cpu[key][r] / cpu[("version", mode)][r] for r in cpu[key])
    if name != "version" and mode == "on":
        failed |= ratio > GOAL
    print(f"{name:<8} {mode:<4} {statistics.median(values):>9.0f} ms {min(values):>5.0f}-{max(values):<5.0f} ms "
          f"{ratio:>10.2f}x {statistics.median(cpu[key].values()):>8.0f} ms {cpu_ratio:>10.2f}x")
print(f"goal: check and matrix at most {GOAL}x --version (wall clock, median of the per-round ratios): "
      f"{'missed' if failed else 'met'}")
sys.exit(1 if failed else 0)
PY
exit $status
