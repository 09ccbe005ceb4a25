#!/usr/bin/env bash
# The main job on the shipped data: place look-ups, distances, borders and regions through
# the gazetteer (its index is built on first use), then the example batch of coordinate pairs.
set -euo pipefail
geocheck=${1:-.build/release/geocheck}
cd "$(dirname "$0")/.."

run() {
    local shown=()
    for argument in "$@"; do
        if [[ $argument =~ ^[A-Za-z0-9.,_/-]+$ ]]; then shown+=("$argument"); else shown+=("\"$argument\""); fi
    done
    echo "\$ geocheck ${shown[*]}"
    "$geocheck" "$@"
    echo
}
run distance Damascus Homs
run place "Al Wa'r" --limit 1
run place Djerablous --limit 2
run near 36.8175,38.01111 --limit 3
run border Jarablus
run within "al-Waer" "Homs Governorate"
run distance --batch Examples/city-pairs.csv
