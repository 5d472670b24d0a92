"""Starting the desktop app: language, the journal (with its passphrase), first run, window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import resources
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
    from ui.single_instance import WindowActivator

MAX_PASSPHRASE_TRIES = 3
DESKTOP_ID = "org.leadershipjournal.LeadershipJournal"  # the .desktop file's and AppStream's id
ICONS = Path(resources.__file__).parent / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
LISTEN_AFTER_MS = 400  # once the window is painted: not on the way to the first paint


class OpenElsewhere(Exception):
    """The journal is open in a running app, which was asked to show its window."""


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Leadership Journal")
    app.setOrganizationName("LeadershipJournal")
    app.setApplicationDisplayName("Leadership Journal")
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The app's icon in the sizes drawn for it (each file is read when first shown)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(ICONS / f"leadership-journal-{size}.png"), QSize(size, size))
    return icon


def open_interactively(
    folder: Path, parent: QWidget | None = None, *, passphrase: str | None = None
) -> Journal | None:
    """Open the journal in ``folder``, asking for its passphrase; None if it cannot be opened.

    Every failure is explained; a damaged or newer journal is never touched, and where a
    backup exists the participant is offered to restore the latest one. Raises
    OpenElsewhere when the journal is open in a running app that now shows its window.
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
            from ui.single_instance import activate_running

            if activate_running(folder):
                raise OpenElsewhere(str(folder)) from None
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
    if data_dir is None:
        _warn_if_remembered_is_gone(folder)
    crash.install(folder)
    passphrase: str | None = None
    try:
        while True:
            try:
                journal = open_interactively(folder, passphrase=passphrase)
            except OpenElsewhere:
                return 0
            if journal is None:
                return 1
            if data_dir is not None:
                paths.remember(folder)  # the start menu opens this journal from now on
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


def _warn_if_remembered_is_gone(folder: Path) -> None:
    """The journal was last opened elsewhere and is not there now: say so before the
    app opens (or starts) the one in ``folder``, so nobody takes it for a lost journal."""
    remembered = paths.remembered_dir()
    if remembered is None or remembered == folder:
        return
    QMessageBox.warning(
        None,
        QCoreApplication.translate("App", "Journal not found"),
        QCoreApplication.translate(
            "App",
            "Your journal was last opened in %1, which cannot be found now (a USB drive or "
            "network folder not connected?). Nothing has been changed there. Connect it "
            "and start the app again; until then, the app opens the journal in %2.",
        )
        .replace("%1", str(remembered))
        .replace("%2", str(folder)),
    )


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
    activator = _Listener(window, journal.folder)
    if quit_after_start:
        # The first page of entries is loaded in the constructor; quit once painted.
        QTimer.singleShot(0, lambda: _report_start(window, language))
        QTimer.singleShot(0, window.close)
    handler = crash.handler()
    if handler is not None:
        handler.on_damage = window.journal_damaged
    app.exec()
    if handler is not None:
        handler.on_damage = None
    activator.stop()
    window.deleteLater()
    return requests[0] if requests else None


class _Listener:
    """Starts the single-instance server after the first paint; stops it at the end."""

    def __init__(self, window: QWidget, folder: Path) -> None:
        self._window = window
        self._folder = folder
        self._activator: WindowActivator | None = None
        self._timer = QTimer(window)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)
        self._timer.start(LISTEN_AFTER_MS)

    def _start(self) -> None:
        from ui.single_instance import WindowActivator

        self._activator = WindowActivator(self._window, self._folder)

    def stop(self) -> None:
        self._timer.stop()
        if self._activator is not None:
            self._activator.close()


def _report_start(window: QWidget, language: str) -> None:
    """What --quit-after-start prints: the interface language and the window's menus in
    it, and one of Qt's own button texts (from Qt's translations), for smoke tests."""
    from PySide6.QtWidgets import QMainWindow

    assert isinstance(window, QMainWindow)
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    qt_context = "QPlatformTheme"  # Qt's own catalogue (qtbase_*.qm), not ours
    cancel = QCoreApplication.translate(qt_context, "Cancel")
    print(f"Started: interface {language}; menus {', '.join(menus)}; Qt: {cancel}", flush=True)


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
