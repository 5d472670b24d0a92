"""Choosing, changing and removing the passphrase from the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

import ui.dialogs.passphrase
from journal.domain import Experience
from journal.storage.database import is_encrypted
from journal.store import Journal, open_journal
from tests.ui.conftest import WindowFactory
from ui.app import _change_passphrase, open_interactively
from ui.dialogs.encryption import EncryptionDialog, PassphraseChange
from ui.dialogs.first_run import FirstRunDialog

GOOD = "vi ses i Malmö"


def test_a_new_passphrase_must_be_long_enough_and_typed_twice(qtbot: QtBot) -> None:
    dialog = EncryptionDialog(None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.fields.new, "kort")
    dialog.accept()
    assert dialog.change is None and "at least 8" in dialog.fields.problem.text()
    dialog.fields.new.setText(GOOD)
    dialog.fields.repeat.setText(GOOD + "!")
    dialog.accept()
    assert dialog.change is None and "differ" in dialog.fields.problem.text()
    dialog.fields.repeat.setText(GOOD)
    dialog.accept()
    assert dialog.change == PassphraseChange(old=None, new=GOOD)
    assert "no way to recover" in dialog.fields.warning.text()


def test_changing_needs_the_current_passphrase_and_removing_asks(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = EncryptionDialog("gammalt lösenord")
    qtbot.addWidget(dialog)
    dialog.old.setText("fel")
    dialog.fields.new.setText(GOOD)
    dialog.fields.repeat.setText(GOOD)
    dialog.accept()
    assert dialog.change is None and "not right" in dialog.fields.problem.text()
    dialog.old.setText("gammalt lösenord")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert dialog.remove_button is not None
    dialog.remove_button.click()
    assert dialog.change == PassphraseChange(old="gammalt lösenord", new=None)


def test_the_main_window_hands_the_change_to_the_app(
    journal: Journal, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(journal)

    def choose(dialog: EncryptionDialog) -> int:
        dialog.fields.new.setText(GOOD)
        dialog.fields.repeat.setText(GOOD)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(EncryptionDialog, "exec", choose)
    requests: list[object] = []
    window.closed_for.connect(requests.append)
    window.menus.encryption.trigger()
    assert requests == [PassphraseChange(old=None, new=GOOD)]
    assert not window.isVisible()


def test_the_app_encrypts_reopens_and_asks_next_time(
    data_dir: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_journal(data_dir, daily_backup=False) as journal:
        journal.save(Experience(title="Om patienten"))
    assert _change_passphrase(data_dir, PassphraseChange(old=None, new=GOOD)) == GOOD
    assert is_encrypted(data_dir / "journal.sqlite3")
    reopened = open_interactively(data_dir, passphrase=GOOD)  # no question asked
    assert reopened is not None
    reopened.close()
    asked: list[bool] = []
    monkeypatch.setattr(
        ui.dialogs.passphrase, "ask_passphrase", lambda *a, **k: asked.append(True) or GOOD
    )
    asked_for = open_interactively(data_dir)
    assert asked_for is not None and asked == [True]
    try:
        assert [s.title for s in asked_for.list_entries()] == ["Om patienten"]
    finally:
        asked_for.close()
    # a failed change keeps the old passphrase and says so
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: said.append(a[2]))
    assert _change_passphrase(data_dir, PassphraseChange(old="fel", new="annat lösen")) == "fel"
    assert said and "old passphrase" in said[0]
    assert _change_passphrase(data_dir, PassphraseChange(old=GOOD, new=None)) is None
    assert not is_encrypted(data_dir / "journal.sqlite3")


def test_first_run_can_choose_a_passphrase(qtbot: QtBot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.name, "Karin")
    dialog.custom_name.setText("Ledarskap i vården")  # English: a programme of her own
    assert ok.isEnabled() and dialog.passphrase() is None
    dialog.protect.setChecked(True)
    assert not ok.isEnabled()
    dialog.passphrase_fields.new.setText(GOOD)
    dialog.passphrase_fields.repeat.setText(GOOD)
    assert ok.isEnabled() and dialog.passphrase() == GOOD
