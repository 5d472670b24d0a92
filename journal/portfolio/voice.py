"""The participant's own voice: her foreword, the year at a glance before the detail,
and her closing summary ("What I have learned", "Where I go next") at the end."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from journal.domain import EntryKind
from journal.portfolio import styles as st
from journal.portfolio.context import Context
from journal.portfolio.plan import session_groups
from journal.portfolio.text import escape, markup, plain

MAX_AREAS = 12  # the year's page lists the most used competency areas


def foreword(ctx: Context) -> Iterator[Flowable]:
    yield from ctx.md.render(ctx.texts.foreword)


def showcase(ctx: Context) -> Iterator[Flowable]:
    """What she presents at the programme's closing event, under its name and date."""
    s = st.styles()
    event = ctx.programme.closing_event() if ctx.programme is not None else None
    if event is not None:
        meta = [
            markup(plain(event.title, 120)),
            escape(ctx.labels.span(event.starts_on, event.ends_on)),
        ]
        if event.location:
            meta.append(markup(plain(event.location, 120)))
        yield Paragraph(" · ".join(meta), s.meta)
    yield from ctx.md.render(ctx.texts.showcase)


def closing(ctx: Context) -> Iterator[Flowable]:
    s = st.styles()
    for label, text in (
        (ctx.labels.learned, ctx.texts.learned),
        (ctx.labels.going_next, ctx.texts.next_steps),
    ):
        if text.strip():
            yield Paragraph(escape(label), s.group)
            yield from ctx.md.render(text)


def year(ctx: Context) -> Iterator[Flowable]:
    """One page: the period, entries per module, the competency areas most written
    about, and the versions of the leadership theory."""
    s = st.styles()
    labels, plan = ctx.labels, ctx.plan
    if plan.first_day is not None:
        period = labels.period(plan.first_day, plan.last_day) or labels.day(plan.first_day)
        counts = [
            f"{plan.kinds[k]} {labels.counted[k.value][plan.kinds[k] != 1]}"
            for k in (EntryKind.ARL, EntryKind.EXPERIENCE, EntryKind.TRIP_NOTE)
            if plan.kinds[k]
        ]
        yield Paragraph(escape(" · ".join([period, *counts])), s.meta)
    modules = _per_module(ctx)
    if modules:
        yield _table(labels.module, labels.entries, modules)
    areas = [(plain(name, 80), n) for name, n in plan.competencies.most_common(MAX_AREAS)]
    if areas:
        yield _table(labels.competency_coverage, labels.entries, areas)
    versions = _theory_versions(ctx)
    if versions:
        yield Spacer(1, 8)
        heading = Paragraph(escape(labels.theory_versions), s.label)
        listed = ", ".join(escape(labels.day(day)) for day in versions)
        yield KeepTogether([heading, Paragraph(listed, s.body)])


def _per_module(ctx: Context) -> list[tuple[str, int]]:
    if ctx.programme is None or not ctx.programme.sessions:
        return []
    rows: list[tuple[str, int]] = []
    counted = 0
    for module, sessions in session_groups(ctx.programme):
        n = sum(ctx.plan.per_session[x.uid] for x in sessions)
        counted += n
        if n:
            name = module.name if module else ctx.labels.other_sessions
            rows.append((plain(name, 80), n))
    rest = ctx.plan.total - counted
    if rows and rest:
        rows.append((ctx.labels.no_session, rest))
    return rows


def _theory_versions(ctx: Context) -> list[date]:
    if not ctx.plan.kinds[EntryKind.THEORY]:
        return []
    days = Counter(
        version.created_at.date()
        for entry in ctx.theories()
        for version in entry.versions
        if ctx.options.in_period(version.created_at.date())
    )
    return sorted(days)


def _table(head: str, count_head: str, rows: list[tuple[str, int]]) -> Flowable:
    s = st.styles()
    right, right_head = _right(s.cell), _right(s.cell_head)
    data: list[list[Flowable]] = [
        [Paragraph(escape(head), s.cell_head), Paragraph(escape(count_head), right_head)]
    ]
    data += [[Paragraph(markup(name), s.cell), Paragraph(str(n), right)] for name, n in rows]
    width = st.FRAME_WIDTH
    table = Table(
        data,
        colWidths=[width * 0.8, width * 0.2],
        repeatRows=1,
        style=TableStyle(st.data_table(top=3, bottom=4)),
    )
    table.spaceBefore = 10
    table.spaceAfter = 6
    return KeepTogether([Spacer(1, 4), table])


def _right(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` set flush right: counts line up under their heading."""
    return ParagraphStyle(f"{style.name}-right", parent=style, alignment=TA_RIGHT)
