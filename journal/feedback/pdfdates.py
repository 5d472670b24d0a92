"""PDF date strings (``D:20251030103422+01'00'`` and the variants readers write)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

_DATE = re.compile(
    r"^(?:D:)?(?P<y>\d{4})(?P<mo>\d{2})?(?P<d>\d{2})?(?P<h>\d{2})?(?P<mi>\d{2})?(?P<s>\d{2})?"
    r"(?:\.\d+)?\s*(?P<z>[Zz]|[+-]\d{2}'?(?:\d{2})?'?)?\s*$"
)


def parse_pdf_date(text: str | None) -> datetime | None:
    """An aware datetime from a PDF date, or None when there is none or it is not one.
    Without a zone the time is taken as UTC (the spec's "unknown" zone)."""
    if not text:
        return None
    match = _DATE.match(text.strip())
    if match is None:
        return None
    g = match.groupdict()
    zone = g["z"]
    tz: timezone = UTC
    if zone and zone not in ("Z", "z"):
        digits = zone[1:].replace("'", "")
        hours = int(digits[:2])
        minutes = int(digits[2:4] or 0)
        offset = timedelta(hours=hours, minutes=minutes)
        if offset >= timedelta(hours=24):
            return None
        tz = timezone(-offset if zone[0] == "-" else offset)
    try:
        return datetime(
            int(g["y"]),
            int(g["mo"] or 1),
            int(g["d"] or 1),
            int(g["h"] or 0),
            int(g["mi"] or 0),
            int(g["s"] or 0),
            tzinfo=tz,
        )
    except ValueError:
        return None
