"""The welcome: who the participant is and which programme she is in."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journal.domain import Participant, Programme
from journal.store import Journal
from journal.vocabulary import default_areas
from ui import settings
from ui.dates import to_date, to_qdate

CUSTOM = "custom"
SWEDISH_TEMPLATE = "se-regional-arl"
# Each language in its own name.
LANGUAGE_NAMES = (("sv", "Svenska"), ("da", "Dansk"), ("en", "English"))


class FirstRunDialog(QDialog):
    def __init__(self, *, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from journal import programmes

        self.setWindowTitle(self.tr("Welcome to Leadership Journal"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Your journal stays on this computer. Tell it who you are and which "
                "programme you take part in; you can change both later."
            )
        )
        intro.setWordWrap(True)

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name"))
        self.role = QLineEdit()
        self.role.setAccessibleName(self.tr("Your role"))
        self.role.setPlaceholderText(self.tr("e.g. head of department"))
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(self.tr("Your organisation"))
        self.interface = QComboBox()
        self.interface.setAccessibleName(self.tr("Language of the app"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the portfolio"))
        for code, label in LANGUAGE_NAMES:
            self.interface.addItem(label, code)
            self.language.addItem(label, code)
        self.interface.setCurrentIndex(max(0, self.interface.findData(language)))
        self.language.setCurrentIndex(max(0, self.language.findData(language)))

        self.programme = QComboBox()
        self.programme.setAccessibleName(self.tr("Programme"))
        self._templates = {t.id: t for t in programmes.templates()}
        self.programme.addItem(self.tr("Choose your programme…"), None)
        for t in self._templates.values():
            if t.id == CUSTOM:
                continue
            label = t.name if not t.name_en or t.name_en == t.name else f"{t.name} ({t.name_en})"
            self.programme.addItem(label, t.id)
        self.programme.addItem(self.tr("Another programme (enter its name)"), CUSTOM)
        self._programme_chosen = False  # by the participant: then the language leaves it be
        self._preselect_programme(language)
        # What the chosen template is built from and what in it is a suggestion (review 1.1).
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setEnabled(False)  # the palette's muted text
        self.custom_name = QLineEdit()
        self.custom_name.setAccessibleName(self.tr("Programme name"))
        self.starts_on = QDateEdit(to_qdate(date.today()))
        self.starts_on.setCalendarPopup(True)
        self.starts_on.setAccessibleName(self.tr("Programme start date"))
        self.ends_on = QDateEdit(to_qdate(date.today()).addYears(1))
        self.ends_on.setCalendarPopup(True)
        self.ends_on.setAccessibleName(self.tr("Programme end date"))

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("Language of the &app:"), self.interface)
        form.addRow(self.tr("Portfolio &language:"), self.language)
        form.addRow(self.tr("&Programme:"), self.programme)
        form.addRow(self.tr("Programme na&me:"), self.custom_name)
        form.addRow(self.tr("&Starts on:"), self.starts_on)
        form.addRow(self.tr("&Ends on:"), self.ends_on)
        self._form = form

        from ui.dialogs.encryption import PassphraseFields, encryption_available

        self.protect = QCheckBox(self.tr("Protect the journal with a passp&hrase"))
        self.passphrase_fields = PassphraseFields()
        self.protect.setVisible(encryption_available())
        self.passphrase_fields.setVisible(False)
        self.protect.toggled.connect(self.passphrase_fields.setVisible)
        self.protect.toggled.connect(self._update)
        self.passphrase_fields.new.textChanged.connect(self._update)
        self.passphrase_fields.repeat.textChanged.connect(self._update)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create my journal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.description)
        layout.addWidget(self.protect)
        layout.addWidget(self.passphrase_fields)
        layout.addWidget(self.buttons)

        self.name.textChanged.connect(self._update)
        self.custom_name.textChanged.connect(self._update)
        self.programme.currentIndexChanged.connect(self._update)
        self.programme.activated.connect(self._programme_picked)
        self.interface.currentIndexChanged.connect(self._interface_changed)
        self.language.currentIndexChanged.connect(
            lambda _index: self._preselect_programme(str(self.language.currentData()))
        )
        self._update()

    def _programme_picked(self, _index: int) -> None:
        self._programme_chosen = True

    def _interface_changed(self, _index: int) -> None:
        """The portfolio follows the app's language until the participant says otherwise."""
        self.language.setCurrentIndex(self.language.findData(self.interface.currentData()))

    def _preselect_programme(self, language: str) -> None:
        """Swedish: the Swedish regional programme; English: a programme of her own;
        Danish: there are several Danish programmes, so she chooses."""
        if self._programme_chosen:
            return
        wanted = {"sv": SWEDISH_TEMPLATE, "en": CUSTOM}.get(language)
        self.programme.setCurrentIndex(max(0, self.programme.findData(wanted)))

    def interface_language(self) -> str:
        """The language the app is to speak (kept as the Preferences choice)."""
        return str(self.interface.currentData())

    def is_custom(self) -> bool:
        return bool(self.programme.currentData() == CUSTOM)

    def _update(self) -> None:
        custom = self.is_custom()
        chosen = self._templates.get(str(self.programme.currentData()))
        about = chosen.description if chosen is not None and not custom else ""
        if about != self.description.text():
            self.description.setText(about)
            self.description.setVisible(bool(about))
            self.adjustSize()  # the dialog grows with the description, never cuts it
        self._form.setRowVisible(self.custom_name, custom)
        self._form.setRowVisible(self.ends_on, custom)
        ready = (
            bool(self.name.text().strip())
            and self.programme.currentData() is not None
            and (not custom or bool(self.custom_name.text().strip()))
        )
        problem = self.passphrase_fields.check(required=True) if self.protect.isChecked() else None
        typed = bool(self.passphrase_fields.new.text())
        self.passphrase_fields.problem.setText(problem if problem and typed else "")
        ready = ready and problem is None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def passphrase(self) -> str | None:
        """The passphrase to encrypt the new journal with, if one was chosen."""
        return self.passphrase_fields.value() if self.protect.isChecked() else None

    def participant(self) -> Participant:
        return Participant(
            name=self.name.text().strip(),
            role=self.role.text().strip(),
            organisation=self.organisation.text().strip(),
            language=str(self.language.currentData()),
        )

    def chosen_programme(self) -> Programme:
        from journal import programmes

        starts = to_date(self.starts_on.date())
        if self.is_custom():
            ends = max(starts, to_date(self.ends_on.date()))
            language = str(self.language.currentData())
            return Programme(
                name=self.custom_name.text().strip(),
                template_id=CUSTOM,
                language=language,
                starts_on=starts,
                ends_on=ends,
                competency_areas=default_areas(language),
            )
        template = self._templates[str(self.programme.currentData())]
        programme: Programme = programmes.instantiate(template, starts)
        return programme

    @classmethod
    def set_up(
        cls, journal: Journal, *, language: str = "en", parent: QWidget | None = None
    ) -> bool:
        """Ask, then write participant and programme; False when the participant cancels."""
        dialog = cls(language=language, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        dialog.apply(journal)
        return True

    def apply(self, journal: Journal) -> None:
        journal.set_programme(self.chosen_programme())
        journal.set_participant(self.participant())
        chosen = self._templates.get(str(self.programme.currentData()))
        if chosen is not None and not self.is_custom():
            from journal import programmes

            programmes.offer_initiative(journal, chosen)
        settings.set_language_preference(self.interface_language())
