"""Charts drawn with reportlab.graphics: entries per month, entries per competency area."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, Spacer

from journal.domain import EntryKind
from journal.portfolio import styles as st
from journal.portfolio.context import Context
from journal.portfolio.fonts import CJK, SANS
from journal.portfolio.plan import Month
from journal.portfolio.text import drawable, plain

MAX_MONTHS = 30
KIND_ORDER = (EntryKind.EXPERIENCE, EntryKind.ARL, EntryKind.TRIP_NOTE, EntryKind.THEORY)


def charts_section(ctx: Context) -> Iterator[Flowable]:
    s = st.styles()
    if ctx.plan.months:
        yield ctx.anchor(ctx.labels.entries_per_month, s.group, 1)
        yield Spacer(1, 6)
        yield months_chart(ctx)
    areas = _areas(ctx)
    if areas:
        yield ctx.anchor(ctx.labels.competency_coverage, s.group, 1)
        yield Spacer(1, 6)
        yield competency_chart(areas)


def _index(m: Month) -> int:
    return m[0] * 12 + m[1] - 1


def _month(i: int) -> Month:
    return divmod(i, 12)[0], divmod(i, 12)[1] + 1


def month_window(ctx: Context) -> tuple[int, int]:
    """First and last month shown: the bulk of the entries and the programme, at most 30."""
    weighted = sorted((_index(m), sum(c.values())) for m, c in ctx.plan.months.items())
    total = sum(n for _, n in weighted)
    seen, lo, hi = 0, weighted[0][0], weighted[-1][0]
    for i, n in weighted:
        if seen < total * 0.03 <= seen + n:
            lo = i
        if seen < total * 0.97 <= seen + n:
            hi = i
        seen += n
    prog = ctx.programme
    if prog and prog.starts_on and prog.ends_on and prog.starts_on <= prog.ends_on:
        lo = min(lo, _index((prog.starts_on.year, prog.starts_on.month)))
        hi = max(hi, _index((prog.ends_on.year, prog.ends_on.month)))
    return max(lo, hi - MAX_MONTHS + 1), hi


def months_chart(ctx: Context) -> Flowable:
    labels = ctx.labels
    lo, hi = month_window(ctx)
    kinds = [k for k in KIND_ORDER if ctx.plan.kinds[k]]
    before: Counter[EntryKind] = Counter()
    after: Counter[EntryKind] = Counter()
    for m, counts in ctx.plan.months.items():
        if _index(m) < lo:
            before.update(counts)
        elif _index(m) > hi:
            after.update(counts)
    columns: list[tuple[str, Counter[EntryKind]]] = []
    if before:
        columns.append((f"{labels.earlier}\n", before))
    for i in range(lo, hi + 1):
        year, month = _month(i)
        name = labels.month_abbr[month - 1]
        first = i == lo or month == 1
        columns.append(
            (f"{name}\n{year}" if first else name, ctx.plan.months.get((year, month), Counter()))
        )
    if after:
        columns.append((f"{labels.later}\n", after))

    legend_rows = 1 if len(kinds) <= 3 else 2  # four long names need two rows
    # The legend sits above the plot with a clear gap, however many rows it has.
    drawing = Drawing(st.FRAME_WIDTH, 42 + 150 + LEGEND_GAP + LEGEND_ROW * legend_rows + 8)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 42, st.FRAME_WIDTH - 34, 150
    chart.data = [[counts[k] for _, counts in columns] for k in kinds]
    chart.categoryAxis.categoryNames = [name for name, _ in columns]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = st.MUTED
    chart.categoryAxis.labels.dy = -4
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.strokeColor = st.RULE
    chart.categoryAxis.tickDown = 0
    peak = max((sum(counts.values()) for _, counts in columns), default=0)
    _value_axis(chart, peak)
    chart.barSpacing = 0
    chart.groupSpacing = 4 if len(columns) > 16 else 8
    for n, _ in enumerate(kinds):
        chart.bars[n].fillColor = st.SERIES[n % len(st.SERIES)]
        chart.bars[n].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 30, drawing.height - 8
    legend.alignment = "right"
    legend.columnMaximum = legend_rows
    legend.deltax = (st.FRAME_WIDTH - 30) / (len(kinds) if len(kinds) <= 3 else 2)
    legend.dx, legend.dy = 7, 7
    legend.fontName = SANS
    legend.fontSize = 7.5
    legend.fillColor = st.INK
    legend.strokeColor = None
    legend.colorNamePairs = [
        (st.SERIES[n % len(st.SERIES)], labels.kinds[k.value]) for n, k in enumerate(kinds)
    ]
    legend.autoXPadding = 14
    drawing.add(legend)
    return drawing


LEGEND_ROW = 14  # points per row of the legend
LEGEND_GAP = 12  # points between the legend and the plot


def _value_axis(chart: VerticalBarChart | HorizontalBarChart, peak: int) -> None:
    step = next(
        s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 10**9) if peak / s <= 6
    )
    axis = chart.valueAxis
    axis.valueMin = 0
    axis.valueMax = max(step, -(-peak // step) * step)
    axis.valueStep = step
    axis.labels.fontName = SANS
    axis.labels.fontSize = 7
    axis.labels.fillColor = st.MUTED
    axis.strokeColor = None
    axis.gridStrokeColor = st.ACCENT_LIGHT
    axis.gridStrokeWidth = 0.6
    axis.visibleGrid = 1
    axis.visibleTicks = 0


def _areas(ctx: Context) -> list[tuple[str, int]]:
    counts = ctx.plan.competencies
    areas = list(ctx.programme.competency_areas) if ctx.programme else []
    if not areas:
        areas = [name for name, _ in counts.most_common(14)]
    return [(name, counts[name]) for name in dict.fromkeys(areas)][:24]


def competency_chart(areas: list[tuple[str, int]]) -> Flowable:
    row = 19
    height = row * len(areas) + 30
    drawing = Drawing(st.FRAME_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 20
    chart.width, chart.height = st.FRAME_WIDTH - 176, row * len(areas)
    chart.data = [[n for _, n in reversed(areas)]]
    names = [drawable(plain(name, 34)) for name, _ in reversed(areas)]
    chart.categoryAxis.categoryNames = [text for text, _ in names]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 7.8
    chart.categoryAxis.labels.fillColor = st.INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -6
    for n, (_, cjk) in enumerate(names):
        if cjk:
            chart.categoryAxis.labels[n].fontName = CJK
    chart.categoryAxis.strokeColor = st.RULE
    chart.categoryAxis.tickLeft = 0
    _value_axis(chart, max(n for _, n in areas))
    chart.bars[0].fillColor = st.ACCENT
    chart.bars[0].strokeColor = None
    chart.barWidth = 11
    chart.groupSpacing = 8
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 7
    chart.barLabels.fillColor = st.MUTED
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 4
    drawing.add(chart)
    return drawing
