#!/usr/bin/env bash
# Issue 18's engine goals, measured side by side: `negotiate` against the `baseline` (the version,
# suite and group intersections alone) for the same pairs, and the built-in catalog's matrix
# against the baseline of its pairs, in the same JMH invocation; repeated ROUNDS times so that a
# burst of load on a shared machine hits both sides of a ratio alike.
#
#   tools/speed/engine-ratio.sh [ROUNDS] [BENCHMARKS_JAR]
#
# ROUNDS defaults to 3; the jar to tls-compat-benchmarks/target/benchmarks.jar (built first with
# `mvn -B -pl tls-compat-benchmarks -am package -DskipTests` when missing). Each round is one JMH
# run of `-f 1 -wi 4 -w 2s -i 5 -r 1s` (the catalog matrix needs about 8 s of warm-up to be
# compiled). Prints, per pair, the median of every measured iteration of each side, the ratio of
# those medians, and the median of the per-round ratios; the goal is a ratio of at most 4. Exits 1
# when a ratio is above it. Extra JMH options go in JMH_OPTS (e.g. JMH_OPTS='-prof gc').
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds="${1:-3}"
jar="${2:-$root/tls-compat-benchmarks/target/benchmarks.jar}"
if [[ ! -f "$jar" ]]; then
  mvn -f "$root/pom.xml" -B -q -ntp -pl tls-compat-benchmarks -am package -DskipTests >&2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$rounds"); do
  java -jar "$jar" 'NegotiateBenchmark\.(negotiate|baseline|matrix|matrixBaseline)$|CatalogMatrixBenchmark' \
    -f 1 -wi 4 -w 2s -i 5 -r 1s ${JMH_OPTS:-} -rf json -rff "$work/round-$round.json" >"$work/round-$round.log" 2>&1 \
    || { cat "$work/round-$round.log" >&2; exit 2; }
  echo "round $round done, load average $(cut -d' ' -f1-3 /proc/loadavg)"
done

status=0
python3 - "$work" "$rounds" <<'PY' || status=$?
import json, statistics, sys
work, rounds = sys.argv[1], int(sys.argv[2])
GOAL = 4.0
# subject benchmark -> its baseline
PAIRS = {"NegotiateBenchmark.negotiate": "NegotiateBenchmark.baseline",
         "NegotiateBenchmark.matrix": "NegotiateBenchmark.matrixBaseline",
         "CatalogMatrixBenchmark.catalog": "CatalogMatrixBenchmark.catalogBaseline"}
iterations, per_round, units = {}, [], {}
for r in range(1, rounds + 1):
    scores = {}
    for b in json.load(open(f"{work}/round-{r}.json")):
        name = b["benchmark"].rsplit(".", 2)
        key = (name[-2] + "." + name[-1], b.get("params", {}).get("pair", ""))
        raw = [x for fork in b["primaryMetric"]["rawData"] for x in fork]
        iterations.setdefault(key, []).extend(raw)
        scores[key] = statistics.median(raw)
        units[key] = b["primaryMetric"]["scoreUnit"]
    per_round.append(scores)

failed = False
print(f"{'subject':<34} {'pair':<24} {'subject':>12} {'baseline':>12} {'ratio':>7} {'per-round ratios'}")
for (bench, pair), values in sorted(iterations.items()):
    if bench not in PAIRS:
        continue
    base_key = (PAIRS[bench], pair)
    subject, base = statistics.median(values), statistics.median(iterations[base_key])
    ratios = [s[(bench, pair)] / s[base_key] for s in per_round]
    ratio = subject / base
    failed |= statistics.median(ratios) > GOAL
    unit = units[(bench, pair)]
    print(f"{bench:<34} {pair or '-':<24} {subject:>9.3f} {unit[:-3]:<2} {base:>9.3f} {unit[:-3]:<2} "
          f"{ratio:>6.2f}x  median {statistics.median(ratios):.2f}x of {', '.join(f'{x:.2f}' for x in ratios)}")
print(f"goal: every ratio at most {GOAL:.0f}x: {'missed' if failed else 'met'}")
sys.exit(1 if failed else 0)
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
