"""Where each box of a driver diagram goes: the aim at the left, primary drivers, secondary
drivers and change ideas in columns to its right, each node beside its children. Shared
by the portfolio (reportlab) and the app (Qt), which each measure text their own way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from journal.improvement.model import DriverNode, Initiative

GAP = 6.0  # between leaves, in the caller's units


@dataclass(frozen=True)
class Box:
    uid: str | None  # None: the aim
    column: int  # 0 aim, 1 primary, 2 secondary, 3 change ideas
    top: float  # from the diagram's top
    height: float
    lines: tuple[str, ...]
    change_idea: bool = False

    @property
    def middle(self) -> float:
        return self.top + self.height / 2


@dataclass(frozen=True)
class DiagramLayout:
    boxes: dict[str | None, Box]
    links: tuple[tuple[str | None, str], ...]  # (parent, child); None: the aim
    height: float


def column_of(initiative: Initiative, node: DriverNode) -> int:
    """A change idea right under a primary driver still stands among the change ideas."""
    return 3 if node.change_idea else initiative.depth(node)


def layout(
    initiative: Initiative,
    wrap: Callable[[str], list[str]],
    leading: float,
    pad: float,
    *,
    aim_text: str | None = None,
) -> DiagramLayout:
    """The boxes of ``initiative``'s diagram. ``wrap`` breaks a text into the lines of one
    box; ``leading`` is a line's height and ``pad`` the space inside a box's edge."""

    def lines(text: str) -> tuple[str, ...]:
        return tuple(wrap(text.strip() or "…") or ["…"])

    def height(text: str) -> float:
        return len(lines(text)) * leading + 2 * pad

    spans: dict[str, tuple[float, float]] = {}
    cursor = 0.0

    def place(node: DriverNode) -> tuple[float, float]:
        nonlocal cursor
        kids = initiative.children(node.uid)
        if not kids:
            top = cursor
            cursor += height(node.text) + GAP
            spans[node.uid] = (top, cursor - GAP)
            return spans[node.uid]
        first = place(kids[0])
        last = first
        for kid in kids[1:]:
            last = place(kid)
        top, bottom = first[0], last[1]
        need = height(node.text)
        if bottom - top < need:  # a parent taller than its children pushes them apart
            cursor += need - (bottom - top)
            bottom = top + need
        spans[node.uid] = (top, bottom)
        return spans[node.uid]

    for primary in initiative.children(None):
        place(primary)
        cursor += GAP
    aim = aim_text if aim_text is not None else (initiative.aim or initiative.title)
    total = max(cursor - GAP if initiative.drivers else 0.0, height(aim))
    boxes: dict[str | None, Box] = {}

    def centred(
        uid: str | None, column: int, span: tuple[float, float], text: str, idea: bool
    ) -> Box:
        h = height(text)
        top = (span[0] + span[1]) / 2 - h / 2
        return Box(uid, column, top, h, lines(text), idea)

    boxes[None] = centred(None, 0, (0.0, total), aim, False)
    for node in initiative.drivers:
        boxes[node.uid] = centred(
            node.uid, column_of(initiative, node), spans[node.uid], node.text, node.change_idea
        )
    links = tuple((node.parent_uid, node.uid) for node in initiative.drivers)
    return DiagramLayout(boxes=boxes, links=links, height=total)
