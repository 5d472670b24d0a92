"""Where the journal lives: ``--data-dir``, then the environment, then the platform default."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "LeadershipJournal"
ENV_DATA_DIR = "LEADERSHIP_JOURNAL_DATA_DIR"
ENV_CONFIG_DIR = "LEADERSHIP_JOURNAL_CONFIG_DIR"
JOURNAL_FILE_NAME = "journal.sqlite3"
BACKUP_DIR_NAME = "backups"
REMEMBERED_FILE_NAME = "journal-folder.txt"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The folder that holds the journal file and its backups: ``explicit``, then the
    environment, then the folder the app was last started on (remember), then the
    platform's default."""
    # Absolute, because SQLite is given file: URIs, which cannot be relative.
    if explicit:
        return Path(explicit).expanduser().absolute()
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser().absolute()
    remembered = remembered_dir()
    if remembered is not None and journal_file(remembered).exists():
        return remembered
    return default_dir()


def default_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The folder of the app's own settings (``$LEADERSHIP_JOURNAL_CONFIG_DIR`` in tests)."""
    from_env = os.environ.get(ENV_CONFIG_DIR)
    if from_env:
        return Path(from_env).expanduser().absolute()
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def remembered_dir() -> Path | None:
    """The journal folder the app was last started on, if it is not the default one."""
    try:
        text = (config_dir() / REMEMBERED_FILE_NAME).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    folder = Path(text) if text else None
    return folder if folder is not None and folder.is_absolute() else None


def remember(folder: Path) -> None:
    """Open ``folder`` from now on when the app starts without one (a shortcut, the start
    menu). Best effort: a settings folder that cannot be written changes nothing else."""
    target = config_dir() / REMEMBERED_FILE_NAME
    try:
        if folder.absolute() == default_dir():
            target.unlink(missing_ok=True)
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(target.name + ".new")
        temporary.write_text(str(folder.absolute()) + "\n", encoding="utf-8")
        os.replace(temporary, target)
    except OSError:
        pass


def journal_file(directory: Path) -> Path:
    return directory / JOURNAL_FILE_NAME


def backup_dir(directory: Path) -> Path:
    return directory / BACKUP_DIR_NAME


LOCK_FILE_NAME = "journal.lock"
LOG_FILE_NAME = "leadership-journal.log"


def owned_files(directory: Path) -> list[Path]:
    """The folder and the files of the journal in it that only their owner may read."""
    journal = journal_file(directory)
    return [
        directory,
        journal,
        journal.with_name(journal.name + "-wal"),
        journal.with_name(journal.name + "-shm"),
        directory / LOCK_FILE_NAME,
        directory / LOG_FILE_NAME,
        backup_dir(directory),
    ]


def log_file(directory: Path) -> Path:
    return directory / LOG_FILE_NAME


def refuse_journal_path(directory: Path, target: str | os.PathLike[str]) -> None:
    """Raise JournalError when writing ``target`` would overwrite the journal in
    ``directory``, its log or lock files, or anything in its backups, or when
    ``target`` is a folder."""
    from journal.errors import JournalError

    out = Path(target).expanduser().absolute()
    if out.is_dir():
        raise JournalError(f"{out} is a folder; give the name of a file to write.")
    resolved = out.resolve()
    home = directory.resolve()
    journal = journal_file(home)
    protected = {
        journal,
        journal.with_name(journal.name + "-wal"),
        journal.with_name(journal.name + "-shm"),
        journal.with_name(journal.name + "-journal"),
        home / LOCK_FILE_NAME,
        home / LOG_FILE_NAME,
    }
    if resolved in protected or resolved.is_relative_to(backup_dir(home)):
        raise JournalError(
            f"{out} is part of the journal itself (or of its backups); it was not "
            "overwritten. Choose another file."
        )
