"""The CSV tables (render/tables.py) for the bundled corpus: the documented columns, read by the
csv module and by pandas, Excel-friendly bytes, and rows that say what the texts say."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from policydiff import OutputError
from policydiff.model import (Agencies, BaseLink, Clause, ClauseAlignment, ClauseStatus, Comparison, Confidence,
                              Document, Meta)
from policydiff.render.tables import CsvReport, write_csv
from policydiff.report import Entry

from conftest import OTHER_IDS


# The columns as the README documents them: changing a column must change this test and the README.
DOCUMENTED = {
    "clauses.csv": ["document", "clause", "heading", "status", "base_clause", "base_heading", "score", "rank",
                    "confidence", "runner_up", "runner_up_score"],
    "sentences.csv": ["document", "clause", "index", "status", "base_clause", "base_index", "score", "text",
                      "base_text"],
    "targets.csv": ["document", "clause", "sentence", "indicator", "group", "comparator", "value", "unit", "year", "period",
                    "flag", "base_clause", "base_sentence", "text"],
    "matrix.csv": ["base_clause", "base_heading", "document", "status", "score", "clauses"],
    "documents.csv": ["id", "file", "title", "issuer", "doc_number", "date", "level", "region", "status",
                      "implements", "cites", "clauses", "aligned", "added", "moved", "dropped", "sentences",
                      "verbatim", "reworded", "new", "base_sentences_kept", "base_sentences_moved",
                      "base_sentences_dropped", "targets", "targets_quantified", "targets_changed", "targets_kept",
                      "targets_new", "targets_raised", "targets_lowered", "verbatim_share", "base_coverage"],
    "base_sentences.csv": ["document", "base_clause", "base_index", "status", "clause", "index", "base_text"],
    "agencies.csv": ["document", "clause", "agency", "department", "role", "base_clauses"],
    "escalation.csv": ["document", "level", "clause", "sentence", "indicator", "unit", "year", "comparator", "value",
                       "parent_document", "parent_level", "parent_clause", "parent_indicator", "parent_year",
                       "parent_comparator", "parent_value", "change", "ratio"],
    "errors.csv": ["file", "document", "message"],
}


@pytest.fixture(scope="module")
def tables(report, tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("csv") / "tables"  # not there yet: write_csv creates it
    written = write_csv(directory, *report)
    assert [path.name for path in written] == list(DOCUMENTED)
    return directory


def read(tables: Path, name: str) -> list[dict[str, str]]:
    with open(tables / name, encoding="utf-8-sig", newline="") as file:
        reader = csv.DictReader(file)
        assert reader.fieldnames == DOCUMENTED[name]
        rows = list(reader)
    assert all(None not in row and None not in row.values() for row in rows)  # no short or long rows
    return rows


def find(rows: list[dict[str, str]], **values: str) -> list[dict[str, str]]:
    return [row for row in rows if all(row[key] == value for key, value in values.items())]


# ---------------------------------------------------------------- format


@pytest.mark.parametrize("name", DOCUMENTED)
def test_bom_crlf_and_header(tables, name):
    data = (tables / name).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + ",".join(DOCUMENTED[name]).encode() + b"\r\n")
    rows = 0 if name == "errors.csv" else 1  # the corpus compares without a skipped document
    assert data.count(b"\n") == data.count(b"\r\n") > rows  # every line ends CRLF
    data.decode("utf-8-sig")


@pytest.mark.parametrize("name", DOCUMENTED)
def test_pandas_reads_the_documented_columns(tables, name):
    pandas = pytest.importorskip("pandas")
    frame = pandas.read_csv(tables / name)
    assert list(frame.columns) == DOCUMENTED[name]  # the BOM is not glued to the first name
    assert len(frame) == len(read(tables, name))
    # Ids such as 4.10 are text: read with dtype=str they survive (as floats 4.10 would be 4.1).
    text = pandas.read_csv(tables / name, dtype=str, keep_default_na=False)
    assert text.to_dict("records") == read(tables, name)


def test_unwritable_directory_is_one_line_output_error(report, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(OutputError) as caught:
        write_csv(blocker / "tables", *report)
    assert "\n" not in str(caught.value) and str(blocker) in str(caught.value)


# ---------------------------------------------------------------- streaming (CsvReport)


# A table being written: hidden, beside the table, named after it.
TEMPORARY = re.compile(r"\.(\w+\.csv)\.\d+\.[0-9a-f]{8}\.part")  # .NAME.PID.RANDOM.part


def test_report_fed_one_by_one_writes_the_same_bytes(tables, report, tmp_path):
    base, entries = report
    directory = tmp_path / "streamed"
    with CsvReport(directory, base) as streamed:
        for entry in entries:
            streamed.add(entry)
            # Until close, rows go to hidden temporaries beside the tables (.clauses.csv.4242.1f0c9a2e.part).
            temporaries = [TEMPORARY.fullmatch(path.name) for path in directory.iterdir()]
            assert all(temporaries) and sorted(found.group(1) for found in temporaries) == sorted(DOCUMENTED)
    assert [path.name for path in streamed.close()] == list(DOCUMENTED)
    assert sorted(path.name for path in directory.iterdir()) == sorted(DOCUMENTED)
    for name in DOCUMENTED:
        assert (directory / name).read_bytes() == (tables / name).read_bytes(), name


def test_an_exception_in_the_with_block_leaves_no_file(report, tmp_path):
    base, entries = report
    with pytest.raises(RuntimeError), CsvReport(tmp_path, base) as streamed:
        streamed.add(entries[0])
        streamed.add(entries[1])
        raise RuntimeError("comparison failed")
    assert list(tmp_path.iterdir()) == []


def test_an_exception_in_the_with_block_keeps_the_previous_tables(tables, report, tmp_path):
    base, entries = report
    write_csv(tmp_path, base, entries)
    with pytest.raises(RuntimeError), CsvReport(tmp_path, base) as streamed:
        streamed.add(entries[2])
        raise RuntimeError("comparison failed")
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(DOCUMENTED)
    for name in DOCUMENTED:
        assert (tmp_path / name).read_bytes() == (tables / name).read_bytes(), name


def test_a_table_path_taken_by_a_folder_is_one_line_output_error(report, tmp_path):
    base, entries = report
    (tmp_path / "matrix.csv").mkdir()
    streamed = CsvReport(tmp_path, base)
    streamed.add(entries[0])
    with pytest.raises(OutputError) as caught:
        streamed.close()
    assert str(caught.value) == f"{tmp_path / 'matrix.csv'}: is a directory — remove it or choose another folder"
    # No table is put in place when one cannot be, and no temporary is left.
    assert [path.name for path in tmp_path.iterdir()] == ["matrix.csv"]


# ---------------------------------------------------------------- matrix.csv


def test_matrix_has_every_national_clause_for_every_document(tables, report):
    """Document by document in the order compared (each written when it finishes), BASE order within."""
    base, _ = report
    rows = read(tables, "matrix.csv")
    assert [(row["base_clause"], row["document"]) for row in rows] == [
        (clause.id, doc_id) for doc_id in OTHER_IDS for clause in base.clauses]
    assert len(rows) == 32 * 4
    assert {row["status"] for row in rows} <= {"kept", "quantified", "modified", "moved", "dropped"}


# (national clause, document, status, clauses) — the cells test_html.py explains from the texts.
KNOWN_MATRIX = [
    ("6.1", "jilin", "kept", "7.19"),          # jilin （十九） is national 6.1 word for word, less two sentences
    ("7.3", "jilin", "dropped", ""),           # jilin has no 组织实施 section
    ("7.3", "hunan", "modified", "3"),         # hunan 三、组织实施 rewords 7.1–7.3 in one paragraph
    ("7.3", "yantai", "modified", "7.3"),      # yantai drops one word (地方) of 7.3
    ("2.6", "yantai", "quantified", "2.7"),    # yantai adds 每10万常住人口康复医师数量达到8人
    ("6.1", "jilin-draft", "kept", "6.1"),     # the draft copies 6.1 whole
]


@pytest.mark.parametrize(("base_clause", "doc_id", "status", "clauses"), KNOWN_MATRIX)
def test_matrix_known_rows(tables, base_clause, doc_id, status, clauses):
    (row,) = find(read(tables, "matrix.csv"), base_clause=base_clause, document=doc_id)
    assert (row["status"], row["clauses"]) == (status, clauses)
    if status == "dropped":
        assert row["score"] == "0.0000"


def test_matrix_heading_and_several_clauses(tables):
    (row,) = find(read(tables, "matrix.csv"), base_clause="6.1", document="jilin")
    assert row["base_heading"] == "完善政府投入机制" and row["score"] == "1.0000"
    # Several implementing clauses are joined by ";" in OTHER order.
    joined = [row for row in read(tables, "matrix.csv") if ";" in row["clauses"]]
    assert joined and all(part for row in joined for part in row["clauses"].split(";"))


# ---------------------------------------------------------------- clauses.csv


def test_clause_rows_one_per_base_link(tables, report):
    _, entries = report
    rows = read(tables, "clauses.csv")
    assert len(rows) == sum(max(1, len(a.base)) for e in entries for a in e.comparison.clauses)
    (kept,) = find(rows, document="jilin", clause="7.19")
    assert kept == {"document": "jilin", "clause": "7.19", "heading": "完善政府投入机制", "status": "kept",
                    "base_clause": "6.1", "base_heading": "完善政府投入机制", "score": "1.0000", "rank": "1",
                    "confidence": "high", "runner_up": "", "runner_up_score": ""}  # copied whole: no rival
    # jilin 一、总体要求 is one paragraph carrying both national 1.1 指导思想 and 1.2 工作目标.
    general = find(rows, document="jilin", clause="1")
    assert sorted(row["base_clause"] for row in general) == ["1.1", "1.2"]
    assert [row["rank"] for row in general] == ["1", "2"]
    assert float(general[0]["score"]) >= float(general[1]["score"])


def test_added_clause_has_a_row_with_empty_base(tmp_path):
    base = Document("base", Meta(), (Clause("1.1", 2, "甲", "甲。", ("甲。",)),))
    other = Document("other", Meta(), (Clause("1.1", 2, "甲", "甲。", ("甲。",)),
                                       Clause("1.2", 2, "足球", "踢足球。", ("踢足球。",), Agencies())))
    comparison = Comparison(base, other, (ClauseAlignment("1.1", ClauseStatus.kept, (BaseLink("1.1", 1.0),),
                                                          Confidence.high),
                                          ClauseAlignment("1.2", ClauseStatus.added, (), Confidence.low,
                                                          BaseLink("1.1", 0.05))), (), (), ())
    write_csv(tmp_path, base, [Entry(comparison, ())])
    assert read(tmp_path, "clauses.csv") == [
        {"document": "other", "clause": "1.1", "heading": "甲", "status": "kept", "base_clause": "1.1",
         "base_heading": "甲", "score": "1.0000", "rank": "1", "confidence": "high", "runner_up": "",
         "runner_up_score": ""},
        {"document": "other", "clause": "1.2", "heading": "足球", "status": "added", "base_clause": "",
         "base_heading": "", "score": "", "rank": "", "confidence": "low", "runner_up": "1.1",
         "runner_up_score": "0.0500"}]


# ---------------------------------------------------------------- sentences.csv


def test_sentence_rows(tables, report):
    _, entries = report
    rows = read(tables, "sentences.csv")
    assert len(rows) == sum(len(e.comparison.sentences) for e in entries)
    # jilin （四）: 深化医教协同 … rewords national 2.1's seventh sentence (index 6).
    (reworded,) = find(rows, document="jilin", clause="2.4", index="1")
    assert (reworded["status"], reworded["base_clause"], reworded["base_index"], reworded["text"]) == (
        "reworded", "2.1", "6", "深化医教协同，落实毕业后教育和继续教育。")
    assert 0 < float(reworded["score"]) < 1
    # jilin （十九）'s second sentence is national 6.1's third, verbatim.
    (verbatim,) = find(rows, document="jilin", clause="7.19", index="1")
    assert (verbatim["status"], verbatim["base_clause"], verbatim["base_index"], verbatim["score"]) == (
        "verbatim", "6.1", "2", "1.0000")
    # jilin （九）'s second sentence (法治建设融入公立医院管理运行的全过程) is jilin's own: new, no base.
    (new,) = find(rows, document="jilin", clause="4.9", index="1")
    assert (new["status"], new["base_clause"], new["base_index"], new["score"]) == ("new", "", "", "")
    # jilin （九） rewords national 5.1's fourth sentence (全面开展公立医院绩效考核 → 持续开展二、三级
    # 公立医院绩效考核…) inside the clause that implements it: reworded, though it scores only 0.22.
    (cut,) = find(rows, document="jilin", clause="4.9", index="3")
    assert (cut["status"], cut["base_clause"], cut["base_index"]) == ("reworded", "5.1", "3")
    assert float(cut["score"]) < 0.4


# ---------------------------------------------------------------- targets.csv


def test_target_rows(tables, report):
    _, entries = report
    rows = read(tables, "targets.csv")
    assert len(rows) == sum(len(e.targets) for e in entries)
    # yantai （一）: 到2025年，全市每千人口医疗卫生机构床位数达到7.5张. The clause comes from the
    # Shandong plan, not the national opinion (gold: added), so its target is new.
    (beds,) = find(rows, document="yantai", indicator="全市每千人口医疗卫生机构床位数")
    assert {key: beds[key] for key in ("clause", "sentence", "comparator", "value", "unit", "year", "period",
                                       "flag", "text")} == {
        "clause": "2.1", "sentence": "3", "comparator": "=", "value": "7.5", "unit": "张", "year": "2025",
        "period": "", "flag": "new", "text": "全市每千人口医疗卫生机构床位数达到7.5张"}
    # yantai: 床医比、医护比分别达到1:0.55、1:1.2 — ratios have no unit.
    ratios = find(rows, document="yantai", indicator="床医比") + find(rows, document="yantai", indicator="医护比")
    assert [(row["value"], row["unit"]) for row in ratios] == [("1:0.55", ""), ("1:1.2", "")]
    # jilin （十二）: 建立1-2个传承工作室 — a range, written 1~2.
    (span,) = find(rows, document="jilin", clause="4.12", indicator="每个二级以上县级中医医疗机构传承工作室")
    assert (span["value"], span["unit"], span["year"]) == ("1~2", "个", "2025")
    # jilin （二）: “十四五”期间 … 不少于50个国家临床重点专科: a plan period and a comparator.
    (clinical,) = find(rows, document="jilin", indicator="国家临床重点专科")
    assert (clinical["comparator"], clinical["value"], clinical["period"], clinical["year"]) == (
        ">=", "50", "2021-2025", "2025")


@pytest.mark.parametrize("cell, shown", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1", "'+1"), ("-1+2", "'-1+2"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("=", "="), ("加强建设", "加强建设"), ("1:0.55", "1:0.55"), (7.5, 7.5), (None, None),
])
def test_cells_never_start_a_formula(cell, shown):
    from policydiff.render.tables import spreadsheet_safe

    assert spreadsheet_safe(cell) == shown


def test_matrix_summary_and_json_tell_one_story(tables, report):
    """Every BASE clause the summary counts as dropped or moved is dropped or moved in matrix.csv and
    the JSON, and the other way round; a dropped clause has no implementing clause anywhere."""
    from policydiff.report import adoption
    from policydiff.serialize import entry_dict

    rows = read(tables, "matrix.csv")
    for entry in report[1]:
        doc_id = entry.comparison.other.id
        as_json = entry_dict(entry)
        for status in ("dropped", "moved"):
            in_csv = [row["base_clause"] for row in rows if row["document"] == doc_id and row["status"] == status]
            in_cells = [clause for clause, cell in adoption(entry).items() if cell.status.value == status]
            assert in_csv == in_cells == as_json[status] == list(getattr(entry.comparison, status))
            assert as_json["summary"][status] == len(in_csv)
        implemented = {link["id"] for clause in as_json["clauses"] for link in clause["base"]}
        carried = {s["clause"] for s in as_json["base_sentences"] if s["status"] != "dropped"}
        assert not set(as_json["dropped"]) & (implemented | carried)
        assert set(as_json["moved"]) <= carried - implemented
    # The case that once disagreed: national 4.5 was "dropped" in the summary but "quantified" in the matrix.
    assert [row["status"] for row in rows if row["base_clause"] == "4.5" and row["document"] in ("hunan", "jilin")] \
        == ["dropped", "dropped"]


# ---------------------------------------------------------------- documents.csv, base_sentences.csv


def test_documents_rows_are_the_json_summary(tables, report):
    """One row per document; every count is the summary of the JSON (one truth), the metadata the
    document's, read back by pandas with numbers as numbers."""
    pandas = pytest.importorskip("pandas")
    from policydiff.serialize import entry_dict

    frame = pandas.read_csv(tables / "documents.csv", dtype={"doc_number": str, "cites": str})
    assert list(frame["id"]) == list(OTHER_IDS)
    for entry, (_, row) in zip(report[1], frame.iterrows()):
        data = entry_dict(entry)
        summary, meta = data["summary"], data["other"]["meta"]
        for column in DOCUMENTED["documents.csv"][11:]:
            assert row[column] == pytest.approx(summary[column]), column
        assert (row["title"], row["level"], row["region"]) == (meta["title"], meta["level"], meta["region"])
        assert data["document"]["clauses"] == summary["clauses"] and data["document"]["id"] == entry.comparison.other.id
    hunan = frame[frame["id"] == "hunan"].iloc[0]
    assert (hunan["issuer"], hunan["doc_number"], hunan["date"]) == ("湖南省人民政府办公厅", "湘政办发〔2023〕44号",
                                                                       "2023-10-24")
    # BASE coverage: the share of the national sentences the locality carries (kept or moved).
    assert hunan["base_coverage"] == pytest.approx(
        round((hunan["base_sentences_kept"] + hunan["base_sentences_moved"])
              / (hunan["base_sentences_kept"] + hunan["base_sentences_moved"] + hunan["base_sentences_dropped"]), 4))


def test_base_sentences_rows_say_where_each_national_sentence_went(tables, report):
    base, entries = report
    rows = read(tables, "base_sentences.csv")
    assert len(rows) == len(entries) * sum(len(c.sentences) for c in base.clauses)
    by_key = {(r["document"], r["base_clause"], r["base_index"]): r for r in rows}
    for entry in entries:
        for s in entry.comparison.base_sentences:
            row = by_key[entry.comparison.other.id, s.clause, str(s.index)]
            assert (row["status"], row["clause"], row["index"]) == (
                s.status.value, s.other[0] if s.other else "", str(s.other[1]) if s.other else "")
            assert row["base_text"] == base.clause(s.clause).sentences[s.index]
    # national 7.3 is dropped by jilin (no 组织实施 section): no OTHER sentence.
    assert {r["status"] for r in rows if r["document"] == "jilin" and r["base_clause"] == "7.3"} == {"dropped"}


def test_sentences_carry_the_base_sentence_text(tables, report):
    base, _ = report
    rows = read(tables, "sentences.csv")
    for row in rows:
        if row["status"] == "new":
            assert row["base_text"] == ""
        else:
            assert row["base_text"] == base.clause(row["base_clause"]).sentences[int(row["base_index"])]
    (verbatim,) = find(rows, document="jilin", clause="7.19", index="1")
    assert verbatim["base_text"] == verbatim["text"]


def test_agencies_rows_say_which_department_carries_which_national_task(tables, report):
    rows = read(tables, "agencies.csv")
    # yantai's notes: （牵头单位：市医保局…） on 6.2, which implements national 6.2 and more.
    (insurance,) = find(rows, document="yantai", clause="6.2", agency="市医保局")
    yantai = next(e for e in report[1] if e.comparison.other.id == "yantai")
    assert insurance["role"] == "lead"
    assert insurance["base_clauses"] == ";".join(link.id for link in yantai.comparison.clause("6.2").base)
    # Every clause's agencies, leads first, as the parse gives them.
    for entry in report[1]:
        doc_id = entry.comparison.other.id
        expected = [(c.id, a, role) for c in entry.comparison.other.clauses
                    for role, names in (("lead", c.agencies.lead), ("responsible", c.agencies.responsible))
                    for a in names]
        assert [(r["clause"], r["agency"], r["role"]) for r in rows if r["document"] == doc_id] == expected
    # hunan writes its duties in the text: 各级政府要高度重视… in its 组织实施 section.
    assert find(rows, document="hunan", agency="各级政府")
