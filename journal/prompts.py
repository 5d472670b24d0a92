"""The guiding questions a programme asks for each kind of entry.

Apart from :mod:`journal.programmes` (templates, files, validation) so that the app can
read a programme's own questions on its way to the first entry shown without loading
the template machinery; that is needed only for a programme that keeps none.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from journal.domain import Programme
from journal.errors import JournalError

PROMPT_KEYS = (
    "experience",
    "arl_action",
    "arl_reflection",
    "arl_learning",
    "arl_next",
    "theory",
    "trip_culture",
    "trip_context",
    "trip_communication",
    "trip_take_home",
)


@dataclass(frozen=True, kw_only=True)
class Prompts:
    by_key: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, tuple[str, ...]]:
        return {key: tuple(self.by_key.get(key, ())) for key in PROMPT_KEYS}

    def asked(self) -> dict[str, tuple[str, ...]]:
        """Only the keys that have questions (the editors ask their own for the rest)."""
        return {key: questions for key, questions in self.as_dict().items() if questions}


def own_prompts(programme: Programme | None) -> Prompts:
    """The questions that belong to this programme: those stored with it, else those of
    the shipped template it was made from; empty for a custom programme (the app then asks
    its general questions in the participant's language)."""
    if programme is None:
        return Prompts()
    if any(programme.prompts.values()):
        return Prompts(by_key={k: tuple(v) for k, v in programme.prompts.items()})
    from journal.programmes import CUSTOM_ID, template

    if programme.template_id and programme.template_id != CUSTOM_ID:
        try:
            return template(programme.template_id).prompts
        except JournalError:  # a template this version does not ship
            return Prompts()
    return Prompts()
