"""Normalise the text of a document copy: pure functions, str → str / lines → paragraphs.

Real copies of policy documents carry the noise of their route: newspaper hard wraps,
characters spaced apart by PDF extraction, page breaks inside words, mixed half- and
full-width forms, editor marks. This module removes that noise so that the parser
sees one paragraph per logical paragraph.
"""

from __future__ import annotations

import bisect
import re
import statistics

from .model import INDICATOR_COLUMN, TABLE_CELL, TARGET_COLUMN, YEAR_COLUMN
from .numbering import Marker, match_marker
from .tasks import is_task_header

# Editor artefacts that Word/HTML exports leave in the text: [bookmark: _GoBack],
# [image: …], [comment: …].
ARTEFACTS = re.compile(r"\[(?:bookmark|image|comment|footnote)[^\]\n]*\]", re.IGNORECASE)

# Control characters (C0 but tab, DEL, C1) and bidirectional overrides: no document means
# them, and in a report they could drive the terminal (ESC sequences), break an HTML/XML
# serialiser or make text read in another order than it is stored.
# So are the invisible format characters web copies scatter in text and before markers
# (zero-width spaces and joiners, word joiner, a BOM inside the text: 一\u200b、).
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200d\u202a-\u202e\u2060\u2066-\u2069\ufeff]")

# Full-width ASCII forms (U+FF01–U+FF5E) fold to ASCII, except the Chinese
# punctuation that Chinese text keeps full-width.
_KEEP_FULLWIDTH = set("，：；！？（）")
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if chr(cp) not in _KEEP_FULLWIDTH}
# Brackets go the other way: Chinese text uses （）, copies mix in ( ).
_FOLD.update({ord("("): "（", ord(")"): "）", 0x3000: " ", 0xA0: " ", ord("\t"): " "})
# Numbers in brackets set as one character (⑴ … ⒇, ㈠ … ㈩) are the bracketed numbers they show.
_FOLD.update({0x2474 + k: f"（{k + 1}）" for k in range(20)})
_FOLD.update({0x3220 + k: f"（{numeral}）" for k, numeral in enumerate("一二三四五六七八九十")})

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_CJK_PUNCT = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’《》（）【】〔〕…—"
# A run of spaces with CJK (or CJK punctuation) on at least one side and CJK, CJK
# punctuation, a digit or % on the other: the spacing of PDF/OCR extraction
# (授 权 调 阅, 到 2025 年, 70% 的). Spaces between Latin words stay.
_SPACED = re.compile(
    rf"(?<=[{_CJK}{_CJK_PUNCT}])\s+(?=[{_CJK}{_CJK_PUNCT}\d])"
    rf"|(?<=[\d%])\s+(?=[{_CJK}{_CJK_PUNCT}])"
)
# ASCII punctuation after a CJK character is a half-width slip: 单位:市卫生健康委.
_HALF_PUNCT = re.compile(rf"(?<=[{_CJK}])([,;:?!])")
_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", ".": "。"}
# A half-width full stop between CJK text (or at a line end) ends a sentence: 加强研发.推进….
# Not after a digit or Latin letter: 1.5, 1.家电, Zdly01.02, V1.0.
_HALF_STOP = re.compile(rf"(?<=[{_CJK}])\.(?=[{_CJK}“]|\s*$)")

# Characters that end a sentence; a line ending in one does not continue.
SENTENCE_END = "。！？；"
# A heading glued at the end of a line (…。第9章 建设运营模式) has a title this short at most.
_GLUED_TITLE_MAX = 20
# Characters after which a line certainly continues on the next one.
_CONTINUES = "，、：“《（"
# Closing forms that may end a paragraph (a trailing agency note, a quotation).
_CLOSERS = "）”》"
# Marks a line that goes on a sentence opens with.
_NOT_OPENING = "，、；：。）"

# A dot leader closing a line (一、总体要求……3, 附件1：术语......): a table-of-contents entry,
# complete as it stands.
DOT_LEADER = re.compile(r"(?:[.…·．]\s*){3,}\d{0,3}\s*$")

# The last piece of a paragraph: after its last sentence end or colon, after its last bracket.
_LAST_PIECES = (re.compile(r"[。！？；：]([^。！？；：]+)$"), re.compile(r"）([^）]+)$"))

# Characters that Chinese doubles on purpose (人人, 常常, 年年 …): a doubled one of
# these across a page break is text, any other doubled character is the page-break
# repetition of typesetting (市卫 / 卫生健康委).
_REDUPLICATED = set("人常天年月日各件事处点步渐样个家户时刻层方多")

# A document is hard-wrapped (a newspaper or PDF copy) when its lines are short:
# national.txt has a median of 17 characters, one-paragraph-a-line copies over 60.
_WRAPPED_MEDIAN = 30
# … or when at least _AT_COLUMN of its lines are within _COLUMN_BAND of a column narrower than
# _NARROW_COLUMN: in the collection, PDF copies of 26–35 characters a line have 0.5–0.9 of their
# lines there, copies of one paragraph a line at most 0.2 below that width.
_NARROW_COLUMN = 60
_COLUMN_BAND = 0.15
_AT_COLUMN = 0.5
# In a hard-wrapped copy a line that fills the column continues on the next line; a line
# clearly shorter than the column ends its paragraph (一、总体要求 above its body text).
# The column is the 80th percentile of the raw line widths (spaces included, as printed);
# "clearly shorter" is below this share of it: national.txt's justified newspaper lines
# run 14–17 wide in a 17 column (0.82), with half-width digits narrower still.
_FULL_LINE = 0.7
# A page number alone on its line, as PDF and print copies carry them: 12, — 3 —, - 3 -,
# 第3页, 第 3 页 共 12 页.
PAGE_NUMBER = re.compile(r"[-—–－\s]*\d{1,3}[-—–－\s]*|第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?"
                         # … and the border of a box drawn in characters (┌────┐, └────┘).
                         r"|[\u2500-\u257f\s]+")
# A box's side drawn in characters (│ …… │) around a line of its text, and the bullets of a repost
# before a marker (■ 一、…, ◆（一）…): dropped.
_FRAME_START = "│┃|■□◆◇●○▲△★☆▶►•▪"
_FRAME = re.compile(rf"^[{_FRAME_START}]+\s*|\s*[│┃]+$")
# A copy in Markdown (a site's or an assistant's): headings marked #, a quoted line >, emphasis
# **…**, and rules --- are layout, not text (### 一、总体要求, **（一）开展汽车以旧换新。** …).
_MARKDOWN_MARK = re.compile(r"^\s*(?:#{1,6}|>)\s+")
_MARKDOWN_EMPHASIS = re.compile(r"\*\*")
_MARKDOWN_RULE = re.compile(r"\s*(?:-{3,}|\*{3,}|_{3,})\s*")


# A decimal outline number opening a line or a sentence (1.2.1  近期目标, a guideline's section,
# also glued after the last sentence of the one before) keeps one space after it: the space
# tells it from a number opening a sentence (2.5倍以上), which numbering.MARKERS relies on.
# (Held by a stand-in through the removal of extraction spacing.)
_OUTLINE_NUMBER = re.compile(r"(?:^|(?<=[。；！？]))\s*(\d{1,2}(?:\.\d{1,2}){1,3})\s+(?=\S)")
_KEPT_SPACE = "\x00"
# The same number glued to its title (1.1编制目的, 4.1.1Ⅰ级响应, 4.2.1路网调度。…): a title that fills
# the line after one dot (not 2.5倍以上，… nor 1.5%), any text after two or more (3.1.1气象部门发布的…):
# a number of three parts is no quantity.
_OUTLINE_GLUED = re.compile(r"^(\d{1,2}\.\d{1,2})(?=[\u4e00-\u9fffⅠ-Ⅻ][^。；！？，、：%]{0,19}$)"
                            r"|^(\d{1,2}(?:\.\d{1,2}){2,3})(?=[\u4e00-\u9fffⅠ-Ⅻ])")
# So does a bare number before a short title that fills the line (1　总则, the top of an outline
# without 第1章; also glued after the last sentence of the one before: …水平。1 范围), unlike a
# number opening text (3 家企业入选，…).
_FILLS_LINE = r"(?=[\u4e00-\u9fff][^。；！？，、：]{0,29}$)"  # a title to the line's end
_OUTLINE_HEAD = re.compile(rf"^(\d{{1,2}})\s+{_FILLS_LINE}")
_OUTLINE_HEAD_AFTER = re.compile(rf"(?<=[。；！？])(\d{{1,2}})\s+{_FILLS_LINE}")
# A section number written with a dot (一．工作目标, 二.整治内容: typists' and OCR's 、) is a
# marker, not the end of a sentence of one character: the dot becomes 、 before _HALF_STOP would
# read it as a full stop.
_SECTION_DOT = re.compile(r"^(\s*[一二三四五六七八九十]{1,3})\.(?=\s*[\u4e00-\u9fff])")
# A section number typed with a space for its 、 before a title that fills the line (一　总体要求):
# the marker 一、. Not a numeral opening text (一 是…，), which goes on past a comma or a stop.
_SECTION_SPACE = re.compile(rf"^(\s*[一二三四五六七八九十]{{1,3}})\s+{_FILLS_LINE}")
# A section number followed by a slip for its 、 (OCR and typists): 丶, which looks like it (二丶工作措施),
# or a comma before a title that fills the line (四，保障措施; not 一，是…。, text going on).
_SECTION_SLIP = re.compile(rf"^(\s*[一二三四五六七八九十]{{1,3}})(?:丶|，{_FILLS_LINE})")
# An item number with a space before its dot (1 .加强施工组织, OCR's): the marker 1.
_ITEM_SPACED_DOT = re.compile(r"^(\s*\d{1,2})\s+([.．])(?=\s*[\u4e00-\u9fff])")
# A Roman section number (Ⅱ、总体思路, Ⅲ．主要任务, Ⅳ 保障措施), as some plans number their
# parts: the marker 二、. Not a grade written with one (Ⅳ级响应, Ⅱ类水质): no mark or space follows.
_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
_ROMAN_SECTION = re.compile(rf"^(\s*)([{_ROMAN}])(?:\s*[、.．]|\s+)\s*(?=[\u4e00-\u9fff])")
# A title parted from its text by a space alone, on the marker's line (（一）指导思想 以…为指导，…。):
# the space ends the title as its 。 would. The title is a run of two or more characters (PDF
# spacing parts single ones: 总 则), the text a sentence of ten or more (not a table's next cell,
# nor the rest of a title a stray space cut: 强化 组织保障。…).
_TITLE_SPACE = re.compile(r"^(\s*(?:（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、]))"
                          r"([\u4e00-\u9fff]{2,20}) +(?=[\u4e00-\u9fff][^ 。；！？]{9,}[。；！？])")
# OCR reads 一 as a dash: （-）加强统筹协调 and -、总体要求 are （一） and 一、 (a dash in brackets or
# before 、 opening a line is nothing else), and so is the section marker OCR put after its
# title, alone at the line's end (总体要求-、).
_OCR_ONE = re.compile(r"^(\s*)(?:（[-—–]）|[-—–]、)")
_OCR_ONE_AFTER = re.compile(r"^(\s*)([\u4e00-\u9fff]{2,15})[-—–]、$")
_MARKER_FIRST = "（一二三四五六七八九十0123456789"
# A quotation whose marks are of two widths (“四聚", "多园”, copies mixing them): both full-width.
_MIXED_QUOTE = re.compile(r'“([^“”"\n]{1,40})"|"([^“”"\n]{1,40})”')
_CHINESE_NUMERALS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")


# What _HALF_PUNCT and _SPACED need to find anything: most lines hold neither.
_HALF_MARK = re.compile("[,;:?!]")
_SPACE = re.compile(r"\s")


def _one(found: re.Match[str]) -> str:
    return found.group(1) + ("（一）" if "（" in found.group(0) else "一、")


def normalize_line(line: str) -> str:
    """One line with folded widths, no extraction spacing and no editor artefacts. (Each rule is
    tried only on a line holding the character it needs.)"""
    line = CONTROLS.sub("", line)
    if "[" in line:
        line = ARTEFACTS.sub("", line)
    line = line.translate(_FOLD)
    if line and (line[0] in "#>" or "**" in line or line[:3] in ("---", "***", "___")):
        line = "" if _MARKDOWN_RULE.fullmatch(line) else _MARKDOWN_EMPHASIS.sub("", _MARKDOWN_MARK.sub("", line))
    if line and (line[0] in _FRAME_START or line[-1] in "│┃"):
        line = _FRAME.sub("", line)
    if '"' in line and ("“" in line or "”" in line):
        line = _MIXED_QUOTE.sub(lambda found: f"“{found.group(1) or found.group(2)}”", line)
    if "-" in line or "—" in line or "–" in line:
        line = _OCR_ONE_AFTER.sub(r"\1一、\2", _OCR_ONE.sub(_one, line, count=1), count=1)
    head = line[:5]
    if "丶" in head or "，" in head:
        line = _SECTION_SLIP.sub(r"\1、", line, count=1)
    if " ." in head or " ．" in head:
        line = _ITEM_SPACED_DOT.sub(r"\1\2", line, count=1)
    first = line.lstrip()[:1]
    if first and first in _ROMAN:
        line = _ROMAN_SECTION.sub(lambda found: found.group(1) + _CHINESE_NUMERALS[_ROMAN.index(found.group(2))] + "、",
                                  line, count=1)
    elif first and first in _MARKER_FIRST and " " in line:
        line = _TITLE_SPACE.sub(r"\1\2。", _SECTION_SPACE.sub(r"\1、", line, count=1), count=1)
    if "." in line:
        line = _OUTLINE_GLUED.sub(lambda found: found.group(0) + _KEPT_SPACE, line, count=1)
        line = _OUTLINE_NUMBER.sub(lambda found: found.group(1) + _KEPT_SPACE, line)
    elif line[:1].isdigit():
        line = _OUTLINE_HEAD.sub(lambda found: found.group(1) + _KEPT_SPACE, line, count=1)
    if "。" in line and " " in line:
        line = _OUTLINE_HEAD_AFTER.sub(lambda found: found.group(1) + _KEPT_SPACE, line, count=1)
    if _HALF_MARK.search(line):
        line = _HALF_PUNCT.sub(lambda m: _TO_FULL[m.group(1)], line)
    if "." in line:
        line = _HALF_STOP.sub("。", _SECTION_DOT.sub(r"\1、", line))
    if _SPACE.search(line):
        line = _SPACED.sub("", line)
    return line.replace(_KEPT_SPACE, " ").strip()


def normalize_text(text: str) -> str:
    """A whole text, line by line (used to compare texts and in tests)."""
    return "\n".join(normalize_line(line) for line in text.split("\n"))


# A copy that lost its line breaks keeps each paragraph's indent (two ideographic spaces) inside
# one line: a paragraph starts at each, when the line holds several and one of them opens a
# numbered unit (a signature line 单位　　日期 holds one, a table's row no marker).
_INDENT = re.compile(r"(?<=\S)\u3000{2,}")


def _run_on(line: str) -> list[str]:
    if "\u3000\u3000" not in line:
        return [line]
    parts = _INDENT.split(line)
    if len(parts) > 2 and any(match_marker(normalize_line(part)) for part in parts[1:]):
        return parts
    return [line]


# A title line: short, no sentence end, comma or colon.
_TITLE_LINE = re.compile(r"[\u4e00-\u9fff][^。；！？，：]{0,14}")


def _outline_top(lines: list[str], i: int) -> bool:
    """Whether the bare number lines[i] heads a decimal outline, not a page: 1 / 总体要求 / 1.1 …
    (a guideline copied with every number on a line of its own), its title on the next line and
    its first subsection right after."""
    number = lines[i]
    return number.isdigit() and i + 2 < len(lines) and bool(_TITLE_LINE.fullmatch(lines[i + 1])) \
        and lines[i + 2].startswith(f"{number}.1") and not lines[i + 2][len(number) + 2:][:1].isdigit()


# An indicator table typed as text (主要指标 of a plan): a header row of three cells or more naming the
# indicator column (指标, 指标名称) and a year or target column (2023年 | 2025年, 目标值（2025年）), then
# rows of as many cells. Its lines are written as the HTML reader writes a table's rows, cells parted
# by TABLE_CELL, so that the rows stay rows (one sentence each) and their targets can be read by
# column. Copies type them in three ways (_typed_tables):
# - cells parted by tabs, ideographic spaces or runs of spaces (1　非化石能源消费比重（%）　10.6　≥12), or by
#   single spaces when the header is (指标 2022年 2025年); a line opening with a tab opens with an empty
#   cell (a category written only in the first row of its group); a line of one short cell between
#   two rows goes on the name of the row before (a PDF's layout text wraps a long name in its column);
# - a box drawn with │ and rules (┌─┬─┐, ├─┼─┤; or | and |---|, as Markdown writes one): a row may
#   take several lines between two rules;
# - one cell a line, as PDF text gives a table (序号 / 指标 / 2022年 / 2025年 / 属性, then 1 / 人均预期寿命（岁）
#   / 76.5 / 77.5 / 预期性 …): read when the header opens with 序号 and each row with the next number
#   (blank lines and page numbers between cells left out).
# A copy from a word processor or a spreadsheet parts cells by one tab each: two tabs in a row hold an
# empty cell (a row with no 配合单位), where a typist's tabs only align the columns.
_TAB = re.compile(r"\t")
_TYPED_CELLS = re.compile(r"\t+|\u3000+| {2,}")
_SPACED_CELLS = re.compile(r"[\t\u3000 ]+")
_BOX_SIDES = "│┃|"
_BOX_RULE = re.compile(r"(?=(?:.*[┌┬┐├┼┤└┴┘─━┏┳┓┣╋┫┗┻┛┠┨┯┷┝┥┿\-+=]){3})[┌┬┐├┼┤└┴┘─━┏┳┓┣╋┫┗┻┛┠┨┯┷┝┥┿\-+=:│┃|\s]+")
_WRAPPED_NAME_MAX = 12
# What a table's header holds: its indicator column, the year column of a table by year, or the
# departments of a task-division table.
_TABLE_WORDS = re.compile(r"指标|年度|年份|单位|部门|处室|科室")
_HEADER_CELLS_MAX = 10
# The longest header cell (完成时限（2025年底前）, 2025年目标值（预期性）…), with room.
_HEADER_CELL_MAX = 24
# A page's number between a table's cells (— 2 —, -2-, 第2页): not a bare number, which is a cell.
_PAGE_MARK = re.compile(r"[-—–－]+\s*\d{1,3}\s*[-—–－]+|第\s*\d{1,3}\s*页")


def _header(cells: list[str]) -> bool:
    """Whether a row of ``cells`` is an indicator table's header, that of a table by year, or that of
    a task-division table. (A line of prose split at its spaces has a long part: it is no header,
    and its parts are not normalised to find out.)"""
    if len(cells) < 3 or any(len(cell) > _HEADER_CELL_MAX for cell in cells):
        return False
    normalized = [normalize_line(cell) for cell in cells]
    return (any(INDICATOR_COLUMN.fullmatch(cell) for cell in normalized)
            and any(TARGET_COLUMN.fullmatch(cell) for cell in normalized)
            or bool(YEAR_COLUMN.fullmatch(normalized[0])) or is_task_header(normalized))


def _split_cells(line: str, splitter: re.Pattern[str]) -> list[str]:
    """The cells of a line typed as a table's row ([] for a blank line)."""
    if not line.strip():
        return []
    if line.strip(" \u3000")[:1] in _BOX_SIDES:
        return [cell.strip(" \u3000\t") for cell in re.split(f"[{_BOX_SIDES}]", line.strip(" \u3000\t"))[1:-1]]
    if splitter is _TAB:
        return [cell.strip(" \u3000") for cell in line.rstrip("\r\n").split("\t")]
    cells = [cell for cell in splitter.split(line.strip()) if cell]
    return ([""] if line.startswith("\t") and cells else []) + cells


def _row(cells: list[str]) -> str:
    return TABLE_CELL.join(normalize_line(cell) for cell in cells)


def _typed_tables(lines: list[str]) -> dict[int, str]:
    """{line number: what the line becomes} for the lines of each indicator table typed as text: its
    header and rows as table rows, the lines that are part of a row or a rule as blank. (Each line
    is read as a table's start once, and a box's lines once: the work grows with the text.)"""
    found: dict[int, str] = {}
    number = 0
    while number < len(lines):
        if _in_box(lines[number]):
            end = number
            while end < len(lines) and _in_box(lines[end]):
                end += 1
            found.update(_boxed(lines, number, end))
            number = end
            continue
        read = _cell_lines(lines, number) or _spaced(lines, number)
        found.update(read)
        number = max(read) + 1 if read else number + 1
    return found


def _in_box(line: str) -> bool:
    """Whether a line is part of a box drawn with │ and rules."""
    line = line.strip(" \u3000\t")
    return bool(line) and (line[0] in _BOX_SIDES or bool(_BOX_RULE.fullmatch(line)))


def _spaced(lines: list[str], start: int) -> dict[int, str]:
    """The table whose header is lines[start], its cells parted by spaces or tabs ({} for none; a
    line whose cells are already parted by TABLE_CELL is a table's row as it stands)."""
    if TABLE_CELL in lines[start] or not _TABLE_WORDS.search(lines[start]):  # (a header names its columns)
        return {}
    for splitter in (_TAB, _TYPED_CELLS, _SPACED_CELLS):
        header = _split_cells(lines[start], splitter)
        if all(header) and _header(header):  # (one tab a cell: a header has no empty cell)
            break
    else:
        return {}
    name = next((k for k, cell in enumerate(header) if INDICATOR_COLUMN.fullmatch(normalize_line(cell))), 0)
    # Where each column starts on the line (a copy typed with spaces, or a PDF's layout text; a tab
    # has no width of its own).
    starts = None if "\t" in lines[start] else [at for at, _ in _placed_cells(lines[start], splitter)]
    rows: list[tuple[int, list[str]]] = []  # (line, cells) of each row
    found: dict[int, str] = {}
    for number in range(start + 1, len(lines)):
        cells = _split_cells(lines[number], splitter)
        if not cells and not rows:
            continue  # a blank line between the header and the first row
        if len(cells) == len(header):
            rows.append((number, cells))
        elif len(cells) == 1 and rows and len(cells[0]) <= _WRAPPED_NAME_MAX and match_marker(cells[0]) is None \
                and number + 1 < len(lines) and len(_split_cells(lines[number + 1], splitter)) == len(header):
            rows[-1][1][name] += cells[0]  # a long name wrapped in its column
            found[number] = ""
        elif cells and starts is not None and (placed := _in_columns(lines[number], splitter, starts)) is not None:
            if 0 in placed and len(placed) >= 2:  # a row with empty cells
                rows.append((number, [placed.get(k, "") for k in range(len(header))]))
            elif 0 not in placed and rows:  # cells wrapped onto the next line, each in its column
                for k, text in placed.items():
                    rows[-1][1][k] += text
                found[number] = ""
            else:
                break
        else:
            break
    if not rows:
        return {}
    found[start] = _row(header)
    found.update((number, _row(cells)) for number, cells in rows)
    return found


# How far (in display width) a cell may start from its column's start, and run past its end: a copy
# typed with spaces aligns its columns, give or take a character.
_ALIGNED = 1.5


def _placed_cells(line: str, splitter: re.Pattern[str]) -> list[tuple[float, str]]:
    """The cells of a line typed with spaces, each with the display width before it (summed as the
    line is read: a line of thousands of cells is read in linear time)."""
    placed, at, width = [], 0, 0.0
    for part in splitter.split(line.rstrip()):
        cell = part.lstrip()
        if cell:
            placed.append((width + _width(part[: len(part) - len(cell)]), cell.rstrip()))
        width += _width(part)
        at += len(part)
        if found := splitter.match(line, at):
            at, width = at + len(found.group()), width + _width(found.group())
    return placed


def _in_columns(line: str, splitter: re.Pattern[str], starts: list[float]) -> dict[int, str] | None:
    """{column: cell} for a line whose every cell starts where a column of the header starts and fits
    in it; None for a line that does not keep to the columns (prose after the table)."""
    placed: dict[int, str] = {}
    for at, cell in _placed_cells(line, splitter):
        # The nearest column start (the starts ascend: found by bisection, not by trying each).
        after = bisect.bisect_left(starts, at)
        column = min((k for k in (after - 1, after) if 0 <= k < len(starts)), key=lambda k: abs(starts[k] - at))
        end = starts[column + 1] if column + 1 < len(starts) else float("inf")
        if abs(starts[column] - at) > _ALIGNED or at + _width(cell) > end + _ALIGNED or column in placed:
            return None
        placed[column] = cell
    return placed


def _boxed(lines: list[str], start: int, end: int) -> dict[int, str]:
    """The table drawn with │ and rules in lines[start:end], a box's lines ({} for none)."""
    found: dict[int, str] = {}
    rows: list[tuple[int, list[str]]] = []  # (first line, cells) of each row
    open_row = False  # the last row goes on (no rule since its first line)
    for number in range(start, end):
        if _BOX_RULE.fullmatch(lines[number].strip()):
            found[number], open_row = "", False
            continue
        cells = _split_cells(lines[number], _TYPED_CELLS)
        # A box's row may take several lines between two rules; a Markdown table's row is one line.
        if open_row and len(cells) == len(rows[-1][1]) and lines[number].strip()[0] != "|":
            rows[-1] = (rows[-1][0], [a + b for a, b in zip(rows[-1][1], cells)])
            found[number] = ""
        else:
            rows.append((number, cells))
            open_row = True
    if not rows or not _header(rows[0][1]):
        return {}
    width = len(rows[0][1])
    for number, cells in rows:
        found[number] = _row(cells) if len(cells) == width else ""
    return found


def _cell_lines(lines: list[str], start: int) -> dict[int, str]:
    """The table typed one cell a line whose header opens with 序号 at lines[start] ({} for none)."""
    if "序号" not in lines[start] or normalize_line(lines[start]) != "序号":
        return {}
    # The cells from the header on, with their line numbers: blank lines and page numbers left out.
    cells = ((number, cell) for number in range(start, len(lines))
             if (cell := normalize_line(lines[number])) and not _PAGE_MARK.fullmatch(cell))
    header = [next(cells)]
    for number, cell in cells:
        if cell == "1" or len(header) == _HEADER_CELLS_MAX:
            break
        header.append((number, cell))
    else:
        return {}
    if not _header([cell for _, cell in header]):
        return {}
    found = {number: "" for number in range(start, number)}
    found[start] = _row([cell for _, cell in header])
    row, serial = [(number, cell)], 1
    for number, cell in cells:
        row.append((number, cell))
        if len(row) == len(header):
            if row[0][1] != str(serial):
                break
            found.update({k: "" for k in range(row[0][0], number + 1)})
            found[row[0][0]] = _row([cell for _, cell in row])
            row, serial = [], serial + 1
    return found if serial > 1 else {}


def paragraphs(text: str) -> list[str]:
    """The logical paragraphs of a document text.

    Lines are joined where the copy wrapped them: inside a block of non-blank lines
    when the document is hard-wrapped or the line visibly continues; across blank
    lines (a page break) when a paragraph stops mid-sentence. A table's row is a paragraph
    of its own.
    """
    source = text.split("\n")
    tables = _typed_tables(source) if _TABLE_WORDS.search(text) else {}
    raw: list[str] = []
    rows: dict[int, str] = {}  # the lines of typed tables, by their place in raw
    for number, line in enumerate(source):
        if number in tables:
            rows[len(raw)] = tables[number]
            raw.append(line.strip())
        else:
            raw.extend(part.strip() for part in _run_on(line))
    lines = [rows[number] if number in rows else normalize_line(line) for number, line in enumerate(raw)]
    column = _wrapped_column(lines, raw)
    blocks: list[list[tuple[str, float]]] = [[]]
    title_taken = False
    for i, (line, printed) in enumerate(zip(lines, raw)):
        if title_taken:
            title_taken = False
            continue
        if PAGE_NUMBER.fullmatch(line):
            if not _outline_top(lines, i):
                continue
            line, title_taken = f"{line} {lines[i + 1]}", True
        if line:
            blocks[-1].append((line, _width(printed)))
        elif blocks[-1]:
            blocks.append([])
    # Each paragraph as the pieces page breaks cut it into, joined once at the end; of the last one,
    # its end (_TAIL long: all the tests below read) and whether it holds a sentence end, kept as it
    # grows: a text of thousands of pieces is read in linear time.
    result: list[list[str]] = []
    tail, ended = "", False
    broken = False  # the last paragraph stopped mid-sentence at a blank line
    for block in blocks:
        joined = False  # the block's last paragraph goes on the one before the blank line
        for i, para in enumerate(_join_block(block, column)):
            joined = i == 0 and broken and match_marker(para) is None and TABLE_CELL not in para
            if joined:
                if tail[-1] == para[0] and para[0] not in _REDUPLICATED:
                    para = para[1:]  # the character a page break printed twice
                result[-1].append(para)
                tail = _grown(tail, para)
            else:
                result.append([para])
                tail = _grown("", para)
        if result:
            ended = (ended and joined) or any(ch in result[-1][-1] for ch in SENTENCE_END)
        broken = bool(result) and TABLE_CELL not in tail and ended and _stops_mid_sentence(tail)
    return ["".join(pieces) for pieces in result]


def _wrapped_column(lines: list[str], raw: list[str]) -> float:
    """The column width of a hard-wrapped copy, 0 for a copy that is not: one of short lines
    (median under _WRAPPED_MEDIAN), or of lines most of which are as wide as a narrow printed
    column (a PDF page of 32–35 characters a line), where a copy of one paragraph a line has
    widths all over."""
    lengths = [len(line) for line in lines if line]
    if not lengths:
        return 0.0
    column = _column(raw)
    if statistics.median(lengths) < _WRAPPED_MEDIAN:
        return column
    widths = [_width(printed) for printed, line in zip(raw, lines) if line]
    at_column = sum(1 for width in widths if abs(width - column) <= _COLUMN_BAND * column)
    return column if column < _NARROW_COLUMN and at_column >= _AT_COLUMN * len(widths) else 0.0


def _width(line: str) -> float:
    """Display width of a line: a CJK character or punctuation 1, an ASCII character ½."""
    return len(line) - 0.5 * len(line.encode("ascii", "ignore"))  # the ASCII characters, counted in C


def _column(lines: list[str]) -> float:
    """The column width of a hard-wrapped copy."""
    widths = sorted(_width(line) for line in lines if line)
    return widths[int(len(widths) * 0.8)] if widths else 0.0


# What _continues reads of the paragraph so far: every test it makes looks at how the paragraph ends,
# and reading it whole would make a block of thousands of short lines quadratic. A paragraph cut to
# its tail opens with _CUT, so that no test reads the cut as where the paragraph begins.
_TAIL = 256
_CUT = "\x00"


def _grown(tail: str, piece: str) -> str:
    """The tail of a paragraph ending ``tail`` once ``piece`` is joined on."""
    tail += piece
    return _CUT + tail[-_TAIL:] if len(tail) > _TAIL else tail


def _join_block(block: list[tuple[str, float]], column: float) -> list[str]:
    """Lines (with their printed widths) joined into paragraphs; ``column`` is 0 when the
    copy is not hard-wrapped."""
    out: list[str] = []
    lines: list[str] = []  # the paragraph being joined
    tail = ""
    previous_width = 0.0
    for line, width in block:
        if lines and _continues(tail, line, previous_width, column):
            lines.append(line)
            tail = _grown(tail, line)
        else:
            if lines:
                out.append("".join(lines))
            lines, tail = [line], _grown("", line)
        previous_width = width
    if lines:
        out.append("".join(lines))
    return out


# A note of who is responsible closing a line (…（省医保局牵头，省财政厅配合）, …（省科技厅负责））
# closes its paragraph: task lists put it after a clause's last sentence or after its heading.
_DUTY_NOTE_END = re.compile(r"(?:负责|配合|参与|牵头)）$")
# A labelled note of who is responsible opens its own line (牵头部门：… / 配合部门：…; a department's
# own work points name its divisions: 牵头处室：… / 配合处室：…).
DUTY_LABEL = re.compile(r"(?:牵头|责任|配合|参与|参加|协同|协办|主责)(?:单位|部门|处室|科室)[：:]")


# A document's title ends its line, however wide (某县人民政府办公室关于印发…预案的通知 over the
# addressees, in a copy whose short lines look hard-wrapped).
_DOCUMENT_TITLE = re.compile(r"(?:关于|印发)[^，。；：]*(?:通知|意见|方案|办法|规定|细则|规划|决定|计划|要点|指南|措施|批复|复函)$")


# A term's entry in a standard's 术语和定义 (GB/T 1.1): the term and its English name on a line of
# their own under the entry's number (3.1 / 社区嵌入式服务设施 community-embedded service facilities /
# its definition). The line is the entry's title, whatever its width.
# (The English name has two words or more; normalising may take the space before it: 生活圈15-minute …)
TERM_ENTRY = re.compile(r"([\u4e00-\u9fff（）]{2,24}) ?([A-Za-z0-9][A-Za-z0-9,'()/-]* [A-Za-z0-9 ,'()/-]*[A-Za-z)])")


def _continues(previous: str, line: str, previous_width: float, column: float) -> bool:
    """Whether ``line`` goes on the paragraph ``previous``, whose last line was
    ``previous_width`` wide as printed."""
    if TABLE_CELL in line or TABLE_CELL in previous or TERM_ENTRY.fullmatch(previous):
        return False  # a table's row, and a term's entry, stand alone
    if match_marker(line) is not None or previous[-1] in SENTENCE_END or DOT_LEADER.search(previous) \
            or _ends_with_heading(previous) or (_DUTY_NOTE_END.search(previous) and line[0] not in _NOT_OPENING) \
            or DUTY_LABEL.match(line) or _DOCUMENT_TITLE.search(previous):
        return False
    if previous[-1] in _CONTINUES:
        return True
    return bool(column) and previous_width >= _FULL_LINE * column


def bare_marker_at_end(para: str) -> int | None:
    """Where a marker with nothing after it closes ``para``, alone or after its last sentence
    (…分析反馈。5.4): PDF copies put a number at the end of the line before its title. None
    when there is none."""
    start, marker, title = _last_piece(para)
    return start if marker is not None and not title else None


def _ends_with_heading(para: str) -> bool:
    """Whether ``para`` ends with a marker and nothing else, alone or after its last sentence,
    or with a heading glued after its last sentence (…提醒服务。第9章 建设运营模式): a marker
    and a short title without a comma."""
    start, marker, title = _last_piece(para)
    if marker is None:
        return False
    return not title or start > 0 and len(title) <= _GLUED_TITLE_MAX and not any(ch in title for ch in "，、")


def _last_piece(para: str) -> tuple[int, Marker | None, str]:
    """(start, marker, what follows the marker) of the piece after ``para``'s last sentence end."""
    start = max(para.rfind(end) for end in SENTENCE_END) + 1
    tail = para[start:].strip()
    marker = match_marker(tail)
    return start, marker, tail[marker.end:] if marker is not None else ""


def _stops_mid_sentence(tail: str) -> bool:
    """Whether a stretch of prose that has begun sentences, ending with ``tail``, was cut by a page
    break: it stops inside a sentence. (Paragraphs without any sentence end are headings, titles,
    signatures and dates: complete as they stand, whatever they end with; the caller tells.)
    """
    if tail[-1] in SENTENCE_END or tail[-1] in _CLOSERS:
        return False
    # A heading glued after the last sentence or note (…内容：（二）支撑标准, …负责）二、保障措施)
    # ends the paragraph.
    for piece in _LAST_PIECES:
        found = piece.search(tail)
        if found and match_marker(found.group(1)) is not None:
            return False
    return True
