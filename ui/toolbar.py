"""The window's toolbar: new entry (with its four kinds), search, export, and the
formatting bar for the text field being written in."""

from __future__ import annotations

import contextlib
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QAction, QFont, QIcon, QKeySequence, QTextListFormat
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QStyle,
    QToolBar,
    QToolButton,
    QWidget,
)

from journal.domain import EntryKind
from ui.editors.formats import FORMATS
from ui.models.entry_list import kind_label

if TYPE_CHECKING:
    from ui.editors.markdown_edit import MarkdownEdit
    from ui.main_window import MainWindow


def _icon(theme: QIcon.ThemeIcon, fallback: QStyle.StandardPixmap) -> QIcon:
    """The desktop theme's icon; the style's own where the desktop has no theme."""
    if QIcon.hasThemeIcon(theme):
        return QIcon.fromTheme(theme)
    return QApplication.style().standardIcon(fallback)


class FormattingBar(QObject):
    """Bold, italic, heading, lists and quote for the text field that has the focus.

    The actions are the same as the fields' own keys; they are enabled while a text
    field has the focus, and show what is under its cursor."""

    def __init__(self, toolbar: QToolBar) -> None:
        super().__init__(toolbar)  # dies with the window, and so does its connection
        self._edit: MarkdownEdit | None = None

        def action(text: str, tip: str, name: str, font: QFont) -> QAction:
            keys, method = FORMATS[name]
            made = QAction(text, toolbar)
            native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            made.setToolTip(f"{tip} ({native})")
            made.setFont(font)
            made.triggered.connect(lambda: self._apply(method))
            toolbar.addAction(made)
            return made

        plain = QFont(toolbar.font())
        bold = QFont(plain)
        bold.setBold(True)
        italic = QFont(plain)
        italic.setItalic(True)
        translate = QCoreApplication.translate
        self.bold = action(translate("Toolbar", "B"), translate("Toolbar", "Bold"), "bold", bold)
        self.italic = action(
            translate("Toolbar", "I"), translate("Toolbar", "Italic"), "italic", italic
        )
        self.heading = action(
            translate("Toolbar", "H"), translate("Toolbar", "Heading"), "heading", bold
        )
        self.bullets = action("•", translate("Toolbar", "Bulleted list"), "bullets", plain)
        self.numbers = action("1.", translate("Toolbar", "Numbered list"), "numbers", plain)
        self.quote = action("❝", translate("Toolbar", "Quote"), "quote", plain)
        self.actions = (
            self.bold,
            self.italic,
            self.heading,
            self.bullets,
            self.numbers,
            self.quote,
        )
        for made in self.actions:
            made.setCheckable(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._show(None)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # No text field exists before the first editor is built: the window's first focus
        # changes do not load the editors' module for nothing.
        module = sys.modules.get("ui.editors.markdown_edit")
        if module is not None and isinstance(new, module.MarkdownEdit):
            self._follow(new)
        elif new is not None and not isinstance(new, QToolButton):
            self._follow(None)

    def _follow(self, edit: MarkdownEdit | None) -> None:
        if self._edit is edit:
            return
        if self._edit is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # deleted with its editor
                self._edit.format_changed.disconnect(self._refresh)
        self._edit = edit
        if edit is not None:
            edit.format_changed.connect(self._refresh)
        self._show(edit)

    def _apply(self, method: str) -> None:
        if self._edit is not None:
            getattr(self._edit, method)()
            self._edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show(self._edit)

    def _refresh(self) -> None:
        self._show(self._edit)

    def _show(self, edit: MarkdownEdit | None) -> None:
        for made in self.actions:
            made.setEnabled(edit is not None)
        style = edit.list_style() if edit is not None else None
        self.bold.setChecked(edit is not None and edit.is_bold())
        self.italic.setChecked(edit is not None and edit.is_italic())
        self.heading.setChecked(edit is not None and edit.heading_level() > 0)
        self.bullets.setChecked(style == QTextListFormat.Style.ListDisc)
        self.numbers.setChecked(style == QTextListFormat.Style.ListDecimal)
        self.quote.setChecked(edit is not None and edit.is_quote())


def install_toolbar(window: MainWindow) -> FormattingBar:
    """The main toolbar of ``window``; returns its formatting bar."""
    toolbar = QToolBar(QCoreApplication.translate("Toolbar", "Toolbar"), window)
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setIconSize(QSize(18, 18))
    window.addToolBar(toolbar)

    menus = window.menus
    new_button = QToolButton(toolbar)
    new_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
    new_default = QAction(
        _icon(QIcon.ThemeIcon.DocumentNew, QStyle.StandardPixmap.SP_FileIcon),
        QCoreApplication.translate("Toolbar", "New"),
        toolbar,
    )
    new_default.setToolTip(QCoreApplication.translate("Toolbar", "New experience (Ctrl+N)"))
    new_default.triggered.connect(window.new_experience)
    new_button.setDefaultAction(new_default)
    new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    kinds = QMenu(new_button)
    kinds.addAction(kind_label(EntryKind.EXPERIENCE), window.new_experience)
    kinds.addAction(kind_label(EntryKind.ARL), lambda: window.new_entry(EntryKind.ARL))
    kinds.addAction(kind_label(EntryKind.TRIP_NOTE), lambda: window.new_entry(EntryKind.TRIP_NOTE))
    kinds.addAction(kind_label(EntryKind.THEORY), window.open_theory)
    new_button.setMenu(kinds)
    toolbar.addWidget(new_button)

    search = QAction(
        _icon(QIcon.ThemeIcon.EditFind, QStyle.StandardPixmap.SP_FileDialogContentsView),
        QCoreApplication.translate("Toolbar", "Search"),
        toolbar,
    )
    search.setToolTip(QCoreApplication.translate("Toolbar", "Search the journal (Ctrl+F)"))
    search.triggered.connect(menus.find.trigger)
    toolbar.addAction(search)
    export = QAction(
        _icon(QIcon.ThemeIcon.DocumentPrint, QStyle.StandardPixmap.SP_DialogSaveButton),
        QCoreApplication.translate("Toolbar", "Portfolio"),
        toolbar,
    )
    export.setToolTip(
        QCoreApplication.translate("Toolbar", "Export the portfolio as a PDF (Ctrl+E)")
    )
    export.triggered.connect(menus.export.trigger)
    toolbar.addAction(export)
    toolbar.addSeparator()
    return FormattingBar(toolbar)
