"""The About box."""

from __future__ import annotations

from html import escape
from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def show_about(parent: QWidget | None) -> None:
    try:
        number = version("leadership-journal")
    except PackageNotFoundError:
        number = "dev"
    lines = [
        QCoreApplication.translate("About", "Version %1").replace("%1", number),
        QCoreApplication.translate(
            "About",
            "A reflective-practice journal for leaders in a development programme: "
            "experiences, Action – Reflection – Learning, your leadership theory and "
            "study trips, and a PDF portfolio for your sparring partner.",
        ),
        QCoreApplication.translate(
            "About", "Everything stays on this computer. The app never connects to the internet."
        ),
        QCoreApplication.translate(
            "About", "Fonts: DejaVu (Bitstream Vera licence) and Droid Sans Fallback (Apache 2.0)."
        ),
    ]
    text = "<h3>Leadership Journal</h3>" + "".join(f"<p>{escape(x)}</p>" for x in lines)
    QMessageBox.about(parent, QCoreApplication.translate("About", "About Leadership Journal"), text)
