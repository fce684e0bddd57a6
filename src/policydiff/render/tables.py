"""CSV tables for statistics (R, Stata, pandas, Excel): a view of the report model in long format.

Every file is UTF-8 with a byte-order mark (so Excel shows Chinese), CRLF line ends, a header
row, one observation per row. Indexes (sentence, index, base_index, base_sentence) count from 0,
as in the JSON output. Empty fields mean "none" (an added clause has no base_clause; a target
without deadline has no year). Scores are in [0, 1] with four decimals.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..model import Document
from ..output import write_output
from ..report import Entry, adoption
from ..targets import Value

# clauses.csv — one row per compared document × OTHER clause × BASE clause it implements; an
# added clause has one row with base_clause, base_heading, score and rank empty.
CLAUSE_COLUMNS = (
    "document",      # OTHER document id
    "clause",        # OTHER clause id (2.1, 4.12; 0 = preamble)
    "heading",       # OTHER clause heading
    "status",        # kept / modified / added: what the OTHER clause did with the BASE
    "base_clause",   # BASE clause id it implements; empty when added
    "base_heading",  # heading of that BASE clause
    "score",         # clause similarity in [0, 1]
    "rank",          # 1 for the best BASE match of the OTHER clause, 2 for the next …
)

# sentences.csv — one row per sentence of each compared document, in document order.
SENTENCE_COLUMNS = (
    "document",    # OTHER document id
    "clause",      # OTHER clause id
    "index",       # sentence index within the clause, from 0
    "status",      # verbatim / reworded / new
    "base_clause",  # BASE clause of the BASE sentence it carries; empty when new
    "base_index",  # index of that BASE sentence in its clause, from 0; empty when new
    "score",       # sentence similarity in [0, 1] (1 for verbatim); empty when new
    "text",        # the sentence, normalised
)

# targets.csv — one row per quantified target of each compared document.
TARGET_COLUMNS = (
    "document",       # OTHER document id
    "clause",         # OTHER clause id
    "sentence",       # sentence index within the clause, from 0
    "indicator",      # what is measured, as written (全市每千人口医疗卫生机构床位数)
    "comparator",     # >=, >, =, <=, <
    "value",          # a number (7.5); a ratio as written (1:0.55); a range as low~high (1~2)
    "unit",           # %, 张, 个, 所 …; empty for a ratio
    "year",           # deadline year (到2025年 → 2025); empty when none
    "period",         # yearly (每年), a plan period (2021-2025), or empty
    "flag",           # quantified / changed / kept / new: what the target does to the BASE
    "base_clause",    # BASE clause the target's sentence implements; empty when new
    "base_sentence",  # index of that BASE sentence, from 0; empty when only the clause is known
    "text",           # the source words carrying the target
)

# matrix.csv — the adoption matrix in long format: one row per BASE clause × compared document.
MATRIX_COLUMNS = (
    "base_clause",   # BASE clause id
    "base_heading",  # BASE clause heading
    "document",      # OTHER document id
    "status",        # kept / quantified / modified / moved / dropped
    "score",         # best score of an OTHER clause implementing it; 0 when none does
    "clauses",       # OTHER clause ids implementing it, in OTHER order, joined by ";"
)

# Separator of the OTHER clause ids in matrix.csv (ids contain "." but never ";").
CLAUSE_SEPARATOR = ";"

FILES = {
    "clauses.csv": CLAUSE_COLUMNS,
    "sentences.csv": SENTENCE_COLUMNS,
    "targets.csv": TARGET_COLUMNS,
    "matrix.csv": MATRIX_COLUMNS,
}


def write_csv(directory: Path, base: Document, entries: Sequence[Entry]) -> list[Path]:
    """Write clauses.csv, sentences.csv, targets.csv and matrix.csv into ``directory``.

    Returns the paths written. Raises OutputError when the directory cannot be created or written.
    """
    tables = {
        "clauses.csv": clause_rows(entries),
        "sentences.csv": sentence_rows(entries),
        "targets.csv": target_rows(entries),
        "matrix.csv": matrix_rows(base, entries),
    }
    written = []
    for name, rows in tables.items():
        path = directory / name
        write_output(path, _csv_text(FILES[name], rows), encoding="utf-8-sig")
        written.append(path)
    return written


# ---------------------------------------------------------------- rows


def clause_rows(entries: Sequence[Entry]) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for entry in entries:
        comparison = entry.comparison
        other, base = comparison.other, comparison.base
        for alignment in comparison.clauses:
            heading = other.clause(alignment.id).heading
            if not alignment.base:
                rows.append((other.id, alignment.id, heading, alignment.status.value, "", "", "", ""))
            for rank, link in enumerate(alignment.base, start=1):
                rows.append((other.id, alignment.id, heading, alignment.status.value,
                             link.id, base.heading_of(link.id), _score(link.score), rank))
    return rows


def sentence_rows(entries: Sequence[Entry]) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for entry in entries:
        doc_id = entry.comparison.other.id
        for sentence in entry.comparison.sentences:
            match = sentence.base
            rows.append((doc_id, sentence.clause, sentence.index, sentence.status.value,
                         "" if match is None else match.clause, "" if match is None else match.index,
                         "" if match is None else _score(match.score), sentence.text))
    return rows


def target_rows(entries: Sequence[Entry]) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for entry in entries:
        doc_id = entry.comparison.other.id
        for linked in entry.targets:
            target = linked.target
            rows.append((doc_id, target.clause, target.sentence, target.indicator, target.comparator,
                         csv_value(target.value), _blank(target.unit), _blank(target.year), _blank(target.period),
                         linked.flag.value, _blank(linked.base_clause), _blank(linked.base_sentence), target.text))
    return rows


def matrix_rows(base: Document, entries: Sequence[Entry]) -> list[tuple[object, ...]]:
    columns = [(entry.comparison.other.id, adoption(entry)) for entry in entries]
    rows: list[tuple[object, ...]] = []
    for clause in base.clauses:
        for doc_id, cells in columns:
            cell = cells[clause.id]
            rows.append((clause.id, clause.heading, doc_id, cell.status.value, _score(cell.score),
                         CLAUSE_SEPARATOR.join(cell.clauses)))
    return rows


# ---------------------------------------------------------------- formatting


def csv_value(value: Value) -> str:
    """A target value for a table: 7.5, 50 (no trailing .0), 1:0.55, 1~2 (not 1-2: Excel reads
    that as a date)."""
    if isinstance(value, tuple):
        return f"{_number(value[0])}~{_number(value[1])}"
    if isinstance(value, str):
        return value
    return _number(value)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _score(score: float) -> str:
    return f"{score:.4f}"


def _blank(value: object) -> object:
    return "" if value is None else value


def _csv_text(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue()
