"""Build Leadership Journal as an application a participant installs by double-clicking.

    python3 scripts/build_app.py

makes, in ``dist/``:

- everywhere: ``leadership-journal/`` (``Leadership Journal.app`` on macOS), a folder with
  its own Python, Qt, SQLCipher, reportlab, pikepdf, fonts, programme templates, our and
  Qt's Swedish and Danish translations, and the database migrations as files;
- on Linux: ``leadership-journal_VERSION_ARCH.deb`` (menu entry, AppStream metainfo, icons);
- on Windows: ``LeadershipJournal-VERSION-setup.exe`` (Inno Setup: start menu entry,
  uninstaller, installs for the current user without administrator rights);
- on macOS: ``LeadershipJournal-VERSION.dmg``.

It installs the app and PyInstaller into a venv of its own (``build/app-venv``), so the
bundle holds what the app needs and nothing the tests need. PyInstaller builds one folder,
never one file: a one-file build unpacks itself at every start (slower) and is what
antivirus tools flag on Windows. Signing is not done here; see README ("Signing").
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
VENV = BUILD / "app-venv"
PYINSTALLER = "pyinstaller==6.22.3"
APP_ID = "org.leadershipjournal.LeadershipJournal"
NAME = "leadership-journal"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# What the bundled Qt loads from the system on Linux (PyInstaller leaves out the graphics
# stack and X11/Wayland client libraries, which must match the machine's own).
DEB_DEPENDS = (
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libwayland-cursor0",
    "libwayland-egl1",
)


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def venv_python() -> Path:
    if sys.platform == "win32":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def run(*command: str | Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], check=True, env=env)


def prepare_venv(fresh: bool) -> Path:
    """The build venv with the app (not editable: translations compiled) and PyInstaller."""
    if fresh and VENV.exists():
        shutil.rmtree(VENV)
    if not venv_python().exists():
        run(sys.executable, "-m", "venv", VENV)
    python = venv_python()
    pip = (python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check")
    run(*pip, "--upgrade", f"{ROOT}[encryption]", PYINSTALLER)
    return python


def freeze(python: Path) -> Path:
    """Run PyInstaller; returns the application folder (or the .app on macOS)."""
    work = BUILD / "pyinstaller"
    env = {**os.environ, "LJ_ICONS": str(ICONS)}
    spec = PACKAGING / "leadership-journal.spec"
    run(
        python,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        DIST,
        "--workpath",
        work,
        spec,
        env=env,
    )
    if sys.platform == "darwin":
        return DIST / "Leadership Journal.app"
    return DIST / NAME


def folder_size(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())


def make_deb(app: Path, release: str) -> Path:
    """A Debian package: the folder under /opt, a command, a menu entry, metainfo, icons."""
    if shutil.which("dpkg-deb") is None:
        sys.exit("dpkg-deb is needed for the .deb (Debian's dpkg package).")
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()
    root = BUILD / "deb"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(app, root / "opt" / NAME, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / NAME).symlink_to(f"../../opt/{NAME}/{NAME}")
    share = root / "usr" / "share"
    _install(PACKAGING / "linux" / f"{APP_ID}.desktop", share / "applications")
    _install(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml", share / "metainfo")
    icons = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        _install(
            ICONS / f"leadership-journal-{size}.png",
            icons / f"{size}x{size}" / "apps",
            name=f"{APP_ID}.png",
        )
    _install(ICONS / "leadership-journal.svg", icons / "scalable" / "apps", name=f"{APP_ID}.svg")
    control = root / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: {NAME}\n"
        f"Version: {release}\n"
        f"Architecture: {arch}\n"
        "Maintainer: Leadership Journal developers <leadership-journal@invalid>\n"
        f"Installed-Size: {folder_size(root) // 1024}\n"
        f"Depends: {', '.join((_libc_needed(), *DEB_DEPENDS))}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: reflective-practice journal for leadership programmes\n"
        " An offline journal for participants of Nordic healthcare leadership\n"
        " programmes: experiences, Action - Reflection - Learning entries, a\n"
        " leadership theory with its history, study-trip notes, and a PDF\n"
        " portfolio for the mentor. Swedish, Danish and English.\n",
        encoding="utf-8",
    )
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or os.access(path, os.X_OK)
        path.chmod(0o755 if executable else 0o644)
    for earlier in DIST.glob(f"{NAME}_*.deb"):
        earlier.unlink()
    out = DIST / f"{NAME}_{release}_{arch}.deb"
    run("dpkg-deb", "--root-owner-group", "-Zxz", "--build", root, out)
    return out


def _libc_needed() -> str:
    """The C library the bundle was linked against is the oldest it runs on: a .deb
    built on Ubuntu 22.04 (glibc 2.35) runs on Debian 12 too, one built on Debian 12
    (2.36) does not run on Ubuntu 22.04."""
    import platform

    _name, version = platform.libc_ver()
    return f"libc6 (>= {version})" if version else "libc6"


def _install(source: Path, folder: Path, *, name: str | None = None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, folder / (name or source.name))


def make_windows_installer(release: str) -> Path:
    """The Inno Setup installer (ISCC.exe from innosetup.com, or `choco install innosetup`)."""
    iscc = shutil.which("iscc") or shutil.which("ISCC.exe")
    default = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    if iscc is None and (default / "Inno Setup 6" / "ISCC.exe").exists():
        iscc = str(default / "Inno Setup 6" / "ISCC.exe")
    if iscc is None:
        sys.exit("Inno Setup 6 (ISCC.exe) is needed for the Windows installer.")
    run(
        iscc,
        f"/DAppVersion={release}",
        f"/DSourceDir={DIST / NAME}",
        f"/DIconFile={ICONS / 'leadership-journal.ico'}",
        f"/O{DIST}",
        PACKAGING / "windows" / "leadership-journal.iss",
    )
    return DIST / f"LeadershipJournal-{release}-setup.exe"


def make_dmg(app: Path, release: str) -> Path:
    """A disk image with the app and a link to /Applications to drag it to."""
    staging = BUILD / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    shutil.copytree(app, staging / app.name, symlinks=True)
    (staging / "Applications").symlink_to("/Applications")
    out = DIST / f"LeadershipJournal-{release}.dmg"
    out.unlink(missing_ok=True)
    run(
        "hdiutil",
        "create",
        "-volname",
        "Leadership Journal",
        "-srcfolder",
        staging,
        "-fs",
        "HFS+",
        "-format",
        "UDZO",
        out,
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--fresh", action="store_true", help="make the build venv again from nothing"
    )
    parser.add_argument(
        "--folder-only", action="store_true", help="the application folder, no package"
    )
    args = parser.parse_args(argv)
    release = version()
    python = prepare_venv(args.fresh)
    app = freeze(python)
    size = folder_size(app)
    print(f"Application folder: {app} ({size / 1e6:.0f} MB)")
    if args.folder_only:
        return 0
    if sys.platform.startswith("linux"):
        package = make_deb(app, release)
    elif sys.platform == "win32":
        package = make_windows_installer(release)
    elif sys.platform == "darwin":
        package = make_dmg(app, release)
    else:
        print(f"No package format for {sys.platform}; the folder is the result.")
        return 0
    print(f"Package: {package} ({package.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
