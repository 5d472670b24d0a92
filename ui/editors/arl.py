"""The Action – Reflection – Learning editor, with the guiding questions of the programme."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from journal.domain import ArlEntry, Entry
from ui.editors.base import EditorContext, EntryEditor
from ui.editors.fields import PromptedField, scrolling
from ui.editors.header import EntryHeader


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
        self.action = PromptedField(
            self.tr("Action"),
            p.get("arl_action")
            or [self.tr("What did you do? Describe the situation and your part in it.")],
        )
        self.reflection = PromptedField(
            self.tr("Reflection"),
            p.get("arl_reflection")
            or [
                self.tr(
                    "How do you see it now? What did you assume, feel and notice? "
                    "What might others have seen?"
                )
            ],
        )
        self.learning = PromptedField(
            self.tr("Learning"),
            p.get("arl_learning")
            or [self.tr("What have you learned about yourself and your leadership?")],
        )
        self.next_experiment = PromptedField(
            self.tr("Next experiment"),
            p.get("arl_next") or [self.tr("What will you try next time, and when?")],
            lines=3,
        )
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        for field in (self.action, self.reflection, self.learning, self.next_experiment):
            inner.addWidget(field)
            field.edit.textChanged.connect(self._emit_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.photo_panel)
        layout.addWidget(self.linked)
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
        known = self.context.journal.titles(entry.from_experiences)
        titles = [
            (known[uid] or "…") if uid in known else self.tr("(deleted experience)")
            for uid in entry.from_experiences
        ]
        self.linked.setText(
            self.tr("Worked up from: %1").replace("%1", "; ".join(titles)) if titles else ""
        )
        self.linked.setVisible(bool(titles))

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
