"""The parsed document: typed, frozen data that every later step reads and none re-derives."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple

# The classes made by the hundred for every comparison (its links, sentences and phrases) are
# named tuples, immutable as a frozen dataclass but built 2.7 times as fast (0.65 against 1.78 µs
# for seven fields with slots; a comparison makes some 700); being tuples, they also compare equal
# to a plain tuple of the same values. A document's clauses and sections,
# made once a document, are frozen dataclasses with slots (less memory than without).

# What parts the cells of a table's row in a clause's text (the readers write a data table one
# row a line, and the normaliser a table typed as text so): such a row stands in the text between
# line breaks, and is a sentence of its own; the parser reads no marker on it (a task table's
# 1.飞行检查 | 每年不少于1次 is no item of the text).
TABLE_CELL = " | "

# The header cells of an indicator table (主要指标 of a plan): the column of the indicators' names,
# and a column of years or targets (2023年, 2025年目标值, 目标值). Whole cells: a row of prose that
# happens to hold 指标 and 2025年 is no header.
# (… or the levels of a performance-target table, 一级指标 | 二级指标 | 三级指标 | 指标值: the last level names the indicator.)
# (… or the things a plan stocks or equips, by name: 物资名称 | 单位 | 现有数量 | 2027年储备目标, an emergency stock's table.)
INDICATOR_COLUMN = re.compile(r"(?:主要)?指标(?:名称|内容)?|[一二三四]级指标|(?:物资|装备|设备|器材|物品)名称")
TARGET_COLUMN = re.compile(r"[^\s|]{0,4}(?:\d{4}年|目标值?|指标值)[^\s|]{0,8}")
# The header cell of a table's column of units (单位, 计量单位).
UNIT_COLUMN = re.compile(r"(?:计量)?单位")
# The first header cell of a table of targets by year (年度 | 人工造林（亩） | 森林抚育（万亩）, a row a year).
YEAR_COLUMN = re.compile(r"年度|年份")
# … and of a table allocating them to places (设区市 | 新建公共充电桩（个）, 省（区） | 任务合计 | 其中：人工造林,
# 县（市、区） | 2026年 | 2027年: a row a place; 市别, 区别 | 2025年 …, as statistical tables name a column by what each row is;
# 城市 | 保障性租赁住房（套）: the cities of a province's quota table; 区（园区） | …: the districts and the parks ranked as one).
PLACE_COLUMN = re.compile(r"(?:省份?|设区市|地市|城市|市州?|县区?|区县?|县市区|乡?镇|乡|街道|地区|片区|[省市县区镇]别|地区别"
                          # (the parks of a county's quota table by park, ranked as its places: 园区名称 | 新签约项目（个）)
                          r"|(?:产业)?园区(?:名称)?|开发区(?:名称)?"
                          # (… and the chains or clusters a province's targets are divided among: 产业链 | 牵头单位 |
                          # 培育链主企业（家）; the trades or fields an inspection's quota is: 专业 | 检查数量（家） | 承办科室)
                          r"|(?:重点)?产业链(?:名称)?|(?:产业)?集群(?:名称)?|行业|领域|专业"
                          # (the places of a pairing, by their part: 帮扶市 | 结对县)
                          r"|(?:帮扶|结对|受援|援建|对口)[市县区]"
                          # (the villages of a township's tasks: 村（社区） | 面积（亩）; the parks ranked with its townships:
                          # 乡镇（开发区） | 2026年目标任务（万元）)
                          r"|(?:行政)?村(?:名称)?"
                          # (… or a place's level with 名, as a list names its column of names: 村名 | 修缮传统建筑（栋）, 县名)
                          r"|(?:[市县区村]|乡镇?|镇)名)(?:（(?:[区市县州盟、镇乡街道兵团园]|开发区|社区){1,8}）)?")
# The label of a table's row that sums the others (合计, 小计, 累计, 总计): no year, place or department of its own.
TOTALS = ("合计", "累计", "小计", "总计")
# The header of a column of row numbers, maybe standing before the places' (序号 | 镇（街道） | …).
ROW_NUMBER_COLUMN = ("序号", "编号")
# The column naming a project list's projects (项目名称, 重点工程名称): its rows are the projects of the clause holding
# the table (tasks.assign), whose names may echo another clause's words (宿迁国家骨干冷链物流基地 in a list under
# 实施重大物流项目, its base named in 构建物流枢纽体系), and its other columns describe them (targets).
PROJECT_COLUMN = re.compile(r"(?:重点|重大)?(?:建设)?(?:项目|工程)(?:名称)?")


# … or of the units a quota goes to, every other column a quantity in the unit its header gives (责任单位 | 签约项目（个） |
# 到位资金（亿元）: 招商引资 targets divided among townships and departments), a table by place too.
_QUOTA_HOLDER = re.compile(r"责任单位|承担单位|单位名称")
_QUANTITY_COLUMN = re.compile(r"[^（）()]{2,20}[（(][^（）()\d]{1,6}[）)]")


def place_column(cells: list[str]) -> bool:
    """Whether a table's header opens with a column of places, maybe after one of row numbers."""
    cells = [cell.strip() for cell in cells]
    cells = cells[1:] if cells and cells[0] in ROW_NUMBER_COLUMN else cells
    return bool(cells) and bool(PLACE_COLUMN.fullmatch(cells[0])) or len(cells) > 1 \
        and bool(_QUOTA_HOLDER.fullmatch(cells[0])) and all(map(_QUANTITY_COLUMN.fullmatch, cells[1:]))


# The line giving a table's unit above it (单位：万亩), maybe run on from the table's title (…任务分解表单位：万亩) or in
# brackets after it (…任务分解表（单位：万亩）).
UNIT_LINE = re.compile(r"单位[：:]\s*([^\s，。；：（）()]{1,8})[）)]?$")
# The header cells of a task-division table (任务分工表: 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限): the
# column of the departments that lead a row's task, and of those that share it (a table with only
# the latter makes the first it names lead, as a note does).
LEAD_COLUMN = re.compile(r"(?:牵头|主责)(?:考核|落实|实施|推进)?(?:责任)?(?:单位|部门|处室|科室)?|责任牵头(?:单位|部门)")
SHARE_COLUMN = re.compile(r"(?:责任|配合|参与|参加|协同|协办|协助|配合责任)(?:单位|部门|处室|科室)|责任主体|实施主体")


def cell_text(lines: list[str]) -> str:
    """The text of a table's cell written on several lines (paragraphs or line breaks in a Word or
    web page's cell): two words meeting across a line are items of a list (市财政局 / 市卫生健康委), set
    apart by ，; anything else runs on (a line ending with a mark, a bracketed note or a number on the
    next line: 8左右 / （力争10）, 2025年 / 12月底)."""
    text = ""
    for line in filter(None, (line.strip() for line in lines)):
        text += ("，" if HANZI.match(text[-1:]) and HANZI.match(line) else "") + line
    return text


HANZI = re.compile(r"[\u4e00-\u9fff]")  # a Chinese character (CJK Unified Ideographs)


# The kinds of document a title ends with (…实施方案, 关于…的通知, …管理办法, …政策解读).
DOCUMENT_KINDS = "通知|意见|方案|计划|措施|办法|规定|细则|条例|决定|要点|规划|纲要|指南|指引|规则|批复|复函|函|通告|公告|解读"
# A transmittal notice: 印发《关于…的实施方案》的通知, 关于印发数字山东2021行动方案的通知.
TRANSMITTAL = re.compile(r"印发《([^》]+)》的通知|印发(.+?)的通知")


def transmitted_name(text: str) -> str | None:
    """The name of the document a notice's title in ``text`` transmits (关于印发《X》的通知 → X), if any."""
    found = TRANSMITTAL.search(text)
    return (found.group(1) or found.group(2)) if found else None


def table_cells(row: str) -> list[str]:
    """The cells of a table's row, an empty one at either end too (its spaces stripped with the
    line's: "1 | 任务 | 县财政局 |" has an empty last cell)."""
    return [cell.strip() for cell in row.strip().split("|")]


@dataclass(frozen=True, slots=True)
class Agencies:
    """Departments a clause makes responsible, as named in its responsibility note."""

    lead: tuple[str, ...] = ()
    """Lead units (牵头单位); when a note names no lead, its first unit."""
    responsible: tuple[str, ...] = ()
    """Co-responsible units (责任单位 / 配合单位), lead excluded."""


@dataclass(frozen=True, slots=True)
class Clause:
    """A numbered clause that has body text (or the preamble, clause ``0``)."""

    id: str
    """Numbers of the numbered ancestors and the clause itself joined by "." (二、（一） → 2.1)."""
    level: int
    """Depth in the numbering tree: 0 for the preamble, 1 for 一、, 2 for （一） under it …"""
    heading: str
    """The short title before the first 。, or the bare heading line; "" when there is none."""
    text: str
    """The whole normalised body, heading and responsibility notes excluded."""
    sentences: tuple[str, ...]
    """``text`` split at 。！？； outside quotes and brackets, each with its end mark."""
    agencies: Agencies = field(default_factory=Agencies)
    """Responsible departments named after the clause."""


@dataclass(frozen=True, slots=True)
class Section:
    """A numbered heading with no body text of its own (一、总体要求 over its （一）…)."""

    id: str
    """Clause-style id of the heading (一、 → 1)."""
    level: int
    """Depth in the numbering tree, as for clauses."""
    heading: str
    """The heading text."""


@dataclass(frozen=True)
class Meta:
    """What a document says about itself (GB/T 9704 parts), filled in by the manifest."""

    title: str = ""
    """Title; for a transmittal notice, the title of the plan it transmits."""
    issuer: str = ""
    """Issuing organ (发文机关)."""
    doc_number: str = ""
    """Document number with 〔〕 brackets (吉政办发〔2023〕21号)."""
    date: str = ""
    """Date of the document (成文日期) as ISO 8601, "" when unknown."""
    level: str = ""
    """national, provincial, municipal or county."""
    region: str = ""
    """Region of the issuer (吉林省, 烟台市); 全国 for the centre."""
    status: str = "final"
    """final, or draft for a consultation draft (征求意见稿)."""
    cites: tuple[str, ...] = ()
    """Document numbers the preamble cites (中办发〔2023〕10号)."""
    implements: str = ""
    """Id of the document this one implements (from the manifest)."""
    addressees: str = ""
    """Addressees (主送机关), without the closing colon."""


@dataclass(frozen=True)
class Document:
    """A parsed policy document."""

    id: str
    """Manifest id, else the file name without extension."""
    meta: Meta
    """Metadata from the text and the manifest."""
    clauses: tuple[Clause, ...]
    """Clauses with body text, in document order; the preamble first as clause ``0``."""
    sections: tuple[Section, ...] = ()
    """Numbered headings without text of their own, in document order."""
    digest: str = ""
    """SHA-256 of the file's bytes ("" for a text parsed directly): the parse cache's key."""

    def clause(self, clause_id: str) -> Clause:
        """The clause with id ``clause_id`` (KeyError when there is none)."""
        for clause in self.clauses:
            if clause.id == clause_id:
                return clause
        raise KeyError(clause_id)

    def heading_of(self, clause_id: str) -> str:
        """Heading of a clause or section id, "" when unknown."""
        for node in (*self.clauses, *self.sections):
            if node.id == clause_id:
                return node.heading
        return ""


class ClauseStatus(str, Enum):
    """What an OTHER clause did with the BASE."""

    kept = "kept"
    """Nearly all of its sentences are verbatim BASE sentences."""
    modified = "modified"
    """It implements BASE clauses, reworded, cut or extended."""
    added = "added"
    """It has no BASE counterpart."""


class SentenceStatus(str, Enum):
    """What became of an OTHER sentence."""

    verbatim = "verbatim"
    """Identical to a BASE sentence after normalisation."""
    reworded = "reworded"
    """Carries the content of a BASE sentence in other words."""
    new = "new"
    """No BASE sentence says the same."""


class BaseSentenceStatus(str, Enum):
    """What became of a BASE sentence in OTHER."""

    kept = "kept"
    """Verbatim or reworded in a clause aligned with its own clause."""
    moved = "moved"
    """Found in some other clause of OTHER."""
    dropped = "dropped"
    """Found nowhere in OTHER."""


class BaseLink(NamedTuple):
    """A BASE clause that an OTHER clause implements."""

    id: str
    """BASE clause id."""
    score: float
    """Clause similarity in [0, 1]: the share of the OTHER clause's text whose phrases match this
    BASE clause's (weighted by match score) plus 0.8 × the two clauses' word similarity, capped at 1."""


class Confidence(str, Enum):
    """How far to trust a clause link, by what the gold showed of links like it (README)."""

    high = "high"
    """A clear match: scores at least 0.3 and the runner-up has at most half its evidence."""
    medium = "medium"
    """A fair match: scores at least 0.2 and the runner-up has at most 0.8 of its evidence."""
    low = "low"
    """A weak match, a near tie, or a clause found to be added."""
    given = "given"
    """Set by a researcher's alignment file (--alignments)."""


class ClauseAlignment(NamedTuple):
    """An OTHER clause and the BASE clauses it implements."""

    id: str
    """OTHER clause id."""
    status: ClauseStatus
    """kept, modified or added."""
    base: tuple[BaseLink, ...]
    """BASE clauses it implements, best first; empty when added."""
    confidence: Confidence = Confidence.given
    """How far to trust the primary link (or the verdict "added")."""
    runner_up: BaseLink | None = None
    """The BASE clause that came next (for an added clause, the nearest one), with its score."""


class SentenceMatch(NamedTuple):
    """The BASE sentence whose content an OTHER sentence carries."""

    clause: str
    """BASE clause id."""
    index: int
    """Index of the sentence in that clause."""
    score: float
    """Similarity in [0, 1]; 1 for verbatim."""
    ops: tuple[tuple[str, int, int, int, int], ...]
    """Character edits from the BASE sentence to the OTHER one (tag, base start, base end, other start, other end)."""


class PhraseMatch(NamedTuple):
    """An OTHER phrase (a comma-separated part of a sentence) and the BASE phrase it carries."""

    clause: str
    """OTHER clause id."""
    index: int
    """Index of the OTHER sentence in its clause; -1 for the clause heading."""
    text: str
    """The OTHER phrase."""
    base_clause: str
    """BASE clause id."""
    base_index: int
    """Index of the BASE sentence in its clause; -1 for the clause heading."""
    base_text: str
    """The BASE phrase."""
    score: float
    """Similarity in [0, 1]."""


class SentenceAlignment(NamedTuple):
    """An OTHER sentence and its BASE counterpart."""

    clause: str
    """OTHER clause id."""
    index: int
    """Index of the sentence in its clause."""
    text: str
    """The sentence."""
    status: SentenceStatus
    """verbatim, reworded or new."""
    base: SentenceMatch | None
    """The BASE sentence it carries; None when new."""


class BaseSentenceAlignment(NamedTuple):
    """A BASE sentence and where OTHER has it."""

    clause: str
    """BASE clause id."""
    index: int
    """Index of the sentence in its clause."""
    status: BaseSentenceStatus
    """kept, moved or dropped."""
    other: tuple[str, int] | None
    """(OTHER clause id, sentence index) that carries it; None when dropped."""


@dataclass(frozen=True)
class Comparison:
    """OTHER compared with BASE, clause by clause and sentence by sentence."""

    base: Document
    """The document compared against."""
    other: Document
    """The document compared."""
    clauses: tuple[ClauseAlignment, ...]
    """One per OTHER clause, in OTHER order."""
    dropped: tuple[str, ...]
    """BASE clause ids no OTHER clause implements and none of whose sentences OTHER carries, in BASE order."""
    sentences: tuple[SentenceAlignment, ...]
    """One per OTHER sentence, in OTHER order."""
    base_sentences: tuple[BaseSentenceAlignment, ...]
    """One per BASE sentence, in BASE order."""
    phrases: tuple[PhraseMatch, ...] = ()
    """The OTHER phrases that carry a BASE phrase (their best match, at least the phrase
    threshold), in OTHER order: what clause alignment stands on, and target linking uses."""
    moved: tuple[str, ...] = ()
    """BASE clause ids no OTHER clause implements but some of whose sentences OTHER carries
    elsewhere, in BASE order."""

    def clause(self, clause_id: str) -> ClauseAlignment:
        """The alignment of OTHER clause ``clause_id``."""
        for alignment in self.clauses:
            if alignment.id == clause_id:
                return alignment
        raise KeyError(clause_id)

    def summary(self) -> dict[str, float | int]:
        """Counts of the comparison, for reports."""
        statuses = [c.status for c in self.clauses]
        sentence_statuses = [s.status for s in self.sentences]
        base_statuses = [s.status for s in self.base_sentences]
        return {
            "clauses": len(statuses),
            "aligned": sum(s is not ClauseStatus.added for s in statuses),
            "kept": statuses.count(ClauseStatus.kept),
            "modified": statuses.count(ClauseStatus.modified),
            "added": statuses.count(ClauseStatus.added),
            "moved": len(self.moved),
            "dropped": len(self.dropped),
            "sentences": len(sentence_statuses),
            "verbatim": sentence_statuses.count(SentenceStatus.verbatim),
            "reworded": sentence_statuses.count(SentenceStatus.reworded),
            "new": sentence_statuses.count(SentenceStatus.new),
            "verbatim_share": round(sentence_statuses.count(SentenceStatus.verbatim) / max(len(sentence_statuses), 1), 4),
            "base_sentences_kept": base_statuses.count(BaseSentenceStatus.kept),
            "base_sentences_moved": base_statuses.count(BaseSentenceStatus.moved),
            "base_sentences_dropped": base_statuses.count(BaseSentenceStatus.dropped),
        }
