"""Where the journal lives: ``--data-dir``, then the environment, then the platform default."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "LeadershipJournal"
ENV_DATA_DIR = "LEADERSHIP_JOURNAL_DATA_DIR"
JOURNAL_FILE_NAME = "journal.sqlite3"
BACKUP_DIR_NAME = "backups"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The folder that holds the journal file and its backups."""
    # Absolute, because SQLite is given file: URIs, which cannot be relative.
    if explicit:
        return Path(explicit).expanduser().absolute()
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser().absolute()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def journal_file(directory: Path) -> Path:
    return directory / JOURNAL_FILE_NAME


def backup_dir(directory: Path) -> Path:
    return directory / BACKUP_DIR_NAME
