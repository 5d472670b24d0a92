"""The participant's self-assessment over time: each competency area rated at the start,
midway and end of the programme, drawn as one row of dots per area, then her sentences."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.graphics.shapes import Circle, Drawing, Line, String
from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from journal.domain import RATING_SCALE, RatingPhase, SelfRating
from journal.portfolio import styles as st
from journal.portfolio.context import Context
from journal.portfolio.fonts import CJK, SANS
from journal.portfolio.text import drawable, escape, markup, plain

ROW = 20  # points per area
LABEL_WIDTH = 150  # the area names, right-aligned before the scale
MAX_AREAS = 24
PHASES = tuple(RatingPhase)
# Start hollow, midway light, end dark: the path reads left to right without colour.
FILL = {
    RatingPhase.START: None,
    RatingPhase.MIDWAY: HexColor("#8fb0bb"),
    RatingPhase.END: st.ACCENT,
}


def by_area(ctx: Context) -> list[tuple[str, dict[RatingPhase, SelfRating]]]:
    """The rated areas, in the programme's order (then any others), with each phase's
    rating."""
    found: dict[str, dict[RatingPhase, SelfRating]] = {}
    for rating in ctx.ratings:
        found.setdefault(rating.area, {})[rating.phase] = rating
    order = list(ctx.programme.competency_areas) if ctx.programme else []
    names = [a for a in order if a in found] + sorted(
        (a for a in found if a not in order), key=str.casefold
    )
    return [(name, found[name]) for name in names]


def growth_section(ctx: Context) -> Iterator[Flowable]:
    s = st.styles()
    areas = by_area(ctx)
    yield growth_chart(ctx, areas[:MAX_AREAS])
    yield Paragraph(escape(ctx.labels.rating_scale), s.meta)
    yield Spacer(1, 6)
    for area, phases in areas:
        ctx.check()
        lines = [Paragraph(markup(plain(area, 200)), s.label)]
        for phase in PHASES:
            rating = phases.get(phase)
            if rating is None:
                continue
            head = (
                f"<b>{escape(ctx.labels.phases[phase.value])} · {rating.rating}/5</b>"
                f" ({escape(ctx.labels.day(rating.rated_on))})"
            )
            note = markup(rating.note.strip()) if rating.note.strip() else ""
            lines.append(Paragraph(f"{head} {note}".strip(), s.body))
        yield KeepTogether(lines)


def growth_chart(ctx: Context, areas: list[tuple[str, dict[RatingPhase, SelfRating]]]) -> Flowable:
    """One row per area on a 1–5 scale: a dot per phase, joined from the first to the last."""
    labels = ctx.labels
    top = 34  # the scale's numbers and the legend
    height = ROW * len(areas) + top
    drawing = Drawing(st.FRAME_WIDTH, height)
    x0: float = LABEL_WIDTH + 12
    x1: float = float(st.FRAME_WIDTH) - 16
    step = (x1 - x0) / (len(RATING_SCALE) - 1)

    def x_of(rating: int) -> float:
        return x0 + (rating - RATING_SCALE[0]) * step

    for value in RATING_SCALE:
        x = x_of(value)
        drawing.add(Line(x, 0, x, height - top + 4, strokeColor=st.RULE, strokeWidth=0.5))
        drawing.add(
            String(x, height - top + 8, str(value), fontName=SANS, fontSize=7.4,
                   fillColor=st.MUTED, textAnchor="middle")
        )  # fmt: skip
    # The legend, above the scale.
    lx: float = x0
    for phase in PHASES:
        drawing.add(_dot(lx, height - 8, phase))
        name = labels.phases[phase.value]
        drawing.add(String(lx + 7, height - 10.5, name, fontName=SANS, fontSize=7.4,
                           fillColor=st.INK))  # fmt: skip
        lx += 16 + 4.4 * len(name)
    for n, (area, phases) in enumerate(areas):
        y = height - top - ROW * n - ROW / 2
        text, cjk = drawable(plain(area, 34))
        drawing.add(String(LABEL_WIDTH, y - 2.7, text, fontName=CJK if cjk else SANS,
                           fontSize=7.8, fillColor=st.INK, textAnchor="end"))  # fmt: skip
        rated = [phases[p] for p in PHASES if p in phases]
        if len(rated) > 1:
            drawing.add(Line(x_of(rated[0].rating), y, x_of(rated[-1].rating), y,
                             strokeColor=st.ACCENT, strokeWidth=1.2))  # fmt: skip
        # Two phases with the same rating: offset a little so both dots show.
        seen: dict[int, int] = {}
        for r in rated:
            shift = seen.get(r.rating, 0)
            seen[r.rating] = shift + 1
            drawing.add(_dot(x_of(r.rating) + 3.5 * shift, y, r.phase))
    return drawing


def _dot(x: float, y: float, phase: RatingPhase) -> Circle:
    return Circle(x, y, 4, fillColor=FILL[phase], strokeColor=st.ACCENT, strokeWidth=1.1)
