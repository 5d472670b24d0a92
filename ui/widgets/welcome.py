"""What the editor area shows while no entry is open: the four kinds of entry, each with
the programme's own first question and a button to start one, and where the portfolio
comes from."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal.domain import EntryKind
from ui.models.entry_list import kind_label

# The programme's question shown for each kind (the first one its editor asks).
_QUESTION_KEYS = {
    EntryKind.EXPERIENCE: "experience",
    EntryKind.ARL: "arl_action",
    EntryKind.THEORY: "theory",
    EntryKind.TRIP_NOTE: "trip_culture",
}
MAX_WIDTH = 620


class WelcomePage(QScrollArea):
    """The editor area's empty state; ``start`` carries the EntryKind to begin."""

    start = Signal(object)
    export = Signal()

    def __init__(
        self,
        prompts: Mapping[str, Sequence[str]],
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.buttons: dict[EntryKind, QPushButton] = {}
        column = QWidget()
        column.setMaximumWidth(MAX_WIDTH)
        layout = QVBoxLayout(column)
        layout.setSpacing(12)
        title = (
            self.tr("Welcome, %1").replace("%1", name)
            if name
            else self.tr("Welcome to your leadership journal")
        )
        heading = _text(title, bold=True, scale=1.5)
        layout.addWidget(heading)
        layout.addWidget(
            _text(
                self.tr(
                    "Write down what happens as you lead, look back on it, and see what you "
                    "learn. There are four kinds of entry; choose one on the left to read it "
                    "again, or start one here."
                )
            )
        )
        cards = QGridLayout()
        cards.setHorizontalSpacing(12)
        cards.setVerticalSpacing(12)
        for n, kind in enumerate(EntryKind):
            cards.addWidget(self._card(kind, prompts.get(_QUESTION_KEYS[kind], ())), n // 2, n % 2)
        layout.addLayout(cards)
        layout.addWidget(_text(self.tr("Your portfolio"), bold=True))
        layout.addWidget(
            _text(
                self.tr(
                    "At the end of the programme, or whenever you like, File → Export "
                    "portfolio (Ctrl+E) makes a PDF of the entries you choose, for your "
                    "sparring partner. Private entries stay out unless you include them."
                )
            )
        )
        export = QPushButton(self.tr("Export portfolio…"))
        export.clicked.connect(self.export)
        layout.addWidget(export, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        outer = QWidget()
        outer_layout = QVBoxLayout(outer)
        outer_layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(outer)

    def _card(self, kind: EntryKind, questions: Sequence[str]) -> QFrame:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(card)
        layout.addWidget(_text(kind_label(kind), bold=True))
        layout.addWidget(_text(self._about(kind)))
        if questions:
            asked = _text(questions[0], italic=True)
            asked.setEnabled(False)  # the palette's muted text: the programme's words
            layout.addWidget(asked)
        layout.addStretch(1)
        button = QPushButton(self._start_text(kind))
        button.clicked.connect(lambda: self.start.emit(kind))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.buttons[kind] = button
        return card

    def _about(self, kind: EntryKind) -> str:
        return {
            EntryKind.EXPERIENCE: self.tr(
                "A quick note of what happened, while you remember it. Work it up later."
            ),
            EntryKind.ARL: self.tr(
                "The initiative you took or the experiment you tried, how you see it now, "
                "and what you learned and will try next."
            ),
            EntryKind.THEORY: self.tr(
                "Your own theory of leadership, your values and goals. Keep a version each "
                "time it changes, and see how it grew."
            ),
            EntryKind.TRIP_NOTE: self.tr(
                "On a study trip: the place, photos, and what you saw of culture, context "
                "and communication."
            ),
        }[kind]

    def _start_text(self, kind: EntryKind) -> str:
        return {
            EntryKind.EXPERIENCE: self.tr("New experience"),
            EntryKind.ARL: self.tr("New A–R–L entry"),
            EntryKind.THEORY: self.tr("Open my theory"),
            EntryKind.TRIP_NOTE: self.tr("New study-trip note"),
        }[kind]


def _text(text: str, *, bold: bool = False, italic: bool = False, scale: float = 1.0) -> QLabel:
    """A wrapped plain-text label (no rich text: each of those costs a text document)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if bold or italic or scale != 1.0:
        font = QFont(label.font())
        font.setBold(bold)
        font.setItalic(italic)
        if scale != 1.0:
            font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
    return label


class LazyWelcome(QWidget):
    """The welcome page, built just after its room is first painted: a window that starts
    on the entry worked on last never pays for it, and one that starts on it paints its
    lists first (the page takes about 10 ms to build and lay out; it follows at once)."""

    start = Signal(object)
    export = Signal()

    def __init__(
        self,
        prompts: Mapping[str, Sequence[str]],
        name: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._prompts = prompts
        self._name = name
        self._page: WelcomePage | None = None
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def set_prompts(self, prompts: Mapping[str, Sequence[str]]) -> None:
        """The programme changed: its questions show from the next time on."""
        self._prompts = prompts
        if self._page is not None:
            self._page.deleteLater()
            self._page = None
            if self.isVisible():
                self.page()

    def page(self) -> WelcomePage:
        if self._page is None:
            self._page = WelcomePage(self._prompts, self._name(), self)
            self._page.start.connect(self.start)
            self._page.export.connect(self.export)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self._page)
            self._page.show()  # made after its parent was shown
        return self._page

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._page is None:
            QTimer.singleShot(0, self, self.page)
