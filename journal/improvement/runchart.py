"""Run charts and the run-chart rules of the improvement literature.

The rules are those of Perla, Provost and Murray, "The run chart: a simple analytical tool
for learning from variation in healthcare processes", BMJ Quality & Safety 2011;20:46–51
(the rules IHI teaches, and the ones DNLS 2.0's "Data og indikatorer" builds on):

1. **Shift**: six or more consecutive points all above or all below the median. A point
   on the median neither adds to a shift nor breaks it.
2. **Trend**: five or more consecutive points all going up or all going down. A point
   equal to the one before neither adds to a trend nor breaks it.
3. **Runs**: too few or too many runs. A run is a series of consecutive points on one side
   of the median; points on the median are not counted ("useful observations" are the
   rest). The limits are those of Swed and Eisenhart's runs test at 5 % (2.5 % in each
   tail) for the useful observations split as evenly as they can be, which is how Perla
   et al.'s table is built; the rule needs at least 10 useful observations.
4. **Astronomical point**: a point that is "obviously, even blatantly, different" from
   the rest. A judgement in the paper; here a point farther from the median than three
   times the data's spread (1.4826 × the median absolute deviation: three robust
   standard deviations) whose neighbours are not (a run of such points is a new level,
   which the shift rule sees), flagged only with at least 10 points and a spread above
   zero.
   The participant can read the chart and disagree; the rule only points.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache

MIN_RUNS_POINTS = 10  # useful observations for the runs rule
MIN_ASTRONOMICAL_POINTS = 10
SHIFT = 6
TREND = 5
ASTRONOMICAL_SPREADS = 3.0


@dataclass(frozen=True)
class Signal:
    """A rule that fired, and the points (indices into the series) it marks."""

    rule: str  # "shift", "trend", "few_runs", "many_runs", "astronomical"
    points: tuple[int, ...]


@dataclass(frozen=True)
class RunChart:
    values: tuple[float, ...]
    median: float | None
    runs: int  # among the useful observations
    useful: int  # points not on the median
    run_limits: tuple[int, int] | None  # fewest and most runs expected; None below 10
    signals: tuple[Signal, ...] = field(default_factory=tuple)

    def fired(self, rule: str) -> bool:
        return any(s.rule == rule for s in self.signals)


def analyse(values: Sequence[float]) -> RunChart:
    """The median of ``values`` (in time order) and every rule that fires."""
    data = tuple(float(v) for v in values)
    if not data:
        return RunChart(values=data, median=None, runs=0, useful=0, run_limits=None)
    median = statistics.median(data)
    sides = [_side(v, median) for v in data]
    signals: list[Signal] = []
    signals += _shifts(sides)
    signals += _trends(data)
    useful = [n for n, side in enumerate(sides) if side]
    runs = _count_runs([sides[n] for n in useful])
    limits = run_limits(len(useful)) if len(useful) >= MIN_RUNS_POINTS else None
    if limits is not None:
        if runs < limits[0]:
            signals.append(Signal("few_runs", tuple(useful)))
        elif runs > limits[1]:
            signals.append(Signal("many_runs", tuple(useful)))
    signals += _astronomical(data, median)
    return RunChart(
        values=data,
        median=median,
        runs=runs,
        useful=len(useful),
        run_limits=limits,
        signals=tuple(signals),
    )


def _side(value: float, median: float) -> int:
    if math.isclose(value, median, rel_tol=1e-12, abs_tol=1e-12):
        return 0
    return 1 if value > median else -1


def _shifts(sides: list[int]) -> list[Signal]:
    """Runs of SHIFT or more useful points on one side; points on the median are skipped
    (they belong to the shift they sit in, but are not counted)."""
    out: list[Signal] = []
    current: list[int] = []  # indices in the run, median points included
    side = 0
    count = 0
    for n, s in enumerate(sides):
        if s == 0:
            if current:
                current.append(n)
            continue
        if s != side:
            if count >= SHIFT:
                out.append(Signal("shift", tuple(_trim(current, sides))))
            current, side, count = [n], s, 1
        else:
            current.append(n)
            count += 1
    if count >= SHIFT:
        out.append(Signal("shift", tuple(_trim(current, sides))))
    return out


def _trim(indices: list[int], sides: list[int]) -> list[int]:
    """A shift's points without trailing points on the median (they may begin the next)."""
    while indices and sides[indices[-1]] == 0:
        indices.pop()
    return indices


def _trends(data: tuple[float, ...]) -> list[Signal]:
    """TREND or more points each higher (or each lower) than the one before; a point equal
    to the one before is skipped: it neither adds nor breaks."""
    out: list[Signal] = []
    if len(data) < 2:
        return out
    start = 0  # first point of the current trend
    direction = 0
    points = [0]  # the points that count (repeats skipped)
    members = [0]  # every point in it, repeats included
    for n in range(1, len(data)):
        step = _side(data[n], data[n - 1])
        if step == 0:
            members.append(n)
            continue
        if direction in (0, step):
            direction = step
            points.append(n)
            members.append(n)
            continue
        if len(points) >= TREND:
            out.append(Signal("trend", tuple(members)))
        # The turning point ends one trend and starts the next.
        last = points[-1]
        start = last
        direction = step
        points = [last, n]
        members = [i for i in range(start, n + 1)]
    if len(points) >= TREND:
        out.append(Signal("trend", tuple(members)))
    return out


def _count_runs(sides: list[int]) -> int:
    runs = 0
    previous = 0
    for s in sides:
        if s != previous:
            runs += 1
            previous = s
    return runs


@cache
def run_limits(useful: int, alpha: float = 0.05) -> tuple[int, int]:
    """(fewest, most) runs expected by chance among ``useful`` observations split as evenly
    as they can be: fewer than the first, or more than the second, is a signal. From the
    exact distribution of the number of runs (Swed and Eisenhart 1943), alpha/2 a tail."""
    n1 = useful // 2
    n2 = useful - n1
    total = math.comb(useful, n1)
    probability = {r: _runs_count(n1, n2, r) / total for r in range(2, useful + 1)}
    low = 2
    cumulative = 0.0
    for r in range(2, useful + 1):
        cumulative += probability[r]
        if cumulative > alpha / 2:
            low = r
            break
    high = useful
    cumulative = 0.0
    for r in range(useful, 1, -1):
        cumulative += probability[r]
        if cumulative > alpha / 2:
            high = r
            break
    return low, high


def _runs_count(n1: int, n2: int, runs: int) -> int:
    """How many arrangements of n1 of one kind and n2 of the other have ``runs`` runs."""
    if runs < 2:
        return 0
    if runs % 2 == 0:
        k = runs // 2
        return 2 * math.comb(n1 - 1, k - 1) * math.comb(n2 - 1, k - 1)
    k = (runs - 1) // 2
    return math.comb(n1 - 1, k) * math.comb(n2 - 1, k - 1) + math.comb(n1 - 1, k - 1) * math.comb(
        n2 - 1, k
    )


def _astronomical(data: tuple[float, ...], median: float) -> list[Signal]:
    if len(data) < MIN_ASTRONOMICAL_POINTS:
        return []
    spread = 1.4826 * statistics.median(abs(v - median) for v in data)
    if spread <= 0:
        return []
    outside = [abs(v - median) > ASTRONOMICAL_SPREADS * spread for v in data]
    # One point apart from the rest, not a level the process has moved to (that is a
    # shift): its neighbours are inside the band.
    far = tuple(
        n
        for n, out in enumerate(outside)
        if out and not (n > 0 and outside[n - 1]) and not (n + 1 < len(data) and outside[n + 1])
    )
    return [Signal("astronomical", far)] if far else []


@dataclass(frozen=True)
class Axes:
    """Where a run chart's points go, as fractions of its plot (0 at the left and the
    bottom, 1 at the right and the top); the app and the portfolio scale them."""

    low: float  # the values' range, with a margin above and below
    high: float
    smallest: float  # the values themselves, for the axis labels
    largest: float
    first: int  # the first and last days (ordinals)
    span: int
    single: bool  # one point: it stands in the middle

    def x(self, day: date) -> float:
        return 0.5 if self.single else (day.toordinal() - self.first) / self.span

    def y(self, value: float) -> float:
        return (value - self.low) / (self.high - self.low)


def axes(points: Sequence[tuple[date, float]]) -> Axes:
    """The axes of a chart of ``points`` (day, value) in time order; at least one."""
    values = [v for _, v in points]
    smallest, largest = min(values), max(values)
    low, high = (smallest - 1, largest + 1) if smallest == largest else (smallest, largest)
    pad = (high - low) * 0.08
    first, last = points[0][0].toordinal(), points[-1][0].toordinal()
    return Axes(
        low=low - pad,
        high=high + pad,
        smallest=smallest,
        largest=largest,
        first=first,
        span=max(1, last - first),
        single=len(points) == 1,
    )
