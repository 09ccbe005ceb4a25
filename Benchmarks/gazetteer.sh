#!/usr/bin/env bash
# Gazetteer figures on the shipped data: index build time, warm look-up latency, and whole
# `geocheck place` / `geocheck distance` processes. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/install-deps.sh bc
swift build -c release --product geocheck >/dev/null
swift build -c release --product geocheck-lookup-bench >/dev/null
export GEOCHECK_CACHE=${GEOCHECK_CACHE:-$(mktemp -d)}
bin=.build/release

now() { date +%s.%N; }
start=$(now); "$bin/geocheck" gazetteer build >/dev/null 2>&1; build=$(echo "$(now) - $start" | bc)
lookups=$("$bin/geocheck-lookup-bench" Tests/Fixtures/place-queries.tsv 5)

# Whole processes: the median of 21 runs each.
median_ms() {
    local times=()
    for _ in $(seq 21); do
        local s; s=$(now); "$@" >/dev/null; times+=("$(echo "($(now) - $s) * 1000" | bc)")
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 11p
}
place=$(median_ms "$bin/geocheck" place Djerablous)
distance=$(median_ms "$bin/geocheck" distance Damascus Homs)

p50=$(echo "$lookups" | python3 -c 'import json,sys; print("%.3f" % json.load(sys.stdin)["p50_ms"])')
p90=$(echo "$lookups" | python3 -c 'import json,sys; print("%.3f" % json.load(sys.stdin)["p90_ms"])')
p99=$(echo "$lookups" | python3 -c 'import json,sys; print("%.3f" % json.load(sys.stdin)["p99_ms"])')
echo "Machine: $(uname -m), $(nproc) cores; index in $GEOCHECK_CACHE"
echo
echo "| measure | figure | target |"
echo "|---|---:|---:|"
printf '| index build from the shipped data | %.1f s | < 30 s |\n' "$build"
echo "| warm look-up (Resolver, $(echo "$lookups" | python3 -c 'import json,sys; print(json.load(sys.stdin)["lookups"])') queries of the query set) | p50 $p50 ms, p90 $p90 ms, p99 $p99 ms | p50 < 1 ms |"
printf '| `geocheck place Djerablous`, whole process (median of 21) | %.0f ms | < 100 ms |\n' "$place"
printf '| `geocheck distance Damascus Homs`, whole process (median of 21) | %.0f ms | |\n' "$distance"
