"""The frame of the story: cover, contents, programme overview, tag index, and their order."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from journal.domain import EntryKind, Programme, ProgrammeSession
from journal.portfolio import dialogue, growth, improvement, theory, voice
from journal.portfolio import styles as st
from journal.portfolio.charts import charts_section
from journal.portfolio.context import Context
from journal.portfolio.entries import SEP, arl_section, experiences_section, trips_section
from journal.portfolio.flowables import Barrier, TocLine
from journal.portfolio.labels import Labels
from journal.portfolio.plan import session_groups, sorted_trips
from journal.portfolio.text import escape, markup, plain
from journal.portfolio.theory import theory_section

Section = Callable[[Context], Iterator[Flowable]]


def story(ctx: Context, today: date) -> Iterator[Flowable]:
    """Every flowable of the portfolio, made as layout reaches it."""
    sections = _sections(ctx)
    _assign_toc_keys(ctx, sections)
    yield from _cover(ctx, today)
    yield NextPageTemplate("body")
    yield PageBreak()
    yield from _contents(ctx, sections)
    for key, title, make in sections:
        yield PageBreak()
        yield ctx.anchor(title, st.styles().section, 0, toc=("section", key), running_head=True)
        yield from make(ctx)
    if not ctx.plan.total:
        yield Paragraph(escape(ctx.labels.nothing), st.styles().note)


def _sections(ctx: Context) -> list[tuple[str, str, Section]]:
    labels, plan = ctx.labels, ctx.plan
    out: list[tuple[str, str, Section]] = []
    if ctx.texts.foreword.strip():
        out.append(("foreword", labels.foreword, voice.foreword))
    if plan.total:  # the year before the detail, and how to comment, for the mentor
        out.append(("year", labels.year_at_a_glance, voice.year))
        out.append(("guide", labels.comment_guide, dialogue.guide))
    if ctx.programme is not None and ctx.programme.sessions:
        out.append(("overview", labels.overview, _overview))
    if _sparring_sessions(ctx):
        out.append(("sparring", labels.sparring_section, _sparring))
    if ctx.initiatives and ctx.options.improvement:
        out.append(("improvement", labels.improvement, improvement.improvement_section))
    if plan.kinds[EntryKind.THEORY]:
        out.append(("theory", labels.theory_section, theory_section))
    if plan.kinds[EntryKind.ARL]:
        out.append(("arl", labels.arl_section, arl_section))
    if plan.kinds[EntryKind.EXPERIENCE]:
        out.append(("experiences", labels.experiences, experiences_section))
    if plan.kinds[EntryKind.TRIP_NOTE]:
        out.append(("trips", labels.trips, trips_section))
    if plan.total:
        out.append(("charts", labels.charts, charts_section))
    if ctx.ratings:
        out.append(("growth", labels.self_assessment, growth.growth_section))
    if ctx.texts.showcase.strip():
        out.append(("showcase", labels.showcase, voice.showcase))
    if ctx.texts.learned.strip() or ctx.texts.next_steps.strip():
        out.append(("closing", labels.closing, voice.closing))
    if ctx.options.mentor_dialogue and ctx.comments_on(None):
        out.append(("dialogue", labels.on_the_whole, dialogue.on_the_whole))
    if plan.kinds[EntryKind.THEORY] and theory.has_appendix(ctx):
        out.append(("appendix", labels.appendix, theory.appendix))
    if plan.tags:
        out.append(("tags", labels.tag_index, _tag_index))
    return out


def _toc_items(ctx: Context, key: str) -> list[tuple[tuple[str, str], str]]:
    """The second-level contents lines under one section: modules or trips."""
    items: list[tuple[tuple[str, str], str]] = []
    if key == "arl" and ctx.programme is not None and ctx.programme.sessions:
        for module, sessions in session_groups(ctx.programme):
            if any(ctx.plan.arl_sessions[s.uid] for s in sessions):
                title = module.name if module else ctx.labels.other_sessions
                items.append((("module", module.uid if module else ""), title))
        if ctx.plan.arl_sessions[None]:
            items.append((("module", "none"), ctx.labels.no_session))
    elif key == "trips":
        for uid, trip in sorted_trips(ctx.plan):
            title = trip.destination if trip else ctx.labels.other_trip_notes
            items.append((("trip", uid or ""), title))
    return items


def _assign_toc_keys(ctx: Context, sections: list[tuple[str, str, Section]]) -> None:
    for key, _, _ in sections:
        ctx.toc[("section", key)] = ctx.registry.new_key()
        for ident, _ in _toc_items(ctx, key):
            ctx.toc[ident] = ctx.registry.new_key()


def _cover(ctx: Context, today: date) -> Iterator[Flowable]:
    s = st.styles()
    labels = ctx.labels
    programme = ctx.programme
    person = ctx.participant
    yield Spacer(1, 150)
    yield Paragraph(escape(labels.portfolio.upper()), s.cover_kicker)
    title = programme_name(programme, labels) or labels.portfolio
    yield Paragraph(markup(plain(title, 200)), s.cover_title)
    if person is not None and person.name.strip():
        yield Paragraph(markup(plain(person.name, 120)), s.cover_name)
        role = ", ".join(
            plain(x, 120) for x in (person.role, person.organisation) if x and x.strip()
        )
        if role:
            yield Paragraph(markup(role), s.cover_line)
    yield Spacer(1, 28)
    if programme is not None:
        lines = []
        if programme.organiser.strip():
            lines.append(markup(plain(programme.organiser, 160)))
        period = labels.period(programme.starts_on, programme.ends_on)
        if period:
            lines.append(f"{escape(labels.programme_period)}: {escape(period)}")
        for line in lines:
            yield Paragraph(line, s.cover_line)
    elif ctx.plan.first_day is not None:
        period = labels.period(ctx.plan.first_day, ctx.plan.last_day)
        yield Paragraph(escape(period), s.cover_line)
    yield Spacer(1, 12)
    counts = [
        f"{ctx.plan.kinds[k]} {labels.counted[k.value][ctx.plan.kinds[k] != 1]}"
        for k in (EntryKind.ARL, EntryKind.EXPERIENCE, EntryKind.TRIP_NOTE)
        if ctx.plan.kinds[k]
    ]
    if counts:
        yield Paragraph(escape(SEP_TEXT.join(counts)), s.cover_small)
    selection = selection_line(ctx)
    if selection:
        yield Paragraph(escape(selection), s.cover_small)
    yield Paragraph(escape(labels.exported.format(date=labels.day(today))), s.cover_small)


_SECTION_ORDER = (EntryKind.THEORY, EntryKind.ARL, EntryKind.EXPERIENCE, EntryKind.TRIP_NOTE)


def selection_line(ctx: Context) -> str:
    """What a filtered export holds, for its cover: "Selection: 1 March 2026 – 30 June
    2026 · Experiences and Action – Reflection – Learning only · #budget"; "" for all."""
    options, labels = ctx.options, ctx.labels
    parts: list[str] = []
    if options.date_from is not None or options.date_to is not None:
        first = labels.day(options.date_from) if options.date_from else "…"
        last = labels.day(options.date_to) if options.date_to else "…"
        parts.append(f"{first} – {last}")
    if options.kinds and set(_SECTION_ORDER) - options.kinds:
        names = {
            EntryKind.THEORY: labels.theory_section,
            EntryKind.ARL: labels.arl_section,
            EntryKind.EXPERIENCE: labels.experiences,
            EntryKind.TRIP_NOTE: labels.trips,
        }
        chosen = [names[k] for k in _SECTION_ORDER if k in options.kinds]
        listed = (
            f"{', '.join(chosen[:-1])} {labels.and_word} {chosen[-1]}"
            if len(chosen) > 1
            else chosen[0]
        )
        parts.append(labels.only.format(kinds=listed))
    if options.tags:
        parts.append(", ".join("#" + plain(t, 40) for t in sorted(options.tags)[:12]))
    if options.exclude_uids:
        parts.append(labels.left_out.format(n=len(options.exclude_uids)))
    if not parts:
        return ""
    return labels.selection.format(what=SEP_TEXT.strip().join(f" {p} " for p in parts).strip())


SEP_TEXT = "  ·  "


def programme_name(programme: Programme | None, labels: Labels) -> str:
    """The programme's name in the portfolio's language: its English name in English."""
    if programme is None:
        return ""
    if labels.language == "en" and programme.name_en.strip():
        return programme.name_en.strip()
    return programme.name.strip()


def _contents(ctx: Context, sections: list[tuple[str, str, Section]]) -> Iterator[Flowable]:
    s = st.styles()
    yield Paragraph(escape(ctx.labels.contents), s.section)
    for key, title, _ in sections:
        yield TocLine(escape(title), s.toc0, key=ctx.toc[("section", key)], registry=ctx.registry)
        for ident, sub in _toc_items(ctx, key):
            yield TocLine(markup(plain(sub, 90)), s.toc1, key=ctx.toc[ident], registry=ctx.registry)


def _overview(ctx: Context) -> Iterator[Flowable]:
    """Modules and their sessions in time order, with how many entries each has."""
    s = st.styles()
    programme = ctx.programme
    if programme is None:
        return
    labels = ctx.labels
    period = labels.period(programme.starts_on, programme.ends_on)
    if period:
        yield Paragraph(f"{escape(labels.programme_period)}: {escape(period)}", s.meta)
    for module, sessions in session_groups(programme):
        ctx.check()
        rows: list[list[Flowable]] = [
            [
                Paragraph(escape(labels.date_label), s.cell_head),
                Paragraph(escape(labels.session), s.cell_head),
                Paragraph(escape(labels.entries), s.cell_head),
            ]
        ]
        for session in sessions:
            kind = escape(labels.session_kinds[session.kind])
            where = f"{SEP}{markup(plain(session.location, 60))}" if session.location else ""
            when = escape(labels.span(session.starts_on, session.ends_on))
            if session.tentative:
                when += f'<br/><font size="7.4" color="#5d6c73">{escape(labels.tentative)}</font>'
            rows.append(
                [
                    Paragraph(when, s.cell),
                    Paragraph(
                        f"{markup(plain(session.title, 120))}<br/>"
                        f'<font size="7.4" color="#5d6c73">{kind}{where}</font>',
                        s.cell,
                    ),
                    Paragraph(str(ctx.plan.per_session[session.uid] or "–"), s.cell),
                ]
            )
        width = st.FRAME_WIDTH
        table = Table(
            rows,
            colWidths=[width * 0.30, width * 0.58, width * 0.12],  # the longest date fits
            repeatRows=1,
            style=TableStyle(st.data_table()),
        )
        title = module.name if module else labels.other_sessions
        themes = ", ".join(plain(t, 60) for t in (module.themes if module else ()))
        head: list[Flowable] = [Paragraph(markup(plain(title, 120)), s.group)]
        if themes:
            head.append(Paragraph(markup(themes), s.meta))
        yield CondPageBreak(120)
        yield KeepTogether([*head, table]) if len(rows) <= 8 else KeepTogether(head)
        if len(rows) > 8:
            yield table


def _sparring_sessions(ctx: Context) -> list[ProgrammeSession]:
    """The sessions with notes (agenda, what was said, next steps) in the chosen period."""
    if ctx.programme is None:
        return []
    first, last = ctx.options.date_from, ctx.options.date_to
    return sorted(
        (
            x
            for x in ctx.programme.sessions
            if any(t.strip() for t in (x.agenda, x.notes, x.next_steps))
            and (first is None or x.starts_on >= first)
            and (last is None or x.starts_on <= last)
        ),
        key=lambda x: x.starts_on,
    )


def _sparring(ctx: Context) -> Iterator[Flowable]:
    """The notes of each session that has any (a sparring meeting, a team meeting, a
    learning group...), in time order, each with its kind."""
    s = st.styles()
    labels = ctx.labels
    for session in _sparring_sessions(ctx):
        ctx.check()
        yield ctx.anchor(session.title or labels.untitled, s.entry, 1, session_uid=session.uid)
        meta = [
            escape(labels.session_kinds[session.kind]),
            escape(labels.span(session.starts_on, session.ends_on)),
        ]
        if session.location:
            meta.append(markup(plain(session.location, 120)))
        yield Paragraph(SEP.join(meta), s.meta)
        for label, text in (
            (labels.agenda, session.agenda),
            (labels.what_was_said, session.notes),
            (labels.next_steps, session.next_steps),
        ):
            if text.strip():
                yield Paragraph(escape(label), s.label)
                yield from ctx.md.render(text)
        yield from dialogue.after_entry(ctx, session.uid)


def _tag_index(ctx: Context) -> Iterator[Flowable]:
    """Every tag with the pages its entries start on (known: the entries are laid out)."""
    yield Barrier()
    s = st.styles()
    pages, keys = ctx.registry.entry_pages, ctx.registry.entry_keys
    for tag in sorted(ctx.plan.tags, key=lambda t: (t.casefold(), t)):
        ctx.check()
        uids = [uid for uid in ctx.plan.tags[tag] if uid in pages]
        first_on: dict[int, str] = {}
        for uid in sorted(uids, key=lambda u: pages[u]):
            first_on.setdefault(pages[uid], uid)
        if len(first_on) > INDEX_PAGES:
            # A run of numbers says nothing: the entries by title, with their pages.
            listed = "; ".join(
                f'<a href="#{keys[uid]}">{markup(ctx.plan.titles.get(uid) or ctx.labels.untitled)}'
                f"\u00a0({pages[uid]})</a>"
                for uid in sorted(uids, key=lambda u: (pages[u], u))
            )
        else:
            listed = ", ".join(
                f'<a href="#{keys[uid]}">{page}</a>' for page, uid in sorted(first_on.items())
            )
        yield Paragraph(
            f"{markup(plain(tag, 80))}  <font color='#5d6c73'>{listed or '–'}</font>", s.index
        )


INDEX_PAGES = 12  # more pages than this for one tag: its entries are listed by title
