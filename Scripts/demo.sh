#!/usr/bin/env bash
# The main job on the shipped data: place look-ups and distances through the gazetteer
# (its index is built on first use), then the example batch of coordinate pairs.
set -euo pipefail
geocheck=${1:-.build/release/geocheck}
cd "$(dirname "$0")/.."

run() {
    echo "\$ geocheck $*"
    "$geocheck" "$@"
    echo
}
run distance Damascus Homs
run place "Al Wa'r" --limit 1
run place Djerablous --limit 2
run near 36.8175,38.01111 --limit 3
run distance --batch Examples/city-pairs.csv
