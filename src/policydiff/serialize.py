"""Plain data (dicts and lists) of the result objects: what json/yaml output is made of."""

from __future__ import annotations

from typing import Any

from .model import Clause, Document, Meta

# Version of the JSON/YAML output. Later versions add fields, never remove or rename.
SCHEMA_VERSION = "1.0"


def meta_dict(meta: Meta) -> dict[str, Any]:
    return {
        "title": meta.title,
        "issuer": meta.issuer,
        "doc_number": meta.doc_number,
        "date": meta.date,
        "level": meta.level,
        "region": meta.region,
        "status": meta.status,
        "cites": list(meta.cites),
        "implements": meta.implements,
        "addressees": meta.addressees,
    }


def clause_dict(clause: Clause) -> dict[str, Any]:
    return {
        "id": clause.id,
        "level": clause.level,
        "heading": clause.heading,
        "text": clause.text,
        "sentences": list(clause.sentences),
        "agencies": {"lead": list(clause.agencies.lead), "responsible": list(clause.agencies.responsible)},
    }


def document_dict(document: Document) -> dict[str, Any]:
    return {
        "id": document.id,
        "meta": meta_dict(document.meta),
        "clauses": [clause_dict(clause) for clause in document.clauses],
        "sections": [{"id": s.id, "level": s.level, "heading": s.heading} for s in document.sections],
    }
