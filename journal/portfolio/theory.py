"""My leadership theory: the working text in full, then how it grew version by version."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from journal.domain import EntryKind, TheoryEntry, TheoryVersion
from journal.feedback.model import PlaceKind
from journal.portfolio import styles as st
from journal.portfolio.context import Context
from journal.portfolio.diff import DELETED, INSERTED, changes
from journal.portfolio.entries import SEP, photo_flowables, private_badge
from journal.portfolio.flowables import Anchor, PageMark
from journal.portfolio.text import escape, markup, plain


def theory_section(ctx: Context) -> Iterator[Flowable]:
    entries = ctx.theories()
    several = len(entries) > 1
    for entry in entries:
        yield from _theory(ctx, entry, 2 if several else 1, titled=several)


def _theory(ctx: Context, entry: TheoryEntry, level: int, *, titled: bool) -> Iterator[Flowable]:
    ctx.tick()
    s = st.styles()
    labels = ctx.labels
    badge = private_badge(ctx) if entry.private else ""
    title = entry.title.strip() or labels.theory_section
    if not titled:
        title = labels.theory_section
    if titled:
        yield ctx.anchor(title, s.group, level - 1, uid=entry.uid, suffix=badge)
    else:
        # The section heading stands for the entry; still mark the page for the tag index.
        yield PageMark(ctx.registry, entry.uid)
        if entry.title.strip() and plain(entry.title).casefold() != title.casefold():
            yield Paragraph(markup(plain(entry.title, 240)), s.subgroup)
    stamp = entry.updated_at or entry.created_at
    meta = [escape(labels.day(stamp.date() if stamp else entry.occurred_on))]
    if badge and not titled:
        meta.append(badge.strip())
    if entry.tags:
        meta.append(markup(" ".join("#" + plain(t, 40) for t in entry.tags[:20])))
    yield Paragraph(SEP.join(meta), s.meta)
    yield from _fields(ctx, entry.theory, entry.values, entry.goals)
    yield from photo_flowables(ctx, entry)
    from journal.portfolio.dialogue import after_entry

    yield from after_entry(ctx, entry.uid)
    if not any(ctx.options.in_period(v.created_at.date()) for v in entry.versions):
        return
    yield CondPageBreak(HEADING_ROOM + 40)  # the part's heading goes with its first version
    yield ctx.anchor(labels.evolution, s.group, level, place=None)
    yield Paragraph(
        f"{DELETED[0]}{escape(labels.deleted)}{DELETED[1]}   "
        f"{INSERTED[0]}{escape(labels.inserted)}{INSERTED[1]}",
        s.meta,
    )
    previous: TheoryVersion | None = None
    for n, version in enumerate(entry.versions, start=1):
        ctx.check()
        if not ctx.options.in_period(version.created_at.date()):
            continue  # a version from outside the chosen period
        heading = f"{labels.version.format(n=n)} · {labels.day(version.created_at.date())}"
        # A version's heading and note start a page rather than end one without its text.
        yield CondPageBreak(HEADING_ROOM)
        yield ctx.anchor(heading, s.subgroup, level + 1, place=None)
        if version.change_note.strip():
            yield from ctx.md.render(version.change_note, _note_with_next())
        grew = [ctx.plan.titles[u] for u in version.grew_from if u in ctx.plan.titles]
        if grew:  # the learnings that changed it (only those in this portfolio)
            named = "; ".join(labels.quoted(t) for t in grew)
            yield Paragraph(f"{escape(labels.grew_from)} {markup(named)}", s.meta)
        if previous is None:
            # The whole first version is in the appendix, with every later one: the theory
            # is printed in full once here (its working text, above).
            yield Paragraph(escape(labels.first_version), s.meta)
        else:
            yield from _diff(ctx, previous, version)
        key = appendix_key(ctx, entry, n)
        yield Paragraph(f'<a href="#{key}">{escape(labels.whole_version)}</a>', _link())
        previous = version
    if previous is not None:
        working = TheoryVersion(
            created_at=previous.created_at,
            theory=entry.theory,
            values=entry.values,
            goals=entry.goals,
        )
        if _texts(working) != _texts(previous):
            yield ctx.anchor(labels.working_text, s.subgroup, level + 1, place=None)
            yield from _diff(ctx, previous, working)


HEADING_ROOM = 150  # points: the heading, its note and the first lines of what changed


def appendix_key(ctx: Context, entry: TheoryEntry, n: int) -> str:
    """The link target of version ``n``'s full text in the appendix (made on first ask:
    the evolution links to it before the appendix is laid out)."""
    return ctx.toc.setdefault(("theory-version", f"{entry.uid}:{n}"), ctx.registry.new_key())


def has_appendix(ctx: Context) -> bool:
    """Whether a theory in the portfolio has a version made in the period."""
    return bool(ctx.plan.kinds[EntryKind.THEORY]) and any(
        ctx.options.in_period(v.created_at.date()) for e in ctx.theories() for v in e.versions
    )


def appendix(ctx: Context) -> Iterator[Flowable]:
    """Every version of the period in full, as it was saved: what the evolution shows as
    changes, to read whole."""
    s = st.styles()
    labels = ctx.labels
    entries = ctx.theories()
    for entry in entries:
        if len(entries) > 1:
            yield ctx.anchor(entry.title or labels.theory_section, s.group, 1, uid=entry.uid)
        for n, version in enumerate(entry.versions, start=1):
            ctx.check()
            if not ctx.options.in_period(version.created_at.date()):
                continue
            heading = f"{labels.version.format(n=n)} · {labels.day(version.created_at.date())}"
            yield CondPageBreak(HEADING_ROOM)
            yield Anchor(
                markup(plain(heading, 120)),
                s.subgroup,
                registry=ctx.registry,
                key=appendix_key(ctx, entry, n),
                outline=plain(heading, 120),
                level=2 if len(entries) > 1 else 1,
                place=(PlaceKind.ENTRY, entry.uid),
            )
            if version.change_note.strip():
                yield from ctx.md.render(version.change_note, _note_with_next())
            yield from _fields(ctx, version.theory, version.values, version.goals)


def _link() -> ParagraphStyle:
    return ParagraphStyle("lj-version-link", parent=st.styles().meta, textColor=st.ACCENT)


def _note_with_next() -> ParagraphStyle:
    """A version's change note, kept on the page of what changed after it."""
    return ParagraphStyle("lj-note-with-next", parent=st.styles().note, keepWithNext=1)


def _fields(ctx: Context, theory: str, values: str, goals: str) -> Iterator[Flowable]:
    labels = ctx.labels
    for label, text in ((labels.theory, theory), (labels.values, values), (labels.goals, goals)):
        if text.strip():
            yield Paragraph(escape(label), st.styles().label)
            yield from ctx.md.render(text)


def _diff(ctx: Context, old: TheoryVersion, new: TheoryVersion) -> Iterator[Flowable]:
    labels = ctx.labels
    shown = False
    for label, a, b in zip(
        (labels.theory, labels.values, labels.goals), _texts(old), _texts(new), strict=True
    ):
        atoms = changes(a, b)
        if atoms is None:
            continue
        shown = True
        yield Paragraph(escape(label), st.styles().label)
        yield from ctx.md.paragraphs(atoms, st.styles().body)
    if not shown:
        yield Paragraph(escape(labels.unchanged), st.styles().meta)


def _texts(v: TheoryVersion) -> tuple[str, str, str]:
    return v.theory, v.values, v.goals
