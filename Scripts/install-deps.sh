#!/usr/bin/env bash
# Installs the Debian packages GeoCheck builds against, when they are missing.
# Usage: Scripts/install-deps.sh [extra Debian packages…]
#   "roads" stands for what road distances need: routino (planetsplitter, routino-router) and
#   osmium-tool (the area an extract covers).
set -euo pipefail

extra=()
for package in "$@"; do
    if [ "$package" = roads ]; then extra+=(routino osmium-tool); else extra+=("$package"); fi
done
packages=(libgeos-dev libproj-dev libsqlite3-dev zlib1g-dev pkg-config ${extra[@]+"${extra[@]}"})
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
