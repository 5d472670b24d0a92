"""Starting the desktop app: language, the journal (with its passphrase), first run, window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from journal import paths
from journal.errors import (
    JournalDamagedError,
    JournalError,
    JournalLockedError,
    JournalTooNewError,
    NotAJournalError,
    PassphraseRequiredError,
    WrongPassphraseError,
)
from journal.store import Journal, open_journal
from ui import crash, settings
from ui.errors import describe
from ui.i18n import install_translators, resolve_language

if TYPE_CHECKING:  # the dialogs load when needed, not on the way to the first paint
    from ui.dialogs.encryption import PassphraseChange

MAX_PASSPHRASE_TRIES = 3


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Leadership Journal")
    app.setOrganizationName("LeadershipJournal")
    app.setApplicationDisplayName("Leadership Journal")
    app.setDesktopFileName("leadership-journal")
    return app


def open_interactively(
    folder: Path, parent: QWidget | None = None, *, passphrase: str | None = None
) -> Journal | None:
    """Open the journal in ``folder``, asking for its passphrase; None if it cannot be opened.

    Every failure is explained; a damaged or newer journal is never touched, and where a
    backup exists the participant is offered to restore the latest one.
    """
    tries = 0
    while True:
        try:
            # The integrity check and the daily backup run once the window shows.
            return open_journal(folder, passphrase=passphrase, verify_now=False)
        except (PassphraseRequiredError, WrongPassphraseError) as exc:
            wrong = isinstance(exc, WrongPassphraseError)
            if wrong:
                tries += 1
            if tries >= MAX_PASSPHRASE_TRIES:
                QMessageBox.critical(
                    parent,
                    QCoreApplication.translate("App", "Journal locked"),
                    QCoreApplication.translate(
                        "App",
                        "The passphrase was wrong three times. The journal stays encrypted "
                        "and unchanged; start the app again to retry.",
                    ),
                )
                return None
            from ui.dialogs.passphrase import ask_passphrase

            passphrase = ask_passphrase(
                parent, wrong=wrong, tries_left=MAX_PASSPHRASE_TRIES - tries
            )
            if passphrase is None:
                return None
        except JournalLockedError:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("App", "Journal already open"),
                QCoreApplication.translate(
                    "App",
                    "This journal is open in another window of Leadership Journal. "
                    "Switch to that window; two windows on one journal could lose work.",
                ),
            )
            return None
        except (NotAJournalError, JournalDamagedError, JournalTooNewError) as exc:
            from ui.dialogs.open_failed import explain_open_failure

            if not explain_open_failure(parent, folder, exc, passphrase):
                return None
        except JournalError as exc:
            QMessageBox.critical(
                parent,
                QCoreApplication.translate("App", "The journal cannot be opened"),
                describe(exc),
            )
            return None


def startup_done() -> None:
    """Take what start-up made out of the garbage collector's sight, and collect again.

    Modules, Qt wrappers and the ORM's mappers (about 80,000 objects) live until the app
    quits. Frozen, a full collection no longer walks them (about 35 ms, a visible stall
    while typing) and quitting does not either (about 100 ms). Only acts when start-up
    switched collection off (``ui.main.start_gui``); tests and embedders are left alone.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def run(data_dir: Path | None = None, *, quit_after_start: bool = False) -> int:
    """Start the app on the journal in ``data_dir``; returns the exit code."""
    app = make_application()
    language = resolve_language(settings.language_preference())
    translators = install_translators(app, language)
    folder = paths.data_dir(data_dir)
    crash.install(folder)
    passphrase: str | None = None
    try:
        while True:
            journal = open_interactively(folder, passphrase=passphrase)
            if journal is None:
                return 1
            try:
                after = _run_window(app, journal, language, quit_after_start, translators)
                passphrase = journal.passphrase
            finally:
                journal.close()
            if after is None:
                return 0
            if isinstance(after, Path):
                _restore(folder, after, passphrase)
            else:
                passphrase = _change_passphrase(folder, after)
    finally:
        gc.enable()
        del translators


def _run_window(
    app: QApplication,
    journal: Journal,
    language: str,
    quit_after_start: bool,
    translators: list[QTranslator],
) -> Path | PassphraseChange | None:
    """Show the main window until it closes; returns what to do with the closed journal:
    a backup to restore or a passphrase change, if one was chosen."""
    if not journal.is_set_up():
        from ui.dialogs.first_run import FirstRunDialog

        if quit_after_start:
            return None
        startup_done()
        dialog = FirstRunDialog(language=language)
        if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
            return None
        dialog.apply(journal)
        if dialog.interface_language() != language:  # the window speaks it from the start
            for translator in translators:
                app.removeTranslator(translator)
            translators[:] = install_translators(app, dialog.interface_language())
        chosen = dialog.passphrase()
        if chosen:
            from ui.dialogs.encryption import PassphraseChange

            return PassphraseChange(old=None, new=chosen)
    from ui.main_window import MainWindow

    window = MainWindow(journal)
    requests: list[Path | PassphraseChange] = []
    window.closed_for.connect(requests.append)
    window.show()
    startup_done()
    if quit_after_start:
        # The first page of entries is loaded in the constructor; quit once painted.
        QTimer.singleShot(0, window.close)
    handler = crash.handler()
    if handler is not None:
        handler.on_damage = window.journal_damaged
    app.exec()
    if handler is not None:
        handler.on_damage = None
    window.deleteLater()
    return requests[0] if requests else None


def _change_passphrase(folder: Path, change: PassphraseChange) -> str | None:
    """Re-key the closed journal; returns the passphrase it has afterwards."""
    from journal.store import change_passphrase

    try:
        done = change_passphrase(
            folder, change.old, change.new, delete_backups=change.delete_backups
        )
    except (JournalError, OSError) as exc:
        _failed(
            QCoreApplication.translate("App", "Passphrase not changed"),
            QCoreApplication.translate(
                "App", "The journal was not changed and keeps its old passphrase."
            ),
            exc,
        )
        return change.old
    if done.backups.left:
        QMessageBox.information(
            None,
            QCoreApplication.translate("App", "Passphrase changed"),
            QCoreApplication.translate(
                "App",
                "%1 older backups were made under an earlier passphrase and keep it; they "
                "open only with that one.",
            ).replace("%1", str(len(done.backups.left))),
        )
    return change.new


def _failed(title: str, lead: str, exc: BaseException) -> None:
    """A failure: the translated lead and explanation, the library's words as details."""
    QMessageBox.critical(None, title, f"{lead}\n\n{describe(exc)}")


def _restore(folder: Path, backup_file: Path, passphrase: str | None) -> None:
    from journal.storage import backup

    backup_passphrase: str | None = None
    while True:
        try:
            done = backup.restore(
                folder, backup_file, passphrase, backup_passphrase=backup_passphrase
            )
            break
        except WrongPassphraseError:
            from ui.dialogs.passphrase import ask_backup_passphrase

            backup_passphrase = ask_backup_passphrase(None, wrong=backup_passphrase is not None)
            if backup_passphrase is None:
                return
        except (JournalError, OSError) as exc:
            _failed(
                QCoreApplication.translate("App", "Restore failed"),
                QCoreApplication.translate(
                    "App", "The backup was not restored; the journal is as it was."
                ),
                exc,
            )
            return
    text = QCoreApplication.translate(
        "App", "The backup was restored. The journal as it was before is kept as a backup."
    )
    if done.rekeyed:
        text += " " + (
            QCoreApplication.translate(
                "App", "It was encrypted with the journal's current passphrase."
            )
            if passphrase
            else QCoreApplication.translate("App", "It is stored unencrypted, as the journal was.")
        )
    QMessageBox.information(None, QCoreApplication.translate("App", "Backup restored"), text)
