#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian-like machine, then runs every check:
# ruff, mypy and the whole pytest suite (GUI tests run offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages: PDF readers the tests check exports against, Xvfb for screenshots,
# and the libraries Qt's offscreen platform links against.
debs=(xvfb poppler-utils qpdf libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3)
missing=()
for deb in "${debs[@]}"; do
    dpkg -s "$deb" >/dev/null 2>&1 || missing+=("$deb")
done
if ((${#missing[@]})); then
    if command -v apt-get >/dev/null && [[ $(id -u) -eq 0 ]]; then
        echo "Installing ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "warning: missing system packages (${missing[*]}); some tests may be skipped" >&2
    fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"

export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
