"""Terminal views (rich): built as renderables, printed by the CLI."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from ..evaluate import Score
from ..model import Comparison, Document


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


def _order(document: Document, node_id: str) -> tuple[int, ...]:
    # Sections and clauses interleave in numbering order; the preamble (0) first.
    return tuple(int(part) for part in node_id.rstrip("'").split(".") if part.isdigit())


def documents_view(documents: list[Document]) -> Group:
    return Group(*(document_tree(document) for document in documents))


def comparisons_view(comparisons: list[Comparison]) -> Group:
    """A summary table, then each comparison's clause alignment."""
    parts: list = [summary_table(comparisons)]
    for comparison in comparisons:
        parts.append(alignment_table(comparison))
    return Group(*parts)


def summary_table(comparisons: list[Comparison]) -> Table:
    table = Table(title="Compared with " + (comparisons[0].base.id if comparisons else "—"))
    for name in ("document", "clauses", "aligned", "added", "base dropped", "verbatim"):
        table.add_column(name, justify="left" if name == "document" else "right")
    for comparison in comparisons:
        counts = comparison.summary()
        table.add_row(comparison.other.id, str(counts["clauses"]), str(counts["aligned"]), str(counts["added"]),
                      str(counts["dropped"]), f"{counts['verbatim_share']:.0%}")
    return table


_STATUS_STYLE = {"kept": "green", "modified": "yellow", "added": "cyan"}


def alignment_table(comparison: Comparison) -> Table:
    base, other = comparison.base, comparison.other
    table = Table(title=f"{other.id} → {base.id}", show_lines=False)
    table.add_column(other.id, ratio=3)
    table.add_column(base.id, ratio=3)
    table.add_column("score", justify="right")
    table.add_column("status")
    for alignment in comparison.clauses:
        bases = "\n".join(f"{link.id} {base.heading_of(link.id)}" for link in alignment.base) or "—"
        scores = "\n".join(f"{link.score:.2f}" for link in alignment.base)
        status = alignment.status.value
        table.add_row(f"{alignment.id} {other.heading_of(alignment.id)}", bases, scores,
                      Text(status, style=_STATUS_STYLE.get(status, "")))
    if comparison.dropped:
        table.add_row(Text("dropped", style="red"),
                      "\n".join(f"{d} {base.heading_of(d)}" for d in comparison.dropped), "", Text("dropped", style="red"))
    return table


def scores_table(scores: list[Score]) -> Table:
    table = Table(title="Aligner against gold alignments")
    for name in ("gold file", "clauses", "primary accuracy", "precision", "recall", "F1"):
        table.add_column(name, justify="left" if name == "gold file" else "right")
    for score in scores:
        table.add_row(score.name, str(score.clauses), f"{score.primary_accuracy:.3f}", f"{score.precision:.3f}",
                      f"{score.recall:.3f}", f"{score.f1:.3f}")
    return table


def rows_table(title: str, columns: list[str], rows: list[list[str]]) -> Table:
    table = Table(title=title)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*row)
    return table
