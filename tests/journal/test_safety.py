"""Never lose a word: locks, full disks, read-only folders, hostile text."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from journal.domain import Experience, Trip, TripNote
from journal.errors import JournalError, JournalLockedError, JournalWriteError
from journal.store import Journal, open_journal
from tests import corpus


def test_second_instance_is_refused_then_allowed(data_dir: Path) -> None:
    with open_journal(data_dir) as first:
        first.save(Experience(title="mitt"))
        with pytest.raises(JournalLockedError, match="already open"):
            open_journal(data_dir)
        # Readers such as an export may look while the app has it open.
        with open_journal(data_dir, lock=False) as reader:
            assert reader.count_entries() == 1
    with open_journal(data_dir) as again:
        assert again.count_entries() == 1


def test_read_only_folder_gets_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    if sys.platform != "win32" and os.geteuid() != 0:
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    else:  # root may write anywhere: make the OS answer as it would for a user
        real_open = Path.open

        def refuse(self: Path, *args: object, **kwargs: object) -> object:
            if self.parent == folder:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr(Path, "open", refuse)
    try:
        with pytest.raises(JournalError, match="read-only"):
            open_journal(folder)
    finally:
        folder.chmod(stat.S_IRWXU)
    assert not (folder / "journal.sqlite3").exists()


def test_read_only_journal_file_refuses_writes_and_keeps_text(data_dir: Path) -> None:
    with open_journal(data_dir) as j:
        saved = j.save(Experience(title="orört", body="original"))
    con = sqlite3.connect(data_dir / "journal.sqlite3")
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    with open_journal(data_dir, daily_backup=False) as j:
        # Simulate a file the OS will not let us write, at the SQLite level.
        event.listen(j._engine, "connect", lambda c, _r: c.execute("PRAGMA query_only=1"))
        j._engine.dispose()
        with pytest.raises(JournalWriteError):
            j.save(Experience(id=saved.id, uid=saved.uid, title="ändrad", body="ny"))
    with open_journal(data_dir) as j:
        assert j.get_entry_by_uid(saved.uid).title == "orört"


def _fill_disk(journal: Journal, spare_pages: int) -> None:
    with journal._engine.connect() as c:
        pages = c.exec_driver_sql("PRAGMA page_count").scalar_one()
    limit = pages + spare_pages
    event.listen(
        journal._engine, "connect", lambda c, _r: c.execute(f"PRAGMA max_page_count={limit}")
    )
    journal._engine.dispose()


def test_full_disk_during_save_leaves_no_half_entry(journal: Journal) -> None:
    kept = journal.save(Experience(title="före", body="gammal text"))
    _fill_disk(journal, spare_pages=2)
    with pytest.raises(JournalWriteError, match="disk is full"):
        journal.save(Experience(title="för stor", body=corpus.paste_1mb()))
    with pytest.raises(JournalWriteError):
        journal.save(Experience(id=kept.id, uid=kept.uid, title="ny", body=corpus.paste_1mb()))
    assert journal.count_entries() == 1
    assert kept.id is not None
    assert journal.get_entry(kept.id) == kept
    assert [h.title for h in journal.search("gammal")] == ["före"]


@pytest.mark.parametrize("name", sorted(corpus.texts()))
def test_corpus_text_survives_in_every_field(journal: Journal, name: str) -> None:
    text = corpus.texts()[name]
    note = journal.save(
        TripNote(
            title=text,
            trip=Trip(destination=text[:200]),
            place=text,
            culture=text,
            tags=(text[:100],) if text.strip() else (),
        )
    )
    assert note.id is not None
    loaded = journal.get_entry(note.id)
    assert loaded == note
    journal.search(text[:200])  # never raises


@pytest.mark.parametrize("name", ["far_past", "far_future", "leap"])
def test_extreme_dates(journal: Journal, name: str) -> None:
    day = corpus.dates()[name]
    e = journal.save(Experience(title=name, occurred_on=day))
    assert e.id is not None and journal.get_entry(e.id).occurred_on == day
    assert journal.list_entries()[0].occurred_on == day


def test_attachments_keep_any_bytes_and_awkward_names(journal: Journal, tmp_path: Path) -> None:
    note = journal.save(TripNote(title="foton"))
    assert note.id is not None
    path = corpus.awkward_file(tmp_path, corpus.truncated_jpeg())
    att = journal.add_attachment(
        note.id, path.read_bytes(), file_name=path.name, media_type="image/jpeg"
    )
    big = journal.add_attachment(
        note.id, corpus.huge_jpeg(), file_name="40mp.jpg", media_type="image/jpeg"
    )
    assert journal.attachment_data(att.id) == corpus.truncated_jpeg()
    assert journal.attachment_data(big.id)[:2] == b"\xff\xd8"
    loaded = journal.get_entry(note.id)
    assert isinstance(loaded, TripNote) and loaded.attachments[0].file_name == path.name
