"""Tables typed as text: read their rows as the readers write a table's rows.

Pure functions over a document's lines (before they are joined into paragraphs): paragraphs.py
asks which lines are a typed table's and what each becomes.
"""

from __future__ import annotations

import bisect
import re
from collections import deque

from .model import (INDICATOR_COLUMN, PLACE_COLUMN, ROW_NUMBER_COLUMN, TABLE_CELL, TARGET_COLUMN, TOTALS, UNIT_COLUMN,
                    YEAR_COLUMN, place_column)
from .normalize import display_width, normalize_line
from .numbering import match_marker
from .tasks import is_task_header

# An indicator table typed as text (主要指标 of a plan): a header row of three cells or more naming the
# indicator column (指标, 指标名称) and a year or target column (2023年 | 2025年, 目标值（2025年）), then
# rows of as many cells. Its lines are written as the HTML reader writes a table's rows, cells parted
# by TABLE_CELL, so that the rows stay rows (one sentence each) and their targets can be read by
# column. Copies type them in three ways (typed_tables):
# - cells parted by tabs, ideographic spaces or runs of spaces (1　非化石能源消费比重（%）　10.6　≥12), or by
#   single spaces when the header is (指标 2022年 2025年); a line opening with a tab opens with an empty
#   cell (a category written only in the first row of its group); a line of one short cell between
#   two rows goes on the name of the row before (a PDF's layout text wraps a long name in its column);
# - a box drawn with │ and rules (┌─┬─┐, ├─┼─┤; or | and |---|, as Markdown writes one): a row may
#   take several lines between two rules;
# - one cell a line, as PDF text gives a table (序号 / 指标 / 2022年 / 2025年 / 属性, then 1 / 人均预期寿命（岁）
#   / 76.5 / 77.5 / 预期性 …): read when the header opens with 序号 and each row with the next number
#   (blank lines and page numbers between cells left out; a name wrapped onto a line or two of its own, the row
#   running on to the next row's number, is one cell).
# A copy from a word processor or a spreadsheet parts cells by one tab each: two tabs in a row hold an
# empty cell (a row with no 配合单位), where a typist's tabs only align the columns.
_TAB = re.compile(r"\t")
_TYPED_CELLS = re.compile(r"\t+|\u3000+| {2,}")
_SPACED_CELLS = re.compile(r"[\t\u3000 ]+")
_BOX_SIDES = "│┃|"
_BOX_RULE = re.compile(r"(?=(?:.*[┌┬┐├┼┤└┴┘─━┏┳┓┣╋┫┗┻┛┠┨┯┷┝┥┿\-+=]){3})[┌┬┐├┼┤└┴┘─━┏┳┓┣╋┫┗┻┛┠┨┯┷┝┥┿\-+=:│┃|\s]+")
_WRAPPED_NAME_MAX = 12
# What a table's header holds: its indicator column, the year column of a table by year, the departments of a
# task-division table, an assessment's points and how they are given (分值, 评分标准), or the place column opening the
# header of a table by place (设区市⇥新建公共充电桩（个）), maybe after a column of row numbers (序号  镇（街道）  新建面积（亩）:
# model.place_column).
TABLE_WORDS = re.compile(rf"指标|年度|年份|单位|部门|处室|科室|分值|评分标准"
                         rf"|^[ \t\u3000]*(?:(?:{'|'.join(ROW_NUMBER_COLUMN)})[\t\u3000 ]+)?(?:{PLACE_COLUMN.pattern})[\t\u3000 ]",
                         re.M)
_HEADER_CELLS_MAX = 10
# The longest header cell (完成时限（2025年底前）, 2025年目标值（预期性）…), with room.
_HEADER_CELL_MAX = 24
# The columns of an assessment's score table: each item's points, and how they are given (考核项目 | 分值 | 评分标准).
SCORE_COLUMN = re.compile(r"分值|分数|满分|标准分|权重")
CRITERIA_COLUMN = re.compile(r"评分(?:标准|细则|办法|方法)|考核(?:标准|内容|要点)|计分(?:标准|方法)")
# A page's number between a table's cells (— 2 —, -2-, 第2页): not a bare number, which is a cell.
_PAGE_MARK = re.compile(r"[-—–－]+\s*\d{1,3}\s*[-—–－]+|第\s*\d{1,3}\s*页")


def _header(cells: list[str]) -> bool:
    """Whether a row of ``cells`` is an indicator table's header, that of a table by year or by place, or
    that of a task-division table. (A line of prose split at its spaces has a long part: it is no header,
    and its parts are not normalised to find out.)"""
    if len(cells) < 2 or any(len(cell) > _HEADER_CELL_MAX for cell in cells):
        return False
    normalized = [normalize_line(cell) for cell in cells]
    if len(cells) == 2:  # (a table by place may give each place one number: 乡（镇）　新建5G基站（个）)
        return place_column(normalized)
    return (any(INDICATOR_COLUMN.fullmatch(cell) for cell in normalized)
            and any(TARGET_COLUMN.fullmatch(cell) for cell in normalized)
            or bool(YEAR_COLUMN.fullmatch(normalized[0])) or place_column(normalized)
            or is_task_header(normalized)
            # (or an assessment's score table: 考核项目 | 分值 | 评分标准 | 考评单位)
            or any(SCORE_COLUMN.fullmatch(cell) for cell in normalized)
            and any(CRITERIA_COLUMN.fullmatch(cell) for cell in normalized)
            # (or a column giving each row's unit after the first: 产品名称 | 单位 | 产量 | 比上年增长（%）, a bulletin's results)
            or any(UNIT_COLUMN.fullmatch(cell) for cell in normalized[1:]))


# A two-character word spread over a cell by a full-width space between its characters (指　标, 序　号, 属　性), or by a
# few spaces in a copy typed with spaces (城  市, 合  计): one word, no two cells. (Read with the spaces after it, the
# line keeps its width: the columns stay where they were.)
_SPREAD_WORD = re.compile(r"(?:(?<=\s)|^)([\u4e00-\u9fff])(\u3000| {1,3})([\u4e00-\u9fff])(?=\s|$)")


# … and in a cell parted by tabs, a short word spread by spaces (市  别, 全  省, 合  计): the cell holds the word.
_SPREAD_CELL = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,3}")


def _unspaced(cell: str) -> str:
    return re.sub(r"[ \u3000]+", "", cell) if _SPREAD_CELL.fullmatch(cell) else cell


def _unspread(line: str) -> str:
    return _SPREAD_WORD.sub(lambda found: found[1] + found[3] + found[2], line)


def _split_cells(line: str, splitter: re.Pattern[str]) -> list[str]:
    """The cells of a line typed as a table's row ([] for a blank line)."""
    if not line.strip():
        return []
    if line.strip(" \u3000")[:1] in _BOX_SIDES:
        return [cell.strip(" \u3000\t") for cell in re.split(f"[{_BOX_SIDES}]", line.strip(" \u3000\t"))[1:-1]]
    if splitter is _TAB:
        return [_unspaced(cell.strip(" \u3000")) for cell in line.rstrip("\r\n").split("\t")]
    cells = [cell for cell in splitter.split(_unspread(line).strip()) if cell]
    return ([""] if line.startswith("\t") and cells else []) + cells


def _row(cells: list[str]) -> str:
    return TABLE_CELL.join(normalize_line(cell) for cell in cells)


def typed_tables(lines: list[str]) -> dict[int, str]:
    """{line number: what the line becomes} for the lines of each indicator table typed as text: its
    header and rows as table rows, the lines that are part of a row or a rule as blank. (Each line
    is read as a table's start once, and a box's lines once: the work grows with the text.)"""
    found: dict[int, str] = {}
    if not TABLE_WORDS.search(_unspread("\n".join(lines))):
        return found  # (a text whose no line names a table's columns: most)
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
    if TABLE_CELL in lines[start] or not TABLE_WORDS.search(_unspread(lines[start])):  # (a header names its columns)
        return {}
    for splitter in (_TAB, _TYPED_CELLS, _SPACED_CELLS):
        header = _split_cells(lines[start], splitter)
        if all(header) and _header(header):  # (one tab a cell: a header has no empty cell)
            break
    else:
        return {}
    name = max((k for k, cell in enumerate(header) if INDICATOR_COLUMN.fullmatch(normalize_line(cell))), default=0)
    # Where each column starts on the line (a copy typed with spaces, or a PDF's layout text; a tab
    # has no width of its own).
    starts = None if "\t" in lines[start] else [at for at, _ in _placed_cells(lines[start], splitter)]
    rows: list[tuple[int, list[str]]] = []  # (line, cells) of each row
    found: dict[int, str] = {}
    first = start + 1
    # A header wrapped in its columns (选派专业技术 / 人才（名）, units in brackets under their names): the next line's
    # cells each go on the header's cell above, when they keep to the columns and the first column's is empty.
    wrapped = _in_columns(lines[first], splitter, starts) if starts is not None and first < len(lines) else None
    if wrapped and 0 not in wrapped and all(len(text) <= _WRAPPED_NAME_MAX for text in wrapped.values()):
        header = [cell + wrapped.get(k, "") for k, cell in enumerate(header)]
        found[first] = ""
        first += 1
    for number in range(first, len(lines)):
        if _BOX_RULE.fullmatch(lines[number].strip()):
            found[number] = ""  # a rule under the header or the rows (a ruled table typed with spaces, ───)
            continue
        cells = _split_cells(lines[number], splitter)
        if not cells and not rows:
            continue  # a blank line between the header and the first row
        if len(cells) == len(header):
            rows.append((number, cells))
        elif splitter is _TAB and 2 <= len(cells) < len(header) and match_marker(cells[0]) is not None:
            # a category's row, its cells after the last written dropped (一、平安建设基础工作⇥20 over its items)
            rows.append((number, cells + [""] * (len(header) - len(cells))))
        elif len(cells) == 1 and rows and len(cells[0]) <= _WRAPPED_NAME_MAX and match_marker(cells[0]) is None \
                and number + 1 < len(lines) and len(_split_cells(lines[number + 1], splitter)) == len(header) \
                and (starts is None or set(_in_columns(lines[number], splitter, starts) or {name: ""}) == {name}):
            rows[-1][1][name] += cells[0]  # a long name wrapped in its column (a copy typed with spaces: if there)
            found[number] = ""
        elif cells and starts is not None and (placed := _in_columns(lines[number], splitter, starts)) is not None:
            if 0 in placed and len(placed) >= 2 or len(placed) == len(header) - 1 \
                    or any(text.strip() in TOTALS for text in placed.values()):
                # a row with empty cells (the first one too, under a category's cell spanning rows; a sum's row,
                # 合计 under the names with no row number, is no name's cells wrapped)
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
    line = _unspread(line)
    for part in splitter.split(line.rstrip()):
        cell = part.lstrip()
        if cell:
            placed.append((width + display_width(part[: len(part) - len(cell)]), cell.rstrip()))
        width += display_width(part)
        at += len(part)
        if found := splitter.match(line, at):
            at, width = at + len(found.group()), width + display_width(found.group())
    return placed


def _in_columns(line: str, splitter: re.Pattern[str], starts: list[float]) -> dict[int, str] | None:
    """{column: cell} for a line whose every cell starts where a column of the header starts and fits
    in it; None for a line that does not keep to the columns (prose after the table)."""
    placed: dict[int, str] = {}
    cells = deque(_placed_cells(line, splitter))
    while cells:
        at, cell = cells.popleft()
        # The nearest column start (the starts ascend: found by bisection, not by trying each).
        after = bisect.bisect_left(starts, at)
        column = min((k for k in (after - 1, after) if 0 <= k < len(starts)), key=lambda k: abs(starts[k] - at))
        end = starts[column + 1] if column + 1 < len(starts) else float("inf")
        if at + display_width(cell) > end and (split := _squeezed(cell, at, end)) is not None:
            cells.appendleft((at + display_width(cell[: split + 1]), cell[split + 1:]))
            cell = cell[:split]  # a name filling its column, one space before the next cell
        if abs(starts[column] - at) > _ALIGNED or at + display_width(cell) > end + _ALIGNED or column in placed:
            return None
        placed[column] = cell
    return placed


def _squeezed(cell: str, at: float, end: float) -> int | None:
    """Where a single space parts two cells run together because the first fills its column (县域内基层医疗卫生机构诊疗量占比
    %: a name, then its unit in the next column): the space at the next column's start, None when there is none."""
    width, read = at, 0  # (the width summed as the cell is read: linear in its length)
    for found in re.finditer(" ", cell):
        width, read = width + display_width(cell[read: found.end()]), found.end()
        if abs(width - end) <= _ALIGNED:
            return found.start()
        if width > end + _ALIGNED:
            return None
    return None


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
    rest = [(number, cell), *cells]
    at, serial, width = 0, 1, len(header)
    while at + width <= len(rest) and rest[at][1] == str(serial):
        # A name wrapped onto a line or two of its own (农村生活垃圾收运处置体系覆盖 / 的行政村比例（%）): the row runs
        # to the next row's number, and the lines after the serial make one cell.
        extra = next((k for k in (1, 2) if at + width + k < len(rest) and rest[at + width + k][1] == str(serial + 1)
                      and rest[at + width][1] != str(serial + 1)), 0)
        row = rest[at: at + width + extra]
        name = "".join(cell for _, cell in row[1: 2 + extra])
        found.update({k: "" for k in range(row[0][0], row[-1][0] + 1)})
        found[row[0][0]] = _row([row[0][1], name, *(cell for _, cell in row[2 + extra:])])
        at, serial = at + width + extra, serial + 1
    return found if serial > 1 else {}
