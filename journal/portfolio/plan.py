"""A first, light pass over the entries' facts: counts and groups the layout needs up front.

The contents, the programme overview and the charts come before (or without) the
entries themselves, so their numbers are gathered here; only small facts per entry
are kept, never the text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from journal.domain import (
    EntryFilter,
    EntryKind,
    Programme,
    ProgrammeModule,
    ProgrammeSession,
    Trip,
)
from journal.portfolio.options import PortfolioOptions
from journal.portfolio.source import PortfolioSource
from journal.portfolio.text import plain

Month = tuple[int, int]


@dataclass
class Plan:
    total: int = 0
    kinds: Counter[EntryKind] = field(default_factory=Counter)
    per_session: Counter[str] = field(default_factory=Counter)  # every kind
    arl_sessions: Counter[str | None] = field(default_factory=Counter)  # None: no known session
    trips: dict[str | None, Trip | None] = field(default_factory=dict)  # None: no trip
    months: dict[Month, Counter[EntryKind]] = field(default_factory=dict)
    competencies: Counter[str] = field(default_factory=Counter)
    tags: dict[str, list[str]] = field(default_factory=dict)  # tag -> entry uids
    experience_titles: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)  # every entry's, for the tag index
    first_day: date | None = None
    last_day: date | None = None


def make_plan(
    source: PortfolioSource,
    options: PortfolioOptions,
    programme: Programme | None,
    check: Callable[[], None],
) -> Plan:
    plan = Plan()
    known = {s.uid for s in programme.sessions} if programme else set()
    flt = EntryFilter(
        kinds=options.kinds,
        include_private=options.include_private,
        date_from=options.date_from,
        date_to=options.date_to,
    )
    trips = {t.uid: t for t in source.trips()}
    facts = source.entry_facts(flt)
    if options.wants(EntryKind.THEORY) and (options.date_from or options.date_to):
        # The theory is in every period (PortfolioOptions.entry_filter).
        seen = {f.uid for f in facts}
        theory = options.entry_filter(EntryKind.THEORY)
        facts += [f for f in source.entry_facts(theory) if f.uid not in seen]
    for entry in facts:
        check()
        if not options.admits(entry):
            continue
        plan.total += 1
        plan.kinds[entry.kind] += 1
        plan.titles[entry.uid] = plain(entry.title, 90)
        day = entry.occurred_on
        plan.first_day = min(plan.first_day or day, day)
        plan.last_day = max(plan.last_day or day, day)
        plan.months.setdefault((day.year, day.month), Counter())[entry.kind] += 1
        session = entry.session_uid if entry.session_uid in known else None
        if session:
            plan.per_session[session] += 1
        if entry.kind == EntryKind.ARL:
            plan.arl_sessions[session] += 1
        elif entry.kind == EntryKind.EXPERIENCE:
            plan.experience_titles[entry.uid] = plain(entry.title, 90)
        elif entry.kind == EntryKind.TRIP_NOTE:
            trip = trips.get(entry.trip_uid) if entry.trip_uid else None
            plan.trips.setdefault(trip.uid if trip else None, trip)
        for name in dict.fromkeys(entry.competencies):
            plan.competencies[name] += 1
        for tag in dict.fromkeys(entry.tags):
            plan.tags.setdefault(tag, []).append(entry.uid)
    return plan


def sorted_trips(plan: Plan) -> list[tuple[str | None, Trip | None]]:
    """Trips by start date; notes with no trip last."""
    return sorted(
        plan.trips.items(),
        key=lambda kv: (
            kv[1] is None,
            (kv[1].starts_on or date.max) if kv[1] else date.max,
            kv[1].destination if kv[1] else "",
        ),
    )


def session_groups(
    programme: Programme,
) -> list[tuple[ProgrammeModule | None, list[ProgrammeSession]]]:
    """Sessions by module in the programme's order, by date within one; module-less last."""
    by_module: dict[str | None, list[ProgrammeSession]] = {}
    module_uids = {m.uid for m in programme.modules}
    for session in programme.sessions:
        key = session.module_uid if session.module_uid in module_uids else None
        by_module.setdefault(key, []).append(session)
    groups: list[tuple[ProgrammeModule | None, list[ProgrammeSession]]] = [
        (m, sorted(by_module[m.uid], key=lambda s: s.starts_on))
        for m in programme.modules
        if m.uid in by_module
    ]
    if None in by_module:
        groups.append((None, sorted(by_module[None], key=lambda s: s.starts_on)))
    return groups
