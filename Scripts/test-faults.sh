#!/usr/bin/env bash
# Fault injection for the gazetteer index (issue 13): kills `gazetteer build` and
# `gazetteer import` with SIGKILL, SIGTERM and SIGINT at several points of their run, and checks
# that the old index still answers, that no temporary file is left after the next run, and that
# every place an import reported is in the index; then runs imports and first uses at once.
#
# Usage: Scripts/test-faults.sh [path/to/geocheck]   (default: the debug build)
# Runs on a small subset of the shipped data (Syria and Lebanon) in a temporary folder.
set -euo pipefail
# Job control: background jobs keep the default action for SIGINT (a script's would ignore it).
set -m
cd "$(dirname "$0")/.."
B=${1:-$(swift build --show-bin-path)/geocheck}
[ -x "$B" ] || { echo "test-faults: no geocheck at $B (run swift build)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GEOCHECK_DATA=$work/data GEOCHECK_CACHE=$work/cache
mkdir -p "$GEOCHECK_DATA"
for f in countries.tsv world_map.gpkg supplement.tsv; do ln -s "$PWD/Gazetteer/$f" "$GEOCHECK_DATA/$f"; done
gzip -dc Gazetteer/places.tsv.gz | awk -F'\t' 'NR == 1 || $5 == "SY" || $5 == "LB"' | gzip > "$GEOCHECK_DATA/places.tsv.gz"

checks=0
fail() { echo "test-faults: FAIL: $*" >&2; exit 1; }
pass() { checks=$((checks + 1)); }
now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }
temporaries() { ls -A "$GEOCHECK_CACHE" | grep -E '\.(building|importing)-[0-9]+' || true; }
answer() { "$B" place Homs --limit 1 2>/dev/null | head -1; }
has_place() { "$B" place "$1" --limit 1 > /dev/null 2>&1; }

# A GeoNames dump of $2 places named "$1 0" … in Syria, ids from $3.
dump() {
    awk -v prefix="$1" -v count="$2" -v first="$3" 'BEGIN { OFS = "\t"; for (n = 0; n < count; n++)
        print first + n, prefix " " n, prefix " " n, "", 33 + (n % 300) / 100, 36 + int(n / 300) / 100,
              "P", "PPL", "SY", "", "", "", "", "", 10, "", "", "Asia/Damascus", "2024-01-01" }'
}

# The first build, timed, gives the answer every later check expects.
start=$(now)
expected=$(answer)
build_time=$(calc "$(now) - $start")
[ -n "$expected" ] || fail "the first build gave no answer"
echo "test-faults: first build ${build_time}s; expecting: $expected"

# Kills a command ($3…) with signal $1 after $2 seconds.
kill_after() {
    local signal=$1 delay=$2; shift 2
    "$@" > /dev/null 2>&1 &
    local pid=$!
    sleep "$delay"
    kill -s "$signal" "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
}

# After a kill: the old index answers; a catchable signal left nothing, and after the next run
# (which removes what a SIGKILL left) nothing is left either.
after_kill() {
    local what=$1 signal=$2
    if [ "$signal" != KILL ] && [ -n "$(temporaries)" ]; then fail "$what: SIGTERM/SIGINT left $(temporaries)"; fi
    [ "$(answer)" = "$expected" ] || fail "$what: the old index does not answer"
    [ -z "$(temporaries)" ] || fail "$what: the next run left $(temporaries)"
    pass
}

for signal in KILL TERM INT; do
    for fraction in 0.02 0.2 0.5 0.8 0.95; do
        delay=$(calc "$build_time * $fraction")
        kill_after "$signal" "$delay" "$B" gazetteer build
        after_kill "build killed (SIG$signal) after ${delay}s" "$signal"
    done
done
echo "test-faults: builds killed at 15 points: the old index answered, nothing left behind"

dump Faultplace 20000 99600000 > "$work/big.txt"
start=$(now)
copy=$work/cache-before-import; cp -r "$GEOCHECK_CACHE" "$copy"
"$B" gazetteer import "$work/big.txt" > "$work/import.out" 2> /dev/null
import_time=$(calc "$(now) - $start")
rm -rf "$GEOCHECK_CACHE"; mv "$copy" "$GEOCHECK_CACHE"   # back to before the import
for signal in KILL TERM INT; do
    for fraction in 0.1 0.5 0.9; do
        delay=$(calc "$import_time * $fraction")
        kill_after "$signal" "$delay" "$B" gazetteer import "$work/big.txt"
        after_kill "import killed (SIG$signal) after ${delay}s" "$signal"
        # All or nothing: the first and the last place are both there or both missing.
        first=0; last=0
        has_place "Faultplace 0" && first=1
        has_place "Faultplace 19999" && last=1
        [ "$first" = "$last" ] || fail "import killed (SIG$signal) after ${delay}s: half an import is in the index"
        pass
    done
done
echo "test-faults: imports killed at 9 points (import ${import_time}s): all or nothing, nothing left behind"

"$B" gazetteer import "$work/big.txt" > "$work/import.out" 2> /dev/null || fail "the import after the kills failed"
grep -q "^imported 20000 places" "$work/import.out" || fail "import reported: $(cat "$work/import.out")"
for n in 0 1 9999 19998 19999; do has_place "Faultplace $n" || fail "Faultplace $n was reported imported but is missing"; done
pass

dump Alphafault 3000 99700000 > "$work/a.txt"
dump Betafault 3000 99800000 > "$work/b.txt"
"$B" gazetteer import "$work/a.txt" > "$work/a.out" 2>&1 & a=$!
"$B" gazetteer import "$work/b.txt" > "$work/b.out" 2>&1 & b=$!
wait $a || fail "the first of two imports at once failed: $(cat "$work/a.out")"
wait $b || fail "the second of two imports at once failed: $(cat "$work/b.out")"
for name in "Alphafault 0" "Alphafault 2999" "Betafault 0" "Betafault 2999" "Faultplace 19999"; do
    has_place "$name" || fail "$name was reported imported but is missing after two imports at once"
done
pass
echo "test-faults: two imports at once: both kept"

rm -rf "$GEOCHECK_CACHE"
for n in 1 2 3; do "$B" place Homs --limit 1 > "$work/first$n.out" 2> "$work/first$n.err" & done
for job in $(jobs -p); do wait "$job" || fail "a first use at once failed"; done
builds=$(cat "$work"/first?.err | grep -c "building the gazetteer index" || true)
[ "$builds" = 1 ] || fail "three first uses at once built the index $builds times"
for n in 1 2 3; do [ "$(head -1 "$work/first$n.out")" = "$expected" ] || fail "first use $n answered $(cat "$work/first$n.out")"; done
[ -z "$(temporaries)" ] || fail "first uses left $(temporaries)"
pass
echo "test-faults: three first uses at once: built once"
echo "test-faults: all $checks checks passed"
