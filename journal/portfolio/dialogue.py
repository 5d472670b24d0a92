"""The mentor's side of the portfolio: the page that tells her how to comment, and (if
the participant chooses) the dialogue of comments and responses after each entry."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph

from journal.feedback.model import MentorComment
from journal.portfolio import styles as st
from journal.portfolio.context import Context
from journal.portfolio.entries import SEP
from journal.portfolio.text import escape, markup, plain

REPLY_INDENT = 16.0  # points: a reply in a thread stands in from the comment it answers


def guide(ctx: Context) -> Iterator[Flowable]:
    """How to comment on the file and send it back (the instruction page)."""
    for number, step in enumerate(ctx.labels.comment_steps, start=1):
        yield Paragraph(f"<b>{number}.</b>&nbsp; {escape(step)}", _step())


def after_entry(ctx: Context, uid: str) -> Iterator[Flowable]:
    """The dialogue on one entry (or one sparring meeting's notes), when chosen."""
    if not ctx.options.mentor_dialogue:
        return
    comments = ctx.comments_on(uid)
    if comments:
        yield from _dialogue(ctx, ctx.labels.dialogue, comments)


def on_the_whole(ctx: Context) -> Iterator[Flowable]:
    """The comments on the portfolio as a whole (its own part, at the end)."""
    yield from _thread(ctx, ctx.comments_on(None))


def _dialogue(ctx: Context, title: str, comments: list[MentorComment]) -> Iterator[Flowable]:
    yield CondPageBreak(90)
    yield Paragraph(escape(title), _heading())
    yield from _thread(ctx, comments)


def _thread(ctx: Context, comments: Iterable[MentorComment]) -> Iterator[Flowable]:
    labels = ctx.labels
    s = st.styles()
    depth: dict[str, int] = {}
    for comment in comments:
        ctx.check()
        level = depth[comment.uid] = depth.get(comment.reply_to, -1) + 1 if comment.reply_to else 0
        indent = REPLY_INDENT * min(level, 4)
        who = [markup(plain(comment.author, 80)) if comment.author.strip() else ""]
        if comment.written_at is not None:
            who.append(escape(labels.day(comment.written_at.date())))
        head = Paragraph(SEP.join(w for w in who if w) or "–", _mentor(s.meta, indent))
        parts: list[Flowable] = [head]
        if comment.quote.strip():
            quoted = labels.quoted(plain(comment.quote, 400))
            parts.append(Paragraph(f"<i>{markup(quoted)}</i>", _mentor(s.note, indent)))
        if comment.text.strip():
            parts.extend(ctx.md.render(comment.text, _mentor(s.body, indent)))
        yield KeepTogether(parts[:3])
        yield from parts[3:]
        if comment.response.strip():
            yield Paragraph(escape(labels.my_response), _indented(s.label, indent + 8))
            yield from ctx.md.render(comment.response, _indented(s.body, indent + 8))


_STYLES: dict[tuple[str, float], ParagraphStyle] = {}


def _indented(style: ParagraphStyle, indent: float) -> ParagraphStyle:
    key = (style.name, indent)
    if key not in _STYLES:
        _STYLES[key] = ParagraphStyle(
            f"lj-dialogue-{style.name}-{indent:g}",
            parent=style,
            leftIndent=style.leftIndent + indent,
            firstLineIndent=0,
        )
    return _STYLES[key]


def _mentor(style: ParagraphStyle, indent: float) -> ParagraphStyle:
    """The mentor's words: on a tint, so that the dialogue reads as two voices."""
    key = (f"mentor-{style.name}", indent)
    if key not in _STYLES:
        _STYLES[key] = ParagraphStyle(
            f"lj-dialogue-mentor-{style.name}-{indent:g}",
            parent=style,
            leftIndent=style.leftIndent + indent + TINT_PADDING,
            rightIndent=TINT_PADDING,
            firstLineIndent=0,
            backColor=st.PAPER_TINT,
            borderPadding=(1, TINT_PADDING, 2, TINT_PADDING),
            spaceBefore=0,
            spaceAfter=0,
        )
    return _STYLES[key]


TINT_PADDING = 5.0


def _heading() -> ParagraphStyle:
    if ("heading", 0.0) not in _STYLES:
        _STYLES[("heading", 0.0)] = ParagraphStyle(
            "lj-dialogue-heading",
            parent=st.styles().label,
            textColor=st.ACCENT,
            spaceBefore=12,
            keepWithNext=1,
        )
    return _STYLES[("heading", 0.0)]


def _step() -> ParagraphStyle:
    if ("step", 0.0) not in _STYLES:
        _STYLES[("step", 0.0)] = ParagraphStyle(
            "lj-guide-step",
            parent=st.styles().body,
            leftIndent=18,
            firstLineIndent=-18,
            spaceAfter=8,
        )
    return _STYLES[("step", 0.0)]
