"""What every entry has above its text: title, date, session, tags, competency areas, private."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
)

from journal.domain import Entry, HeaderFields, Programme
from ui.dates import to_date, to_qdate


def split_tags(text: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for part in text.split(","):
        tag = " ".join(part.split())
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


class EntryHeader(QWidget):
    changed = Signal()

    def __init__(self, programme: Programme | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Title"))
        self.title.setAccessibleName(self.tr("Title"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setFrame(False)

        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(self.tr("Date"))

        self.session = QComboBox()
        self.session.setAccessibleName(self.tr("Programme session"))
        # A long session name is elided here (the list shows it whole): it never widens
        # the editor and so the window's panes.
        self.session.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.session.setMinimumContentsLength(16)
        self.session.addItem(self.tr("No session"), None)
        if programme is not None:
            for s in sorted(programme.sessions, key=lambda s: s.starts_on):
                day = self.locale().toString(
                    to_qdate(s.starts_on), self.locale().FormatType.ShortFormat
                )
                self.session.addItem(f"{s.title} ({day})", s.uid)

        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self._tag_names = QStringListModel(self)
        completer = QCompleter(self._tag_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)

        self.competencies = QToolButton()
        self.competencies.setAccessibleName(self.tr("Competency areas"))
        self.competencies.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._competency_menu = QMenu(self.competencies)
        self.competencies.setMenu(self._competency_menu)
        self._areas: list[QAction] = []
        for area in programme.competency_areas if programme else ():
            action = self._competency_menu.addAction(area)
            action.setCheckable(True)
            action.toggled.connect(self._competencies_toggled)
            self._areas.append(action)
        self._extra_areas: tuple[str, ...] = ()
        self.competencies.setVisible(bool(self._areas))

        self.private = QCheckBox(self.tr("Pr&ivate"))
        self.private.setAccessibleName(self.tr("Private entry"))
        self.private.setToolTip(
            self.tr("Private entries are left out of the portfolio unless you include them.")
        )
        self.badge = QLabel(self.tr("PRIVATE"))
        self.badge.setAccessibleName(self.tr("This entry is private"))
        self.badge.setStyleSheet(
            "QLabel { border: 1px solid palette(highlight); border-radius: 3px;"
            " padding: 1px 6px; font-weight: bold; color: palette(highlight); }"
        )
        self.badge.setVisible(False)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.title, 0, 0, 1, 4)
        grid.addWidget(self.badge, 0, 4)
        grid.addWidget(self.day, 1, 0)
        grid.addWidget(self.session, 1, 1)
        view = self.session.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 24)
        grid.addWidget(self.competencies, 1, 2)
        grid.addWidget(self.private, 1, 3, 1, 2)
        grid.addWidget(self.tags, 2, 0, 1, 5)
        grid.setColumnStretch(1, 1)

        self.title.textEdited.connect(self.changed)
        self.day.dateChanged.connect(self._edited)
        self.session.currentIndexChanged.connect(self._edited)
        self.tags.textEdited.connect(self.changed)
        self.private.toggled.connect(self._private_toggled)
        self._loading = False

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _private_toggled(self, on: bool) -> None:
        self.badge.setVisible(on)
        self._edited()

    def _competencies_toggled(self) -> None:
        self._label_competencies()
        self._edited()

    def _label_competencies(self) -> None:
        # A count, never the names: ticking areas must not widen the editor (and move the
        # panes); the names are in the tooltip and the menu.
        chosen = [a.text() for a in self._areas if a.isChecked()]
        if not chosen:
            self.competencies.setText(self.tr("Competency areas"))
            self.competencies.setToolTip("")
        else:
            self.competencies.setText(self.tr("Areas (%n)", "", len(chosen)))
            self.competencies.setToolTip("\n".join(chosen))

    def set_tag_names(self, names: list[str]) -> None:
        self._tag_names.setStringList(names)

    def show_entry(self, entry: Entry, tag_names: list[str]) -> None:
        self.set_tag_names(tag_names)
        self.load(
            title=entry.title,
            day=entry.occurred_on,
            session_uid=entry.session_uid,
            tags=entry.tags,
            competencies=entry.competencies,
            private=entry.private,
        )

    def load(
        self,
        *,
        title: str,
        day: date,
        session_uid: str | None,
        tags: tuple[str, ...],
        competencies: tuple[str, ...],
        private: bool,
    ) -> None:
        self._loading = True
        try:
            self.title.setText(title)
            self.title.setCursorPosition(0)
            self.day.setDate(to_qdate(day))
            index = self.session.findData(session_uid) if session_uid else 0
            self.session.setCurrentIndex(max(0, index))
            self.tags.setText(", ".join(tags))
            known = {a.text() for a in self._areas}
            for action in self._areas:
                action.setChecked(action.text() in competencies)
            self._extra_areas = tuple(c for c in competencies if c not in known)
            self._label_competencies()
            self.private.setChecked(private)
            self.badge.setVisible(private)
        finally:
            self._loading = False

    def values(self) -> HeaderFields:
        session = self.session.currentData()
        return {
            "title": self.title.text(),
            "occurred_on": to_date(self.day.date()),
            "session_uid": session if isinstance(session, str) else None,
            "tags": split_tags(self.tags.text()),
            "competencies": tuple(a.text() for a in self._areas if a.isChecked())
            + self._extra_areas,
            "private": self.private.isChecked(),
        }
