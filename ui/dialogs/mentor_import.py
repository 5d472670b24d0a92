"""File → Import mentor's comments…: read a returned portfolio off the UI thread, ask for
its password if it has one, show what came back for review, then keep it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.feedback.importer import ImportPreview, preview
from journal.feedback.model import MentorComment, PlaceKind
from journal.feedback.reader import FeedbackError, PasswordNeeded, Refusal
from journal.store import Journal
from ui import settings
from ui.dates import short_date
from ui.widgets.mentor_panel import comment_heading, kind_name
from ui.workers import ProgressRun

UidRole = Qt.ItemDataRole.UserRole + 1
WHOLE = ""  # the combo's value for "the portfolio as a whole"


def refusal_text(error: FeedbackError) -> str:
    """Why a returned file was not read, in the participant's language."""
    texts = {
        Refusal.UNREADABLE: QCoreApplication.translate(
            "MentorImport", "The file could not be read."
        ),
        Refusal.TOO_LARGE: QCoreApplication.translate(
            "MentorImport", "The file is far larger than a portfolio; it was not read."
        ),
        Refusal.NOT_A_PDF: QCoreApplication.translate(
            "MentorImport", "This is not a PDF file, or it is damaged."
        ),
        Refusal.DAMAGED: QCoreApplication.translate(
            "MentorImport", "The file is damaged: its comments cannot be read."
        ),
        Refusal.PASSWORD: QCoreApplication.translate(
            "MentorImport", "The file is protected by a password."
        ),
        Refusal.FOREIGN: QCoreApplication.translate(
            "MentorImport",
            "The file has comments, but it is not a portfolio exported from this journal "
            "(or a program removed the mark that says which one), so they cannot be placed "
            "on your entries.",
        ),
        Refusal.PRINTED: QCoreApplication.translate(
            "MentorImport",
            "The file has no comments and is not a portfolio exported from Leadership "
            "Journal. A portfolio that was printed to PDF (“Print”, or “Save as PDF” in a "
            "print dialog) loses its comments: ask your mentor for the file saved with "
            "File → Save in the PDF reader.",
        ),
        Refusal.OTHER_JOURNAL: QCoreApplication.translate(
            "MentorImport",
            "This portfolio was exported from another journal (or from this one before it "
            "was restored from an older copy): its comments cannot be placed on your entries.",
        ),
        Refusal.NO_COMMENTS: QCoreApplication.translate(
            "MentorImport",
            "The file has no comments. If your mentor commented it, you may have a copy that "
            "was printed to PDF, which drops comments: ask for the file saved with File → "
            "Save in the PDF reader.",
        ),
        Refusal.CANCELLED: QCoreApplication.translate("MentorImport", "The import was cancelled."),
    }
    return texts[error.reason]


def import_mentor_comments(parent: QWidget, journal: Journal) -> MentorImport | None:
    """Ask for the returned file and start reading it; None when nothing was chosen."""
    start = str(settings.settings().value("feedback/folder", "") or Path.home())
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("MentorImport", "Import mentor's comments"),
        start,
        QCoreApplication.translate("MentorImport", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    settings.settings().setValue("feedback/folder", str(Path(chosen).parent))
    run = MentorImport(parent, journal, Path(chosen))
    run.start()
    return run


class _NotCancellable(Exception):
    """Reading a returned file stops at no checkpoint: Cancel closes the progress and
    the outcome is dropped (the worker reports it as cancelled)."""


class MentorImport(ProgressRun):
    """Reading one returned file on the thread pool; then its review, or why not."""

    imported = Signal(int)  # how many comments were kept

    def __init__(
        self, parent: QWidget, journal: Journal, path: Path, password: str | None = None
    ) -> None:
        def work(progress: object, cancelled: object) -> ImportPreview | FeedbackError:
            try:
                return preview(journal, path, password)
            except FeedbackError as exc:  # told as a result: the review says why, translated
                return exc

        super().__init__(
            parent,
            work,
            title=QCoreApplication.translate("MentorImport", "Import mentor's comments"),
            label=QCoreApplication.translate("MentorImport", "Reading the comments…"),
            cancel=QCoreApplication.translate("MentorImport", "Cancel"),
            cancelled_error=_NotCancellable,
        )
        self.journal = journal
        self.path = path
        self.password = password
        self.next_run: MentorImport | None = None  # the run after a password was asked
        self.review: ReviewDialog | None = None
        self.error: str | None = None

    def succeeded(self, result: object) -> None:
        if isinstance(result, PasswordNeeded):
            self._ask_password(wrong=result.wrong)
            return
        if isinstance(result, FeedbackError):
            self.failed(refusal_text(result) + self._detail(result))
            return
        assert isinstance(result, ImportPreview)
        self.review = ReviewDialog(result, self.journal, self.parent_widget)
        if self.review.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            kept = self.journal.add_mentor_comments(self.review.chosen())
        except JournalError as exc:
            from ui.errors import describe

            self.failed(describe(exc))
            return
        message = (
            self.tr("%n comments from your mentor were added.", "", kept)
            if kept
            else self.tr("No comments were added.")
        )
        general = sum(c.entry_uid is None for c in self.review.chosen())
        if kept and general:
            message += " " + self.tr(
                "%n are on the portfolio as a whole: File → Comments on the whole portfolio…",
                "",
                general,
            )
        self.show_status(message, 15000)
        self.imported.emit(kept)

    @staticmethod
    def _detail(error: FeedbackError) -> str:
        detail = QCoreApplication.translate("Errors", "Details: %1").replace("%1", str(error))
        return f"\n\n{detail}"

    def _ask_password(self, *, wrong: bool) -> None:
        prompt = (
            self.tr("That password does not open %1. Try again:")
            if wrong
            else self.tr("%1 is protected by a password. Type it to read the comments:")
        ).replace("%1", self.path.name)
        password, ok = QInputDialog.getText(
            self.parent_widget,
            self.tr("Password"),
            prompt,
            QLineEdit.EchoMode.Password,
        )
        if not ok or not password:
            return
        self.next_run = MentorImport(self.parent_widget, self.journal, self.path, password)
        self.next_run.imported.connect(self.imported)
        self.next_run.start()

    def failed(self, message: str) -> None:
        self.error = message
        QMessageBox.warning(
            self.parent_widget,
            self.tr("The comments could not be imported"),
            message,
        )

    def cancelled(self) -> None:
        self.show_status(self.tr("Import cancelled; nothing was added."), 5000)


class ReviewDialog(QDialog):
    """What came back, before anything is kept: tick off what to keep, and put a comment
    on another entry (or on the portfolio as a whole) where it landed wrong."""

    def __init__(self, found: ImportPreview, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Comments from your mentor"))
        self.resize(820, 520)
        self.found = found
        self._comments = {c.uid: c for c in found.comments}
        places = [p for p in found.export.places if p.kind == PlaceKind.ENTRY]
        titles = journal.titles(p.ident for p in places)
        self._targets: list[tuple[str, str]] = [(WHOLE, self.tr("The portfolio as a whole"))]
        for place in places:
            if place.ident in titles:
                name = titles[place.ident] or self.tr("(untitled)")
                label = self.tr("%1 (page %2)").replace("%1", name).replace("%2", str(place.page))
                self._targets.append((place.ident, label))
        self._names = dict(self._targets)

        summary = self.tr("%n new comments in %1, from the portfolio exported on %2.", "",
                          len(found.comments))  # fmt: skip
        summary = summary.replace("%1", found.path.name).replace(
            "%2", short_date(found.export.exported_at.astimezone().date())
        )
        if found.already:
            summary += " " + self.tr("%n were imported before and are left out.", "", found.already)
        intro = QLabel(summary)
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Comment"), self.tr("By"), self.tr("On")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Comments to import"))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 240)
        header.setStretchLastSection(False)
        items: dict[str, QTreeWidgetItem] = {}
        for comment in found.comments:
            parent_item = items.get(comment.reply_to or "")
            item = QTreeWidgetItem(parent_item) if parent_item else QTreeWidgetItem(self.tree)
            words = " ".join(comment.text.split()) or f"[{kind_name(comment.kind)}]"
            if comment.quote:
                words = f"“{' '.join(comment.quote.split())}”: {words}"
            item.setText(0, words[:300])
            item.setToolTip(0, comment.text or comment.quote)
            item.setText(1, comment_heading(comment, short=True))
            item.setText(2, self._target_name(comment))
            item.setData(0, UidRole, comment.uid)
            item.setCheckState(0, Qt.CheckState.Checked)
            items[comment.uid] = item
        self.tree.expandAll()
        self.target = QComboBox()
        for key, label in self._targets:
            self.target.addItem(label, key)
        self.target.setAccessibleName(self.tr("Put the selected comment on"))
        self.target.activated.connect(self._move_current)
        self.tree.currentItemChanged.connect(self._show_target)
        # The whole of the selected comment: the list shows its first words.
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        self.reading.setTextFormat(Qt.TextFormat.PlainText)
        self.reading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reading.setFrameShape(QFrame.Shape.StyledPanel)
        self.reading.setMinimumHeight(self.reading.fontMetrics().lineSpacing() * 4)
        self.reading.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        form.addRow(self.tr("Put the selected comment &on:"), self.target)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.tree.itemChanged.connect(lambda *_: self._count())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.reading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._count()
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self.tree.setFocus()

    def _target_name(self, comment: MentorComment) -> str:
        if comment.entry_uid is not None:
            return self._names.get(
                comment.entry_uid, self.tr("(an entry no longer in the journal)")
            )
        if comment.session_uid is not None:
            return self.tr("Notes from a session")
        return self._names[WHOLE]

    def _items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            if item is None:
                continue
            out.append(item)
            stack[0:0] = [item.child(i) for i in range(item.childCount())]
        return out

    def _count(self) -> None:
        kept = sum(i.checkState(0) == Qt.CheckState.Checked for i in self._items())
        self.import_button.setText(self.tr("&Import %n comments", "", kept))
        self.import_button.setEnabled(kept > 0)

    def _show_target(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        comment = self._comments[str(item.data(0, UidRole))]
        words = comment.text or f"[{kind_name(comment.kind)}]"
        self.reading.setText(f"“{comment.quote}”\n\n{words}" if comment.quote else words)
        index = self.target.findData(comment.entry_uid or WHOLE)
        self.target.setCurrentIndex(max(index, 0))

    def _move_current(self, index: int) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        key = str(self.target.itemData(index))
        # A reply goes where the comment it answers goes: move the whole thread.
        while (up := item.parent()) is not None:
            item = up
        stack: list[QTreeWidgetItem | None] = [item]
        while stack:
            current = stack.pop()
            if current is None:
                continue
            uid = str(current.data(0, UidRole))
            moved = dataclasses.replace(
                self._comments[uid], entry_uid=key or None, session_uid=None
            )
            self._comments[uid] = moved
            current.setText(2, self._target_name(moved))
            stack.extend(current.child(i) for i in range(current.childCount()))

    def chosen(self) -> list[MentorComment]:
        """The ticked comments, where the participant put them (a reply whose comment
        was dropped stands on its own)."""
        kept = {
            str(i.data(0, UidRole))
            for i in self._items()
            if i.checkState(0) == Qt.CheckState.Checked
        }
        out = []
        dropped = set(self._comments) - kept
        for comment in self.found.comments:
            if comment.uid not in kept:
                continue
            current = self._comments[comment.uid]
            if current.reply_to in dropped:
                current = dataclasses.replace(current, reply_to=None)
            out.append(current)
        return out


class GeneralComments(QDialog):
    """The comments that are on no entry: on the portfolio as a whole, on the notes of a
    sparring meeting, or on an entry since deleted; answered as the others are."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.widgets.mentor_panel import MentorPanel

        self.setWindowTitle(self.tr("Comments on the whole portfolio"))
        self.resize(560, 520)
        comments = journal.mentor_comments()
        existing = journal.titles(c.entry_uid for c in comments if c.entry_uid)
        general = [c for c in comments if c.entry_uid is None or c.entry_uid not in existing]
        self.panel = MentorPanel(journal)
        self.panel.hide_button.hide()
        self.panel.show_comments(general)
        self.panel.show()
        empty = QLabel(self.tr("Your mentor's comments are all on entries: open an entry to "
                               "see its comments beside it."))  # fmt: skip
        empty.setWordWrap(True)
        empty.setVisible(not general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)

    def done(self, result: int) -> None:
        if self.panel.flush():  # a response that could not be kept stays on screen
            super().done(result)
