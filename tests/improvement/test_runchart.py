"""The run-chart rules, checked against the definitions and examples of the improvement
literature (sources named at each test)."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal.improvement.runchart import _runs_count, analyse, run_limits


def test_the_median_is_the_middle_value() -> None:
    assert analyse([3, 1, 2]).median == 2
    assert analyse([4, 1, 3, 2]).median == 2.5
    assert analyse([]).median is None


def test_a_shift_skips_points_on_the_median() -> None:
    """Perla, Provost & Murray 2011 (BMJ Qual Saf 20:46), rule 1: six or more points on
    one side of the median; "values that fall on the median do not add to nor break a
    shift"."""
    # Median 5: three above, one on the median, three more above: a shift of six (the
    # point on the median inside it is marked, the one after it is not).
    chart = analyse([1, 2, 1, 2, 3, 2, 9, 9, 9, 5, 9, 9, 9, 5])
    assert chart.median == 5
    shifts = [s.points for s in chart.signals if s.rule == "shift"]
    assert shifts == [(0, 1, 2, 3, 4, 5), (6, 7, 8, 9, 10, 11, 12)]
    # Runs of four at most on one side (the point on the median counts for none): no shift.
    assert not analyse([1, 9, 2, 9, 1, 2, 9, 9, 5, 9, 9, 3, 5, 1]).fired("shift")


def test_a_trend_ignores_like_values() -> None:
    """Perla et al. 2011, rule 2: five or more points all going up (or all down); "if the
    value of two or more successive points is the same, only one point is counted"."""
    chart = analyse([5, 6, 6, 7, 8, 9, 3])  # 5, 6, 7, 8, 9: five up, the repeated 6 skipped
    (trend,) = [s for s in chart.signals if s.rule == "trend"]
    assert trend.points == (0, 1, 2, 3, 4, 5)
    assert not analyse([5, 6, 6, 7, 8, 3]).fired("trend")  # only four distinct
    down = analyse([9, 8, 7, 7, 6, 5, 9])
    assert down.fired("trend")


def test_too_few_runs_in_balestraccis_example() -> None:
    """Balestracci, "An underrated test for run charts", Quality Digest, October 2008:
    16 monthly points in runs of 7, 7, 1 and 1 around the median: four runs, fewer than
    the five expected at the least; a downward run of five (observations 5–9), and runs
    of seven on one side. Under Perla et al.'s rules: too few runs, a trend and shifts."""
    values = [20, 22, 21, 23, 24, 22, 19, 12, 10, 11, 9, 12, 10, 11, 18, 13]
    chart = analyse(values)
    assert chart.median == 15.5
    assert (chart.useful, chart.runs) == (16, 4)
    assert chart.run_limits is not None and chart.run_limits[0] == 5
    assert chart.fired("few_runs")
    assert [s.points for s in chart.signals if s.rule == "shift"] == [
        (0, 1, 2, 3, 4, 5, 6),
        (7, 8, 9, 10, 11, 12, 13),
    ]
    assert any(set(range(4, 9)) <= set(s.points) for s in chart.signals if s.rule == "trend")


def test_six_runs_in_27_useful_points_are_too_few() -> None:
    """Scoville, "n/3 approximation for too few runs" (IE Codesign, 2019), on Perla et
    al.'s Table 1: a sealant series with 27 points off the median and six runs; the
    table's lower limit is about n/3 = 9."""
    low, high = run_limits(27)
    assert 6 < low <= 10 and high >= 18
    assert abs(low - 27 / 3) <= 1


def test_no_runs_rule_below_ten_useful_points() -> None:
    """Perla et al. 2011: the runs rule needs at least ten points not on the median."""
    chart = analyse([1, 9, 1, 9, 1, 9, 5, 5, 5])
    assert chart.useful == 6 and chart.run_limits is None
    assert not chart.fired("many_runs") and not chart.fired("few_runs")


def test_too_many_runs_alternating() -> None:
    chart = analyse([1, 9] * 10)
    assert (chart.useful, chart.runs) == (20, 20)
    assert chart.fired("many_runs")


def test_an_astronomical_point() -> None:
    values = [10, 11, 9, 10, 12, 10, 9, 11, 10, 60, 10, 11]
    chart = analyse(values)
    (point,) = [s for s in chart.signals if s.rule == "astronomical"]
    assert point.points == (9,)
    assert not analyse([*values[:9], 13]).fired("astronomical")  # ten points, none far


def test_a_new_level_is_a_shift_not_astronomical_points() -> None:
    """A process that moved (twelve points at 20, then twenty at 75) has a shift; none of
    its points is "blatantly different" from its neighbours."""
    values = [20, 21, 19, 20, 22, 20, 19, 21, 20, 20, 21, 19] + [75, 76, 74, 75, 77] * 4
    chart = analyse(values)
    assert chart.fired("shift") and not chart.fired("astronomical")


@pytest.mark.parametrize(("n1", "n2"), [(3, 4), (5, 5), (5, 6), (6, 8)])
def test_the_runs_distribution_counts_every_arrangement(n1: int, n2: int) -> None:
    """Swed & Eisenhart's counts, against every arrangement enumerated."""
    counts: dict[int, int] = {}
    for chosen in itertools.combinations(range(n1 + n2), n1):
        seq = [1 if i in chosen else -1 for i in range(n1 + n2)]
        runs = 1 + sum(1 for a, b in itertools.pairwise(seq) if a != b)
        counts[runs] = counts.get(runs, 0) + 1
    for runs in range(2, n1 + n2 + 1):
        assert _runs_count(n1, n2, runs) == counts.get(runs, 0), runs
    assert sum(_runs_count(n1, n2, r) for r in range(2, n1 + n2 + 1)) == math.comb(n1 + n2, n1)


@given(st.lists(st.floats(min_value=-1e6, max_value=1e6), max_size=80))
def test_any_series_is_analysed(values: list[float]) -> None:
    chart = analyse(values)
    assert chart.useful <= len(values)
    for signal in chart.signals:
        assert all(0 <= n < len(values) for n in signal.points)
