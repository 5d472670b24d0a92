"""The experience editor: a quick note of what happened, ready to be worked up later."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from journal.domain import Entry, Experience
from ui.editors.base import EditorContext, EntryEditor
from ui.editors.fields import PromptedField
from ui.editors.header import EntryHeader


class ExperienceEditor(EntryEditor):
    _entry: Experience

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._entry = Experience()
        self.header = EntryHeader(context.programme)
        prompts = context.prompts.get("experience") or [
            self.tr("What happened? Who was there, what did you do and say, what did you notice?")
        ]
        self.body = PromptedField(self.tr("What happened"), prompts, lines=12)
        self.work_up_button = QPushButton(self.tr("Work up into A–R–L…"))
        self.work_up_button.setToolTip(
            self.tr("Start an Action – Reflection – Learning entry from this experience")
        )
        self.work_up_button.clicked.connect(self._work_up)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.work_up_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.photo_panel)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)
        self.header.changed.connect(self._emit_changed)
        self.body.edit.textChanged.connect(self._emit_changed)

    def _load(self, entry: Entry) -> None:
        assert isinstance(entry, Experience)
        self._entry = entry
        self.header.show_entry(entry, self.context.tag_names())
        self.body.edit.set_text(entry.body)

    def entry(self) -> Experience:
        return dataclasses.replace(
            self._entry,
            body=self.body.edit.text(),
            **self.header.values(),
        )

    def first_text_field(self) -> QWidget:
        return self.body.edit

    def _work_up(self) -> None:
        self.work_up_requested.emit(self.entry())
