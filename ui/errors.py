"""What an error from the journal means, said in the participant's language.

The library's messages (``journal.errors``) are English and precise: file names, fields,
lines. The UI leads with a translated sentence chosen by the kind of error, and keeps the
library's words below it as the detail a helper or an organiser may need.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal.errors import (
    EntryNotFoundError,
    ExportFailed,
    ImportFormatError,
    JournalDamagedError,
    JournalEmptyError,
    JournalError,
    JournalLockedError,
    JournalMissingError,
    JournalReadOnlyError,
    JournalTooNewError,
    JournalWriteError,
    NotAJournalError,
    PassphraseRequiredError,
    TooLargeError,
    WrongPassphraseError,
)


def _sentences() -> list[tuple[type[BaseException], str]]:
    """What each kind of error means; the most specific kind first (a
    PassphraseRequiredError is a NotAJournalError, every one is a JournalError)."""
    return [
        (
            JournalReadOnlyError,
            QCoreApplication.translate(
                "Errors",
                "The journal's file or folder is read-only for your account, so nothing can be "
                "saved there. Nothing was changed, and your text is still here.",
            ),
        ),
        (
            JournalEmptyError,
            QCoreApplication.translate(
                "Errors",
                "The journal file is empty: it holds no entries. It was not changed; restoring "
                "the latest backup is the safe way on.",
            ),
        ),
        (
            JournalMissingError,
            QCoreApplication.translate("Errors", "There is no journal in that folder."),
        ),
        (
            TooLargeError,
            QCoreApplication.translate(
                "Errors", "This is larger than the journal takes; nothing of it was stored."
            ),
        ),
        (
            ExportFailed,
            QCoreApplication.translate(
                "Errors", "The portfolio could not be written; no file was left behind."
            ),
        ),
        (
            JournalWriteError,
            QCoreApplication.translate(
                "Errors",
                "The change could not be written: the disk may be full, or the journal's folder "
                "may be read-only. Nothing of it was stored, and your text is still here.",
            ),
        ),
        (
            PassphraseRequiredError,
            QCoreApplication.translate(
                "Errors", "This journal is encrypted: it opens with its passphrase."
            ),
        ),
        (
            WrongPassphraseError,
            QCoreApplication.translate("Errors", "The passphrase does not open this journal."),
        ),
        (
            NotAJournalError,
            QCoreApplication.translate(
                "Errors",
                "This file is not a Leadership Journal, or it is damaged. It was not changed.",
            ),
        ),
        (
            JournalTooNewError,
            QCoreApplication.translate(
                "Errors",
                "This journal was written by a newer version of Leadership Journal. Update the app "
                "to open it; the journal was not changed.",
            ),
        ),
        (
            JournalDamagedError,
            QCoreApplication.translate(
                "Errors",
                "The journal fails its integrity check. It was not changed; restoring the latest "
                "backup is the safe way on.",
            ),
        ),
        (
            JournalLockedError,
            QCoreApplication.translate(
                "Errors", "The journal is open in another window of Leadership Journal."
            ),
        ),
        (
            EntryNotFoundError,
            QCoreApplication.translate(
                "Errors", "That entry no longer exists; it may have been deleted."
            ),
        ),
        (
            ImportFormatError,
            QCoreApplication.translate("Errors", "The file cannot be used; nothing was changed."),
        ),
        (
            OSError,
            QCoreApplication.translate(
                "Errors", "The file could not be read or written. Nothing was changed."
            ),
        ),
        (JournalError, QCoreApplication.translate("Errors", "The journal refused the change.")),
    ]


def explanation(exc: BaseException) -> str | None:
    """The translated sentence for the kind of ``exc``; None for a kind without one."""
    for kind, sentence in _sentences():
        if isinstance(exc, kind):
            return sentence
    return None


def describe(exc: BaseException) -> str:
    """A message for a dialog: the translated explanation, then the library's own words."""
    lead = explanation(exc)
    detail = str(exc).strip()
    if lead is None:
        return detail or type(exc).__name__
    if not detail:
        return lead
    return f"{lead}\n\n" + QCoreApplication.translate("Errors", "Details: %1").replace("%1", detail)
