"""The discreet "Saved" / "Saving…" / "Not saved" note in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget


class SaveIndicator(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Save status"))
        self.setMinimumWidth(120)
        self.state = "idle"

    def pending(self) -> None:
        self.state = "pending"
        self._show(self.tr("Editing…"), error=False)

    def saving(self) -> None:
        self.state = "saving"
        self._show(self.tr("Saving…"), error=False)

    def saved(self) -> None:
        self.state = "saved"
        # The locale's own time: "14:05" in Swedish and English, "14.05" in Danish (3.34).
        when = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self._show(self.tr("Saved %1").replace("%1", when), error=False)

    def failed(self, reason: str, explained: str | None = None) -> None:
        """Show a failed save: the short ``reason`` here, the ``explained`` one on hover."""
        self.state = "failed"
        self._show(self.tr("Not saved: %1").replace("%1", reason), error=True)
        self.setToolTip(explained or reason)

    def _show(self, text: str, *, error: bool) -> None:
        self.setText(text)
        palette = self.palette()
        role = QPalette.ColorRole.BrightText if error else QPalette.ColorRole.WindowText
        color = palette.color(role) if not error else palette.color(QPalette.ColorRole.Highlight)
        self.setStyleSheet(f"color: {color.name()}; font-weight: bold;" if error else "")
