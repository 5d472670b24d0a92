"""The app's language: our own translations and Qt's, chosen from the locale or a preference."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources
from journal.vocabulary import LANGUAGES  # anything else falls back to English

TRANSLATIONS = Path(resources.__file__).parent / "translations"
CATALOGUE = "leadership_journal"
_current = "en"


def current_language() -> str:
    """The interface language installed last (install_translators)."""
    return _current


def resolve_language(preference: str | None, system: QLocale | None = None) -> str:
    """The interface language: the preference if it is one we have, else the system's."""
    if preference in LANGUAGES:
        return preference
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
        if code in ("nb", "nn", "no"):  # Norwegians read Danish far more easily than English
            return "da"
    return "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our catalogue and Qt's base one for ``language`` into ``app``.

    Also makes the language's locale the default one, so dates and numbers follow it.
    Returns the translators; keep them alive as long as the application runs.
    """
    global _current
    _current = language
    installed: list[QTranslator] = []
    if language == "en" and QLocale.system().language() == QLocale.Language.C:
        # A bare "C" locale (a minimal Linux set-up) writes dates as "8 08 2026".
        QLocale.setDefault(QLocale("en_GB"))
    if language != "en":
        locale = QLocale(language)
        QLocale.setDefault(_with_system_territory(locale))
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((CATALOGUE, str(TRANSLATIONS)), ("qtbase", qt_folder)):
            translator = QTranslator(app)
            if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
                installed.append(translator)
    return installed


def _with_system_territory(locale: QLocale) -> QLocale:
    """Keep the system's formats when it already speaks this language (sv_FI stays sv_FI)."""
    system = QLocale.system()
    return system if system.language() == locale.language() else locale
