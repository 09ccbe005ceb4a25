#!/usr/bin/env bash
# The page's real-browser test (Tests/Browser/page_test.py): installs Debian's chromium,
# chromium-driver and libjs-leaflet if missing, Selenium from PyPI into .build/browser-venv, and
# runs the test against the debug geocheck that `swift test` built.
# Usage: Scripts/browser-test.sh [GEOCHECK_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-.build/debug/geocheck}
Scripts/install-deps.sh chromium chromium-driver libjs-leaflet python3-venv
venv=.build/browser-venv
if ! "$venv/bin/python" -c "import selenium" 2>/dev/null; then
    echo "browser-test: installing Selenium into $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "selenium>=4.20,<5"
fi
[ -x "$binary" ] || swift build --product geocheck
export SE_OFFLINE=true
"$venv/bin/python" Tests/Browser/page_test.py "$binary" .build/browser-test
