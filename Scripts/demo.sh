#!/usr/bin/env bash
# The main job on the shipped data: checking the geography of an example report (the gazetteer's
# index is built on first use), then place look-ups, distances, borders and regions, then the
# example batch of coordinate pairs.
set -euo pipefail
geocheck=${1:-.build/release/geocheck}
cd "$(dirname "$0")/.."

run() {
    local shown=()
    for argument in "$@"; do
        if [[ $argument =~ ^[A-Za-z0-9.,_/-]+$ ]]; then shown+=("$argument"); else shown+=("\"$argument\""); fi
    done
    echo "\$ geocheck ${shown[*]}"
    local status=0
    "$geocheck" "$@" || status=$?
    # `check` exits 1 when a claim is inconsistent: that is its answer, not a failure.
    if [[ $status -ne 0 ]]; then
        [[ $1 == check && $status -eq 1 ]] || exit "$status"
        echo "(exit 1: at least one claim is inconsistent)"
    fi
    echo
}
run check Examples/homs-evacuation.txt
run distance Damascus Homs
run place "Al Wa'r" --limit 1
run place Djerablous --limit 2
run near 36.8175,38.01111 --limit 3
run border Jarablus
run within "al-Waer" "Homs Governorate"
run distance --batch Examples/city-pairs.csv
