"""Programme → Improvement work…: her initiatives, each with its aim and team, driver
diagram, PDSA cycles and indicators with run charts. What she types is kept as she goes
(a moment after she stops, and when she leaves an initiative or closes)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.improvement.model import (
    Decision,
    Indicator,
    IndicatorKind,
    Initiative,
    InitiativeState,
    Measurement,
    PdsaCycle,
    merge_measurements,
    parse_pasted,
)
from journal.store import Journal
from ui.dates import to_date, to_qdate
from ui.improvement.diagram_view import DriverDiagramView
from ui.improvement.driver_tree import DriverTreeEditor
from ui.improvement.run_chart import RunChartWidget

UidRole = Qt.ItemDataRole.UserRole + 1
SAVE_PAUSE_MS = 600


def _text_box(name: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class ImprovementDialog(QDialog):
    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        work_up: Callable[[PdsaCycle, Initiative], None] | None = None,
        initiative_uid: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self._work_up = work_up
        self.setWindowTitle(self.tr("Improvement work"))
        self.resize(1100, 760)
        self._initiatives = journal.initiatives()
        self._current: Initiative | None = None
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_PAUSE_MS)
        self._timer.timeout.connect(self.save_now)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Initiatives"))
        self.add_button = QPushButton(self.tr("&New initiative"))
        self.remove_button = QPushButton(self.tr("&Delete…"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left_layout.addLayout(row)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._aim_tab(), self.tr("&Aim and team"))
        self.drivers = DriverTreeEditor()
        self.diagram = DriverDiagramView()
        drawn = QScrollArea()
        drawn.setWidgetResizable(True)
        drawn.setWidget(self.diagram)
        diagram_page = QSplitter(Qt.Orientation.Vertical)
        diagram_page.addWidget(self.drivers)
        diagram_page.addWidget(drawn)
        self.tabs.addTab(diagram_page, self.tr("Driver dia&gram"))
        self.tabs.addTab(self._cycles_tab(), self.tr("&PDSA cycles"))
        self.tabs.addTab(self._indicators_tab(), self.tr("Indi&cators"))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 860])

        self.status = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.add_button.clicked.connect(self.add_initiative)
        self.remove_button.clicked.connect(self.remove_initiative)
        self.list.currentItemChanged.connect(self._chosen)
        self.drivers.changed.connect(self._changed)
        self._fill_list()
        if self._initiatives:
            uids = [i.uid for i in self._initiatives]
            self.list.setCurrentRow(uids.index(initiative_uid) if initiative_uid in uids else 0)
        else:
            self._show(None)

    # -- tabs ----------------------------------------------------------------------------
    def _aim_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title of the initiative"))
        self.state = QComboBox()
        self.state.setAccessibleName(self.tr("State"))
        for state, name in self._state_names().items():
            self.state.addItem(name, state.value)
        self.aim = _text_box(self.tr("Aim"), 4)
        self.aim.setPlaceholderText(
            self.tr("What are we trying to accomplish? How much, for whom, by when?")
        )
        self.team = _text_box(self.tr("Team"))
        self.partners = _text_box(self.tr("Partners across sectors"))
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&State:"), self.state)
        form.addRow(self.tr("A&im:"), self.aim)
        form.addRow(self.tr("T&eam:"), self.team)
        form.addRow(self.tr("Pa&rtners across sectors:"), self.partners)
        self.title.textEdited.connect(self._changed)
        self.state.currentIndexChanged.connect(self._changed)
        for box in (self.aim, self.team, self.partners):
            box.textChanged.connect(self._changed)
        return tab

    def _cycles_tab(self) -> QWidget:
        tab = QWidget()
        self.cycle_list = QListWidget()
        self.cycle_list.setAccessibleName(self.tr("PDSA cycles"))
        self.add_cycle = QPushButton(self.tr("Add c&ycle"))
        self.remove_cycle = QPushButton(self.tr("Remo&ve cycle"))
        self.cycle_title = QLineEdit()
        self.cycle_title.setAccessibleName(self.tr("Title of the cycle"))
        self.cycle_idea = QComboBox()
        self.cycle_idea.setAccessibleName(self.tr("The change idea it tests"))
        self.cycle_start = QDateEdit()
        self.cycle_start.setCalendarPopup(True)
        self.cycle_end = QDateEdit()
        self.cycle_end.setCalendarPopup(True)
        self.plan = _text_box(self.tr("Plan"))
        self.plan.setPlaceholderText(self.tr("What will we try, who does what, when?"))
        self.prediction = _text_box(self.tr("Prediction"), 2)
        self.prediction.setPlaceholderText(self.tr("What do we predict will happen?"))
        self.do = _text_box(self.tr("Do"))
        self.do.setPlaceholderText(self.tr("What happened?"))
        self.study = _text_box(self.tr("Study"))
        self.study.setPlaceholderText(self.tr("How does it compare with the prediction?"))
        self.act = _text_box(self.tr("Act"), 2)
        self.decision = QComboBox()
        self.decision.setAccessibleName(self.tr("Decision"))
        self.decision.addItem(self.tr("Not decided yet"), None)
        for decision, name in self._decision_names().items():
            self.decision.addItem(name, decision.value)
        self.work_up_button = QPushButton(self.tr("Work up the study into A–R–L"))
        self.work_up_button.setEnabled(self._work_up is not None)
        form = QFormLayout()
        form.addRow(self.tr("Tit&le:"), self.cycle_title)
        form.addRow(self.tr("Change &idea:"), self.cycle_idea)
        dates = QHBoxLayout()
        dates.addWidget(self.cycle_start)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.cycle_end)
        dates.addStretch(1)
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.cycle_start)  # a row of two dates: the label needs its buddy
        form.addRow(from_label, dates)
        form.addRow(self.tr("Plan (&what, who, when):"), self.plan)
        form.addRow(self.tr("P&rediction:"), self.prediction)
        form.addRow(self.tr("D&o:"), self.do)
        form.addRow(self.tr("St&udy:"), self.study)
        form.addRow(self.tr("Ac&t:"), self.act)
        form.addRow(self.tr("D&ecision:"), self.decision)
        form.addRow("", self.work_up_button)
        self.cycle_form = QWidget()
        self.cycle_form.setLayout(form)
        left = QVBoxLayout()
        left.addWidget(self.cycle_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_cycle)
        buttons.addWidget(self.remove_cycle)
        left.addLayout(buttons)
        layout = QHBoxLayout(tab)
        layout.addLayout(left, 1)
        layout.addWidget(self.cycle_form, 2)
        self.add_cycle.clicked.connect(self.add_pdsa)
        self.remove_cycle.clicked.connect(self.remove_pdsa)
        self.cycle_list.currentItemChanged.connect(lambda *_: self._show_cycle())
        self.work_up_button.clicked.connect(self._work_up_cycle)
        self.cycle_title.textEdited.connect(self._cycle_edited)
        for combo in (self.cycle_idea, self.decision):
            combo.currentIndexChanged.connect(self._cycle_edited)
        for edit in (self.cycle_start, self.cycle_end):
            edit.dateChanged.connect(self._cycle_edited)
        for box in (self.plan, self.prediction, self.do, self.study, self.act):
            box.textChanged.connect(self._cycle_edited)
        return tab

    def _indicators_tab(self) -> QWidget:
        tab = QWidget()
        self.indicator_list = QListWidget()
        self.indicator_list.setAccessibleName(self.tr("Indicators"))
        self.add_indicator = QPushButton(self.tr("Add &indicator"))
        self.remove_indicator = QPushButton(self.tr("Remove indica&tor"))
        self.indicator_name = QLineEdit()
        self.indicator_name.setAccessibleName(self.tr("Name of the indicator"))
        self.indicator_kind = QComboBox()
        self.indicator_kind.setAccessibleName(self.tr("Kind of indicator"))
        for kind, name in self._kind_names().items():
            self.indicator_kind.addItem(name, kind.value)
        self.unit = QLineEdit()
        self.unit.setAccessibleName(self.tr("Unit"))
        self.definition = _text_box(self.tr("Definition"), 2)
        self.measurements = QTableWidget(0, 2)
        self.measurements.setAccessibleName(self.tr("Measurements"))
        self.measurements.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Value")])
        self.measurements.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.paste_button = QPushButton(self.tr("Pa&ste from a spreadsheet"))
        self.paste_button.setToolTip(self.tr("Two columns: a date and a number (Ctrl+Shift+V)"))
        self.csv_button = QPushButton(self.tr("Import CS&V…"))
        self.marked = QListWidget()
        self.marked.setAccessibleName(self.tr("PDSA cycles marked on the chart"))
        self.chart = RunChartWidget()
        form = QFormLayout()
        form.addRow(self.tr("Na&me:"), self.indicator_name)
        form.addRow(self.tr("&Kind:"), self.indicator_kind)
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow(self.tr("De&finition:"), self.definition)
        data = QHBoxLayout()
        data.addWidget(self.paste_button)
        data.addWidget(self.csv_button)
        data.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(data)
        middle = QHBoxLayout()
        middle.addWidget(self.measurements, 1)
        middle.addWidget(self.marked, 1)
        right.addLayout(middle, 1)
        right.addWidget(self.chart, 2)
        self.indicator_form = QWidget()
        self.indicator_form.setLayout(right)
        left = QVBoxLayout()
        left.addWidget(self.indicator_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_indicator)
        buttons.addWidget(self.remove_indicator)
        left.addLayout(buttons)
        layout = QHBoxLayout(tab)
        layout.addLayout(left, 1)
        layout.addWidget(self.indicator_form, 3)
        self.add_indicator.clicked.connect(self.add_measure)
        self.remove_indicator.clicked.connect(self.remove_measure)
        self.indicator_list.currentItemChanged.connect(lambda *_: self._show_indicator())
        self.paste_button.clicked.connect(self.paste_measurements)
        self.csv_button.clicked.connect(self.import_csv)
        paste = QShortcut(QKeySequence("Ctrl+Shift+V"), self.indicator_form)
        paste.activated.connect(self.paste_measurements)
        self.indicator_name.textEdited.connect(self._indicator_edited)
        self.unit.textEdited.connect(self._indicator_edited)
        self.indicator_kind.currentIndexChanged.connect(self._indicator_edited)
        self.definition.textChanged.connect(self._indicator_edited)
        self.measurements.itemChanged.connect(self._indicator_edited)
        self.marked.itemChanged.connect(self._indicator_edited)
        return tab

    # -- names ---------------------------------------------------------------------------
    def _state_names(self) -> dict[InitiativeState, str]:
        return {
            InitiativeState.PLANNING: self.tr("Planning"),
            InitiativeState.TESTING: self.tr("Testing"),
            InitiativeState.IMPLEMENTING: self.tr("Implementing"),
            InitiativeState.SPREADING: self.tr("Spreading"),
            InitiativeState.CLOSED: self.tr("Closed"),
        }

    def _decision_names(self) -> dict[Decision, str]:
        return {
            Decision.ADOPT: self.tr("Adopt"),
            Decision.ADAPT: self.tr("Adapt"),
            Decision.ABANDON: self.tr("Abandon"),
        }

    def _kind_names(self) -> dict[IndicatorKind, str]:
        return {
            IndicatorKind.OUTCOME: self.tr("Outcome measure"),
            IndicatorKind.PROCESS: self.tr("Process measure"),
            IndicatorKind.BALANCING: self.tr("Balancing measure"),
        }

    # -- initiatives ---------------------------------------------------------------------
    def _fill_list(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for initiative in self._initiatives:
            item = QListWidgetItem(initiative.title)
            item.setData(UidRole, initiative.uid)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def _chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.save_now()
        uid = current.data(UidRole) if current is not None else None
        self._show(next((i for i in self._initiatives if i.uid == uid), None))

    def add_initiative(self) -> None:
        self.save_now()
        made = Initiative(title=self.tr("New initiative"))
        try:
            made = self.journal.save_initiative(made)
        except JournalError as exc:
            self._failed(exc)
            return
        self._initiatives.append(made)
        self._fill_list()
        self.list.setCurrentRow(len(self._initiatives) - 1)
        self.tabs.setCurrentIndex(0)
        self.title.setFocus()
        self.title.selectAll()

    def remove_initiative(self) -> None:
        current = self._current
        if current is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete initiative"),
            self.tr("Delete “%1” with its diagram, cycles and indicators?").replace(
                "%1", current.title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._timer.stop()
        try:
            self.journal.delete_initiative(current.uid)
        except JournalError as exc:
            self._failed(exc)
            return
        self._initiatives = [i for i in self._initiatives if i.uid != current.uid]
        self._current = None
        self._fill_list()
        if self._initiatives:
            self.list.setCurrentRow(0)
        else:
            self._show(None)

    def _show(self, initiative: Initiative | None) -> None:
        self._current = initiative
        self.tabs.setEnabled(initiative is not None)
        self.remove_button.setEnabled(initiative is not None)
        if initiative is None:
            return
        self._loading = True
        try:
            self.title.setText(initiative.title)
            self.state.setCurrentIndex(max(0, self.state.findData(initiative.state.value)))
            self.aim.setPlainText(initiative.aim)
            self.team.setPlainText(initiative.team)
            self.partners.setPlainText(initiative.partners)
            self.drivers.set_nodes(initiative.aim or initiative.title, initiative.drivers)
            self.diagram.show_initiative(initiative)
            self._fill_cycles()
            self._fill_indicators()
        finally:
            self._loading = False

    def _changed(self) -> None:
        if self._loading or self._current is None:
            return
        current = self._current
        self._current = dataclasses.replace(
            current,
            title=self.title.text().strip() or current.title,
            state=InitiativeState(str(self.state.currentData())),
            aim=self.aim.toPlainText(),
            team=self.team.toPlainText(),
            partners=self.partners.toPlainText(),
            drivers=self.drivers.nodes(),
        )
        self.drivers.set_aim(self._current.aim or self._current.title)
        self.diagram.show_initiative(self._current)
        self._refresh_ideas()
        self.status.setText(self.tr("Editing…"))
        self._timer.start()

    def save_now(self) -> bool:
        """Keep the open initiative; on a failure every word stays and the reason shows."""
        self._timer.stop()
        current = self._current
        if current is None:
            return True
        stored = next((i for i in self._initiatives if i.uid == current.uid), None)
        if stored == current:
            return True
        try:
            saved = self.journal.save_initiative(current)
        except JournalError as exc:
            self._failed(exc)
            return False
        self._current = saved
        self._initiatives = [saved if i.uid == saved.uid else i for i in self._initiatives]
        item = self.list.currentItem()
        if item is not None and item.data(UidRole) == saved.uid:
            item.setText(saved.title)
        self.status.setText(self.tr("Saved"))
        return True

    def _failed(self, exc: JournalError) -> None:
        from ui.errors import describe

        self.status.setText(self.tr("Not saved: %1").replace("%1", describe(exc)))

    def reject(self) -> None:
        if not self.save_now():
            answer = QMessageBox.question(
                self,
                self.tr("Not saved"),
                self.tr("The last changes could not be saved. Close and lose them?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    # -- cycles --------------------------------------------------------------------------
    def _refresh_ideas(self) -> None:
        current = self._current
        chosen = self.cycle_idea.currentData()
        self.cycle_idea.blockSignals(True)
        self.cycle_idea.clear()
        self.cycle_idea.addItem(self.tr("No change idea"), None)
        for node in current.change_ideas() if current else []:
            self.cycle_idea.addItem(node.text, node.uid)
        self.cycle_idea.setCurrentIndex(max(0, self.cycle_idea.findData(chosen)))
        self.cycle_idea.blockSignals(False)

    def _show_tested(self) -> None:
        """Each change idea's cycles, in order, beside it in the tree."""
        current = self._current
        if current is not None:
            self.drivers.set_cycles(
                {n.uid: [c.title for c in current.cycles_of(n.uid)] for n in current.change_ideas()}
            )

    def _fill_cycles(self) -> None:
        current = self._current
        self._refresh_ideas()
        self._show_tested()
        self.cycle_list.blockSignals(True)
        self.cycle_list.clear()
        for cycle in current.cycles if current else ():
            item = QListWidgetItem(cycle.title)
            item.setData(UidRole, cycle.uid)
            self.cycle_list.addItem(item)
        self.cycle_list.blockSignals(False)
        if self.cycle_list.count():
            self.cycle_list.setCurrentRow(0)
        self._show_cycle()

    def _cycle(self) -> PdsaCycle | None:
        item = self.cycle_list.currentItem()
        if item is None or self._current is None:
            return None
        return next((c for c in self._current.cycles if c.uid == item.data(UidRole)), None)

    def _show_cycle(self) -> None:
        cycle = self._cycle()
        self.cycle_form.setEnabled(cycle is not None)
        self.remove_cycle.setEnabled(cycle is not None)
        if cycle is None:
            return
        was, self._loading = self._loading, True
        try:
            self.cycle_title.setText(cycle.title)
            self.cycle_idea.setCurrentIndex(max(0, self.cycle_idea.findData(cycle.change_idea_uid)))
            self.cycle_start.setDate(to_qdate(cycle.starts_on or date.today()))
            self.cycle_end.setDate(to_qdate(cycle.ends_on or cycle.starts_on or date.today()))
            for box, text in (
                (self.plan, cycle.plan),
                (self.prediction, cycle.prediction),
                (self.do, cycle.do),
                (self.study, cycle.study),
                (self.act, cycle.act),
            ):
                box.setPlainText(text)
            value = cycle.decision.value if cycle.decision else None
            self.decision.setCurrentIndex(max(0, self.decision.findData(value)))
        finally:
            self._loading = was

    def _cycle_edited(self) -> None:
        cycle = self._cycle()
        if self._loading or cycle is None or self._current is None:
            return
        idea = self.cycle_idea.currentData()
        decision = self.decision.currentData()
        start = to_date(self.cycle_start.date())
        updated = dataclasses.replace(
            cycle,
            title=self.cycle_title.text().strip() or cycle.title,
            change_idea_uid=idea if isinstance(idea, str) else None,
            starts_on=start,
            ends_on=max(start, to_date(self.cycle_end.date())),
            plan=self.plan.toPlainText(),
            prediction=self.prediction.toPlainText(),
            do=self.do.toPlainText(),
            study=self.study.toPlainText(),
            act=self.act.toPlainText(),
            decision=Decision(decision) if isinstance(decision, str) else None,
        )
        self._current = dataclasses.replace(
            self._current,
            cycles=tuple(updated if c.uid == cycle.uid else c for c in self._current.cycles),
        )
        item = self.cycle_list.currentItem()
        if item is not None:
            item.setText(updated.title)
        self._show_tested()
        self.status.setText(self.tr("Editing…"))
        self._timer.start()

    def add_pdsa(self) -> None:
        if self._current is None:
            return
        number = len(self._current.cycles) + 1
        idea = self.cycle_idea.currentData()
        cycle = PdsaCycle(
            title=self.tr("PDSA %1").replace("%1", str(number)),
            starts_on=date.today(),
            ends_on=date.today(),
            change_idea_uid=idea if isinstance(idea, str) else None,
        )
        self._current = dataclasses.replace(self._current, cycles=(*self._current.cycles, cycle))
        self._fill_cycles()
        self.cycle_list.setCurrentRow(self.cycle_list.count() - 1)
        self.cycle_title.setFocus()
        self.cycle_title.selectAll()
        self._timer.start()

    def remove_pdsa(self) -> None:
        cycle = self._cycle()
        if cycle is None or self._current is None:
            return
        self._current = dataclasses.replace(
            self._current,
            cycles=tuple(c for c in self._current.cycles if c.uid != cycle.uid),
            indicators=tuple(
                dataclasses.replace(
                    i, cycles_marked=tuple(u for u in i.cycles_marked if u != cycle.uid)
                )
                for i in self._current.indicators
            ),
        )
        self._fill_cycles()
        self._fill_indicators()
        self._timer.start()

    def _work_up_cycle(self) -> None:
        cycle = self._cycle()
        if cycle is None or self._current is None or self._work_up is None:
            return
        if self.save_now():
            self._work_up(cycle, self._current)

    # -- indicators ----------------------------------------------------------------------
    def _fill_indicators(self) -> None:
        current = self._current
        self.indicator_list.blockSignals(True)
        self.indicator_list.clear()
        for indicator in current.indicators if current else ():
            item = QListWidgetItem(indicator.name)
            item.setData(UidRole, indicator.uid)
            self.indicator_list.addItem(item)
        self.indicator_list.blockSignals(False)
        if self.indicator_list.count():
            self.indicator_list.setCurrentRow(0)
        self._show_indicator()

    def _indicator(self) -> Indicator | None:
        item = self.indicator_list.currentItem()
        if item is None or self._current is None:
            return None
        uid = item.data(UidRole)
        return next((i for i in self._current.indicators if i.uid == uid), None)

    def _show_indicator(self) -> None:
        indicator = self._indicator()
        self.indicator_form.setEnabled(indicator is not None)
        self.remove_indicator.setEnabled(indicator is not None)
        cycles = list(self._current.cycles) if self._current else []
        self.chart.show_indicator(indicator, cycles)
        if indicator is None:
            return
        was, self._loading = self._loading, True
        try:
            self.indicator_name.setText(indicator.name)
            self.indicator_kind.setCurrentIndex(
                max(0, self.indicator_kind.findData(indicator.kind.value))
            )
            self.unit.setText(indicator.unit)
            self.definition.setPlainText(indicator.definition)
            # One empty row at the end, to type the next measurement into.
            self.measurements.setRowCount(len(indicator.measurements) + 1)
            for column in (0, 1):
                self.measurements.setItem(len(indicator.measurements), column, QTableWidgetItem())
            for row, m in enumerate(indicator.measurements):
                self.measurements.setItem(row, 0, QTableWidgetItem(m.day.isoformat()))
                self.measurements.setItem(row, 1, QTableWidgetItem(f"{m.value:g}"))
            self.marked.clear()
            for cycle in cycles:
                item = QListWidgetItem(cycle.title)
                item.setData(UidRole, cycle.uid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = cycle.uid in indicator.cycles_marked
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.marked.addItem(item)
        finally:
            self._loading = was

    def _table_measurements(self) -> tuple[Measurement, ...] | None:
        """The table's rows; None (and the row named) when one is not a date and a number."""
        rows = []
        for row in range(self.measurements.rowCount()):
            day_item, value_item = self.measurements.item(row, 0), self.measurements.item(row, 1)
            text = (
                f"{day_item.text() if day_item else ''}\t{value_item.text() if value_item else ''}"
            )
            if not text.strip():
                continue
            rows.append(text)
        try:
            return tuple(parse_pasted("\n".join(rows)))
        except ValueError as exc:
            self.status.setText(self.tr("Not kept: %1").replace("%1", str(exc)))
            return None

    def _indicator_edited(self) -> None:
        indicator = self._indicator()
        if self._loading or indicator is None or self._current is None:
            return
        measurements = self._table_measurements()
        if measurements is None:
            return
        last = self.measurements.rowCount() - 1
        typed = [self.measurements.item(last, c) for c in (0, 1)]
        if all(cell is not None and cell.text().strip() for cell in typed):
            was, self._loading = self._loading, True  # a new empty row for the next one
            self.measurements.insertRow(last + 1)
            for column in (0, 1):
                self.measurements.setItem(last + 1, column, QTableWidgetItem())
            self._loading = was
        marked = tuple(
            str(self.marked.item(n).data(UidRole))
            for n in range(self.marked.count())
            if self.marked.item(n).checkState() == Qt.CheckState.Checked
        )
        self._replace_indicator(
            dataclasses.replace(
                indicator,
                name=self.indicator_name.text().strip() or indicator.name,
                kind=IndicatorKind(str(self.indicator_kind.currentData())),
                unit=self.unit.text().strip(),
                definition=self.definition.toPlainText(),
                measurements=measurements,
                cycles_marked=marked,
            )
        )

    def _replace_indicator(self, updated: Indicator) -> None:
        assert self._current is not None
        self._current = dataclasses.replace(
            self._current,
            indicators=tuple(
                updated if i.uid == updated.uid else i for i in self._current.indicators
            ),
        )
        item = self.indicator_list.currentItem()
        if item is not None:
            item.setText(updated.name)
        self.chart.show_indicator(updated, list(self._current.cycles))
        self.status.setText(self.tr("Editing…"))
        self._timer.start()

    def add_measure(self) -> None:
        if self._current is None:
            return
        indicator = Indicator(name=self.tr("New indicator"))
        self._current = dataclasses.replace(
            self._current, indicators=(*self._current.indicators, indicator)
        )
        self._fill_indicators()
        self.indicator_list.setCurrentRow(self.indicator_list.count() - 1)
        self.indicator_name.setFocus()
        self.indicator_name.selectAll()
        self._timer.start()

    def remove_measure(self) -> None:
        indicator = self._indicator()
        if indicator is None or self._current is None:
            return
        if indicator.measurements:
            answer = QMessageBox.question(
                self,
                self.tr("Remove indicator"),
                self.tr(
                    "Remove “%1” and its %n measurements?", "", len(indicator.measurements)
                ).replace("%1", indicator.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._current = dataclasses.replace(
            self._current,
            indicators=tuple(i for i in self._current.indicators if i.uid != indicator.uid),
        )
        self._fill_indicators()
        self._timer.start()

    def add_values(self, text: str) -> bool:
        """Measurements from pasted text or a CSV file, added to the open indicator (a day
        it has takes the new value). False, and nothing changed, when a row is neither."""
        indicator = self._indicator()
        if indicator is None:
            return False
        try:
            found = parse_pasted(text)
        except ValueError as exc:
            QMessageBox.warning(
                self,
                self.tr("Nothing added"),
                self.tr("The values were not added: %1").replace("%1", str(exc)),
            )
            return False
        updated = dataclasses.replace(
            indicator, measurements=merge_measurements(indicator.measurements, found)
        )
        self._replace_indicator(updated)
        self._show_indicator()
        self.status.setText(self.tr("%n values added", "", len(found)))
        return True

    def paste_measurements(self) -> None:
        self.add_values(QGuiApplication.clipboard().text())

    def import_csv(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import CSV"), "", self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if not name:
            return
        try:
            text = Path(name).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Nothing added"),
                self.tr("The file could not be read: %1").replace("%1", str(exc)),
            )
            return
        self.add_values(text)
