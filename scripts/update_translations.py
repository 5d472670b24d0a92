"""Bring the translation sources up to date with the strings in ui/.

    python scripts/update_translations.py

Runs Qt's lupdate over every module in ui/ and writes resources/translations/*.ts:
new strings arrive as "unfinished", strings no longer in the code are dropped. Translate
them in Qt Linguist (pyside6-linguist) or any editor; the install step compiles .qm files.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("sv", "da")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def lupdate(ts_files: list[Path]) -> None:
    import PySide6

    binary = Path(PySide6.__file__).parent / "lupdate"
    command = [str(binary)] if binary.exists() else ["pyside6-lupdate"]
    targets = [str(t) for t in ts_files]
    subprocess.run(
        [*command, "-silent", "-no-obsolete", "-locations", "none", *sources(), "-ts", *targets],
        check=True,
        cwd=ROOT,
    )


def main() -> int:
    lupdate([TRANSLATIONS / f"leadership_journal_{lang}.ts" for lang in LANGUAGES])
    return 0


if __name__ == "__main__":
    sys.exit(main())
