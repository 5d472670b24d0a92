"""The main window's menus, their actions, and the keys that work anywhere in it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from journal.domain import EntryKind

if TYPE_CHECKING:
    from ui.main_window import MainWindow


@dataclass(frozen=True)
class WindowActions:
    """The window's menu actions, for tests and for enabling them as the entry changes."""

    new_experience: QAction
    new_arl: QAction
    new_trip: QAction
    theory: QAction
    export: QAction
    portfolio_texts: QAction
    import_comments: QAction
    general_comments: QAction
    save_copy: QAction
    backups: QAction
    encryption: QAction
    preferences: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    find: QAction
    work_up: QAction
    delete: QAction
    empty_trash: QAction
    show_comments: QAction
    programme: QAction
    programme_file: QAction
    change_programme: QAction
    self_assessment: QAction
    improvement: QAction
    about: QAction


def install_menus(window: MainWindow) -> WindowActions:
    """Build the menu bar and the window-wide shortcuts of ``window``."""

    def action(
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        made = QAction(text, window)
        if shortcut is not None:
            made.setShortcut(QKeySequence(shortcut))
        made.triggered.connect(slot)
        window.addAction(made)
        return made

    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    new_experience = action(
        QCoreApplication.translate("MainWindow", "New &experience"),
        window.new_experience,
        QKeySequence.StandardKey.New,
    )
    new_arl = action(
        QCoreApplication.translate("MainWindow", "New &A–R–L entry"),
        lambda: window.new_entry(EntryKind.ARL),
        "Ctrl+Shift+A",
    )
    new_trip = action(
        QCoreApplication.translate("MainWindow", "New study-&trip note"),
        lambda: window.new_entry(EntryKind.TRIP_NOTE),
        "Ctrl+Shift+T",
    )
    theory = action(
        QCoreApplication.translate("MainWindow", "My &leadership theory"),
        window.open_theory,
        "Ctrl+Shift+L",
    )
    for made in (new_experience, new_arl, new_trip):
        file_menu.addAction(made)
    file_menu.addSeparator()
    file_menu.addAction(theory)
    file_menu.addSeparator()
    export = action(
        QCoreApplication.translate("MainWindow", "E&xport portfolio (PDF)…"),
        window.export_portfolio,
        "Ctrl+E",
    )
    file_menu.addAction(export)
    portfolio_texts = action(
        QCoreApplication.translate("MainWindow", "Foreword and closing &summary…"),
        window.edit_portfolio_texts,
    )
    file_menu.addAction(portfolio_texts)
    import_comments = action(
        QCoreApplication.translate("MainWindow", "Import &mentor's comments…"),
        window.import_mentor_comments,
    )
    file_menu.addAction(import_comments)
    general_comments = action(
        QCoreApplication.translate("MainWindow", "Comments on the &whole portfolio…"),
        window.show_general_comments,
    )
    general_comments.setEnabled(window.navigation.find_key("mentor") is not None)
    file_menu.addAction(general_comments)
    privacy = action(
        QCoreApplication.translate("MainWindow", "Pri&vacy check…"),
        window.privacy_check,
        "Ctrl+Shift+K",
    )
    file_menu.addAction(privacy)
    save_copy = action(
        QCoreApplication.translate("MainWindow", "Save a &copy…"),
        window.save_copy,
        QKeySequence.StandardKey.SaveAs,
    )
    file_menu.addAction(save_copy)
    backups = action(QCoreApplication.translate("MainWindow", "&Backups…"), window.show_backups)
    file_menu.addAction(backups)
    encryption = action(
        QCoreApplication.translate("MainWindow", "Passp&hrase…"), window.change_passphrase
    )
    file_menu.addAction(encryption)
    file_menu.addSeparator()
    preferences = action(
        QCoreApplication.translate("MainWindow", "&Preferences…"),
        window.show_preferences,
        QKeySequence.StandardKey.Preferences,
    )
    preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    file_menu.addAction(preferences)
    quit_app = action(
        QCoreApplication.translate("MainWindow", "&Quit"),
        window.close,
        QKeySequence.StandardKey.Quit,
    )
    quit_app.setMenuRole(QAction.MenuRole.QuitRole)
    file_menu.addAction(quit_app)

    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    undo = action(QCoreApplication.translate("MainWindow", "&Undo"), window._undo)
    redo = action(QCoreApplication.translate("MainWindow", "&Redo"), window._redo)
    # In a text field Ctrl+Z is the field's own (it takes the key first); anywhere else
    # in the window it takes back the last delete.
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    find = action(
        QCoreApplication.translate("MainWindow", "&Search the journal"),
        window.search.focus_search,
        QKeySequence.StandardKey.Find,
    )
    edit_menu.addAction(find)
    work_up = action(
        QCoreApplication.translate("MainWindow", "&Work up into A–R–L"),
        window._work_up_current,
        "Ctrl+Shift+W",
    )
    edit_menu.addAction(work_up)
    edit_menu.addSeparator()
    delete = action(
        QCoreApplication.translate("MainWindow", "&Delete entry…"), window.delete_current
    )
    edit_menu.addAction(delete)
    empty_trash = action(
        QCoreApplication.translate("MainWindow", "Empty the &Trash…"), window.empty_trash
    )
    edit_menu.addAction(empty_trash)
    edit_menu.addSeparator()
    show_comments = action(
        QCoreApplication.translate("MainWindow", "Show my mentor's &comments"),
        lambda: window.show_mentor_comments(show_comments.isChecked()),
        "Ctrl+Shift+M",
    )
    show_comments.setCheckable(True)
    show_comments.setChecked(window.mentor_comments_wanted())
    edit_menu.addAction(show_comments)

    programme_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Programme"))
    programme = action(
        QCoreApplication.translate("MainWindow", "Programme and &sessions…"),
        window.edit_programme,
        "Ctrl+Shift+P",
    )
    programme_menu.addAction(programme)
    programme_file = action(
        QCoreApplication.translate("MainWindow", "Use programme &file…"), window.use_programme_file
    )
    programme_menu.addAction(programme_file)
    change_programme = action(
        QCoreApplication.translate("MainWindow", "&Change programme…"), window.change_programme
    )
    programme_menu.addAction(change_programme)
    programme_menu.addSeparator()
    self_assessment = action(
        QCoreApplication.translate("MainWindow", "&Rate my competencies…"),
        window.rate_competencies,
    )
    programme_menu.addAction(self_assessment)
    improvement = action(
        QCoreApplication.translate("MainWindow", "&Improvement work…"),
        lambda: window.improvement_work(),
        "Ctrl+Shift+I",
    )
    programme_menu.addAction(improvement)

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    about = action(
        QCoreApplication.translate("MainWindow", "&About Leadership Journal"), window._about
    )
    about.setMenuRole(QAction.MenuRole.AboutRole)
    help_menu.addAction(about)

    # Quick capture and search from anywhere in the app.
    capture = QShortcut(QKeySequence("Ctrl+Shift+N"), window)
    capture.setContext(Qt.ShortcutContext.ApplicationShortcut)
    capture.activated.connect(window.new_experience)
    search = QShortcut(QKeySequence("Ctrl+K"), window)
    search.setContext(Qt.ShortcutContext.ApplicationShortcut)
    search.activated.connect(window.search.focus_search)
    window.list_view.activated.connect(lambda _index: window._focus_editor())
    # F6 / Shift+F6 move between the panes, as in most desktop apps.
    next_pane = QShortcut(QKeySequence(Qt.Key.Key_F6), window)
    next_pane.activated.connect(lambda: window.focus_pane(+1))
    previous_pane = QShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F6), window)
    previous_pane.activated.connect(lambda: window.focus_pane(-1))
    QWidget.setTabOrder(window.nav_view, window.search.field)
    QWidget.setTabOrder(window.search.field, window.list_view)
    window.nav_view.doubleClicked.connect(window._edit_session)
    # Del in the list deletes the selected entry (to the Trash), as in a mail program.
    for key in (QKeySequence.StandardKey.Delete, QKeySequence(Qt.Key.Key_Backspace)):
        delete_key = QShortcut(QKeySequence(key), window.list_view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(window.delete_current)

    return WindowActions(
        new_experience=new_experience,
        new_arl=new_arl,
        new_trip=new_trip,
        theory=theory,
        export=export,
        portfolio_texts=portfolio_texts,
        import_comments=import_comments,
        general_comments=general_comments,
        save_copy=save_copy,
        backups=backups,
        encryption=encryption,
        preferences=preferences,
        quit=quit_app,
        undo=undo,
        redo=redo,
        find=find,
        work_up=work_up,
        delete=delete,
        empty_trash=empty_trash,
        show_comments=show_comments,
        programme=programme,
        programme_file=programme_file,
        change_programme=change_programme,
        self_assessment=self_assessment,
        improvement=improvement,
        about=about,
    )
