"""False positives: of 10,000 of each kind of number leaders write, none is shown as a
personal identity number (the README quotes the table ``corpus.py`` prints)."""

from __future__ import annotations

import pytest

from journal.identity_numbers import find_identity_numbers
from tests.data.identity_numbers.corpus import CATEGORIES, PER_CATEGORY, corpus


@pytest.mark.parametrize("category", list(CATEGORIES))
def test_fewer_than_one_in_ten_thousand_is_shown(category: str) -> None:
    texts = list(corpus(category))
    assert len(texts) == PER_CATEGORY
    shown = [text for text in texts if find_identity_numbers(text)]
    assert len(shown) < PER_CATEGORY / 10_000, shown[:5]


def test_the_corpus_is_the_same_every_time() -> None:
    assert list(corpus("Swedish phone numbers"))[:50] == list(corpus("Swedish phone numbers"))[:50]
