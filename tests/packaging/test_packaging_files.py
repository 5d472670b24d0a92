"""The files the installers are made of: icon, menu entry, AppStream metainfo, scripts.

The build itself and its smoke test run in scripts/test.sh (scripts/build_app.py, then
scripts/smoke_test_app.sh on the .deb).
"""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

from ui.app import DESKTOP_ID, ICON_SIZES, ICONS

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"


def _build_app() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_app", ROOT / "scripts" / "build_app.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_app"] = module
    spec.loader.exec_module(module)
    return module


def test_the_icon_exists_in_every_size_and_format() -> None:
    build = _build_app()
    for size in {*ICON_SIZES, *build.ICON_SIZES}:
        with Image.open(ICONS / f"leadership-journal-{size}.png") as png:
            assert png.size == (size, size) and png.mode == "RGBA"
    with Image.open(ICONS / "leadership-journal.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "leadership-journal.icns") as icns:
        assert icns.size == (1024, 1024)


def test_the_svg_source_is_valid(qapp: object) -> None:
    from PySide6.QtSvg import QSvgRenderer

    assert QSvgRenderer(str(ICONS / "leadership-journal.svg")).isValid()


def test_the_16_pixel_icon_is_not_a_blur() -> None:
    """At 16 px the journal's page still stands out from its background."""
    with Image.open(ICONS / "leadership-journal-16.png") as png:
        pixels = [png.getpixel((x, y)) for x in range(16) for y in range(16)]
    light = sum(1 for r, g, b, a in pixels if a > 200 and min(r, g, b) > 200)  # type: ignore[misc]
    assert light >= 30  # the white page: about a third of the pixels


def test_the_menu_entry_names_the_installed_command_and_icon() -> None:
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(LINUX / f"{DESKTOP_ID}.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Exec"] == _build_app().NAME
    assert entry["Icon"] == DESKTOP_ID
    assert entry["Name[sv]"] and entry["Name[da]"] and entry["Comment[sv]"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_menu_entry_is_valid() -> None:
    run = subprocess.run(
        ["desktop-file-validate", str(LINUX / f"{DESKTOP_ID}.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0 and not run.stdout.strip(), run.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="Debian's appstream")
def test_the_metainfo_is_valid() -> None:
    run = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / f"{DESKTOP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout


def test_the_installers_name_what_the_build_makes() -> None:
    spec = (ROOT / "packaging" / "leadership-journal.spec").read_text(encoding="utf-8")
    iss = (ROOT / "packaging" / "windows" / "leadership-journal.iss").read_text(encoding="utf-8")
    assert 'name="leadership-journal"' in spec and 'name="leadership-journal-cli"' in spec
    assert "PrivilegesRequired=lowest" in iss  # no administrator rights
    assert r"{app}\leadership-journal.exe" in iss and "{uninstallexe}" in iss
    assert "OutputBaseFilename=LeadershipJournal-{#AppVersion}-setup" in iss
    # Qt's own Swedish and Danish strings go into the bundle.
    assert "qtbase_sv.qm" in spec and "qtbase_da.qm" in spec
    assert "storage/migrations" in spec  # Alembic reads them as files
