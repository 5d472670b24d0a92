"""Follow another programme: an organiser's file, or one of the programmes the app
ships. Check it, ask for the start date, then replace the one the journal follows.

A file that cannot be used is refused with the problem it has (field and line) and
nothing changes. Every entry stays; sessions of the same name keep their links and
sparring notes (programmes.adopt), and a backup is made first.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from journal.domain import Programme
from journal.errors import JournalError
from journal.store import Journal
from ui.dates import to_date, to_qdate
from ui.errors import describe

if TYPE_CHECKING:
    from journal.programmes import ProgrammeTemplate


class ProgrammeFileDialog(QDialog):
    """Shows what the programme holds and asks for its first day; with ``choices`` (the
    shipped programmes) the participant picks one first."""

    def __init__(
        self,
        name: str,
        modules: int,
        sessions: int,
        current: Programme | None,
        parent: QWidget | None = None,
        *,
        choices: Sequence[ProgrammeTemplate] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Change programme") if choices else self.tr("Use programme file")
        )
        self._choices = {t.id: t for t in choices}
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Programme"))
        for t in choices:
            self.choice.addItem(t.name, t.id)
        self.choice.setVisible(bool(choices))
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setEnabled(False)  # the palette's muted text
        self.description.setVisible(bool(choices))
        summary = QLabel()
        summary.setWordWrap(True)
        self._summary = summary
        self._show_summary(name, modules, sessions)
        warning = QLabel(
            self.tr(
                "It replaces “%1”. Sessions with the same title and kind keep their linked "
                "entries and their meeting notes; entries linked to other sessions keep "
                "their text but lose the link. A backup is made first."
            ).replace("%1", current.name if current else "")
            if current is not None
            else ""
        )
        warning.setWordWrap(True)
        warning.setVisible(current is not None)
        start = (current.starts_on if current else None) or date.today()
        self.starts_on = QDateEdit(to_qdate(start))
        self.starts_on.setCalendarPopup(True)
        self.starts_on.setAccessibleName(self.tr("Programme start date"))
        form = QFormLayout()
        form.addRow(self.tr("&Starts on:"), self.starts_on)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this programme"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(self.description)
        layout.addWidget(summary)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.choice.currentIndexChanged.connect(self._chosen)
        if choices:
            self._chosen()

    def _show_summary(self, name: str, modules: int, sessions: int) -> None:
        # Each count in its plural form ("1 modul", "3 moduler"): review 3.30.
        counted_modules = self.tr("%n modules", "", modules)
        counted_sessions = self.tr("%n sessions", "", sessions)
        self._summary.setText(
            self.tr("“%1”: %2, %3.")
            .replace("%1", name)
            .replace("%2", counted_modules)
            .replace("%3", counted_sessions)
        )

    def _chosen(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.description.setText(chosen.description)
            self._show_summary(chosen.name, len(chosen.modules), len(chosen.sessions))

    def chosen(self) -> ProgrammeTemplate | None:
        """The shipped programme picked (None for a file)."""
        return self._choices.get(str(self.choice.currentData()))

    def start(self) -> date:
        d = self.starts_on.date()
        return to_date(d)


def programme_from_file(parent: QWidget, journal: Journal, path: Path) -> Programme | None:
    """Make the journal follow the programme ``path`` describes, from the start date the
    participant chooses; the stored programme, or None if refused or cancelled."""
    from journal import programmes

    try:
        template = programmes.load_template(path)
    except JournalError as exc:
        _not_used(parent, str(exc))  # the validator's field and line say it all
        return None
    current = journal.programme()
    dialog = ProgrammeFileDialog(
        template.name, len(template.modules), len(template.sessions), current, parent
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        return programmes.adopt(journal, template, dialog.start())
    except JournalError as exc:
        _not_used(parent, describe(exc))
        return None


def choose_shipped_programme(parent: QWidget, journal: Journal) -> Programme | None:
    """Make the journal follow one of the programmes the app ships, from the start date
    the participant chooses (Programme → Change programme…); the stored programme, or
    None if cancelled or refused."""
    from journal import programmes

    current = journal.programme()
    shipped = [t for t in programmes.templates() if t.id != programmes.CUSTOM_ID]
    if current is not None:  # the one it follows first
        shipped.sort(key=lambda t: t.id != current.template_id)
    first = shipped[0]
    dialog = ProgrammeFileDialog(
        first.name, len(first.modules), len(first.sessions), current, parent, choices=shipped
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.chosen()
    if chosen is None:
        return None
    try:
        return programmes.adopt(journal, chosen, dialog.start())
    except JournalError as exc:
        _not_used(parent, describe(exc))
        return None


def _not_used(parent: QWidget, reason: str) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("ProgrammeFileDialog", "Programme file not used"),
        QCoreApplication.translate(
            "ProgrammeFileDialog", "This file cannot be used, and nothing has changed.\n\n%1"
        ).replace("%1", reason),
    )


def choose_programme_file(parent: QWidget, journal: Journal) -> Programme | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ProgrammeFileDialog", "Use programme file"),
        str(Path.home()),
        QCoreApplication.translate(
            "ProgrammeFileDialog", "Programme files (*.toml *.json);;All files (*)"
        ),
    )
    if not name:
        return None
    return programme_from_file(parent, journal, Path(name))
