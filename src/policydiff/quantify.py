"""What each locality quantified: OTHER targets set against the BASE text they implement."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from enum import Enum

from .model import Comparison
from .targets import Target, direction, extract_targets, same_indicator, shared_run


# BASE's targets, kept for the next comparisons: a batch compares one BASE with every document.
base_targets = functools.lru_cache(maxsize=4)(extract_targets)


class TargetFlag(str, Enum):
    """What an OTHER target does to the BASE."""

    quantified = "quantified"
    """The BASE text it implements carries no number for it: the locality added the number."""
    changed = "changed"
    """BASE has a target for the same indicator with another value, comparator or year."""
    kept = "kept"
    """BASE has the same target."""
    new = "new"
    """Its sentence implements no BASE text (an added task)."""


@dataclass(frozen=True)
class LinkedTarget:
    """An OTHER target and the BASE text it implements."""

    target: Target
    """The OTHER target."""
    flag: TargetFlag
    """quantified, changed, kept or new."""
    base_clause: str | None
    """BASE clause whose text the target's sentence implements."""
    base_sentence: int | None
    """Index of that BASE sentence; None when only the clause is known."""
    base_target: Target | None
    """The BASE target for the same indicator, when BASE has one."""


def change(linked: LinkedTarget) -> str:
    """How a changed target moves the BASE target's number: raised, lowered or same ("" when the
    values are not both numbers or ranges, e.g. a ratio, or the target is not changed)."""
    if linked.flag is not TargetFlag.changed or linked.base_target is None:
        return ""
    return direction(linked.target.value, linked.base_target.value)


def link_targets(comparison: Comparison, targets: tuple[Target, ...] | None = None) -> tuple[LinkedTarget, ...]:
    """Every target of OTHER (``targets``, when already extracted), linked to the BASE sentence its sentence implements.

    The link is the BASE sentence of the best phrase match (found by the aligner) of the target's
    sentence (the national task a local target sentence quantifies is usually
    one phrase of it: 加强老年友善医疗机构建设，到2025年，85%以上的…); failing that, the
    sentence's own alignment; failing that, the first BASE clause of its clause.
    """
    base, other = comparison.base, comparison.other
    if targets is None:
        targets = extract_targets(other)
    known = base_targets(base)
    wanted = {(t.clause, t.sentence) for t in targets}
    best: dict[tuple[str, int], tuple[float, str, int]] = {}
    for match in comparison.phrases:
        key = (match.clause, match.index)
        if key in wanted and match.base_index >= 0 and match.score > best.get(key, (0.0,))[0]:
            best[key] = (match.score, match.base_clause, match.base_index)
    aligned = {(s.clause, s.index): s.base for s in comparison.sentences}
    primary = {a.id: (a.base[0].id if a.base else None) for a in comparison.clauses}

    links: list[tuple[Target, str | None, int | None]] = []
    for target in targets:
        key = (target.clause, target.sentence)
        if key in best:
            _, clause_id, index = best[key]
        elif aligned.get(key) is not None:
            clause_id, index = aligned[key].clause, aligned[key].index
        else:
            clause_id, index = primary.get(target.clause), None
        links.append((target, clause_id, index))
    matches = _match_base_targets(links, known)
    linked = []
    for position, (target, clause_id, index) in enumerate(links):
        match = matches.get(position)
        if clause_id is None:
            flag = TargetFlag.new
        elif match is None:
            flag = TargetFlag.quantified
        elif (match.value, match.comparator, match.year) == (target.value, target.comparator, target.year):
            flag = TargetFlag.kept
        else:
            flag = TargetFlag.changed
        linked.append(LinkedTarget(target, flag, clause_id, index, match))
    return tuple(linked)


def _match_base_targets(links: list[tuple[Target, str | None, int | None]],
                        base_targets: tuple[Target, ...]) -> dict[int, Target]:
    """Pair OTHER targets with BASE targets of the clause they link to: same unit, same
    indicator, each BASE target used once, the longest shared indicator wording first."""
    candidates = []
    for position, (target, clause_id, _) in enumerate(links):
        for number, base_target in enumerate(base_targets):
            if (base_target.clause == clause_id and base_target.unit == target.unit
                    and same_indicator(base_target.indicator, target.indicator)):
                candidates.append((-shared_run(base_target.indicator, target.indicator), position, number))
    matches: dict[int, Target] = {}
    used: set[int] = set()
    for _, position, number in sorted(candidates):
        if position not in matches and number not in used:
            matches[position] = base_targets[number]
            used.add(number)
    return matches
