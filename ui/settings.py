"""Where the app keeps its own state: window geometry, last selection, preferences.

An INI file in the platform's config folder, or in ``$LEADERSHIP_JOURNAL_CONFIG_DIR``
(the tests give every test its own).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

ENV_CONFIG_DIR = "LEADERSHIP_JOURNAL_CONFIG_DIR"
APP_NAME = "LeadershipJournal"


def config_dir() -> Path:
    from_env = os.environ.get(ENV_CONFIG_DIR)
    if from_env:
        return Path(from_env).expanduser().absolute()
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def settings() -> QSettings:
    """The app's settings file (a new handle each time; Qt shares the data)."""
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


# Not "general/...": Qt writes that group as [%General] and reads it back as "General",
# so a language chosen in Preferences was forgotten at the next start.
LANGUAGE_KEY = "interface/language"
_OLD_LANGUAGE_KEY = "General/language"  # where earlier versions' choice ended up


def language_preference() -> str | None:
    store = settings()
    value = store.value(LANGUAGE_KEY, None)
    if value is None:
        value = store.value(_OLD_LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value else None


def set_language_preference(language: str | None) -> None:
    store = settings()
    store.setValue(LANGUAGE_KEY, language or "")
    store.remove(_OLD_LANGUAGE_KEY)
    store.sync()
