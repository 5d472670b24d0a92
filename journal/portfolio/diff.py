"""What changed between two versions of a text, word by word (line by line when long)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from journal.portfolio import styles as st
from journal.portfolio.markup import Atom
from journal.portfolio.text import clean

WORD_LIMIT = 6000  # tokens per side for a word diff; longer texts are compared by line
LINE_LIMIT = 3000
_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")

INSERTED = (
    f'<font color="{st.INSERTED_INK}" backColor="{st.INSERTED_TINT}"><u>',
    "</u></font>",
)
DELETED = (f'<font color="{st.DELETED_INK}"><strike>', "</strike></font>")


def changes(old: str, new: str) -> list[Atom] | None:
    """Atoms showing ``new`` with insertions and deletions marked; None if unchanged."""
    old, new = clean(old).strip(), clean(new).strip()
    if old == new:
        return None
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    if len(a) > WORD_LIMIT or len(b) > WORD_LIMIT:
        a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
        if len(a) > LINE_LIMIT or len(b) > LINE_LIMIT:
            return [*_marked(INSERTED, new)]
    atoms: list[Atom] = []
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            atoms.extend(_text("".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            atoms.extend(_marked(DELETED, "".join(a[i1:i2])))
        if op in ("insert", "replace"):
            atoms.extend(_marked(INSERTED, "".join(b[j1:j2])))
    return atoms


def _marked(tags: tuple[str, str], text: str) -> list[Atom]:
    if not text.strip():
        return _text(text)
    return [("open", tags[0], tags[1]), *_text(text), ("close", "", "")]


def _text(text: str) -> list[Atom]:
    """Text atoms with its line breaks kept."""
    atoms: list[Atom] = []
    for n, line in enumerate(text.split("\n")):
        if n:
            atoms.append(("raw", "<br/>", ""))
        if line:
            atoms.append(("text", line, ""))
    return atoms
