"""Targets down the hierarchy (层层加码): each target linked to the nearest higher-level target of
the same indicator among the documents of a run, and whether it raises it.

A city's plan implements its province's plan as much as the national one (烟台 cites both the
national opinion and the Shandong plan), so a target is compared with its nearest parent: the
documents of the run it implements (the manifest's ``implements``) or whose document number its
preamble cites, nearest level first, then theirs in turn.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .model import Document, Meta
from .quantify import LinkedTarget, base_targets
from .targets import Target, direction, same_indicator, shared_run

# Levels from the top: a parent is of a higher level (a smaller rank) than its child.
LEVEL_RANK = {"national": 0, "provincial": 1, "municipal": 2, "county": 3}
# Deadlines at most this many years apart count as the same target (a province's 2025 target
# and a city's 2026 one); a target without a deadline matches any.
NEAR_YEARS = 1


@dataclass(frozen=True)
class Holder:
    """What escalation needs of one document of the run: its id, metadata and targets."""

    id: str
    meta: Meta
    targets: tuple[Target, ...]


@dataclass(frozen=True)
class Step:
    """A target and the nearest higher-level target of the same indicator."""

    target: Target
    level: str
    """The level of the target's document."""
    parent: Target | None
    """The parent target; None when no document above sets one."""
    parent_level: str
    change: str
    """raised / lowered / same (numbers and ranges), changed (other values), new (no parent)."""
    ratio: float | None
    """The target's number over the parent's, for numbers; None otherwise."""


class Chain:
    """The documents of a run as their comparisons arrive, BASE first, for escalate at the end:
    a few targets a document, whatever the outputs that want the steps."""

    def __init__(self, base: Document) -> None:
        self.holders = [Holder(base.id, base.meta, base_targets(base))]

    def add(self, doc_id: str, meta: Meta, targets: Iterable[LinkedTarget]) -> None:
        self.holders.append(Holder(doc_id, meta, tuple(linked.target for linked in targets)))

    def steps(self) -> list[Step]:
        return escalate(self.holders)


def parents(holders: Sequence[Holder]) -> dict[str, list[str]]:
    """Each document's parents in the run, nearest level first: those it implements or cites."""
    by_id = {holder.id: holder for holder in holders}
    by_number = {holder.meta.doc_number: holder.id for holder in holders if holder.meta.doc_number}
    result = {}
    for holder in holders:
        named = [holder.meta.implements] + [by_number.get(number, "") for number in holder.meta.cites]
        above = [doc_id for doc_id in dict.fromkeys(named)
                 if doc_id in by_id and doc_id != holder.id and _above(by_id[doc_id].meta, holder.meta)]
        result[holder.id] = sorted(above, key=lambda doc_id: -_rank(by_id[doc_id].meta))
    return result


def escalate(holders: Sequence[Holder]) -> list[Step]:
    """Every target of every document of the run but the top ones, with its nearest parent, in
    document order."""
    by_id = {holder.id: holder for holder in holders}
    up = parents(holders)
    steps = []
    for holder in holders:
        ancestors = _ancestors(holder.id, up)
        if not ancestors:
            continue
        pairings = [(by_id[ancestor], _pair(holder.targets, by_id[ancestor].targets)) for ancestor in ancestors]
        for position, target in enumerate(holder.targets):
            parent, parent_holder = None, None
            for ancestor, paired in pairings:
                if position in paired:
                    parent, parent_holder = ancestor.targets[paired[position]], ancestor
                    break
            steps.append(Step(target, holder.meta.level, parent,
                              parent_holder.meta.level if parent_holder else "", *_change(target, parent)))
    return steps


def _ancestors(doc_id: str, up: dict[str, list[str]]) -> list[str]:
    """Parents, then their parents, nearest first; each once."""
    order: list[str] = []
    frontier = list(up.get(doc_id, []))
    while frontier:
        current = frontier.pop(0)
        if current not in order and current != doc_id:
            order.append(current)
            frontier.extend(up.get(current, []))
    return order


def _pair(targets: Sequence[Target], above: Sequence[Target]) -> dict[int, int]:
    """Child target position → parent target position: same unit, near year, same indicator, and
    each the other's best by the longest shared wording (每千人口康复病床数 does not take the
    parent's 每千人口医疗卫生机构床位数 from the child's own 每千人口医疗卫生机构床位数)."""
    run = {(i, j): shared_run(t.indicator, u.indicator)
           for i, t in enumerate(targets) for j, u in enumerate(above)
           if t.unit == u.unit and _near(t.year, u.year) and same_indicator(t.indicator, u.indicator)}
    best_parent: dict[int, tuple[int, int]] = {}
    best_child: dict[int, tuple[int, int]] = {}
    for (i, j), length in run.items():
        if length > best_parent.get(i, (-1, -1))[0]:
            best_parent[i] = (length, j)
        if length > best_child.get(j, (-1, -1))[0]:
            best_child[j] = (length, i)
    return {i: j for i, (_, j) in best_parent.items() if best_child[j][1] == i}


def _change(target: Target, parent: Target | None) -> tuple[str, float | None]:
    if parent is None:
        return "new", None
    moved = direction(target.value, parent.value)
    if not moved:
        return ("same" if target.value == parent.value else "changed"), None
    ratio = None
    if isinstance(target.value, (int, float)) and isinstance(parent.value, (int, float)) and parent.value:
        ratio = round(target.value / parent.value, 4)
    return moved, ratio


def _near(first: int | None, second: int | None) -> bool:
    return first is None or second is None or abs(first - second) <= NEAR_YEARS


def _rank(meta: Meta) -> int:
    return LEVEL_RANK.get(meta.level, len(LEVEL_RANK))


def _above(parent: Meta, child: Meta) -> bool:
    """``parent`` is of a higher level than ``child`` (or either level is unknown)."""
    if parent.level not in LEVEL_RANK or child.level not in LEVEL_RANK:
        return True
    return LEVEL_RANK[parent.level] < LEVEL_RANK[child.level]
