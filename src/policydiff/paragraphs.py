"""Join a document copy's lines into its logical paragraphs.

Newspaper and PDF copies wrap lines inside sentences and break pages inside words; web copies
run paragraphs together. Each line is normalised (normalize.py), typed tables are read as tables
(typed_tables.py), and the lines are joined where the copy wrapped them, so that the parser sees
one paragraph per logical paragraph.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter

from .model import DOCUMENT_KINDS, TABLE_CELL
from .normalize import DUTY_WORDS, SENTENCE_END, display_width, normalize_line, roman_level
from .numbering import Marker, match_marker
from .typed_tables import typed_tables

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
# repetition of typesetting (市卫 / 卫生健康委). Digits too: a number's digits repeat
# (焚烧处理能力50 / — 3 — / 00吨/日 is 5000).
_REDUPLICATED = set("人常天年月日各件事处点步渐样个家户时刻层方多0123456789")

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
# A copy that lost its line breaks keeps each paragraph's indent (two ideographic spaces) inside
# one line: a paragraph starts at each, when the line holds several and one of them opens a
# numbered unit (a signature line 单位　　日期 holds one, a table's row no marker).
_INDENT = re.compile(r"(?<=\S)\u3000{2,}")
# A hard-wrapped copy that indents the first line of each paragraph (two ideographic spaces, four spaces or a tab)
# and not the lines the column wrapped: an indented line opens a paragraph, however wide the line before (三、加强党的
# 全面领导，为高质量发展提供坚强保证 / 　　抓发展，关键在党…). A copy indenting most of its lines says nothing by it.
_PARAGRAPH_INDENT = re.compile(r"\u3000{2}|[ \u00a0]{4}|\t")
_INDENTED_MAX = 0.5


# A page's running head in a copy that keeps its page numbers (— 1 — / 浏阳市人民政府办公室 / …text going on): the
# short lines that follow a page number, each the same at two page breaks or more, are no text (a head may take two
# lines: the plan's title, then its issuers).
_RUNNING_HEAD_MAX = 40
_RUNNING_HEAD_LINES = 3


def _running_heads(lines: list[str]) -> set[int]:
    """Where running heads stand: the first lines after a page number (blank lines passed over) while each stands
    there at two page breaks or more and is no numbered unit."""
    heads = []  # the first lines after each page number
    for i, line in enumerate(lines):
        if PAGE_NUMBER.fullmatch(line):
            heads.append([j for j in range(i + 1, min(len(lines), i + 3 * _RUNNING_HEAD_LINES)) if lines[j]]
                         [:_RUNNING_HEAD_LINES])
    seen = Counter(lines[j] for j in {j for following in heads for j in following})  # (a place once: pages are short)
    found: set[int] = set()
    for following in heads:
        for j in following:
            if seen[lines[j]] < 2 or len(lines[j]) > _RUNNING_HEAD_MAX or match_marker(lines[j]) is not None \
                    or PAGE_NUMBER.fullmatch(lines[j]):
                break
            found.add(j)
    return found


# The rule over footnotes (——————, then ①…, the notes a text's ①… refer to). At a page's foot, in a copy that keeps
# its page numbers, the rule and its notes down to the page's number are no text: the paragraph the page break cut
# goes on after them (…覆盖率达 / —————— / ① 低空空域：… / [1] 《…规划纲要》… / — 1 — / 到90%。). After the text, they
# end it (parse).
FOOTNOTE_RULE = re.compile(r"[—\-_－]{6,}")
FOOTNOTE_MARKS = "".join(chr(c) for c in range(0x2460, 0x2474))
_FOOTNOTE = re.compile(rf"[{FOOTNOTE_MARKS}]|\[\d{{1,2}}\]")
_FOOTNOTES_MAX = 20  # lines from the rule to the page's number


def _page_footnotes(lines: list[str]) -> set[int]:
    """Where a page's footnotes stand, their rule included."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if not FOOTNOTE_RULE.fullmatch(line):
            continue
        first = next((j for j in range(i + 1, min(len(lines), i + _FOOTNOTES_MAX)) if lines[j]), None)
        if first is None or not _FOOTNOTE.match(lines[first]):
            continue
        end = next((j for j in range(first, min(len(lines), i + _FOOTNOTES_MAX)) if PAGE_NUMBER.fullmatch(lines[j])),
                   None)
        if end is not None:
            found.update(range(i, end))
    return found


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



def paragraphs(text: str) -> list[str]:
    """The logical paragraphs of a document text.

    Lines are joined where the copy wrapped them: inside a block of non-blank lines
    when the document is hard-wrapped or the line visibly continues; across blank
    lines (a page break) when a paragraph stops mid-sentence. A table's row is a paragraph
    of its own.
    """
    source = text.split("\n")
    tables = typed_tables(source)
    raw: list[str] = []
    rows: dict[int, str] = {}  # the lines of typed tables, by their place in raw
    indented: set[int] = set()  # the lines of raw opening with a paragraph's indent
    for number, line in enumerate(source):
        if number in tables:
            rows[len(raw)] = tables[number]
            raw.append(line.strip())
        else:
            for k, part in enumerate(_run_on(line)):
                if k or _PARAGRAPH_INDENT.match(part):
                    indented.add(len(raw))
                raw.append(part.strip())
    roman = roman_level(raw)
    lines = [rows[number] if number in rows else normalize_line(line, roman) for number, line in enumerate(raw)]
    # (The column is the prose's: a table typed with spaces is wider than the lines wrapped around it.)
    prose = [number for number in range(len(lines)) if number not in rows]
    column = _wrapped_column([lines[number] for number in prose], [raw[number] for number in prose])
    furniture = _running_heads(lines) | _page_footnotes(lines)
    opening = column and len(indented) <= _INDENTED_MAX * sum(1 for number in prose if lines[number])
    blocks: list[list[tuple[str, float, bool]]] = [[]]
    title_taken = False
    for i, (line, printed) in enumerate(zip(lines, raw)):
        if title_taken or i in furniture:
            title_taken = False
            continue
        if PAGE_NUMBER.fullmatch(line):
            if not _outline_top(lines, i):
                continue
            line, title_taken = f"{line} {lines[i + 1]}", True
        if line:
            blocks[-1].append((line, display_width(printed), bool(opening) and i in indented))
        elif blocks[-1]:
            blocks.append([])
    # Each paragraph as the pieces page breaks cut it into, joined once at the end; of the last one,
    # its end (_TAIL long: all the tests below read) and whether it holds a sentence end, kept as it
    # grows: a text of thousands of pieces is read in linear time.
    result: list[list[str]] = []
    tail, ended = "", False
    broken = False  # the last paragraph stopped mid-sentence at a blank line
    cut = False  # the last line before the blank line was as wide as the column
    for block in blocks:
        joined = False  # the block's last paragraph goes on the one before the blank line
        for i, para in enumerate(_join_block(block, column)):
            joined = i == 0 and broken and match_marker(para) is None and TABLE_CELL not in para \
                and not _ATTACHMENTS_LINE.match(para)
            # (A heading's last characters carried over a page break: 四、…特殊环境等 / — 3 — / 领域的场景应用.)
            joined = joined or i == 0 and bool(column) and bool(result) and (
                _PAGE_TAIL.fullmatch(para) is not None or cut and _CLOSING_TAIL.fullmatch(para) is not None) \
                and match_marker(para) is None and match_marker(result[-1][0]) is not None \
                and not any(end in tail for end in SENTENCE_END)
            # (… and a sentence carried over one whatever its first part looks like: what goes on with 的 opens no
            # paragraph, （二）申请人有…或者曾作出虚假承诺 / — 1 — / 的，在信用修复前不适用….)
            joined = joined or i == 0 and bool(result) and bool(_CARRIED_ON.match(para)) and TABLE_CELL not in tail \
                and tail[-1] not in SENTENCE_END
            if joined:
                if tail[-1] == para[0] and para[0] not in _REDUPLICATED:
                    para = para[1:]  # the character a page break printed twice
                result[-1].append(para)
                tail = _grown(tail, para)
            else:
                result.append([para])
                tail = _grown("", para)
        if result:
            last = result[-1][-1]
            ended = (ended and joined) or any(ch in last for ch in SENTENCE_END) or last.endswith(("，", "、")) \
                or "，" in last and (len(last) > _PROSE_MIN or _CUT_QUANTITY.search(last)) and not DUTY_LABEL.match(last)
        broken = bool(result) and TABLE_CELL not in tail and (ended and _stops_mid_sentence(tail) or _open_bracket(tail))
        cut = bool(block) and block[-1][1] >= _FULL_LINE * column
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
    widths = [display_width(printed) for printed, line in zip(raw, lines) if line]
    at_column = sum(1 for width in widths if abs(width - column) <= _COLUMN_BAND * column)
    return column if column < _NARROW_COLUMN and at_column >= _AT_COLUMN * len(widths) else 0.0


def _column(lines: list[str]) -> float:
    """The column width of a hard-wrapped copy."""
    widths = sorted(display_width(line) for line in lines if line)
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


# A line opened by a short label (链长：…, 牵头部门：…, 发展目标：…): after a paragraph opened so, a field of its own, however
# wide the line before.
LABEL_LINE = re.compile(r"[\u4e00-\u9fff]{2,8}[：:]")


def _join_block(block: list[tuple[str, float, bool]], column: float) -> list[str]:
    """Lines (with their printed widths and whether they open with a paragraph's indent) joined into paragraphs;
    ``column`` is 0 when the copy is not hard-wrapped."""
    out: list[str] = []
    lines: list[str] = []  # the paragraph being joined
    tail = ""
    previous_width = 0.0
    for line, width, indented in block:
        if lines and not indented and _continues(tail, line, previous_width, column, width) \
                and not (LABEL_LINE.match(line) and (LABEL_LINE.match(lines[0]) or _numbered_title(lines))
                         and not _cut_name(lines, line)):
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


def _cut_name(lines: list[str], line: str) -> bool:
    """Whether ``line`` opens with the rest of a name the one line of ``lines`` was cut inside, wrapped before the
    label's colon: （七）中国移动鹭川分公司、…、中国联通鹭 / 川分公司：负责… (the names end as organs' do only with the
    rest; not 11．食品经营许可 / 办理方式：…)."""
    rest = line[: LABEL_LINE.match(line).end() - 1]
    return len(lines) == 1 and not ORGAN_END.search(lines[0]) and bool(ORGAN_END.search(lines[0] + rest))


def _numbered_title(lines: list[str]) -> bool:
    """Whether ``lines`` are one line holding a numbered unit's title alone (11．食品经营许可（仅销售预包装食品备案除外）):
    a label on the next line (办理方式：…) opens a field of its own, however wide the title's line."""
    marker = match_marker(lines[0]) if len(lines) == 1 else None
    return marker is not None and not any(mark in lines[0][marker.end:] for mark in "，。；：！？")


# A note of who is responsible closing a line (…（省医保局牵头，省财政厅配合）, …（省科技厅负责）, a labelled one:
# …行动（牵头单位：市工业和信息化局）) closes its paragraph: task lists put it after a clause's last sentence or
# after its heading.
_DUTY_NOTE_END = re.compile(rf"(?:(?:负责|配合|参与|牵头)|（{DUTY_WORDS}[：:][^（）]*)）$")
# 发文字号: issuer code, year in any bracket (copies use 〔〕 [] （） 【】), serial, 号.
DOC_NUMBER = re.compile(r"([\u4e00-\u9fff]{1,10})\s*[〔\[［【（(]\s*(\d{4})\s*[〕\]］】）)]\s*(\d{1,4})\s*号")
# The document's own number alone on its line, sometimes in brackets under the title: a line of its own.
OWN_NUMBER = re.compile(rf"[（(]?{DOC_NUMBER.pattern}[）)]?")
# A document's closing formula (本决定自2024年1月1日起施行, 本办法由市科技局负责解释) opens a paragraph: the line
# before it ended its own, though without an end mark (…典范。【牵头单位】省委宣传部).
CLOSING = re.compile(rf"(?:本|此)(?:{DOCUMENT_KINDS})[^，。]{{0,15}}(?:自|由|解释)")
# A labelled note of who is responsible opens its own line (牵头部门：… / 配合部门：…; a department's
# own work points name its divisions: 牵头处室：… / 配合处室：…).
DUTY_LABEL = re.compile(rf"{DUTY_WORDS}[：:]")


# The fields of a law database's header (北大法宝: 【发布部门】…, 【发文字号】…, 【发布日期】…): each opens its own
# line, a line of them a paragraph of its own.
DATABASE_LABEL = r"标题|发布部门|发文字号|发布日期|实施日期|施行日期|公布日期|失效日期|时效性|效力级别|法规类别|类别|法宝引证码|来源"
_DATABASE_FIELD = re.compile(rf"【(?:{DATABASE_LABEL})】")
# The same fields as a portal's page shows them above the text, copied with it (索引号：… 发布机构：… 发文字号：…,
# 发布时间：2024-02-06 10:21  来源：…  浏览次数：…  字号：大 中 小, 分享到：微信 微博; or each label in brackets,
# [ 索引号 ] 1136…/2025-00042　[ 发布机构 ] …): a line of them is a paragraph of its own, no part of the title.
PORTAL_LABEL = (r"索引号|发布机构|发文机关|发文单位|发文字号|文号|成文日期|发布日期|发布时间|生成日期|主题分类|有效性|标题|来源|"
                r"浏览次数|浏览量|阅读量|访问次数|点击数|字号|字体|分享到|责任编辑")
PORTAL_OPEN = rf"(?:[【\[]\s*(?:{PORTAL_LABEL})\s*[】\]]|[【\[]?(?:{PORTAL_LABEL})[：:])"
PORTAL_HEADER = re.compile(PORTAL_OPEN)


# The list of a notice's attachments opens its own paragraph, however the paragraph before a blank line ended (a contact
# line, 联系人：…，电话：0765-3218××× / / 附件：1.…清单; 附件2：…), and so does an attachment's heading (附件1).
_ATTACHMENTS_LINE = re.compile(r"附件\s*(?:[：:]|\d{1,2}\s*(?:[：:]|$))")


# A document's title ends its line, however wide (某县人民政府办公室关于印发…预案的通知 over the
# addressees, in a copy whose short lines look hard-wrapped).
_DOCUMENT_TITLE = re.compile(r"(?:关于|印发)[^，。；：]*(?:通知|意见|方案|办法|规定|细则|规划|决定|计划|要点|指南|措施|批复|复函)$")


# A term's entry in a standard's 术语和定义 (GB/T 1.1): the term and its English name on a line of
# their own under the entry's number (3.1 / 社区嵌入式服务设施 community-embedded service facilities /
# its definition). The line is the entry's title, whatever its width.
# (The English name has two words or more, maybe with its abbreviation: 电能利用效率　power usage effectiveness（PUE）;
# normalising may take the space before it: 生活圈15-minute …)
TERM_ENTRY = re.compile(r"([\u4e00-\u9fff（）]{2,24})[ 　]?([A-Za-z0-9][A-Za-z0-9,'()/-]* [A-Za-z0-9 ,'()/-]*[A-Za-z)]"
                        r"(?:（[A-Za-z0-9]{1,10}）)?)")


# A numbered heading's last characters wrapped onto a line of their own in a hard-wrapped copy (二、发展民生
# 事业，解决急难 / 愁盼): a line of a few characters without punctuation after a heading with no sentence end.
_HEADING_TAIL = re.compile(r"[\u4e00-\u9fff]{1,6}")
# (Not a table's row typed with spaces, its cells spread over the line: 阶  段            时  间.)
_SPREAD = 3
# … and over a page break of a hard-wrapped copy, up to a few more (四、…特殊环境等 / — 3 — / 领域的场景应用), but no
# unit of its own (第二章 规划与建设 / 第一节 规划).
_PAGE_TAIL = re.compile(r"[\u4e00-\u9fff]{1,8}")
# … and the last characters of an item of one sentence, closing it, after a line the page break cut at the column's
# width (5．医疗纠纷、物业管理、…等行业性纠 / — 1 — / 纷。; not 一、总体要求 / 坚持市场为主。, a short title and its text).
_CLOSING_TAIL = re.compile(r"[\u4e00-\u9fff]{1,8}[。；]")
# The particle no paragraph opens with (not 的确, 的士): a paragraph's words carried over a page break.
_CARRIED_ON = re.compile(r"的(?![确士])")


def _continues(previous: str, line: str, previous_width: float, column: float, width: float) -> bool:
    """Whether ``line`` (``width`` wide as printed) goes on the paragraph ``previous``, whose last line was
    ``previous_width`` wide as printed."""
    if TABLE_CELL in line or TABLE_CELL in previous or TERM_ENTRY.fullmatch(previous):
        return False  # a table's row, and a term's entry, stand alone
    if _open_bracket(previous) and match_marker(line) is None:
        return True  # （一）扎实推进农村厕所革命（牵头单位：县农业农村局； / 责任单位：…）: a note wrapped inside its bracket
    if match_marker(line) is not None or previous[-1] in SENTENCE_END or DOT_LEADER.search(previous) \
            or _ends_with_heading(previous) or (_DUTY_NOTE_END.search(previous) and line[0] not in _NOT_OPENING) \
            or DUTY_LABEL.match(line) or CLOSING.match(line) or _DOCUMENT_TITLE.search(previous) \
            or OWN_NUMBER.fullmatch(previous) \
            or _DATABASE_FIELD.match(line) or _DATABASE_FIELD.match(previous) \
            or PORTAL_HEADER.match(line) or PORTAL_HEADER.match(previous):
        return False
    if previous[-1] in _CONTINUES or (column and _HEADING_TAIL.fullmatch(line) and match_marker(previous) is not None
                                      and not any(end in previous for end in SENTENCE_END)
                                      and width <= display_width(line) + _SPREAD):
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


# A bureau's section (财务科, 运输管理科), not a field of study (本科, 全科, 理科).
SECTION = r"(?<![学本专全内外儿工文医])(?<!(?<!管)理)科"
# The last word of a unit's name: 部, 委, 厅, 局, 办 … 政府, 中心, 各市人民政府.
ORGAN_END = re.compile(r"(?:部|委|厅|局|办|院|署|会|行|组|室|处|团|社|馆|所|联|(?<=[科政])协|队|关|站|司|政府|中心|单位|部门|机构|企业|高校"
                       # a bureau's sections (财务科, 办公室、人事股)
                       rf"|团中央|{SECTION}|(?<![控参入持])股)$")
# A labelled note of who is responsible after the last sentence (。责任单位：X、Y), at the end of a paragraph, its last
# name whole (ORGAN_END; not …省交通运输厅、省文化 / —2— / 和旅游厅, cut by a page break).
_TAIL_NOTE = re.compile(rf"[。；]{DUTY_LABEL.pattern}[^。；：]*$")


# A paragraph longer than a heading, holding a comma, has begun a sentence though none has ended yet (（一）增设电梯投入使用
# 前，业主应当确定电梯使用管理单位，负责电梯日常使用 / — 2 — / 管理和维护保养。): a page break may cut it; so has one closed by
# a comma (（四）承担单位近三年内未发生重大及以上生产安全事故， / — 3 — / 无严重失信行为。). (Not a labelled note, 责任单位：
# 市财政局，各县（市、区）人民政府, complete as it stands.)
_PROSE_MIN = 30
# … and so has one holding a comma that stops on a count, whatever its length: a heading does not end so (6．群众反映问题一般
# 事项2个工作日内答复，复杂事项10个 / — 2 — / 工作日内办结。).
_CUT_QUANTITY = re.compile(r"\d+(?:\.\d+)?[个万亿千百]?$")


# A bracket a line leaves open, closing soon after on the next (a note, an aside): the line goes on, over a page break too.
_OPEN_BRACKET = re.compile(r"（[^（）]{0,60}$")


def _open_bracket(text: str) -> bool:
    return _OPEN_BRACKET.search(text) is not None


def _stops_mid_sentence(tail: str) -> bool:
    """Whether a stretch of prose that has begun sentences, ending with ``tail``, was cut by a page
    break: it stops inside a sentence. (Paragraphs without any sentence end are headings, titles,
    signatures and dates: complete as they stand, whatever they end with; the caller tells.)
    """
    if tail[-1] in SENTENCE_END or tail[-1] in _CLOSERS:
        return False
    # A labelled note closing the paragraph (…亿元以上。【责任单位】市文广旅局、市财政局) ends it.
    if _TAIL_NOTE.search(tail) and ORGAN_END.search(tail):
        return False
    # A heading glued after the last sentence or note (…内容：（二）支撑标准, …负责）二、保障措施)
    # ends the paragraph.
    for piece in _LAST_PIECES:
        found = piece.search(tail)
        if found and match_marker(found.group(1)) is not None:
            return False
    return True
