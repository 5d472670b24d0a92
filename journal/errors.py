"""Errors the journal library raises; each carries a message fit to show a user."""

from __future__ import annotations


class JournalError(Exception):
    """Base of every error the journal library raises on purpose."""


class NotAJournalError(JournalError):
    """The file is not a Leadership Journal (not SQLite, damaged, or another app's)."""


class PassphraseRequiredError(NotAJournalError):
    """The file is encrypted (or not a journal) and no passphrase was given."""


class WrongPassphraseError(JournalError):
    """The passphrase does not open the journal."""


class JournalTooNewError(JournalError):
    """The journal was written by a newer version of the app; it is left untouched."""


class JournalDamagedError(JournalError):
    """The journal fails its integrity check."""


class JournalEmptyError(JournalDamagedError):
    """The journal file is there but holds nothing (0 bytes); it is never set up in place."""


class JournalMissingError(JournalError):
    """There is no journal where one was asked for (a command that only reads)."""


class TooLargeError(JournalError):
    """A text, a file or a programme is beyond the limits the journal keeps."""


class JournalLockedError(JournalError):
    """Another running copy of the app has this journal open."""


class JournalWriteError(JournalError):
    """A change could not be written (full disk, read-only file); nothing of it was kept."""


class JournalReadOnlyError(JournalWriteError):
    """The journal file or its folder cannot be written (or read) by this account."""


class EntryNotFoundError(JournalError):
    """No entry (or attachment, or session) with that id."""


class ImportFormatError(JournalError):
    """An interchange file is invalid; nothing was imported."""


class ExportCancelled(JournalError):
    """The participant cancelled the export; no file was written."""


class ExportFailed(JournalError):
    """The portfolio could not be written (full disk, no permission); nothing was left behind."""
