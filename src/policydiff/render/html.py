"""The HTML report: one self-contained page per compared document plus an index.

Each page is an lxml tree serialised once; CSS and the few lines of JavaScript are inline and
nothing is fetched when the page is viewed, so a report can be mailed or opened offline. The
pages read the report model (``Entry``, ``adoption``) and nothing else.

``HtmlReport`` writes a document's page as soon as its entry is added and keeps only what the
index needs of it, so a batch of thousands of documents does not hold their texts in memory.

Anchors a page defines, for links from the index and between pages:
``base-<BASE clause id>`` (a row of the side-by-side view), ``other-<OTHER clause id>`` (where an
OTHER clause is shown in full), ``section-<BASE section id>`` (a level-1 BASE heading).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import lxml.html
from lxml.html import builder

from ..errors import OutputError
from ..escalation import LEVEL_RANK, Chain
from ..model import BaseSentenceStatus, Clause, ClauseAlignment, Document, Meta, SentenceAlignment
from ..output import AllOrNothing, remove_stale_temporaries, temporary_name, write_output
from ..quantify import LinkedTarget
from ..report import Adoption, Cell, Entry, Failure, adoption
from ..targets import Target, format_number, format_value

E = builder.E

INDEX = "index.html"

# Statuses of a matrix cell that mean the document took the clause up.
TAKEN_UP = (Adoption.kept, Adoption.modified, Adoption.quantified)

# Comparators as a reader writes them.
COMPARATOR_SIGNS = {">=": "≥", ">": ">", "=": "=", "<=": "≤", "<": "<", "approx": "≈"}

# CJK first, so that Chinese text gets a Chinese face on every system the readers use
# (Linux: Noto / Source Han, macOS: PingFang, Windows: YaHei).
FONT_STACK = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif'

# Every cue is also given by a word or a line style, not by colour alone, so pages stay readable
# printed in black and white and for colour-blind readers: deleted wording is struck through,
# inserted wording underlined, new sentences dash-underlined, dropped BASE sentences struck through.
CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: FONTS; line-height: 1.7; color: #1f2328; background: #fff;
       overflow-wrap: anywhere; }
a { color: #0550ae; }
nav.top { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: .15rem 1rem;
          padding: .4rem 1rem; background: #f6f8fa; border-bottom: 1px solid #d0d7de; font-size: .9rem; }
nav.top a { text-decoration: none; }
nav.top a:hover, nav.top a:focus { text-decoration: underline; }
main { max-width: 88rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.45rem; line-height: 1.4; margin: .5rem 0; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
h3 { font-size: 1rem; margin: 0 0 .25rem; }
.meta, .note { color: #59636e; font-size: .9rem; }
.table-wrap { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid #d0d7de; padding: .2rem .45rem; text-align: left; vertical-align: top;
         overflow-wrap: anywhere; }
thead th { background: #f6f8fa; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
th button { all: inherit; cursor: pointer; border: 0; padding: 0; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
.badge, .cell a { display: inline-block; padding: 0 .35rem; border-radius: .25rem; border: 1px solid #d0d7de;
                  font-size: .8rem; line-height: 1.5; text-decoration: none; color: #1f2328; }
.status-kept { background: #dafbe1; }
.status-modified { background: #fff8c5; }
.status-quantified { background: #ddf4ff; }
.status-moved { background: #fbefff; }
.status-dropped { background: #ffebe9; }
tr.change-raised td:last-child { background: #ffebe9; font-weight: 600; }
tr.change-lowered td:last-child { background: #ddf4ff; font-weight: 600; }
.status-added { background: #eaeef2; }
td.cell { text-align: center; }
td.cell a { display: block; background: transparent; border: 0; }
/* Status words and clause ids stay whole; the table scrolls rather than break them. */
td.cell, .matrix th[scope=row], .matrix td.uptake { overflow-wrap: normal; white-space: nowrap; }
.matrix thead th[data-doc] { overflow-wrap: normal; }
/* The BASE clause's id and heading stay in view while the documents scroll past, and keep their
   width however many documents there are (a heading never shrinks to a character a line). */
.matrix { width: auto; }
.matrix th[scope=row], .matrix td.heading { position: sticky; background: #fff; z-index: 1; }
.matrix th[scope=row] { left: 0; min-width: 3.5rem; width: 3.5rem; }
.matrix td.heading { left: 3.5rem; min-width: 12rem; max-width: 18rem; }
.matrix thead th:nth-child(-n+2) { position: sticky; z-index: 2; background: #f6f8fa; }
.matrix thead th:first-child { left: 0; }
.matrix thead th:nth-child(2) { left: 3.5rem; }
/* Many documents: a heat map. Each cell is its status's colour (the word in its tooltip and
   data-status), the document names run upwards. */
.matrix.compact td.cell { padding: 0; min-width: 1.1rem; }
.matrix.compact td.cell a { font-size: 0; height: 1.1rem; padding: 0; }
.matrix.compact thead th[data-doc] { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap;
                                     max-height: 9rem; padding: .2rem 0; font-size: .75rem; }
.matrix tfoot td, .matrix tfoot th { background: #f6f8fa; font-size: .75rem; }
.matrix.compact tfoot td[data-doc] { padding: 0; text-align: center; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; list-style: none; font-size: .85rem; }
.controls { margin: .5rem 0; font-size: .9rem; }
.controls input[type=search] { font: inherit; padding: .15rem .4rem; width: min(24rem, 100%); }
.colhead { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1rem;
           font-weight: bold; border-bottom: 2px solid #1f2328; }
.section-head { margin-top: 1.5rem; padding: .2rem .5rem; background: #f6f8fa; border-left: 4px solid #59636e; }
.row { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1rem;
       padding: .6rem 0; border-bottom: 1px solid #d0d7de; }
.row > div { min-width: 0; }
.row.added .base { color: #59636e; font-style: italic; }
article.clause + article.clause { margin-top: .6rem; padding-top: .6rem; border-top: 1px dotted #d0d7de; }
article.partial { font-size: .92rem; }
.text { margin: .2rem 0; }
.id { font-variant-numeric: tabular-nums; color: #59636e; margin-right: .3rem; }
.score { color: #59636e; font-size: .8rem; margin-left: .3rem; }
.s.new { border-bottom: 2px dashed #0969da; background: #f0f7ff; }
.s.dropped { text-decoration: line-through; color: #82071e; background: #fff5f5; }
.s.moved { font-style: italic; background: #fbf5ff; }
.s .tag { font-size: .7rem; color: #59636e; margin: 0 .15rem; font-style: normal; }
ins { text-decoration: underline; text-decoration-color: #1a7f37; background: #dafbe1; }
del { text-decoration: line-through; color: #82071e; background: #ffebe9; }
.hide-del del { display: none; }
mark.target { background: #fff1a8; border-bottom: 2px solid #bf8700; cursor: help; color: inherit; }
.agencies { font-size: .85rem; margin: .3rem 0 0; }
.agencies dt { display: inline; font-weight: bold; }
.agencies dd { display: inline; margin: 0 .8rem 0 .2rem; }
.links { font-size: .85rem; margin: .3rem 0 0; padding-left: 1.2rem; }
@media (max-width: 700px) {
  nav.top { position: static; }
  .row, .colhead { grid-template-columns: minmax(0, 1fr); }
  th, td { padding: .15rem .25rem; }
  td.cell a { font-size: .7rem; padding: 0; }
  .matrix th, .matrix td { padding: .1rem .15rem; }
  .colhead > :last-child { display: none; }
  .row .other { border-left: 3px solid #d0d7de; padding-left: .5rem; }
  main { padding: .5rem; }
}
@media print {
  nav.top, .controls { display: none; }
  body { font-size: 10pt; line-height: 1.5; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .table-wrap { overflow: visible; }
  table { page-break-inside: auto; }
  tr, h3 { break-inside: avoid; }
  h2, h3, .section-head { break-after: avoid-page; }
  thead { display: table-header-group; }
  mark.target { background: none; }
  .hide-del del { display: inline; }
}
""".replace("FONTS", FONT_STACK)

# Index page: sort a table.sortable by the header button clicked (numbers as numbers, words in
# Chinese collation; numbers, then words, then blanks in either direction), and filter a table's rows by the text box whose data-filter names it.
INDEX_SCRIPT = """
(function () {
  "use strict";
  function sortKey(cell) {
    var key = cell.getAttribute("data-sort");
    return key === null ? cell.textContent.trim() : key;
  }
  function kind(key) { return key === "" ? 2 : (isNaN(Number(key)) ? 1 : 0); }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (header, column) {
      var button = header.querySelector("button");
      if (!button) { return; }
      header.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) {
          if (other.hasAttribute("aria-sort")) { other.setAttribute("aria-sort", "none"); }
        });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (first, second) {
          var a = sortKey(first.cells[column]), b = sortKey(second.cells[column]);
          if (kind(a) !== kind(b)) { return kind(a) - kind(b); }  // numbers, words, blanks, either way
          var order = kind(a) === 0 ? Number(a) - Number(b) : a.localeCompare(b, "zh-Hans-CN");
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll("input[data-filter]"), function (input) {
    var table = document.getElementById(input.getAttribute("data-filter"));
    var count = document.getElementById(input.getAttribute("data-count"));
    function apply() {
      var query = input.value.trim().toLowerCase();
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var hit = query === "" || row.textContent.toLowerCase().indexOf(query) !== -1;
        row.hidden = !hit;
        if (hit) { shown += 1; }
      });
      if (count) { count.textContent = shown + " / " + table.tBodies[0].rows.length; }
    }
    input.addEventListener("input", apply);
    apply();
  });
  document.documentElement.setAttribute("data-js", "ready");
})();
"""

# Document page: the checkbox shows or hides the BASE wording a reworded sentence deleted.
DOCUMENT_SCRIPT = """
(function () {
  "use strict";
  var toggle = document.getElementById("show-deleted");
  function apply() { document.body.classList.toggle("hide-del", !toggle.checked); }
  toggle.addEventListener("change", apply);
  apply();
  document.documentElement.setAttribute("data-js", "ready");
})();
"""

STATUS_HELP = {
    Adoption.kept: "implemented by a clause that keeps nearly all sentences verbatim",
    Adoption.quantified: "the document set a number for it that BASE lacks or sets otherwise",
    Adoption.modified: "implemented in other words",
    Adoption.moved: "no clause implements it, but some of its sentences appear elsewhere",
    Adoption.dropped: "nothing of it appears in the document",
}


# ---------------------------------------------------------------- public API


class StagedFolder(AllOrNothing):
    """Files written into a staging folder beside ``directory`` and moved into it together by
    ``close``. Use as a context manager: on an exception (a failure, Ctrl-C, SIGTERM) the staging
    folder is removed and ``directory`` stays as it was, never half a report."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._names: list[str] = []
        self._staging: Path | None = None
        self._closed = False

    def stage(self, name: str, data: str | bytes) -> None:
        """Write ``name`` into the staging folder (made on first use)."""
        if self._closed:
            raise ValueError("the report is closed")
        if self._staging is None:
            parent = self.directory.parent
            try:
                parent.mkdir(parents=True, exist_ok=True)
                remove_stale_temporaries(self.directory)
                self._staging = temporary_name(self.directory)
                self._staging.mkdir(mode=0o700)
            except OSError as error:
                raise OutputError(f"{parent}: cannot write there ({error.strerror})",
                                  "choose a folder you can write to") from None
        write_output(self._staging / name, data)
        self._names.append(name)

    def close(self) -> list[Path]:
        """Move every staged file into ``directory``; return their paths, in the order staged. A
        second call moves nothing."""
        paths = [self.directory / name for name in self._names]
        if self._closed:
            return paths
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            for name in self._names:
                assert self._staging is not None
                os.replace(self._staging / name, self.directory / name)
            if self._staging is not None:
                self._staging.rmdir()
        except OSError as error:
            self.discard()
            raise OutputError(f"{self.directory}: cannot write there ({error.strerror})",
                              "choose a folder you can write to") from None
        self._closed = True
        return paths

    def discard(self) -> None:
        """Remove the staging folder: nothing of this report is left; the report is closed."""
        if self._staging is not None:
            shutil.rmtree(self._staging, ignore_errors=True)
        self._closed = True


class HtmlReport(StagedFolder):
    """Writes the report as documents arrive: each page when its entry is added (staged), at the
    end the index, then every file moved into ``directory`` (StagedFolder: all or nothing).

    Memory stays bounded by what the index needs: per document an ``IndexRecord`` (id, title,
    summary counts, its adoption column, its linked targets), never its text or alignment.
    """

    def __init__(self, directory: Path, base: Document) -> None:
        super().__init__(directory)
        self.base = base
        self._records: list[IndexRecord] = []
        self._failures: list[Failure] = []
        self._ids: set[str] = set()

    def add(self, entry: Entry) -> None:
        """Write ``<other id>.html`` for ``entry`` now (staged) and remember what the index needs of it.

        Raises OutputError when the page cannot be written, when its id cannot name a page, or
        when an earlier entry had the same id.
        """
        other = entry.comparison.other
        _check_id(other.id, self._ids)
        cells = adoption(entry)
        self.stage(page_name(other.id), _serialise(document_page(self.base, entry, cells)))
        self._ids.add(other.id)
        self._records.append(IndexRecord(other.id, _title(other), entry.summary(), cells, tuple(entry.targets),
                                         other.meta))

    def fail(self, failure: Failure) -> None:
        """Remember a document that was skipped, for the index's "not compared" table."""
        self._failures.append(failure)

    def close(self) -> list[Path]:
        """Write ``index.html`` and move every page into ``directory``; return their paths, the
        index last. A second call writes nothing."""
        if not self._closed:
            self.stage(INDEX, _serialise(index_page(self.base, self._records, self._failures)))
        return super().close()


@dataclass(frozen=True)
class IndexRecord:
    """What index.html needs of one compared document: no text, no alignment, no Document."""

    doc_id: str
    """OTHER document id (names its page)."""
    title: str
    """OTHER title, or its id when it has none."""
    summary: dict[str, float | int]
    """``Entry.summary()``: clause, sentence and target counts."""
    cells: dict[str, Cell]
    """Its adoption-matrix column: every BASE clause id → its cell."""
    targets: tuple[LinkedTarget, ...]
    """Its targets, each linked to the BASE text it implements."""
    meta: Meta = Meta()
    """Its metadata: level, number, what it implements and cites (for escalation)."""


def write_html(directory: Path, base: Document, entries: Sequence[Entry]) -> list[Path]:
    """Write ``<other id>.html`` for every entry and ``index.html`` into ``directory``.

    Returns the paths written, the index last. Raises OutputError when the directory cannot be
    created or written, or when two entries would write the same page; the ids are checked before
    any page is written.
    """
    seen: set[str] = set()
    for entry in entries:
        _check_id(entry.id, seen)
        seen.add(entry.id)
    report = HtmlReport(directory, base)
    for entry in entries:
        report.add(entry)
    return report.close()


def _check_id(doc_id: str, seen: set[str]) -> None:
    """Raise OutputError unless ``doc_id`` can name a page of its own beside those of ``seen``."""
    if doc_id in seen:
        raise OutputError(f"two compared documents share the id {doc_id!r}",
                          "give each document its own id (manifest id or file name)")
    if not doc_id or doc_id in (".", "..") or "/" in doc_id or "\\" in doc_id or doc_id == "index":
        raise OutputError(f"document id {doc_id!r} cannot name an HTML page",
                          "give the document an id without slashes, other than 'index'")


def _page_href(doc_id: str) -> str:
    """The link to a document's page: always a relative path, percent-encoded, so that no id
    (javascript:alert(1), a:b, ?x#y) can make it a URL with a scheme, a query or a fragment."""
    return "./" + quote(page_name(doc_id))


def page_name(doc_id: str) -> str:
    """The file name of a document's page in the report folder."""
    return f"{doc_id}.html"


# ---------------------------------------------------------------- building blocks


def _el(tag: str, attrs: dict[str, str] | None = None, *children: object) -> lxml.html.HtmlElement:
    """An element with attributes and children (strings, elements, lists of them; None skipped)."""
    return E(tag, {key: value for key, value in (attrs or {}).items() if value is not None}, *_flatten(children))


def _flatten(children: Iterable[object]) -> list[object]:
    flat: list[object] = []
    for child in children:
        if isinstance(child, (list, tuple)):
            flat.extend(_flatten(child))
        elif child is not None and not (isinstance(child, str) and child == ""):
            flat.append(child)
    return flat


def _serialise(root: lxml.html.HtmlElement) -> str:
    return lxml.html.tostring(root, doctype="<!DOCTYPE html>", encoding="unicode", method="html") + "\n"


def _page(title: str, nav: list[object], body: list[object], script: str) -> lxml.html.HtmlElement:
    head = _el("head", None,
               _el("meta", {"charset": "utf-8"}),
               _el("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}),
               _el("meta", {"name": "generator", "content": "policydiff"}),
               _el("title", None, title),
               _el("style", None, CSS))
    return _el("html", {"lang": "zh-Hans"}, head,
               _el("body", None,
                   _el("nav", {"class": "top", "aria-label": "sections"}, nav),
                   _el("main", None, body),
                   _el("script", None, script)))


def _table(attrs: dict[str, str], header: list[object], rows: list[object]) -> lxml.html.HtmlElement:
    return _el("div", {"class": "table-wrap"},
               _el("table", attrs, _el("thead", None, _el("tr", None, header)), _el("tbody", None, rows)))


_CONFIDENCE_TITLE = ("high: a clear match; medium: a fair one; low: a weak match, a near tie, or a clause found "
                     "to be added (the README says how often each level was right on the gold alignments)")


def _badge(status: str) -> lxml.html.HtmlElement:
    return _el("span", {"class": f"badge status-{status}"}, status)


def _sort_value(value: float | str | tuple[float, float]) -> str:
    if isinstance(value, tuple):
        return format_number(value[0])
    return value if isinstance(value, str) else format_number(value)


def _title(document: Document) -> str:
    return document.meta.title or document.id


def _meta_line(document: Document) -> str:
    meta = document.meta
    status = "consultation draft (征求意见稿)" if meta.status == "draft" else ""
    return " · ".join(part for part in (meta.issuer, meta.doc_number, meta.date, meta.region, status) if part)


def _target_tooltip(linked: LinkedTarget) -> str:
    target = linked.target
    lines = [f"indicator: {target.indicator}",
             f"comparator: {COMPARATOR_SIGNS.get(target.comparator, target.comparator)}",
             f"value: {format_value(target.value)}",
             f"unit: {target.unit or ''}",
             f"year: {target.year if target.year is not None else ''}"]
    if target.period:
        lines.append(f"period: {target.period}")
    lines.append(f"flag: {linked.flag.value}")
    if linked.base_clause is not None:
        lines.append(f"implements BASE {linked.base_clause}")
    return "\n".join(lines)


# ---------------------------------------------------------------- index page


def index_page(base: Document, records: Sequence[IndexRecord],
               failures: Sequence[Failure] = ()) -> lxml.html.HtmlElement:
    """The adoption matrix, the summary table, the cross-document targets table and the
    documents that could not be compared."""
    doc_ids = [record.doc_id for record in records]
    nav = [_el("a", {"href": "#matrix-section"}, "adoption matrix"),
           _el("a", {"href": "#summary-section"}, "summary"),
           _el("a", {"href": "#targets-section"}, "targets"),
           # A link a document while they fit in a bar; beyond, the matrix's header links them.
           *[_el("a", {"href": _page_href(doc_id)}, doc_id) for doc_id in doc_ids if len(doc_ids) <= COMPACT_FROM]]
    title = f"policydiff: {len(records)} documents compared with {_title(base)}"
    body = [
        _el("h1", None, title),
        _el("p", {"class": "meta"}, f"BASE {base.id}: {_meta_line(base)}"),
        _el("section", {"id": "matrix-section"},
            _el("h2", None, "Adoption matrix"),
            _el("p", {"class": "note"}, "What each document did with each BASE clause. "
                                        "A cell links to the clause in that document's side-by-side page."),
            _legend(),
            _matrix(base, records)),
        _el("section", {"id": "summary-section"},
            _el("h2", None, "Summary"),
            _summary_table(records)),
        _el("section", {"id": "targets-section"},
            _el("h2", None, "Targets"),
            _el("p", {"class": "note"}, "Click a column header to sort; type to filter. "
                                        "Flags: quantified (BASE has no number for it), changed (BASE sets another), "
                                        "kept (BASE has the same), new (its sentence implements no BASE text)."),
            _el("p", {"class": "controls"},
                _el("label", {"for": "targets-filter"}, "Filter: "),
                _el("input", {"type": "search", "id": "targets-filter", "data-filter": "targets",
                              "data-count": "targets-count", "placeholder": "indicator, document, year …"}),
                " ", _el("span", {"id": "targets-count", "class": "note"}, "")),
            _targets_table(records)),
    ]
    escalation = _escalation_table(base, records)
    if escalation is not None:
        nav.insert(3, _el("a", {"href": "#escalation-section"}, "down the hierarchy"))
        body.append(_el("section", {"id": "escalation-section"},
                        _el("h2", None, "Targets down the hierarchy"),
                        _el("p", {"class": "note"}, "Each target beside the nearest higher-level target of the "
                                                    "same indicator in this run (the document it implements or "
                                                    "cites): raised and lowered numbers are marked."),
                        escalation))
    if failures:
        body.append(_el("section", {"id": "errors-section"},
                        _el("h2", None, f"Not compared ({len(failures)})"),
                        _el("table", {"class": "errors"},
                            _el("thead", None, _el("tr", None, *[_el("th", None, name)
                                                                 for name in ("document", "file", "reason")])),
                            _el("tbody", None, *[_el("tr", None, _el("td", None, f.id), _el("td", None, f.file),
                                                     _el("td", None, f.message)) for f in failures]))))
    return _page(title, nav, body, INDEX_SCRIPT)


def _legend() -> lxml.html.HtmlElement:
    return _el("ul", {"class": "legend"},
               [_el("li", None, _badge(status.value), " ", STATUS_HELP[status]) for status in Adoption])


# From this many documents on, the matrix is a heat map of coloured cells (the status words would
# make a page wider than any screen).
COMPACT_FROM = 12


def _matrix(base: Document, records: Sequence[IndexRecord]) -> lxml.html.HtmlElement:
    doc_ids = [record.doc_id for record in records]
    header = [_el("th", {"scope": "col", "title": f"{base.id} clause"}, "id"), _el("th", {"scope": "col"}, "heading"),
              *[_el("th", {"scope": "col", "data-doc": doc_id}, _el("a", {"href": _page_href(doc_id)}, doc_id))
                for doc_id in doc_ids],
              _el("th", {"scope": "col", "class": "num",
                         "title": "documents that kept, modified or quantified the clause"}, "uptake")]
    rows = []
    taken_by = {record.doc_id: 0 for record in records}
    for clause in base.clauses:
        cells = []
        for record in records:
            taken_by[record.doc_id] += record.cells[clause.id].status in TAKEN_UP
            doc_id, cell = record.doc_id, record.cells[clause.id]
            where = "、".join(cell.clauses) if cell.clauses else "no clause"
            cells.append(_el("td", {"class": f"cell status-{cell.status.value}", "data-doc": doc_id,
                                    "data-base": clause.id, "data-status": cell.status.value,
                                    "data-score": f"{cell.score:.4f}", "data-clauses": " ".join(cell.clauses)},
                             _el("a", {"href": f"{_page_href(doc_id)}#base-{clause.id}",
                                       "title": f"{doc_id} {where} · score {cell.score:.2f}"},
                                 cell.status.value)))
        taken = sum(record.cells[clause.id].status in TAKEN_UP for record in records)
        rows.append(_el("tr", {"data-base": clause.id},
                        _el("th", {"scope": "row"}, clause.id),
                        _el("td", {"class": "heading"}, clause.heading or "(preamble)"),
                        cells,
                        _el("td", {"class": "num uptake", "data-count": str(taken)}, f"{taken}/{len(doc_ids)}")))
    # The uptake of each document: how many BASE clauses it kept, modified or quantified.
    footer = _el("tfoot", None, _el("tr", {"class": "uptake"},
                                    _el("th", {"scope": "row"}, "uptake"), _el("td", {"class": "heading"}, ""),
                                    *[_el("td", {"class": "num", "data-doc": doc_id,
                                                 "title": f"{doc_id}: {taken_by[doc_id]} of {len(base.clauses)}"},
                                          str(taken_by[doc_id])) for doc_id in doc_ids],
                                    _el("td", None, "")))
    compact = " compact" if len(records) > COMPACT_FROM else ""
    table = _table({"id": "matrix", "class": f"matrix{compact}"}, header, rows)
    table[0].append(footer)
    return table


# Columns of the summary table: (header, summary key, formatter).
SUMMARY_COLUMNS = (
    ("clauses", "clauses", str),
    ("aligned", "aligned", str),
    ("added", "added", str),
    ("BASE clauses moved", "moved", str),
    ("BASE clauses dropped", "dropped", str),
    ("sentences verbatim", "verbatim_share", lambda share: f"{share * 100:.1f}%"),
    ("targets", "targets", str),
    ("quantified", "targets_quantified", str),
)


def _summary_table(records: Sequence[IndexRecord]) -> lxml.html.HtmlElement:
    header = [_el("th", {"scope": "col"}, "document"), _el("th", {"scope": "col"}, "title"),
              *[_el("th", {"scope": "col", "class": "num"}, name) for name, _, _ in SUMMARY_COLUMNS]]
    rows = []
    for record in records:
        doc_id, summary = record.doc_id, record.summary
        rows.append(_el("tr", {"data-doc": doc_id},
                        _el("th", {"scope": "row"}, _el("a", {"href": _page_href(doc_id)}, doc_id)),
                        _el("td", None, record.title),
                        [_el("td", {"class": "num", "data-key": key, "data-value": str(summary[key])},
                             show(summary[key])) for _, key, show in SUMMARY_COLUMNS]))
    return _table({"id": "summary", "class": "summary"}, header, rows)


# Columns of the targets table: (header, numeric?).
TARGET_HEADERS = (("indicator", False), ("document", False), ("clause", False), ("year", True),
                  ("comparator", False), ("value", True), ("unit", False), ("flag", False))


def _targets_table(records: Sequence[IndexRecord]) -> lxml.html.HtmlElement:
    header = [_el("th", {"scope": "col", "class": "num" if numeric else None},
                  _el("button", {"type": "button"}, name)) for name, numeric in TARGET_HEADERS]
    rows = []
    for record in records:
        doc_id = record.doc_id
        for linked in record.targets:
            target = linked.target
            year = "" if target.year is None else str(target.year)
            rows.append(_el("tr", {"data-doc": doc_id, "data-flag": linked.flag.value},
                            _el("td", {"title": target.text}, target.indicator),
                            _el("td", None, doc_id),
                            _el("td", {"data-sort": clause_sort_key(target.clause)},
                                _el("a", {"href": f"{_page_href(doc_id)}#other-{target.clause}"}, target.clause)),
                            _el("td", {"class": "num", "data-sort": year}, year),
                            _el("td", {"data-sort": target.comparator},
                                COMPARATOR_SIGNS.get(target.comparator, target.comparator)),
                            _el("td", {"class": "num", "data-sort": _sort_value(target.value)},
                                format_value(target.value)),
                            _el("td", None, target.unit or ""),
                            _el("td", None, _badge(linked.flag.value))))
    return _table({"id": "targets", "class": "targets sortable"}, header, rows)


def _escalation_table(base: Document, records: Sequence[IndexRecord]) -> lxml.html.HtmlElement | None:
    """The targets that have a parent target above them in the run, grouped by the parent's
    indicator (as escalation.csv); None when no document of the run has a target above it."""
    chain = Chain(base)
    for record in records:
        chain.add(record.doc_id, record.meta, record.targets)
    steps = [step for step in chain.steps() if step.parent is not None]
    if not steps:
        return None
    header = [_el("th", {"scope": "col"}, name)
              for name in ("indicator", "parent", "parent value", "document", "level", "value", "change")]
    rows = []
    for step in sorted(steps, key=lambda s: (s.parent.indicator, s.parent.document, LEVEL_RANK.get(s.level, 9))):
        target, parent = step.target, step.parent
        rows.append(_el("tr", {"class": f"change-{step.change}", "data-doc": target.document},
                        _el("td", {"title": target.text}, target.indicator),
                        _el("td", None, f"{parent.document} ({step.parent_level or '?'})"),
                        _el("td", {"class": "num", "title": parent.text}, _shown(parent)),
                        _el("td", None, _el("a", {"href": f"{_page_href(target.document)}#other-{target.clause}"},
                                            target.document)),
                        _el("td", None, step.level),
                        _el("td", {"class": "num"}, _shown(target)),
                        _el("td", None, step.change + ("" if step.ratio is None else f" ×{step.ratio:g}"))))
    return _table({"id": "escalation", "class": "escalation"}, header, rows)


def _shown(target: Target) -> str:
    return f"{COMPARATOR_SIGNS.get(target.comparator, target.comparator)}{format_value(target.value)}{target.unit or ''}"


# ---------------------------------------------------------------- document page


def document_page(base: Document, entry: Entry, cells: dict[str, Cell]) -> lxml.html.HtmlElement:
    """BASE and OTHER side by side, in BASE order, added OTHER clauses where they stand."""
    comparison = entry.comparison
    other = comparison.other
    view = _DocumentView(entry)
    sections = [section for section in base.sections if section.level == 1]
    nav = [_el("a", {"href": INDEX}, "← index"),
           *[_el("a", {"href": f"#section-{section.id}", "title": section.heading},
                 f"{section.id} {section.heading}") for section in sections]]
    summary = entry.summary()
    body: list[object] = [
        _el("h1", None, _title(other)),
        _el("p", {"class": "meta"}, _meta_line(other)),
        _el("p", {"class": "meta"}, f"compared with BASE {base.id}: {_title(base)} ({_meta_line(base)})"),
        _el("p", {"class": "meta"},
            f"{summary['clauses']} clauses, {summary['aligned']} aligned, {summary['added']} added; "
            f"{summary['moved']} BASE clauses moved, {summary['dropped']} dropped; {summary['verbatim_share'] * 100:.1f}% of sentences verbatim; "
            f"{summary['targets']} targets, {summary['targets_quantified']} quantified."),
        _el("p", {"class": "controls"},
            _el("label", None, _el("input", {"type": "checkbox", "id": "show-deleted", "checked": "checked"}),
                " show BASE wording that reworded sentences deleted"),
            " · ", _el("del", None, "deleted"), " ", _el("ins", None, "inserted"), " ",
            _el("span", {"class": "s new"}, "new sentence"), " ",
            _el("span", {"class": "s dropped"}, "dropped BASE sentence"), " ",
            _el("span", {"class": "s moved"}, "moved BASE sentence"), " ",
            _el("mark", {"class": "target", "title": "a target: hover for its parsed fields"}, "target")),
        _el("div", {"class": "colhead"}, _el("div", None, f"BASE {base.id}"), _el("div", None, f"OTHER {other.id}")),
    ]
    section_of = {section.id: section for section in sections}
    shown_sections: set[str] = set()
    body.extend(view.added_rows(None))
    for clause in base.clauses:
        top = clause.id.split(".")[0]
        if top in section_of and top not in shown_sections:
            shown_sections.add(top)
            section = section_of[top]
            body.append(_el("h2", {"class": "section-head", "id": f"section-{section.id}"},
                            f"{section.id} {section.heading}"))
        body.append(view.base_row(clause, cells[clause.id]))
        body.extend(view.added_rows(clause.id))
    return _page(f"{other.id}: {_title(other)}", nav, body, DOCUMENT_SCRIPT)


class _DocumentView:
    """What one document page needs to look up, computed once."""

    def __init__(self, entry: Entry) -> None:
        comparison = entry.comparison
        self.base = comparison.base
        self.other = comparison.other
        self.doc_id = self.other.id
        self.alignments = comparison.clauses
        self.sentences: dict[tuple[str, int], SentenceAlignment] = {(s.clause, s.index): s for s in comparison.sentences}
        self.base_sentences = {(s.clause, s.index): s for s in comparison.base_sentences}
        self.targets: dict[tuple[str, int], list[LinkedTarget]] = {}
        for linked in entry.targets:
            self.targets.setdefault((linked.target.clause, linked.target.sentence), []).append(linked)
        self.targets_by_base: dict[str, list[LinkedTarget]] = {}
        for linked in entry.targets:
            if linked.base_clause is not None:
                self.targets_by_base.setdefault(linked.base_clause, []).append(linked)
        # Implementing OTHER clauses per BASE clause, in OTHER order; the first link is the primary one.
        self.implementing: dict[str, list[tuple[ClauseAlignment, int]]] = {}
        for alignment in self.alignments:
            for rank, link in enumerate(alignment.base):
                self.implementing.setdefault(link.id, []).append((alignment, rank))
        # An added clause stands after the BASE clause its nearest non-added predecessor implements.
        self.added_after: dict[str | None, list[ClauseAlignment]] = {}
        anchor: str | None = None
        for alignment in self.alignments:
            if alignment.base:
                anchor = alignment.base[0].id
            else:
                self.added_after.setdefault(anchor, []).append(alignment)

    # ------------------------------------------------------------ rows

    def base_row(self, clause: Clause, cell: Cell) -> lxml.html.HtmlElement:
        implementing = self.implementing.get(clause.id, [])
        articles = [self._other_clause(alignment) if rank == 0 else self._partial_clause(alignment, clause.id)
                    for alignment, rank in implementing]
        shown = {alignment.id for alignment, _ in implementing}
        elsewhere = [linked for linked in self.targets_by_base.get(clause.id, []) if linked.target.clause not in shown]
        if not articles:
            articles.append(_el("p", {"class": "note"}, f"No clause of {self.doc_id} implements this clause."))
        if elsewhere:
            articles.append(_el("div", {"class": "note"}, "Targets linked to this clause from other clauses:",
                                _el("ul", {"class": "links"},
                                    [_el("li", None, _el("a", {"href": f"#other-{linked.target.clause}"},
                                                         f"{self.doc_id} {linked.target.clause}"),
                                         "：", _el("mark", {"class": "target", "title": _target_tooltip(linked)},
                                                  linked.target.text))
                                     for linked in elsewhere])))
        left = _el("div", {"class": "base"},
                   _el("h3", None, _el("span", {"class": "id"}, f"{self.base.id} {clause.id}"),
                       clause.heading or "(preamble)", " ", _badge(cell.status.value)),
                   _el("p", {"class": "text"}, self._base_sentences(clause)))
        return _el("div", {"class": "row", "id": f"base-{clause.id}", "data-base": clause.id,
                           "data-status": cell.status.value},
                   left, _el("div", {"class": "other"}, articles))

    def added_rows(self, after: str | None) -> list[lxml.html.HtmlElement]:
        return [_el("div", {"class": "row added", "data-other": alignment.id, "data-status": "added"},
                    _el("div", {"class": "base"}, f"added by {self.doc_id}: no BASE counterpart"),
                    _el("div", {"class": "other"}, self._other_clause(alignment)))
                for alignment in self.added_after.get(after, [])]

    # ------------------------------------------------------------ BASE side

    def _base_sentences(self, clause: Clause) -> list[object]:
        spans: list[object] = []
        for index, sentence in enumerate(clause.sentences):
            fate = self.base_sentences.get((clause.id, index))
            status = fate.status.value if fate is not None else BaseSentenceStatus.kept.value
            children: list[object] = [sentence]
            if fate is not None and fate.status is BaseSentenceStatus.moved and fate.other is not None:
                where, at = fate.other
                children.append(_el("a", {"class": "tag", "href": f"#other-{where}",
                                          "title": f"moved: {self.doc_id} {where}, sentence {at + 1}"},
                                    f"→ {where}"))
            elif status == BaseSentenceStatus.dropped.value:
                children.append(_el("span", {"class": "tag"}, "dropped"))
            spans.append(_el("span", {"class": f"s {status}", "data-index": str(index)}, children))
        return spans

    # ------------------------------------------------------------ OTHER side

    def _heading(self, alignment: ClauseAlignment, clause: Clause, score: float | None) -> lxml.html.HtmlElement:
        return _el("h3", None, _el("span", {"class": "id"}, f"{self.doc_id} {clause.id}"),
                   clause.heading or "(preamble)", " ", _badge(alignment.status.value),
                   None if score is None else _el("span", {"class": "score"}, f"score {score:.2f}"),
                   _el("span", {"class": "score", "title": _CONFIDENCE_TITLE},
                       f"{alignment.confidence.value} confidence"
                       + ("" if alignment.runner_up is None else
                          f" · runner-up {self.base.id} {alignment.runner_up.id} ({alignment.runner_up.score:.2f})")))

    def _other_clause(self, alignment: ClauseAlignment) -> lxml.html.HtmlElement:
        clause = self.other.clause(alignment.id)
        score = alignment.base[0].score if alignment.base else None
        also = [link.id for link in alignment.base[1:]]
        return _el("article", {"class": "clause", "id": f"other-{clause.id}", "data-other": clause.id,
                               "data-status": alignment.status.value},
                   self._heading(alignment, clause, score),
                   _el("p", {"class": "text"},
                       [self._other_sentence(clause, index) for index in range(len(clause.sentences))]),
                   _el("p", {"class": "note"}, "also implements ",
                       [[", " if position else "", _el("a", {"href": f"#base-{link}"}, f"{self.base.id} {link}")]
                        for position, link in enumerate(also)]) if also else None,
                   self._agencies(clause))

    def _partial_clause(self, alignment: ClauseAlignment, base_id: str) -> lxml.html.HtmlElement:
        """An OTHER clause whose main BASE clause is another: only its sentences carrying this one."""
        clause = self.other.clause(alignment.id)
        score = next(link.score for link in alignment.base if link.id == base_id)
        indexes = [index for index in range(len(clause.sentences))
                   if (match := self.sentences.get((clause.id, index))) is not None
                   and match.base is not None and match.base.clause == base_id]
        return _el("article", {"class": "clause partial", "data-other": clause.id,
                               "data-status": alignment.status.value},
                   self._heading(alignment, clause, score),
                   _el("p", {"class": "note"}, "shown in full under ",
                       _el("a", {"href": f"#other-{clause.id}"}, f"{self.base.id} {alignment.base[0].id}"),
                       "; its sentences carrying this clause:" if indexes else ""),
                   _el("p", {"class": "text"}, [self._other_sentence(clause, index) for index in indexes])
                   if indexes else None)

    def _agencies(self, clause: Clause) -> lxml.html.HtmlElement | None:
        agencies = clause.agencies
        if not agencies.lead and not agencies.responsible:
            return None
        parts: list[object] = []
        if agencies.lead:
            parts += [_el("dt", None, "牵头单位 lead"), _el("dd", {"class": "lead"}, "、".join(agencies.lead))]
        if agencies.responsible:
            parts += [_el("dt", None, "责任单位 responsible"),
                      _el("dd", {"class": "responsible"}, "、".join(agencies.responsible))]
        return _el("dl", {"class": "agencies"}, parts)

    def _other_sentence(self, clause: Clause, index: int) -> lxml.html.HtmlElement:
        text = clause.sentences[index]
        alignment = self.sentences.get((clause.id, index))
        status = alignment.status.value if alignment is not None else "new"
        pieces: list[tuple[str, int, int, str]] = [("equal", 0, len(text), "")]
        title = "new: no BASE sentence says the same"
        attrs = {"class": f"s {status}", "data-index": str(index)}
        if alignment is not None and alignment.base is not None:
            match = alignment.base
            attrs |= {"data-base-clause": match.clause, "data-base-index": str(match.index)}
            base_text = self.base.clause(match.clause).sentences[match.index]
            title = f"{status} from {self.base.id} {match.clause}, sentence {match.index} (score {match.score:.2f})"
            if match.ops and _ops_fit(match.ops, base_text, text):
                pieces = _deletions_first([(tag, o1, o2, base_text[b1:b2] if tag == "delete" else "")
                                           for tag, b1, b2, o1, o2 in match.ops])
        marks = _marks(text, self.targets.get((clause.id, index), []))
        children = _annotate(text, pieces, marks)
        if status == "new":
            children.append(_el("span", {"class": "tag"}, "new"))
        return _el("span", {**attrs, "title": title}, children)


def _ops_fit(ops: Iterable[tuple[str, int, int, int, int]], base_text: str, text: str) -> bool:
    """Whether the edit ops rebuild both sentences (they always should; a page must never show wrong text)."""
    ops = list(ops)
    other = "".join(text[o1:o2] for tag, _, _, o1, o2 in ops if tag in ("equal", "insert"))
    base = "".join(base_text[b1:b2] for tag, b1, b2, _, _ in ops if tag in ("equal", "delete"))
    return other == text and base == base_text


def _deletions_first(pieces: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    """Within each stretch of edits, the deleted BASE wording before the inserted OTHER wording
    (<del>加强</del><ins>深化</ins>), as a reader expects a replacement to read."""
    ordered: list[tuple[str, int, int, str]] = []
    stretch: list[tuple[str, int, int, str]] = []
    for piece in [*pieces, ("equal", 0, 0, "")]:
        if piece[0] == "equal":
            ordered += [p for p in stretch if p[0] == "delete"] + [p for p in stretch if p[0] != "delete"]
            stretch = []
            if piece[1] != piece[2]:
                ordered.append(piece)
        else:
            stretch.append(piece)
    return ordered


def clause_sort_key(clause_id: str) -> str:
    """A key that sorts clause ids in numbering order as text (2.2 before 2.10 before 2.6.15; an inserted article,
    2.9之一, after 2.9's units)."""
    return "c" + ".".join(_NUMBER_PART.sub(lambda number: number.group().zfill(4), part)
                          for part in clause_id.split("."))


# The number a part of a clause id is or opens, when no mark follows (2, 9之一; not 2' of a restarted run).
_NUMBER_PART = re.compile(r"^\d+(?=之|$)")


def _marks(text: str, targets: list[LinkedTarget]) -> list[tuple[int, int, list[LinkedTarget]]]:
    """Spans of the sentence that carry targets; targets sharing a span (分别, lists) share a mark."""
    spans: list[tuple[int, int, list[LinkedTarget]]] = []
    for linked in targets:
        start = text.find(linked.target.text)
        if start < 0 or not linked.target.text:
            continue
        spans.append((start, start + len(linked.target.text), [linked]))
    spans.sort(key=lambda span: (span[0], -span[1]))
    merged: list[tuple[int, int, list[LinkedTarget]]] = []
    for start, end, linked in spans:
        if merged and start < merged[-1][1]:
            first, last, previous = merged[-1]
            merged[-1] = (first, max(last, end), previous + linked)
        else:
            merged.append((start, end, linked))
    return merged


def _annotate(text: str, pieces: list[tuple[str, int, int, str]],
              marks: list[tuple[int, int, list[LinkedTarget]]]) -> list[object]:
    """The sentence as nodes: equal text plain, <ins> and <del> from the edit ops, <mark> over targets."""
    cuts = sorted({position for start, end, _ in marks for position in (start, end)})
    runs: list[tuple[str, str, int | None]] = []  # (kind, text, mark number)
    for tag, start, end, deleted in pieces:
        if tag == "delete":
            inside = next((number for number, (first, last, _) in enumerate(marks) if first < start < last), None)
            runs.append(("delete", deleted, inside))
            continue
        bounds = [start, *[cut for cut in cuts if start < cut < end], end]
        for first, last in zip(bounds, bounds[1:]):
            inside = next((number for number, (low, high, _) in enumerate(marks) if low <= first and last <= high), None)
            runs.append((tag, text[first:last], inside))
    nodes: list[object] = []
    position = 0
    while position < len(runs):
        number = runs[position][2]
        group = []
        while position < len(runs) and runs[position][2] == number:
            group.append(runs[position])
            position += 1
        inner = [_run(kind, part) for kind, part, _ in group if part]
        if number is None:
            nodes.extend(inner)
        else:
            linked = marks[number][2]
            nodes.append(_el("mark", {"class": "target", "data-flag": linked[0].flag.value,
                                      "title": "\n\n".join(_target_tooltip(item) for item in linked)}, inner))
    return nodes


def _run(kind: str, text: str) -> object:
    if kind == "insert":
        return _el("ins", None, text)
    if kind == "delete":
        return _el("del", None, text)
    return text
