"""The mentor's comments beside the entry she made them on, each with the participant's
response, saved as it is typed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.feedback.model import CommentKind, MentorComment
from journal.store import Journal
from ui.dates import long_date, short_date

SAVE_AFTER_MS = 600  # a pause in typing, then the response is kept


def kind_name(kind: CommentKind) -> str:
    names = {
        CommentKind.NOTE: QCoreApplication.translate("MentorPanel", "Note"),
        CommentKind.FREE_TEXT: QCoreApplication.translate("MentorPanel", "Text on the page"),
        CommentKind.HIGHLIGHT: QCoreApplication.translate("MentorPanel", "Highlight"),
        CommentKind.UNDERLINE: QCoreApplication.translate("MentorPanel", "Underline"),
        CommentKind.STRIKE_OUT: QCoreApplication.translate("MentorPanel", "Strike-out"),
        CommentKind.SQUIGGLY: QCoreApplication.translate("MentorPanel", "Squiggly underline"),
        CommentKind.DRAWING: QCoreApplication.translate("MentorPanel", "Drawing on the page"),
    }
    return names[kind]


def comment_heading(comment: MentorComment, *, short: bool = False) -> str:
    """ "Maria · Sunday 1 March 2026 · page 12" (what is known of it); ``short`` writes
    the date as a list does."""
    parts = [comment.author or QCoreApplication.translate("MentorPanel", "Your mentor")]
    if comment.written_at is not None:
        day = comment.written_at.astimezone().date()
        parts.append(short_date(day) if short else long_date(day))
    if comment.page:
        parts.append(
            QCoreApplication.translate("MentorPanel", "page %1").replace("%1", str(comment.page))
        )
    return " · ".join(parts)


class CommentCard(QFrame):
    """One comment: who and when, the words it marks, what she wrote, my response."""

    def __init__(self, comment: MentorComment, depth: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comment = comment
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8 + 14 * min(depth, 3), 6, 8, 6)
        head = QLabel(comment_heading(comment))
        small = QFont(head.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        head.setFont(small)
        head.setEnabled(False)
        head.setWordWrap(True)
        head.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(head)
        if comment.quote:
            quote = QLabel(f"“{comment.quote}”")
            quote.setWordWrap(True)
            italic = QFont(quote.font())
            italic.setItalic(True)
            quote.setFont(italic)
            quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            quote.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout.addWidget(quote)
        text = QLabel(comment.text or f"[{kind_name(comment.kind)}]")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(text)
        self.text_label = text
        self.response = QPlainTextEdit()
        self.response.setPlaceholderText(self.tr("My response…"))
        self.response.setAccessibleName(self.tr("My response to this comment"))
        self.response.setTabChangesFocus(True)
        self.response.setPlainText(comment.response)
        self.response.setFixedHeight(self.response.fontMetrics().lineSpacing() * 4 + 12)
        layout.addWidget(self.response)


class MentorPanel(QWidget):
    """The comments on one entry (or on the portfolio as a whole), answered in place."""

    responded = Signal()  # a response was kept or a comment removed (counts may change)
    hidden_by_user = Signal()  # "Hide comments": the window's menu item unchecks

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.title = QLabel(self.tr("Comments from my mentor"))
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        self.cards_box = QWidget()
        self.cards = QVBoxLayout(self.cards_box)
        self.cards.setContentsMargins(0, 0, 0, 0)
        self.cards.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Cards wrap to the panel's width: nothing to scroll sideways to.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.cards_box)
        self.hide_button = QPushButton(self.tr("&Hide comments"))
        self.hide_button.clicked.connect(self._hide_asked)
        self.wanted = True  # shown when there are comments (the user may hide them)
        self._shown: list[MentorComment] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.hide_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setAccessibleName(self.tr("Comments from my mentor"))
        self._pending: dict[str, CommentCard] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.flush)
        self.setMinimumWidth(220)

    def card_list(self) -> list[CommentCard]:
        found = (self.cards.itemAt(i) for i in range(self.cards.count()))
        return [w for item in found if item and isinstance(w := item.widget(), CommentCard)]

    def show_comments(self, comments: Sequence[MentorComment]) -> None:
        """Show ``comments`` (threads in order); hidden when there are none."""
        self.flush()
        for card in self.card_list():
            self.cards.removeWidget(card)
            card.deleteLater()
        depth: dict[str, int] = {}
        for comment in comments:
            level = depth[comment.uid] = (
                depth.get(comment.reply_to, -1) + 1 if comment.reply_to else 0
            )
            card = CommentCard(comment, level, self.cards_box)
            card.response.textChanged.connect(lambda c=card: self._typed(c))
            card.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            remove = QAction(self.tr("Remove this comment…"), card)
            remove.triggered.connect(lambda _=False, c=card: self._remove(c))
            card.addAction(remove)
            self.cards.insertWidget(self.cards.count() - 1, card)
        waiting = sum(1 for c in comments if c.awaiting)
        self.title.setText(
            self.tr("Comments from my mentor (%n not answered)", "", waiting)
            if waiting
            else self.tr("Comments from my mentor")
        )
        self._shown = list(comments)
        self.setVisible(bool(comments) and self.wanted)

    def set_wanted(self, wanted: bool) -> None:
        """Show the comments beside entries (True) or keep them out of the way."""
        self.wanted = wanted
        self.setVisible(wanted and bool(self._shown))

    def _hide_asked(self) -> None:
        self.set_wanted(False)
        self.hidden_by_user.emit()

    def _remove(self, card: CommentCard) -> None:
        """Remove a comment (and the replies in its thread) for good, once confirmed."""
        thread = {card.comment.uid}
        for comment in self._shown:  # replies come after what they answer
            if comment.reply_to in thread:
                thread.add(comment.uid)
        answer = QMessageBox.question(
            self,
            self.tr("Remove comment"),
            self.tr(
                "Remove this comment from your journal? It cannot be taken back; "
                "importing the file again offers it again."
            )
            if len(thread) == 1
            else self.tr(
                "Remove this comment and the %n replies to it from your journal? It cannot "
                "be taken back; importing the file again offers them again.",
                "",
                len(thread) - 1,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.flush()
        try:
            for uid in thread:
                self.journal.delete_mentor_comment(uid)
        except JournalError as exc:
            from ui.errors import describe

            QMessageBox.warning(self, self.tr("Not removed"), describe(exc))
            return
        self.show_comments([c for c in self._shown if c.uid not in thread])
        self.responded.emit()

    def _typed(self, card: CommentCard) -> None:
        self._pending[card.comment.uid] = card
        self._timer.start()

    def flush(self) -> bool:
        """Keep every response typed since the last save; False when one could not be."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        ok = True
        for uid, card in pending.items():
            try:
                card.comment = self.journal.respond_to_comment(uid, card.response.toPlainText())
            except JournalError as exc:
                from ui.errors import describe

                ok = False
                self._pending[uid] = card  # kept for the next try: nothing typed is lost
                QMessageBox.warning(
                    self,
                    self.tr("Response not saved"),
                    describe(exc),
                )
        if pending and ok:
            self.responded.emit()
        return ok
