"""What changed between two versions of a text, word by word (line by line when long)."""

from __future__ import annotations

from journal.portfolio import styles as st
from journal.portfolio.markup import Atom
from journal.portfolio.text import clean
from journal.textdiff import text_changes

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
    atoms: list[Atom] = []
    for how, text in text_changes(old, new):
        if how == "equal":
            atoms.extend(_text(text))
        else:
            atoms.extend(_marked(DELETED if how == "deleted" else INSERTED, text))
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
