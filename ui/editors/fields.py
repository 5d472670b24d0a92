"""A labelled Markdown field with its guiding questions, and the scrolling page editors share."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.editors.markdown_edit import MarkdownEdit


class PromptedField(QWidget):
    """Label, guiding questions (shown once, small and muted above the text, so that they
    stay in sight while she writes), text."""

    def __init__(
        self, label: str, prompts: Sequence[str], parent: QWidget | None = None, *, lines: int = 6
    ) -> None:
        super().__init__(parent)
        self.label = QLabel(f"<b>{label}</b>")
        self.questions = QLabel(" ".join(prompts))
        self.questions.setWordWrap(True)
        self.questions.setEnabled(False)  # the palette's muted text colour
        self.questions.setVisible(bool(prompts))
        self.edit = MarkdownEdit()
        self.edit.setAccessibleName(label)
        self.edit.setAccessibleDescription(" ".join(prompts))
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * lines + 12)
        self.label.setBuddy(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.label)
        layout.addWidget(self.questions)
        layout.addWidget(self.edit, 1)


def scrolling(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area
