"""Read a PDF: its text layer in reading order, without running headers and page numbers.

An optional extra (``pip install 'policydiff[pdf]'``): pdfplumber is imported only here.

A PDF holds positioned lines, not paragraphs. Official documents are set in justified
lines with a first-line indent of two characters (GB/T 9704-2012), so a paragraph ends
where a line stops short of the right margin, where the next line is indented, or
where a wider gap opens below it; a paragraph that runs over a page break goes on.
Each paragraph becomes one line followed by a blank line: the form of the text reader.
"""

from __future__ import annotations

import bisect
import io
import logging
import re
import statistics
import zlib
from dataclasses import dataclass

from ..errors import InputError
from ..model import TABLE_CELL, cell_text
from ..normalize import SENTENCE_END
from ..numbering import match_marker

# Lines in the top or bottom band of a page (share of its height) may be running
# headers, footers or page numbers; lines in between are body text however they read.
# GB/T 9704 margins are 37 mm top and 35 mm bottom of 297 mm (12 %): the band stays inside them.
EDGE_BAND = 0.10
# A line in the band is a running header or footer when it recurs (digits ignored) on
# at least this share of the pages, and on two pages at least.
REPEATED_SHARE = 0.5
# Page numbers: 3 · - 3 - · — 3 — · 第3页 · 第 3 页 共 10 页 · 3/10 · Page 3 of 10.
PAGE_NUMBER = re.compile(
    r"[-—－–\s]*\d{1,4}[-—－–\s]*"
    r"|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|(?:page\s*)?\d{1,4}\s*(?:of\s*\d{1,4})?",
    re.IGNORECASE,
)
# In units of the text's character size: the first-line indent of a paragraph is two
# characters (INDENT takes half of it, against rounding); a full line ends within one
# character of the right margin, as a punctuation mark that may not start a line is
# carried over to the next (SHORT allows half a character more).
INDENT = 1.0
SHORT = 1.5
# In units of the usual distance between lines (the median on the page): a wider gap
# below a line ends its paragraph. GB/T 9704 sets 22 lines evenly in 225 mm, so a
# gap of 1.5 lines is a blank line or a space before a heading.
GAP = 1.5


# A PDF's streams are compressed, mostly with zlib (FlateDecode), and a 300 KB file can hold a
# stream that inflates to gigabytes (a PDF bomb); pdfminer inflates a whole stream in memory and
# then parses it into objects many times larger. So before pdfminer sees the file, every zlib
# stream except an image's (pdfplumber never decodes images) is inflated here a chunk at a time,
# counting the bytes produced and keeping none; past INFLATE_LIMIT the file is refused. A long
# official document has a few MiB of page content and fonts.
INFLATE_LIMIT = 64 * 2**20
# "stream" then an end of line opens a stream's bytes ("endstream" closes one).
_STREAM_START = re.compile(rb"(?<!end)stream\r?\n")
# An image XObject's dictionary, which comes just before its stream.
_IMAGE = re.compile(rb"/Subtype\s*/Image")
_CHUNK = 2**20


@dataclass(frozen=True)
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    page: int


def pdf_text(data: bytes, name: str = "<input>") -> str:
    """The text of a PDF: paragraphs in reading order, separated by blank lines."""
    try:
        import pdfplumber  # only here: the optional extra
    except ImportError:
        raise InputError(f"{name}: reading PDF files needs the optional pdfplumber package",
                         "install it with pip install 'policydiff[pdf]'") from None
    # pdfminer logs every oddity of a damaged file as a warning on stderr; the user
    # gets one line from policydiff instead.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    if _inflated_size(data) > INFLATE_LIMIT:
        raise InputError(f"{name}: the PDF's compressed streams inflate past {INFLATE_LIMIT // 2**20} MiB, "
                         "too large to be a document", "check that this is the right file")
    pages = _pages(pdfplumber, data, name)
    if not any(lines for lines, _ in pages):
        raise InputError(f"{name}: the PDF has no text layer (a scanned document)",
                         "run OCR on it first (for example ocrmypdf) and give policydiff the result")
    body = _drop_footnotes(_drop_running_lines(pages))
    text = "\n\n".join(_paragraphs(body))
    if not text.strip():
        raise InputError(f"{name}: the PDF holds only page headers and numbers",
                         "check that it is the right file")
    return text + "\n"


def _inflated_size(data: bytes) -> int:
    """The bytes the zlib streams of ``data`` other than images inflate to, counted up to just
    past INFLATE_LIMIT (no more is inflated); memory stays at a chunk."""
    view = memoryview(data)
    total = 0
    for match in _STREAM_START.finditer(data):
        dictionary = data[max(0, match.start() - 4096): match.start()]
        if _IMAGE.search(dictionary[dictionary.rfind(b"obj"):]):
            continue
        inflater = zlib.decompressobj()
        position, pending = match.end(), b""
        try:
            while not inflater.eof and total <= INFLATE_LIMIT:
                if not pending:
                    if position >= len(data):
                        break
                    pending, position = view[position: position + _CHUNK], position + _CHUNK
                total += len(inflater.decompress(pending, _CHUNK))
                pending = inflater.unconsumed_tail
        except zlib.error:
            continue  # not zlib (an image format, plain bytes) or damaged: pdfminer decides
        if total > INFLATE_LIMIT:
            break
    return total


def _pages(pdfplumber, data: bytes, name: str) -> list[tuple[list[_Line], float]]:
    """Each page's text lines (top to bottom) and its height."""
    pages = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number, page in enumerate(pdf.pages):
                lines = []
                tables = _ruled_tables(page)
                for line in page.extract_text_lines(strip=True, return_chars=True):
                    text = line["text"].strip()
                    if not text or any(_inside(line, box) for box, _ in tables):
                        continue
                    sizes = [char.get("size", 0) for char in line["chars"] if not char["text"].isspace()]
                    size = statistics.median(sizes) if sizes else 0
                    lines.append(_Line(text, line["x0"], line["x1"], line["top"], line["bottom"], size, number))
                for (x0, _, x1, _), rows in tables:
                    lines.extend(_Line(TABLE_CELL.join(cells), x0, x1, top, bottom, 0.0, number)
                                 for cells, top, bottom in rows)
                lines.sort(key=lambda line: line.top)
                pages.append((lines, float(page.height)))
    # pdfminer raises whatever its parser meets in damaged bytes (PSEOF, KeyError,
    # TypeError …), wrapped or not: every one of them means the same to the user.
    except Exception as error:  # noqa: BLE001
        cause = error.args[0] if error.args and isinstance(error.args[0], Exception) else error
        if type(cause).__name__ in ("PDFPasswordIncorrect", "PDFEncryptionError"):
            raise InputError(f"{name}: the PDF is password-protected",
                             "remove the password (print it to a new PDF) and try again") from None
        reason = str(cause) or type(cause).__name__
        raise InputError(f"{name}: the PDF cannot be read ({reason})",
                         "check that the file is complete (download it again), or export it again as PDF") from None
    return pages


# The most places where the page's rules may cross (the heights of its horizontal rules times the
# places of its vertical ones, a rule drawn twice or as the sides of boxes counted once) for the page
# to be searched for tables: a table of sixty rows of eight cells has 61 × 9; a grid of 50 × 50 takes
# the finder 0.2 s, one of 100 × 100 two seconds.
_CROSSINGS_MAX = 3000


def _ruled_tables(page) -> list[tuple[tuple[float, float, float, float], list[tuple[list[str], float, float]]]]:
    """The page's tables drawn with rules (pdfplumber's finder, on the page's lines and boxes), each
    as its box and its rows: the cells' text (an empty or merged cell as ""), the row's top and
    bottom. Only data tables: two rows or more of two cells with text or more (a box framing a
    paragraph is text). A page whose rules cross at more than _CROSSINGS_MAX places is not searched:
    the finder's work grows with the square of the cells (a grid of 180 × 180 rules takes 20 s)."""
    found = []
    heights = {round(edge["top"]) for edge in page.horizontal_edges}
    places = {round(edge["x0"]) for edge in page.vertical_edges}
    if len(heights) * len(places) > _CROSSINGS_MAX:
        return found
    for table in page.find_tables():
        rows = []
        spans = [tuple(map(float, cell)) for cell in table.cells]  # every drawn cell, merged or not
        # The characters are narrowed to the table once and sorted by their height, so that each row
        # takes its own by bisection: a cell is read among its row's characters, and the work grows
        # with the table, not with its rows times its text.
        box, columns = tuple(map(float, table.bbox)), table.columns  # (properties computed over every cell)
        in_table = [char for char in page.chars if _inside(char, box)]
        heights = sorted(((char["top"] + char["bottom"]) / 2, k) for k, char in enumerate(in_table))
        middles = [height for height, _ in heights]
        for row in table.rows:
            texts = []
            run = heights[bisect.bisect_left(middles, row.bbox[1]):bisect.bisect_right(middles, row.bbox[3])]
            in_row = [in_table[k] for k in sorted(k for _, k in run)]  # in the page's order
            for cell, column in zip(row.cells, columns):
                chars = in_row
                if cell is None:  # covered by a merged cell: its text where it spans rows, "" across columns
                    cell, chars = next((box for box in spans if _covers(box, row.bbox, column.bbox)), None), in_table
                    cell = cell if cell is not None and cell[0] >= column.bbox[0] - 1 else None
                texts.append(_cell_text(chars, cell) if cell is not None else "")
            if any(texts):
                rows.append((texts, float(row.bbox[1]), float(row.bbox[3])))
        if sum(sum(bool(text) for text in texts) >= 2 for texts, _, _ in rows) >= 2:
            found.append((box, rows))
    return found


def _covers(box: tuple[float, ...], row: tuple[float, ...], column: tuple[float, ...]) -> bool:
    """Whether a cell's box covers the middle of a row in a column (boxes as x0, top, x1, bottom)."""
    x, y = (column[0] + column[2]) / 2, (row[1] + row[3]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _cell_text(chars: list[dict], box: tuple[float, ...]) -> str:
    """A cell's text (among ``chars``, pdfplumber's, those whose middle is in its box: a glyph may cross a
    table's rules): a line filling the cell wraps into the next, a shorter one ends an item of a list
    (县财政局 / 县自然资源局: model.cell_text)."""
    from pdfplumber.utils import chars_to_textmap  # the optional extra, there since pdf_text imported it

    items: list[str] = []
    wrapped = False
    inside = [char for char in chars if _inside(char, box)]
    for line in chars_to_textmap(inside).extract_text_lines(strip=True, return_chars=True) if inside else ():
        text = line["text"].strip()
        if not text:
            continue
        size = statistics.median(char.get("size", 0) for char in line["chars"]) or 10.0
        if wrapped and items:
            items[-1] += text
        else:
            items.append(text)
        # Wrapped when one more character would not fit between the rules and a little padding (a
        # cell may centre its lines: their width, not their end, tells).
        wrapped = line["x1"] - line["x0"] + size > box[2] - box[0] - size / 2
    return cell_text(items)


def _inside(obj: dict, box: tuple[float, ...]) -> bool:
    """Whether a character or text line (pdfplumber's) stands inside a box: its middle does."""
    x0, top, x1, bottom = box
    return x0 <= (obj["x0"] + obj["x1"]) / 2 <= x1 and top <= (obj["top"] + obj["bottom"]) / 2 <= bottom


def _drop_running_lines(pages: list[tuple[list[_Line], float]]) -> list[_Line]:
    """Body lines of all pages: page numbers and recurring headers/footers dropped."""

    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text))

    def at_edge(line: _Line, height: float) -> bool:
        return line.top < height * EDGE_BAND or line.bottom > height * (1 - EDGE_BAND)

    recurring: dict[str, int] = {}
    for lines, height in pages:
        for found in {key(line) for line in lines if at_edge(line, height)}:
            recurring[found] = recurring.get(found, 0) + 1
    needed = max(2, REPEATED_SHARE * len(pages))
    body = []
    for lines, height in pages:
        for line in lines:
            if at_edge(line, height) and (PAGE_NUMBER.fullmatch(line.text) or recurring[key(line)] >= needed):
                continue
            body.append(line)
    return body


# A footnote at a page's foot: set smaller than the body (at most this share of its size) and opened by
# its mark (①…⑳, [1]); the body runs on past it onto the next page.
FOOTNOTE_SIZE = 0.8
FOOTNOTE_MARK = re.compile(r"[\u2460-\u2473]|\[\d{1,2}\]")


def _drop_footnotes(lines: list[_Line]) -> list[_Line]:
    """The body lines without the footnotes at the pages' feet: from a small line opened by a
    footnote's mark in the lower half of its page, the small lines that follow on that page."""
    sizes = [line.size for line in lines if line.size]
    if not sizes:
        return lines
    small = FOOTNOTE_SIZE * statistics.median(sizes)
    half: dict[int, float] = {}  # half of each page's height, as its lines span it
    for line in lines:
        half[line.page] = max(half.get(line.page, 0.0), line.bottom / 2)
    kept: list[_Line] = []
    foot = None  # the page whose footnotes are being left out
    for line in lines:
        if foot == line.page and 0 < line.size <= small:
            continue
        foot = None
        if 0 < line.size <= small and FOOTNOTE_MARK.match(line.text) and line.top > half[line.page]:
            foot = line.page
            continue
        kept.append(line)
    return kept


def _paragraphs(lines: list[_Line]) -> list[str]:
    if not lines:
        return []
    size = statistics.median([line.size for line in lines if line.size] or [10.0])  # (a table's row has none)
    steps = [b.top - a.top for a, b in zip(lines, lines[1:]) if a.page == b.page and b.top > a.top]
    pitch = statistics.median(steps) if steps else 2 * size
    # Margins per page: lines start at the left one (or are indented) and full lines end
    # at the right one.
    margins = {}
    for page in {line.page for line in lines}:
        on_page = [line for line in lines if line.page == page]
        margins[page] = (min(line.x0 for line in on_page), max(line.x1 for line in on_page))
    paragraphs = [lines[0].text]
    for before, line in zip(lines, lines[1:]):
        left, _ = margins[line.page]
        _, right = margins[before.page]
        breaks = (
            line.x0 > left + INDENT * size
            or before.x1 < right - SHORT * size
            or (line.page == before.page and line.top - before.top > GAP * pitch)
            or (before.text[-1] in SENTENCE_END and match_marker(line.text) is not None)
            or TABLE_CELL in line.text or TABLE_CELL in before.text  # a table's row stands alone
        )
        if breaks:
            paragraphs.append(line.text)
        else:
            # Latin words wrapped at a line end were separated by a space; CJK text and
            # numbers (a typesetter may break 2025 as 202 / 5) were not.
            glue = " " if _latin(before.text[-1]) and _latin(line.text[0]) else ""
            paragraphs[-1] += glue + line.text
    return paragraphs


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()
