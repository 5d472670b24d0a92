"""The entries themselves: A–R–L by module and session, experiences, study trips."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from reportlab.platypus import Flowable, Paragraph

from journal.domain import ArlEntry, Entry, EntryKind, Experience, TripNote
from journal.errors import JournalError
from journal.portfolio import styles as st
from journal.portfolio.context import Context
from journal.portfolio.flowables import PhotoImage, placeholder
from journal.portfolio.images import PhotoError, prepare_photo
from journal.portfolio.plan import session_groups, sorted_trips
from journal.portfolio.text import escape, markup, plain

SEP = '<font color="#9aa5ab">  ·  </font>'


def private_badge(ctx: Context) -> str:
    word = escape(ctx.labels.private.upper())
    return (
        f'  <font size="6.6" color="{st.PRIVATE_INK}" backColor="{st.PRIVATE_TINT}">'
        f"&nbsp;{word}&nbsp;</font>"
    )


def entry_flowables(
    ctx: Context, entry: Entry, level: int, *, show_session: bool = True
) -> Iterator[Flowable]:
    """Heading, meta line and text of one entry."""
    ctx.tick()
    s = st.styles()
    yield ctx.anchor(
        entry.title if entry.title.strip() else ctx.labels.untitled,
        s.entry,
        level,
        uid=entry.uid,
        suffix=private_badge(ctx) if entry.private else "",
        outline_suffix=f" ({ctx.labels.private})" if entry.private else "",
    )
    yield Paragraph(_meta(ctx, entry, show_session), s.meta)
    for label, text in _fields(ctx, entry):
        if text.strip():
            yield Paragraph(escape(label), s.label)
            yield from ctx.md.render(text)
    yield from photo_flowables(ctx, entry)
    from journal.portfolio.dialogue import after_entry

    yield from after_entry(ctx, entry.uid)


def _meta(ctx: Context, entry: Entry, show_session: bool) -> str:
    labels = ctx.labels
    parts = [escape(labels.day(entry.occurred_on))]
    session = ctx.sessions.get(entry.session_uid or "")
    if show_session and session is not None:
        parts.append(markup(plain(session.title, 80)))
    if isinstance(entry, TripNote) and entry.place.strip():
        parts.append(markup(plain(entry.place, 120)))
    if entry.competencies:
        names = ", ".join(plain(c, 60) for c in entry.competencies[:12])
        parts.append(f'<font color="#1f5566">{markup(names)}</font>')
    if entry.tags:
        tags = " ".join("#" + plain(t, 40).replace(" ", "\u00a0") for t in entry.tags[:20])
        parts.append(markup(tags))
    if isinstance(entry, ArlEntry) and entry.from_experiences:
        titles = [ctx.plan.experience_titles.get(uid, "") for uid in entry.from_experiences]
        named = "; ".join(labels.quoted(t) for t in titles[:5] if t)
        if named:
            parts.append(f"{escape(labels.worked_from)} {markup(named)}")
    if isinstance(entry, ArlEntry) and ctx.plan.kinds[EntryKind.THEORY]:
        changed = ctx.theory_changes(entry.uid)
        if changed:
            versions = ", ".join(labels.version.format(n=n) for n in changed)
            parts.append(escape(labels.changed_theory.format(versions=versions)))
    return SEP.join(parts)


def _fields(ctx: Context, entry: Entry) -> list[tuple[str, str]]:
    labels = ctx.labels
    if isinstance(entry, ArlEntry):
        return [
            (labels.action, entry.action),
            (labels.reflection, entry.reflection),
            (labels.learning, entry.learning),
            (labels.next_experiment, entry.next_experiment),
        ]
    if isinstance(entry, TripNote):
        return [
            (labels.culture, entry.culture),
            (labels.context, entry.context),
            (labels.communication, entry.communication),
            (labels.take_home, entry.take_home),
        ]
    if isinstance(entry, Experience):
        return [("", entry.body)] if entry.body.strip() else []
    return []


def photo_caption(ctx: Context, entry: Entry, file_name: str, caption: str = "") -> str:
    """Under a photo: the participant's caption (or else the file's name), the place
    (of a study-trip note) and the day."""
    parts: list[str] = [plain(caption, 300)] if caption.strip() else []
    if isinstance(entry, TripNote) and entry.place.strip():
        parts.append(plain(entry.place, 80))
    parts.append(ctx.labels.day(entry.occurred_on))
    if not caption.strip():
        parts.append(file_name)
    return SEP_PLAIN.join(parts)


SEP_PLAIN = " · "


def photo_flowables(ctx: Context, entry: Entry) -> Iterator[Flowable]:
    """The entry's photos (a note for another kind of file), in their order."""
    for att in entry.attachments:
        ctx.check()
        name = plain(att.file_name, 80) or "?"
        if not att.media_type.lower().startswith("image/"):
            text = f"{escape(ctx.labels.attachment)}: {markup(name)}"
            yield Paragraph(text, st.styles().note)
            continue
        try:
            data = ctx.source.attachment_data(att.id)
            photo = prepare_photo(data, st.FRAME_WIDTH, st.FRAME_HEIGHT * 0.46)
        except (PhotoError, JournalError) as exc:
            ctx.warnings.append(f"photo {name!r} replaced by placeholder: {exc}")
            note = escape(ctx.labels.photo_missing).replace(
                "{name}", ctx.labels.quoted(markup(name))
            )
            yield placeholder(note, st.FRAME_WIDTH)
            continue
        del data
        words = photo_caption(ctx, entry, name, att.caption)
        caption = Paragraph(markup(words), st.styles().caption)
        image = PhotoImage(photo.jpeg, photo.width, photo.height, caption=caption)
        image.hAlign = "CENTER"
        image.spaceBefore = 6
        image.spaceAfter = 10
        yield image


def arl_section(ctx: Context) -> Iterator[Flowable]:
    s = st.styles()
    programme = ctx.programme
    if programme is None or not programme.sessions:
        yield from _by_month(ctx, ctx.entries(EntryKind.ARL), 1)
        return
    for module, sessions in session_groups(programme):
        present = [x for x in sessions if ctx.plan.arl_sessions[x.uid]]
        if not present:
            continue
        title = module.name if module else ctx.labels.other_sessions
        ident = module.uid if module else ""
        yield ctx.anchor(title, s.group, 1, toc=("module", ident))
        for session in present:
            yield ctx.anchor(session.title, s.subgroup, 2, toc=("session", session.uid))
            yield Paragraph(session_line(ctx, session.uid), s.subgroup_meta)
            for entry in ctx.entries(EntryKind.ARL, session.uid):
                if entry.session_uid == session.uid:
                    yield from entry_flowables(ctx, entry, 3, show_session=False)
    if ctx.plan.arl_sessions[None]:
        yield ctx.anchor(ctx.labels.no_session, s.group, 1, toc=("module", "none"))
        known = ctx.sessions
        loose = (e for e in ctx.entries(EntryKind.ARL) if e.session_uid not in known)
        yield from (f for e in loose for f in entry_flowables(ctx, e, 2))


def session_line(ctx: Context, session_uid: str) -> str:
    session = ctx.sessions[session_uid]
    parts = [
        escape(ctx.labels.span(session.starts_on, session.ends_on)),
        escape(ctx.labels.session_kinds[session.kind]),
    ]
    if session.location.strip():
        parts.append(markup(plain(session.location, 80)))
    return SEP.join(parts)


def experiences_section(ctx: Context) -> Iterator[Flowable]:
    yield from _by_month(ctx, ctx.entries(EntryKind.EXPERIENCE), 1)


def _by_month(ctx: Context, entries: Iterable[Entry], level: int) -> Iterator[Flowable]:
    month: tuple[int, int] | None = None
    for entry in entries:
        day = entry.occurred_on
        if (day.year, day.month) != month:
            month = (day.year, day.month)
            yield ctx.anchor(ctx.labels.month(*month), st.styles().month, level)
        yield from entry_flowables(ctx, entry, level + 1)


def trips_section(ctx: Context) -> Iterator[Flowable]:
    s = st.styles()
    notes: dict[str | None, list[TripNote]] = {}  # read once, not once per trip
    for entry in ctx.entries(EntryKind.TRIP_NOTE):
        if isinstance(entry, TripNote):
            notes.setdefault(entry.trip.uid if entry.trip else None, []).append(entry)
    for uid, trip in sorted_trips(ctx.plan):
        title = trip.destination if trip else ctx.labels.other_trip_notes
        yield ctx.anchor(title, s.group, 1, toc=("trip", uid or ""))
        meta = []
        if trip and (trip.starts_on or trip.ends_on):
            meta.append(escape(ctx.labels.span(trip.starts_on, trip.ends_on)))
        session = ctx.sessions.get(trip.session_uid or "") if trip else None
        if session is not None:  # the programme's study-trip session it is
            meta.append(f"{escape(ctx.labels.session)}: {markup(plain(session.title, 120))}")
        if meta:
            yield Paragraph(SEP.join(meta), s.subgroup_meta)
        for note in notes.get(uid, ()):
            yield from entry_flowables(ctx, note, 2)
