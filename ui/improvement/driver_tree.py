"""The driver diagram as a tree she edits: primary drivers under the aim, secondary
drivers under those, change ideas as leaves.

Keyboard: Insert adds a node under the selected one (under the aim: a primary driver),
Ctrl+Return adds one after it, F2 renames, Delete removes (with what is under it, asked
first), Alt+Up/Down move it among its siblings, Alt+Left/Right move it a level out or in
(under the node above it), Ctrl+K marks it a change idea or a driver. Mouse: the buttons,
and dragging a node onto another. A move the diagram cannot hold (more than three levels,
or anything under a change idea) is refused and says why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.domain import new_uid
from journal.improvement.model import MAX_DEPTH, DriverNode

UidRole = Qt.ItemDataRole.UserRole + 1
IdeaRole = Qt.ItemDataRole.UserRole + 2


def _child(item: QTreeWidgetItem, n: int) -> QTreeWidgetItem:
    child = item.child(n)
    assert child is not None
    return child


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [_child(item, n) for n in range(item.childCount())]


class _Tree(QTreeWidget):
    """A tree whose drops are checked (the editor undoes one the diagram cannot hold) and
    whose editing keys are the editor's (not the window's shortcuts: they work wherever
    the tree has the focus, also in a dialog not yet active)."""

    dropped = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.keys: dict[QKeySequence, Callable[[], object]] = {}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            pressed = QKeySequence(event.keyCombination())
            for keys, act in self.keys.items():
                if keys.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch:
                    act()
                    event.accept()
                    return
        super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        super().dropEvent(event)
        self.dropped.emit()


class DriverTreeEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = _Tree()
        self.tree.setAccessibleName(self.tr("Driver diagram"))
        self.tree.setHeaderLabels([self.tr("Aim, drivers and change ideas"), self.tr("Kind")])
        self.tree.setColumnWidth(0, 380)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.aim = QTreeWidgetItem([self.tr("Aim"), ""])
        self.aim.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsDropEnabled)  # fmt: skip
        self.tree.addTopLevelItem(self.aim)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self._snapshot: tuple[DriverNode, ...] = ()
        self._loading = False
        self._cycles: dict[str, list[str]] = {}  # change idea → its PDSA cycles, in order

        self.add_child = QPushButton(self.tr("Add &below"))
        self.add_child.setToolTip(
            self.tr("A driver or change idea under the selected one (Insert)")
        )
        self.add_sibling = QPushButton(self.tr("Add ne&xt"))
        self.add_sibling.setToolTip(self.tr("One after the selected one (Ctrl+Return)"))
        self.toggle_idea = QPushButton(self.tr("Change &idea"))
        self.toggle_idea.setToolTip(self.tr("Mark it a change idea, or a driver again (Ctrl+K)"))
        self.remove = QPushButton(self.tr("Re&move…"))
        self.remove.setToolTip(self.tr("Remove it and what is under it (Delete)"))
        self.up = QPushButton(self.tr("Move &up"))
        self.down = QPushButton(self.tr("Move do&wn"))
        buttons = QHBoxLayout()
        for button in (
            self.add_child,
            self.add_sibling,
            self.toggle_idea,
            self.up,
            self.down,
            self.remove,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.problem)

        self.add_child.clicked.connect(self.add_below)
        self.add_sibling.clicked.connect(self.add_next)
        self.toggle_idea.clicked.connect(self.toggle_change_idea)
        self.remove.clicked.connect(self.remove_selected)
        self.up.clicked.connect(lambda: self.move_node(-1))
        self.down.clicked.connect(lambda: self.move_node(1))
        self.tree.keys = {
            QKeySequence(Qt.Key.Key_Insert): self.add_below,
            QKeySequence("Ctrl+Return"): self.add_next,
            QKeySequence("Ctrl+Enter"): self.add_next,
            QKeySequence("Ctrl+K"): self.toggle_change_idea,
            QKeySequence(Qt.Key.Key_Delete): self.remove_selected,
            QKeySequence("Alt+Up"): lambda: self.move_node(-1),
            QKeySequence("Alt+Down"): lambda: self.move_node(1),
            QKeySequence("Alt+Left"): self.outdent,
            QKeySequence("Alt+Right"): self.indent,
        }
        self.tree.itemChanged.connect(self._edited)
        self.tree.dropped.connect(self._after_drop)

    # -- the model ---------------------------------------------------------------------
    def set_nodes(self, aim: str, nodes: tuple[DriverNode, ...]) -> None:
        self._loading = True
        try:
            self.aim.takeChildren()
            self.aim.setText(0, aim or self.tr("Aim"))
            items: dict[str | None, QTreeWidgetItem] = {None: self.aim}
            for node in nodes:
                parent = items.get(node.parent_uid, self.aim)
                items[node.uid] = self._item(parent, node.text, node.uid, node.change_idea)
            self.tree.expandAll()
            self._snapshot = self.nodes()
        finally:
            self._loading = False
        self.tree.setCurrentItem(self.aim)

    def set_aim(self, aim: str) -> None:
        self._loading = True
        self.aim.setText(0, aim or self.tr("Aim"))
        self._loading = False

    def nodes(self) -> tuple[DriverNode, ...]:
        """The tree in order, each node after its parent."""
        out: list[DriverNode] = []

        def walk(item: QTreeWidgetItem, parent_uid: str | None) -> None:
            for n in range(item.childCount()):
                child = _child(item, n)
                uid = str(child.data(0, UidRole))
                out.append(
                    DriverNode(
                        uid=uid,
                        text=child.text(0).strip(),
                        parent_uid=parent_uid,
                        change_idea=bool(child.data(0, IdeaRole)),
                    )
                )
                walk(child, uid)

        walk(self.aim, None)
        return tuple(out)

    def _item(
        self, parent: QTreeWidgetItem, text: str, uid: str, idea: bool, index: int = -1
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, ""])
        item.setData(0, UidRole, uid)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        if index < 0:
            parent.addChild(item)
        else:
            parent.insertChild(index, item)
        self._mark(item, idea)
        return item

    def _mark(self, item: QTreeWidgetItem, idea: bool) -> None:
        was = self._loading
        self._loading = True
        item.setData(0, IdeaRole, idea)
        item.setText(1, self._kind_name(item))
        self._loading = was

    def set_cycles(self, cycles: dict[str, list[str]]) -> None:
        """The PDSA cycles of each change idea (by uid), shown beside it in order."""
        self._cycles = cycles
        self._relabel()

    def _kind_name(self, item: QTreeWidgetItem) -> str:
        if item.data(0, IdeaRole):
            tested = self._cycles.get(str(item.data(0, UidRole)), [])
            if tested:
                return self.tr("Change idea: %1").replace("%1", ", ".join(tested))
            return self.tr("Change idea")
        return (
            self.tr("Primary driver") if item.parent() is self.aim else self.tr("Secondary driver")
        )

    def _parent(self, item: QTreeWidgetItem) -> QTreeWidgetItem:
        """The item's parent (the aim for a primary driver; the aim itself for the aim)."""
        return item.parent() or self.aim

    def _depth(self, item: QTreeWidgetItem) -> int:
        depth = 0
        while item is not self.aim:
            item = self._parent(item)
            depth += 1
        return depth

    def _height(self, item: QTreeWidgetItem) -> int:
        """Levels below it, itself included."""
        return 1 + max((self._height(child) for child in _children(item)), default=0)

    def _relabel(self) -> None:
        stack = [_child(self.aim, n) for n in range(self.aim.childCount())]
        while stack:
            item = stack.pop()
            self._mark(item, bool(item.data(0, IdeaRole)))
            stack.extend(_child(item, n) for n in range(item.childCount()))

    def _done(self, refused: str = "") -> None:
        self.problem.setText(refused)
        self._relabel()
        self._snapshot = self.nodes()
        self.changed.emit()

    def _refuse(self, why: str) -> None:
        self.problem.setText(why)

    # -- editing -----------------------------------------------------------------------
    def _current(self) -> QTreeWidgetItem:
        return self.tree.currentItem() or self.aim

    def add_below(self) -> QTreeWidgetItem | None:
        parent = self._current()
        if parent is not self.aim and parent.data(0, IdeaRole):
            self._refuse(self.tr("A change idea has nothing under it; add one next to it."))
            return None
        depth = self._depth(parent) + 1
        if depth > MAX_DEPTH:
            self._refuse(self.tr("The diagram has three levels: drivers, drivers, ideas."))
            return None
        text = self.tr("New change idea") if depth == MAX_DEPTH else self.tr("New driver")
        item = self._item(parent, text, new_uid(), depth == MAX_DEPTH)
        parent.setExpanded(True)
        self._start_editing(item)
        return item

    def add_next(self) -> QTreeWidgetItem | None:
        current = self._current()
        if current is self.aim:
            return self.add_below()
        parent = self._parent(current)
        idea = bool(current.data(0, IdeaRole))
        text = self.tr("New change idea") if idea else self.tr("New driver")
        item = self._item(parent, text, new_uid(), idea, parent.indexOfChild(current) + 1)
        self._start_editing(item)
        return item

    def _start_editing(self, item: QTreeWidgetItem) -> None:
        self.tree.setCurrentItem(item)
        self.tree.editItem(item, 0)
        self._done()

    def toggle_change_idea(self) -> None:
        item = self._current()
        if item is self.aim:
            return
        if not item.data(0, IdeaRole) and item.childCount():
            self._refuse(self.tr("Only a node with nothing under it can be a change idea."))
            return
        self._mark(item, not item.data(0, IdeaRole))
        self._done()

    def remove_selected(self) -> None:
        item = self._current()
        if item is self.aim:
            return
        if item.childCount():
            answer = QMessageBox.question(
                self,
                self.tr("Remove"),
                self.tr("Remove “%1” and the %n under it?", "", self._count(item) - 1).replace(
                    "%1", item.text(0)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        parent = self._parent(item)
        index = parent.indexOfChild(item)
        parent.takeChild(index)
        self.tree.setCurrentItem(
            _child(parent, min(index, parent.childCount() - 1)) if parent.childCount() else parent
        )
        self._done()

    def _count(self, item: QTreeWidgetItem) -> int:
        return 1 + sum(self._count(child) for child in _children(item))

    def move_node(self, step: int) -> None:
        item = self._current()
        if item is self.aim:
            return
        parent = self._parent(item)
        index = parent.indexOfChild(item)
        target = index + step
        if not 0 <= target < parent.childCount():
            return
        expanded = item.isExpanded()
        parent.takeChild(index)
        parent.insertChild(target, item)
        item.setExpanded(expanded)
        self.tree.setCurrentItem(item)
        self._done()

    def outdent(self) -> None:
        item = self._current()
        parent = self._parent(item)
        if item is self.aim or parent is self.aim:
            return
        grand = self._parent(parent)
        parent.takeChild(parent.indexOfChild(item))
        grand.insertChild(grand.indexOfChild(parent) + 1, item)
        self.tree.setCurrentItem(item)
        self._done()

    def indent(self) -> None:
        item = self._current()
        if item is self.aim:
            return
        parent = self._parent(item)
        index = parent.indexOfChild(item)
        if index == 0:
            return
        above = _child(parent, index - 1)
        if above.data(0, IdeaRole):
            self._refuse(self.tr("A change idea has nothing under it."))
            return
        if self._depth(above) + self._height(item) > MAX_DEPTH:
            self._refuse(self.tr("The diagram has three levels: drivers, drivers, ideas."))
            return
        parent.takeChild(index)
        above.addChild(item)
        above.setExpanded(True)
        self.tree.setCurrentItem(item)
        self._done()

    def _edited(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading or column != 0 or item is self.aim:
            return
        if not item.text(0).strip():
            self._loading = True
            item.setText(0, self.tr("(untitled)"))
            self._loading = False
        self._done()

    def _after_drop(self) -> None:
        """A drag the diagram cannot hold is undone, and says why."""
        problem = ""
        stack = [(child, 1) for child in _children(self.aim)]
        while stack and not problem:
            item, depth = stack.pop()
            if depth > MAX_DEPTH:
                problem = self.tr("The diagram has three levels: drivers, drivers, ideas.")
            elif item.data(0, IdeaRole) and item.childCount():
                problem = self.tr("A change idea has nothing under it.")
            stack.extend((child, depth + 1) for child in _children(item))
        if self.tree.topLevelItemCount() != 1:
            problem = problem or self.tr("Everything stays under the aim.")
        if problem:
            aim = self.aim.text(0)
            while self.tree.topLevelItemCount() > 1:
                self.tree.takeTopLevelItem(1)
            self.set_nodes(aim, self._snapshot)
            self._refuse(problem)
            return
        self._done()
