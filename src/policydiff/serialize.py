"""Plain data (dicts and lists) of the result objects: what json/yaml output is made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import orjson

from .model import Clause, Document, Meta

if TYPE_CHECKING:  # the aligner's types; importing them would load rapidfuzz and jieba
    from .evaluate import Score
    from .quantify import LinkedTarget
    from .report import Entry, Failure
    from .targets import Target

# Version of the JSON/YAML output. Later versions add fields, never remove or rename.
# 1.1: the skipped documents (``errors`` of a report, ``error`` records in JSONL).
# 1.2: each comparison's document row, moved, confidence and runner_up, targets_raised/lowered, base_coverage.
# 1.3: each agency's standard name (``department``).
SCHEMA_VERSION = "1.3"


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


def target_dict(target: Target) -> dict[str, Any]:
    value = list(target.value) if isinstance(target.value, tuple) else target.value
    return {"clause": target.clause, "sentence": target.sentence, "indicator": target.indicator, "value": value,
            "unit": target.unit, "comparator": target.comparator, "year": target.year, "period": target.period,
            "text": target.text}


def linked_target_dict(linked: LinkedTarget) -> dict[str, Any]:
    return {**target_dict(linked.target), "flag": linked.flag.value,
            "base": None if linked.base_clause is None else {"clause": linked.base_clause,
                                                              "sentence": linked.base_sentence},
            "base_target": None if linked.base_target is None else target_dict(linked.base_target)}


def entry_dict(entry: Entry) -> dict[str, Any]:
    """One comparison: OTHER's ids and meta, its documents.csv row, the alignment, the targets, the counts."""
    from .report import agency_rows, document_record  # loaded already: an Entry comes from it

    comparison = entry.comparison
    return {
        "other": {"id": comparison.other.id, "meta": meta_dict(comparison.other.meta)},
        "document": document_record(entry),
        "clauses": [{"id": a.id, "status": a.status.value,
                     "base": [{"id": link.id, "score": link.score} for link in a.base],
                     "confidence": a.confidence.value,
                     "runner_up": None if a.runner_up is None else {"id": a.runner_up.id, "score": a.runner_up.score}}
                    for a in comparison.clauses],
        "moved": list(comparison.moved),
        "dropped": list(comparison.dropped),
        "sentences": [{"clause": s.clause, "index": s.index, "text": s.text, "status": s.status.value,
                       "base": None if s.base is None else {
                           "clause": s.base.clause, "index": s.base.index, "score": s.base.score,
                           "ops": s.base.ops}}
                      for s in comparison.sentences],
        "base_sentences": [{"clause": s.clause, "index": s.index, "status": s.status.value,
                            "other": None if s.other is None else {"clause": s.other[0], "index": s.other[1]}}
                           for s in comparison.base_sentences],
        "targets": [linked_target_dict(t) for t in entry.targets],
        "agencies": [{"clause": clause, "agency": agency, "department": department, "role": role,
                      "base_clauses": bases.split(";") if bases else []}
                     for clause, agency, department, role, bases in agency_rows(entry)],
        "summary": entry.summary(),
    }


def entry_json(entry: Entry, format: str, base_id: str) -> bytes:
    """The text the json ("json": indented, as one item of the report's comparisons) or jsonl
    ("jsonl": one self-contained line, schema version and BASE id included) output writes for
    ``entry``, UTF-8 encoded: a batch's workers make it and the parent writes it as it is, where
    decoding it to text and encoding it back took three times as long as making it."""
    if format == "jsonl":
        return _encoded({**line_head(base_id), **entry_dict(entry)}) + b"\n"
    return _encoded(entry_dict(entry), indent=True).replace(b"\n", b"\n    ")


def line_head(base_id: str) -> dict[str, Any]:
    """What every JSON line of compare starts with (an entry or an error): it stands alone."""
    return {"schema_version": SCHEMA_VERSION, "base": {"id": base_id}}


def json_line(record: dict[str, Any]) -> str:
    return to_json(record) + "\n"


def to_json(data: Any, indent: bool = False) -> str:
    """The JSON text of ``data``: on one line, compact (JSON Lines), or indented by two spaces.

    Encoded by orjson, ten times as fast as the standard library's encoder on a comparison (some
    50 KB of text, 0.06 against 0.5 ms; indented, 0.1 against 4 ms): a batch encodes one a
    document. Keys that are not strings are written as strings, as the standard library does."""
    return _encoded(data, indent).decode()


def _encoded(data: Any, indent: bool = False) -> bytes:
    """to_json's text, UTF-8 encoded."""
    return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS | (orjson.OPT_INDENT_2 if indent else 0))


def report_head(base: Document) -> dict[str, Any]:
    """The compare output but its "comparisons" (one entry_dict per OTHER document, which follow)."""
    return {"schema_version": SCHEMA_VERSION, "base": {"id": base.id, "meta": meta_dict(base.meta)}}


def score_dict(score: Score) -> dict[str, Any]:
    return {"name": score.name, "clauses": score.clauses, "primary_accuracy": score.primary_accuracy,
            "precision": score.precision, "recall": score.recall, "f1": score.f1}


def failure_dict(failure: Failure) -> dict[str, str]:
    """A skipped document as data: its file, the id it would have had, and the one-line reason."""
    return {"file": failure.file, "id": failure.id, "message": failure.message}
