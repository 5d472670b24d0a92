"""First run, export and the theory and photo parts of the editors."""

from __future__ import annotations

import io
import threading
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from journal.demo import make_demo_journal
from journal.domain import EntryFilter, EntryKind, Experience, TripNote
from journal.store import Journal, open_journal
from tests.ui.conftest import WindowFactory
from ui.dialogs.export import ExportDialog, ExportRun
from ui.dialogs.first_run import FirstRunDialog
from ui.dialogs.theory_compare import word_diff
from ui.editors.theory import TheoryEditor
from ui.editors.trip_note import TripNoteEditor


def test_first_run_creates_participant_and_programme_from_a_template(
    data_dir: Path, qtbot: QtBot, make_window: WindowFactory
) -> None:
    with open_journal(data_dir, daily_backup=False) as journal:
        dialog = FirstRunDialog(language="da")
        qtbot.addWidget(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()
        qtbot.keyClicks(dialog.name, "Mette Hansen")
        dialog.role.setText("Afdelingsleder")
        dialog.programme.setCurrentIndex(dialog.programme.findData("dnls-2"))
        dialog.starts_on.setDate(QDate(2026, 9, 1))
        assert ok.isEnabled()
        dialog.apply(journal)
        assert journal.is_set_up()
        participant = journal.participant()
        programme = journal.programme()
        assert participant is not None and participant.language == "da"
        assert programme is not None and programme.template_id == "dnls-2"
        assert programme.sessions[0].starts_on == date(2026, 9, 1)
        window = make_window(journal)
        assert window.navigation.find_key(f"module:{programme.modules[0].uid}") is not None
        names = [programme.modules[n].name for n in range(4)]
        assert names == ["Fundament", "Forberedelse", "Forandring", "Forankring"]
        # DNLS 2.0 is built around an improvement initiative: one waits to be filled in.
        assert [i.title for i in journal.initiatives()] == ["Vores forbedringsinitiativ"]
        window.close()


@pytest.mark.parametrize(
    ("language", "preselected"), [("sv", "se-regional-arl"), ("en", "custom"), ("da", None)]
)
def test_first_run_preselects_the_programme_by_language(
    qtbot: QtBot, language: str, preselected: str | None
) -> None:
    dialog = FirstRunDialog(language=language)
    qtbot.addWidget(dialog)
    assert dialog.programme.currentData() == preselected
    assert dialog.interface_language() == language
    assert dialog.language.currentData() == language
    dialog.name.setText("Mette")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    if language == "da":  # several Danish programmes: she chooses one
        assert not ok.isEnabled()
        dialog.programme.setCurrentIndex(dialog.programme.findData("dnls-1"))
        assert ok.isEnabled()


def test_first_run_asks_the_language_of_the_app_and_keeps_it(data_dir: Path, qtbot: QtBot) -> None:
    from ui import settings

    dialog = FirstRunDialog(language="en")
    qtbot.addWidget(dialog)
    dialog.interface.setCurrentIndex(dialog.interface.findData("sv"))
    assert dialog.language.currentData() == "sv"  # the portfolio follows
    chosen = dialog.programme.findData("se-regional-arl")
    dialog.programme.setCurrentIndex(chosen)
    dialog.programme.activated.emit(chosen)  # as a click on it does
    dialog.language.setCurrentIndex(dialog.language.findData("en"))  # unless she says
    assert dialog.programme.currentData() == "se-regional-arl"  # her choice stays
    dialog.name.setText("Karin")
    with open_journal(data_dir, daily_backup=False) as journal:
        dialog.apply(journal)
        participant = journal.participant()
    assert participant is not None and participant.language == "en"
    assert settings.language_preference() == "sv"


def test_first_run_custom_programme_needs_a_name(data_dir: Path, qtbot: QtBot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Karin")
    dialog.programme.setCurrentIndex(dialog.programme.findData("custom"))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.custom_name, "Vårt eget")
    assert ok.isEnabled()
    chosen = dialog.chosen_programme()
    assert chosen.name == "Vårt eget"
    # "Another programme" starts with competency areas to tick (they had none).
    assert chosen.competency_areas == ("Leading oneself", "Leading others",
                                       "Leading the organisation", "Improvement work",
                                       "Working across boundaries")  # fmt: skip


def test_export_dialog_options_and_password_check(journal: Journal, qtbot: QtBot) -> None:
    journal.save(Experience(title="Ett", tags=("möte",)))
    dialog = ExportDialog(journal)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.kinds[EntryKind.TRIP_NOTE].setChecked(False)
    dialog.include_private.setChecked(True)
    dialog.password.setText("hemligt")
    assert not ok.isEnabled() and dialog.mismatch.isVisibleTo(dialog)
    dialog.repeat.setText("hemligt")
    assert ok.isEnabled()
    dialog.tags.item(0).setCheckState(Qt.CheckState.Checked)
    options = dialog.options()
    assert EntryKind.TRIP_NOTE not in options.kinds and EntryKind.ARL in options.kinds
    assert options.include_private and options.password == "hemligt"
    assert options.tags == frozenset({"möte"})


def _run(
    qtbot: QtBot,
    journal: Journal,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
    cancel_at_first: bool = False,
) -> ExportRun:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ExportDialog(journal, parent)
    qtbot.addWidget(dialog)
    gate = threading.Event()
    if cancel_at_first:
        # Hold the worker after its first progress report until the UI has pressed Cancel.
        import journal.portfolio as portfolio

        real = portfolio.export_portfolio

        def held(source: Journal, options: object, out: Path, **kw: object) -> object:
            report = kw.pop("progress")

            def progress(done: int, total: int) -> None:
                report(done, total)  # type: ignore[operator]
                gate.wait(30)

            return real(source, options, out, progress=progress, **kw)  # type: ignore[arg-type]

        monkeypatch.setattr(portfolio, "export_portfolio", held)
    run = ExportRun(parent, journal, dialog.options(), out)
    if cancel_at_first:

        def cancel(*_: object) -> None:
            run.progress.canceled.emit()  # what the Cancel button sends
            gate.set()

        run.worker.signals.progressed.connect(cancel)
    run.start()
    qtbot.waitUntil(lambda: run.done, timeout=60_000)
    run.shown = shown  # type: ignore[attr-defined]
    return run


def test_export_runs_in_a_worker_and_writes_the_pdf(
    journal: Journal, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal.save(Experience(title="Morgonmötet", occurred_on=date.today()))
    out = tmp_path / "out" / "portfolio.pdf"
    run = _run(qtbot, journal, out, monkeypatch)
    assert run.result is not None and run.result.entries == 1
    assert "Morgonmötet" in "".join(p.extract_text() for p in PdfReader(out).pages)


def test_cancelled_export_leaves_no_file(
    data_dir: Path, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_journal(data_dir, daily_backup=False) as journal:
        make_demo_journal(journal, entries=120, seed=2, photos=0)
        out = tmp_path / "out" / "portfolio.pdf"
        run = _run(qtbot, journal, out, monkeypatch, cancel_at_first=True)
        assert run.result is None and run.error is None
        assert not out.exists()
        assert not out.parent.exists() or not any(out.parent.iterdir())


def test_failed_export_shows_why(
    journal: Journal, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    run = _run(qtbot, journal, blocker / "p.pdf", monkeypatch)
    assert run.error and "Could not write" in run.error
    assert run.shown == [run.error]  # type: ignore[attr-defined]


def _theory_editor(window: object) -> TheoryEditor:
    window.open_theory()  # type: ignore[attr-defined]
    editor = window._current  # type: ignore[attr-defined]
    assert isinstance(editor, TheoryEditor)
    return editor


def test_theory_versions_and_comparison(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(journal)
    editor = _theory_editor(window)
    qtbot.keyClicks(editor.theory.edit, "Trust comes first.")
    assert editor.save_version("First draft")
    editor.theory.edit.selectAll()
    qtbot.keyClicks(editor.theory.edit, "Trust and courage come first.")
    assert editor.save_version("After the residential")
    entry = editor.entry()
    assert [v.change_note for v in entry.versions] == ["First draft", "After the residential"]
    assert editor.versions.count() == 2
    stored = journal.get_entry(entry.id or 0)
    assert len(stored.versions) == 2  # type: ignore[attr-defined]
    compare = editor.compare_dialog()
    qtbot.addWidget(compare)
    compare.left_choice.setCurrentIndex(0)
    compare.right_choice.setCurrentIndex(1)
    assert "courage" in compare.right.toPlainText()
    assert "courage</span>" in compare.right.toHtml() or "courage" in compare.right.toHtml()
    old, new = word_diff(
        "Trust comes first.", "Trust and courage come first.", deleted="#f00", inserted="#0f0"
    )
    assert '<span style="background-color:#0f0">and courage come</span>' in new
    assert "comes" in old and "line-through" in old


def _jpeg(orientation: int | None = None) -> bytes:
    out = io.BytesIO()
    image = Image.new("RGB", (300, 200), (200, 30, 30))
    if orientation:
        exif = Image.Exif()
        exif[0x0112] = orientation
        image.save(out, "JPEG", exif=exif)
    else:
        image.save(out, "JPEG")
    return out.getvalue()


def test_photos_are_added_shown_and_non_images_refused(
    journal: Journal,
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(journal)
    window.new_entry(EntryKind.TRIP_NOTE)
    editor = window._current
    assert isinstance(editor, TripNoteEditor)
    photo = tmp_path / "rotated.jpg"
    photo.write_bytes(_jpeg(orientation=6))
    text = tmp_path / "notes.jpg"
    text.write_text("not a photo")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    assert editor.add_photos([photo, text]) == 1
    assert warnings and "notes.jpg is not an image" in warnings[0]
    assert editor.photos.count() == 1
    icon = editor.photos.item(0).icon()
    size = icon.availableSizes()[0]
    assert size.height() > size.width()  # EXIF orientation 6: portrait thumbnail
    entry = journal.get_entry(editor.entry().id or 0)
    assert [a.file_name for a in entry.attachments] == ["rotated.jpg"]
    # the note now has text-less content but a photo: kept when leaving it
    other = journal.save(Experience(title="Annat"))
    assert other.id is not None
    window.open_entry(other.id)
    assert journal.count_entries() == 2


def test_a_trip_note_is_typed_with_a_new_trip_and_kept(
    data_dir: Path, make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.dialogs.new_trip import NewTripDialog

    def fill(dialog: NewTripDialog) -> int:
        qtbot.keyClicks(dialog.destination, "Shanghai")
        dialog.starts_on.setDate(QDate(2026, 3, 6))
        dialog.ends_on.setDate(QDate(2026, 3, 12))
        return 1

    monkeypatch.setattr(NewTripDialog, "exec", fill)
    with open_journal(data_dir, daily_backup=False) as journal:
        from tests.ui.conftest import set_up

        set_up(journal)
        window = make_window(journal)
        qtbot.keyClick(
            window,
            Qt.Key.Key_T,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        editor = window._current
        assert isinstance(editor, TripNoteEditor)
        assert editor.header.title.hasFocus()
        qtbot.keyClicks(editor.header.title, "Ruijin Hospital")
        editor.new_trip_button.click()
        assert editor.trip.currentText() == "Shanghai"
        qtbot.keyClicks(editor.place, "Ruijin")
        qtbot.keyClicks(editor.culture.edit, "Hierarki och respekt")
        qtbot.keyClicks(editor.context_field.edit, "Stora sjukhus")
        qtbot.keyClicks(editor.communication.edit, "Beslut fattas uppifran")
        window.close()
    with open_journal(data_dir, daily_backup=False) as journal:
        notes = journal.list_entries(EntryFilter(kinds=frozenset({EntryKind.TRIP_NOTE})))
        assert len(notes) == 1
        note = journal.get_entry(notes[0].id)
        assert isinstance(note, TripNote)
        assert note.title == "Ruijin Hospital" and note.place == "Ruijin"
        assert note.trip is not None and note.trip.destination == "Shanghai"
        assert note.trip.starts_on == date(2026, 3, 6)
        assert (note.culture, note.context, note.communication) == (
            "Hierarki och respekt",
            "Stora sjukhus",
            "Beslut fattas uppifran",
        )


def test_photos_are_added_to_any_kind_at_the_top_with_a_sign(
    journal: Journal, make_window: WindowFactory, tmp_path: Path
) -> None:
    """Photos were for trip notes only, below three text boxes, and adding gave no sign."""
    from ui.editors.experience import ExperienceEditor

    window = make_window(journal)
    window.new_entry(EntryKind.EXPERIENCE)
    editor = window._current
    assert isinstance(editor, ExperienceEditor)
    panel = editor.photo_panel
    assert not panel.strip.isVisible()  # no photos: no empty strip
    layout = editor.layout()
    assert layout is not None and layout.indexOf(panel) == 1  # right under the header
    photo = tmp_path / "ronden.jpg"
    photo.write_bytes(_jpeg(orientation=1))
    assert editor.add_photos([photo]) == 1
    assert panel.strip.isVisible() and panel.strip.count() == 1
    assert panel.feedback.text() == "Photos added: 1"
    stored = journal.get_entry(editor.entry().id or 0)
    assert [a.file_name for a in stored.attachments] == ["ronden.jpg"]
    assert editor.entry().attachments == stored.attachments


def test_photos_dropped_on_the_photo_bar_are_added(
    journal: Journal, make_window: WindowFactory, tmp_path: Path
) -> None:
    """Before the first photo there is no strip: the bar itself takes the drop."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    window = make_window(journal)
    window.new_entry(EntryKind.ARL)
    editor = window._current
    assert editor is not None
    photo = tmp_path / "tavlan.jpg"
    photo.write_bytes(_jpeg(orientation=1))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo))])
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    editor.photo_panel.dropEvent(drop)
    assert editor.photos.count() == 1
    assert [a.file_name for a in editor.entry().attachments] == ["tavlan.jpg"]


def test_a_photo_gets_the_caption_she_writes(
    journal: Journal,
    make_window: WindowFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QInputDialog

    window = make_window(journal)
    window.new_entry(EntryKind.TRIP_NOTE)
    editor = window._current
    assert isinstance(editor, TripNoteEditor)
    photo = tmp_path / "IMG_4711.jpg"
    photo.write_bytes(_jpeg())
    assert editor.add_photos([photo]) == 1
    panel = editor.photo_panel
    assert panel.caption_button.isVisible() and not panel.caption_button.isEnabled()
    editor.photos.setCurrentRow(0)
    assert panel.caption_button.isEnabled()
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> tuple[str, bool]:
        asked.append(str(args[4]))  # the caption it had
        return "Sjukhusentrén i Shanghai", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    panel.caption_button.click()
    assert asked == [""]
    assert editor.photos.item(0).text() == "Sjukhusentrén i Shanghai"
    assert "IMG_4711.jpg" in editor.photos.item(0).toolTip()
    stored = journal.get_entry(editor.entry().id or 0).attachments
    assert [a.caption for a in stored] == ["Sjukhusentrén i Shanghai"]
    assert editor.entry().attachments[0].caption == "Sjukhusentrén i Shanghai"


def test_a_trip_note_has_a_field_for_what_she_takes_home(
    journal: Journal, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(journal)
    window.new_entry(EntryKind.TRIP_NOTE)
    editor = window._current
    assert isinstance(editor, TripNoteEditor)
    assert editor.take_home.label.text() == "<b>What I take home</b>"
    qtbot.keyClicks(editor.take_home.edit, "Korta moten pa golvet.")  # QTest types ASCII
    stored = window.autosaver.flush()
    assert stored is not None
    note = journal.get_entry(stored.id or 0)
    assert getattr(note, "take_home", None) == "Korta moten pa golvet."
