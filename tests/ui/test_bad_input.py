"""The bad-input corpus through the real widgets: typed text and photos come back whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journal.domain import EntryKind, Experience, TripNote
from journal.store import Journal
from tests import corpus
from tests.ui.conftest import WindowFactory
from ui.editors.experience import ExperienceEditor
from ui.editors.trip_note import TripNoteEditor

NAMES = sorted(corpus.texts())


@pytest.mark.parametrize("name", NAMES)
def test_corpus_text_survives_the_editor_list_and_search(
    name: str, journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    text = corpus.texts()[name]
    window = make_window(journal)
    window.new_entry(EntryKind.EXPERIENCE)
    editor = window._current
    assert isinstance(editor, ExperienceEditor)
    editor.header.title.setText(text[:200])
    editor.header.title.textEdited.emit(text[:200])
    editor.body.edit.set_text(text + " tillit")
    stored = window._save_now()
    assert stored is not None and stored.id is not None
    window.entries.data(window.entries.index(0))  # the list paints the title
    window.search.field.setText("tillit")
    window.search.run_search()
    assert window.search.results.count() >= 1
    window.search.field.clear()
    other = journal.save(Experience(title="Annat"))
    assert other.id is not None and window.open_entry(other.id)
    assert window.open_entry(stored.id)
    editor = window._current
    assert isinstance(editor, ExperienceEditor)
    assert editor.body.edit.text() == text + " tillit"
    kept = journal.get_entry(stored.id)
    assert isinstance(kept, Experience) and kept.body == text + " tillit"


@pytest.mark.qt_log_ignore("Corrupt JPEG data")  # Qt's decoder says so about the truncated one
def test_hostile_photos_are_refused_or_kept_without_a_crash(
    journal: Journal,
    make_window: WindowFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(journal)
    window.new_entry(EntryKind.TRIP_NOTE)
    editor = window._current
    assert isinstance(editor, TripNoteEditor)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    huge = corpus.awkward_file(tmp_path, corpus.huge_jpeg())
    truncated = tmp_path / "truncated.jpg"
    truncated.write_bytes(corpus.truncated_jpeg())
    fake = tmp_path / "fake.jpg"
    fake.write_bytes(corpus.not_an_image())
    added = editor.add_photos([huge, truncated, fake])
    assert added in (2, 3)  # the truncated JPEG is kept if its header is readable
    assert warned and "fake.jpg is not an image" in warned[0]
    note = journal.get_entry(editor.entry().id or 0)
    assert isinstance(note, TripNote)
    assert huge.name in [a.file_name for a in note.attachments]  # quotes and newline kept
    stored = next(a for a in note.attachments if a.file_name == huge.name)
    assert journal.attachment_data(stored.id) == huge.read_bytes()
    assert editor.photos.count() == added
