"""Read an HTML page: the text of its article, without the site around it.

A government page wraps the document in a site: logo, navigation, breadcrumb, share
buttons, related links, a footer with contact details. The article is the block that
directly holds the most Chinese prose and numbered paragraphs (一、 （一） 1.) and the
fewest links. Its text keeps the page's structure in the form the text reader knows:
a line break (<br>) ends a line, a block (<p>, <div>, <li>, <td> …) ends a paragraph,
which becomes a blank line.
"""

from __future__ import annotations

import copy
import re

from lxml import etree, html

from ..errors import InputError
from ..model import DOCUMENT_KINDS, TABLE_CELL, cell_text
from ..normalize import normalize_line
from ..numbering import match_marker
from .text import decode_declared

# A charset declared in the first bytes: <meta charset="gb2312">, <meta http-equiv=
# "Content-Type" content="text/html; charset=gbk"> or <?xml … encoding="utf-8"?>.
CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([-\w.:]+)|<\?xml[^>]+?encoding\s*=\s*["']([-\w.:]+)""",
    re.IGNORECASE,
)
_CHARSET_WINDOW = 4096
# lxml refuses a str that still carries an XML encoding declaration.
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")

# Elements that never hold the article's text.
_DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "object", "embed", "form", "button",
    "select", "textarea", "input", "svg", "canvas", "map", "audio", "video", "head",
    "nav", "aside", "footer",
})
# Words in a class or id that mark site furniture (split at - _ and spaces):
# <div class="nav-bar">, <div id="breadcrumb">, <div class="bdsharebuttonbox">.
_FURNITURE = frozenset({
    "nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "footer", "foot",
    "share", "bdsharebuttonbox", "related", "relate", "copyright", "sidebar", "topbar", "toolbar",
})
# Inline styles that hide an element.
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Elements that end a paragraph; everything else is inline and joins its neighbours' text.
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu",
    "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "ul",
})
# Whitespace that HTML collapses: not U+3000 nor U+00A0, the indentation of Chinese text.
_COLLAPSIBLE = re.compile(r"[ \t\r\n\f]+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

# Weights of the article score: a CJK character of prose counts 1. A numbered line adds
# MARKER_WEIGHT, about a short clause's length, so that numbered text beats unnumbered
# prose of similar size; a character of link text counts -LINK_WEIGHT, which sinks
# navigation, related links and share bars. On the 20 corpus pages of test_formats.py
# any weights from 0 to 1000 find the article (a policy document dwarfs the site around
# it); they decide short pages, as in test_html_article_text, where three numbered
# one-line clauses (12 characters) must beat a 52-character site note: 14 or more does.
MARKER_WEIGHT = 20
LINK_WEIGHT = 1.0
# A block whose text is more than half link text is a list of links, even inside the article.
_LINK_DENSITY = 0.5
# A furniture class or id is not trusted on a block that holds this many numbered lines:
# some sites give the article's wrapper a class such as "main-share-content".
_TRUSTED_MARKERS = 3

# Characters lxml cannot hold in text (XML forbids the C0 controls other than tab and line
# ends): a page from the web may carry them, and they are no part of any document's text.
_XML_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

_PARA = "\x00"  # paragraph break while the text is assembled
_LINE = "\n"
# The name of a document: what its title ends with.
_DOCUMENT_NAME = re.compile(rf"(?:{DOCUMENT_KINDS})(?:（[^（）]{{1,20}}）)?$")


def html_text(data: bytes, name: str = "<input>") -> str:
    """The article text of an HTML page: paragraphs separated by blank lines."""
    found = CHARSET.search(data[:_CHARSET_WINDOW])
    declared = (found.group(1) or found.group(2)).decode("ascii") if found else None
    markup = _XML_FORBIDDEN.sub("", XML_DECLARATION.sub("", decode_declared(data, name, declared), count=1))
    try:
        root = html.document_fromstring(markup)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        if not markup.strip("\ufeff \t\r\n"):
            raise _no_text(name) from None
        raise InputError(f"{name}: the HTML page cannot be parsed ({error})",
                         "save the page again from a browser, or copy its text into a .txt file") from None
    heading = _page_heading(root)
    _drop_furniture(root)
    article = _article(root)
    text = "\n".join(map(_render, _parts(article))) if article is not None else ""
    if not text.strip():
        raise _no_text(name)
    if heading and re.sub(r"\s", "", heading) not in re.sub(r"\s", "", text[:_TITLE_WINDOW]):
        text = f"{heading}\n\n{text}"  # the title a portal sets over the article, outside its container
    return text


# How far into the article its title may stand (a red-head's lines and 文号 before it).
_TITLE_WINDOW = 400


# A page's own <title>: the article's title, then the column's and the site's names (…批前公示_规划公示_某市自然资源
# 和规划局, …公示 - 某某网).
_TITLE_PARTS = re.compile(r"[_|｜]|\s[-—–]\s")


def _page_heading(root: html.HtmlElement) -> str:
    """The page's first <h1>, when it names a document (关于…的通知, …实施方案) or is what the page's own <title>
    opens with (…批前公示, a kind no list holds): portals set the title over the article's container; "" when there
    is none."""
    page_title = root.findtext(".//title") or ""
    own = {re.sub(r"\s", "", page_title), re.sub(r"\s", "", _TITLE_PARTS.split(page_title)[0])}
    for element in root.iter("h1"):
        text = re.sub(r"\s+", " ", element.text_content()).strip()
        if _DOCUMENT_NAME.search(text) or len(text) >= _TITLE_LEAST and re.sub(r"\s", "", text) in own:
            return text
    return ""


# The fewest characters of a heading read as the title on the page's <title> alone (not 通知公告, 正文).
_TITLE_LEAST = 8


def _no_text(name: str) -> InputError:
    return InputError(f"{name}: the HTML page holds no article text",
                      "save the page from a browser once it has loaded (some sites fill it in "
                      "with JavaScript), or copy its text into a .txt file")


# ---------------------------------------------------------------- cleaning


def _drop_furniture(root: html.HtmlElement) -> None:
    doomed = []
    for element in root.iter():
        if not isinstance(element.tag, str):  # comments, processing instructions
            doomed.append(element)
        elif element.tag.lower() in _DROP_TAGS or _HIDDEN.search(element.get("style", "")):
            doomed.append(element)
        elif _is_furniture(element):
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()  # keeps the tail text, which belongs to the parent


def _is_furniture(element: html.HtmlElement) -> bool:
    words = set(re.split(r"[\s_-]+", f"{element.get('class', '')} {element.get('id', '')}".lower()))
    if not words & _FURNITURE:
        return False
    return _numbered_lines(element) < _TRUSTED_MARKERS


def _numbered_lines(element: html.HtmlElement) -> int:
    """Lines opening with a numbering marker in the blocks of ``element``."""
    return sum(1 for block in element.iter() if _is_block(block) or block is element
               for line in _own_text(block)[0].split(_LINE) if match_marker(normalize_line(line)))


# ---------------------------------------------------------------- finding the article


def _article(root: html.HtmlElement) -> html.HtmlElement | None:
    """The block that directly holds the most numbered prose and the fewest links.

    A block scores its own text (inline children and their tails) plus the text of its
    leaf blocks (<p> and blocks without blocks inside), so that a <div> of <p>s and a
    <div> of <br>-separated lines both score where their text is.
    """
    blocks = [element for element in root.iter() if _is_block(element)]
    own = {element: _own_score(element) for element in blocks}
    leaves = set(blocks)
    for element in blocks:
        parent = element.getparent()
        while parent is not None and parent in leaves:
            leaves.discard(parent)
            parent = parent.getparent()
    best, best_score = None, 0.0
    for element in blocks:
        score = own[element] + sum(own[child] for child in element if child in leaves)
        # Ties go to the deeper block: the later in document order among ancestors.
        if score >= best_score and score > 0 and (best is None or score > best_score or _inside(element, best)):
            best, best_score = element, score
    return best


def _parts(article: html.HtmlElement) -> list[html.HtmlElement]:
    """The article and its siblings of the same tag and class, in page order: a site that splits
    one document over several containers (<div class="article-content"> / an image / <div
    class="article-content">) holds it in all of them."""
    kind = article.get("class")
    parent = article.getparent()
    if not kind or parent is None:
        return [article]
    return [sibling for sibling in parent if sibling.tag == article.tag and sibling.get("class") == kind]


def _inside(element: html.HtmlElement, ancestor: html.HtmlElement) -> bool:
    return any(parent is ancestor for parent in element.iterancestors())


def _is_block(element: html.HtmlElement) -> bool:
    if not isinstance(element.tag, str):
        return False
    tag = element.tag.lower()
    return tag in _BLOCKS or tag.endswith("content")  # a content system's own container: <UCAPCONTENT>


def _own_score(element: html.HtmlElement) -> float:
    prose, links = _own_text(element)
    numbered = sum(1 for line in prose.split(_LINE) if match_marker(normalize_line(line)))
    return len(_CJK.findall(prose)) + MARKER_WEIGHT * numbered - LINK_WEIGHT * len(links.strip())


def _own_text(element: html.HtmlElement) -> tuple[str, str]:
    """The prose and the link text an element holds itself, outside its child blocks."""
    prose: list[str] = [element.text or ""]
    links: list[str] = []
    for child in element:
        if not _is_block(child):
            if isinstance(child.tag, str) and child.tag.lower() == "br":
                prose.append(_LINE)
            elif isinstance(child.tag, str) and child.tag.lower() == "a":
                links.append(child.text_content())
            else:
                inner, inner_links = _own_text(child)
                prose.append(inner)
                links.append(inner_links)
        prose.append(child.tail or "")
    return "".join(prose), "".join(links)


# ---------------------------------------------------------------- rendering


def _render(article: html.HtmlElement) -> str:
    parts: list[str] = []
    _walk(article, parts, top=True)
    text = "".join(parts)
    lines: list[str] = []
    for chunk in text.split(_PARA):
        for line in chunk.split(_LINE):
            lines.append(line.strip(" "))
        lines.append("")
    # Runs of blank lines (a paragraph after <br><br>, nested blocks) become one.
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


def _walk(element: html.HtmlElement, parts: list[str], top: bool = False) -> None:
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    block = _is_block(element)
    if block and not top and _link_list(element):
        return
    if tag == "table" and not top and (rows := _data_rows(element)):
        for row in rows:  # one line a row, its cells parted by TABLE_CELL: no unit of the text
            parts.extend((_PARA, TABLE_CELL.join(row), _PARA))
        return
    if block:
        parts.append(_PARA)
    if tag == "br":
        parts.append(_LINE)
    elif tag == "pre":
        parts.append((element.text_content() or "").replace("\r\n", "\n").replace("\n", _LINE))
    else:
        parts.append(_COLLAPSIBLE.sub(" ", element.text or ""))
        for child in element:
            if isinstance(child.tag, str):
                _walk(child, parts)
            parts.append(_COLLAPSIBLE.sub(" ", child.tail or ""))
    if block:
        parts.append(_PARA)


def _data_rows(table: html.HtmlElement) -> list[list[str]]:
    """The rows of a data table (two rows or more of two cells with text or more), each the text
    of its cells as a grid: a cell spanning rows (rowspan) stands again in each row it spans, one
    spanning columns (colspan) fills the first and leaves the others empty, and an empty cell keeps
    its place, so that a column is the same place in every row (牵头单位 | 配合单位 with no 配合单位).
    [] for a table that lays out text (rows of one cell)."""
    rows = []
    carried: dict[int, tuple[str, int]] = {}  # column: (text, rows still spanned) of a rowspan
    for row in table.iter("tr"):
        cells: list[str] = []

        def carry() -> None:  # the cells spanned down from rows above, at the row's next place
            while len(cells) in carried:
                text, left = carried.pop(len(cells))
                if left > 1:
                    carried[len(cells)] = (text, left - 1)
                cells.append(text)

        for cell in row:
            if not isinstance(cell.tag, str) or cell.tag.lower() not in ("td", "th"):
                continue
            carry()
            text = cell_text(_cell_lines(cell))
            for k in range(_span(cell.get("colspan"), _COLUMNS_MAX)):
                if (down := _span(cell.get("rowspan"), _ROWS_MAX)) > 1:
                    carried[len(cells)] = ("" if k else text, down - 1)
                cells.append("" if k else text)
        carry()
        if any(cells):
            rows.append(cells)
    return rows if sum(sum(bool(cell) for cell in row) >= 2 for row in rows) >= 2 else []


def _cell_lines(cell: html.HtmlElement) -> list[str]:
    """The lines of a table's cell: its text broken at <br> and around its blocks (<p>, <div> …)."""
    if not any(isinstance(child.tag, str) and (child.tag.lower() == "br" or child.tag.lower() in _BLOCKS)
               for child in cell.iterdescendants()):
        return [_COLLAPSIBLE.sub(" ", cell.text_content())]
    cell = copy.deepcopy(cell)  # (the marks go into a copy: a layout table's cells are read again as text)
    for child in cell.iterdescendants():
        if isinstance(child.tag, str) and (child.tag.lower() == "br" or child.tag.lower() in _BLOCKS):
            child.tail = _BREAK + (child.tail or "")  # (not a line break: the source's own are spaces)
            if child.tag.lower() != "br":
                child.text = _BREAK + (child.text or "")
    return [_COLLAPSIBLE.sub(" ", line) for line in cell.text_content().split(_BREAK)]


# Where a cell's lines break, marked in the copy: a private-use character (lxml takes no control
# character), which no document's text holds.
_BREAK = "\ue000"


# The most columns and rows a cell may span (a page's colspan="1000000" spans no more).
_COLUMNS_MAX, _ROWS_MAX = 64, 10_000


def _span(value: str | None, most: int) -> int:
    """A cell's colspan or rowspan: a whole number from 1 to ``most``, 1 when absent or garbled."""
    return min(max(int(value), 1), most) if value and value.strip().isdigit() else 1


def _link_list(element: html.HtmlElement) -> bool:
    """A block of links and little else: related documents, a share bar left in the article.
    One link is not a list: 附件：<a>名单</a> is part of the text."""
    text = element.text_content().strip()
    links = [a.text_content().strip() for a in element.iter("a")]
    if not text or len(links) < 2:
        return False
    return sum(len(link) for link in links) / len(text) > _LINK_DENSITY
