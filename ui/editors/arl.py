"""The Action – Reflection – Learning editor, with the guiding questions of the programme."""

from __future__ import annotations

import dataclasses
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal.domain import ArlEntry, Entry
from ui.dates import short_day_of
from ui.editors.base import EditorContext, EntryEditor
from ui.editors.fields import PromptedField, scrolling
from ui.editors.header import EntryHeader


class _Quote(QTextBrowser):
    """The quoted experiences: a read-only box of a fixed height with its own scroll bar,
    so that a new quote lays out only itself, not the whole page of fields (an A–R–L entry
    with a source opened 5–8 ms slower with a word-wrapped label)."""

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 7 + 12)
        self._html = ""

    def setText(self, html: str) -> None:
        self._html = html
        self.setHtml(html)

    def text(self) -> str:
        return self._html


QUOTE_CHARS = 600  # of each experience, above the fields: enough to work from


class ArlEditor(EntryEditor):
    _entry: ArlEntry

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._entry = ArlEntry()
        p = context.prompts
        self.header = EntryHeader(context.programme)
        self.linked = QLabel()
        self.linked.setWordWrap(True)
        self.linked.setEnabled(False)
        # The theory versions this learning changed (made in Save as new version…).
        self.changed_theory = QLabel()
        self.changed_theory.setWordWrap(True)
        self.changed_theory.setEnabled(False)
        # The experiences it is worked up from, quoted as the material to work from (review
        # 2.6): Action is the initiative she takes, not a copy of what happened.
        self.quoted = _Quote()
        self.quoted.setAccessibleName(self.tr("The experiences this entry is worked up from"))
        # The general questions follow MiL's own description of the method (seed 000):
        # Action is taking initiative and experimenting, Reflection challenges one's
        # established patterns, Learning formulates one's own leadership theory.
        self.action = PromptedField(
            self.tr("Action"),
            p.get("arl_action")
            or [
                self.tr(
                    "What initiative did you take, what did you try? Which of your limits did "
                    "you challenge, which new strategy or approach did you test?"
                )
            ],
        )
        self.reflection = PromptedField(
            self.tr("Reflection"),
            p.get("arl_reflection")
            or [
                self.tr(
                    "Stop and look again: how do you see it now, and how might others see "
                    "it? Which of your established patterns of acting and thinking can you "
                    "challenge? What do your observations say?"
                )
            ],
        )
        self.learning = PromptedField(
            self.tr("Learning"),
            p.get("arl_learning")
            or [
                self.tr(
                    "Put it into words: what have you learned about leadership? What does it "
                    "mean for your own leadership theory, your values and your goals?"
                )
            ],
        )
        self.next_experiment = PromptedField(
            self.tr("Next experiment"),
            p.get("arl_next")
            or [self.tr("How will you put it into action: what will you try next, and when?")],
            lines=3,
        )
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.quoted)
        for field in (self.action, self.reflection, self.learning, self.next_experiment):
            inner.addWidget(field)
            field.edit.textChanged.connect(self._emit_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.photo_panel)
        sources = QHBoxLayout()
        sources.addWidget(self.linked, 1)
        # Several experiences into one learning (review 2.7).
        self.choose_sources = QPushButton(self.tr("E&xperiences…"))
        self.choose_sources.setToolTip(
            self.tr("Choose the experiences this entry is worked up from")
        )
        self.choose_sources.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.choose_sources.clicked.connect(self.choose_experiences)
        sources.addStretch(0)  # the button at the right when nothing is linked yet
        sources.addWidget(self.choose_sources, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(sources)
        layout.addWidget(self.changed_theory)
        layout.addWidget(scrolling(content), 1)
        self.header.changed.connect(self._emit_changed)

    def _load(self, entry: Entry) -> None:
        assert isinstance(entry, ArlEntry)
        self._entry = entry
        self.header.show_entry(entry, self.context.tag_names())
        self.action.edit.set_text(entry.action)
        self.reflection.edit.set_text(entry.reflection)
        self.learning.edit.set_text(entry.learning)
        self.next_experiment.edit.set_text(entry.next_experiment)
        self._show_sources(entry)
        changes = self.context.journal.theory_changes(entry.uid) if entry.id is not None else []
        versions = [
            self.tr("version %1 of “%2” (%3)")
            .replace("%1", str(number))
            .replace("%2", title or self.tr("my leadership theory"))
            .replace("%3", short_day_of(when))
            for title, number, when in changes
        ]
        self.changed_theory.setText(
            self.tr("This learning changed your leadership theory: %1").replace(
                "%1", "; ".join(versions)
            )
            if versions
            else ""
        )
        self.changed_theory.setVisible(bool(versions))

    def _show_sources(self, entry: ArlEntry) -> None:
        """The experiences it is worked up from: named on one line, quoted above Action
        (one plain read: this runs whenever an A–R–L entry opens)."""
        found = self.context.journal.experience_texts(entry.from_experiences)
        titles = [
            (found[uid][0] or "…") if uid in found else self.tr("(deleted experience)")
            for uid in entry.from_experiences
        ]
        self.linked.setText(
            self.tr("Worked up from: %1").replace("%1", "; ".join(titles)) if titles else ""
        )
        self.linked.setVisible(bool(titles))
        self.quoted.setText(self._quotes([found[u] for u in entry.from_experiences if u in found]))
        self.quoted.setVisible(bool(self.quoted.text()))

    def choose_experiences(self) -> None:
        """Link more (or fewer) experiences; saved with the entry as any edit is."""
        from ui.dialogs.choose_experiences import ChooseExperiencesDialog

        dialog = ChooseExperiencesDialog(self.context.journal, self._entry.from_experiences, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if chosen == self._entry.from_experiences:
            return
        self._entry = dataclasses.replace(self._entry, from_experiences=chosen)
        self._show_sources(self._entry)
        self._emit_changed()

    def _quotes(self, sources: list[tuple[str, str]]) -> str:
        """The text of each source experience, quoted (plain text, escaped)."""
        parts = []
        for title_text, body_text in sources:
            body = body_text.strip()
            if not body:
                continue
            if len(body) > QUOTE_CHARS:
                body = body[:QUOTE_CHARS].rstrip() + " …"
            text = html.escape(body).replace("\n", "<br>")
            title = html.escape(title_text or "")
            parts.append(
                f"<p style='margin:0'><b>{title}</b></p>"
                f"<blockquote style='margin:4px 12px'><i>{text}</i></blockquote>"
            )
        return "".join(parts)

    def entry(self) -> ArlEntry:
        return dataclasses.replace(
            self._entry,
            action=self.action.edit.text(),
            reflection=self.reflection.edit.text(),
            learning=self.learning.edit.text(),
            next_experiment=self.next_experiment.edit.text(),
            **self.header.values(),
        )

    def first_text_field(self) -> QWidget:
        return self.action.edit
