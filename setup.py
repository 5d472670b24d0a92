"""Compile the Qt translations (.ts -> .qm) whenever the package is built or installed.

Everything else about the package is declared in pyproject.toml; this file only adds
that step, so an installed app (editable or not) always has current translations.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

TRANSLATIONS = Path(__file__).parent / "resources" / "translations"


def compile_translations() -> None:
    """Run Qt's lrelease on every .ts file, writing the .qm beside it."""
    lrelease = _lrelease()
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run(
            [*lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


def _lrelease() -> list[str]:
    import PySide6

    folder = Path(PySide6.__file__).parent
    binary = folder / "lrelease"
    return [str(binary)] if binary.exists() else ["pyside6-lrelease"]


class BuildWithTranslations(build_py):  # type: ignore[misc]
    def run(self) -> None:
        compile_translations()
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
