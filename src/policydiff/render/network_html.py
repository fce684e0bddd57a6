"""The network's HTML report: each document's sentences coloured by the document they came from.

``index.html`` lists the documents (where their sentences came from, linked to their pages);
each document's page shows its clauses sentence by sentence, every sentence with a source in the
colour of that source, verbatim ones filled and reworded ones lighter with a dotted underline,
each followed by its source's key letter linking to the sentence it came from (so that the
source is told by a letter, not by colour alone), and the table of the documents it reuses.

Anchors a page defines: ``s-<clause id>-<sentence index>`` for each sentence.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import quote

import lxml.html

from ..network import Network, Pair, Source, Summary, summaries
from .html import INDEX, INDEX_SCRIPT, StagedFolder, _check_id, _el, _page, _page_href, _serialise, _table, page_name

# Colours of the sources of one page, the one most sentences came from first (distinct in hue and
# readable behind black text); sources beyond them share the last, and their letters tell them apart.
PALETTE = ("#b6e3ff", "#ffd8b5", "#c7f0c2", "#f4c7ff", "#fff2a8", "#ffc9c9", "#c9d6ff", "#d8d8d8")
NETWORK_CSS = "".join(
    f".src-{i}.verbatim {{ background: {colour}; }}\n.src-{i}.reworded {{ background: {colour}80; "
    f"text-decoration: underline dotted #59636e; }}\n.key-{i} {{ background: {colour}; }}\n"
    for i, colour in enumerate(PALETTE)) + """
.key { display: inline-block; min-width: 1.2rem; padding: 0 .2rem; margin-left: .1rem; border-radius: .2rem;
       font-size: .7rem; line-height: 1.3; text-align: center; text-decoration: none; color: #1f2328;
       vertical-align: super; }
.clause { margin: .5rem 0; }
"""


def write_network_html(directory: Path, network: Network) -> list[Path]:
    """``index.html`` and one page per document into ``directory``, all or nothing; the paths
    written, the index last. OutputError when an id cannot name a page."""
    seen: set[str] = set()
    for n in network.nodes:
        _check_id(n.id, seen)
        seen.add(n.id)
    by_document: dict[str, list[Source]] = defaultdict(list)
    for source in network.sources:
        by_document[source.document].append(source)
    reusing: dict[str, list[Pair]] = defaultdict(list)
    for pair in network.pairs:
        reusing[pair.later].append(pair)
    titles = {n.id: n.meta.title or n.id for n in network.nodes}
    rows = summaries(network)
    with StagedFolder(directory) as folder:
        for n, summary in zip(network.nodes, rows):
            folder.stage(page_name(n.id), _serialise(document_page(n.id, titles, by_document[n.id],
                                                                   reusing[n.id], summary)))
        folder.stage(INDEX, _serialise(index_page(network, titles, rows)))
    return folder.close()


def index_page(network: Network, titles: dict[str, str], rows: list[Summary]) -> lxml.html.HtmlElement:
    metas = {n.id: n.meta for n in network.nodes}
    title = f"policydiff network: {len(network.nodes)} documents, {len(network.pairs)} pairs that reuse text"
    header = [_el("th", None, _el("button", {"type": "button"}, name))
              for name in ("document", "title", "level", "date", "sentences", "from earlier documents",
                           "main source", "vertical", "horizontal", "other")]
    body = []
    for s in rows:
        meta = metas[s.document]
        main = _el("a", {"href": _page_href(s.main_source)}, s.main_source) if s.main_source else ""
        share = f"{s.sourced / s.sentences:.0%}" if s.sentences else ""
        body.append(_el("tr", None, _el("th", {"scope": "row"}, _el("a", {"href": _page_href(s.document)}, s.document)),
                        *[_el("td", None, text) for text in (titles[s.document], meta.level, meta.date)],
                        _el("td", {"class": "num"}, str(s.sentences)),
                        _el("td", {"class": "num", "data-sort": f"{s.sourced / max(s.sentences, 1):.4f}"}, share),
                        _el("td", None, main),
                        *[_el("td", {"class": "num"}, str(count)) for count in (s.vertical, s.horizontal, s.other)]))
    return _page(title, [_el("a", {"href": "#documents"}, "documents")],
                 [_el("style", None, NETWORK_CSS), _el("h1", None, title),
                  _el("p", {"class": "note"}, f"{network.candidates:,} of {network.possible:,} ordered pairs scored "
                                              "(the others share too little text to reach the reporting share). "
                                              "Vertical, horizontal, other: sentences by their source's relation to "
                                              "the document. Click a header to sort."),
                  _el("section", {"id": "documents"},
                      _table({"class": "sortable"}, header, body))], INDEX_SCRIPT)


def document_page(doc_id: str, titles: dict[str, str], sources: list[Source], pairs: list[Pair],
                  summary: Summary) -> lxml.html.HtmlElement:
    counts = Counter(s.source for s in sources if s.source)
    order = sorted(counts, key=lambda other: (-counts[other], other))
    slot = {other: min(i, len(PALETTE) - 1) for i, other in enumerate(order)}
    letter = {other: _letter(i) for i, other in enumerate(order)}
    legend = _el("ul", {"class": "legend"},
                 *[_el("li", None, _el("span", {"class": f"key key-{slot[other]}"}, letter[other]), " ",
                       _el("a", {"href": _page_href(other)}, other), f" {titles.get(other, other)}: {counts[other]} "
                       + ("sentence" if counts[other] == 1 else "sentences")) for other in order])
    pair_rows = [_el("tr", None, _el("td", None, _el("a", {"href": _page_href(p.earlier)}, p.earlier)),
                     _el("td", None, f"{p.relation}, a copy of one text" if p.copy else p.relation),
                     _el("td", {"class": "num"}, f"{p.share:.1%}"),
                     _el("td", {"class": "num"}, str(p.verbatim)), _el("td", {"class": "num"}, str(p.reworded)),
                     _el("td", {"class": "num"}, "" if p.gap_days is None else str(p.gap_days)))
                 for p in sorted(pairs, key=lambda p: (-p.share, p.earlier))]
    clauses: list[object] = []
    for clause_id, group in _clauses(sources):
        clauses.append(_el("p", {"class": "clause"}, _el("span", {"class": "id"}, clause_id),
                           *[_sentence(s, slot, letter) for s in group]))
    title = f"{doc_id}: {titles.get(doc_id, doc_id)}"
    body = [_el("style", None, NETWORK_CSS), _el("h1", None, title),
            _el("p", {"class": "meta"}, f"{summary.sourced} of {summary.sentences} sentences carry text of an earlier "
                                        "document of the run; each is coloured by the document it most likely came "
                                        "from (filled: verbatim; lighter, dotted: reworded); its letter links to "
                                        "the sentence it came from. Uncoloured sentences are new."),
            _el("p", {"class": "meta"}, "A copy of ", _el("a", {"href": _page_href(summary.copy_of)}, summary.copy_of),
                ": the same text published again.") if summary.copy_of else None,
            legend,
            _el("h2", None, "Documents it reuses"),
            _table({}, [_el("th", None, name) for name in ("earlier", "relation", "share", "verbatim", "reworded",
                                                             "days after")], pair_rows),
            _el("h2", None, "Text"), *clauses]
    return _page(title, [_el("a", {"href": INDEX}, "← index")], body, "")


def _clauses(sources: list[Source]) -> list[tuple[str, list[Source]]]:
    """The sentences grouped by clause, in document order."""
    groups: list[tuple[str, list[Source]]] = []
    for source in sources:
        if not groups or groups[-1][0] != source.clause:
            groups.append((source.clause, []))
        groups[-1][1].append(source)
    return groups


def _sentence(source: Source, slot: dict[str, int], letter: dict[str, str]) -> list[object]:
    anchor = {"id": f"s-{source.clause}-{source.index}"}
    if not source.source:
        return [_el("span", {**anchor, "class": "s"}, source.text)]
    where = f"{source.source} clause {source.source_clause}, sentence {source.source_index}"
    link = _page_href(source.source) + "#" + quote(f"s-{source.source_clause}-{source.source_index}")
    return [_el("span", {**anchor, "class": f"s src-{slot[source.source]} {source.status}",
                         "title": f"{source.status} from {where} ({source.score:.2f})"}, source.text),
            _el("a", {"class": f"key key-{slot[source.source]}", "href": link, "title": where},
                letter[source.source])]


def _letter(i: int) -> str:
    """A, B, … Z, AA, AB, …"""
    text = ""
    i += 1
    while i:
        i, rest = divmod(i - 1, 26)
        text = chr(65 + rest) + text
    return text
