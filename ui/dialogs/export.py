"""Exporting the PDF portfolio from the app: choices, then a worker with progress and Cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.domain import EntryFacts, EntryFilter, EntryKind, Programme
from journal.patient_data import EntryHits
from journal.portfolio.options import (
    MAX_PASSWORD_BYTES,
    ExportCancelled,
    ExportResult,
    PortfolioOptions,
)
from journal.store import Journal
from ui.dates import to_date, to_qdate
from ui.models.entry_list import kind_label
from ui.workers import ProgressRun


class ExportDialog(QDialog):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.setWindowTitle(self.tr("Export portfolio"))
        self.setMinimumWidth(560)
        programme = journal.programme()
        newest = journal.list_entries(limit=1)
        first = programme.starts_on if programme and programme.starts_on else None
        last = programme.ends_on if programme and programme.ends_on else None
        today = date.today()
        self.date_from = QDateEdit(to_qdate(first or date(today.year - 1, today.month, 1)))
        self.date_to = QDateEdit(
            to_qdate(max(last or today, newest[0].occurred_on if newest else today))
        )
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.date_to)
        period.addStretch(1)

        self.kinds: dict[EntryKind, QCheckBox] = {}
        kinds_row = QVBoxLayout()
        for kind in (EntryKind.THEORY, EntryKind.ARL, EntryKind.EXPERIENCE, EntryKind.TRIP_NOTE):
            box = QCheckBox(kind_label(kind))
            box.setChecked(True)
            self.kinds[kind] = box
            kinds_row.addWidget(box)

        self.tags = QListWidget()
        self.tags.setAccessibleName(self.tr("Only entries with these tags"))
        self.tags.setMaximumHeight(110)
        for name, count in journal.tags():
            item = QListWidgetItem(f"{name} ({count})")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.tags.addItem(item)

        self.include_private = QCheckBox(self.tr("Include &private entries (marked as private)"))
        self.mentor_dialogue = QCheckBox(
            self.tr("Include the &dialogue with my mentor (comments and my responses)")
        )
        self._has_comments = journal.mentor_summary()[0] > 0
        self.improvement = QCheckBox(
            self.tr("Include my &improvement work (aim, driver diagram, cycles, run charts)")
        )
        self._has_initiatives = bool(journal.initiatives())
        self.improvement.setChecked(True)
        self.improvement.setVisible(self._has_initiatives)
        self.mentor_dialogue.setChecked(self._has_comments)
        self.mentor_dialogue.setVisible(self._has_comments)
        self.leave_out_button = QPushButton(self.tr("&Leave out entries…"))
        self.leave_out_button.clicked.connect(self.choose_left_out)
        self.left_out: frozenset[str] = frozenset()
        self.left_out_label = QLabel()

        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("optional: the mentor needs it to open the PDF"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat password"))
        self.mismatch = QLabel(self.tr("The passwords differ."))
        self.mismatch.setVisible(False)

        participant = journal.participant()
        name = participant.name if participant else ""
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.output = QLineEdit(
            str(
                Path(documents or Path.home())
                / self.tr("Portfolio %1.pdf").replace("%1", name).replace(" .pdf", ".pdf")
            )
        )
        self.output.setAccessibleName(self.tr("Save as"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Period:"), period)
        form.addRow(self.tr("Include:"), kinds_row)
        form.addRow(self.tr("Tags (none checked: all):"), self.tags)
        form.addRow("", self.include_private)
        form.addRow("", self.mentor_dialogue)
        form.addRow("", self.improvement)
        left = QHBoxLayout()
        left.addWidget(self.leave_out_button)
        left.addWidget(self.left_out_label, 1)
        form.addRow("", left)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Repeat:"), self.repeat)
        form.addRow("", self.mismatch)
        form.addRow(self.tr("Save as:"), out_row)

        # The patient-data guard: where numbers are (never the numbers), masked by default.
        from journal.patient_data import check_journal

        self._hits = check_journal(journal)
        self._facts: dict[str, EntryFacts] | None = None
        self._in_notes = _numbers_in_session_notes(programme)
        self.guard_summary = QLabel()
        self.guard_summary.setWordWrap(True)
        self.guard_list = QListWidget()
        self.guard_list.setAccessibleName(self.tr("Entries with personal identity numbers"))
        self.guard_list.setMaximumHeight(96)
        self.mask_numbers = QCheckBox(
            self.tr("&Mask personal identity numbers in the portfolio (XXXXXX-XXXX)")
        )
        self.mask_numbers.setChecked(True)
        self.mask_numbers.toggled.connect(self._mask_toggled)
        form.addRow(self.tr("Patient data:"), self.guard_summary)
        form.addRow("", self.guard_list)
        form.addRow("", self.mask_numbers)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for widget in (self.password, self.repeat, self.output):
            widget.textChanged.connect(self._update)
        for box in self.kinds.values():
            box.toggled.connect(self._update)
            box.toggled.connect(self._update_guard)
        for date_edit in (self.date_from, self.date_to):
            date_edit.dateChanged.connect(self._update_guard)
        self.include_private.toggled.connect(self._update_guard)
        self.tags.itemChanged.connect(self._update_guard)
        self._update()
        self._update_guard()

    def included_hits(self) -> list[EntryHits]:
        """The entries with numbers that the chosen options put in the portfolio."""
        if not self._hits:
            return []
        if self._facts is None:  # only when there is something to filter
            everything = EntryFilter(include_private=True)
            self._facts = {f.uid: f for f in self._journal.entry_facts(everything)}
        options = self.options()
        return [
            hit
            for hit in self._hits
            if hit.uid in self._facts and options.admits(self._facts[hit.uid])
        ]

    def _update_guard(self) -> None:
        from ui.dialogs.privacy_check import describe_hits

        included = self.included_hits()
        self.guard_list.clear()
        for entry in included:
            self.guard_list.addItem(describe_hits(entry))
        if self._in_notes:
            self.guard_list.addItem(self.tr("Notes of the sparring meetings"))
        count = len(included) + (1 if self._in_notes else 0)
        self.guard_list.setVisible(count > 0)
        self.mask_numbers.setVisible(count > 0)
        if not count:
            self.guard_summary.setText(
                self.tr("No personal identity numbers in the entries you export.")
            )
        elif self.mask_numbers.isChecked():
            self.guard_summary.setText(
                self.tr(
                    "%n of the entries you export hold what looks like a personal identity "
                    "number. The portfolio shows them masked; your journal is not changed.",
                    "",
                    count,
                )
            )
        else:
            self.guard_summary.setText(
                self.tr(
                    "%n of the entries you export hold what looks like a personal identity "
                    "number, and the portfolio shows them as written.",
                    "",
                    count,
                )
            )

    def _mask_toggled(self, checked: bool) -> None:
        if not checked:
            answer = QMessageBox.warning(
                self,
                self.tr("Export unmasked?"),
                self.tr(
                    "The portfolio would show personal identity numbers as written. It is "
                    "meant to be sent to your mentor, and patient data does not belong in "
                    "it. Export them unmasked?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.mask_numbers.blockSignals(True)
                self.mask_numbers.setChecked(True)
                self.mask_numbers.blockSignals(False)
        self._update_guard()

    def _update(self) -> None:
        differ = self.password.text() != self.repeat.text()
        too_long = len(self.password.text().encode("utf-8")) > MAX_PASSWORD_BYTES
        if too_long:
            self.mismatch.setText(
                self.tr(
                    "The password is too long for PDF readers: use at most %1 letters."
                ).replace("%1", str(MAX_PASSWORD_BYTES // 2))
            )
        else:
            self.mismatch.setText(self.tr("The passwords differ."))
        self.mismatch.setVisible(differ or too_long)
        ready = (
            not differ
            and not too_long
            and bool(self.output.text().strip())
            and any(b.isChecked() for b in self.kinds.values())
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save portfolio as"), self.output.text(), self.tr("PDF (*.pdf)")
        )
        if name:
            self.output.setText(name if name.lower().endswith(".pdf") else f"{name}.pdf")

    def choose_left_out(self) -> None:
        options = self.options()
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Entries in the portfolio"))
        dialog.resize(520, 520)
        entries = QListWidget()
        flt = EntryFilter(
            kinds=options.kinds,
            include_private=options.include_private,
            date_from=options.date_from,
            date_to=options.date_to,
        )
        locale = self.locale()
        for summary in self._journal.list_entries(flt, limit=5000):
            day = locale.toString(to_qdate(summary.occurred_on), locale.FormatType.ShortFormat)
            title = summary.title or self.tr("(untitled)")
            item = QListWidgetItem(f"{day}  {title}")
            item.setData(Qt.ItemDataRole.UserRole, summary.uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = summary.uid not in self.left_out
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            entries.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("Uncheck the entries to leave out.")))
        layout.addWidget(entries)
        layout.addWidget(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_left_out(
                frozenset(
                    str(entries.item(n).data(Qt.ItemDataRole.UserRole))
                    for n in range(entries.count())
                    if entries.item(n).checkState() != Qt.CheckState.Checked
                )
            )

    def set_left_out(self, uids: frozenset[str]) -> None:
        self.left_out = uids
        self.left_out_label.setText(self.tr("%n left out", "", len(uids)) if uids else "")
        self._update_guard()

    def options(self) -> PortfolioOptions:
        tags = frozenset(
            str(self.tags.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.tags.count())
            if self.tags.item(n).checkState() == Qt.CheckState.Checked
        )
        start, end = to_date(self.date_from.date()), to_date(self.date_to.date())
        return PortfolioOptions(
            include_private=self.include_private.isChecked(),
            date_from=min(start, end),
            date_to=max(start, end),
            kinds=frozenset(k for k, box in self.kinds.items() if box.isChecked()),
            tags=tags,
            exclude_uids=self.left_out,
            password=self.password.text() or None,
            mask_identity_numbers=self.mask_numbers.isChecked(),
            mentor_dialogue=self._has_comments and self.mentor_dialogue.isChecked(),
            improvement=self.improvement.isChecked(),
        )

    def output_path(self) -> Path:
        return Path(self.output.text().strip()).expanduser()


def _numbers_in_session_notes(programme: Programme | None) -> bool:
    from journal.patient_data import masked

    return programme is not None and masked(programme)[1] > 0


class ExportRun(ProgressRun):
    """One export on the thread pool, shown with a progress dialog that can cancel it."""

    def __init__(self, parent: QWidget, journal: Journal, options: PortfolioOptions, out: Path):
        from journal.portfolio import export_and_record

        super().__init__(
            parent,
            lambda progress, cancelled: export_and_record(
                journal, options, out, progress=progress, cancelled=cancelled
            ),
            title=QCoreApplication.translate("ExportRun", "Export portfolio"),
            label=QCoreApplication.translate("ExportRun", "Laying out the portfolio…"),
            cancel=QCoreApplication.translate("ExportRun", "Cancel"),
            cancelled_error=ExportCancelled,
        )
        self.out = out
        self.result: ExportResult | None = None
        self.error: str | None = None

    def succeeded(self, result: object) -> None:
        assert isinstance(result, ExportResult)
        self.result = result
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("ExportRun", "Portfolio exported"))
        # Each count in its plural form ("1 anteckning på 1 sida"): review 3.31.
        entries = self.tr("%n entries", "", result.entries)
        pages = self.tr("%n pages", "", result.pages)
        box.setText(
            QCoreApplication.translate("ExportRun", "%1 on %2.")
            .replace("%1", entries)
            .replace("%2", pages)
        )
        notes: list[str] = []
        if result.masked:
            notes.append(
                self.tr(
                    "%n personal identity numbers are masked in it; your journal is unchanged.",
                    "",
                    result.masked,
                )
            )
        if result.warnings:
            box.setDetailedText("\n".join(result.warnings))
            notes.append(
                QCoreApplication.translate(
                    "ExportRun", "Some photos could not be shown; see details."
                )
            )
        if notes:
            box.setInformativeText(" ".join(notes))
        open_button = box.addButton(
            QCoreApplication.translate("ExportRun", "Open PDF"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.out)))

    def failed(self, message: str) -> None:
        self.error = message
        QMessageBox.critical(
            self.parent_widget,
            QCoreApplication.translate("ExportRun", "Export failed"),
            message,
        )

    def cancelled(self) -> None:
        self.show_status(
            QCoreApplication.translate("ExportRun", "Export cancelled; no file was written."), 5000
        )


def export_portfolio_interactively(parent: QWidget, journal: Journal) -> ExportRun | None:
    dialog = ExportDialog(journal, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    run = ExportRun(parent, journal, dialog.options(), dialog.output_path())
    run.start()
    return run
