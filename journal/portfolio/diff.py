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


CONTEXT = 160  # characters of unchanged text kept on each side of a change


def changes(old: str, new: str, *, context: int | None = CONTEXT) -> list[Atom] | None:
    """Atoms showing ``new`` with insertions and deletions marked; None if unchanged.

    Unchanged text longer than ``context`` on either side of a change is cut to that,
    with "…": each version shows what changed, not the whole theory again (the working
    text is printed in full once, above the versions). ``context=None`` keeps it all.
    """
    old, new = clean(old).strip(), clean(new).strip()
    if old == new:
        return None
    parts = text_changes(old, new)
    atoms: list[Atom] = []
    for n, (how, text) in enumerate(parts):
        if how == "equal":
            if context is not None:
                text = _around_changes(text, context, first=n == 0, last=n == len(parts) - 1)
            atoms.extend(_text(text))
        else:
            atoms.extend(_marked(DELETED if how == "deleted" else INSERTED, text))
    return atoms


def _around_changes(text: str, context: int, *, first: bool, last: bool) -> str:
    """The unchanged ``text`` between changes, its middle (or far end) cut to "…"."""
    if len(text) <= 2 * context + 40 and not (first or last):
        return text
    head = "" if first else _words(text[:context], keep_end=False)
    tail = "" if last else _words(text[-context:], keep_end=True)
    if first and last:
        return text
    if first:
        return text if len(text) <= context + 20 else f"… {tail}"
    if last:
        return text if len(text) <= context + 20 else f"{head} …"
    return f"{head} … {tail}"


def _words(piece: str, *, keep_end: bool) -> str:
    """``piece`` without the word cut at its open end."""
    if keep_end:
        space = piece.find(" ")
        return piece[space + 1 :] if 0 <= space < len(piece) // 2 else piece
    space = piece.rfind(" ")
    return piece[:space] if space > len(piece) // 2 else piece


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
