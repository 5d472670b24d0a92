"""Errors from the journal reach the participant in her language, with the detail kept."""

from __future__ import annotations

import inspect

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from journal import errors
from journal.errors import JournalError, JournalWriteError, NotAJournalError
from journal.programmes import ProgrammeFormatError
from ui.errors import describe, explanation
from ui.i18n import install_translators

GENERIC = "The journal refused the change."


def test_every_kind_of_journal_error_has_its_own_sentence() -> None:
    kinds = [
        c
        for _, c in inspect.getmembers(errors, inspect.isclass)
        if issubclass(c, JournalError) and c not in (JournalError, errors.ExportCancelled)
    ]
    assert len(kinds) >= 10
    for kind in [*kinds, ProgrammeFormatError]:
        said = explanation(kind("detail"))
        assert said and said != GENERIC, kind.__name__
    assert explanation(JournalError("x")) == GENERIC
    assert explanation(ValueError("x")) is None


def test_the_sentence_leads_and_the_library_s_words_follow() -> None:
    message = describe(JournalWriteError("The disk is full."))
    lead, detail = message.split("\n\n")
    assert "could not be written" in lead
    assert detail == "Details: The disk is full."
    assert describe(OSError(28, "No space left on device")).endswith("No space left on device")
    assert describe(ValueError("odd")) == "odd"
    assert describe(NotAJournalError("")) == explanation(NotAJournalError(""))


@pytest.mark.parametrize(
    ("language", "lead", "details"),
    [
        ("sv", "Ändringen kunde inte skrivas", "Detaljer: The disk is full."),
        ("da", "Ændringen kunne ikke skrives", "Detaljer: The disk is full."),
    ],
)
def test_the_sentence_is_translated(
    qapp: QApplication, language: str, lead: str, details: str
) -> None:
    before = QLocale()
    translators = install_translators(qapp, language)
    try:
        message = describe(JournalWriteError("The disk is full."))
        assert message.startswith(lead)
        assert message.endswith(details)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
