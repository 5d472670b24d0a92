"""The bad-input corpus shared by the core, UI and export tests.

Small cases live in ``tests/data/corpus/``; large ones (a 1 MB paste, a
40-megapixel photo, a file name with quotes and a newline) are made on demand.
"""

from __future__ import annotations

import io
import json
from datetime import date
from functools import cache
from pathlib import Path

CORPUS = Path(__file__).parent / "data" / "corpus"


@cache
def texts() -> dict[str, str]:
    """Named hostile strings: control characters, emoji, CJK, RTL, markup, empty..."""
    data = json.loads((CORPUS / "texts.json").read_text(encoding="utf-8"))
    result: dict[str, str] = data["texts"]
    result["paste_1mb"] = paste_1mb()
    return result


@cache
def dates() -> dict[str, date]:
    data = json.loads((CORPUS / "texts.json").read_text(encoding="utf-8"))
    return {name: date.fromisoformat(text) for name, text in data["dates"].items()}


def paste_1mb() -> str:
    """About a megabyte of pasted text with no paragraph breaks and some markup."""
    unit = "Lång inklistrad text om förbättringsarbete <tag> & mer, utan radbrytningar. "
    return (unit * (1_000_000 // len(unit) + 1))[:1_000_000]


def truncated_jpeg() -> bytes:
    return (CORPUS / "truncated.jpg").read_bytes()


def not_an_image() -> bytes:
    return (CORPUS / "not-an-image.jpg").read_bytes()


def huge_jpeg(megapixels: int = 40) -> bytes:
    """A real JPEG of ``megapixels`` (8000 x 5000 for 40): small on disk, huge decoded."""
    from PIL import Image

    width = 8000
    height = megapixels * 1_000_000 // width
    out = io.BytesIO()
    Image.new("RGB", (width, height), (120, 140, 90)).save(out, "JPEG", quality=50)
    return out.getvalue()


def awkward_file(folder: Path, data: bytes, suffix: str = ".jpg") -> Path:
    """A file whose name has quotes, a newline and non-ASCII letters."""
    path = folder / f"Bild \"från\" 'resan'\nÅrhus{suffix}"
    path.write_bytes(data)
    return path
