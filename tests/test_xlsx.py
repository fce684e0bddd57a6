"""The Excel workbook (render/xlsx.py), read back with openpyxl as Excel would: the CSV tables cell
for cell, ids and ratios as text, nothing a formula, and all or nothing on disk."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from policydiff.cli import main
from policydiff.errors import InputError
from policydiff.render.tables import FILES, write_csv
from policydiff.render.xlsx import XlsxReport
from policydiff.report import Failure

from conftest import CORPUS
from test_csv import read


@pytest.fixture(scope="module")
def workbook(report, tmp_path_factory):
    base, entries = report
    path = tmp_path_factory.mktemp("xlsx") / "report.xlsx"
    with XlsxReport(path, base) as book:
        for entry in entries:
            book.add(entry)
        book.fail(Failure("bad.txt", "bad", InputError("bad.txt: no numbered clauses found", "check it")))
    assert [p.name for p in path.parent.iterdir()] == ["report.xlsx"]  # no temporary left beside it
    return openpyxl.load_workbook(path)


def test_one_sheet_per_table_with_a_frozen_filtered_header(workbook):
    assert workbook.sheetnames == [name.removesuffix(".csv") for name in FILES]
    for name, columns in FILES.items():
        sheet = workbook[name.removesuffix(".csv")]
        assert [cell.value for cell in sheet[1]] == list(columns)
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref.startswith("A1:")


def test_every_cell_is_the_csv_cell_ids_and_ratios_as_text(workbook, report, tmp_path):
    base, entries = report
    write_csv(tmp_path, base, entries)
    for name in ("clauses.csv", "targets.csv", "matrix.csv", "documents.csv", "base_sentences.csv"):
        sheet = workbook[name.removesuffix(".csv")]
        rows = read(tmp_path, name)
        assert sheet.max_row == len(rows) + 1
        for row, cells in zip(rows, sheet.iter_rows(min_row=2)):
            for column, cell in zip(FILES[name], cells):
                if row[column] == "":
                    assert cell.value is None
                elif cell.data_type == "n":
                    assert float(row[column]) == cell.value  # a score, rank, index or year
                else:
                    assert (cell.data_type, cell.value) == ("s", row[column])
    targets = workbook["targets"]
    ratio = next(row for row in targets.iter_rows(min_row=2, values_only=True) if row[3] == "床医比")
    assert ratio[:4] + ratio[5:7] == ("yantai", "2.6", 7, "床医比", "=", "1:0.55")  # text: no time of day
    clause = next(row for row in workbook["clauses"].iter_rows(min_row=2, values_only=True) if row[1] == "2.4.10")
    assert clause[4:8] == ("4.1", "保障医疗服务质量安全", 0.6771, 1)  # "4.1" stays text, the score a number
    documents = list(workbook["documents"].iter_rows(min_row=2, values_only=True))
    assert [(row[0], row[11]) for row in documents] == [("jilin", 25), ("hunan", 29), ("yantai", 28),
                                                        ("jilin-draft", 32)]  # id text, clause count a number
    assert list(workbook["errors"].iter_rows(min_row=2, values_only=True)) == [
        ("bad.txt", "bad", "bad.txt: no numbered clauses found — check it")]


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    (tmp_path / "base.txt").write_text("一、总则\n（一）=1+1 推进建设。\n", encoding="utf-8")
    (tmp_path / "other.txt").write_text("一、总则\n（一）=1+1 推进建设。@SUM(A1) 加强管理。\n", encoding="utf-8")
    path = tmp_path / "out" / "r.xlsx"
    assert main(["compare", str(tmp_path / "base.txt"), str(tmp_path / "other.txt"), "--xlsx", str(path),
                 "--no-cache", "-f", "json", "--out", str(tmp_path / "r.json")]) == 0
    import json

    sentences = openpyxl.load_workbook(path)["sentences"]
    texts = [(row[7].value, row[7].data_type) for row in sentences.iter_rows(min_row=2)]
    expected = [s["text"] for s in json.loads((tmp_path / "r.json").read_text())["comparisons"][0]["sentences"]]
    assert texts == [(text, "s") for text in expected] and expected[-1].startswith("@SUM")


def test_a_failed_run_leaves_the_previous_workbook(tmp_path, capsys):
    path = tmp_path / "r.xlsx"
    path.write_bytes(b"previous")
    (tmp_path / "empty.txt").write_text("没有编号的一段话。\n", encoding="utf-8")
    status = main(["compare", str(CORPUS / "national.txt"), str(tmp_path / "empty.txt"), "--xlsx", str(path),
                   "--no-cache"])
    assert status == 2 and "no numbered clauses" in capsys.readouterr().err
    assert path.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt", "r.xlsx"]


def test_a_workbook_onto_an_input_is_refused(tmp_path, capsys):
    other = tmp_path / "other.txt"
    other.write_bytes((CORPUS / "yantai.txt").read_bytes())
    status = main(["compare", str(CORPUS / "national.txt"), str(other), "--xlsx", str(other), "--no-cache"])
    assert status == 2 and "would replace an input document" in capsys.readouterr().err
    assert other.read_bytes() == (CORPUS / "yantai.txt").read_bytes()


def test_a_workbook_is_never_written_into_a_fifo(tmp_path, capsys):
    import os

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    status = main(["compare", str(CORPUS / "national.txt"), str(CORPUS / "yantai.txt"), "--xlsx", str(fifo)])
    assert status == 2 and f"{fifo}: is not a regular file" in capsys.readouterr().err
    assert Path(fifo).is_fifo() and sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]
