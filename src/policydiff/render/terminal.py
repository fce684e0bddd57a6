"""Terminal views (rich): built as renderables, printed by the CLI."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from ..model import Document


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
