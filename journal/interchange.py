"""The JSON interchange format (``docs/format.md``, ``resources/format.schema.json``).

Export then import into an empty journal then export again gives the same
document. Import reads and checks the whole file first: an invalid file imports
nothing, and the message names the first problem by its place in the document.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from journal import limits
from journal.domain import (
    RATING_SCALE,
    ArlEntry,
    Entry,
    EntryFilter,
    EntryKind,
    Experience,
    FileToAttach,
    Participant,
    PortfolioTexts,
    Programme,
    ProgrammeModule,
    ProgrammeSession,
    RatingPhase,
    SelfRating,
    SessionKind,
    TheoryEntry,
    TheoryVersion,
    Trip,
    TripNote,
)
from journal.errors import ExportFailed, ImportFormatError
from journal.feedback.model import CommentKind, ExportManifest, MentorComment, Place, PlaceKind
from journal.improvement.model import Initiative
from journal.storage import files
from journal.storage.backup import BackupReason
from journal.store import Journal

FORMAT_NAME = "leadership-journal"
FORMAT_VERSION = 1

Json = dict[str, Any]


# -- export --------------------------------------------------------------------------


@dataclass(frozen=True)
class JsonExport:
    entries: int
    identity_numbers: int  # personal identity numbers in it (journal.patient_data)
    masked: bool  # and whether they were masked


def export_document(journal: Journal, *, mask: bool = False) -> Json:
    """The whole journal as the interchange document (personal identity numbers masked
    when ``mask``)."""
    return _document(journal, mask)[0]


def _document(journal: Journal, mask: bool) -> tuple[Json, int]:
    """The document, and how many personal identity numbers its texts hold (masked in it
    when ``mask``: a copy to share; the participant's own copy keeps them, so that a
    round trip loses nothing)."""
    from journal.patient_data import entry_hits, masked, masked_entry

    participant = journal.participant()
    programme = journal.programme()
    numbers = 0
    if programme is not None and mask:
        programme, in_notes = masked(programme)
        numbers += in_notes
    entries: list[Json] = []
    # Everything, the Trash too: a round trip through JSON loses nothing.
    for entry in journal.iter_entries(EntryFilter(in_trash=None)):
        if mask:
            entry, count = masked_entry(entry)
        else:
            count = len(entry_hits(entry))
        numbers += count
        entries.append(_entry_json(journal, entry))
    document: Json = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "participant": None if participant is None else _participant_json(participant),
        "programme": None if programme is None else _programme_json(programme),
        "entries": entries,
    }
    texts = journal.portfolio_texts()
    if not texts.is_empty():
        if mask:
            texts, in_texts = masked(texts)
            numbers += in_texts
        document["portfolio_texts"] = dataclasses.asdict(texts)
    initiatives = journal.initiatives()
    if initiatives:
        from journal.improvement.model import to_json

        if mask:
            initiatives = [masked(i)[0] for i in initiatives]
        document["initiatives"] = [to_json(i) for i in initiatives]
    ratings = journal.self_ratings()
    if ratings:
        if mask:
            ratings = [masked(r)[0] for r in ratings]
        document["self_ratings"] = [
            {
                "area": r.area,
                "phase": r.phase.value,
                "rating": r.rating,
                "note": r.note,
                "rated_on": r.rated_on.isoformat(),
            }
            for r in ratings
        ]
    # The portfolio exports (where each entry sat: comments made on them can still be read
    # back after a restore) and the mentor's comments. Optional: a journal without any
    # writes the document as before (journal.feedback).
    exports = journal.export_manifests()
    if exports:
        document["portfolio_exports"] = [_export_json(m) for m in exports]
    comments = journal.mentor_comments()
    if comments:
        if mask:
            comments = [masked(c)[0] for c in comments]
        document["mentor_feedback"] = [_comment_json(c) for c in comments]
    return document, numbers


def _moment_json(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _comment_json(c: MentorComment) -> Json:
    return {
        "uid": c.uid,
        "key": c.key,
        "export_id": c.export_id,
        "kind": c.kind.value,
        "text": c.text,
        "author": c.author,
        "written_at": _moment_json(c.written_at),
        "quote": c.quote,
        "page": c.page,
        "entry_uid": c.entry_uid,
        "session_uid": c.session_uid,
        "reply_to": c.reply_to,
        "response": c.response,
        "responded_at": _moment_json(c.responded_at),
        "imported_at": _moment_json(c.imported_at),
    }


def _export_json(m: ExportManifest) -> Json:
    return {
        "export_id": m.export_id,
        "exported_at": m.exported_at.isoformat(),
        "pages": m.pages,
        "language": m.language,
        "encrypted": m.encrypted,
        "places": [[p.kind.value, p.ident, p.page, p.top] for p in m.places],
    }


def export_json(journal: Journal, out: Path, *, mask: bool = False) -> JsonExport:
    """Write the whole journal to ``out``, atomically (numbers masked when ``mask``)."""
    document, numbers = _document(journal, mask)
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    try:
        files.write_atomic(out, data)
    except OSError as exc:
        raise ExportFailed(f"Could not write {out}: {exc.strerror or exc}") from exc
    return JsonExport(len(document["entries"]), numbers, mask)


def _participant_json(p: Participant) -> Json:
    return {"name": p.name, "role": p.role, "organisation": p.organisation, "language": p.language}


def _programme_json(p: Programme) -> Json:
    return {
        "name": p.name,
        "name_en": p.name_en,
        "template_id": p.template_id,
        "organiser": p.organiser,
        **({"description": p.description} if p.description else {}),
        "language": p.language,
        "starts_on": _date_json(p.starts_on),
        "ends_on": _date_json(p.ends_on),
        "modules": [{"uid": m.uid, "name": m.name, "themes": list(m.themes)} for m in p.modules],
        "sessions": [
            {
                "uid": x.uid,
                "title": x.title,
                "kind": x.kind.value,
                "starts_on": x.starts_on.isoformat(),
                "ends_on": _date_json(x.ends_on),
                "module": x.module_uid,
                "location": x.location,
                **({"tentative": True} if x.tentative else {}),
                "agenda": x.agenda,
                "notes": x.notes,
                "next_steps": x.next_steps,
            }
            for x in p.sessions
        ],
        "competency_areas": list(p.competency_areas),
        "prompts": {key: list(questions) for key, questions in p.prompts.items()},
    }


def _date_json(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _entry_json(journal: Journal, entry: Entry) -> Json:
    assert entry.created_at is not None and entry.updated_at is not None
    doc: Json = {
        "uid": entry.uid,
        "kind": entry.kind.value,
        "title": entry.title,
        "occurred_on": entry.occurred_on.isoformat(),
        "private": entry.private,
        "tags": list(entry.tags),
        "competencies": list(entry.competencies),
        "session": entry.session_uid,
        "created_at": entry.created_at.isoformat(),
        "updated_at": entry.updated_at.isoformat(),
    }
    if entry.deleted_at is not None:
        doc["deleted_at"] = entry.deleted_at.isoformat()
    if entry.dismissed_numbers:
        doc["dismissed_numbers"] = list(entry.dismissed_numbers)
    if isinstance(entry, Experience):
        doc["body"] = entry.body
    elif isinstance(entry, ArlEntry):
        doc.update(
            action=entry.action,
            reflection=entry.reflection,
            learning=entry.learning,
            next_experiment=entry.next_experiment,
            from_experiences=list(entry.from_experiences),
        )
    elif isinstance(entry, TheoryEntry):
        doc.update(
            theory=entry.theory,
            values=entry.values,
            goals=entry.goals,
            versions=[
                {
                    "created_at": v.created_at.isoformat(),
                    "theory": v.theory,
                    "values": v.values,
                    "goals": v.goals,
                    "change_note": v.change_note,
                    **({"grew_from": list(v.grew_from)} if v.grew_from else {}),
                }
                for v in entry.versions
            ],
        )
    elif isinstance(entry, TripNote):
        trip = entry.trip
        doc.update(
            trip=None
            if trip is None
            else {
                "uid": trip.uid,
                "destination": trip.destination,
                "starts_on": _date_json(trip.starts_on),
                "ends_on": _date_json(trip.ends_on),
                **({"session": trip.session_uid} if trip.session_uid else {}),
            },
            place=entry.place,
            culture=entry.culture,
            context=entry.context,
            communication=entry.communication,
            **({"take_home": entry.take_home} if entry.take_home else {}),
        )
    # Photos: a trip note always has the list (as it always had); another kind has it
    # when it has a photo, so that files from before photos on every kind stay the same.
    if entry.attachments or isinstance(entry, TripNote):
        doc["attachments"] = [
            {
                "file_name": a.file_name,
                "media_type": a.media_type,
                **({"caption": a.caption} if a.caption else {}),
                "data": base64.b64encode(journal.attachment_data(a.id)).decode("ascii"),
            }
            for a in entry.attachments
        ]
    return doc


# -- import --------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: int
    with_identity_numbers: int = 0  # imported entries whose texts hold one


@dataclass(frozen=True)
class ParsedDocument:
    participant: Participant | None
    programme: Programme | None
    entries: tuple[Entry, ...]
    attachments: Mapping[str, Sequence[FileToAttach]]
    comments: tuple[MentorComment, ...] = ()
    exports: tuple[ExportManifest, ...] = ()
    texts: PortfolioTexts | None = None
    ratings: tuple[SelfRating, ...] = ()
    initiatives: tuple[Initiative, ...] = ()


def import_json(journal: Journal, source: Path) -> ImportResult:
    """Import a JSON export; invalid files raise ImportFormatError and change nothing."""
    try:
        raw = source.read_bytes()
    except OSError as exc:
        raise ImportFormatError(f"cannot read {source}: {exc.strerror}") from exc
    try:
        document = json.loads(raw.decode("utf-8"))
    except RecursionError as exc:
        raise ImportFormatError(
            f"{source.name} is nested too deeply to be a Leadership Journal export"
        ) from exc
    except UnicodeDecodeError as exc:
        raise ImportFormatError(f"{source.name} is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise ImportFormatError(
            f"{source.name} is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from exc
    _check_strings(document)
    parsed = parse_document(document)
    known_sessions = {x.uid for x in (journal.programme() or Programme(name="")).sessions}
    _check_references(parsed, known_sessions, journal)
    if journal.count_entries():
        journal.backup(BackupReason.BEFORE_IMPORT)
    imported, skipped = journal.import_entries(
        parsed.entries,
        parsed.attachments,
        participant=parsed.participant,
        programme=parsed.programme,
        comments=parsed.comments,
        exports=parsed.exports,
        texts=parsed.texts,
        ratings=parsed.ratings,
        initiatives=parsed.initiatives,
    )
    from journal.patient_data import entry_hits

    flagged = sum(1 for entry in parsed.entries if entry_hits(entry))
    return ImportResult(imported=imported, skipped=skipped, with_identity_numbers=flagged)


def _check_strings(document: object) -> None:
    """Refuse text that cannot be stored: a lone surrogate (JSON's "\\ud800" escapes make
    one) is no character at all. Walks the document without recursion."""
    stack: list[tuple[str, object]] = [("document", document)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise ImportFormatError(
                    f"{where}: holds a broken character (a lone surrogate); nothing was imported"
                ) from None
        elif isinstance(value, dict):
            for key, item in value.items():
                stack.append((f"{where}.{key}" if key.isprintable() else where, item))
                stack.append((f"{where} (a field name)", key))
        elif isinstance(value, list):
            stack.extend((f"{where}[{i}]", item) for i, item in enumerate(value))


def _check_references(parsed: ParsedDocument, known_sessions: set[str], journal: Journal) -> None:
    sessions = set(known_sessions)
    if parsed.programme is not None:
        sessions |= {x.uid for x in parsed.programme.sessions}
    experiences = {e.uid for e in parsed.entries if isinstance(e, Experience)}
    for i, entry in enumerate(parsed.entries):
        if entry.session_uid is not None and entry.session_uid not in sessions:
            raise ImportFormatError(f"entries[{i}].session: no session {entry.session_uid!r}")
        if isinstance(entry, ArlEntry):
            for uid in entry.from_experiences:
                if uid in experiences:
                    continue
                try:
                    found = journal.get_entry_by_uid(uid)
                except Exception:
                    found = None
                if not isinstance(found, Experience):
                    raise ImportFormatError(f"entries[{i}].from_experiences: no experience {uid!r}")


class _Reader:
    """Reads typed fields out of a JSON object, naming the place of any problem."""

    def __init__(self, obj: object, where: str) -> None:
        if not isinstance(obj, dict):
            raise ImportFormatError(f"{where}: expected an object")
        self.obj: dict[str, Any] = obj
        self.where = where

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.obj:
            if required:
                raise ImportFormatError(f"{self.where}: missing field {key!r}")
            return None
        return self.obj[key]

    def text(self, key: str, *, required: bool = False, default: str = "") -> str:
        value = self._get(key, required)
        if value is None:
            if required:
                raise ImportFormatError(f"{self.where}.{key}: must be text, not null")
            return default
        if not isinstance(value, str):
            raise ImportFormatError(f"{self.where}.{key}: must be text")
        if len(value) > limits.MAX_TEXT_CHARS:
            raise ImportFormatError(
                f"{self.where}.{key}: {len(value):,} characters; a text holds at most "
                f"{limits.MAX_TEXT_CHARS:,}"
            )
        return value

    def flag(self, key: str, *, required: bool = False) -> bool:
        value = self._get(key, required)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise ImportFormatError(f"{self.where}.{key}: must be true or false")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self._get(key, False)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ImportFormatError(f"{self.where}.{key}: must be a list of text")
        return tuple(value)

    def day(self, key: str, *, required: bool = False) -> date | None:
        value = self._get(key, required)
        if value is None:
            if required:
                raise ImportFormatError(f"{self.where}.{key}: a date is required")
            return None
        try:
            return date.fromisoformat(value) if isinstance(value, str) else _fail()
        except ValueError:
            raise ImportFormatError(
                f"{self.where}.{key}: not an ISO date (YYYY-MM-DD): {value!r}"
            ) from None

    def moment(self, key: str, *, required: bool = False) -> datetime | None:
        value = self._get(key, required)
        if value is None:
            return None
        try:
            moment = datetime.fromisoformat(value) if isinstance(value, str) else _fail()
        except ValueError:
            raise ImportFormatError(
                f"{self.where}.{key}: not an ISO date and time: {value!r}"
            ) from None
        if moment.tzinfo is None:
            raise ImportFormatError(f"{self.where}.{key}: the time needs a UTC offset")
        try:
            moment.astimezone(UTC)
        except OverflowError:
            raise ImportFormatError(
                f"{self.where}.{key}: {value!r} is outside the calendar once taken to UTC"
            ) from None
        return moment

    def items(self, key: str) -> list[tuple[str, object]]:
        value = self._get(key, False)
        if value is None:
            return []
        if not isinstance(value, list):
            raise ImportFormatError(f"{self.where}.{key}: must be a list")
        return [(f"{self.where}.{key}[{i}]", v) for i, v in enumerate(value)]


def _fail() -> Any:
    raise ValueError


T = TypeVar("T")


def _optional(obj: object, where: str, read: Callable[[_Reader], T]) -> T | None:
    return None if obj is None else read(_Reader(obj, where))


def parse_document(document: object) -> ParsedDocument:
    top = _Reader(document, "document")
    if top.obj.get("format") != FORMAT_NAME:
        raise ImportFormatError(f"not a Leadership Journal export (format must be {FORMAT_NAME!r})")
    version = top.obj.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ImportFormatError("document.version: must be a whole number")
    if version > FORMAT_VERSION:
        raise ImportFormatError(
            f"the file is format version {version}, newer than this app reads "
            f"({FORMAT_VERSION}); please update the app"
        )
    participant = _optional(top.obj.get("participant"), "participant", _parse_participant)
    programme = _optional(top.obj.get("programme"), "programme", _parse_programme)
    if "entries" not in top.obj:
        raise ImportFormatError("document: missing field 'entries'")
    entries: list[Entry] = []
    attachments: dict[str, list[FileToAttach]] = {}
    seen: set[str] = set()
    for where, obj in top.items("entries"):
        entry, files = _parse_entry(_Reader(obj, where))
        if entry.uid in seen:
            raise ImportFormatError(f"{where}.uid: {entry.uid!r} appears twice")
        seen.add(entry.uid)
        entries.append(entry)
        if files:
            attachments[entry.uid] = files
    comments = tuple(_parse_comment(_Reader(o, w)) for w, o in top.items("mentor_feedback"))
    exports = tuple(_parse_export(_Reader(o, w)) for w, o in top.items("portfolio_exports"))
    uids = [c.uid for c in comments]
    if len(set(uids)) != len(uids):
        raise ImportFormatError("mentor_feedback: a comment's uid appears twice")
    texts = _optional(top.obj.get("portfolio_texts"), "portfolio_texts", _parse_texts)
    ratings = tuple(_parse_rating(_Reader(o, w)) for w, o in top.items("self_ratings"))
    if len({(r.area.casefold(), r.phase) for r in ratings}) != len(ratings):
        raise ImportFormatError("self_ratings: an area is rated twice at one phase")
    from journal.improvement.model import from_json as initiative_from_json

    initiatives = tuple(initiative_from_json(o, w) for w, o in top.items("initiatives"))
    if len({i.uid for i in initiatives}) != len(initiatives):
        raise ImportFormatError("initiatives: an initiative's uid appears twice")
    return ParsedDocument(
        participant=participant,
        programme=programme,
        entries=tuple(entries),
        attachments=attachments,
        comments=comments,
        exports=exports,
        texts=texts,
        ratings=ratings,
        initiatives=initiatives,
    )


def _parse_rating(r: _Reader) -> SelfRating:
    phase_text = r.text("phase", required=True)
    try:
        phase = RatingPhase(phase_text)
    except ValueError:
        raise ImportFormatError(f"{r.where}.phase: unknown phase {phase_text!r}") from None
    rating = r.obj.get("rating")
    if not isinstance(rating, int) or isinstance(rating, bool) or rating not in RATING_SCALE:
        raise ImportFormatError(f"{r.where}.rating: must be a whole number from 1 to 5")
    area = r.text("area", required=True)
    if not area.strip():
        raise ImportFormatError(f"{r.where}.area: must not be empty")
    rated_on = r.day("rated_on", required=True)
    assert rated_on is not None
    return SelfRating(area=area, phase=phase, rating=rating, note=r.text("note"), rated_on=rated_on)


def _parse_texts(r: _Reader) -> PortfolioTexts:
    return PortfolioTexts(
        foreword=r.text("foreword"),
        learned=r.text("learned"),
        next_steps=r.text("next_steps"),
        showcase=r.text("showcase"),
    )


def _optional_uid(r: _Reader, key: str) -> str | None:
    value = r.obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not 0 < len(value) <= 32:
        raise ImportFormatError(f"{r.where}.{key}: must be 1 to 32 characters, or null")
    return value


def _whole(r: _Reader, key: str) -> int:
    value = r.obj.get(key, 0)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ImportFormatError(f"{r.where}.{key}: must be a whole number, 0 or more")
    return value


def _parse_comment(r: _Reader) -> MentorComment:
    try:
        kind = CommentKind(r.text("kind", required=True))
    except ValueError:
        raise ImportFormatError(
            f"{r.where}.kind: one of {', '.join(k.value for k in CommentKind)}"
        ) from None
    return MentorComment(
        uid=_uid(r),
        key=r.text("key", required=True)[:64],
        export_id=r.text("export_id", required=True)[:32],
        kind=kind,
        text=r.text("text"),
        author=r.text("author"),
        written_at=r.moment("written_at"),
        quote=r.text("quote"),
        page=_whole(r, "page"),
        entry_uid=_optional_uid(r, "entry_uid"),
        session_uid=_optional_uid(r, "session_uid"),
        reply_to=_optional_uid(r, "reply_to"),
        response=r.text("response"),
        responded_at=r.moment("responded_at"),
        imported_at=r.moment("imported_at"),
    )


def _parse_export(r: _Reader) -> ExportManifest:
    exported_at = r.moment("exported_at", required=True)
    assert exported_at is not None
    places: list[Place] = []
    for where, row in r.items("places"):
        match row:
            case [str(kind), str(ident), int(page), int() | float() as top] if (
                kind in PlaceKind.__members__.values() and not isinstance(page, bool)
            ):
                places.append(Place(PlaceKind(kind), ident, page, float(top)))
            case _:
                raise ImportFormatError(f"{where}: must be [kind, id, page, top]")
    return ExportManifest(
        export_id=r.text("export_id", required=True)[:32],
        exported_at=exported_at,
        pages=_whole(r, "pages"),
        places=tuple(places),
        language=r.text("language"),
        encrypted=r.flag("encrypted"),
    )


def _parse_participant(r: _Reader) -> Participant:
    return Participant(
        name=r.text("name", required=True),
        role=r.text("role"),
        organisation=r.text("organisation"),
        language=r.text("language", default="en") or "en",
    )


def _parse_programme(r: _Reader) -> Programme:
    modules = []
    for where, obj in r.items("modules"):
        m = _Reader(obj, where)
        modules.append(
            ProgrammeModule(
                uid=_uid(m), name=m.text("name", required=True), themes=m.texts("themes")
            )
        )
    module_uids = {m.uid for m in modules}
    sessions = []
    for where, obj in r.items("sessions"):
        x = _Reader(obj, where)
        kind_text = x.text("kind", default="other")
        try:
            kind = SessionKind(kind_text)
        except ValueError:
            raise ImportFormatError(f"{where}.kind: unknown session kind {kind_text!r}") from None
        module = x.obj.get("module")
        if module is not None and module not in module_uids:
            raise ImportFormatError(f"{where}.module: no module {module!r}")
        starts_on = x.day("starts_on", required=True)
        assert starts_on is not None
        sessions.append(
            ProgrammeSession(
                uid=_uid(x),
                title=x.text("title", required=True),
                kind=kind,
                starts_on=starts_on,
                ends_on=x.day("ends_on"),
                module_uid=module,
                location=x.text("location"),
                tentative=x.flag("tentative"),
                agenda=x.text("agenda"),
                notes=x.text("notes"),
                next_steps=x.text("next_steps"),
            )
        )
    return Programme(
        name=r.text("name", required=True),
        name_en=r.text("name_en"),
        template_id=r.text("template_id"),
        organiser=r.text("organiser"),
        description=r.text("description"),
        language=r.text("language"),
        starts_on=r.day("starts_on"),
        ends_on=r.day("ends_on"),
        modules=tuple(modules),
        sessions=tuple(sessions),
        competency_areas=r.texts("competency_areas"),
        prompts=_parse_prompts(r),
    )


def _parse_prompts(r: _Reader) -> dict[str, tuple[str, ...]]:
    value = r.obj.get("prompts")
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ImportFormatError(f"{r.where}.prompts: must be an object of lists of text")
    return {str(key): _Reader(value, f"{r.where}.prompts").texts(key) for key in value}


def _uid(r: _Reader) -> str:
    uid = r.text("uid", required=True)
    if not uid or len(uid) > 32:
        raise ImportFormatError(f"{r.where}.uid: must be 1 to 32 characters")
    return uid


def _parse_entry(r: _Reader) -> tuple[Entry, list[FileToAttach]]:
    kind_text = r.text("kind", required=True)
    try:
        kind = EntryKind(kind_text)
    except ValueError:
        raise ImportFormatError(f"{r.where}.kind: unknown kind {kind_text!r}") from None
    occurred_on = r.day("occurred_on", required=True)
    assert occurred_on is not None
    common: dict[str, Any] = {
        "uid": _uid(r),
        "title": r.text("title", required=True),
        "occurred_on": occurred_on,
        "private": r.flag("private", required=True),
        "tags": r.texts("tags"),
        "competencies": r.texts("competencies"),
        "session_uid": r.obj.get("session") if isinstance(r.obj.get("session"), str) else None,
        "created_at": r.moment("created_at"),
        "updated_at": r.moment("updated_at"),
        "deleted_at": r.moment("deleted_at"),
        "dismissed_numbers": tuple(
            text for text in r.texts("dismissed_numbers") if text.startswith("pbkdf2-sha256$")
        ),
    }
    if r.obj.get("session") is not None and common["session_uid"] is None:
        raise ImportFormatError(f"{r.where}.session: must be a session uid or null")
    files: list[FileToAttach] = []
    for where, obj in r.items("attachments"):  # any kind of entry may have photos
        a = _Reader(obj, where)
        try:
            data = base64.b64decode(a.text("data", required=True), validate=True)
        except binascii.Error:
            raise ImportFormatError(f"{where}.data: not valid base64") from None
        files.append(
            FileToAttach(
                a.text("file_name"),
                a.text("media_type", default="application/octet-stream"),
                data,
                a.text("caption"),
            )
        )
    entry: Entry
    if kind is EntryKind.EXPERIENCE:
        entry = Experience(**common, body=r.text("body"))
    elif kind is EntryKind.ARL:
        entry = ArlEntry(
            **common,
            action=r.text("action"),
            reflection=r.text("reflection"),
            learning=r.text("learning"),
            next_experiment=r.text("next_experiment"),
            from_experiences=r.texts("from_experiences"),
        )
    elif kind is EntryKind.THEORY:
        versions = []
        for where, obj in r.items("versions"):
            v = _Reader(obj, where)
            created = v.moment("created_at", required=True)
            assert created is not None
            versions.append(
                TheoryVersion(
                    created_at=created,
                    theory=v.text("theory"),
                    values=v.text("values"),
                    goals=v.text("goals"),
                    change_note=v.text("change_note"),
                    grew_from=v.texts("grew_from"),
                )
            )
        entry = TheoryEntry(
            **common,
            theory=r.text("theory"),
            values=r.text("values"),
            goals=r.text("goals"),
            versions=tuple(versions),
        )
    else:
        trip = _optional(
            r.obj.get("trip"),
            f"{r.where}.trip",
            lambda t: Trip(
                uid=_uid(t),
                destination=t.text("destination", required=True),
                starts_on=t.day("starts_on"),
                ends_on=t.day("ends_on"),
                session_uid=_optional_uid(t, "session"),
            ),
        )
        entry = TripNote(
            **common,
            trip=trip,
            place=r.text("place"),
            culture=r.text("culture"),
            context=r.text("context"),
            communication=r.text("communication"),
            take_home=r.text("take_home"),
        )
    return entry, files
