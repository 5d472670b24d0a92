"""The patient-data guard's detector: every case of the review's list (section 2.7),
official test numbers, and agreement with python-stdnum on random numbers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal.identity_numbers import (
    Confidence,
    IdKind,
    dismissal,
    find_identity_numbers,
    is_dismissed,
    mask,
    mask_text,
    utf16_span,
)

TODAY = date(2026, 11, 30)
DATA = Path(__file__).resolve().parents[1] / "data" / "identity_numbers"


def shown(text: str) -> list[tuple[IdKind, Confidence, str]]:
    return [
        (hit.kind, hit.confidence, hit.number(text))
        for hit in find_identity_numbers(text, today=TODAY)
    ]


def found(text: str) -> list[tuple[IdKind, Confidence, str]]:
    return [
        (hit.kind, hit.confidence, hit.number(text))
        for hit in find_identity_numbers(text, today=TODAY, shown_only=False)
    ]


def _numbers(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


@pytest.mark.parametrize(
    "text",
    ["19121212-1212", "191212121212", "121212-1212", "121212+1212", "811228–9874", "811228−9874"],
)
def test_swedish_numbers_in_every_spelling_are_shown(text: str) -> None:
    expected = [(IdKind.SE_PERSONNUMMER, Confidence.MEDIUM, text)]
    assert shown(f"Mötet gällde {text} igen.") == expected


def test_ten_digits_in_a_row_are_found_and_shown_with_a_keyword() -> None:
    assert found("ring 1212121212") == [(IdKind.SE_PERSONNUMMER, Confidence.LOW, "1212121212")]
    assert shown("ring 1212121212") == []
    assert shown("pnr 1212121212") == [(IdKind.SE_PERSONNUMMER, Confidence.MEDIUM, "1212121212")]


def test_a_wrong_check_digit_is_no_number() -> None:
    assert found("811228-9875") == []


def test_a_birthday_later_this_year_is_a_hundred_years_ago() -> None:
    """261201-0005 on 30 November 2026: born 1 December 1926 (python-stdnum agrees)."""
    assert found("261201-0005") == [(IdKind.SE_PERSONNUMMER, Confidence.MEDIUM, "261201-0005")]


def test_plus_means_a_hundred_years_more() -> None:
    (hit,) = find_identity_numbers("121212+1212", today=TODAY)
    assert hit.kind == IdKind.SE_PERSONNUMMER  # 1912: the century before the last one


@pytest.mark.parametrize("text", ["701063-2391", "640883-3231"])
def test_samordningsnummer(text: str) -> None:
    assert shown(text) == [(IdKind.SE_SAMORDNINGSNUMMER, Confidence.MEDIUM, text)]


def test_every_skatteverket_test_number_is_found() -> None:
    numbers = _numbers("se_test_personnummer.txt")
    assert len(numbers) > 900
    for number in numbers:
        assert shown(number) == [(IdKind.SE_PERSONNUMMER, Confidence.MEDIUM, number)], number
        short = f"{number[2:8]}{'+' if TODAY.year - int(number[:4]) >= 100 else '-'}{number[8:]}"
        assert [kind for kind, _c, _n in shown(short)] == [IdKind.SE_PERSONNUMMER], short


def test_the_other_countries_published_numbers_are_found() -> None:
    lines = _numbers("other_test_numbers.txt")
    assert len(lines) >= 7
    for line in lines:
        kind, number, _source = line.split("\t")
        assert [k.value for k, _c, _n in shown(f"nr {number} ")] == [kind], number


def test_reserve_numbers_only_with_a_keyword() -> None:
    for number in _numbers("se_reservnummer.txt"):
        assert shown(f"nummer {number}") == []
        assert shown(f"reservnummer {number}") == [
            (IdKind.SE_RESERVNUMMER, Confidence.MEDIUM, number)
        ]


def test_danish_cpr_confidence() -> None:
    assert shown("CPR-nr. 251248-4916") == [(IdKind.DK_CPR, Confidence.HIGH, "251248-4916")]
    assert shown("251248-4916") == [(IdKind.DK_CPR, Confidence.MEDIUM, "251248-4916")]
    # 1 January 1965: issued without modulo 11 since 2007.
    assert shown("010165-1234") == [(IdKind.DK_CPR, Confidence.MEDIUM, "010165-1234")]
    assert found("311299-1111") == [(IdKind.DK_CPR, Confidence.LOW, "311299-1111")]
    assert shown("311299-1111") == []
    assert shown("borgerens cpr er 311299-1111") == [
        (IdKind.DK_CPR, Confidence.MEDIUM, "311299-1111")
    ]
    far = "cpr " + "x" * 150 + " 311299-1111"
    assert shown(far) == []  # the keyword must be near
    assert found("310299-9999") == []  # 31 February


@pytest.mark.parametrize(
    ("number", "year"),
    [("010137-4000", 1937), ("010100-4000", 2000), ("010158-5000", 1858), ("010157-5000", None)],
)
def test_danish_century_from_the_seventh_digit(number: str, year: int | None) -> None:
    from journal import identity_numbers

    yy, seventh = int(number[4:6]), int(number[7])
    century = identity_numbers._dk_century(yy, seventh)
    assert century is not None
    if year is None:  # 2057: not born yet
        assert century + yy == 2057
        assert [k for k, _c, _n in found(number) if k == IdKind.DK_CPR] == []
    else:
        assert century + yy == year
        assert (IdKind.DK_CPR, Confidence.LOW, number) in found(number)


def test_norwegian_numbers() -> None:
    assert shown("15108695088") == [(IdKind.NO_FODSELSNUMMER, Confidence.MEDIUM, "15108695088")]
    assert shown("41018036736") == [(IdKind.NO_D_NUMMER, Confidence.MEDIUM, "41018036736")]
    assert found("15108695077") == []


@pytest.mark.parametrize(
    "number", ["131052-308T", "131052A308T", "131052Y308T", "100190-999P", "100190Y999P"]
)
def test_finnish_numbers(number: str) -> None:
    assert shown(number) == [(IdKind.FI_HETU, Confidence.MEDIUM, number)]


@pytest.mark.parametrize("number", ["131052-308U", "010190-999K"])
def test_finnish_numbers_with_a_wrong_check_character(number: str) -> None:
    assert found(number) == []


@pytest.mark.parametrize(
    "text",
    [
        "2024-03-15",
        "15.03.2024",
        "070-123 45 67",
        "08-123 456 78",
        "12 34 56 78",
        "SE45 5000 0000 0583 9825 7466",
        "556036-0793",
        "+46701234567",
        "kl. 12:30-13:45",
    ],
)
def test_what_is_not_a_number(text: str) -> None:
    assert found(f"Se {text} i protokollet.") == []


def test_emoji_before_the_number_shift_qt_offsets() -> None:
    text = "🙂🙂 pnr 121212-1212"
    (hit,) = find_identity_numbers(text, today=TODAY)
    assert text[hit.start : hit.end] == "121212-1212"
    start, end = utf16_span(text, hit.start, hit.end)
    assert (start, end) == (hit.start + 2, hit.end + 2) and end - start == 11
    assert text.encode("utf-16-le")[start * 2 : end * 2].decode("utf-16-le") == "121212-1212"


def test_masking_keeps_the_date_or_nothing() -> None:
    text = "Patienten (19121212-1212) ringde."
    (hit,) = find_identity_numbers(text, today=TODAY)
    assert mask(text, hit) == "Patienten (19121212-XXXX) ringde."
    assert mask(text, hit, whole=True) == "Patienten (XXXXXXXX-XXXX) ringde."
    masked, count = mask_text("a 121212-1212 b 131052-308T c", today=TODAY)
    assert (masked, count) == ("a XXXXXX-XXXX b XXXXXX-XXXX c", 2)
    assert mask_text("inga nummer här", today=TODAY) == ("inga nummer här", 0)


def test_not_a_personal_number_is_remembered_without_the_number() -> None:
    stored = dismissal("121212-1212")
    scheme, salt, digest = stored.split("$")  # a slow salted hash, and nothing else
    assert scheme == "pbkdf2-sha256" and len(bytes.fromhex(salt)) == 16
    assert len(bytes.fromhex(digest)) == 32
    assert is_dismissed("1212121212", (stored,))  # another spelling of the same number
    assert is_dismissed("121212–1212", (stored,))
    assert not is_dismissed("811228-9874", (stored,))
    assert dismissal("121212-1212") != stored  # salted: the same number, another hash
    masked, count = mask_text("121212-1212 och 811228-9874", dismissed=(stored,), today=TODAY)
    assert (masked, count) == ("121212-1212 och XXXXXX-XXXX", 1)
    assert not is_dismissed("121212-1212", ("broken",))


# -- agreement with python-stdnum (the oracle; it is not the detector) ---------------


@settings(max_examples=3000, deadline=None)
@given(
    yy=st.integers(0, 99),
    month=st.integers(0, 13),
    day=st.integers(0, 31),
    serial=st.integers(0, 9999),
)
def test_swedish_rule_agrees_with_stdnum(yy: int, month: int, day: int, serial: int) -> None:
    from stdnum.se import personnummer

    number = f"{yy:02d}{month:02d}{day:02d}-{serial:04d}"
    ours = [
        hit.kind  # stdnum's "not born yet" is today's, so ours is asked about today too
        for hit in find_identity_numbers(number, today=date.today(), shown_only=False)
        if hit.kind == IdKind.SE_PERSONNUMMER
    ]
    assert bool(ours) == personnummer.is_valid(number), number


@settings(max_examples=3000, deadline=None)
@given(st.integers(0, 99_999_999_999))
def test_norwegian_rule_agrees_with_stdnum(value: int) -> None:
    from stdnum.no import fodselsnummer

    number = f"{value:011d}"
    ours = find_identity_numbers(number, today=date.today(), shown_only=False)
    theirs = fodselsnummer.is_valid(number) and int(number[:2]) < 80
    assert bool([h for h in ours if h.kind.value.startswith("no_")]) == theirs, number


@settings(max_examples=3000, deadline=None)
@given(
    day=st.integers(1, 31),
    month=st.integers(1, 12),
    yy=st.integers(0, 99),
    sign=st.sampled_from("+-YXWVUABCDEF"),
    serial=st.integers(2, 999),
    check=st.sampled_from("0123456789ABCDEFHJKLMNPRSTUVWXY"),
)
def test_finnish_rule_agrees_with_stdnum(
    day: int, month: int, yy: int, sign: str, serial: int, check: str
) -> None:
    from stdnum.fi import hetu

    number = f"{day:02d}{month:02d}{yy:02d}{sign}{serial:03d}{check}"
    hits = find_identity_numbers(number, shown_only=False)
    if hetu.is_valid(number, allow_temporary=True):
        # Found; a number that is also a valid Swedish or Danish one may be named as that.
        assert [h.confidence for h in hits] in ([Confidence.MEDIUM], [Confidence.HIGH]), number
    else:
        assert [h for h in hits if h.kind == IdKind.FI_HETU] == [], number
