#!/usr/bin/env bash
# Throughput of geocheck against peers on the same inputs, measured in one run; prints a table.
# Needs: proj-bin (geod), Python geographiclib and shapely; installs them when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/install-deps.sh proj-bin
python3 -c "import geographiclib, shapely" 2>/dev/null || python3 -m pip install -q geographiclib shapely
swift build -c release --product geocheck >/dev/null
swift build -c release --product geocheck-pip-bench >/dev/null
mkdir -p Benchmarks/out
python3 Benchmarks/compare.py --bin .build/release --work Benchmarks/out "$@"
