"""The portfolio's part on improvement work: per initiative its aim, the driver diagram
drawn left to right, the PDSA cycles in brief, and a run chart per indicator with its
median and the run-chart rules that fired."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from journal.improvement.layout import layout
from journal.improvement.model import Indicator, Initiative, PdsaCycle
from journal.improvement.runchart import RunChart, analyse, axes
from journal.portfolio import styles as st
from journal.portfolio.context import Context
from journal.portfolio.fonts import CJK, SANS
from journal.portfolio.text import drawable, escape, markup, plain

SIGNAL = HexColor("#b5522b")  # a point a rule marks
DIAGRAM_FONT = 7.2
DIAGRAM_LEADING = 8.6
COLUMN_GAP = 14
BOX_PAD = 4
MAX_DIAGRAM_HEIGHT = st.FRAME_HEIGHT - 80  # scaled down to fit one page, never split
CHART_HEIGHT = 150


def improvement_section(ctx: Context) -> Iterator[Flowable]:
    s = st.styles()
    labels = ctx.labels
    for initiative in ctx.initiatives:
        ctx.check()
        yield ctx.anchor(initiative.title or labels.untitled, s.group, 1)
        meta = [escape(labels.initiative_states[initiative.state.value])]
        yield Paragraph(" · ".join(meta), s.meta)
        for label, text in (
            (labels.aim, initiative.aim),
            (labels.team, initiative.team),
            (labels.partners, initiative.partners),
        ):
            if text.strip():
                yield Paragraph(escape(label), s.label)
                yield from ctx.md.render(text)
        if initiative.drivers:
            yield Spacer(1, 6)
            yield Paragraph(escape(labels.driver_diagram), s.label)
            yield driver_diagram(ctx, initiative)
        if initiative.cycles:
            yield Spacer(1, 8)
            yield Paragraph(escape(labels.pdsa_cycles), s.label)
            yield _cycles_table(ctx, initiative)
        for indicator in initiative.indicators:
            ctx.check()
            yield from _indicator(ctx, initiative, indicator)


# -- the driver diagram ----------------------------------------------------------------


def driver_diagram(ctx: Context, initiative: Initiative) -> Flowable:
    """Aim | primary drivers | secondary drivers | change ideas, each node a box beside
    its children, joined by lines; scaled down to fit a page when it is taller."""
    labels = ctx.labels
    width = (st.FRAME_WIDTH - 3 * COLUMN_GAP) / 4

    def wrap(text: str) -> list[str]:
        shown, _ = drawable(plain(text, 400) or "…")
        lines: list[str] = simpleSplit(shown, SANS, DIAGRAM_FONT, width - 2 * BOX_PAD)
        return lines

    placed = layout(initiative, wrap, DIAGRAM_LEADING, BOX_PAD)
    heads = 14
    height = placed.height + heads
    drawing = Drawing(st.FRAME_WIDTH, height)
    for column, head in enumerate(
        (labels.aim, labels.primary_drivers, labels.secondary_drivers, labels.change_ideas)
    ):
        drawing.add(
            String(column * (width + COLUMN_GAP), height - 9, head, fontName=SANS,
                   fontSize=7.4, fillColor=st.MUTED)
        )  # fmt: skip
    for box in placed.boxes.values():
        x = box.column * (width + COLUMN_GAP)
        y = height - heads - box.top - box.height
        fill = st.ACCENT_LIGHT if box.uid is None else (st.PAPER_TINT if box.change_idea else None)
        drawing.add(Rect(x, y, width, box.height, fillColor=fill, strokeColor=st.ACCENT,
                         strokeWidth=0.6))  # fmt: skip
        for n, line in enumerate(box.lines):
            cjk = drawable(line)[1]
            drawing.add(
                String(x + BOX_PAD, y + box.height - BOX_PAD - DIAGRAM_LEADING * (n + 1) + 2,
                       line, fontName=CJK if cjk else SANS, fontSize=DIAGRAM_FONT,
                       fillColor=st.INK)
            )  # fmt: skip
    for parent_uid, child_uid in placed.links:
        parent, child = placed.boxes[parent_uid], placed.boxes[child_uid]
        px = parent.column * (width + COLUMN_GAP) + width
        cx = child.column * (width + COLUMN_GAP)
        py, cy = height - heads - parent.middle, height - heads - child.middle
        elbow = px + (cx - px) / 2
        drawing.add(
            PolyLine([px, py, elbow, py, elbow, cy, cx, cy], strokeColor=st.RULE, strokeWidth=0.8)
        )
    if height > MAX_DIAGRAM_HEIGHT:
        factor = max(0.45, MAX_DIAGRAM_HEIGHT / height)
        drawing.scale(factor, factor)
        drawing.width, drawing.height = st.FRAME_WIDTH * factor, height * factor
    return drawing


# -- PDSA cycles -------------------------------------------------------------------------


def _cycles_table(ctx: Context, initiative: Initiative) -> Flowable:
    s = st.styles()
    labels = ctx.labels
    ideas = {n.uid: n.text for n in initiative.drivers}
    rows: list[list[Flowable]] = [
        [
            Paragraph(escape(labels.pdsa_cycle), s.cell_head),
            Paragraph(escape(labels.date_label), s.cell_head),
            Paragraph(escape(labels.pdsa_study), s.cell_head),
            Paragraph(escape(labels.pdsa_act), s.cell_head),
        ]
    ]
    for cycle in sorted(initiative.cycles, key=_cycle_order):
        idea = ideas.get(cycle.change_idea_uid or "")
        name = markup(plain(cycle.title, 160))
        if idea:
            name += f'<br/><font size="7.4" color="#5d6c73">{markup(plain(idea, 160))}</font>'
        decision = labels.decisions[cycle.decision.value] if cycle.decision else ""
        act = escape(decision)
        if cycle.act.strip():
            act = (
                f"<b>{act}</b> {markup(plain(cycle.act, 400))}"
                if act
                else markup(plain(cycle.act, 400))
            )
        rows.append(
            [
                Paragraph(name, s.cell),
                Paragraph(escape(labels.span(cycle.starts_on, cycle.ends_on)), s.cell),
                Paragraph(markup(plain(cycle.study, 600)), s.cell),
                Paragraph(act, s.cell),
            ]
        )
    width = st.FRAME_WIDTH
    table = Table(rows, colWidths=[width * 0.25, width * 0.3, width * 0.25, width * 0.2],
                  repeatRows=1)  # fmt: skip
    table.setStyle(TableStyle(st.data_table()))
    return table


def _cycle_order(cycle: PdsaCycle) -> tuple[bool, date]:
    return cycle.starts_on is None, cycle.starts_on or date.max


# -- indicators and run charts ---------------------------------------------------------------


def _indicator(ctx: Context, initiative: Initiative, indicator: Indicator) -> Iterator[Flowable]:
    s = st.styles()
    labels = ctx.labels
    head = [Paragraph(markup(plain(indicator.name, 200)), s.subgroup)]
    meta = [labels.indicator_kinds[indicator.kind.value]]
    if indicator.unit.strip():
        meta.append(plain(indicator.unit, 40))
    head.append(Paragraph(escape(" · ".join(meta)), s.meta))
    if indicator.definition.strip():
        head.append(Paragraph(markup(plain(indicator.definition, 600)), s.body))
    if not indicator.measurements:
        head.append(Paragraph(escape(labels.no_measurements), s.meta))
        yield KeepTogether(head)
        return
    chart = analyse(indicator.values())
    head.append(run_chart(ctx, initiative, indicator, chart))
    yield KeepTogether(head)
    yield Paragraph(escape(_reading(ctx, chart)), s.meta)


def _reading(ctx: Context, chart: RunChart) -> str:
    """The chart in words: the median, and each rule that fired (or that none did)."""
    labels = ctx.labels
    parts = [labels.median_is.format(median=_number(chart.median or 0.0))]
    fired = [labels.rules[rule] for rule in dict.fromkeys(s.rule for s in chart.signals)]
    parts += fired or [labels.no_signal]
    if chart.run_limits is None:
        parts.append(labels.too_few_points)
    return " · ".join(parts)


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".") if value % 1 else f"{value:.0f}"


def run_chart(
    ctx: Context, initiative: Initiative, indicator: Indicator, chart: RunChart
) -> Drawing:
    """The values in time order joined by a line, the median dashed, the points a rule
    marks in their own colour, and the marked PDSA cycles as dotted lines with their
    titles."""
    points = indicator.measurements
    width = st.FRAME_WIDTH
    left, bottom, right, top = 34, 22, 8, 16
    plot_w, plot_h = width - left - right, CHART_HEIGHT - bottom - top
    drawing = Drawing(width, CHART_HEIGHT)
    scale = axes([(m.day, m.value) for m in points])

    def x_of(day: date) -> float:
        return float(left + scale.x(day) * plot_w)

    def y_of(value: float) -> float:
        return float(bottom + scale.y(value) * plot_h)

    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=st.RULE, strokeWidth=0.6))
    drawing.add(Line(left, bottom, left, bottom + plot_h, strokeColor=st.RULE, strokeWidth=0.6))
    for value in (scale.smallest, scale.largest):
        drawing.add(String(left - 4, y_of(value) - 2.5, _number(value), fontName=SANS,
                           fontSize=6.8, fillColor=st.MUTED, textAnchor="end"))  # fmt: skip
    for day in (points[0].day, points[-1].day):
        when = ctx.labels.day(day).replace("\u00a0", " ")
        drawing.add(String(x_of(day), bottom - 10, when, fontName=SANS,
                           fontSize=6.8, fillColor=st.MUTED, textAnchor="middle"))  # fmt: skip
    cycles = {c.uid: c for c in initiative.cycles}
    for uid in indicator.cycles_marked:
        cycle = cycles.get(uid)
        if cycle is None or cycle.starts_on is None:
            continue
        if not 0 <= scale.x(cycle.starts_on) <= 1:
            continue
        x = x_of(cycle.starts_on)
        drawing.add(Line(x, bottom, x, bottom + plot_h, strokeColor=st.MUTED, strokeWidth=0.6,
                         strokeDashArray=[1, 2]))  # fmt: skip
        label, cjk = drawable(plain(cycle.title, 30))
        drawing.add(String(x + 2, bottom + plot_h + 4, label, fontName=CJK if cjk else SANS,
                           fontSize=6.6, fillColor=st.MUTED))  # fmt: skip
    if chart.median is not None:
        y = y_of(chart.median)
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=st.ACCENT, strokeWidth=0.8,
                         strokeDashArray=[4, 3]))  # fmt: skip
        drawing.add(String(left + plot_w, y + 3, ctx.labels.median, fontName=SANS,
                           fontSize=6.6, fillColor=st.ACCENT, textAnchor="end"))  # fmt: skip
    line: list[float] = []
    for m in points:
        line += [x_of(m.day), y_of(m.value)]
    if len(points) > 1:
        drawing.add(PolyLine(line, strokeColor=st.INK, strokeWidth=0.9))
    marked = {n for signal in chart.signals for n in signal.points}
    radius = 2.2 if len(points) <= 60 else 1.4
    for n, m in enumerate(points):
        colour = SIGNAL if n in marked else st.INK
        drawing.add(Circle(x_of(m.day), y_of(m.value), radius, fillColor=colour,
                           strokeColor=colour, strokeWidth=0.4))  # fmt: skip
    return drawing
