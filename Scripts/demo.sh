#!/usr/bin/env bash
# The main job on the shipped data: distances and bearings for the example city pairs.
set -euo pipefail
geocheck=${1:-.build/release/geocheck}
cd "$(dirname "$0")/.."

echo "== geocheck distance 33.5102,36.29128 34.72682,36.72339   (Damascus → Homs)"
"$geocheck" distance 33.5102,36.29128 34.72682,36.72339
echo
echo "== geocheck distance --batch Examples/city-pairs.csv"
"$geocheck" distance --batch Examples/city-pairs.csv
