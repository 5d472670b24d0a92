"""One editor per kind of entry."""

from __future__ import annotations

from journal.domain import EntryKind
from ui.editors.base import EditorContext, EntryEditor


def editor_for(kind: EntryKind, context: EditorContext) -> EntryEditor:
    if kind == EntryKind.ARL:
        from ui.editors.arl import ArlEditor

        return ArlEditor(context)
    if kind == EntryKind.THEORY:
        from ui.editors.theory import TheoryEditor

        return TheoryEditor(context)
    if kind == EntryKind.TRIP_NOTE:
        from ui.editors.trip_note import TripNoteEditor

        return TripNoteEditor(context)
    from ui.editors.experience import ExperienceEditor

    return ExperienceEditor(context)


__all__ = ["EditorContext", "EntryEditor", "editor_for"]
