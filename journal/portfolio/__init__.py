"""The PDF portfolio a mentor reads at the end of the programme.

Importing this package loads reportlab; the rest of ``journal`` never imports it, so
the application starts without paying for it.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from journal.feedback.model import ExportManifest
from journal.portfolio.options import (
    ExportCancelled,
    ExportFailed,
    ExportResult,
    PortfolioOptions,
)
from journal.portfolio.source import PortfolioSource
from journal.storage import files

if TYPE_CHECKING:
    from journal.store import Journal

Progress = Callable[[int, int], None]


def export_portfolio(
    source: PortfolioSource,
    options: PortfolioOptions,
    out: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: date | None = None,
) -> ExportResult:
    """Write the portfolio of ``source`` to ``out`` and say what went in.

    The PDF is written to an owner-only temporary file beside ``out`` (encrypted before
    it is written, when a password is given) and renamed over ``out`` only when whole:
    a cancelled or failed export leaves nothing behind and never touches an existing
    ``out``.
    """
    from journal.portfolio.context import Context
    from journal.portfolio.document import Metadata, PortfolioDoc
    from journal.portfolio.flowables import Registry
    from journal.portfolio.fonts import register
    from journal.portfolio.labels import labels_for
    from journal.portfolio.plan import make_plan
    from journal.portfolio.sections import story
    from journal.portfolio.text import plain

    out = Path(out)
    try:
        options.check()
    except ValueError as exc:
        raise ExportFailed(f"Nothing was exported: {exc}.") from exc
    guard = None
    if options.mask_identity_numbers:
        from journal.patient_data import MaskedSource

        source = guard = MaskedSource(source)
    participant = source.participant()
    programme = source.programme()
    language = options.language or (participant.language if participant else None)
    if language is None and programme is not None:
        language = programme.language
    labels = labels_for(language)
    register()

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled("The export was cancelled.")

    plan = make_plan(source, options, programme, check)
    registry = Registry()
    ctx = Context(
        source=source,
        options=options,
        labels=labels,
        participant=participant,
        programme=programme,
        plan=plan,
        registry=registry,
        progress=progress,
        cancelled=cancelled,
        texts=source.portfolio_texts(),
        ratings=source.self_ratings(),
        initiatives=source.initiatives(),
    )
    name = plain(participant.name, 120) if participant else ""
    title = f"{labels.portfolio} – {name}" if name else labels.portfolio
    from journal.portfolio.sections import programme_name

    subject = plain(programme_name(programme, labels), 200) or labels.portfolio
    meta = Metadata(
        title=title,
        author=name,
        subject=subject,
        keywords=", ".join(sorted(plan.tags)[:40]),
        header=plain(f"{name} · {subject}" if name else subject, 120),
        export_id=uuid.uuid4().hex,
    )
    export_id = meta.export_id
    try:
        with files.staged(out, ".part") as staged:
            if options.password:
                # Laid out in memory and encrypted from there: no plaintext copy of a
                # password-protected portfolio ever reaches the disk.
                buffer = io.BytesIO()
                pages = PortfolioDoc(buffer, labels=labels, meta=meta, registry=registry).lay_out(
                    story(ctx, today or date.today())
                )
                check()
                _encrypt(buffer, options.password, staged)
            else:
                with staged.open("wb") as target:
                    doc = PortfolioDoc(target, labels=labels, meta=meta, registry=registry)
                    pages = doc.lay_out(story(ctx, today or date.today()))
            check()
    except (ExportCancelled, ExportFailed):
        raise
    except OSError as exc:
        raise ExportFailed(f"Could not write {out}: {exc.strerror or exc}") from exc
    if progress is not None:
        progress(plan.total, plan.total)
    manifest = ExportManifest(
        export_id=export_id,
        exported_at=datetime.now(UTC),
        pages=pages,
        places=tuple(registry.places),
        language=labels.language,
        encrypted=bool(options.password),
    )
    return ExportResult(
        path=out,
        pages=pages,
        entries=plan.total,
        warnings=tuple(ctx.warnings),
        masked=guard.masked if guard is not None else 0,
        manifest=manifest,
    )


def export_and_record(
    journal: Journal,
    options: PortfolioOptions,
    out: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Export ``journal``'s portfolio and remember where each entry sits in it, so that
    the comments a mentor makes on the file can be read back (journal.feedback)."""
    import dataclasses

    from journal.errors import JournalError

    result = export_portfolio(journal, options, out, progress=progress, cancelled=cancelled)
    if result.manifest is not None:
        try:
            journal.record_export(result.manifest)
        except JournalError as exc:
            note = f"comments made on this file cannot be read back into the journal: {exc}"
            result = dataclasses.replace(result, warnings=(*result.warnings, note))
    return result


def _encrypt(plain_pdf: io.BytesIO, password: str, locked: Path) -> None:
    """AES-256 (revision 6), which every current reader opens."""
    import pikepdf

    plain_pdf.seek(0)
    with pikepdf.open(plain_pdf) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(user=password, owner=password, R=6))


__all__ = [
    "ExportCancelled",
    "ExportFailed",
    "ExportResult",
    "PortfolioOptions",
    "PortfolioSource",
    "export_and_record",
    "export_portfolio",
]
