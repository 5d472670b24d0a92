"""Personal identity numbers in free text: the patient-data guard's detector.

Finds Swedish personnummer and samordningsnummer (and, with a keyword, healthcare reserve
numbers), Danish CPR numbers, Norwegian fødselsnummer and D-numbers, and Finnish
henkilötunnus, each with a confidence:

- HIGH: the number's check (Luhn, check digits, check character; a Danish date plus
  modulo 11) and a keyword such as "pnr", "CPR", "patient", "född" nearby;
- MEDIUM: the check alone;
- LOW: what only has a valid date (a Danish number without modulo 11 outside the days
  the CPR office issued such numbers), ten digits with no dash in them (as phone, order
  and invoice numbers, and dates with times, are written), or a reserve number: kept, but
  shown only when a keyword is nearby, which raises it to MEDIUM.

Hits carry Python string offsets; ``utf16_span`` converts them for Qt. The rules follow
Skatteverket, the CPR office, Skatteetaten and DVV (see docs/patient-data.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import IntEnum, StrEnum


class IdKind(StrEnum):
    SE_PERSONNUMMER = "se_personnummer"
    SE_SAMORDNINGSNUMMER = "se_samordningsnummer"
    SE_RESERVNUMMER = "se_reservnummer"
    DK_CPR = "dk_cpr"
    NO_FODSELSNUMMER = "no_fodselsnummer"
    NO_D_NUMMER = "no_d_nummer"
    FI_HETU = "fi_hetu"


class Confidence(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


SHOWN = Confidence.MEDIUM  # what the editor underlines and the export masks


@dataclass(frozen=True, slots=True)
class IdHit:
    kind: IdKind
    confidence: Confidence
    start: int  # Python string offsets into the scanned text
    end: int
    date_end: int  # where the date part ends: the mask keeps what is before it

    def number(self, text: str) -> str:
        return text[self.start : self.end]


# Hyphen, the typographic dashes and minus signs people paste, and spaces.
_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2212"
_SEP = f"[{_DASHES}+ \u00a0]"
# Not inside a longer run of digits, letters or a number written with separators.
_BEFORE = rf"(?<![\w+{_DASHES}.,/])(?<!\d )"
_AFTER = rf"(?![\w]|[{_DASHES}.,/:]\d| \d)"
_CANDIDATE_PATTERN = (
    _BEFORE
    + rf"""(?:
        (?P<se12>(?:18|19|20)\d{{6}})(?P<se12sep>{_SEP}?)(?P<se12tail>\d{{4}})
      | (?P<res>99\d{{10}})
      | (?P<fi>\d{{6}})(?P<fisep>[-+A-FU-Y])(?P<fitail>\d{{3}}[0-9A-Y])
      | (?P<d6>\d{{6}})(?P<sep>{_SEP}?)(?P<tail>\d{{4,5}})
    )"""
    + _AFTER
)
_KEYWORDS_PATTERN = (
    r"(?<!\w)(?:pnr|pers\.?\s?nr|personnr|personnumm?er\w*|personummer\w*|samordningsnummer\w*"
    r"|reservnummer\w*|cpr\w*|fødselsnummer\w*|fødselsnr|f\.nr|fnr|d-nummer\w*"
    r"|henkilötunnu\w*|hetu|sotu|patient\w*|pat\.|pt\.|född|født|borger\w*|brukare\w*"
    r"|vårdtagare\w*|beboer\w*|klient\w*)(?!\w)"
)
KEYWORD_REACH = 100  # characters before or after the number
_FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_FI_CENTURY = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900}
_FI_CENTURY |= dict.fromkeys("ABCDEF", 2000)
_DK_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
# 1 January of the years whose CPR numbers have been issued without modulo 11 since 2007
# (cpr.dk, "Personnumre uden kontrolciffer", 2023).
_DK_NO_MOD11_YEARS = frozenset(
    {1960, 1962, 1964, 1965, 1966, 1967, 1969, 1970, 1974, 1975, 1978}
    | set(range(1980, 1993))
    | {1994, 1995}
)
_NO_K1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_NO_K2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def find_identity_numbers(
    text: str, *, today: date | None = None, shown_only: bool = True
) -> list[IdHit]:
    """Every identity number in ``text``; only those shown (MEDIUM or HIGH) by default."""
    if not _may_hold_one(text):
        return []
    today = today or date.today()
    hits: list[IdHit] = []
    keywords: list[int] | None = None
    candidates, keyword_expression = _expressions()
    for match in candidates.finditer(text):
        found = _judge(match, today)
        if found is None:
            continue
        kind, confidence = found
        if keywords is None:
            keywords = [m.start() for m in keyword_expression.finditer(text)]
        if _keyword_near(keywords, match.start(), match.end()):
            confidence = Confidence(min(confidence + 1, Confidence.HIGH))
        if shown_only and confidence < SHOWN:
            continue
        date_end = match.start() + (8 if kind == IdKind.SE_PERSONNUMMER and match["se12"] else 6)
        if kind == IdKind.SE_SAMORDNINGSNUMMER and match["se12"]:
            date_end = match.start() + 8
        if kind == IdKind.SE_RESERVNUMMER:
            date_end = match.start()
        hits.append(IdHit(kind, confidence, match.start(), match.end(), date_end))
    return hits


_DIGITS6 = re.compile(r"\d{6}")
_compiled: tuple[re.Pattern[str], re.Pattern[str]] | None = None


def _expressions() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The candidate and keyword expressions, compiled when first needed (about 5 ms:
    not on the way to the first paint of an entry without six digits in a row)."""
    global _compiled
    if _compiled is None:
        _compiled = (
            re.compile(_CANDIDATE_PATTERN, re.VERBOSE),
            re.compile(_KEYWORDS_PATTERN, re.IGNORECASE),
        )
    return _compiled


def _may_hold_one(text: str) -> bool:
    """Most paragraphs hold no six digits in a row: skip the full expression for them."""
    return _DIGITS6.search(text) is not None


def _keyword_near(keywords: list[int], start: int, end: int) -> bool:
    return any(start - KEYWORD_REACH <= at <= end + KEYWORD_REACH for at in keywords)


def _judge(match: re.Match[str], today: date) -> tuple[IdKind, Confidence] | None:
    if match["se12"]:
        digits = match["se12"] + match["se12tail"]
        return _swedish(digits[2:], int(digits[:2]) * 100, today, separated=True)
    if match["res"]:
        return IdKind.SE_RESERVNUMMER, Confidence.LOW
    finnish = None
    if match["fi"]:
        finnish = _finnish(match["fi"], match["fisep"], match["fitail"], today)
        if not match["fitail"].isdigit():
            return finnish
        d6, sep, tail = match["fi"], match["fisep"], match["fitail"]  # 121212-1212 too
    else:
        d6, sep, tail = match["d6"], match["sep"], match["tail"]
    if len(tail) == 5:
        return _norwegian(d6 + tail, today) if sep in ("", " ") else None
    found = [
        judged
        for judged in (
            _swedish(d6 + tail, None, today, separated=_dash(sep), plus=sep == "+"),
            _danish(d6 + tail, today, separated=_dash(sep)) if sep != "+" else None,
            finnish,  # 1 in 31 Swedish or Danish numbers has a Finnish check too
        )
        if judged is not None
    ]
    return max(found, key=lambda judged: judged[1]) if found else None  # ties: in that order


def _dash(separator: str) -> bool:
    """A dash (or +) where the number has one; a space or nothing is as often a phone,
    order or date-and-time number ("240315 1230")."""
    return separator not in ("", " ", "\u00a0")


def _luhn_ok(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _swedish(
    ten: str,
    century: int | None,
    today: date,
    *,
    separated: bool,
    plus: bool = False,
) -> tuple[IdKind, Confidence] | None:
    """``ten``: YYMMDDNNNC. ``century`` given for the 12-digit form."""
    if not _luhn_ok(ten):
        return None
    yy, month, day = int(ten[:2]), int(ten[2:4]), int(ten[4:6])
    kind = IdKind.SE_PERSONNUMMER
    if day > 60:
        day -= 60
        kind = IdKind.SE_SAMORDNINGSNUMMER
    if century is None:  # the most recent past birthday; + one century more (aged 100+)
        year = today.year - (today.year - yy) % 100
        born = _date(year, month, day)
        if born is not None and born > today:  # later this year: a hundred years ago
            born = _date(year - 100, month, day)
        if born is not None and plus:
            born = _date(born.year - 100, month, day)
    else:
        born = _date(century + yy, month, day)
    if born is None or born > today:
        return None
    if century is None and not separated:
        # Ten digits in a row, or split by a space, are as often a phone (0701234567),
        # order or invoice number: shown only with a keyword nearby.
        return kind, Confidence.LOW
    return kind, Confidence.MEDIUM


def _dk_century(yy: int, seventh: int) -> int | None:
    if seventh <= 3:
        return 1900
    if seventh in (4, 9):
        return 2000 if yy <= 36 else 1900
    return 2000 if yy <= 57 else 1800


def _danish(ten: str, today: date, *, separated: bool) -> tuple[IdKind, Confidence] | None:
    day, month, yy = int(ten[:2]), int(ten[2:4]), int(ten[4:6])
    century = _dk_century(yy, int(ten[6]))
    if century is None:
        return None
    born = _date(century + yy, month, day)
    if born is None or born > today:
        return None
    mod11 = sum(w * int(c) for w, c in zip(_DK_WEIGHTS, ten, strict=True)) % 11 == 0
    issued_without = day == 1 and month == 1 and born.year in _DK_NO_MOD11_YEARS
    if separated and (mod11 or issued_without):
        return IdKind.DK_CPR, Confidence.MEDIUM
    return IdKind.DK_CPR, Confidence.LOW


def _norwegian(eleven: str, today: date) -> tuple[IdKind, Confidence] | None:
    digits = [int(c) for c in eleven]
    for weights, at in ((_NO_K1, 9), (_NO_K2, 10)):
        check = 11 - sum(w * d for w, d in zip(weights, digits, strict=False)) % 11
        if check == 11:
            check = 0
        if check == 10 or check != digits[at]:
            return None
    day, month, yy = int(eleven[:2]), int(eleven[2:4]), int(eleven[4:6])
    kind = IdKind.NO_FODSELSNUMMER
    if day > 40:
        day -= 40
        kind = IdKind.NO_D_NUMMER
    if month > 40:  # H-number (an internal help number)
        month -= 40
    individual = int(eleven[6:9])
    if individual < 500:
        century = 1900
    elif individual < 750 and yy >= 54:
        century = 1800
    elif individual >= 900 and yy >= 40:
        century = 1900
    elif yy < 40:
        century = 2000
    else:
        return None
    born = _date(century + yy, month, day)
    if born is None or born > today:
        return None
    return kind, Confidence.MEDIUM


def _finnish(d6: str, sign: str, tail: str, today: date) -> tuple[IdKind, Confidence] | None:
    century = _FI_CENTURY.get(sign)
    if century is None:
        return None
    if _FI_CHECK[int(d6 + tail[:3]) % 31] != tail[3]:
        return None
    # No "not born yet" test: the check character is evidence enough (1 in 31), and
    # DVV's own example signs (131052A308T) are not all of people born yet.
    if _date(century + int(d6[4:6]), int(d6[2:4]), int(d6[:2])) is None:
        return None
    return IdKind.FI_HETU, Confidence.MEDIUM


# -- masking -----------------------------------------------------------------------


def mask(text: str, hit: IdHit, *, whole: bool = False) -> str:
    """``text`` with the number's digits (after its date, or all) replaced by X; its
    separators stay, so the text still reads as it was written."""
    start = hit.start if whole else hit.date_end
    masked = "".join("X" if char.isalnum() else char for char in text[start : hit.end])
    return text[:start] + masked + text[hit.end :]


def mask_all(text: str, hits: list[IdHit], *, whole: bool = True) -> str:
    for hit in sorted(hits, key=lambda h: h.start, reverse=True):
        text = mask(text, hit, whole=whole)
    return text


def mask_text(
    text: str, *, dismissed: tuple[str, ...] = (), today: date | None = None
) -> tuple[str, int]:
    """``text`` with every shown number masked whole, but those dismissed; and how many."""
    hits = [
        hit
        for hit in find_identity_numbers(text, today=today)
        if not is_dismissed(hit.number(text), dismissed)
    ]
    return (mask_all(text, hits), len(hits)) if hits else (text, 0)


# -- "Not a personal number" ----------------------------------------------------------

_ITERATIONS = 100_000  # a slow hash: the few million valid numbers are not a lookup away


def normalised(number: str) -> str:
    return "".join(char for char in number.upper() if char.isalnum())


def dismissal(number: str, *, salt: bytes | None = None) -> str:
    """What is stored for "Not a personal number": a salted, slow hash, never the number."""
    import hashlib  # here: the editor loads this module on its way to the first paint
    import secrets

    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", normalised(number).encode(), salt, _ITERATIONS)
    return f"pbkdf2-sha256${salt.hex()}${digest.hex()}"


_checked: dict[tuple[str, str], bool] = {}


def is_dismissed(number: str, dismissed: tuple[str, ...]) -> bool:
    """Whether ``number`` is one of the ``dismissed`` (results are remembered in memory)."""
    for stored in dismissed:
        key = (stored, normalised(number))
        known = _checked.get(key)
        if known is None:
            import hmac

            try:
                _scheme, salt_hex, _digest = stored.split("$")
                known = hmac.compare_digest(dismissal(number, salt=bytes.fromhex(salt_hex)), stored)
            except ValueError:
                known = False
            _checked[key] = known
        if known:
            return True
    return False


def utf16_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Python offsets as Qt's (UTF-16 code units: an emoji before the number counts 2)."""
    first = start + sum(1 for char in text[:start] if ord(char) > 0xFFFF)
    return first, first + (end - start) + sum(1 for char in text[start:end] if ord(char) > 0xFFFF)
