"""File → Foreword and closing summary…: what the participant writes for the portfolio
itself, in her own words (the PDF's first and last parts)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from journal.domain import PortfolioTexts
from journal.errors import JournalError
from journal.store import Journal
from ui.dialogs.unsaved import discard_unsaved
from ui.editors.fields import PromptedField, scrolling


class PortfolioTextsDialog(QDialog):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(self.tr("Foreword and closing summary"))
        self.resize(640, 680)
        self._loaded = journal.portfolio_texts()
        intro = QLabel(
            self.tr(
                "These texts open and close your portfolio, in your own words. The foreword "
                "comes after the contents; what you present at the programme's closing event "
                "and the closing summary come at the end. A part you leave empty is left out."
            )
        )
        intro.setWordWrap(True)
        self.foreword = PromptedField(
            self.tr("Foreword"),
            [self.tr("What should your mentor know before reading? What was this year for you?")],
        )
        self.learned = PromptedField(
            self.tr("What I have learned"),
            [
                self.tr(
                    "Looking back over your entries: what have you learned about yourself "
                    "and your leadership?"
                )
            ],
        )
        self.next_steps = PromptedField(
            self.tr("Where I go next"),
            [self.tr("What will you keep doing, try next, or ask others for?")],
        )
        # The programme's closing event, by its own name where the programme has one.
        programme = journal.programme()
        event = programme.closing_event() if programme is not None else None
        if event is not None:
            question = self.tr(
                "What will you present at “%1”: your results, what they gained, how they "
                "can be scaled and carried over to others?"
            ).replace("%1", event.title)
        else:
            question = self.tr(
                "What will you present at the programme's closing event: your results, what "
                "they gained, how they can be scaled and carried over to others?"
            )
        self.showcase = PromptedField(self.tr("What I present at the close"), [question])
        self.foreword.edit.set_text(self._loaded.foreword)
        self.learned.edit.set_text(self._loaded.learned)
        self.next_steps.edit.set_text(self._loaded.next_steps)
        self.showcase.edit.set_text(self._loaded.showcase)
        content = QWidget()
        fields = QVBoxLayout(content)
        fields.setContentsMargins(0, 0, 0, 0)
        for field in (self.foreword, self.showcase, self.learned, self.next_steps):
            fields.addWidget(field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scrolling(content), 1)
        layout.addWidget(self.buttons)
        self.foreword.edit.setFocus()

    def texts(self) -> PortfolioTexts:
        return PortfolioTexts(
            foreword=self.foreword.edit.text(),
            learned=self.learned.edit.text(),
            next_steps=self.next_steps.edit.text(),
            showcase=self.showcase.edit.text(),
        )

    def accept(self) -> None:
        """Save; on a failure the dialog stays open with every word in it."""
        try:
            self._loaded = self.journal.set_portfolio_texts(self.texts())
        except JournalError as exc:
            from ui.errors import describe

            QMessageBox.warning(self, self.tr("Not saved"), describe(exc))
            return
        super().accept()

    def reject(self) -> None:
        """Cancel: what was typed is only dropped once she says so."""
        if self.texts() != self._loaded and not discard_unsaved(
            self,
            self.tr("Discard changes?"),
            self.tr("Your changes to the foreword and closing summary are not saved."),
        ):
            return
        super().reject()
