"""Where the journal is: the folder the app was last started on is where it starts again."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal import paths


@pytest.fixture
def no_env_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No folder in the environment, and a default one of the test's own."""
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    default = tmp_path / "default"
    monkeypatch.setattr(paths, "default_dir", lambda: default)
    return default


def _journal_in(folder: Path) -> Path:
    folder.mkdir(parents=True)
    paths.journal_file(folder).write_bytes(b"")
    return folder


def test_the_default_folder_without_anything_remembered(no_env_folder: Path) -> None:
    assert paths.data_dir() == no_env_folder


def test_a_remembered_folder_is_used_when_none_is_given(
    no_env_folder: Path, tmp_path: Path
) -> None:
    elsewhere = _journal_in(tmp_path / "på en annan disk")
    paths.remember(elsewhere)
    assert paths.data_dir() == elsewhere
    assert paths.remembered_dir() == elsewhere
    assert paths.data_dir(tmp_path / "given") == tmp_path / "given"  # a given one wins


def test_a_remembered_folder_without_its_journal_is_not_used(
    no_env_folder: Path, tmp_path: Path
) -> None:
    gone = _journal_in(tmp_path / "usb")
    paths.remember(gone)
    paths.journal_file(gone).unlink()
    assert paths.data_dir() == no_env_folder  # the app warns (ui.app), nothing is made there
    assert paths.remembered_dir() == gone


def test_remembering_the_default_forgets(no_env_folder: Path, tmp_path: Path) -> None:
    paths.remember(_journal_in(tmp_path / "other"))
    paths.remember(no_env_folder)
    assert paths.remembered_dir() is None


def test_an_unreadable_or_relative_note_is_ignored(no_env_folder: Path) -> None:
    note = paths.config_dir() / paths.REMEMBERED_FILE_NAME
    note.parent.mkdir(parents=True, exist_ok=True)
    note.write_bytes(b"\xff\xfe not text")
    assert paths.data_dir() == no_env_folder
    note.write_text("relative/folder\n", encoding="utf-8")
    assert paths.remembered_dir() is None


def test_the_environment_still_wins(
    no_env_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths.remember(_journal_in(tmp_path / "remembered"))
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "env"))
    assert paths.data_dir() == tmp_path / "env"
