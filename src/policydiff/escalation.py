"""Targets down the hierarchy (层层加码): each target linked to the nearest higher-level target of
the same indicator among the documents of a run, and whether it raises it.

A city's plan implements its province's plan as much as the national one (烟台 cites both the
national opinion and the Shandong plan), so a target is compared with its nearest parent: the
documents of the run it implements (the manifest's ``implements``) or whose document number its
preamble cites, nearest level first, then theirs in turn.
"""

from __future__ import annotations

import re
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
        pairings = [(by_id[ancestor], _pair(holder.targets, by_id[ancestor].targets, holder.meta.region))
                    for ancestor in ancestors]
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


def _pair(targets: Sequence[Target], above: Sequence[Target], region: str = "") -> dict[int, int]:
    """Child target position → parent target position: one measure (the same unit, or one in 万/亿 of
    it: 1.5万个 and 15000个), near year, same indicator, comparable across levels (_comparable), and
    each the other's best by the longest shared wording (每千人口康复病床数 does not take the parent's
    每千人口医疗卫生机构床位数 from the child's own 每千人口医疗卫生机构床位数)."""
    # Each target's unit measured and its kind, found once, not once a pair.
    mine = [(measure(t.unit)[0], _kind(t)) for t in targets]
    theirs = [(measure(u.unit)[0], _kind(u)) for u in above]
    place = _place(region)
    run = {(i, j): shared_run(t.indicator, u.indicator)
           for i, t in enumerate(targets) for j, u in enumerate(above)
           if mine[i][0] == theirs[j][0] and _near(t.year, u.year)
           and same_indicator(t.indicator, u.indicator) and _comparable(t, mine[i][1], u, theirs[j][1], place)}
    best_parent: dict[int, tuple[int, int]] = {}
    best_child: dict[int, tuple[int, int]] = {}
    for (i, j), length in run.items():
        if length > best_parent.get(i, (-1, -1))[0]:
            best_parent[i] = (length, j)
        if length > best_child.get(j, (-1, -1))[0]:
            best_child[j] = (length, i)
    return {i: j for i, (_, j) in best_parent.items() if best_child[j][1] == i}


def _change(target: Target, parent: Target | None) -> tuple[str, float | None]:
    """How ``target`` stands to its parent, their numbers taken in one unit (1.5万个 is 15000个)."""
    if parent is None:
        return "new", None
    value, above = _scaled(target.value, measure(target.unit)[1]), _scaled(parent.value, measure(parent.unit)[1])
    moved = direction(value, above)
    if not moved:
        return ("same" if value == above else "changed"), None
    ratio = None
    if isinstance(value, (int, float)) and isinstance(above, (int, float)) and above:
        ratio = round(value / above, 4)
    return moved, ratio


# Units written scaled (万个, 亿元, 万亩) and of length (公里): the unit measured and its factor.
_SCALES = (("万亿", 10 ** 12), ("亿", 10 ** 8), ("万", 10 ** 4))
_LENGTHS = {"公里": ("米", 1000)}


def measure(unit: str | None) -> tuple[str | None, float]:
    """(the unit measured, the factor to it): 万个 → (个, 10000), 公里 → (米, 1000), % → (%, 1)."""
    if unit in _LENGTHS:
        return _LENGTHS[unit]
    for prefix, factor in _SCALES:
        if unit and unit.startswith(prefix) and len(unit) > len(prefix):
            return unit[len(prefix):], factor
    return unit, 1


def _scaled(value, factor: float):
    """A number or range times ``factor`` (a ratio, text, stays as it is)."""
    if factor == 1 or isinstance(value, str):
        return value
    if isinstance(value, tuple):
        return tuple(round(part * factor, 6) for part in value)
    return round(value * factor, 6)


# What a target measures, for comparing it across levels: a rate or share (%, 个百分点), a measure per
# head or per unit (每千人口…, 每个镇（街道）…, 亩均投入, 奖补标准, 服务半径), a quota set for each locality of
# a kind (每县…不少于20万亩; 佛山市、东莞市每市…不少于1.5万个: for the places named), or a total. A total a
# locality sets (全省新增公共充电桩25万个, 建设家庭养老床位300张) is its share of the total above (the
# nation's 400万个), not the same target set lower: it restates only a quota that takes in this
# locality. A measure per unit restates one per unit; rates compare whatever the level.
_RATES = ("%", "‰", "个百分点", "百分点", "倍")
_PER_LOCALITY = re.compile(r"每个?(?:市|县|区|镇|乡|街道)(?![^（）]*人口)")
_PER_UNIT = re.compile(r"每|[人亩户床车]均|标准(?:$|/)|半径|距离|密度|/")  # (not 高标准农田: a standard's amount)
_PLACE = re.compile(r"[市县区州盟旗]")


def _kind(target: Target) -> str:
    """rate, quota, per-unit or total (above)."""
    unit = measure(target.unit)[0]
    if unit is None or unit in _RATES:
        return "rate"
    if _PER_LOCALITY.search(target.indicator):
        return "quota"
    return "per-unit" if _PER_UNIT.search(target.indicator + (target.unit or "")) else "total"


def _comparable(target: Target, kind: str, parent: Target, above: str, place: str) -> bool:
    """Whether a target of ``kind`` can restate ``parent``, of kind ``above``, across levels (_kind):
    a total or a quota restates a quota that takes in this locality (a quota naming places must name
    its ``place``: _place), a measure per unit one per unit, a rate a rate."""
    if kind == "rate" or above == "rate":
        return kind == above
    if kind == "per-unit":
        return above == "per-unit"
    quota = _PER_LOCALITY.search(parent.indicator)
    if above != "quota" or kind == "quota" and quota.group() != _PER_LOCALITY.search(target.indicator).group():
        return False  # (a city's 每区 quota for its districts restates no province's 每市 quota for cities)
    named = parent.indicator[: quota.start()]
    return not _PLACE.search(named) or bool(place and place in named)


# A region's places, the innermost last: 佛山市顺德区 → 佛山市, 顺德区.
_LEVELS = "自治区|自治州|省|市|州|盟|县|区|旗"  # the words that end a place's name
_PLACES = re.compile(rf"[\u4e00-\u9fff]+?(?:{_LEVELS})")


def _place(region: str) -> str:
    """The name of a region's innermost place, without its level when two characters remain
    (佛山市顺德区 → 顺德; 西华县 → 西华), as lists of places name it (顺德区、南海区每区…)."""
    places = _PLACES.findall(region)
    place = places[-1] if places else region
    short = _LEVEL_END.sub("", place)
    return short if len(short) >= 2 else place


_LEVEL_END = re.compile(rf"(?:{_LEVELS})$")


def _near(first: int | None, second: int | None) -> bool:
    return first is None or second is None or abs(first - second) <= NEAR_YEARS


def _rank(meta: Meta) -> int:
    return LEVEL_RANK.get(meta.level, len(LEVEL_RANK))


def _above(parent: Meta, child: Meta) -> bool:
    """``parent`` is of a higher level than ``child`` (or either level is unknown)."""
    if parent.level not in LEVEL_RANK or child.level not in LEVEL_RANK:
        return True
    return LEVEL_RANK[parent.level] < LEVEL_RANK[child.level]
