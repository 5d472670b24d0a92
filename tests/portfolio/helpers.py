"""Reading exported portfolios back: text, outline, page count."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pypdf import PdfReader


def text_of(path: Path, password: str | None = None) -> str:
    reader = PdfReader(path)
    if password is not None:
        reader.decrypt(password)
    raw = "\n".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"\s+", " ", raw)


def outline_titles(path: Path) -> list[tuple[int, str]]:
    """(depth, title) of every outline item, in order."""
    out: list[tuple[int, str]] = []

    def walk(items: list[Any], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                out.append((depth, str(item.title)))

    walk(PdfReader(path).outline, 0)
    return out


def pages_of(path: Path) -> int:
    return len(PdfReader(path).pages)
