"""Programme templates: the structure of a leadership programme, from a TOML (or JSON) file.

A template gives the programme's native and English names, its modules and themes,
its sessions as offsets from the start, its competency areas and the reflection
prompts for each kind of entry. :func:`instantiate` turns one into a
:class:`~journal.domain.Programme` with real dates. Files are checked field by field;
a bad file raises :class:`ProgrammeFormatError` naming the field and, where it can, the line.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal import limits
from journal.domain import Programme, ProgrammeModule, ProgrammeSession, SessionKind, new_uid
from journal.errors import ImportFormatError, JournalError
from journal.prompts import PROMPT_KEYS, Prompts
from journal.storage.backup import BackupReason
from journal.vocabulary import LANGUAGES

if TYPE_CHECKING:
    from journal.store import Journal

# The fields of a programme file; resources/programme.schema.json says the same.
TOP_FIELDS = (
    "id", "name", "name_en", "organiser", "language", "length_months", "description",
    "competency_areas", "modules", "sessions", "prompts", "initiative",
)  # fmt: skip
MODULE_FIELDS = ("uid", "name", "themes")
SESSION_FIELDS = (
    "uid", "title", "kind", "module", "offset_days", "duration_days", "location",
    "placeholder",
)  # fmt: skip
CUSTOM_ID = "custom"


class ProgrammeFormatError(ImportFormatError):
    """A programme file that cannot be used; the message names the field and line."""


@dataclass(frozen=True, kw_only=True)
class TemplateModule:
    uid: str
    name: str
    themes: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class TemplateSession:
    uid: str
    title: str
    kind: SessionKind
    offset_days: int
    duration_days: int = 1
    module: str | None = None
    location: str = ""
    # Not from the programme's own documents (a suggested session or date): the app
    # says "date to be confirmed by your organiser" until the participant sets it.
    placeholder: bool = False


@dataclass(frozen=True, kw_only=True)
class ProgrammeTemplate:
    id: str
    name: str
    name_en: str
    organiser: str
    language: str
    length_months: int
    description: str
    modules: tuple[TemplateModule, ...]
    sessions: tuple[TemplateSession, ...]
    competency_areas: tuple[str, ...]
    prompts: Prompts
    # The improvement initiative the programme is built around, offered at the start
    # (its working title; empty: none is offered, she can add one).
    initiative: str = ""


# -- reading -------------------------------------------------------------------


class _Reader:
    """Typed access to parsed data that reports problems with field path and line."""

    def __init__(self, source: str, text: str) -> None:
        self.source = source
        self.text = text

    def fail(self, path: str, problem: str, *, missing: bool = False) -> ProgrammeFormatError:
        key = path.rsplit(".", 1)[-1].split("[")[0]
        start, end, header = self._table(path)
        line = None if missing else self._line_of(key, start, end)
        line = line or header
        where = f"line {line}: " if line else ""
        return ProgrammeFormatError(f"{self.source}: {where}{path}: {problem}")

    def _table(self, path: str) -> tuple[int, int, int | None]:
        """The text span of the table ``path`` is in, and the line of its header.

        ``sessions[2].kind`` is in the third ``[[sessions]]`` table, ``prompts.theory`` in
        ``[prompts]``, a top-level field before the first table header (JSON: everywhere).
        """
        headers = list(
            re.finditer(r"^[ \t]*\[\[?[ \t]*([A-Za-z_]+)[ \t]*\]\]?", self.text, re.MULTILINE)
        )
        if not headers:
            return 0, len(self.text), None
        match = re.match(r"(modules|sessions)\[(\d+)\]|(prompts)\.", path)
        if match is None:
            return 0, headers[0].start(), None
        name = match.group(1) or match.group(3)
        n = int(match.group(2) or 0)
        mine = [h for h in headers if h.group(1) == name]
        if n >= len(mine):
            return 0, len(self.text), None
        header = mine[n]
        following = [h.start() for h in headers if h.start() > header.start()]
        end = following[0] if following else len(self.text)
        return header.end(), end, self.text.count("\n", 0, header.start()) + 1

    def _line_of(self, key: str, start: int, end: int) -> int | None:
        pattern = re.compile(rf'^[ \t]*"?{re.escape(key)}"?[ \t]*[=:]', re.MULTILINE)
        match = pattern.search(self.text, start, end)
        return self.text.count("\n", 0, match.start()) + 1 if match else None

    def get(
        self, data: Mapping[str, Any], key: str, kind: type, path: str, default: Any = ...
    ) -> Any:
        if key not in data:
            if default is ...:
                raise self.fail(f"{path}{key}", "missing", missing=True)
            return default
        value = data[key]
        if kind is int and isinstance(value, bool):
            raise self.fail(f"{path}{key}", "must be a whole number")
        if not isinstance(value, kind):
            names = {
                str: "text",
                int: "a whole number",
                bool: "true or false",
                list: "a list",
                dict: "a table",
            }
            raise self.fail(f"{path}{key}", f"must be {names.get(kind, kind.__name__)}")
        return value

    def known(self, data: Mapping[str, Any], allowed: tuple[str, ...], path: str) -> None:
        for key in data:
            if key not in allowed:
                raise self.fail(
                    f"{path}{key}", f"unknown field (expected one of {', '.join(allowed)})"
                )

    def strings(self, data: Mapping[str, Any], key: str, path: str) -> tuple[str, ...]:
        values = self.get(data, key, list, path, [])
        for n, value in enumerate(values):
            if not isinstance(value, str):
                raise self.fail(f"{path}{key}[{n}]", "must be text")
        return tuple(values)


def parse_template(
    text: str, *, source: str = "programme", json_format: bool = False
) -> ProgrammeTemplate:
    """Check and read a template from its TOML (or JSON) text."""
    if len(text) > limits.MAX_PROGRAMME_CHARS:
        raise ProgrammeFormatError(
            f"{source}: the file is larger than a programme can be "
            f"({limits.MAX_PROGRAMME_CHARS // 1_000_000} MB at most)"
        )
    try:
        data = json.loads(text) if json_format else tomllib.loads(text)
    except RecursionError as exc:
        raise ProgrammeFormatError(f"{source}: nested too deeply to be a programme") from exc
    except json.JSONDecodeError as exc:
        raise ProgrammeFormatError(
            f"{source}: line {exc.lineno}: not valid JSON ({exc.msg})"
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ProgrammeFormatError(f"{source}: not valid TOML ({exc})") from exc
    if not isinstance(data, dict):
        raise ProgrammeFormatError(f"{source}: the file must hold one programme (a table)")
    r = _Reader(source, text)
    r.known(data, TOP_FIELDS, "")
    language = r.get(data, "language", str, "")
    if language not in LANGUAGES:
        raise r.fail(
            "language", f"unknown language {language!r} (expected one of {', '.join(LANGUAGES)})"
        )
    modules: list[TemplateModule] = []
    raw_modules = r.get(data, "modules", list, "", [])
    if len(raw_modules) > limits.MAX_MODULES:
        raise r.fail("modules", f"more than {limits.MAX_MODULES} modules")
    for n, raw in enumerate(raw_modules):
        path = f"modules[{n}]."
        if not isinstance(raw, dict):
            raise r.fail(f"modules[{n}]", "must be a table")
        r.known(raw, MODULE_FIELDS, path)
        modules.append(
            TemplateModule(
                uid=r.get(raw, "uid", str, path),
                name=r.get(raw, "name", str, path),
                themes=r.strings(raw, "themes", path),
            )
        )
    module_uids = [m.uid for m in modules]
    _no_twice(r, "modules", module_uids)
    kinds = {k.value for k in SessionKind}
    sessions: list[TemplateSession] = []
    raw_sessions = r.get(data, "sessions", list, "", [])
    if len(raw_sessions) > limits.MAX_SESSIONS:
        raise r.fail("sessions", f"more than {limits.MAX_SESSIONS} sessions")
    for n, raw in enumerate(raw_sessions):
        path = f"sessions[{n}]."
        if not isinstance(raw, dict):
            raise r.fail(f"sessions[{n}]", "must be a table")
        r.known(raw, SESSION_FIELDS, path)
        kind = r.get(raw, "kind", str, path)
        if kind not in kinds:
            raise r.fail(
                f"{path}kind",
                f"unknown session kind {kind!r} (expected one of {', '.join(sorted(kinds))})",
            )
        module = r.get(raw, "module", str, path, None)
        if module is not None and module not in module_uids:
            raise r.fail(f"{path}module", f"no module has the uid {module!r}")
        offset = r.get(raw, "offset_days", int, path)
        duration = r.get(raw, "duration_days", int, path, 1)
        if not 0 <= offset <= limits.MAX_OFFSET_DAYS:
            raise r.fail(
                f"{path}offset_days", f"must be between 0 and {limits.MAX_OFFSET_DAYS} days"
            )
        if not 1 <= duration <= limits.MAX_DURATION_DAYS:
            raise r.fail(
                f"{path}duration_days", f"must be between 1 and {limits.MAX_DURATION_DAYS} days"
            )
        sessions.append(
            TemplateSession(
                uid=r.get(raw, "uid", str, path, f"session-{n + 1}"),
                title=r.get(raw, "title", str, path),
                kind=SessionKind(kind),
                offset_days=offset,
                duration_days=duration,
                module=module,
                location=r.get(raw, "location", str, path, ""),
                placeholder=r.get(raw, "placeholder", bool, path, False),
            )
        )
    _no_twice(r, "sessions", [x.uid for x in sessions])
    length_months = r.get(data, "length_months", int, "", 12)
    if not 1 <= length_months <= limits.MAX_LENGTH_MONTHS:
        raise r.fail("length_months", f"must be between 1 and {limits.MAX_LENGTH_MONTHS} months")
    prompts_raw = r.get(data, "prompts", dict, "", {})
    prompts: dict[str, tuple[str, ...]] = {}
    for key in prompts_raw:
        if key not in PROMPT_KEYS:
            raise r.fail(
                f"prompts.{key}", f"unknown prompt (expected one of {', '.join(PROMPT_KEYS)})"
            )
        prompts[key] = r.strings(prompts_raw, key, "prompts.")
    return ProgrammeTemplate(
        id=r.get(data, "id", str, ""),
        name=r.get(data, "name", str, ""),
        name_en=r.get(data, "name_en", str, "", ""),
        organiser=r.get(data, "organiser", str, "", ""),
        language=language,
        length_months=length_months,
        description=r.get(data, "description", str, "", ""),
        modules=tuple(modules),
        sessions=tuple(sessions),
        competency_areas=r.strings(data, "competency_areas", ""),
        prompts=Prompts(by_key=prompts),
        initiative=r.get(data, "initiative", str, "", ""),
    )


def _no_twice(r: _Reader, what: str, uids: list[str]) -> None:
    seen: dict[str, int] = {}
    for n, uid in enumerate(uids):
        if uid in seen:
            raise r.fail(
                f"{what}[{n}].uid", f"the uid {uid!r} is also the uid of {what}[{seen[uid]}]"
            )
        seen[uid] = n


def load_template(path: Path) -> ProgrammeTemplate:
    """Read an organiser's programme file (``.toml`` or ``.json``)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProgrammeFormatError(f"{Path(path).name}: cannot be read ({exc})") from exc
    return parse_template(
        text, source=Path(path).name, json_format=Path(path).suffix.lower() == ".json"
    )


def templates() -> list[ProgrammeTemplate]:
    """The shipped templates by native name, the blank custom programme last."""
    folder = files("resources") / "programmes"
    found = [
        parse_template(item.read_text(encoding="utf-8"), source=item.name)
        for item in folder.iterdir()
        if item.name.endswith(".toml")
    ]
    return sorted(found, key=lambda t: (t.id == CUSTOM_ID, t.name.casefold()))


def template(template_id: str) -> ProgrammeTemplate:
    """The shipped template ``template_id``: just its own file, which is named after it."""
    item = files("resources") / "programmes" / f"{template_id}.toml"
    if re.fullmatch(r"[a-z0-9-]+", template_id) and item.is_file():
        found = parse_template(item.read_text(encoding="utf-8"), source=item.name)
        if found.id == template_id:
            return found
    raise JournalError(f"There is no programme template {template_id!r}.")


def instantiate(t: ProgrammeTemplate, starts_on: date, *, name: str | None = None) -> Programme:
    """A programme with real dates from ``starts_on`` and fresh uids.

    Raises JournalError when the programme would run past the last date a calendar
    holds (a start date near the year 9999).
    """
    latest = max((s.offset_days + s.duration_days for s in t.sessions), default=0)
    if starts_on.year > limits.MAX_START_YEAR or (date.max - starts_on).days < max(
        latest, t.length_months * 31
    ):
        raise JournalError(
            f"A programme starting on {starts_on.isoformat()} would end after the last date "
            "the calendar holds; choose an earlier start date."
        )
    module_uids = {m.uid: new_uid() for m in t.modules}
    sessions = tuple(
        ProgrammeSession(
            title=s.title,
            kind=s.kind,
            starts_on=starts_on + timedelta(days=s.offset_days),
            ends_on=starts_on + timedelta(days=s.offset_days + s.duration_days - 1),
            module_uid=module_uids[s.module] if s.module else None,
            location=s.location,
            tentative=s.placeholder,
        )
        for s in sorted(t.sessions, key=lambda s: s.offset_days)
    )
    ends = max((s.ends_on or s.starts_on for s in sessions), default=None)
    months_later = _add_months(starts_on, t.length_months)
    return Programme(
        name=name or t.name,
        name_en=t.name_en,
        template_id=t.id,
        organiser=t.organiser,
        description=t.description,
        language=t.language,
        starts_on=starts_on,
        ends_on=max(ends, months_later) if ends else months_later,
        modules=tuple(
            ProgrammeModule(uid=module_uids[m.uid], name=m.name, themes=m.themes) for m in t.modules
        ),
        sessions=sessions,
        competency_areas=t.competency_areas,
        prompts=t.prompts.asked(),
    )


def _add_months(d: date, months: int) -> date:
    year, month = divmod(d.month - 1 + months, 12)
    first = date(d.year + year, month + 1, 1)
    return first - timedelta(days=1)


def adopt(journal: Journal, chosen: ProgrammeTemplate, starts_on: date) -> Programme:
    """Make ``journal`` follow ``chosen`` from ``starts_on`` (an organiser's file, or a
    template): dated, carried over from the programme it follows now (entries keep their
    session links, sparring notes stay), after a backup. Returns the stored programme;
    raises JournalError, and changes nothing, when it cannot be done."""
    programme = carry_over(journal.programme(), instantiate(chosen, starts_on))
    journal.backup(BackupReason.BEFORE_IMPORT)
    stored = journal.set_programme(programme)
    offer_initiative(journal, chosen)
    return stored


def offer_initiative(journal: Journal, chosen: ProgrammeTemplate) -> None:
    """A programme built around an improvement initiative (DNLS) starts the journal with
    one, named as the programme names it, for her to fill in; never a second one."""
    if chosen.initiative.strip() and not journal.initiatives():
        from journal.improvement.model import Initiative

        journal.save_initiative(Initiative(title=chosen.initiative.strip()))


def carry_over(old: Programme | None, new: Programme) -> Programme:
    """``new`` with the uids of ``old``'s modules and sessions of the same name, and the
    notes of those sessions: replacing a programme by an updated file keeps the entries'
    links to its sessions and what was written about the sparring meetings."""
    if old is None:
        return new
    old_modules = {m.name.casefold(): m.uid for m in old.modules}
    module_uids = {m.uid: old_modules.get(m.name.casefold(), m.uid) for m in new.modules}
    waiting: dict[tuple[str, SessionKind], list[ProgrammeSession]] = {}
    for s in sorted(old.sessions, key=lambda s: s.starts_on):
        waiting.setdefault((s.title.casefold(), s.kind), []).append(s)
    sessions = []
    for s in new.sessions:
        matches = waiting.get((s.title.casefold(), s.kind))
        module_uid = module_uids.get(s.module_uid) if s.module_uid else None
        if not matches:
            sessions.append(replace(s, module_uid=module_uid))
            continue
        was = matches.pop(0)
        sessions.append(
            replace(
                s,
                uid=was.uid,
                module_uid=module_uid,
                agenda=s.agenda or was.agenda,
                notes=s.notes or was.notes,
                next_steps=s.next_steps or was.next_steps,
            )
        )
    return replace(
        new,
        modules=tuple(replace(m, uid=module_uids[m.uid]) for m in new.modules),
        sessions=tuple(sessions),
    )
