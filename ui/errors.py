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
    JournalError,
    JournalLockedError,
    JournalTooNewError,
    JournalWriteError,
    NotAJournalError,
    PassphraseRequiredError,
    WrongPassphraseError,
)


def explanation(exc: BaseException) -> str | None:
    """The translated sentence for the kind of ``exc``; None for a kind without one."""
    # Most specific first: PassphraseRequiredError is a NotAJournalError.
    if isinstance(exc, ExportFailed):
        return QCoreApplication.translate(
            "Errors", "The portfolio could not be written; no file was left behind."
        )
    if isinstance(exc, JournalWriteError):
        return QCoreApplication.translate(
            "Errors",
            "The change could not be written: the disk may be full, or the journal's folder "
            "may be read-only. Nothing of it was stored, and your text is still here.",
        )
    if isinstance(exc, PassphraseRequiredError):
        return QCoreApplication.translate(
            "Errors", "This journal is encrypted: it opens with its passphrase."
        )
    if isinstance(exc, WrongPassphraseError):
        return QCoreApplication.translate("Errors", "The passphrase does not open this journal.")
    if isinstance(exc, NotAJournalError):
        return QCoreApplication.translate(
            "Errors", "This file is not a Leadership Journal, or it is damaged. It was not changed."
        )
    if isinstance(exc, JournalTooNewError):
        return QCoreApplication.translate(
            "Errors",
            "This journal was written by a newer version of Leadership Journal. Update the app "
            "to open it; the journal was not changed.",
        )
    if isinstance(exc, JournalDamagedError):
        return QCoreApplication.translate(
            "Errors",
            "The journal fails its integrity check. It was not changed; restoring the latest "
            "backup is the safe way on.",
        )
    if isinstance(exc, JournalLockedError):
        return QCoreApplication.translate(
            "Errors", "The journal is open in another window of Leadership Journal."
        )
    if isinstance(exc, EntryNotFoundError):
        return QCoreApplication.translate(
            "Errors", "That entry no longer exists; it may have been deleted."
        )
    if isinstance(exc, ImportFormatError):
        return QCoreApplication.translate("Errors", "The file cannot be used; nothing was changed.")
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Errors", "The file could not be read or written. Nothing was changed."
        )
    if isinstance(exc, JournalError):
        return QCoreApplication.translate("Errors", "The journal refused the change.")
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
