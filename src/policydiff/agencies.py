"""Which department carries which tasks: a document's responsibility notes, turned around."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Document


@dataclass(frozen=True)
class AgencyRow:
    """One department of a document."""

    document: str
    """Document id."""
    agency: str
    """The department as named (市卫生健康委)."""
    leads: tuple[str, ...]
    """Clauses it leads (牵头单位, or first named)."""
    shares: tuple[str, ...]
    """Clauses it is co-responsible for (责任单位 / 配合单位)."""


def agency_table(document: Document) -> tuple[AgencyRow, ...]:
    """Every department named in ``document``, most leads first, then by name."""
    leads: dict[str, list[str]] = {}
    shares: dict[str, list[str]] = {}
    for clause in document.clauses:
        for agency in clause.agencies.lead:
            leads.setdefault(agency, []).append(clause.id)
            shares.setdefault(agency, [])
        for agency in clause.agencies.responsible:
            shares.setdefault(agency, []).append(clause.id)
            leads.setdefault(agency, [])
    rows = [AgencyRow(document.id, agency, tuple(leads[agency]), tuple(shares[agency])) for agency in leads]
    return tuple(sorted(rows, key=lambda row: (-len(row.leads), -len(row.shares), row.agency)))
