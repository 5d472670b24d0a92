"""One comparison of two texts for the app and the portfolio; long texts stay cheap."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from journal.textdiff import LINE_LIMIT, WORD_LIMIT, text_changes


def _sides(old: str, new: str) -> tuple[str, str]:
    changes = text_changes(old, new)
    before = "".join(text for how, text in changes if how != "inserted")
    after = "".join(text for how, text in changes if how != "deleted")
    return before, after


@given(st.text(max_size=200), st.text(max_size=200))
def test_the_changes_give_back_both_texts(old: str, new: str) -> None:
    assert _sides(old, new) == (old, new)


def test_words_are_compared_as_words() -> None:
    assert text_changes("Jag leder med tillit.", "Jag leder med mod och tillit.") == [
        ("equal", "Jag leder med "),
        ("inserted", "mod och "),
        ("equal", "tillit."),
    ]


def test_a_long_text_is_compared_by_line_and_a_huge_one_not_at_all() -> None:
    lines = [f"rad {n} med några ord\n" for n in range(WORD_LIMIT // 4)]
    old, new = "".join(lines), "".join([*lines[:10], "ny rad\n", *lines[10:]])
    assert _sides(old, new) == (old, new)
    assert ("inserted", "ny rad\n") in text_changes(old, new)  # whole lines
    huge = "ord\n" * (LINE_LIMIT + 1)
    assert text_changes(huge, huge + "mer") == [("inserted", huge + "mer")]
