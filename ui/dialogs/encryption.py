"""Encrypt the journal with a passphrase, change it, or remove it.

The journal must be closed to be re-keyed, so the dialog only decides; the app closes
the window, re-keys (after a backup under the old passphrase) and opens it again.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MIN_LENGTH = 8


@dataclass(frozen=True)
class PassphraseChange:
    """What to do once the journal is closed: ``new`` None removes the encryption."""

    old: str | None
    new: str | None
    delete_backups: bool = False  # with consent: delete the backups, not re-key them


def encryption_available() -> bool:
    try:
        import sqlcipher3  # noqa: F401
    except ImportError:
        return False
    return True


class PassphraseFields(QWidget):
    """A new passphrase typed twice, with the warning that it cannot be recovered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = QLineEdit()
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.new.setAccessibleName(self.tr("New passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.warning = QLabel(
            self.tr(
                "Nobody can open the journal without the passphrase, and there is no way to "
                "recover a forgotten one: not for you, not for us. Write it down and keep it "
                "somewhere safe. Backups are encrypted with it too."
            )
        )
        self.warning.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Ne&w passphrase:"), self.new)
        form.addRow(self.tr("Repea&t:"), self.repeat)
        form.addRow(self.warning)
        form.addRow(self.problem)

    def value(self) -> str:
        return self.new.text()

    def check(self, *, required: bool) -> str | None:
        """What is wrong with the passphrase typed, or None when it can be used."""
        text = self.new.text()
        if not text and not self.repeat.text():
            return self.tr("Enter a passphrase.") if required else None
        if len(text) < MIN_LENGTH:
            return self.tr(
                "Use at least %1 characters; a short sentence is easy to remember."
            ).replace("%1", str(MIN_LENGTH))
        if text != self.repeat.text():
            return self.tr("The two passphrases differ.")
        return None


class EncryptionDialog(QDialog):
    """Set, change or remove the journal's passphrase; :attr:`change` holds the decision."""

    def __init__(self, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current = current
        self.change: PassphraseChange | None = None
        encrypted = current is not None
        self.setWindowTitle(self.tr("Passphrase") if encrypted else self.tr("Encrypt the journal"))
        intro = QLabel(
            self.tr(
                "The journal is encrypted. Enter the passphrase it has now, then a new one; "
                "or remove the encryption."
            )
            if encrypted
            else self.tr(
                "With a passphrase the whole journal and its backups are encrypted on this "
                "computer (SQLCipher, AES-256). The app closes the journal, encrypts it and "
                "opens it again."
            )
        )
        intro.setWordWrap(True)
        self.old = QLineEdit()
        self.old.setEchoMode(QLineEdit.EchoMode.Password)
        self.old.setAccessibleName(self.tr("Current passphrase"))
        self.fields = PassphraseFields()
        self.delete_backups = QCheckBox(
            self.tr("Delete the existing backups instead of re-encrypting them")
        )
        self.delete_backups.setToolTip(
            self.tr(
                "Every backup is re-written with the new passphrase (or without one), so no "
                "copy under the old one stays behind. Tick this to delete them instead; a "
                "new backup is made first."
            )
        )
        form = QFormLayout()
        if encrypted:
            form.addRow(self.tr("&Current passphrase:"), self.old)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Change passphrase") if encrypted else self.tr("Encrypt"))
        self.remove_button: QPushButton | None = None
        if encrypted:
            self.remove_button = self.buttons.addButton(
                self.tr("&Remove encryption…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.remove_button.clicked.connect(self.remove)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.delete_backups)
        layout.addWidget(self.buttons)
        (self.old if encrypted else self.fields.new).setFocus()

    def _old_is_right(self) -> bool:
        if self._current is None or self.old.text() == self._current:
            return True
        self.fields.problem.setText(self.tr("The current passphrase is not right."))
        self.old.setFocus()
        self.old.selectAll()
        return False

    def accept(self) -> None:
        if not self._old_is_right():
            return
        problem = self.fields.check(required=True)
        if problem is not None:
            self.fields.problem.setText(problem)
            self.fields.new.setFocus()
            return
        self.change = PassphraseChange(
            old=self._current,
            new=self.fields.value(),
            delete_backups=self.delete_backups.isChecked(),
        )
        super().accept()

    def remove(self) -> None:
        if not self._old_is_right():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove encryption"),
            self.tr(
                "Store the journal unencrypted? Anyone who can read this computer's files "
                "can then read it. Its backups are decrypted too, unless you chose to "
                "delete them."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.change = PassphraseChange(
            old=self._current, new=None, delete_backups=self.delete_backups.isChecked()
        )
        super().accept()
