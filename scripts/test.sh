#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian-like machine, then runs every check:
# ruff, mypy and the whole pytest suite (GUI tests run offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages: PDF readers the tests check exports against, Xvfb for screenshots,
# the libraries Qt's offscreen platform links against, the validators of the menu entry
# and metainfo, and what the .deb depends on (its smoke test opens a real X11 window).
debs=(xvfb poppler-utils qpdf libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3
    desktop-file-utils appstream libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
    libxcb-keysyms1 libwayland-cursor0 libwayland-egl1)
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

# The participant's app: built as a package, then started from it in an empty environment.
# (SKIP_APP_BUILD=1 leaves it out when only the tests are wanted.)
if [[ -z ${SKIP_APP_BUILD:-} && $(uname -s) == Linux ]]; then
    python3 scripts/build_app.py
    bash scripts/smoke_test_app.sh dist/leadership-journal_*.deb
fi
