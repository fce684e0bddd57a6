"""The parsed document: typed, frozen data that every later step reads and none re-derives."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Agencies:
    """Departments a clause makes responsible, as named in its responsibility note."""

    lead: tuple[str, ...] = ()
    """Lead units (牵头单位); when a note names no lead, its first unit."""
    responsible: tuple[str, ...] = ()
    """Co-responsible units (责任单位 / 配合单位), lead excluded."""


@dataclass(frozen=True)
class Clause:
    """A numbered clause that has body text (or the preamble, clause ``0``)."""

    id: str
    """Numbers of the numbered ancestors and the clause itself joined by "." (二、（一） → 2.1)."""
    level: int
    """Depth in the numbering tree: 0 for the preamble, 1 for 一、, 2 for （一） under it …"""
    heading: str
    """The short title before the first 。, or the bare heading line; "" when there is none."""
    text: str
    """The whole normalised body, heading and responsibility notes excluded."""
    sentences: tuple[str, ...]
    """``text`` split at 。！？； outside quotes and brackets, each with its end mark."""
    agencies: Agencies = field(default_factory=Agencies)
    """Responsible departments named after the clause."""


@dataclass(frozen=True)
class Section:
    """A numbered heading with no body text of its own (一、总体要求 over its （一）…)."""

    id: str
    """Clause-style id of the heading (一、 → 1)."""
    level: int
    """Depth in the numbering tree, as for clauses."""
    heading: str
    """The heading text."""


@dataclass(frozen=True)
class Meta:
    """What a document says about itself (GB/T 9704 parts), filled in by the manifest."""

    title: str = ""
    """Title; for a transmittal notice, the title of the plan it transmits."""
    issuer: str = ""
    """Issuing organ (发文机关)."""
    doc_number: str = ""
    """Document number with 〔〕 brackets (吉政办发〔2023〕21号)."""
    date: str = ""
    """Date of the document (成文日期) as ISO 8601, "" when unknown."""
    level: str = ""
    """national, provincial, municipal or county."""
    region: str = ""
    """Region of the issuer (吉林省, 烟台市); 全国 for the centre."""
    status: str = "final"
    """final, or draft for a consultation draft (征求意见稿)."""
    cites: tuple[str, ...] = ()
    """Document numbers the preamble cites (中办发〔2023〕10号)."""
    implements: str = ""
    """Id of the document this one implements (from the manifest)."""
    addressees: str = ""
    """Addressees (主送机关), without the closing colon."""


@dataclass(frozen=True)
class Document:
    """A parsed policy document."""

    id: str
    """Manifest id, else the file name without extension."""
    meta: Meta
    """Metadata from the text and the manifest."""
    clauses: tuple[Clause, ...]
    """Clauses with body text, in document order; the preamble first as clause ``0``."""
    sections: tuple[Section, ...] = ()
    """Numbered headings without text of their own, in document order."""

    def clause(self, clause_id: str) -> Clause:
        """The clause with id ``clause_id`` (KeyError when there is none)."""
        for clause in self.clauses:
            if clause.id == clause_id:
                return clause
        raise KeyError(clause_id)

    def heading_of(self, clause_id: str) -> str:
        """Heading of a clause or section id, "" when unknown."""
        for node in (*self.clauses, *self.sections):
            if node.id == clause_id:
                return node.heading
        return ""
