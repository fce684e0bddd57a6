"""Terminal views (rich): built as renderables, printed by the CLI."""

from __future__ import annotations

import io
import sys
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.rule import Rule
from rich import box
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from ..model import BaseSentenceStatus, Comparison, Document, SentenceStatus
from ..numbering import id_part_order
from ..output import STDOUT_NAME, write_failure

if TYPE_CHECKING:  # annotations only: importing them would load the aligner
    from ..evaluate import Score, SentenceScore
    from ..output import StreamOutput
    from ..report import Entry


def document_tree(document: Document) -> Tree:
    """The clause tree of a document under its metadata."""
    meta = document.meta
    tree = Tree(Text.assemble((document.id, "bold"), "  ", meta.title or "(untitled)"))
    facts = [("issuer", meta.issuer), ("doc number", meta.doc_number), ("date", meta.date),
             ("level", meta.level), ("region", meta.region), ("status", meta.status),
             ("cites", "、".join(meta.cites))]
    grid = Table.grid(padding=(0, 1))
    for name, value in facts:
        if value:
            grid.add_row(Text(name, style="dim"), value)
    tree.add(grid)
    branches: dict[str, Tree] = {}
    nodes = sorted([*document.sections, *document.clauses], key=lambda node: _order(document, node.id))
    for node in nodes:
        parent_id = node.id.rpartition(".")[0]
        parent = branches.get(parent_id, tree)
        label = Text.assemble((node.id, "cyan"), " ", node.heading or "")
        sentences = getattr(node, "sentences", None)
        if sentences is not None:
            label.append(f"  {len(sentences)} sentences", style="dim")
            agencies = node.agencies
            if agencies.lead:
                label.append(f"  牵头：{'、'.join(agencies.lead)}", style="green")
        branches[node.id] = parent.add(label)
    return tree


def _order(document: Document, node_id: str) -> tuple[float, ...]:
    # Sections and clauses interleave in numbering order; the preamble (0) first.
    return tuple(order for part in node_id.rstrip("'").split(".") if (order := id_part_order(part)) is not None)


def documents_view(documents: list[Document]) -> Group:
    return Group(*(document_tree(document) for document in documents))


def comparisons_view(entries: list[Entry], summary_only: bool = False) -> Group:
    """The summary table, then (unless ``summary_only``) each document's details."""
    parts: list[RenderableType] = [summary_table(entries)]
    if not summary_only:
        for entry in entries:
            parts.extend(entry_view(entry))
    return Group(*parts)


SUMMARY_COLUMNS = ("document", "clauses", "aligned", "added", "BASE\nmoved", "BASE\ndropped", "verbatim", "targets",
                   "quantified")


def summary_row(entry: Entry) -> list[str]:
    """One summary row: the numbers of ``entry.summary()`` in SUMMARY_COLUMNS order."""
    counts = entry.summary()
    return [entry.id, str(counts["clauses"]), str(counts["aligned"]), str(counts["added"]),
            str(counts["moved"]), str(counts["dropped"]), f"{counts['verbatim_share']:.0%}", str(counts["targets"]),
            str(counts["targets_quantified"])]


def summary_table(entries: list[Entry]) -> Table:
    base = entries[0].comparison.base.id if entries else "—"
    # One space between columns and no side borders: the headers fit whole in 80 columns.
    table = Table(title=f"Compared with {base}", box=box.SIMPLE_HEAD, padding=(0, 0), show_edge=False)
    for name in SUMMARY_COLUMNS:
        document = name == "document"
        table.add_column(name, justify="left" if document else "right", overflow="fold" if document else "ellipsis",
                         no_wrap=not document)
    for entry in entries:
        table.add_row(*summary_row(entry))
    return table


_STATUS_STYLE = {"kept": "green", "modified": "yellow", "added": "cyan", "dropped": "red", "moved": "magenta",
                 "quantified": "bold blue", "changed": "bold yellow", "new": "cyan", "verbatim": "green",
                 "reworded": "yellow"}


def entry_view(entry: Entry) -> list[RenderableType]:
    comparison = entry.comparison
    base, other = comparison.base, comparison.other
    parts: list[RenderableType] = [Rule(f"{other.id} — {other.meta.title}"), alignment_table(comparison)]
    reworded = [s for s in comparison.sentences if s.status is SentenceStatus.reworded]
    if reworded:
        table = _list_table(f"{other.id}: reworded sentences (deleted / inserted)", ("clause", "base", "sentence"))
        for sentence in reworded:
            base_text = base.clause(sentence.base.clause).sentences[sentence.base.index]
            table.add_row(f"{sentence.clause}:{sentence.index}", f"{sentence.base.clause} {sentence.base.score:.2f}",
                          diff_text(base_text, sentence.text, sentence.base.ops))
        parts.append(table)
    added = [s for s in comparison.sentences if s.status is SentenceStatus.new]
    if added:
        table = _list_table(f"{other.id}: added sentences", ("clause", "sentence"))
        for sentence in added:
            table.add_row(f"{sentence.clause}:{sentence.index}", sentence.text)
        parts.append(table)
    for status, title in ((BaseSentenceStatus.dropped, f"{base.id} sentences dropped by {other.id}"),
                          (BaseSentenceStatus.moved, f"{base.id} sentences moved by {other.id}")):
        rows = [s for s in comparison.base_sentences if s.status is status]
        if rows:
            table = _list_table(title, ("clause", "where", "sentence"))
            for sentence in rows:
                where = f"→ {sentence.other[0]}" if sentence.other else ""
                table.add_row(f"{sentence.clause}:{sentence.index}", where,
                              base.clause(sentence.clause).sentences[sentence.index])
            parts.append(table)
    if entry.targets:
        table = _list_table(f"{other.id}: targets", ("clause", "indicator", "bar", "year", "flag", base.id))
        for linked in entry.targets:
            target = linked.target
            table.add_row(target.clause, target.indicator, _bar(target), str(target.year or ""),
                          Text(linked.flag.value, style=_STATUS_STYLE.get(linked.flag.value, "")),
                          linked.base_clause or "")
        parts.append(table)
    return parts


def diff_text(base_text: str, other_text: str, ops) -> Text:
    """``other_text`` with the characters it deleted from ``base_text`` marked [-so-] (struck
    through in red) and those it inserted marked {+so+} (green), the convention of
    ``git diff --word-diff=plain``: without colour, deleted and inserted text never run
    together into words no one wrote."""
    text = Text()
    for tag, i1, i2, j1, j2 in ops:
        if tag in ("delete", "replace"):
            text.append(f"[-{base_text[i1:i2]}-]", style="strike red")
        if tag in ("insert", "replace"):
            text.append(f"{{+{other_text[j1:j2]}+}}", style="green")
        if tag == "equal":
            text.append(other_text[j1:j2])
    return text


def _bar(target) -> str:
    from ..targets import format_value

    return f"{target.comparator} {format_value(target.value)}{target.unit or ''}"


def _list_table(title: str, columns: tuple[str, ...]) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False, expand=True)
    for column in columns:
        table.add_column(column, overflow="fold", ratio=4 if column in ("sentence", "indicator") else None,
                         no_wrap=column not in ("sentence", "indicator"))
    return table


def alignment_table(comparison: Comparison) -> Table:
    """OTHER clause ↔ the BASE clauses it implements, with score and status; then BASE clauses
    moved and dropped. Each BASE link has a row of its own, so a score stays beside its clause
    however the headings wrap."""
    base, other = comparison.base, comparison.other
    table = Table(title=f"{other.id} → {base.id}: clauses", title_justify="left", expand=True)
    table.add_column(other.id, ratio=3, overflow="fold")
    table.add_column(base.id, ratio=3, overflow="fold")
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("status", no_wrap=True)
    for alignment in comparison.clauses:
        status = alignment.status.value
        verdict = Text(status, style=_STATUS_STYLE.get(status, ""))
        verdict.append(f"\n{alignment.confidence.value}", style="dim")
        first = (f"{alignment.id} {other.heading_of(alignment.id)}", verdict)
        if not alignment.base:
            table.add_row(first[0], "—", "", first[1])
        for n, link in enumerate(alignment.base):
            table.add_row(first[0] if n == 0 else "", f"{link.id} {base.heading_of(link.id)}", f"{link.score:.2f}",
                          first[1] if n == 0 else "")
    for status, ids in (("moved", comparison.moved), ("dropped", comparison.dropped)):
        for clause_id in ids:
            table.add_row("—", f"{clause_id} {base.heading_of(clause_id)}", "", Text(status, style=_STATUS_STYLE[status]))
    return table


def scores_table(scores: list[Score], title: str = "Aligner against gold alignments", first: str = "gold file") -> Table:
    table = Table(title=title)
    for name in (first, "clauses", "primary", "precision", "recall", "F1"):
        table.add_column(name, justify="left" if name == first else "right", no_wrap=name == first)
    for score in scores:
        table.add_row(score.name, str(score.clauses), f"{score.primary_accuracy:.3f}", f"{score.precision:.3f}",
                      f"{score.recall:.3f}", f"{score.f1:.3f}")
    return table


def sentence_scores_table(scores: list[SentenceScore]) -> Table:
    table = Table(title="BASE sentences against sentence gold")
    for name in ("gold file", "sentences", "not in parse", "dropped precision", "dropped recall", "location"):
        table.add_column(name, justify="left" if name == "gold file" else "right")
    for score in scores:
        table.add_row(score.name, str(score.sentences), str(score.unmatched), f"{score.dropped_precision:.3f}",
                      f"{score.dropped_recall:.3f}", f"{score.location_accuracy:.3f}")
    return table


def rows_table(title: str, columns: list[str], rows: list[list[str]]) -> Table:
    table = Table(title=title)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*row)
    return table


def pairs_table(pairs: list[dict]) -> Table:
    """The network's pairs (rows of network.PAIR_COLUMNS) as read in a terminal 80 columns wide:
    the pair in one column, the later document's sentences and those carrying the earlier's
    (verbatim + reworded), shares to 3 places (-f csv has every column in full). Two copies of one
    text are written earlier = later."""
    copies = any(pair.get("copy") for pair in pairs)
    table = Table(title="Pairs (earlier → later)", caption="earlier = later: copies of one text" if copies else None,
                  box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, collapse_padding=True)
    table.add_column("earlier → later", overflow="fold", min_width=16)
    table.add_column("relation", no_wrap=True)
    for header in ("gap\ndays", "later\nsent.", "verb.+\nrew.", "share", "verbatim\nshare", "clauses"):
        table.add_column(header, justify="right", no_wrap=True)
    for pair in pairs:
        gap = "" if pair["gap_days"] is None else str(pair["gap_days"])
        arrow = "=" if pair.get("copy") else "→"
        table.add_row(f"{pair['earlier']} {arrow} {pair['later']}", pair["relation"], gap, str(pair["sentences"]),
                      f"{pair['verbatim']}+{pair['reworded']}", f"{pair['share']:.3f}", f"{pair['verbatim_share']:.3f}",
                      f"{pair['clauses']:.3f}")
    return table


def print_view(renderable: RenderableType, stream: "StreamOutput | None" = None) -> None:
    """Print to the terminal (colour only when stdout is one, NO_COLOR honoured) or, when the
    output is a file, as plain text 120 columns wide."""
    from rich.console import Console

    # markup=False: text from documents ([/bold], [link=…]) is never read as rich markup.
    if stream is None or stream.path is None:
        try:
            Console(markup=False).print(renderable)
            sys.stdout.flush()
        except OSError as error:
            raise write_failure(STDOUT_NAME, error) from None
        return
    buffer = io.StringIO()
    console = Console(file=buffer, width=120, color_system=None, force_terminal=False, markup=False)
    console.print(renderable)
    stream.write(buffer.getvalue())
