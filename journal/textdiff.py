"""What changed between two versions of a text: word by word, line by line when long.

One comparison for the app's side-by-side view and the portfolio's marked text. Long
texts are compared by line, and very long ones not at all (the newer one is shown as
new): a word diff is quadratic, and a pasted book must not freeze the window.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Literal

WORD_LIMIT = 6000  # tokens per side for a word diff; longer texts are compared by line
LINE_LIMIT = 3000  # lines per side; longer texts are not compared
_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")

Change = tuple[Literal["equal", "deleted", "inserted"], str]


def text_changes(old: str, new: str) -> list[Change]:
    """``old`` turned into ``new`` as runs of equal, deleted and inserted text."""
    a: list[str] = _TOKENS.findall(old)
    b: list[str] = _TOKENS.findall(new)
    if len(a) > WORD_LIMIT or len(b) > WORD_LIMIT:
        a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
        if len(a) > LINE_LIMIT or len(b) > LINE_LIMIT:
            return [("inserted", new)] if new else []
    changes: list[Change] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            changes.append(("equal", "".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            changes.append(("deleted", "".join(a[i1:i2])))
        if op in ("insert", "replace"):
            changes.append(("inserted", "".join(b[j1:j2])))
    return changes
