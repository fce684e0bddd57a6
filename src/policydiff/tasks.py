"""Task-division tables (任务分工表): which departments lead and share each task, row by row.

Implementation plans often say who is responsible in a table rather than in the text — in the
body (四、任务分工, then the table) or as an attachment after the signature, typed as text or in a
web page: 序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限. A row restates a task of the text,
by its clause's heading (扎实推进农村厕所革命) or by the action its text states (新建改建农村户厕2000座);
its departments are that clause's. The parser reads the rows (task_rows) and gives each row's
departments to the clause it restates, or to the clause holding the table (assign).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from .model import (HANZI, INDICATOR_COLUMN, LEAD_COLUMN, PROJECT_COLUMN, SHARE_COLUMN, TABLE_CELL, TOTALS, Clause,
                    table_cells)
from .numbering import match_marker

# Header cells that hold neither a task nor a department: the row's number, its deadline, remarks.
_OTHER_COLUMN = re.compile(r"序号|编号|(?:完成|工作)?时限|(?:完成|办结)?时间(?:节点|要求|安排)?|进度安排|备注|责任领导|牵头领导")
# A department marked as the lead inside a cell of departments: 省发展改革委（牵头）.
_MARKED_LEAD = re.compile(r"[（(]牵头[）)]")
# A row restates a clause when this share of its task's character pairs stands in the clause's
# heading and text (the same action and object, in the text's words: 新增15个行政村生活污水治理 in
# 新增完成15个行政村生活污水治理), and no other clause holds nearly as many (_RESTATED_MARGIN).
_RESTATED = 0.7
_RESTATED_MARGIN = 0.1
# A task shorter than this (two or three characters) tells no clause apart.
_TASK_MIN = 4
# What a clause stating the task's action too gains over one holding only its words, and what a
# clause of goals loses (_Prose.restated): more than _RESTATED_MARGIN, so that either decides between two
# clauses holding the words alike.
_ACTION = 0.15
# The heading of a clause of goals: 主要目标, 工作目标, 发展目标.
_GOALS = re.compile(r"目标")
# What is not a word's: punctuation and spaces.
_WORDS = re.compile(r"[^\w%％]")


def is_task_header(cells: Sequence[str]) -> bool:
    """Whether a table's row of (normalised) ``cells`` heads a task-division table: a column of
    departments (牵头单位, 责任单位, 配合部门 …) and one of something else, the task."""
    units = [bool(LEAD_COLUMN.fullmatch(cell) or SHARE_COLUMN.fullmatch(cell)) for cell in cells]
    return any(units) and any(not unit and cell and not _OTHER_COLUMN.fullmatch(cell)
                              for unit, cell in zip(units, cells))


@dataclass(frozen=True)
class TaskRow:
    """A row of a task-division table."""

    tasks: tuple[str, ...]
    """Its cells of text (the task, its measures), in column order."""
    lead: tuple[str, ...]
    """Its cells of leading departments, as written."""
    share: tuple[str, ...]
    """Its cells of departments that share the task, as written."""
    row: str
    """The row as the text holds it."""
    restates: bool = True
    """Whether the row restates a task of the text; a main-indicators table's row (指标名称 | … |
    责任单位) belongs to the clause holding the table (the goals it details), whatever clause its
    indicator's number stands in too."""
    number: int | None = None
    """Its number in the table's 序号 column, if any."""
    project: bool = False
    """Whether the row is a project list's: in the body, it belongs to the clause holding the table first."""


@dataclass(frozen=True)
class _Columns:
    width: int
    tasks: tuple[int, ...]
    lead: tuple[int, ...]
    share: tuple[int, ...]
    indicators: bool
    """Whether the table is one of main indicators (its header names an indicator column)."""
    number: int | None = None
    """The 序号 column, if any."""
    projects: bool = False
    """Whether the table lists projects (PROJECT_COLUMN)."""

    @classmethod
    def of(cls, cells: list[str]) -> _Columns | None:
        if not is_task_header(cells):
            return None
        lead = tuple(k for k, cell in enumerate(cells) if LEAD_COLUMN.fullmatch(cell))
        share = tuple(k for k, cell in enumerate(cells) if SHARE_COLUMN.fullmatch(cell) and k not in lead)
        tasks = tuple(k for k, cell in enumerate(cells)
                      if k not in lead and k not in share and cell and not _OTHER_COLUMN.fullmatch(cell))
        return cls(len(cells), tasks, lead, share, any(INDICATOR_COLUMN.fullmatch(cell) for cell in cells),
                   next((k for k, cell in enumerate(cells) if cell == "序号"), None),
                   any(PROJECT_COLUMN.fullmatch(cells[k]) for k in tasks))

    def read(self, cells: list[str], row: str) -> TaskRow | None:
        """The row of ``cells``: as many as the header, or fewer when the first ones span several
        rows (a category cell over its tasks: the row is read from the right)."""
        offset = self.width - len(cells)
        if offset < 0:
            return None

        def at(columns: tuple[int, ...]) -> tuple[str, ...]:
            return tuple(cells[k - offset] for k in columns if k >= offset and cells[k - offset])

        number = cells[self.number - offset] if self.number is not None and self.number >= offset else ""
        if any(cell in TOTALS for cell in at(self.lead) + at(self.share)):
            return None  # | 小计 | 39 | 30.9: a row of sums, no department's
        return TaskRow(at(self.tasks), at(self.lead), at(self.share), row, not self.indicators,
                       int(number) if number.isdigit() else None, self.projects)


# A task division written as a list under its title rather than as a table (重点任务分工 / 1．分批开放测试道路。牵头
# 单位：市公安局；责任单位：市工业和信息化局。): each item a row, its task, its leading and its sharing departments.
_DIVISION_TITLE = re.compile(r"[^。，；：]{0,40}分工(?:表|方案|清单)?")
# A field of another kind beside the departments (完成时限：2024年9月底, in a note: ；完成时限：2027年12月底前): no one's name.
# (Nor the official answering for it, a person: 责任领导：镇党委副书记王立军.)
OTHER_FIELD = re.compile(r"(?:完成)?时限|完成时间|进度(?:安排)?|备注|政策依据|联系人|联系电话|(?:责任|牵头|分管|包保)领导")
_FIELD_END = rf"(?=[；;。]|$|\s|{OTHER_FIELD.pattern})"
_LISTED_TASK = re.compile(rf"\d{{1,3}}[．.、]\s*(?P<task>[^：:。；\s]+)[。；]?\s*(?:牵头单位|牵头部门)[：:]"
                          rf"(?P<lead>[^；;。]+?){_FIELD_END}"
                          rf"(?:[；;]?\s*(?:责任|配合)(?:单位|部门)[：:](?P<share>[^；;。]+?){_FIELD_END})?[^。]*。?")


def task_rows(paras: Iterable[str]) -> list[TaskRow]:
    """The rows of every task-division table in ``paras`` (a table's row is a paragraph of cells
    parted by TABLE_CELL; a header row opens a table, a paragraph of prose ends it) that name a
    department, and of every division written as a list under its title."""
    rows: list[TaskRow] = []
    columns: _Columns | None = None
    listing = False  # under a division's title, its items so far
    for para in paras:
        if listing and (item := _LISTED_TASK.fullmatch(para)):
            rows.append(TaskRow((item["task"],), (item["lead"],), (item["share"],) if item["share"] else (), para))
            continue
        listing = bool(_DIVISION_TITLE.fullmatch(para))
        if TABLE_CELL not in para:
            columns = None
            continue
        cells = table_cells(para)
        header = _Columns.of(cells)
        if header is not None:
            columns = header
        elif columns is not None and (row := columns.read(cells, para)) is not None and (row.lead or row.share):
            rows.append(row)
    return rows


def departments(row: TaskRow) -> str:
    """The row's departments as a responsibility note (（牵头单位：…；责任单位：…）), for the parser's
    reader of notes; a department marked （牵头） in a cell leads."""
    lead = [*row.lead]
    share: list[str] = []
    for cell in row.share:
        for name in re.split(r"[、，,；;]", cell):
            if HANZI.search(name):  # (a cell of dashes, ——, names no one)
                (lead if _MARKED_LEAD.search(name) else share).append(_MARKED_LEAD.sub("", name).strip())
    lead = [_MARKED_LEAD.sub("", cell) for cell in lead]
    parts = ([f"牵头单位：{'、'.join(lead)}"] if lead else []) + ([f"责任单位：{'、'.join(share)}"] if share else [])
    return f"（{'；'.join(parts)}）"


def assign(rows: Sequence[TaskRow], clauses: Sequence[Clause]) -> list[tuple[TaskRow, str]]:
    """Each row with the id of the clause it belongs to: the clause whose task it restates, else the
    clause holding it (a table in the body; a project list's row, the clause holding it first). A row of an
    attachment that restates no clause's task belongs to none and is left out: the table adds a task the text does
    not hold."""
    if not rows or not clauses:
        return []
    prose = _Prose(clauses)
    holder = {line: k for k, clause in enumerate(clauses) for line in clause.text.split("\n") if TABLE_CELL in line}
    restated = {row.row: prose.restated(row) if row.restates else None for row in rows}
    numbered = _numbered_run(rows, restated, clauses)
    found = []
    for row in rows:
        place = holder.get(row.row) if row.project else None
        if place is None:
            place = restated[row.row]
        if place is None:
            place = holder.get(row.row)
        if place is None and row.number is not None:
            place = numbered.get(row.number)
        if place is not None:
            found.append((row, clauses[place].id))
    return found


def _numbered_run(rows: Sequence[TaskRow], restated: dict[str, int | None],
                  clauses: Sequence[Clause]) -> dict[int, int]:
    """{number: place} of the run of clauses a table's 序号 follows: where at least two rows restate the clause of
    their own number (民生实事 1. … 10. and a 任务分工表 of projects 1 … 10 named otherwise), a row restating none
    belongs to the clause of its number, when no row restates that clause and it names no departments of its own.
    The run may go on across its parents, as items numbered on across sections do (1.1 … 1.6, 2.7 … 2.18); a number
    standing under two of them is no one clause's. {} when no run is so followed."""
    own = [clauses[place].id.rpartition(".")[0] for row in rows if row.number is not None
           and (place := restated[row.row]) is not None and clauses[place].id.rpartition(".")[2] == str(row.number)]
    if len(own) < 2:
        return {}
    parents, taken = set(own), set(restated.values())
    places: dict[int, list[int]] = {}
    for k, clause in enumerate(clauses):
        parent, _, number = clause.id.rpartition(".")
        if parent in parents and number.isdigit():
            places.setdefault(int(number), []).append(k)
    return {number: ks[0] for number, ks in places.items() if len(ks) == 1 and ks[0] not in taken
            and not clauses[ks[0]].agencies.lead and not clauses[ks[0]].agencies.responsible}


class _Prose:
    """What the clauses' prose holds, for finding the clause a row restates: each character pair
    with the clauses holding it (not counting the rows of a table a clause holds, which restate
    every task), and which clauses state goals. A row is scored against every clause at once, in
    numpy: the work grows with rows × clauses, but at numpy's pace (4,000 rows against 4,000 clauses
    in well under a second)."""

    def __init__(self, clauses: Sequence[Clause]) -> None:
        import numpy as np  # (here: the parser imports this module, and most documents have no table)

        postings: dict[str, list[int]] = {}
        for k, clause in enumerate(clauses):
            text = clause.heading + "".join(line for line in clause.text.split("\n") if TABLE_CELL not in line)
            for pair in _pairs(text):
                postings.setdefault(pair, []).append(k)
        self.postings = {pair: np.array(places, dtype=np.intp) for pair, places in postings.items()}
        self.goals = np.array([bool(_GOALS.search(clause.heading)) for clause in clauses], dtype=np.float64)
        self.size = len(clauses)

    def restated(self, row: TaskRow) -> int | None:
        """The place of the clause whose task ``row`` restates, or None: the clause holding the most
        of a task cell's character pairs, from _RESTATED of them up and clearly more than any other
        clause (on a tie, a later cell or phrase wins: the more specific measure, after the task it
        serves).

        Of two clauses holding the task's words, the one stating its action too (its opening pair,
        健全 of 健全生活垃圾收运处置体系) restates it, not a goal naming its object (生活垃圾收运处置体系实现
        行政村全覆盖); and a clause of goals (主要目标), which restates the numbers of every task, yields
        to the clause carrying the task out (新改建农村公路800公里 in both): each is worth _ACTION in
        the ranking, while the clause must hold _RESTATED of the pairs itself (a clause opening with
        the same 建立 restates no task it shares only a few words with)."""
        import numpy as np

        found: tuple[float, int] | None = None
        for task in _tasks(row):
            words = _WORDS.sub("", task)
            if len(words) < _TASK_MIN:
                continue
            pairs = _pairs(words)
            held = [self.postings[pair] for pair in pairs if pair in self.postings]
            shares = np.bincount(np.concatenate(held), minlength=self.size) / len(pairs) if held \
                else np.zeros(self.size)
            ranks = shares - _ACTION * self.goals  # (the action and the goals rank; they do not hold)
            if words[:2] in self.postings:
                ranks[self.postings[words[:2]]] += _ACTION
            place = int(ranks.argmax())
            best = float(ranks[place])
            ranks[place] = -np.inf
            second = float(ranks.max(initial=0.0))
            if shares[place] >= _RESTATED and best - second >= _RESTATED_MARGIN and (found is None or best >= found[0]):
                found = best, place
        return None if found is None else found[1]


# The phrases of a task cell: a cell may hold a clause's heading and then the measure under it
# (扎实推进农村厕所革命，提升改厕质量), each restating a clause of its own.
_PHRASE = re.compile(r"[，；,;。]")


def _tasks(row: TaskRow) -> list[str]:
    """What a row may restate, in column order: each task cell (its number cut: （一）, 1.), and when
    it holds several phrases, each phrase after it."""
    found = []
    for cell in row.tasks:
        marker = match_marker(cell)
        cell = cell[marker.end:] if marker is not None else cell
        phrases = [phrase for phrase in _PHRASE.split(cell) if phrase]
        found.extend([cell, *phrases] if len(phrases) > 1 else [cell])
    return found


def _pairs(text: str) -> set[str]:
    """The pairs of adjacent characters of ``text``'s words (punctuation and spaces left out)."""
    text = _WORDS.sub("", text)
    return {text[k: k + 2] for k in range(len(text) - 1)}
