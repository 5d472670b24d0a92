"""An improvement initiative as the journal keeps it, and its JSON form.

Plain frozen dataclasses like journal.domain's. The driver diagram is a tree below the
aim: primary drivers, their secondary drivers, and the change ideas under those (a
change idea may also sit right under a primary driver). PDSA cycles test a change idea;
indicators are measured by date and drawn as run charts.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from journal.domain import ArlEntry, new_uid
from journal.errors import ImportFormatError

MAX_DEPTH = 3  # primary driver, secondary driver, change idea
MAX_NODES = 500
MAX_CYCLES = 500
MAX_INDICATORS = 50
MAX_MEASUREMENTS = 5_000


class InitiativeState(StrEnum):
    PLANNING = "planning"
    TESTING = "testing"
    IMPLEMENTING = "implementing"
    SPREADING = "spreading"
    CLOSED = "closed"


class DriverKind(StrEnum):
    PRIMARY = "primary"
    SECONDARY = "secondary"
    CHANGE_IDEA = "change_idea"


class Decision(StrEnum):
    """Act: what the cycle's study led to."""

    ADOPT = "adopt"
    ADAPT = "adapt"
    ABANDON = "abandon"


class IndicatorKind(StrEnum):
    OUTCOME = "outcome"
    PROCESS = "process"
    BALANCING = "balancing"


@dataclass(frozen=True, kw_only=True)
class DriverNode:
    uid: str = field(default_factory=new_uid)
    text: str
    parent_uid: str | None = None  # None: a primary driver, right under the aim
    change_idea: bool = False  # a leaf tested by PDSA cycles (else a driver)


@dataclass(frozen=True, kw_only=True)
class PdsaCycle:
    uid: str = field(default_factory=new_uid)
    title: str
    change_idea_uid: str | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    plan: str = ""  # what, who, when
    prediction: str = ""
    do: str = ""  # what happened
    study: str = ""  # compared with the prediction
    act: str = ""
    decision: Decision | None = None


@dataclass(frozen=True)
class Measurement:
    day: date
    value: float


@dataclass(frozen=True, kw_only=True)
class Indicator:
    uid: str = field(default_factory=new_uid)
    name: str
    kind: IndicatorKind = IndicatorKind.OUTCOME
    definition: str = ""
    unit: str = ""
    measurements: tuple[Measurement, ...] = ()  # in time order
    cycles_marked: tuple[str, ...] = ()  # PDSA cycles drawn on its run chart

    def values(self) -> list[float]:
        return [m.value for m in self.measurements]


@dataclass(frozen=True, kw_only=True)
class Initiative:
    uid: str = field(default_factory=new_uid)
    title: str
    aim: str = ""  # what are we trying to accomplish: how much, by when
    team: str = ""
    partners: str = ""  # the partners across sectors
    state: InitiativeState = InitiativeState.PLANNING
    drivers: tuple[DriverNode, ...] = ()  # in order; a child after its parent
    cycles: tuple[PdsaCycle, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    created_at: datetime | None = None
    updated_at: datetime | None = None

    # -- the driver diagram ----------------------------------------------------------
    def children(self, parent_uid: str | None) -> list[DriverNode]:
        return [n for n in self.drivers if n.parent_uid == parent_uid]

    def depth(self, node: DriverNode) -> int:
        """1 for a primary driver, 2 below it, 3 below that."""
        by_uid = {n.uid: n for n in self.drivers}
        depth, current = 1, node
        while current.parent_uid is not None:
            current = by_uid[current.parent_uid]
            depth += 1
        return depth

    def kind_of(self, node: DriverNode) -> DriverKind:
        if node.change_idea:
            return DriverKind.CHANGE_IDEA
        return DriverKind.PRIMARY if node.parent_uid is None else DriverKind.SECONDARY

    def change_ideas(self) -> list[DriverNode]:
        return [n for n in self.drivers if n.change_idea]

    def cycles_of(self, change_idea_uid: str) -> list[PdsaCycle]:
        """A change idea's cycles in order (by start date, undated last)."""
        found = [c for c in self.cycles if c.change_idea_uid == change_idea_uid]
        return sorted(found, key=lambda c: (c.starts_on is None, c.starts_on or date.min))

    def texts(self) -> list[str]:
        """Every text she wrote in it (for search and the patient-data check)."""
        out = [self.title, self.aim, self.team, self.partners]
        out += [n.text for n in self.drivers]
        for c in self.cycles:
            out += [c.title, c.plan, c.prediction, c.do, c.study, c.act]
        for i in self.indicators:
            out += [i.name, i.definition, i.unit]
        return [t for t in out if t]


def check(initiative: Initiative) -> None:
    """Raise ValueError when the initiative cannot be kept as it is: a driver whose parent
    is missing or under itself, a tree deeper than three levels, a change idea with
    children, a cycle or marked cycle that names nothing, a value that is not a number."""
    by_uid: dict[str, DriverNode] = {}
    for node in initiative.drivers:
        if node.uid in by_uid:
            raise ValueError(f"the driver {node.uid!r} appears twice")
        if node.parent_uid is not None and node.parent_uid not in by_uid:
            raise ValueError(f"the driver {node.text!r} comes before its parent or has none")
        by_uid[node.uid] = node
    if len(by_uid) > MAX_NODES:
        raise ValueError(f"more than {MAX_NODES} drivers and change ideas")
    for node in initiative.drivers:
        if node.parent_uid is not None and by_uid[node.parent_uid].change_idea:
            raise ValueError(f"the change idea {by_uid[node.parent_uid].text!r} has children")
        if initiative.depth(node) > MAX_DEPTH:
            raise ValueError(f"{node.text!r} is more than {MAX_DEPTH} levels below the aim")
    ideas = {n.uid for n in initiative.drivers if n.change_idea}
    cycles = {c.uid for c in initiative.cycles}
    if len(cycles) != len(initiative.cycles) or len(cycles) > MAX_CYCLES:
        raise ValueError("a PDSA cycle appears twice, or there are too many")
    for c in initiative.cycles:
        if c.change_idea_uid is not None and c.change_idea_uid not in ideas:
            raise ValueError(f"the cycle {c.title!r} tests a change idea that is not there")
    if len(initiative.indicators) > MAX_INDICATORS:
        raise ValueError(f"more than {MAX_INDICATORS} indicators")
    for i in initiative.indicators:
        if len(i.measurements) > MAX_MEASUREMENTS:
            raise ValueError(f"the indicator {i.name!r} has too many measurements")
        if any(not math.isfinite(m.value) for m in i.measurements):
            raise ValueError(f"the indicator {i.name!r} has a value that is not a number")
        if any(uid not in cycles for uid in i.cycles_marked):
            raise ValueError(f"the indicator {i.name!r} marks a cycle that is not there")


# -- JSON ------------------------------------------------------------------------------


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def to_json(i: Initiative) -> dict[str, Any]:
    return {
        "uid": i.uid,
        "title": i.title,
        "aim": i.aim,
        "team": i.team,
        "partners": i.partners,
        "state": i.state.value,
        "drivers": [
            {"uid": n.uid, "text": n.text, "parent": n.parent_uid, "change_idea": n.change_idea}
            for n in i.drivers
        ],
        "cycles": [
            {
                "uid": c.uid,
                "title": c.title,
                "change_idea": c.change_idea_uid,
                "starts_on": _day(c.starts_on),
                "ends_on": _day(c.ends_on),
                "plan": c.plan,
                "prediction": c.prediction,
                "do": c.do,
                "study": c.study,
                "act": c.act,
                "decision": c.decision.value if c.decision else None,
            }
            for c in i.cycles
        ],
        "indicators": [
            {
                "uid": x.uid,
                "name": x.name,
                "kind": x.kind.value,
                "definition": x.definition,
                "unit": x.unit,
                "measurements": [[m.day.isoformat(), m.value] for m in x.measurements],
                "cycles_marked": list(x.cycles_marked),
            }
            for x in i.indicators
        ],
        "created_at": None if i.created_at is None else i.created_at.isoformat(),
        "updated_at": None if i.updated_at is None else i.updated_at.isoformat(),
    }


class _Read:
    """Strict reading of one JSON object; a problem names where it is."""

    def __init__(self, obj: object, where: str) -> None:
        if not isinstance(obj, Mapping):
            raise ImportFormatError(f"{where}: must be an object")
        self.obj, self.where = obj, where

    def text(self, key: str, *, required: bool = False) -> str:
        value = self.obj.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            raise ImportFormatError(f"{self.where}.{key}: must be text")
        return value

    def uid(self, key: str = "uid", *, optional: bool = False) -> str | None:
        value = self.obj.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, str) or not 0 < len(value) <= 32:
            raise ImportFormatError(f"{self.where}.{key}: must be 1 to 32 characters")
        return value

    def day(self, key: str) -> date | None:
        value = self.obj.get(key)
        if value is None:
            return None
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise ImportFormatError(f"{self.where}.{key}: not a date (YYYY-MM-DD)") from None

    def moment(self, key: str) -> datetime | None:
        value = self.obj.get(key)
        if value is None:
            return None
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            raise ImportFormatError(f"{self.where}.{key}: not a date and time") from None
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

    def items(self, key: str) -> list[tuple[str, object]]:
        value = self.obj.get(key, [])
        if not isinstance(value, list):
            raise ImportFormatError(f"{self.where}.{key}: must be a list")
        return [(f"{self.where}.{key}[{n}]", v) for n, v in enumerate(value)]

    def choice(self, key: str, enum: type[StrEnum], default: StrEnum | None) -> Any:
        value = self.obj.get(key)
        if value is None:
            return default
        try:
            return enum(value)
        except ValueError:
            raise ImportFormatError(f"{self.where}.{key}: unknown value {value!r}") from None


def from_json(obj: object, where: str = "initiative") -> Initiative:
    """An initiative from its JSON form; ImportFormatError names what is wrong."""
    r = _Read(obj, where)
    drivers = []
    for w, o in r.items("drivers"):
        d = _Read(o, w)
        flag = d.obj.get("change_idea", False)
        if not isinstance(flag, bool):
            raise ImportFormatError(f"{w}.change_idea: must be true or false")
        drivers.append(
            DriverNode(
                uid=str(d.uid()),
                text=d.text("text"),
                parent_uid=d.uid("parent", optional=True),
                change_idea=flag,
            )
        )
    cycles = []
    for w, o in r.items("cycles"):
        c = _Read(o, w)
        cycles.append(
            PdsaCycle(
                uid=str(c.uid()),
                title=c.text("title"),
                change_idea_uid=c.uid("change_idea", optional=True),
                starts_on=c.day("starts_on"),
                ends_on=c.day("ends_on"),
                plan=c.text("plan"),
                prediction=c.text("prediction"),
                do=c.text("do"),
                study=c.text("study"),
                act=c.text("act"),
                decision=c.choice("decision", Decision, None),
            )
        )
    indicators = []
    for w, o in r.items("indicators"):
        x = _Read(o, w)
        measurements = []
        for mw, pair in x.items("measurements"):
            if (
                not isinstance(pair, list)
                or len(pair) != 2
                or isinstance(pair[1], bool)
                or not isinstance(pair[1], (int, float))
            ):
                raise ImportFormatError(f"{mw}: must be [date, number]")
            try:
                day = date.fromisoformat(str(pair[0]))
            except ValueError:
                raise ImportFormatError(f"{mw}: not a date (YYYY-MM-DD)") from None
            measurements.append(Measurement(day, float(pair[1])))
        marked = []
        for mw, uid in x.items("cycles_marked"):
            if not isinstance(uid, str):
                raise ImportFormatError(f"{mw}: must be a cycle's uid")
            marked.append(uid)
        indicators.append(
            Indicator(
                uid=str(x.uid()),
                name=x.text("name"),
                kind=x.choice("kind", IndicatorKind, IndicatorKind.OUTCOME),
                definition=x.text("definition"),
                unit=x.text("unit"),
                measurements=tuple(sorted(measurements, key=lambda m: m.day)),
                cycles_marked=tuple(marked),
            )
        )
    initiative = Initiative(
        uid=str(r.uid()),
        title=r.text("title", required=True),
        aim=r.text("aim"),
        team=r.text("team"),
        partners=r.text("partners"),
        state=r.choice("state", InitiativeState, InitiativeState.PLANNING),
        drivers=tuple(drivers),
        cycles=tuple(cycles),
        indicators=tuple(indicators),
        created_at=r.moment("created_at"),
        updated_at=r.moment("updated_at"),
    )
    try:
        check(initiative)
    except ValueError as exc:
        raise ImportFormatError(f"{where}: {exc}") from None
    return initiative


def parse_pasted(text: str) -> list[Measurement]:
    """Measurements pasted from a spreadsheet or read from a CSV file: two columns, a date
    and a number, separated by a tab, a semicolon or a comma; a header row and empty rows
    are skipped; a decimal comma is read ("3,5"). Raises ValueError naming the first row
    that is neither."""
    out: list[Measurement] = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        for sep in ("\t", ";", ","):
            if sep in line:
                cells = [c.strip().strip('"') for c in line.split(sep)]
                break
        else:
            cells = line.split()
        if sep == "," and len(cells) == 3:  # "2026-01-05,3,5": a decimal comma
            cells = [cells[0], f"{cells[1]}.{cells[2]}"]
        if len(cells) < 2:
            raise ValueError(f"row {n}: a date and a number are needed")
        day = _parse_day(cells[0])
        value = _parse_number(cells[1])
        if day is None or value is None:
            if not out and n == 1:
                continue  # a header
            raise ValueError(f"row {n}: {line.strip()!r} is not a date and a number")
        out.append(Measurement(day, value))
    return sorted(out, key=lambda m: m.day)


def _parse_day(text: str) -> date | None:
    text = text.strip()
    for form in ("%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y", "%Y/%m/%d"):
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    return None


def _parse_number(text: str) -> float | None:
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace("%", "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def merge_measurements(
    old: Sequence[Measurement], new: Sequence[Measurement]
) -> tuple[Measurement, ...]:
    """``old`` with ``new`` added; a day in both takes the new value."""
    by_day = {m.day: m for m in old}
    by_day.update({m.day: m for m in new})
    return tuple(sorted(by_day.values(), key=lambda m: m.day))


def arl_from_cycle(cycle: PdsaCycle, initiative: Initiative) -> ArlEntry:
    """A PDSA cycle worked up into an A–R–L entry: what was done is the Action (the
    experiment tried, as MiL's Action is), the study against the prediction the start of
    the Reflection, the decision the next experiment; Learning is hers to write."""
    action = "\n\n".join(t for t in (cycle.plan.strip(), cycle.do.strip()) if t)
    reflection = "\n\n".join(t for t in (cycle.prediction.strip(), cycle.study.strip()) if t)
    return ArlEntry(
        title=f"{initiative.title}: {cycle.title}",
        occurred_on=cycle.ends_on or cycle.starts_on or date.today(),
        action=action,
        reflection=reflection,
        next_experiment=cycle.act.strip(),
        tags=("PDSA",),
    )
