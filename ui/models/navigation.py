"""The navigation tree: all entries, by kind, by programme module and session, by tag."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from journal.domain import EntryFilter, EntryKind, Programme, ProgrammeSession
from journal.limits import TRASH_DAYS
from ui.dates import short_date
from ui.models.entry_list import kind_label

FilterRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2  # stable text key, to restore the selection


def _item(text: str, flt: EntryFilter | None, key: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setToolTip(text)  # the whole name where the pane elides it
    item.setEditable(False)
    item.setData(flt, FilterRole)
    item.setData(key, KeyRole)
    item.setAccessibleText(text)
    if flt is None:
        item.setSelectable(False)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


class NavigationModel(QStandardItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tags_item: QStandardItem | None = None
        self.tag_names: list[str] = []  # every tag in use, by name: for the editors

    def build(
        self,
        programme: Programme | None,
        tags: list[tuple[str, int]],
        mentor: tuple[int, int] = (0, 0),
    ) -> None:
        """The whole tree; ``mentor`` is (comments from the mentor, not answered yet)."""
        self.clear()
        self.setColumnCount(2)  # names, and the dates of sessions
        root = self.invisibleRootItem()
        root.appendRow(_item(self.tr("All entries"), EntryFilter(), "all"))
        self.set_mentor(*mentor)
        kinds = _item(self.tr("Entry kinds"), None, "kinds")
        for kind in EntryKind:
            kinds.appendRow(
                _item(kind_label(kind), EntryFilter(kinds=frozenset({kind})), f"kind:{kind}")
            )
        root.appendRow(kinds)
        if programme is not None and (programme.modules or programme.sessions):
            root.appendRow(self._programme(programme))
        self._tags_item = _item(self.tr("Tags"), None, "tags")
        root.appendRow(self._tags_item)
        self.set_tags(tags)
        trash = _item(self.tr("Trash"), EntryFilter(in_trash=True), "trash")
        trash.setToolTip(
            self.tr("Deleted entries, kept here for %1 days").replace("%1", str(TRASH_DAYS))
        )
        root.appendRow(trash)

    def _programme(self, programme: Programme) -> QStandardItem:
        top = _item(programme.name or self.tr("Programme"), None, "programme")
        by_module: dict[str | None, list[ProgrammeSession]] = {}
        module_uids = {m.uid for m in programme.modules}
        for session in sorted(programme.sessions, key=lambda s: s.starts_on):
            key = session.module_uid if session.module_uid in module_uids else None
            by_module.setdefault(key, []).append(session)
        for module in programme.modules:
            item = _item(module.name, EntryFilter(module_uid=module.uid), f"module:{module.uid}")
            item.setToolTip("\n".join((module.name, *module.themes)))
            for session in by_module.get(module.uid, []):
                item.appendRow(self._session(session))
            top.appendRow(item)
        for session in by_module.get(None, []):
            top.appendRow(self._session(session))
        return top

    def _session(self, session: ProgrammeSession) -> list[QStandardItem]:
        """A session's row: its title, and its date in a column of its own."""
        day = short_date(session.starts_on)
        item = _item(session.title, EntryFilter(session_uid=session.uid), f"session:{session.uid}")
        unconfirmed = self.tr("date to be confirmed by your organiser") if session.tentative else ""
        item.setToolTip(
            " · ".join(x for x in (session.title, day, unconfirmed, session.location) if x)
        )
        # A suggested date reads as one: in brackets, with the reason in the tooltip.
        date_item = QStandardItem(f"({day})" if session.tentative else day)
        date_item.setEditable(False)
        date_item.setToolTip(item.toolTip())
        date_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return [item, date_item]

    def set_mentor(self, total: int, awaiting: int) -> None:
        """ "Comments from my mentor (2)": the entries with a comment not answered yet,
        under "All entries" once any comment came back."""
        root = self.invisibleRootItem()
        item = self.find_key("mentor")
        if total == 0:
            if item is not None:
                root.removeRow(item.row())
            return
        text = (
            self.tr("Comments from my mentor (%1)").replace("%1", str(awaiting))
            if awaiting
            else self.tr("Comments from my mentor")
        )
        if item is None:
            item = _item(text, EntryFilter(awaiting_response=True), "mentor")
            root.insertRow(1, [item])
        item.setText(text)
        item.setAccessibleText(text)
        item.setToolTip(self.tr("Entries with a comment from your mentor not answered yet"))

    def set_tags(self, tags: list[tuple[str, int]]) -> None:
        self.tag_names = [name for name, _ in tags]
        parent = self._tags_item
        if parent is None:
            return
        parent.removeRows(0, parent.rowCount())
        for name, count in tags:
            parent.appendRow(_item(f"{name} ({count})", EntryFilter(tag=name), f"tag:{name}"))

    def find_key(self, key: str) -> QStandardItem | None:
        stack = [self.invisibleRootItem()]
        while stack:
            item = stack.pop()
            for row in range(item.rowCount()):
                child = item.child(row)
                if child is None:
                    continue
                if child.data(KeyRole) == key:
                    return child
                stack.append(child)
        return None
