"""The numbering grammar of Chinese official documents (GB/T 9704-2012, 7.3.2).

Body levels, outermost first: 一、 → （一） → 1. / 1、 → （1） → ①. Regulations (办法,
规定, 规范, 细则) are numbered 第一章 → 第一节 → 第一条, with （一） items under an article;
plans sometimes group their sections in 第一部分. Technical guidelines and standards (指南,
导则) number their sections in the decimal outline 1.1 → 1.1.1 → 1.1.1.1 under 第1章, with
items 1） under them. A document may skip a level and may number a level on across sections
(articles always run on across chapters), so a marker's *value* is kept as written and the
nesting is decided by the marker's *kind*.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_CN_NUMERAL = "〇零一二三四五六七八九十百两"
_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

# Marker kinds in nesting order. Each pattern is anchored at the start of a
# (normalised, so brackets are already full-width) line and captures the number.
MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 第一部分 / 第一编 / 第一篇 — a part of a long plan (规划纲要) or code.
    ("part", re.compile(rf"第([{_CN_NUMERAL}]{{1,4}})(?:部分|编|篇)\s*")),
    # 第一章 — a chapter of a regulation; 第1章 in guidelines.
    ("chapter", re.compile(rf"第([{_CN_NUMERAL}]{{1,4}}|\d{{1,2}})章\s*")),
    # 第一节 — a section of a chapter.
    ("division", re.compile(rf"第([{_CN_NUMERAL}]{{1,4}})节\s*")),
    # 第一条 — an article; numbered on across chapters. Arabic 第1条 occurs in copies. 第九条之一 is an article
    # an amendment inserted after 第九条, numbering the articles after it no further (Marker.inserted).
    ("article", re.compile(rf"第([{_CN_NUMERAL}]{{1,5}}|\d{{1,3}})条(?P<inserted>之[一二三四五六七八九十]{{1,2}})?\s*")),
    # 一、 — section; "一." occurs in careless copies, and "第一、" in rough ones (a village's rules: 第一、组织机构 /
    # 第二、婚事新办). Not "一、二级" inside prose: that case is rejected by the sequence check in parse.py.
    ("section", re.compile(r"第?([一二三四五六七八九十]{1,3})\s*[、.．﹒]")),
    # （一）
    ("clause", re.compile(r"（\s*([一二三四五六七八九十]{1,3})\s*）")),
    # 1. / 1、 / 1． / 1﹒ (the small full stop of some typesetters) — but not a decimal (1.5)
    # nor a year (2025年).
    ("item", re.compile(r"(\d{1,2})\s*(?:[、．﹒]|\.(?!\d))")),
    # 1.1 / 1.1.1 / 1.1.1.1 — the decimal outline of a guideline, its number restating its
    # ancestors' (Marker.outline): 2.1 under 二、, （二）, 第2章 or 2. Followed by a space or the
    # line's end, so that a number opening a sentence (2.5倍, 1.5%) is not taken for one.
    # 1 总则 — the top of a decimal outline without 第1章 (应急预案: 1 总则 / 1.1 编制目的), a bare
    # number before a short title line, whose space normalisation keeps; a unit only in a
    # document that numbers units 2.1 … (parse.py).
    ("outline1", re.compile(r"(\d{1,2})(?= [\u4e00-\u9fff])")),
    ("outline2", re.compile(r"\d{1,2}\.(\d{1,2})(?=\s|$)")),
    ("outline3", re.compile(r"\d{1,2}\.\d{1,2}\.(\d{1,2})(?=\s|$)")),
    ("outline4", re.compile(r"\d{1,2}\.\d{1,2}\.\d{1,2}\.(\d{1,2})(?=\s|$)")),
    # （1）, and 1） (only the closing bracket, as guidelines write it)
    ("subitem", re.compile(r"（?\s*(\d{1,2})\s*）")),
    # ① … ⑳
    ("point", re.compile(r"([\u2460-\u2473])")),
)

RANK = {kind: rank for rank, (kind, _) in enumerate(MARKERS)}

# All kinds in one pattern, tried in MARKERS order (an alternation takes the first that matches
# at the position, as a loop over MARKERS would): one regex call per line instead of one per kind.
_ANY_MARKER = re.compile("|".join(f"(?P<{kind}>{pattern.pattern})" for kind, pattern in MARKERS))
# The group holding the number of each kind: the one capture inside its named group.
_NUMBER_GROUP = {kind: _ANY_MARKER.groupindex[kind] + 1 for kind, _ in MARKERS}

# A second short number right after a marker, with a measure word, makes it an
# enumeration in prose, not a marker: 一、二级医院, 二、三类疫苗, 二、三产融合, 1、2号线.
# (1、2025年起… is an item that opens with a year: not matched.)
# So is a span of quarters or months (一、二季度, 10、11月份).
ENUMERATION = re.compile(rf"(?:[{_CN_NUMERAL}]{{1,2}}|\d{{1,2}})[、级类等档线期批号项条个种产季月]")


@dataclass(frozen=True)
class Marker:
    """A numbering marker found at the start of a line."""

    kind: str
    """One of the kinds in MARKERS ("section", "clause", "item", "subitem", "point")."""
    value: int
    """The number as written (（十二） → 12, ③ → 3; the last part of 1.2.3)."""
    end: int
    """Offset in the line where the text after the marker starts."""
    outline: tuple[int, ...] = ()
    """Every part of a decimal outline number (1.2.3 → (1, 2, 3)); () for the other kinds."""
    inserted: str = ""
    """The 之一 of an inserted article (第九条之一: value 9), "" for the other markers."""


@functools.lru_cache(maxsize=4096)
def chinese_number(text: str) -> int:
    """Value of a Chinese numeral up to 999 (一 → 1, 十二 → 12, 二十三 → 23)."""
    if not text:
        raise ValueError("empty numeral")
    if all(ch in _CN_DIGITS for ch in text):
        return int("".join(str(_CN_DIGITS[ch]) for ch in text))
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            raise ValueError(f"not a Chinese numeral: {text}")
    return total + current


# A part of a clause id naming an inserted article (9之一: parse.Path).
_INSERTED_PART = re.compile(rf"(\d+)之([{_CN_NUMERAL}]{{1,2}})")


def id_part_order(part: str) -> float | None:
    """Where one part of a clause id sorts among its siblings: its number (9), an inserted article after the
    article and before the next (9之一 → 9.01, 9之二 → 9.02); None for a part holding no number."""
    if part.isdigit():
        return int(part)
    found = _INSERTED_PART.fullmatch(part)
    return int(found[1]) + chinese_number(found[2]) / 100 if found else None


# No unit's text starts with a punctuation mark.
_NOT_AFTER_MARKER = frozenset("。，、；：！？")

# The characters a marker can start with: most lines start with none of them.
_MARKER_START = frozenset(_CN_NUMERAL + "第（0123456789" + "".join(chr(c) for c in range(0x2460, 0x2474)))


def match_marker(line: str, pos: int = 0) -> Marker | None:
    """The numbering marker at ``pos`` of ``line`` (its start by default), if any; ``end``
    is an offset in ``line``."""
    if pos >= len(line) or line[pos] not in _MARKER_START:
        return None
    found = _ANY_MARKER.match(line, pos)
    if found is None:
        return None
    kind = found.lastgroup
    raw = found.group(_NUMBER_GROUP[kind])
    if kind == "point":
        value = ord(raw) - 0x2460 + 1
    elif raw.isdigit():
        value = int(raw)
    else:
        value = chinese_number(raw)
    end = found.end()
    if kind in ("section", "item") and ENUMERATION.match(line, end):
        return None
    if end < len(line) and line[end] == "、" and line[end - 1] in "）.":
        end += 1  # （一）、 and 1.、: a typist's 、 after a marker that needs none
    if end < len(line) and line[end] in _NOT_AFTER_MARKER:
        return None  # …（见附件 / 2）。 — a bracket closed across a line break, not an item
    while end < len(line) and line[end] == " ":
        end += 1
    outline = tuple(int(part) for part in found.group(kind).split(".")) if kind.startswith("outline") else ()
    return Marker(kind, value, end, outline, found.group("inserted") or "" if kind == "article" else "")
