"""The CSV tables as one Excel workbook: one sheet per table, for researchers who open Excel first.

A spreadsheet guesses types from text: clause 4.10 becomes the number 4.1, the ratio 1:0.55 a
time of day, and a cell starting with = a formula. Here nothing is guessed: every cell the tables
hold as text (ids, ratios, values, the documents' words) is written as a string, only counts,
indexes, shares and scores as numbers. The header row is frozen and filterable, the columns sized to
their contents.

Rows are streamed (XlsxWriter's constant-memory mode: one row at a time per sheet, so memory does
not grow with the number of documents) into a temporary file beside the target, which is renamed
into place when the run succeeds; a failed or interrupted run leaves the previous workbook, or none.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..errors import OutputError
from ..escalation import Chain
from ..model import Document
from ..output import AllOrNothing, destination, put_in_place, temporary_beside
from ..report import Entry, Failure
from ..targets import IndicatorGroups
from .tables import ESCALATION, FILES, escalation_rows, table_rows

# Widest column, in characters: a sentence column would otherwise be as wide as its longest sentence.
MAX_WIDTH = 60
# Columns written as numbers (their cells are formatted text in the rows); besides these, a cell the
# rows hold as a number (a count, an index) is a number, and everything else is text.
NUMERIC = {"score", "rank", "index", "base_index", "sentence", "base_sentence", "year", "runner_up_score", "ratio"}


class XlsxReport(AllOrNothing):
    """Writes the workbook as documents arrive; use as a context manager like CsvReport."""

    def __init__(self, path: Path, base: Document) -> None:
        import xlsxwriter

        target, direct = destination(path)
        if direct:
            raise OutputError(f"{path}: is not a regular file", "give a file name for the workbook")
        self.path, self.base = target, base
        handle, self._temporary = temporary_beside(target)
        os.close(handle)  # XlsxWriter opens the file by name when it closes the workbook
        self._book = xlsxwriter.Workbook(self._temporary, {
            "constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
            "strings_to_urls": False})
        header = self._book.add_format({"bold": True})
        self._sheets = []
        for name, columns in FILES.items():
            sheet = self._book.add_worksheet(name.removesuffix(".csv"))
            sheet.write_row(0, 0, columns, header)
            sheet.freeze_panes(1, 0)
            self._sheets.append(_Sheet(sheet, columns))
        self._chain = Chain(base)
        self._groups = IndicatorGroups()
        self._closed = False

    def add(self, entry: Entry) -> None:
        for sheet, rows in zip(self._sheets, table_rows(self.base, entry, self._groups)):
            sheet.write(rows)
        other = entry.comparison.other
        self._chain.add(other.id, other.meta, entry.targets)

    def fail(self, failure: Failure) -> None:
        self._sheets[-1].write([[failure.file, failure.id, failure.message]])

    def close(self) -> Path:
        """Finish the workbook and put it in place."""
        if not self._closed:
            self._closed = True
            self._sheets[ESCALATION].write(escalation_rows(self._chain.steps()))
            for sheet in self._sheets:
                sheet.finish()
            try:
                self._book.close()
            except OSError as error:
                Path(self._temporary).unlink(missing_ok=True)
                raise OutputError(f"{self.path}: cannot be written ({error.strerror})",
                                  "free some space or choose another path") from None
            put_in_place(self._temporary, self.path)
        return self.path

    def discard(self) -> None:
        """Leave the target as it was."""
        if not self._closed:
            self._closed = True
            try:
                self._book.close()  # the only public way to release its row files; the result is thrown away
            except OSError:
                pass
        Path(self._temporary).unlink(missing_ok=True)


class _Sheet:
    """One worksheet being streamed: the next free row and the widest cell of each column."""

    def __init__(self, sheet, columns: Sequence[str]) -> None:
        self.sheet, self.columns, self.row = sheet, columns, 1
        self.numeric = [column in NUMERIC for column in columns]
        self.widths = [len(column) for column in columns]

    def write(self, rows: Iterable[Sequence[object]]) -> None:
        for row in rows:
            for column, cell in enumerate(row):
                if cell == "" or cell is None:
                    continue
                if self.numeric[column] or isinstance(cell, (int, float)):
                    self.sheet.write_number(self.row, column, float(cell))
                else:
                    self.sheet.write_string(self.row, column, str(cell))
                self.widths[column] = max(self.widths[column], _width(str(cell)))
            self.row += 1

    def finish(self) -> None:
        for column, width in enumerate(self.widths):
            self.sheet.set_column(column, column, min(width, MAX_WIDTH) + 2)
        self.sheet.autofilter(0, 0, max(self.row - 1, 0), len(self.columns) - 1)


def _width(text: str) -> int:
    """Display width: a Chinese character takes two columns."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)
