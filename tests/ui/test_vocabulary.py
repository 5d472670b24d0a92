"""One word per concept, in the window and the PDF alike (issue 21, review 3.1–3.11)."""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal.domain import Participant, ProgrammeSession, SessionKind
from journal.portfolio import PortfolioOptions, export_portfolio
from journal.portfolio.labels import Labels, labels_for
from journal.store import Journal
from journal.vocabulary import AVOID, terms
from tests.portfolio.helpers import outline_titles, text_of
from tests.ui.conftest import in_language
from ui.dialogs.programme import ProgrammeDialog
from ui.i18n import TRANSLATIONS


def _translations(language: str) -> list[str]:
    out: list[str] = []
    for message in ET.parse(TRANSLATIONS / f"leadership_journal_{language}.ts").iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = list(translation.iter("numerusform")) or [translation]
        out.extend((f.text or "").replace("&", "") for f in forms)
    return out


def _label_texts(labels: Labels) -> list[str]:
    out: list[str] = []
    for field in dataclasses.fields(labels):
        value = getattr(labels, field.name)
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, tuple):
            out.extend(v for v in value if isinstance(v, str))
        elif isinstance(value, dict):
            for v in value.values():
                out.extend(v if isinstance(v, tuple) else (v,))
    return out


@pytest.mark.parametrize("language", ["sv", "da"])
def test_no_replaced_synonym_comes_back(language: str) -> None:
    texts = _translations(language) + _label_texts(labels_for(language))
    for word in AVOID[language]:
        pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
        found = [t for t in texts if pattern.search(t)]
        assert not found, f"{language}: {word!r} in {found[:3]}"


@pytest.mark.parametrize("language", ["sv", "da", "en"])
def test_the_pdf_names_sessions_entries_and_the_method_with_the_terms(language: str) -> None:
    labels, words = labels_for(language), terms(language)
    assert labels.session.casefold() == words.session.casefold()
    assert labels.sessions.casefold() == words.sessions.casefold()
    assert words.sessions in labels.other_sessions
    assert labels.arl_section == labels.kinds["arl"] == words.method
    assert labels.worked_from == words.worked_from
    assert labels.values == words.values
    assert words.portfolio in labels.portfolio.casefold()


@pytest.mark.parametrize("language", ["sv", "da", "en"])
def test_the_window_and_the_pdf_name_each_session_kind_alike(
    journal: Journal, qtbot: QtBot, qapp: QApplication, tmp_path: Path, language: str
) -> None:
    """The kind list of Programme → Programme and sessions shows the word the PDF's
    programme overview prints, for every kind, in each language."""
    programme = journal.programme()
    assert programme is not None
    sessions = tuple(
        ProgrammeSession(title=f"S{n}", kind=kind, starts_on=date(2025, 9, 1 + n))
        for n, kind in enumerate(SessionKind)
    )
    journal.set_programme(dataclasses.replace(programme, sessions=sessions))
    journal.set_participant(Participant(name="Eva", language=language))
    with in_language(qapp, language):
        dialog = ProgrammeDialog(journal)
        qtbot.addWidget(dialog)
        in_window = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
        tab = dialog.tabs.tabText(0).replace("&", "")
    assert len(in_window) == len(SessionKind)
    out = tmp_path / "p.pdf"
    export_portfolio(journal, PortfolioOptions(), out)
    text = text_of(out)
    for word in in_window:
        assert f"{word}" in text, (language, word)
    labels = labels_for(language)
    assert tab.casefold() == labels.sessions.casefold() == terms(language).sessions.casefold()
    assert (0, labels.overview) in outline_titles(out)
