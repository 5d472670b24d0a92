"""Right-to-left runs inside left-to-right text, with Arabic letters in their joined forms.

reportlab lays out text left to right and neither reorders nor shapes it (unless the
optional rlbidi/uharfbuzz are installed, which this app does not ship). A paragraph that
is right to left as a whole is laid out line by line by journal.portfolio.rtl; this
module handles the runs of Hebrew or Arabic inside a left-to-right paragraph (a name, a
phrase): each run is reversed as a whole (numbers keep their order) and Arabic letters
get their presentation forms from the font. Such a run that wraps onto the next line
keeps its words in visual order per run, not per line.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
_HAS_RTL = re.compile(f"[{_RTL}]")
# Brackets face the other way in right-to-left text (UAX #9, rule L4).
MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")
_NEUTRAL = r"\s\d.,:;!?'\"()\[\]\-–—/«»"
_RUN = re.compile(f"[{_RTL}](?:[{_RTL}{_NEUTRAL}]*[{_RTL}])?")
_MARKS = "\u0591-\u05c7\u064b-\u065f\u0670\u06d6-\u06ed"
_TOKEN = re.compile(f"\\d+(?:[.,:]\\d+)*|.[{_MARKS}]*", re.S)
_LAM = "\u0644"
_ALEFS = "\u0622\u0623\u0625\u0627"
_TATWEEL = "\u0640"


@cache
def _forms() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """Presentation forms by letter, and lam-alef ligatures by alef, from Unicode data."""
    forms: dict[str, dict[str, str]] = {}
    ligatures: dict[str, dict[str, str]] = {}
    for cp in range(0xFE70, 0xFEFD):
        parts = unicodedata.decomposition(chr(cp)).split()
        if len(parts) < 2 or not parts[0].startswith("<"):
            continue
        form = parts[0].strip("<>")
        letters = "".join(chr(int(p, 16)) for p in parts[1:])
        if len(letters) == 1:
            forms.setdefault(letters, {})[form] = chr(cp)
        elif len(letters) == 2 and letters[0] == _LAM:
            ligatures.setdefault(letters[1], {})[form] = chr(cp)
    return forms, ligatures


def _joins_both_ways(ch: str) -> bool:
    forms = _forms()[0].get(ch, {})
    return ch == _TATWEEL or "initial" in forms or "medial" in forms


def _joins_prev(ch: str) -> bool:
    return ch == _TATWEEL or ch in _forms()[0]


def shape_arabic(text: str) -> str:
    """Arabic letters replaced by their initial, medial, final or isolated forms."""
    forms, ligatures = _forms()
    letters = [(i, ch) for i, ch in enumerate(text) if unicodedata.category(ch) != "Mn"]
    out = list(text)
    skip: set[int] = set()
    for n, (i, ch) in enumerate(letters):
        if i in skip or ch not in forms:
            continue
        # Neighbours in ``letters`` are adjacent but for combining marks.
        prev = letters[n - 1][1] if n > 0 else ""
        nxt_i, nxt = letters[n + 1] if n + 1 < len(letters) else (-1, "")
        after = bool(prev) and _joins_both_ways(prev)
        if ch == _LAM and nxt in ligatures:
            out[i] = ligatures[nxt]["final" if after else "isolated"]
            out[nxt_i] = ""
            skip.add(nxt_i)
            continue
        before = bool(nxt) and _joins_both_ways(ch) and _joins_prev(nxt)
        form = {
            (True, True): "medial",
            (True, False): "final",
            (False, True): "initial",
        }.get((after, before), "isolated")
        out[i] = forms[ch].get(form) or forms[ch].get("isolated", ch)
    return "".join(out)


def _reverse(run: str) -> str:
    return "".join(reversed(_TOKEN.findall(run))).translate(MIRROR)


def has_rtl(text: str) -> bool:
    """Whether ``text`` has a Hebrew or Arabic character at all (a cheap first test)."""
    return _HAS_RTL.search(text) is not None


def visual(text: str) -> str:
    """``text`` with its right-to-left runs in the order they are seen."""
    if not _HAS_RTL.search(text):
        return text
    return _RUN.sub(lambda m: _reverse(shape_arabic(m.group())), text)
