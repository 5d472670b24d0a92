"""Two versions of the leadership theory side by side, with what changed highlighted."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QTextBrowser,
    QWidget,
)

from journal.domain import TheoryVersion
from journal.textdiff import text_changes
from ui.dates import short_day_of


def word_diff(old: str, new: str, *, deleted: str, inserted: str) -> tuple[str, str]:
    """HTML of ``old`` with deletions marked and of ``new`` with insertions marked."""
    left: list[str] = []
    right: list[str] = []
    for how, text in text_changes(old, new):
        if how == "equal":
            left.append(escape(text))
            right.append(escape(text))
        elif how == "deleted":
            left.append(
                f'<span style="background-color:{deleted}; text-decoration:line-through">'
                f"{escape(text)}</span>"
            )
        else:
            right.append(f'<span style="background-color:{inserted}">{escape(text)}</span>')
    if not left and old:  # too long to compare: the older text as it was
        left.append(escape(old))
    return _lines("".join(left)), _lines("".join(right))


def _lines(html: str) -> str:
    return html.replace("\n", "<br/>")


class TheoryCompareDialog(QDialog):
    """Pick two versions (or the current text); see them side by side."""

    def __init__(
        self,
        versions: Sequence[TheoryVersion],
        current: TheoryVersion,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare versions of your leadership theory"))
        self.resize(980, 640)
        self._choices: list[TheoryVersion] = [*versions, current]
        self.left_choice = QComboBox()
        self.right_choice = QComboBox()
        self.left_choice.setAccessibleName(self.tr("Older version"))
        self.right_choice.setAccessibleName(self.tr("Newer version"))
        for n, version in enumerate(versions, start=1):
            label = (
                self.tr("Version %1 – %2")
                .replace("%1", str(n))
                .replace("%2", short_day_of(version.created_at))
            )
            self.left_choice.addItem(label)
            self.right_choice.addItem(label)
        self.left_choice.addItem(self.tr("Current text"))
        self.right_choice.addItem(self.tr("Current text"))
        self.left_choice.setCurrentIndex(max(0, len(self._choices) - 2))
        self.right_choice.setCurrentIndex(len(self._choices) - 1)
        self.left = QTextBrowser()
        self.right = QTextBrowser()
        self.left.setAccessibleName(self.tr("Older text"))
        self.right.setAccessibleName(self.tr("Newer text"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        grid = QGridLayout(self)
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.left_choice)
        grid.addWidget(from_label, 0, 0)
        grid.addWidget(self.left_choice, 0, 1)
        to_label = QLabel(self.tr("&To:"))
        to_label.setBuddy(self.right_choice)
        grid.addWidget(to_label, 0, 2)
        grid.addWidget(self.right_choice, 0, 3)
        grid.addWidget(self.left, 1, 0, 1, 2)
        grid.addWidget(self.right, 1, 2, 1, 2)
        grid.addWidget(buttons, 2, 0, 1, 4)
        self.left_choice.currentIndexChanged.connect(self.refresh)
        self.right_choice.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def _colours(self) -> tuple[str, str]:
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        return ("#6b2a24", "#1f4d2e") if dark else ("#f6d5d1", "#cfeed8")

    def refresh(self) -> None:
        old = self._choices[self.left_choice.currentIndex()]
        new = self._choices[self.right_choice.currentIndex()]
        deleted, inserted = self._colours()
        left: list[str] = []
        right: list[str] = []
        for label, a, b in (
            (self.tr("Theory"), old.theory, new.theory),
            (self.tr("Values"), old.values, new.values),
            (self.tr("Goals"), old.goals, new.goals),
        ):
            was, now = word_diff(a, b, deleted=deleted, inserted=inserted)
            left.append(f"<h3>{escape(label)}</h3><p>{was}</p>")
            right.append(f"<h3>{escape(label)}</h3><p>{now}</p>")
        if old.change_note:
            left.insert(0, f"<p><i>{escape(old.change_note)}</i></p>")
        if new.change_note:
            right.insert(0, f"<p><i>{escape(new.change_note)}</i></p>")
        self.left.setHtml("".join(left))
        self.right.setHtml("".join(right))
