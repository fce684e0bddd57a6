"""The report model: each comparison with its linked targets. Every output format is a view of it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Mapping, Sequence

from .errors import PolicydiffError
from .model import ClauseStatus, Comparison, Document
from .quantify import LinkedTarget, TargetFlag, change, link_targets
from .targets import Target


@dataclass(frozen=True)
class Entry:
    """One OTHER document compared with BASE."""

    comparison: Comparison
    """Clause and sentence alignment."""
    targets: tuple[LinkedTarget, ...]
    """OTHER's targets, each linked to the BASE text it implements."""
    file: str = ""
    """The document's path as given ("" when it was compared without one)."""

    @property
    def id(self) -> str:
        """The OTHER document's id (as Written.id and Failure.id)."""
        return self.comparison.other.id

    def summary(self) -> dict[str, float | int]:
        """The comparison's counts plus target counts, and the share of BASE sentences carried."""
        counts = self.comparison.summary()
        flags = [t.flag for t in self.targets]
        changes = [change(t) for t in self.targets]
        base_sentences = counts["base_sentences_kept"] + counts["base_sentences_moved"] + counts["base_sentences_dropped"]
        return {**counts, "targets": len(flags),
                **{f"targets_{flag.value}": flags.count(flag) for flag in TargetFlag},
                "targets_raised": changes.count("raised"), "targets_lowered": changes.count("lowered"),
                "base_coverage": round((counts["base_sentences_kept"] + counts["base_sentences_moved"])
                                       / max(base_sentences, 1), 4)}


# documents.csv and the "document" record of the JSON: one row per compared document, for
# regressions (its metadata, then the counts of Entry.summary() under these names).
DOCUMENT_META = ("id", "file", "title", "issuer", "doc_number", "date", "level", "region", "status", "implements",
                 "cites")
DOCUMENT_COUNTS = ("clauses", "aligned", "added", "moved", "dropped", "sentences", "verbatim", "reworded", "new",
                   "base_sentences_kept", "base_sentences_moved", "base_sentences_dropped", "targets",
                   "targets_quantified", "targets_changed", "targets_kept", "targets_new", "targets_raised",
                   "targets_lowered", "verbatim_share", "base_coverage")


def agency_rows(entry: Entry) -> list[tuple[str, str, str, str, str]]:
    """(clause, agency, its standard name, role, BASE clauses joined by ";") for every department the
    OTHER document makes responsible for a clause: which department carries which national task."""
    from .agencies import standard_name

    implements = {a.id: ";".join(link.id for link in a.base) for a in entry.comparison.clauses}
    rows = []
    for clause in entry.comparison.other.clauses:
        for role, agencies in (("lead", clause.agencies.lead), ("responsible", clause.agencies.responsible)):
            rows.extend((clause.id, agency, standard_name(agency), role, implements.get(clause.id, ""))
                        for agency in agencies)
    return rows


def document_record(entry: Entry) -> dict[str, object]:
    """The documents.csv row of ``entry`` as a mapping (cites joined by ";")."""
    other = entry.comparison.other
    meta = other.meta
    counts = entry.summary()
    return {"id": other.id, "file": entry.file, "title": meta.title, "issuer": meta.issuer,
            "doc_number": meta.doc_number, "date": meta.date, "level": meta.level, "region": meta.region,
            "status": meta.status, "implements": meta.implements, "cites": ";".join(meta.cites),
            **{name: counts[name] for name in DOCUMENT_COUNTS}}


@dataclass(frozen=True)
class Written:
    """One OTHER document compared and already written as the text of the run's one output
    (serialize.entry_json), where the work was done: all a worker sends back when nothing else
    needs the Entry, so that the parent only writes."""

    id: str
    """The document's id."""
    text: bytes
    """The text, UTF-8 encoded (as the encoder gives it and the output writes it)."""


@dataclass(frozen=True)
class Failure:
    """A document of a batch that could not be read, parsed or compared: it was skipped."""

    file: str
    """The document's path as given."""
    id: str
    """The id it would have had."""
    error: PolicydiffError
    """What went wrong; ``str(error)`` is the one line a user sees."""

    @property
    def message(self) -> str:
        return str(self.error)


def compare_documents(base: Document, other: Document,
                      corrections: Mapping[str, Sequence[str]] | None = None, file: str = "",
                      targets: tuple[Target, ...] | None = None) -> Entry:
    """Align OTHER with BASE and link its targets (``targets``, when already extracted);
    ``file`` is OTHER's path as given."""
    # The aligner (numpy, rapidfuzz: 0.17 s to import) only where documents are compared: the
    # parent of a pooled batch reads the report model and never compares.
    from .align import compare

    comparison = compare(base, other, corrections=corrections)
    return Entry(comparison, link_targets(comparison, targets), file)


class Adoption(str, Enum):
    """What a document did with one BASE clause (a cell of the adoption matrix)."""

    kept = "kept"
    """Implemented by a clause that keeps nearly all sentences verbatim."""
    quantified = "quantified"
    """The document set a number for it: a target linked to its text that BASE lacks or sets otherwise."""
    modified = "modified"
    """Implemented in other words."""
    moved = "moved"
    """No clause implements it, but some of its sentences appear elsewhere in the document."""
    dropped = "dropped"
    """Nothing of it appears in the document."""


@dataclass(frozen=True)
class Cell:
    """One BASE clause in one document."""

    status: Adoption
    """kept, quantified, modified, moved or dropped."""
    score: float
    """Best score of an OTHER clause implementing it; 0 when none does."""
    clauses: tuple[str, ...]
    """OTHER clauses implementing it, in OTHER order."""


def adoption(entry: Entry) -> dict[str, Cell]:
    """The adoption-matrix column of one document: every BASE clause id → its cell.

    Derived from the comparison's own dropped and moved lists, so the matrix, the summary and
    every table agree."""
    comparison = entry.comparison
    implementing: dict[str, list[tuple[str, float, ClauseStatus]]] = {}
    for alignment in comparison.clauses:
        for link in alignment.base:
            implementing.setdefault(link.id, []).append((alignment.id, link.score, alignment.status))
    quantified = {t.base_clause for t in entry.targets if t.flag in (TargetFlag.quantified, TargetFlag.changed)}
    dropped, moved = set(comparison.dropped), set(comparison.moved)
    cells = {}
    for clause in comparison.base.clauses:
        rows = implementing.get(clause.id, [])
        if clause.id in dropped:
            status = Adoption.dropped
        elif clause.id in quantified:  # a target's sentence carries it, even from another clause
            status = Adoption.quantified
        elif clause.id in moved:
            status = Adoption.moved
        elif any(row[2] is ClauseStatus.kept for row in rows):
            status = Adoption.kept
        else:
            status = Adoption.modified
        cells[clause.id] = Cell(status, max((row[1] for row in rows), default=0.0), tuple(row[0] for row in rows))
    return cells
