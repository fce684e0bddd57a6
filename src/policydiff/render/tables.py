"""CSV tables for statistics (R, Stata, pandas, Excel): a view of the report model in long format.

Every file is UTF-8 with a byte-order mark (so Excel shows Chinese), CRLF line ends, a header
row, one observation per row. Indexes (sentence, index, base_index, base_sentence) count from 0,
as in the JSON output. Empty fields mean "none" (an added clause has no base_clause; a target
without deadline has no year). Scores are in [0, 1] with four decimals.

``CsvReport`` appends each document's rows as soon as its entry is added, to temporary files
beside the tables, and renames them into place at the end: memory does not grow with the number
of documents, and a run that fails leaves no half-written table.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ..errors import OutputError
from ..escalation import Chain, Step
from ..model import Document
from ..output import AllOrNothing, remove_stale_temporaries, temporary_name
from ..report import DOCUMENT_COUNTS, DOCUMENT_META, Entry, Failure, adoption, agency_rows, document_record
from ..targets import IndicatorGroups, Value, format_value

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
    "confidence",    # high / medium / low (given: set by --alignments): how far to trust the rank-1 link
    "runner_up",     # the BASE clause that came next (for an added clause: the nearest)
    "runner_up_score",  # its score
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
    "base_text",   # the BASE sentence it carries; empty when new
)

# targets.csv — one row per quantified target of each compared document.
TARGET_COLUMNS = (
    "document",       # OTHER document id
    "clause",         # OTHER clause id
    "sentence",       # sentence index within the clause, from 0
    "indicator",      # what is measured, as written (全市每千人口医疗卫生机构床位数)
    "group",          # the indicator's group in this run: the same thing written differently (g1, g2 …)
    "comparator",     # >=, >, =, <=, <, approx
    "value",          # a number (7.5); a ratio as written (1:0.55); a range as low~high (1~2)
    "unit",           # %, 张, 个, 所 …; empty for a ratio
    "year",           # deadline year (到2025年 → 2025); empty when none
    "period",         # yearly (每年), a plan period (2021-2025), or empty
    "flag",           # quantified / changed / kept / new: what the target does to the BASE
    "base_clause",    # BASE clause the target's sentence implements; empty when new
    "base_sentence",  # index of that BASE sentence, from 0; empty when only the clause is known
    "text",           # the source words carrying the target
)

# matrix.csv — the adoption matrix in long format: one row per compared document × BASE clause,
# document by document in the order compared, BASE clauses in BASE order within each document
# (so that a document's rows can be written when it finishes; sort by base_clause for the other view).
MATRIX_COLUMNS = (
    "base_clause",   # BASE clause id
    "base_heading",  # BASE clause heading
    "document",      # OTHER document id
    "status",        # kept / quantified / modified / moved / dropped
    "score",         # best score of an OTHER clause implementing it; 0 when none does
    "clauses",       # OTHER clause ids implementing it, in OTHER order, joined by ";"
)

# documents.csv — one row per compared document: its metadata and counts, the unit of analysis of
# a regression (report.DOCUMENT_META and DOCUMENT_COUNTS; the README says what each means).
DOCUMENT_COLUMNS = DOCUMENT_META + DOCUMENT_COUNTS

# base_sentences.csv — one row per compared document × BASE sentence, in BASE order.
BASE_SENTENCE_COLUMNS = (
    "document",     # OTHER document id
    "base_clause",  # BASE clause id
    "base_index",   # index of the BASE sentence in its clause, from 0
    "status",       # kept (carried in a clause implementing its clause) / moved (carried elsewhere) / dropped
    "clause",       # the OTHER clause that carries it; empty when dropped
    "index",        # the index of the carrying OTHER sentence, from 0; empty when dropped
    "base_text",    # the BASE sentence
)

# agencies.csv — one row per compared document × clause × department named responsible for it, in
# OTHER clause order, leads first (report.agency_rows).
AGENCY_COLUMNS = (
    "document",      # OTHER document id
    "clause",        # OTHER clause id
    "agency",        # the department as the document names it (省卫生健康委员会)
    "department",    # the same in its standard short form (省卫生健康委: agencies.standard_name)
    "role",          # lead / responsible
    "base_clauses",  # the BASE clauses that clause implements, best first, joined by ";"
)

# escalation.csv — targets down the hierarchy (层层加码): one row per target of every document of
# the run that has a document above it (escalation.py), written when the run ends.
ESCALATION_COLUMNS = (
    "document", "level", "clause", "sentence",  # the target's document, its level, where the target is
    "indicator", "unit", "year", "comparator", "value",  # the target
    "parent_document", "parent_level", "parent_clause",  # the nearest document above setting the same indicator
    "parent_indicator", "parent_year", "parent_comparator", "parent_value",  # its target; empty when none
    "change",  # raised / lowered / same (numbers, a range by its middle), changed (other values), new (no parent)
    "ratio",   # value / parent_value for numbers, four decimals; empty otherwise
)

# Separator of the OTHER clause ids in matrix.csv (ids contain "." but never ";").
CLAUSE_SEPARATOR = ";"

# The documents a batch skipped, with the one-line reason.
ERROR_COLUMNS = ["file", "document", "message"]

FILES = {
    "clauses.csv": CLAUSE_COLUMNS,
    "sentences.csv": SENTENCE_COLUMNS,
    "targets.csv": TARGET_COLUMNS,
    "matrix.csv": MATRIX_COLUMNS,
    "documents.csv": DOCUMENT_COLUMNS,
    "base_sentences.csv": BASE_SENTENCE_COLUMNS,
    "agencies.csv": AGENCY_COLUMNS,
    "escalation.csv": ESCALATION_COLUMNS,  # written at the end, from every document's targets
    "errors.csv": ERROR_COLUMNS,  # last: add() fills the tables before escalation.csv, fail() this one
}
# The position of escalation.csv among the tables.
ESCALATION = list(FILES).index("escalation.csv")


def escalation_rows(steps: Iterable[Step]) -> list[tuple[object, ...]]:
    """Rows of escalation.csv: each target beside its nearest parent target."""
    rows: list[tuple[object, ...]] = []
    for step in steps:
        target, parent = step.target, step.parent
        rows.append((target.document, step.level, target.clause, target.sentence, target.indicator,
                     _blank(target.unit), _blank(target.year), target.comparator, csv_value(target.value),
                     *(("", "", "", "", "", "", "") if parent is None else (
                         parent.document, step.parent_level, parent.clause, parent.indicator,
                         _blank(parent.year), parent.comparator, csv_value(parent.value))),
                     step.change, "" if step.ratio is None else f"{step.ratio:.4f}"))
    return rows


class CsvReport(AllOrNothing):
    """Writes clauses.csv, sentences.csv, targets.csv and matrix.csv as documents arrive, and
    errors.csv for the documents that were skipped.

    Each entry's rows are appended to a temporary file per table in ``directory``; ``close()``
    renames them into place. Use as a context manager: on a clean exit the tables are put in
    place, on an exception the temporaries are removed and any earlier tables stay as they were.
    """

    def __init__(self, directory: Path, base: Document) -> None:
        """Create ``directory`` if needed and open the temporaries, each with its header row.

        Raises OutputError when the directory cannot be created or written.
        """
        self.directory = directory
        self.base = base
        self._chain = Chain(base)
        self._groups = IndicatorGroups()
        self._tables: list[_Table] = []
        self._closed = False
        try:
            directory.mkdir(parents=True, exist_ok=True)
            for name, columns in FILES.items():
                self._tables.append(_open_table(directory / name))
                _writer(self._tables[-1].file).writerow(columns)
        except OSError as error:
            self.discard()
            raise OutputError(f"{directory}: cannot write there ({error.strerror})",
                              "choose a folder you can write to") from None

    def add(self, entry: Entry) -> None:
        """Append the rows of ``entry`` to the four comparison tables. On failure the temporaries are removed."""
        if self._closed:
            raise ValueError("the CSV report is closed")
        for table, rows in zip(self._tables, table_rows(self.base, entry, self._groups)):
            self._append(table, rows)
        other = entry.comparison.other
        self._chain.add(other.id, other.meta, entry.targets)

    def fail(self, failure: Failure) -> None:
        """Append a skipped document to errors.csv."""
        if self._closed:
            raise ValueError("the CSV report is closed")
        self._append(self._tables[-1], [[failure.file, failure.id, failure.message]])

    def _append(self, table: _Table, rows: Iterable[Sequence[object]]) -> None:
        try:
            _writer(table.file).writerows(rows)
        except OSError as error:
            self.discard()
            raise OutputError(f"{self.directory}: cannot be written ({error.strerror})",
                              "free some space or choose another folder") from None

    def close(self) -> list[Path]:
        """Put the tables in place; return their paths. A second call writes nothing."""
        paths = [table.path for table in self._tables]
        if self._closed:
            return paths
        self._append(self._tables[ESCALATION], escalation_rows(self._chain.steps()))
        for table in self._tables:
            if table.path.is_dir():
                self.discard()
                raise OutputError(f"{table.path}: is a directory", "remove it or choose another folder")
        try:
            for table in self._tables:
                table.file.close()
            for table in self._tables:
                os.replace(table.temporary, table.path)
        except OSError as error:
            self.discard()
            raise OutputError(f"{self.directory}: cannot be written ({error.strerror})",
                              "choose a folder you can write to") from None
        self._closed = True
        return paths

    def discard(self) -> None:
        """Close and remove the temporaries, leaving the directory as it was; the report is closed."""
        for table in self._tables:
            try:
                table.file.close()
            except OSError:
                pass  # the file is being thrown away; what it could not flush does not matter
            table.temporary.unlink(missing_ok=True)
        self._closed = True


@dataclass(frozen=True)
class _Table:
    """One table being written: where it goes and the temporary file beside it that grows."""

    path: Path
    """The table's final path."""
    temporary: Path
    """The hidden file in the same folder that becomes ``path`` on close."""
    file: TextIO
    """``temporary``, open for writing: UTF-8 with a byte-order mark, no newline translation."""


def _open_table(path: Path) -> _Table:
    # Opened with mode 0o666 so the umask applies, as for any file the user creates (mkstemp's
    # 0600 would make a report nobody else can read); O_EXCL so no other file is clobbered.
    remove_stale_temporaries(path)
    temporary = temporary_name(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    handle = os.open(temporary, flags, 0o666)
    try:
        file = os.fdopen(handle, "w", encoding="utf-8-sig", newline="")  # the BOM goes out with the first write
    except BaseException:
        os.close(handle)
        temporary.unlink(missing_ok=True)
        raise
    return _Table(path, temporary, file)


def _writer(file: TextIO) -> "SafeWriter":
    return SafeWriter(file)


# A cell a spreadsheet would run as a formula: it opens with = + - @ (or a tab or carriage
# return before one) and has something after. OWASP's advice: make it text with a leading
# apostrophe. A sign alone (the comparator "=") runs nothing and stays as it is.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: object) -> object:
    """``cell`` as a spreadsheet will show it, never run it: '=1+1 instead of =1+1."""
    if isinstance(cell, str) and len(cell) > 1 and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


class SafeWriter:
    """A csv writer (CRLF, as Excel writes) whose text cells can never start a formula."""

    def __init__(self, file: TextIO) -> None:
        self._writer = csv.writer(file, lineterminator="\r\n")

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow([spreadsheet_safe(cell) for cell in row])

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.writerow(row)


def write_csv(directory: Path, base: Document, entries: Sequence[Entry]) -> list[Path]:
    """Write clauses.csv, sentences.csv, targets.csv and matrix.csv into ``directory``.

    Returns the paths written. Raises OutputError when the directory cannot be created or written.
    """
    with CsvReport(directory, base) as report:
        for entry in entries:
            report.add(entry)
    return report.close()


# ---------------------------------------------------------------- rows


def table_rows(base: Document, entry: Entry, groups: IndicatorGroups) -> tuple[list[tuple[object, ...]], ...]:
    """The rows of one document for each table of FILES before escalation.csv, in that order;
    ``groups`` are the run's indicator groups so far."""
    return (clause_rows(entry), sentence_rows(entry), target_rows(entry, groups), matrix_rows(base, entry),
            [tuple(document_record(entry).values())], base_sentence_rows(entry),
            [(entry.id, *row) for row in agency_rows(entry)])


def clause_rows(entry: Entry) -> list[tuple[object, ...]]:
    """Rows of clauses.csv for one document, in OTHER clause order."""
    comparison = entry.comparison
    other, base = comparison.other, comparison.base
    rows: list[tuple[object, ...]] = []
    for alignment in comparison.clauses:
        heading = other.clause(alignment.id).heading
        runner = alignment.runner_up
        trust = (alignment.confidence.value, "", "") if runner is None else (
            alignment.confidence.value, runner.id, _score(runner.score))
        if not alignment.base:
            rows.append((other.id, alignment.id, heading, alignment.status.value, "", "", "", "", *trust))
        for rank, link in enumerate(alignment.base, start=1):
            rows.append((other.id, alignment.id, heading, alignment.status.value,
                         link.id, base.heading_of(link.id), _score(link.score), rank, *trust))
    return rows


def sentence_rows(entry: Entry) -> list[tuple[object, ...]]:
    """Rows of sentences.csv for one document, in OTHER order."""
    doc_id, base = entry.id, entry.comparison.base
    rows: list[tuple[object, ...]] = []
    for sentence in entry.comparison.sentences:
        match = sentence.base
        rows.append((doc_id, sentence.clause, sentence.index, sentence.status.value,
                     "" if match is None else match.clause, "" if match is None else match.index,
                     "" if match is None else _score(match.score), sentence.text,
                     "" if match is None else base.clause(match.clause).sentences[match.index]))
    return rows


def base_sentence_rows(entry: Entry) -> list[tuple[object, ...]]:
    """Rows of base_sentences.csv for one document, in BASE order."""
    doc_id, base = entry.id, entry.comparison.base
    return [(doc_id, s.clause, s.index, s.status.value, "" if s.other is None else s.other[0],
             "" if s.other is None else s.other[1], base.clause(s.clause).sentences[s.index])
            for s in entry.comparison.base_sentences]


def target_rows(entry: Entry, groups: IndicatorGroups) -> list[tuple[object, ...]]:
    """Rows of targets.csv for one document."""
    doc_id = entry.id
    rows: list[tuple[object, ...]] = []
    for linked in entry.targets:
        target = linked.target
        rows.append((doc_id, target.clause, target.sentence, target.indicator, groups.group(target), target.comparator,
                     csv_value(target.value), _blank(target.unit), _blank(target.year), _blank(target.period),
                     linked.flag.value, _blank(linked.base_clause), _blank(linked.base_sentence), target.text))
    return rows


def matrix_rows(base: Document, entry: Entry) -> list[tuple[object, ...]]:
    """Rows of matrix.csv for one document: its adoption column, in BASE clause order."""
    doc_id = entry.id
    cells = adoption(entry)
    rows: list[tuple[object, ...]] = []
    for clause in base.clauses:
        cell = cells[clause.id]
        rows.append((clause.id, clause.heading, doc_id, cell.status.value, _score(cell.score),
                     CLAUSE_SEPARATOR.join(cell.clauses)))
    return rows


# ---------------------------------------------------------------- formatting


def csv_value(value: Value) -> str:
    """A target value for a table: 7.5, 50 (no trailing .0), 1:0.55, 1~2 (not 1-2: Excel reads
    that as a date)."""
    return format_value(value, "~")


def _score(score: float) -> str:
    return f"{score:.4f}"


def _blank(value: object) -> object:
    return "" if value is None else value
