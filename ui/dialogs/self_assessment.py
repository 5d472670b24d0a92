"""Programme → Rate my competencies…: the participant rates herself in each competency
area of her programme at the start, midway and at the end, with a sentence on why. The
portfolio draws how the ratings moved (journal.portfolio.growth)."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from journal.domain import RATING_SCALE, Programme, RatingPhase, SelfRating
from journal.errors import JournalError
from journal.store import Journal
from ui.dialogs.unsaved import discard_unsaved
from ui.editors.fields import scrolling

# (rating or None, note) for each area, by phase: what the dialog shows and saves.
Values = dict[str, tuple[int | None, str]]


def phase_for(programme: Programme | None, today: date) -> RatingPhase:
    """The phase a rating made today most likely belongs to: the first third of the
    programme is its start, the last third its end."""
    if programme is None or programme.starts_on is None or programme.ends_on is None:
        return RatingPhase.START
    length = (programme.ends_on - programme.starts_on).days or 1
    part = (today - programme.starts_on).days / length
    if part < 1 / 3:
        return RatingPhase.START
    return RatingPhase.MIDWAY if part < 2 / 3 else RatingPhase.END


class SelfAssessmentDialog(QDialog):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(self.tr("Rate my competencies"))
        self.resize(720, 560)
        programme = journal.programme()
        stored = journal.self_ratings()
        self._stored = stored
        rated = [r.area for r in stored]
        listed = list(programme.competency_areas) if programme else []
        self.areas = list(dict.fromkeys(listed + [a for a in rated if a not in listed]))
        self._loaded: dict[RatingPhase, Values] = {
            phase: self._values_of(phase, stored) for phase in RatingPhase
        }
        self._values = {phase: dict(values) for phase, values in self._loaded.items()}

        intro = QLabel(
            self.tr(
                "Rate yourself in each competency area of your programme at the start, "
                "midway and at the end, with a sentence on why: 1 is where you begin, 5 a "
                "strength you build on. The portfolio shows how your ratings moved."
            )
        )
        intro.setWordWrap(True)
        self.phase = QComboBox()
        self.phase.setAccessibleName(self.tr("When in the programme"))
        for phase, name in self._phase_names().items():
            self.phase.addItem(name, phase.value)
        self._phase = phase_for(programme, date.today())
        self.phase.setCurrentIndex(self.phase.findData(self._phase.value))
        top = QFormLayout()
        top.addRow(self.tr("&When:"), self.phase)

        self.ratings: dict[str, QComboBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        self.earlier: dict[str, QLabel] = {}
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setColumnStretch(2, 1)
        for row, area in enumerate(self.areas):
            label = QLabel(area)
            label.setWordWrap(True)
            rating = QComboBox()
            rating.setAccessibleName(self.tr("Rating of “%1”").replace("%1", area))
            rating.addItem(self.tr("Not rated"), None)
            for value in RATING_SCALE:
                rating.addItem(self._scale_label(value), value)
            note = QLineEdit()
            note.setAccessibleName(self.tr("Why: “%1”").replace("%1", area))
            note.setPlaceholderText(self.tr("Why? One sentence"))
            earlier = QLabel()
            earlier.setEnabled(False)  # the palette's muted text
            label.setBuddy(rating)
            grid.addWidget(label, row * 2, 0)
            grid.addWidget(rating, row * 2, 1)
            grid.addWidget(note, row * 2, 2)
            grid.addWidget(earlier, row * 2 + 1, 1, 1, 2)
            self.ratings[area], self.notes[area], self.earlier[area] = rating, note, earlier
            rating.currentIndexChanged.connect(self._keep)
            note.textEdited.connect(self._keep)
        grid.setRowStretch(len(self.areas) * 2, 1)
        self.empty = QLabel(
            self.tr(
                "Your programme has no competency areas yet. Add them in Programme → "
                "Programme and sessions…, on the tab Modules and areas."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.areas)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(scrolling(grid_widget), 1)
        layout.addWidget(self.buttons)
        self.phase.currentIndexChanged.connect(self._phase_changed)
        self._show(self._phase)

    def _phase_names(self) -> dict[RatingPhase, str]:
        return {
            RatingPhase.START: self.tr("At the start"),
            RatingPhase.MIDWAY: self.tr("Midway"),
            RatingPhase.END: self.tr("At the end"),
        }

    def _scale_label(self, value: int) -> str:
        if value == RATING_SCALE[0]:
            return self.tr("1 – where I begin")
        if value == RATING_SCALE[-1]:
            return self.tr("5 – a strength I build on")
        return str(value)

    def _values_of(self, phase: RatingPhase, stored: list[SelfRating]) -> Values:
        values: Values = {area: (None, "") for area in self.areas}
        for r in stored:
            if r.phase == phase:
                values[r.area] = (r.rating, r.note)
        return values

    # -- showing and keeping one phase ------------------------------------------------
    def _show(self, phase: RatingPhase) -> None:
        names = self._phase_names()
        for area in self.areas:
            value, note = self._values[phase][area]
            combo = self.ratings[area]
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
            self.notes[area].setText(note)
            before = [
                f"{names[p]}: {self._values[p][area][0]}"
                for p in RatingPhase
                if p != phase and self._values[p][area][0] is not None
            ]
            self.earlier[area].setText(" · ".join(before))
            self.earlier[area].setVisible(bool(before))

    def _keep(self) -> None:
        for area in self.areas:
            value = self.ratings[area].currentData()
            self._values[self._phase][area] = (
                value if isinstance(value, int) else None,
                self.notes[area].text(),
            )

    def _phase_changed(self, _index: int) -> None:
        self._keep()
        self._phase = RatingPhase(str(self.phase.currentData()))
        self._show(self._phase)

    def changed(self) -> list[RatingPhase]:
        self._keep()
        return [p for p in RatingPhase if self._values[p] != self._loaded[p]]

    def ratings_of(self, phase: RatingPhase) -> list[SelfRating]:
        """What is to be kept for ``phase``: a note without a rating is kept only once
        she gives a rating (the dialog asks for one)."""
        kept_dates = {(r.area, r.phase): r for r in self._stored}
        out = []
        for area in self.areas:
            value, note = self._values[phase][area]
            if value is None:
                continue
            rating = SelfRating(area=area, phase=phase, rating=value, note=note.strip())
            before = kept_dates.get((area, phase))
            if before is not None and (before.rating, before.note) == (value, note.strip()):
                rating = dataclasses.replace(rating, rated_on=before.rated_on)
            out.append(rating)
        return out

    def _unrated_notes(self) -> list[str]:
        return [
            area
            for phase in RatingPhase
            for area in self.areas
            if self._values[phase][area][0] is None and self._values[phase][area][1].strip()
        ]

    def accept(self) -> None:
        """Save every phase that changed; on a failure the dialog stays open with every
        rating and sentence in it."""
        changed = self.changed()
        missing = self._unrated_notes()
        if missing:
            QMessageBox.information(
                self,
                self.tr("A rating is missing"),
                self.tr("Give “%1” a rating to keep its sentence.").replace("%1", missing[0]),
            )
            return
        try:
            for phase in changed:
                self.journal.set_self_ratings(phase, self.ratings_of(phase))
        except JournalError as exc:
            from ui.errors import describe

            QMessageBox.warning(self, self.tr("Not saved"), describe(exc))
            return
        super().accept()

    def reject(self) -> None:
        """Cancel: what was chosen is only dropped once she says so."""
        if self.changed() and not discard_unsaved(
            self, self.tr("Discard changes?"), self.tr("Your ratings are not saved.")
        ):
            return
        super().reject()
