"""Swedish and Danish: complete catalogues, in step with the code, and used by the UI."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication

from journal.store import Journal
from tests.ui.conftest import WindowFactory, in_language
from ui.i18n import TRANSLATIONS, install_translators, resolve_language

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("sv", "da")


def _tool(name: str) -> str:
    import PySide6

    binary = Path(PySide6.__file__).parent / name
    return str(binary) if binary.exists() else f"pyside6-{name}"


def _catalogue(language: str) -> Path:
    return TRANSLATIONS / f"leadership_journal_{language}.ts"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_none_is_obsolete(language: str) -> None:
    messages = _messages(_catalogue(language))
    assert len(messages) > 250
    for (context, source), message in messages.items():
        translation = message.find("translation")
        assert translation is not None
        state = translation.get("type")
        assert state not in ("unfinished", "obsolete", "vanished"), (context, source)
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            assert forms and all(f.strip() for f in forms), (context, source)
        else:
            assert (translation.text or "").strip(), (context, source)
            for marker in ("%1", "%2", "%3"):
                assert (marker in source) == (marker in (translation.text or "")), (
                    context,
                    source,
                )


def test_the_catalogues_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """lupdate run over ui/ now finds exactly the messages the catalogues hold."""
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    for language in LANGUAGES:
        fresh = tmp_path / f"fresh_{language}.ts"
        shutil.copy(_catalogue(language), fresh)
        subprocess.run(
            [_tool("lupdate"), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
            check=True,
        )
        committed = _messages(_catalogue(language))
        updated = _messages(fresh)
        new = sorted(k for k, m in updated.items() if _state(m) == "unfinished")
        gone = sorted(k for k, m in updated.items() if _state(m) in ("obsolete", "vanished"))
        assert not new, f"not in the {language} catalogue: {new}"
        assert not gone, f"no longer in the code: {gone}"
        assert set(updated) == set(committed)


def _state(message: ET.Element) -> str | None:
    translation = message.find("translation")
    return None if translation is None else translation.get("type")


@pytest.fixture
def compiled() -> None:
    """The .qm files, as the install step makes them."""
    for language in LANGUAGES:
        ts = _catalogue(language)
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


@pytest.fixture
def language_reset() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


EXPECTED_MENUS = {
    "sv": ["&Arkiv", "&Redigera", "&Program", "&Hjälp"],
    "da": ["&Filer", "R&ediger", "F&orløb", "&Hjælp"],
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.usefixtures("compiled", "language_reset")
def test_the_window_speaks_the_system_language(
    language: str, journal: Journal, make_window: WindowFactory
) -> None:
    system = QLocale(language)
    chosen = resolve_language(None, system)
    assert chosen == language
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, chosen)
    try:
        assert len(translators) == 2  # ours and Qt's own, for the standard dialogs
        window = make_window(journal)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == EXPECTED_MENUS[language]
        root = window.navigation.index(0, 0)
        assert root.data() == {"sv": "Alla anteckningar", "da": "Alle notater"}[language]
        qt_button = QCoreApplication.translate("QPlatformTheme", "Cancel")
        assert qt_button == {"sv": "Avbryt", "da": "Annuller"}[language]
        # dates and the week follow the language
        locale = QLocale()
        assert locale.firstDayOfWeek() == Qt.DayOfWeek.Monday
        month = locale.toString(QDate(2026, 11, 24), "MMMM")
        assert month == "november"
        assert (
            locale.toString(QDate(2026, 11, 24), QLocale.FormatType.ShortFormat)
            == {
                "sv": "2026-11-24",
                "da": "24.11.2026",
            }[language]
        )
        window.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_a_preference_wins_over_the_system() -> None:
    assert resolve_language("da", QLocale("sv_SE")) == "da"
    assert resolve_language(None, QLocale("nb_NO")) == "da"
    assert resolve_language(None, QLocale("fi_FI")) == "en"


def test_a_bare_c_locale_still_writes_readable_dates(qapp: QApplication) -> None:
    if QLocale.system().language() != QLocale.Language.C:
        pytest.skip("the machine has a real locale")
    before = QLocale()
    try:
        install_translators(qapp, "en")
        shown = QLocale().toString(QDate(2026, 8, 8), QLocale.FormatType.ShortFormat)
        assert QLocale().language() == QLocale.Language.English
        assert shown == "08/08/2026"
    finally:
        QLocale.setDefault(before)


# The programmes-and-language review's wording findings (3.12-3.28): what each message
# says now, by language, context and English source.
WORDING = [
    ("da", "Errors", "The journal refused the change.", "Dagbogen afviste ændringen."),
    ("da", "NavigationModel", "Entry kinds", "Notattyper"),
    ("da", "ProgrammeDialog", "Kind of session", "Type af samling"),
    ("da", "ProgrammeDialog", "&Kind:", "T&ype:"),
    ("da", "BackupsDialog", "before a passphrase change", "før ændring af adgangssætningen"),
    ("da", "SearchPanel", "Nothing found for “%1”", "Ingen resultater for »%1«"),
    (
        "da",
        "Errors",
        "The journal is open in another window of Leadership Journal.",
        "Dagbogen er åben i et andet Leadership Journal-vindue.",
    ),
    (
        "da",
        "ExperienceEditor",
        "Start an Action – Reflection – Learning entry from this experience",
        "Opret et A–R–L-notat ud fra denne erfaring",
    ),
    ("sv", "NavigationModel", "Entry kinds", "Anteckningstyper"),
    ("sv", "ProgrammeDialog", "Kind of session", "Typ av tillfälle"),
    ("sv", "ProgrammeDialog", "&Kind:", "T&yp:"),
    ("sv", "ProgrammeDialog", "Discard changes", "Förkasta ändringar"),
    ("sv", "SaveIndicator", "Save status", "Status för sparande"),
    (
        "sv",
        "Errors",
        "The journal is open in another window of Leadership Journal.",
        "Dagboken är öppen i ett annat Leadership Journal-fönster.",
    ),
    (
        "sv",
        "ExperienceEditor",
        "Start an Action – Reflection – Learning entry from this experience",
        "Skapa en A–R–L-anteckning utifrån den här erfarenheten",
    ),
]


@pytest.mark.parametrize(("language", "context", "source", "expected"), WORDING)
def test_the_reviewed_wording(
    qapp: QApplication, language: str, context: str, source: str, expected: str
) -> None:
    with in_language(qapp, language):
        assert QCoreApplication.translate(context, source) == expected


def test_the_cover_counts_a_r_l_entries_in_plain_words() -> None:
    """Review 3.14/3.22: "12 A–R–L-notater", not "12 notater i handling – refleksion –
    læring"; 3.19: the Danish chart says "tidligere"/"senere", not a bare "før"."""
    from journal.portfolio.labels import labels_for

    assert labels_for("sv").counted["arl"] == ("A–R–L-anteckning", "A–R–L-anteckningar")
    assert labels_for("da").counted["arl"] == ("A–R–L-notat", "A–R–L-notater")
    assert (labels_for("da").earlier, labels_for("da").later) == ("tidligere", "senere")


# Review 3.30-3.33: counts in their plural forms, one and more, in each language.
PLURALS = [
    ("sv", "ProgrammeFileDialog", "%n modules", 1, "1 modul"),
    ("sv", "ProgrammeFileDialog", "%n modules", 3, "3 moduler"),
    ("da", "ProgrammeFileDialog", "%n sessions", 1, "1 samling"),
    ("sv", "ExportRun", "%n entries", 1, "1 anteckning"),
    ("sv", "ExportRun", "%n pages", 1, "1 sida"),
    ("da", "ExportRun", "%n pages", 2, "2 sider"),
    ("sv", "SearchPanel", "%n results, best first", 1, "1 resultat, bästa först"),
    ("da", "SearchPanel", "%n results, best first", 4, "4 resultater, bedste først"),
    ("sv", "ExportDialog", "%n left out", 1, "1 utelämnad"),
]


@pytest.mark.parametrize(("language", "context", "source", "n", "expected"), PLURALS)
def test_counts_take_their_plural_forms(
    qapp: QApplication, language: str, context: str, source: str, n: int, expected: str
) -> None:
    with in_language(qapp, language):
        assert QCoreApplication.translate(context, source, "", n) == expected


@pytest.mark.parametrize(("language", "separator"), [("sv", ":"), ("da", "."), ("en", ":")])
def test_the_save_time_is_written_as_the_locale_writes_it(
    qapp: QApplication, language: str, separator: str
) -> None:
    """Review 3.34: "Gemt 14.05" in Danish, not "14:05"."""
    import re

    from ui.widgets.save_indicator import SaveIndicator

    with in_language(qapp, language):
        indicator = SaveIndicator()
        indicator.saved()
        time = re.search(r"\d{1,2}\D\d{2}", indicator.text())
        assert time is not None, indicator.text()
        assert time.group(0)[-3] == separator, indicator.text()
