"""Which department carries which tasks: a document's responsibility notes, turned around."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Document

# A department's name in the short form the State Council's documents use for it, so that one
# department written several ways is one department across a corpus: the full names
# (发展和改革委员会, 人力资源和社会保障局, 市场监督管理局, 人民政府) and the colloquial ones (发改委, 人社局,
# 住建局, 卫健委, 市监局) become 发展改革委, 人力资源社会保障局, 市场监管局, 政府, 住房城乡建设局,
# 卫生健康委 … (each a whole word of the name: 省发展和改革委员会 → 省发展改革委).
_STANDARD = tuple((re.compile(pattern), short) for pattern, short in (
    (r"发展和改革委员会|发展改革委员会|发改委", "发展改革委"),
    (r"卫生健康委员会|卫健委", "卫生健康委"),
    (r"卫生和计划生育委员会|卫计委", "卫生计生委"),
    (r"人力资源和社会保障|人社(?=[部厅局])", "人力资源社会保障"),
    (r"住房和城乡建设|住建(?=[部厅局])", "住房城乡建设"),
    (r"市场监督管理|市监(?=局)", "市场监管"),
    (r"医疗保障(?=局)", "医保"),
    (r"工信(?=[厅局])", "工业和信息化"),
    (r"经信(?=[委厅局])", "经济和信息化"),
    (r"人民政府", "政府"),
))


def standard_name(agency: str) -> str:
    """``agency`` in the standard short form (above): 市住房和城乡建设局 → 市住房城乡建设局, 县发改委 →
    县发展改革委, 各县市区人民政府 → 各县市区政府."""
    for pattern, short in _STANDARD:
        agency = pattern.sub(short, agency)
    return agency


@dataclass(frozen=True)
class AgencyRow:
    """One department of a document."""

    document: str
    """Document id."""
    agency: str
    """The department as named (市卫生健康委员会)."""
    department: str
    """The department in its standard short form (市卫生健康委: standard_name), one name for the
    ways documents write it."""
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
    rows = [AgencyRow(document.id, agency, standard_name(agency), tuple(leads[agency]), tuple(shares[agency]))
            for agency in leads]
    return tuple(sorted(rows, key=lambda row: (-len(row.leads), -len(row.shares), row.agency)))
