"""Normalise a line of a document copy: pure functions, str → str.

Real copies of policy documents carry the noise of their route: characters spaced apart by PDF
extraction, mixed half- and full-width forms, editor marks, Markdown, OCR slips in markers. This
module removes that noise line by line; paragraphs.py then joins the lines into the paragraphs
the parser reads.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

# Editor artefacts that Word/HTML exports leave in the text: [bookmark: _GoBack],
# [image: …], [comment: …].
ARTEFACTS = re.compile(r"\[(?:bookmark|image|comment|footnote)[^\]\n]*\]", re.IGNORECASE)
# … and what a web page's source pasted as text keeps: character references (&nbsp;&nbsp;一、…, &#12288;, &amp;)
# and tags (<a href="…">点击下载</a>, <br/>). A tag opens with a letter or a slash (not 产能<5%).
_CHARACTER_REFERENCE = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>]{0,300})?/?>")

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
# Numbers in brackets set as one character (⑴ … ⒇, ㈠ … ㈩) are the bracketed numbers they show;
_FOLD.update({0x2474 + k: f"（{k + 1}）" for k in range(20)})
# … and so are numbers with a full stop set as one character (⒈ … ⒛), as word processors write list numbers.
_FOLD.update({0x2488 + k: f"{k + 1}." for k in range(20)})
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
_FILLS_LINE = r"(?=[\u4e00-\u9fff][^。；！？，：]{0,29}$)"  # a title to the line's end (its parts listed: 风险防控、预警和信息报告)
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
# An item number whose dot a word processor's lost list numbering left as a space before the item's short title and
# its 。 (1　加强组织领导。成立…): the marker 1. (Not a count opening a sentence, 3 家企业入选。: a counter follows.)
_ITEM_SPACE = re.compile(r"^(\s*\d{1,2})\s+(?=(?![家个项名人次万亿元年月日号届批所座台套件条户亩吨天周位])"
                         r"[\u4e00-\u9fff]{2,15}。)")
# A Roman section number (Ⅱ、总体思路, Ⅲ．主要任务, Ⅳ 保障措施), as some plans number their
# parts: the marker 二、. Not a grade written with one (Ⅳ级响应, Ⅱ类水质): no mark or space follows.
_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
_ROMAN_SECTION = re.compile(rf"^(\s*)([{_ROMAN}])(?:\s*[、.．]|\s+)\s*(?=[\u4e00-\u9fff])")
# A document numbering its sections 一、 as well uses the Roman numbers for another level, the one its first Roman
# number meets: under a section (四、实施步骤 / Ⅰ．动员部署阶段 …: the level of （一）) or over the sections it opens
# (Ⅰ、发展基础 / 一、…: a part's, as 第一部分). roman_level reads which from the document's lines.
_ROMAN_AS = {"section": "{}、", "clause": "（{}）", "part": "第{}部分"}
_CHINESE_SECTION = re.compile(r"\s*[一二三四五六七八九十]{1,3}[、.．]")
# A title parted from its text by a space alone, on the marker's line (（一）指导思想 以…为指导，…。):
# the space ends the title as its 。 would. The title is a run of two or more characters (PDF
# spacing parts single ones: 总 则), the text a sentence of ten or more (not a table's next cell,
# nor the rest of a title a stray space cut: 强化 组织保障。…). The text may open with a number (一、明确目标任务
# 2014年，全市计划…), not with its first item's marker (一、推动软件产业高质量发展 1.加快…: a heading glued to its
# title). So too for a heading glued after a sentence end or the colon a notice's points follow, as in a copy that lost
# its line breaks (…通知如下：一、明确目标任务 2014年，…。四、落实工作责任 市住房城乡建设局负责…).
_TITLE_SPACE = re.compile(r"(?:^|(?<=[。；！？：]))(\s*(?:（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、"
                          r"|\d{1,2}[.．、]))([\u4e00-\u9fff]{2,20}) +(?!\d{1,2}[.．、])"
                          r"(?=[\u4e00-\u9fff\d][^ 。；！？]{9,}[。；！？])")
# OCR reads 一 as a dash: （-）加强统筹协调 and -、总体要求 are （一） and 一、 (a dash in brackets or
# before 、 opening a line is nothing else), and so is the section marker OCR put after its
# title, alone at the line's end (总体要求-、).
# (Also as the units of a number in tens: （十—）, 二十—、.)
_OCR_ONE = re.compile(r"^(\s*)(?:（(?P<tens>[二三四五六七八九]?十)?[-—–]）|(?P<tens_>[二三四五六七八九]?十)?[-—–]、)")
_OCR_ONE_AFTER = re.compile(r"^(\s*)([\u4e00-\u9fff]{2,15})[-—–]、$")
# … and 1 as a letter l or I in a bracketed marker opening a line: (l)推动整车企业… is （1）; so in an item's number
# (l.加强宜机化改造, l0.完善交通服务, before its dot or 、 and a title).
_OCR_ONE_LETTER = re.compile(r"^(\s*)（[lI]）(?=[\u4e00-\u9fff])")
_OCR_ITEM_LETTER = re.compile(r"^(\s*)l(?=\d?[.．、][\u4e00-\u9fff])")  # (not I.: a Roman one)
# An item's two digits parted by a space (1 1.优化消费环境: OCR's 11.).
_OCR_SPLIT_NUMBER = re.compile(r"^(\s*\d) (?=\d[.．、][\u4e00-\u9fff])")
# ① read as a bracket and a D ((D深化劳务协作, before a title), and 一 as a dash in an article's, chapter's or
# section's number (第十—条, 第—章).
_OCR_CIRCLED_ONE = re.compile(r"^(\s*)（D(?=[\u4e00-\u9fff])(?![级类区栋座号])")
_OCR_ONE_IN_ORDINAL = re.compile(r"^(\s*第[一二三四五六七八九十百]*)[-—–]([一二三四五六七八九十百]*[条章节])")
# … and 第 read as 笫, a character like it that no policy text uses, opening an article's, chapter's or section's number
# (笫十二条, 笫三章).
_OCR_ORDINAL_MARK = re.compile(r"^(\s*)笫(?=[一二三四五六七八九十百零〇\d]+[条章节])")
# A Chinese numeral closed by a bracket alone opening a line (一）完善服务网络, as some typists write （一）): （一）.
_HALF_BRACKET_CLAUSE = re.compile(r"^(\s*)([一二三四五六七八九十]{1,3})）(?=\s*[\u4e00-\u9fff])")
# A clause marker with a tortoise-shell bracket for one of its own (（四〕推进…, 〔二）…: OCR's and typists' slip).
_SHELL_BRACKET_CLAUSE = re.compile(r"^(\s*)(?:（([一二三四五六七八九十]{1,3})〕|〔([一二三四五六七八九十]{1,3})）)(?=\s*[\u4e00-\u9fff])")
# 日 read as 曰 in a date (2024年3月1曰, 3月15曰前).
_OCR_DAY = re.compile(r"(?<=月)(\d{1,2})曰")
# The letter O read for a zero inside a number (10O场, 1OO%, 6O项, 2O25年), and a space read after a decimal point
# inside a sentence (达到1. 2册, 5. 5%: after a character of text, no item's number).
# (Not in a formula: N2O, H2O.)
_OCR_ZERO = re.compile(r"(?<![A-Za-z\d])(\d+)([Oo][\dOo]*)(?=[\u4e00-\u9fff%‰.]|$)")
_OCR_DECIMAL_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])(\d{1,4})\. (?=\d)")
# The letter l read for a one inside a number (产量突破l5万辆, l000亿元, l00%, 20l5年) or for a number of its own
# between characters of text (服务半径小于l公里); and 一 read for the dash of a range between two numbers (3一5家,
# 2024一2026年). (Not in a Latin word or code: Excel, l2tp.)
_OCR_ONE_IN_NUMBER = re.compile(r"(?<![A-Za-z\d.])(?:[\dl]*\d[\dl]*l[\dl]*|l[\dl]*\d[\dl]*"
                                r"|(?<=[\u4e00-\u9fff])l(?=[\u4e00-\u9fff%]))(?![A-Za-z])")
_OCR_RANGE_DASH = re.compile(r"(?<=\d)一(?=\d)")
# Digits grouped by thousands, with English commas (1,200个, 2,000 Gbps) or with spaces before the unit (1 200万千瓦,
# 5 000人次), and a space before a percent sign (85 %): one number, as Chinese text writes it. (Not numbers a space
# apart in a table's row: the spaced groups must run into a unit.)
_THOUSANDS_COMMA = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")
_THOUSANDS_SPACE = re.compile(r"(?<![\d. ])\d{1,3}(?: \d{3})+(?=[\u4e00-\u9fffA-Za-zμ%‰]| [A-Za-z])")  # (1 500 km too)
# … and a number typeset a digit at a time, each digit parted by a space (full-width copies: 扶持返乡入乡创业１ ５ ０ ０人,
# 发放创业担保贷款１ ２ ０ ０ 万元): three digits or more running into what they count.
_SPACED_DIGITS = re.compile(r"(?<![\d. ])\d(?: \d){2,}(?= ?[\u4e00-\u9fff%‰])")
_SPACED_PERCENT = re.compile(r"(?<=\d) +(?=[%‰](?![ \d]))")  # (not a table's row: 4 % 68, a number and a unit column)
# A speck a scan reads as a dot closing a line after a space (二、主要任务 ·): no part of the text.
_OCR_SPECK = re.compile(r"[ \u3000]+[·•∙]$")
_MARKER_FIRST = "（一二三四五六七八九十0123456789"
# A quotation whose marks are of two widths (“四聚", "多园”, copies mixing them): both full-width.
_MIXED_QUOTE = re.compile(r'“([^“”"\n]{1,40})"|"([^“”"\n]{1,40})”')
_CHINESE_NUMERALS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")


# What _HALF_PUNCT and _SPACED need to find anything: most lines hold neither.
_HALF_MARK = re.compile("[,;:?!]")
_SPACE = re.compile(r"\s")


def _one(found: re.Match[str]) -> str:
    number = (found.group("tens") or found.group("tens_") or "") + "一"
    return found.group(1) + (f"（{number}）" if "（" in found.group(0) else f"{number}、")


# The labels of a note naming who is responsible (责任单位：…, 牵头处室：…; a county bureau names its sections 股室:
# 牵头股室：计划财务股).
# (A township's notes may give the role alone: （牵头：党政办；配合：各社区居委会）.)
DUTY_WORDS = r"(?:(?:牵头|责任|配合|参与|参加|协同|协办|主责)(?:单位|部门|处室|科室|股室)|(?:牵头|配合)(?=[：:]))"
# … written as a bracketed label before the names, as policy lists write them (【责任单位】市大数据局、市财政局):
# the label with its colon.
_BRACKETED_LABEL = re.compile(rf"【\s*({DUTY_WORDS})\s*】\s*(?=[^\s：:】])")


# An item numbered with a full-width dot whose text opens with a quantity (1．1.5万元至10万元（含）的部分，报销60%; 2．10万元
# 至30万元…): the dot, once folded, would glue the two numbers into a decimal outline's (1.1.5, 2.10); it is written 、,
# an item's other dot. (Not an outline number typed with it, 1．1 编制目的: a title follows.)
_ITEM_BEFORE_QUANTITY = re.compile(r"^([ \t\u3000]*[0-9０-９]{1,2})．(?=[0-9０-９]+(?:[.．][0-9０-９]+)?\s*(?:万|亿|元|%|％|[至到—\-~～]))")


def roman_level(lines: Sequence[str]) -> str:
    """The level the Roman numbers opening ``lines`` number (a key of _ROMAN_AS): a section's, unless sections
    are numbered 一、 too; then a level under them if one comes before the first Roman number, else over them."""
    first = next((k for k, line in enumerate(lines) if line.lstrip()[:1] in _ROMAN and _ROMAN_SECTION.match(line)),
                 None)
    if first is None:
        return "section"
    if any(_CHINESE_SECTION.match(line) for line in lines[:first]):
        return "clause"
    return "part" if any(_CHINESE_SECTION.match(line) for line in lines[first + 1:]) else "section"


def normalize_line(line: str, roman: str = "section") -> str:
    """One line with folded widths, no extraction spacing and no editor artefacts; a Roman number opening it
    numbers the level ``roman`` names (roman_level). (Each rule is tried only on a line holding the character it
    needs.)"""
    if "&" in line:
        line = _CHARACTER_REFERENCE.sub(lambda found: html.unescape(found.group()), line)
    if "<" in line:
        line = _TAG.sub("", line)
    line = CONTROLS.sub("", line)
    if "．" in line[:8]:
        line = _ITEM_BEFORE_QUANTITY.sub(r"\1、", line, count=1)
    if "[" in line:
        line = ARTEFACTS.sub("", line)
    line = line.translate(_FOLD)
    if "】" in line:
        line = _BRACKETED_LABEL.sub(r"\1：", line)
    if line and (line[0] in "#>" or "**" in line or line[:3] in ("---", "***", "___")):
        line = "" if _MARKDOWN_RULE.fullmatch(line) else _MARKDOWN_EMPHASIS.sub("", _MARKDOWN_MARK.sub("", line))
    if line and (line[0] in _FRAME_START or line[-1] in "│┃"):
        line = _FRAME.sub("", line)
    if '"' in line and ("“" in line or "”" in line):
        line = _MIXED_QUOTE.sub(lambda found: f"“{found.group(1) or found.group(2)}”", line)
    if "-" in line or "—" in line or "–" in line:
        line = _OCR_ONE_AFTER.sub(r"\1一、\2", _OCR_ONE.sub(_one, line, count=1), count=1)
        line = _OCR_ONE_IN_ORDINAL.sub(r"\1一\2", line, count=1)
    head = line[:5]
    if "笫" in head:
        line = _OCR_ORDINAL_MARK.sub(r"\1第", line, count=1)
    if "l" in head or "I" in head:
        line = _OCR_ITEM_LETTER.sub(r"\g<1>1", _OCR_ONE_LETTER.sub(r"\1（1）", line, count=1), count=1)
    if "）" in head:
        line = _HALF_BRACKET_CLAUSE.sub(r"\1（\2）", line, count=1)
    if "〕" in head or "〔" in head:
        line = _SHELL_BRACKET_CLAUSE.sub(lambda found: f"{found[1]}（{found[2] or found[3]}）", line, count=1)
    if "（D" in head:
        line = _OCR_CIRCLED_ONE.sub(r"\1①", line, count=1)
    if " " in head:
        line = _OCR_SPLIT_NUMBER.sub(r"\1", line, count=1)
    if "曰" in line:
        line = _OCR_DAY.sub(r"\1日", line)
    if "O" in line or "o" in line:
        line = _OCR_ZERO.sub(lambda found: found.group(1) + found.group(2).replace("O", "0").replace("o", "0"), line)
    if "l" in line:
        line = _OCR_ONE_IN_NUMBER.sub(lambda found: found.group().replace("l", "1"), line)
    if "一" in line:
        line = _OCR_RANGE_DASH.sub("—", line)
    if line[-1:] in "·•∙":
        line = _OCR_SPECK.sub("", line)
    if "," in line:
        line = _THOUSANDS_COMMA.sub(lambda found: found.group().replace(",", ""), line)
    if " " in line:
        line = _SPACED_DIGITS.sub(lambda found: found.group().replace(" ", ""), line)
        line = _SPACED_PERCENT.sub("", _THOUSANDS_SPACE.sub(lambda found: found.group().replace(" ", ""), line))
    if ". " in line:
        line = _OCR_DECIMAL_SPACE.sub(r"\1.", line)
    if "丶" in head or "，" in head:
        line = _SECTION_SLIP.sub(r"\1、", line, count=1)
    if " " in head and head.lstrip()[:1].isdigit():
        line = _ITEM_SPACE.sub(r"\1.", line, count=1)
    if " ." in head or " ．" in head:
        line = _ITEM_SPACED_DOT.sub(r"\1\2", line, count=1)
    first = line.lstrip()[:1]
    if first and first in _ROMAN:
        line = _ROMAN_SECTION.sub(lambda found: found.group(1) + _ROMAN_AS[roman].format(
            _CHINESE_NUMERALS[_ROMAN.index(found.group(2))]), line, count=1)
    elif first and first in _MARKER_FIRST and " " in line:
        line = _SECTION_SPACE.sub(r"\1、", line, count=1)
    if " " in line:
        line = _TITLE_SPACE.sub(r"\1\2。", line)
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


def display_width(line: str) -> float:
    """Display width of a line: a CJK character or punctuation 1, an ASCII character ½."""
    return len(line) - 0.5 * len(line.encode("ascii", "ignore"))  # the ASCII characters, counted in C
