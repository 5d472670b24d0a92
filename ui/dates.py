"""Dates between Python and Qt, and shown as the participant's locale writes them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QLocale


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def to_date(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def short_date(d: date) -> str:
    """``d`` as the locale writes a date in a list: 2026-03-01, 1.3.2026, 01/03/2026."""
    return QLocale().toString(to_qdate(d), QLocale.FormatType.ShortFormat)


def long_date(d: date) -> str:
    """``d`` written out: 'söndag 1 mars 2026', 'Sunday, 1 March 2026'."""
    return QLocale().toString(to_qdate(d), QLocale.FormatType.LongFormat)


def month_end(day: date) -> date:
    """The last day of ``day``'s month."""
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def day_and_time(moment: datetime) -> str:
    """An aware ``moment`` in the computer's time zone: the day written out and the time
    ("måndag 30 november 2026, 21:08"), without the zone's long name."""
    when = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    locale = QLocale()
    day = locale.toString(when.date(), QLocale.FormatType.LongFormat)
    return f"{day}, {locale.toString(when.time(), QLocale.FormatType.ShortFormat)}"


def short_day_of(moment: datetime) -> str:
    """The local day of an aware ``moment``, as the locale writes a date in a list."""
    when = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(when.date(), QLocale.FormatType.ShortFormat)
