"""Where the app keeps its own state: window geometry, last selection, preferences.

An INI file in the platform's config folder, or in ``$LEADERSHIP_JOURNAL_CONFIG_DIR``
(the tests give every test its own).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from journal.paths import ENV_CONFIG_DIR as ENV_CONFIG_DIR
from journal.paths import config_dir as config_dir


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
