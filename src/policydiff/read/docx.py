"""Read a Word (.docx) file: the text of its paragraphs, with list numbering written out.

A .docx is a ZIP archive; the text is in word/document.xml, one <w:p> per paragraph.
Word keeps automatic numbering apart from the text: a paragraph names a list (w:numId)
and a level (w:ilvl), and word/numbering.xml says how that level is counted
(w:numFmt: chineseCounting → 一, decimal → 1) and written (w:lvlText "%1、", "（%1）").
Without it, 一、 and （一） vanish and no clause is found, so the numbers are counted
here as Word counts them and put back in front of the text.

Each paragraph ends with a blank line, a line break (<w:br/>) with a newline: the form
of the text reader, whose normaliser then joins lines as for any text.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field

from lxml import etree

from ..errors import InputError
from ..model import TABLE_CELL, cell_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_DOCUMENT = "word/document.xml"
# Parts larger than this (uncompressed) are refused: a policy document's document.xml is
# well under 5 MB; this keeps a ZIP bomb from filling memory. Counted in the bytes the
# decompression really produces, not in the size the archive declares (it can lie).
MAX_PART = 32 * 1024 * 1024
# Archives that are Office or OpenDocument files of another kind, told by a member.
_OTHER_ARCHIVES = (
    ("xl/workbook.xml", "an Excel workbook"),
    ("ppt/presentation.xml", "a PowerPoint presentation"),
    ("content.xml", "an OpenDocument file (.odt, .ods)"),
)
# What zipfile raises on damaged archives: bad headers and CRCs, truncated streams,
# unknown compression methods or versions, encrypted members.
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, struct.error, OSError, EOFError, NotImplementedError,
               RuntimeError, ValueError, UnicodeDecodeError)
# Entities are not expanded and nothing is fetched: the XML comes from an unknown file.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True,
                          remove_pis=True, huge_tree=False)


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def docx_text(data: bytes, name: str = "<input>") -> str:
    """The text of a .docx file: one paragraph per <w:p>, separated by blank lines."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS as error:
        raise _damaged(name, error) from None
    with archive:
        part = _document_part(archive)
        if part is None:
            raise _not_word(archive, name)
        document = _parse(archive, part, name)
        numbering = Numbering.from_parts(
            _parse(archive, "word/numbering.xml", name) if _has(archive, "word/numbering.xml") else None,
            _parse(archive, "word/styles.xml", name) if _has(archive, "word/styles.xml") else None,
        )
    body = document.find(_w("body"))
    # Every paragraph's text, in document order (Word counts its numbered paragraphs in that order).
    texts: dict[etree._Element, str] = {}
    merged = ""  # what is left of paragraphs whose mark a tracked change deleted
    for p in [] if body is None else body.iter(_w("p")):
        if _mark_deleted(p):  # (the paragraph runs into the next one, which Word numbers, not it)
            merged += _paragraph(p)
            continue
        texts[p] = (numbering.label(p) + merged + _paragraph(p)).strip("\n")
        merged = ""
    paragraphs: list[str] = []
    tables: dict[etree._Element, list[list[str]]] = {}  # each table's rows as a grid ([] for layout)
    written: set[etree._Element] = set()
    for p, text in texts.items():
        # A data table's paragraphs are its rows, one line a row at its first paragraph (the
        # outermost data table holding the paragraph: a table in its cell is part of a cell).
        table = None
        for ancestor in p.iterancestors(_w("tbl")):
            if ancestor not in tables:
                tables[ancestor] = _table_rows(ancestor, texts)
            table = ancestor if tables[ancestor] else table
        if table is None:
            paragraphs.append(text)
        elif table not in written:
            written.add(table)
            paragraphs.extend(TABLE_CELL.join(row) for row in tables[table])
    text = "\n\n".join(paragraphs)
    if not text.strip():
        raise InputError(f"{name}: the Word document holds no text",
                         "check that it is the right file (a scanned document needs OCR first)")
    return text + "\n"


def _damaged(name: str, error: Exception) -> InputError:
    return InputError(f"{name}: is a damaged ZIP/Word file ({error})",
                      "download it again, or open and save it again in Word")


def _has(archive: zipfile.ZipFile, member: str) -> bool:
    try:
        archive.getinfo(member)
    except KeyError:
        return False
    return True


def _document_part(archive: zipfile.ZipFile) -> str | None:
    """The main document part: word/document.xml, or where the package relations point."""
    if _has(archive, _DOCUMENT):
        return _DOCUMENT
    if not _has(archive, "_rels/.rels"):
        return None
    try:
        rels = etree.fromstring(archive.read("_rels/.rels"), _PARSER)
    except Exception:  # noqa: BLE001 — a broken relations part only means: no document found
        return None
    for rel in rels.iter(f"{{{_REL}}}Relationship"):
        target = rel.get("Target", "").lstrip("/")
        if rel.get("Type") == _OFFICE_DOCUMENT and target.startswith("word/") and _has(archive, target):
            return target
    return None


def _not_word(archive: zipfile.ZipFile, name: str) -> InputError:
    for member, what in _OTHER_ARCHIVES:
        if _has(archive, member):
            return InputError(f"{name}: is {what}, not a Word document", "save the document as .docx or as text")
    return InputError(f"{name}: is a ZIP archive without a Word document inside (no word/document.xml)",
                      "give the .docx file itself, or unpack the archive and give the document in it")


def _parse(archive: zipfile.ZipFile, member: str, name: str) -> etree._Element:
    try:
        info = archive.getinfo(member)
        with archive.open(info) as part:
            data = part.read(MAX_PART + 1)
        if info.file_size > MAX_PART or len(data) > MAX_PART:
            raise InputError(f"{name}: {member} is too large to be a document (over {MAX_PART // 2**20} MiB "
                             "uncompressed)", "check that this is the right file")
    except _ZIP_ERRORS as error:
        raise _damaged(name, error) from None
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as error:
        raise InputError(f"{name}: the Word document is damaged ({member}: {error})",
                         "open and save it again in Word, or save it as text") from None


# ---------------------------------------------------------------- paragraphs

_TEXT_TAGS = {_w("t"): None, _w("tab"): "\t", _w("br"): "\n", _w("cr"): "\n",
              _w("noBreakHyphen"): "-", _w("softHyphen"): ""}
# Text that Word keeps but does not show: deleted revisions, moved-away text, hidden runs.
_GONE = {_w("del"), _w("moveFrom")}


def _mark_deleted(p: etree._Element) -> bool:
    """Whether a tracked change deleted the paragraph's mark: it is no paragraph of its own."""
    properties = p.find(_w("pPr"))
    marks = properties.find(_w("rPr")) if properties is not None else None
    return marks is not None and marks.find(_w("del")) is not None


def _paragraph(p: etree._Element) -> str:
    """The paragraph's text (its number apart: Numbering.label), deleted and hidden text left out."""
    parts = []
    for element in p.iter(*_TEXT_TAGS):
        if _owner(element) is not p or _gone(element, p):
            continue
        text = _TEXT_TAGS[element.tag]
        if element.tag == _w("br") and element.get(_w("type")) in ("page", "column"):
            text = ""  # a page break ends no line of the text
        parts.append((element.text or "") if text is None else text)
    return "".join(parts).strip("\n")


# The most columns a cell may span (a file's gridSpan="1000000" spans no more).
_SPAN_MAX = 64


def _table_rows(table: etree._Element, texts: dict[etree._Element, str]) -> list[list[str]]:
    """The rows of a data table (two rows or more of two cells with text or more) as a grid, as the
    HTML reader gives a web page's: a cell spanning columns (gridSpan) fills the first, a cell merged
    with the ones above (vMerge) stands again in each row it spans, an empty cell keeps its place; a
    cell's paragraphs and lines are one text (``texts``: each paragraph's; model.cell_text). [] for a
    table that lays text out (its paragraphs are read as text). A table inside a cell is part of that
    cell's text."""
    rows = []
    merged: dict[int, str] = {}  # column: the text of the cell merged down from above
    for tr in table.iter(_w("tr")):
        if next(tr.iterancestors(_w("tbl"))) is not table:
            continue
        cells: list[str] = []
        for tc in tr.iter(_w("tc")):
            if next(tc.iterancestors(_w("tbl"))) is not table:
                continue
            props = tc.find(_w("tcPr"))
            span = props.find(_w("gridSpan")) if props is not None else None
            merge = props.find(_w("vMerge")) if props is not None else None
            text = cell_text([line for p in tc.iter(_w("p")) for line in texts.get(p, "").split("\n")])
            if merge is not None and merge.get(_w("val")) != "restart":
                text = merged.get(len(cells), "")
            elif merge is not None:
                merged[len(cells)] = text
            columns = min(max(_int(span.get(_w("val")) if span is not None else None, 1), 1), _SPAN_MAX)
            cells.extend([text] + [""] * (columns - 1))
        if any(cells):
            rows.append(cells)
    return rows if sum(sum(bool(cell) for cell in row) >= 2 for row in rows) >= 2 else []


def _owner(element: etree._Element) -> etree._Element | None:
    """The paragraph an element belongs to (a text box's paragraphs are their own)."""
    for ancestor in element.iterancestors(_w("p")):
        return ancestor
    return None


def _gone(element: etree._Element, p: etree._Element) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is p:
            return False
        if ancestor.tag in _GONE:
            return True
        if ancestor.tag == _w("r"):
            props = ancestor.find(_w("rPr"))
            if props is not None and _on(props.find(_w("vanish"))):
                return True
    return False


def _on(flag: etree._Element | None) -> bool:
    return flag is not None and flag.get(_w("val"), "true") not in ("0", "false", "off")


# ---------------------------------------------------------------- numbering


@dataclass(frozen=True)
class Level:
    """How one level of a list is counted and written."""

    fmt: str = "decimal"
    """w:numFmt: decimal, chineseCounting, ideographTraditional, bullet …"""
    text: str = "%1."
    """w:lvlText: %1 … %9 stand for the counters of levels 1 … 9."""
    start: int = 1
    """w:start: the first value."""
    restart: int | None = None
    """w:lvlRestart: restart after a level below this one (1-based); 0 never; None after any."""
    suffix: str = "tab"
    """w:suff: tab, space or nothing after the number."""
    legal: bool = False
    """w:isLgl: all counters written as decimals."""


@dataclass
class Numbering:
    """The lists of a document (numbering.xml) and the counters of each list as it is read."""

    lists: dict[str, dict[int, Level]] = field(default_factory=dict)
    """Levels by w:numId and w:ilvl."""
    styles: dict[str, tuple[str, int]] = field(default_factory=dict)
    """w:numId and w:ilvl that a paragraph style carries, by style id."""
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    """Current value by w:numId and level."""

    @classmethod
    def from_parts(cls, numbering: etree._Element | None, styles: etree._Element | None) -> Numbering:
        lists: dict[str, dict[int, Level]] = {}
        if numbering is not None:
            abstract = {a.get(_w("abstractNumId")): _levels(a) for a in numbering.iter(_w("abstractNum"))}
            for num in numbering.iter(_w("num")):
                ref = num.find(_w("abstractNumId"))
                levels = dict(abstract.get(ref.get(_w("val")) if ref is not None else None, {}))
                for override in num.iter(_w("lvlOverride")):
                    ilvl = _int(override.get(_w("ilvl")), 0)
                    lvl = override.find(_w("lvl"))
                    if lvl is not None:
                        levels[ilvl] = _level(lvl)
                    start = override.find(_w("startOverride"))
                    if start is not None:
                        base = levels.get(ilvl, Level())
                        levels[ilvl] = Level(base.fmt, base.text, _int(start.get(_w("val")), 1),
                                             base.restart, base.suffix, base.legal)
                lists[num.get(_w("numId"), "")] = levels
        return cls(lists, _style_numbering(styles))

    def label(self, p: etree._Element) -> str:
        """The number Word shows before paragraph ``p``, counting it; "" when it has none."""
        found = self._num_pr(p)
        if found is None:
            return ""
        num_id, ilvl = found
        levels = self.lists.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        level = levels[ilvl]
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels.get(deeper, Level()).restart
            if restart is None or (restart > 0 and ilvl < restart):
                del counters[deeper]
        if level.fmt == "bullet":
            return ""  # a bullet (often a Symbol-font glyph) numbers nothing
        if level.fmt == "none":
            text = re.sub(r"%\d", "", level.text)
        else:
            text = re.sub(r"%([1-9])", lambda m: self._format(levels, counters, int(m.group(1)) - 1, level.legal),
                          level.text)
        if not text:
            return ""
        return text + {"tab": "\t", "space": " "}.get(level.suffix, "")

    def _format(self, levels: dict[int, Level], counters: dict[int, int], ilvl: int, legal: bool) -> str:
        level = levels.get(ilvl, Level())
        value = counters.get(ilvl, level.start)
        return format_number(value, "decimal" if legal and ilvl in levels else level.fmt)

    def _num_pr(self, p: etree._Element) -> tuple[str, int] | None:
        props = p.find(_w("pPr"))
        if props is None:
            return None
        num_pr = props.find(_w("numPr"))
        style = props.find(_w("pStyle"))
        from_style = self.styles.get(style.get(_w("val"), "")) if style is not None else None
        if num_pr is None:
            return from_style
        num_id = num_pr.find(_w("numId"))
        ilvl = num_pr.find(_w("ilvl"))
        value = num_id.get(_w("val")) if num_id is not None else (from_style[0] if from_style else None)
        if value is None or value == "0":  # numId 0: numbering switched off
            return None
        level = _int(ilvl.get(_w("val")), 0) if ilvl is not None else (from_style[1] if from_style else 0)
        return value, level


def _levels(abstract: etree._Element) -> dict[int, Level]:
    return {_int(lvl.get(_w("ilvl")), 0): _level(lvl) for lvl in abstract.iter(_w("lvl"))}


def _level(lvl: etree._Element) -> Level:
    def val(tag: str) -> str | None:
        element = lvl.find(_w(tag))
        return element.get(_w("val")) if element is not None else None

    restart = val("lvlRestart")
    return Level(
        fmt=val("numFmt") or "decimal",
        text=val("lvlText") if val("lvlText") is not None else "",
        start=_int(val("start"), 1),
        restart=_int(restart, 0) if restart is not None else None,
        suffix=val("suff") or "tab",
        legal=_on(lvl.find(_w("isLgl"))),
    )


def _style_numbering(styles: etree._Element | None) -> dict[str, tuple[str, int]]:
    """Numbering carried by paragraph styles (标题 1 numbered 一、), through w:basedOn."""
    if styles is None:
        return {}
    own: dict[str, tuple[str | None, int | None]] = {}
    based: dict[str, str] = {}
    for style in styles.iter(_w("style")):
        style_id = style.get(_w("styleId"), "")
        parent = style.find(_w("basedOn"))
        if parent is not None:
            based[style_id] = parent.get(_w("val"), "")
        num_pr = style.find(f"{_w('pPr')}/{_w('numPr')}")
        if num_pr is not None:
            num_id, ilvl = num_pr.find(_w("numId")), num_pr.find(_w("ilvl"))
            own[style_id] = (num_id.get(_w("val")) if num_id is not None else None,
                             _int(ilvl.get(_w("val")), 0) if ilvl is not None else None)
    result: dict[str, tuple[str, int]] = {}
    for style_id in set(own) | set(based):
        num_id, ilvl, seen, current = None, None, set(), style_id
        while current and current not in seen:
            seen.add(current)
            found_id, found_lvl = own.get(current, (None, None))
            num_id = num_id if num_id is not None else found_id
            ilvl = ilvl if ilvl is not None else found_lvl
            current = based.get(current, "")
        if num_id and num_id != "0":
            result[style_id] = (num_id, ilvl or 0)
    return result


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


# ---------------------------------------------------------------- number formats

_CN_DIGITS = "〇一二三四五六七八九"
# 天干, which ideographTraditional counts in: 甲 乙 丙 …
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def format_number(value: int, fmt: str) -> str:
    """``value`` written in Word's number format ``fmt`` (decimal when the format is unknown)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting",
               "taiwaneseCountingThousand", "japaneseCounting", "ideographLegalTraditional"):
        return _chinese(value)
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(_CN_DIGITS[int(d)] for d in str(value))
    if fmt in ("ideographTraditional", "ideographZodiac"):
        cycle = _STEMS if fmt == "ideographTraditional" else _BRANCHES
        return cycle[(value - 1) % len(cycle)] if value > 0 else str(value)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= value <= 20:
        return chr(0x2460 + value - 1)
    if fmt == "decimalEnclosedParen":
        return f"（{value}）"
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(d) + 0xFEE0) for d in str(value))
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("upperLetter", "lowerLetter") and value > 0:
        # Word repeats the letter: 27 → AA, 28 → BB.
        letter = chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman") and 0 < value < 4000:
        roman, rest = "", value
        for number, numeral in _ROMAN:
            while rest >= number:
                roman, rest = roman + numeral, rest - number
        return roman.upper() if fmt == "upperRoman" else roman
    return str(value)


def _chinese(value: int) -> str:
    """一 … 十, 十一, 二十三, 一百零五: Chinese counting as Word writes it up to 9999."""
    if value <= 0 or value >= 10000:
        return str(value)
    digits = [int(d) for d in f"{value:04d}"]
    units = ["千", "百", "十", ""]
    out, zero = "", False
    for digit, unit in zip(digits, units):
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += ("" if digit == 1 and unit == "十" and not out else _CN_DIGITS[digit]) + unit
    return out
