"""The command line through main(argv): outputs, exit statuses, one-line errors."""

from __future__ import annotations

import io
import json
import re

import pytest
import yaml
from typer.testing import CliRunner

from policydiff.cli import app, main
from policydiff.serialize import json_line, to_json

from conftest import CORPUS, ROOT


def run(argv, capsys):
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_parse_json_schema(capsys):
    status, out, err = run(["parse", str(CORPUS / "yantai.txt"), "--format", "json"], capsys)
    assert status == 0 and err == ""
    data = json.loads(out)
    assert list(data) == ["schema_version", "id", "meta", "clauses", "sections"]
    assert data["id"] == "yantai" and data["meta"]["doc_number"] == "烟政办字〔2024〕42号"
    first = data["clauses"][2]
    assert list(first) == ["id", "level", "heading", "text", "sentences", "agencies"]
    assert first["id"] == "2.1" and first["agencies"] == {"lead": ["市卫生健康委"],
                                                          "responsible": ["市发展改革委", "市财政局"]}


def test_parse_yaml_several_files_to_out(tmp_path, capsys):
    out_file = tmp_path / "parsed.yaml"
    status, out, _ = run(["parse", str(CORPUS / "jilin.txt"), str(CORPUS / "hunan.txt"),
                          "-f", "yaml", "-o", str(out_file)], capsys)
    assert status == 0 and out == ""
    data = yaml.safe_load(out_file.read_text(encoding="utf-8"))
    assert [d["id"] for d in data] == ["jilin", "hunan"]
    assert data[1]["meta"]["title"] == "关于进一步完善医疗卫生服务体系的实施方案"
    assert [p.name for p in tmp_path.iterdir()] == ["parsed.yaml"]


def test_parse_table(capsys):
    status, out, _ = run(["parse", str(CORPUS / "hunan.txt")], capsys)
    assert status == 0
    assert "2.2.4 推进医学医疗中心建设" in out and "湘政办发〔2023〕44号" in out


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "absent.txt", "absent.txt: no such file — check the path"),
    (lambda d: d, "holds no documents (.txt, .html, .htm, .docx, .pdf) — name a folder with documents in it"),
    (lambda d: _write(d / "empty.txt", b""), "the file is empty"),
    (lambda d: _write(d / "blank.txt", b" \n\n  \n"), "the file is empty"),
    (lambda d: _write(d / "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(100)), "is a PNG image, not a text document"),
    (lambda d: _write(d / "noise.bin", bytes(range(256)) * 8), "looks like binary data"),
    (lambda d: _write(d / "bad.txt", b"\x81\x30\x81\x30\xff"), "neither UTF-8, GB18030 nor Big5"),
    (lambda d: _write(d / "plain.txt", "没有编号的一段话。\n".encode()), "no numbered clauses found"),
])
def test_bad_input_one_line_exit_2(tmp_path, capsys, make, message):
    status, out, err = run(["parse", str(make(tmp_path))], capsys)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("policydiff: error: ") and message in err


def test_table_commands_take_folders_and_skip_a_bad_document(tmp_path, capsys):
    """parse, targets and agencies read a folder as compare does: a document that cannot be read
    is one line on stderr, the others are listed, and the run ends with status 3."""
    for name in ("jilin", "yantai"):
        (tmp_path / f"{name}.txt").write_bytes((CORPUS / f"{name}.txt").read_bytes())
    _write(tmp_path / "letter.txt", "关于会议安排的复函\n你单位来函收悉。经研究，同意按期召开。\n".encode())
    # (jilin names no responsible departments: it has no agencies rows.)
    for command, found in (("parse", ['"id": "jilin"', '"id": "yantai"']),
                           ("targets", ['"document": "jilin"', '"document": "yantai"']),
                           ("agencies", ['"document": "yantai"'])):
        status, out, err = run([command, str(tmp_path), "-f", "json", "--no-cache"], capsys)
        assert status == 3 and all(text in out for text in found) and "letter" not in out, command
        assert err.splitlines() == [f"policydiff: skipped: {tmp_path / 'letter.txt'}: no numbered clauses found "
                                    "(一、 （一） 1. …) — check that this is a policy document with numbered clauses",
                                    "policydiff: 1 of 3 documents skipped"], command
    status, out, err = run(["targets", str(tmp_path / "letter.txt"), str(tmp_path / "l*.txt"), "-f", "json"], capsys)
    assert (status, out) == (2, "") and err.startswith("policydiff: error: ")  # a lone bad document is the run's error


def _write(path, data):
    path.write_bytes(data)
    return path


def test_unwritable_output_leaves_nothing(tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        status, _, err = run(["parse", str(CORPUS / "jilin.txt"), "-f", "json", "-o", str(locked / "x.json")], capsys)
    finally:
        locked.chmod(0o700)
    if status == 0:  # running as root: permissions do not bind
        pytest.skip("permissions are not enforced for this user")
    assert status == 2 and "cannot write there" in err and list(locked.iterdir()) == []


def test_compare_without_arguments_uses_the_corpus(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    status, out, _ = run(["compare", "--format", "json"], capsys)
    assert status == 0
    data = json.loads(out)
    assert data["base"]["id"] == "national"
    assert [c["other"]["id"] for c in data["comparisons"]] == ["hunan", "jilin-draft", "jilin", "yantai"]


def test_compare_without_corpus_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    status, _, err = run(["compare"], capsys)
    assert status == 2 and "no corpus/ folder" in err


def test_every_command_has_help():
    runner = CliRunner()
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, name
        assert (command.callback.__doc__ or "").split("\n")[0].split(";")[0][:30] in " ".join(result.output.split())


def test_agencies_command_table_and_csv(capsys):
    status, out, _ = run(["agencies", str(CORPUS / "yantai.txt"), "-f", "csv"], capsys)
    assert status == 0 and out.startswith("\ufeffdocument,agency,department,leads,shares\r\n")
    import csv, io

    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    medical_insurance = next(row for row in rows if row["agency"] == "市医保局")
    assert medical_insurance["leads"] == "6.2"
    assert rows[0]["agency"] == "市卫生健康委" and len(rows[0]["leads"].split()) == 20


def test_agencies_as_json_lines_are_the_json_rows(capsys):
    status, out, _ = run(["agencies", str(CORPUS / "yantai.txt"), "-f", "jsonl"], capsys)
    lines = out.splitlines()
    _, whole, _ = run(["agencies", str(CORPUS / "yantai.txt"), "-f", "json"], capsys)
    assert status == 0 and [json.loads(line) for line in lines] == json.loads(whole)["rows"]
    assert json.loads(lines[1]) == {"document": "yantai", "agency": "市财政局", "department": "市财政局", "leads": ["6.1"],
                                    "shares": ["2.1", "3.2", "4.2", "5.1", "5.2", "6.2", "6.3"]}


def test_json_is_indented_as_the_standard_library_writes_it_and_json_lines_are_compact():
    data = {"id": "2.1", "score": 0.1234, "ops": [["equal", 0, 3]], "none": None, "empty": [], "text": "加强“医防协同”"}
    assert to_json(data, indent=True) == json.dumps(data, ensure_ascii=False, indent=2)
    assert json_line(data) == json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    assert json_line({1: "a"}) == '{"1":"a"}\n'  # keys that are not strings, as the standard library writes them


def test_targets_command_sorted_by_indicator(capsys):
    status, out, _ = run(["targets", str(CORPUS / "jilin.txt"), str(CORPUS / "yantai.txt"), "-f", "json"], capsys)
    assert status == 0
    rows = json.loads(out)["rows"]
    assert len(rows) == 17 + 26
    # By indicator group (the same thing written differently side by side), in order of first appearance.
    assert [int(r["group"][1:]) for r in rows] == sorted(int(r["group"][1:]) for r in rows)
    beds = next(r for r in rows if r["indicator"] == "全市每千人口医疗卫生机构床位数")
    assert (beds["document"], beds["clause"], beds["value"], beds["unit"], beds["comparator"], beds["year"]) == \
           ("yantai", "2.1", 7.5, "张", "=", 2025)


def test_compare_json_links_targets(capsys):
    status, out, _ = run(["compare", str(CORPUS / "national.txt"), str(CORPUS / "jilin.txt"), "-f", "json"], capsys)
    assert status == 0
    comparison = json.loads(out)["comparisons"][0]
    target = next(t for t in comparison["targets"] if t["value"] == 85.0)
    assert target["flag"] == "quantified" and target["base"] == {"clause": "4.5", "sentence": 0}
    assert comparison["summary"]["targets_quantified"] == 17


def _zip(path, members):
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


NATIONAL, JILIN = str(CORPUS / "national.txt"), str(CORPUS / "jilin.txt")


@pytest.mark.parametrize("make_argv, message", [
    (lambda d: ["parse", str(_write(d / "broken.docx", b"PK\x03\x04junk"))], "is a damaged ZIP/Word file"),
    (lambda d: ["parse", str(_zip(d / "nodoc.zip", {"a.txt": "x"}))],
     "is a ZIP archive without a Word document inside (no word/document.xml)"),
    (lambda d: ["parse", str(_write(d / "page.html", "<html><body><nav>首页</nav></body></html>".encode()))],
     "the HTML page holds no article text"),
    (lambda d: ["compare", NATIONAL, JILIN, "--alignments",
                str(_write(d / "bad.yaml", b'national: national\nlocal: jilin\npairs:\n  - local: "2.1"\n    primary: [x\n'))],
     "bad.yaml: malformed YAML at line 6"),
    (lambda d: ["compare", NATIONAL, JILIN, "--alignments",
                str(_write(d / "unknown.yaml", b'national: national\nlocal: jilin\npairs:\n  - local: "9.9"\n    primary: "2.5"\n'))],
     "clause 9.9 is not a clause of jilin"),
    (lambda d: ["compare", NATIONAL, JILIN, "--alignments",
                str(_write(d / "base.yaml", b'national: national\nlocal: jilin\npairs:\n  - local: "2.1"\n    primary: "8.8"\n'))],
     "clause 8.8 (for 2.1) is not a clause of national"),
    (lambda d: ["compare", NATIONAL, JILIN, "--alignments",
                str(_write(d / "list.yaml", b"- just\n- a list\n"))],
     "not an alignment file (needs national, local and a pairs list)"),
    (lambda d: ["compare", NATIONAL, str(_write(d / "plain.txt", "没有编号的一段话。\n".encode()))],
     "plain.txt: no numbered clauses found"),
    (lambda d: ["compare", NATIONAL, JILIN, "--html", str(_write(d / "file", b"x") / "report")],
     "cannot write there"),
    (lambda d: ["compare", NATIONAL, JILIN, "--csv", str(_write(d / "file2", b"x") / "tables")],
     "cannot"),
    (lambda d: ["compare", NATIONAL, str(d)], "holds no documents"),
    (lambda d: ["compare", NATIONAL, str(d / "*.none")], "matches no file"),
    (lambda d: ["compare", NATIONAL], "compare needs BASE and at least one OTHER document"),
    (lambda d: ["evaluate", str(_write(d / "gold.yaml", b"national: national\nlocal: nowhere\npairs: []\n"))],
     "names document 'nowhere', which is not in corpus/"),
])
def test_bad_input_messages(tmp_path, capsys, monkeypatch, make_argv, message):
    monkeypatch.chdir(ROOT)
    argv = make_argv(tmp_path)
    status = main([*argv, "--no-cache"] if argv[0] != "compare" or len(argv) > 2 else argv)
    captured = capsys.readouterr()
    assert status == 2, captured.err
    assert captured.err.count("\n") == 1 and captured.err.startswith("policydiff: error: ")
    assert message in captured.err
    leftovers = [p.name for p in tmp_path.rglob("*") if p.name.startswith(".") or p.suffix == ".part"]
    assert leftovers == []


def test_targets_csv_writes_ranges_like_compare_csv(capsys):
    status, out, _ = run(["targets", str(CORPUS / "jilin.txt"), "-f", "csv"], capsys)
    assert status == 0
    assert re.search(r"\r\njilin,4\.12,2025,每个二级以上县级中医医疗机构传承工作室,g\d+,=,1~2,个,", out)


def test_same_stem_in_two_folders_gets_two_ids_and_a_notice(tmp_path, capsys):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "jilin.txt").write_bytes((CORPUS / "jilin.txt").read_bytes())
    status, out, err = run(["parse", str(tmp_path / "a" / "jilin.txt"), str(tmp_path / "b" / "jilin.txt"),
                            "-f", "json"], capsys)
    assert status == 0
    assert [d["id"] for d in json.loads(out)] == ["a-jilin", "b-jilin"]
    assert err.splitlines() == [f"note: 2 documents have the id 'jilin'; {tmp_path / 'a' / 'jilin.txt'} is 'a-jilin'",
                                f"note: 2 documents have the id 'jilin'; {tmp_path / 'b' / 'jilin.txt'} is 'b-jilin'"]
    status, out, err = run(["compare", str(CORPUS / "national.txt"), str(tmp_path / "a" / "jilin.txt"),
                            str(tmp_path / "b" / "jilin.txt"), "-f", "jsonl", "-j", "1", "--no-cache"], capsys)
    assert status == 0 and len(err.splitlines()) == 2
    assert [json.loads(line)["other"]["id"] for line in out.splitlines()] == ["a-jilin", "b-jilin"]


def test_assign_ids_falls_back_to_a_number(tmp_path):
    from policydiff.manifest import assign_ids

    paths = [tmp_path / "x" / "a" / "plan.txt", tmp_path / "y" / "a" / "plan.txt", tmp_path / "a" / "other.txt"]
    ids, notices = assign_ids(paths)
    assert ids == ["a-plan", "a-plan-2", "other"] and len(notices) == 2


def _batch_with_bad_documents(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for doc_id in ("jilin", "hunan"):
        (folder / f"{doc_id}.txt").write_bytes((CORPUS / f"{doc_id}.txt").read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "plain.txt").write_text("没有编号的一段文字。\n", encoding="utf-8")
    return folder


def test_batch_skips_bad_documents_and_records_them_everywhere(tmp_path, capsys):
    folder = _batch_with_bad_documents(tmp_path)
    status, out, err = run(["compare", str(CORPUS / "national.txt"), str(folder), "-f", "jsonl", "-j", "1",
                            "--no-cache", "--csv", str(tmp_path / "csv"), "--html", str(tmp_path / "html")], capsys)
    assert status == 3
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["other"]["id"] for r in records if "other" in r] == ["hunan", "jilin"]
    assert [(r["error"]["id"], r["error"]["file"]) for r in records if "error" in r] == [
        ("empty", str(folder / "empty.txt")), ("plain", str(folder / "plain.txt"))]
    assert err.splitlines() == [
        f"policydiff: skipped: {folder / 'empty.txt'}: the file is empty — give a document with text",
        f"policydiff: skipped: {folder / 'plain.txt'}: no numbered clauses found (一、 （一） 1. …) — "
        "check that this is a policy document with numbered clauses",
        "policydiff: 2 of 4 documents skipped"]
    errors = (tmp_path / "csv" / "errors.csv").read_text(encoding="utf-8-sig").splitlines()
    assert errors[0] == "file,document,message" and [line.split(",")[1] for line in errors[1:]] == ["empty", "plain"]
    index = (tmp_path / "html" / "index.html").read_text(encoding="utf-8")
    assert "Not compared (2)" in index and {"hunan.html", "jilin.html"} <= {p.name for p in (tmp_path / "html").iterdir()}
    status, out, _ = run(["compare", str(CORPUS / "national.txt"), str(folder), "-f", "json", "-j", "2", "--no-cache"],
                         capsys)
    report = json.loads(out)
    assert status == 3 and [c["other"]["id"] for c in report["comparisons"]] == ["hunan", "jilin"]
    assert [e["id"] for e in report["errors"]] == ["empty", "plain"]


def test_fail_fast_and_nothing_compared_exit_2(tmp_path, capsys):
    folder = _batch_with_bad_documents(tmp_path)
    status, out, err = run(["compare", str(CORPUS / "national.txt"), str(folder), "-f", "jsonl", "-j", "1",
                            "--no-cache", "--fail-fast"], capsys)
    assert status == 2 and err.splitlines()[-1].startswith(f"policydiff: error: {folder / 'empty.txt'}: the file is empty")
    status, _, err = run(["compare", str(CORPUS / "national.txt"), str(folder / "empty.txt"), str(folder / "plain.txt"),
                          "-f", "json", "--no-cache", "-o", str(tmp_path / "out.json")], capsys)
    assert status == 2 and err.splitlines()[-1] == (
        "policydiff: error: none of the 2 documents could be compared — see the reasons above")
    assert not (tmp_path / "out.json").exists()


def test_compare_a_document_with_itself_is_an_error(capsys):
    status, out, err = run(["compare", str(CORPUS / "jilin.txt"), str(CORPUS / "jilin.txt")], capsys)
    assert (status, out) == (2, "")
    assert err == (f"policydiff: error: {CORPUS / 'jilin.txt'}: the only OTHER document given is BASE itself — "
                   "name at least one other document to compare with it\n")


@pytest.mark.parametrize("manifest, message", [
    ("documents:\n  - {file: jilin.txt, status: 7.5, id: [1, 2]}\n", "manifest.yaml: jilin.txt: 'id' is list, not text"),
    ("documents:\n  - {id: jilin}\n", "manifest.yaml: an entry without a 'file' name"),
    ("a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
     "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
     "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
     "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\ndocuments:\n  - {file: jilin.txt, title: *g}\n",
     "manifest.yaml: expands to more than 5,000,000 values through its aliases"),
])
def test_bad_manifest_is_one_line(tmp_path, capsys, manifest, message):
    (tmp_path / "jilin.txt").write_bytes((CORPUS / "jilin.txt").read_bytes())
    (tmp_path / "manifest.yaml").write_text(manifest, encoding="utf-8")
    status, out, err = run(["parse", str(tmp_path / "jilin.txt"), "-f", "json", "--no-cache"], capsys)
    assert (status, out) == (2, "") and err.count("\n") == 1 and message in err


def test_a_spreadsheet_manifest_gives_its_columns_and_leaves_the_others(tmp_path, capsys):
    """manifest.csv as a spreadsheet saves it: the manifest's columns are read (implements may
    name a file: it becomes that document's id), other columns and empty cells are left alone."""
    for name in ("national", "jilin"):
        (tmp_path / f"{name}.txt").write_bytes((CORPUS / f"{name}.txt").read_bytes())
    (tmp_path / "MANIFEST.csv").write_text(
        "\ufefffile,source,date,department,level,implements\n"
        "national.txt,web,2023-03-23,State Council,national,\n"
        'jilin.txt,"web, copy",2023-08-22,"Jilin, General Office",,national.txt\n', encoding="utf-8")
    status, out, _ = run(["parse", str(tmp_path / "national.txt"), str(tmp_path / "jilin.txt"), "-f", "json",
                          "--no-cache"], capsys)
    national, jilin = json.loads(out)
    assert status == 0
    assert (national["meta"]["date"], national["meta"]["level"], national["meta"]["implements"]) == \
        ("2023-03-23", "national", "")
    # level left empty in the sheet: the text's; issuer from the text, not from "department".
    assert (jilin["meta"]["date"], jilin["meta"]["level"], jilin["meta"]["implements"], jilin["meta"]["issuer"]) == \
        ("2023-08-22", "provincial", "national", "吉林省人民政府办公厅")


@pytest.mark.parametrize("text, message", [
    ("name,date\njilin.txt,2023-08-22\n", "MANIFEST.csv: has no 'file' column — name the document files"),
    (b"file,date\njilin.txt,2023\xff\n", "MANIFEST.csv: cannot be read"),
    ("file,date\n" + "," * 100_000 + "\n", "MANIFEST.csv: has a line of over 65,536 characters — give a manifest"),
])
def test_bad_spreadsheet_manifest_is_one_line(tmp_path, capsys, text, message):
    (tmp_path / "jilin.txt").write_bytes((CORPUS / "jilin.txt").read_bytes())
    target = tmp_path / "MANIFEST.csv"
    target.write_bytes(text) if isinstance(text, bytes) else target.write_text(text, encoding="utf-8")
    status, out, err = run(["parse", str(tmp_path / "jilin.txt"), "-f", "json", "--no-cache"], capsys)
    assert (status, out) == (2, "") and err.count("\n") == 1 and message in err


def test_manifest_is_read_once_per_run(tmp_path, capsys, monkeypatch):
    import policydiff.manifest as manifest

    lines = ["documents:"]
    for i in range(30):
        (tmp_path / f"doc{i}.txt").write_bytes((CORPUS / "jilin.txt").read_bytes())
        lines.append(f"  - {{file: doc{i}.txt, id: d{i}}}")
    (tmp_path / "manifest.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    import policydiff.yamlfile as yamlfile

    load_yaml = yamlfile.load_yaml
    calls = []
    manifest._manifest.cache_clear()
    monkeypatch.setattr(yamlfile, "load_yaml", lambda path: calls.append(path) or load_yaml(path))
    status, out, _ = run(["parse", *[str(tmp_path / f"doc{i}.txt") for i in range(30)], "-f", "json"], capsys)
    assert status == 0 and [d["id"] for d in json.loads(out)] == [f"d{i}" for i in range(30)]
    assert len(calls) == 1


def test_out_into_a_fifo_writes_through_it(tmp_path, capsys):
    import os
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    status, out, err = run(["parse", str(CORPUS / "jilin.txt"), "-f", "json", "--no-cache", "-o", str(fifo)], capsys)
    reader.join(timeout=30)
    assert (status, out, err) == (0, "", "")
    assert json.loads(received[0])["id"] == "jilin"
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and [p.name for p in tmp_path.iterdir()] == ["pipe"]


def test_out_through_a_symlink_replaces_its_target_and_keeps_the_link(tmp_path, capsys):
    target = tmp_path / "real.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    status, _, _ = run(["parse", str(CORPUS / "jilin.txt"), "-f", "json", "--no-cache", "-o", str(link)], capsys)
    assert status == 0 and link.is_symlink() and link.resolve() == target
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == "jilin"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "real.json"]


def test_full_standard_output_is_one_line(capsys, monkeypatch):
    import errno

    class Full:
        def write(self, text):
            raise OSError(errno.ENOSPC, "No space left on device")

        def flush(self):
            pass

    monkeypatch.setattr("sys.stdout", Full())
    status = main(["parse", str(CORPUS / "jilin.txt"), "-f", "json", "--no-cache"])
    err = capsys.readouterr().err
    assert status == 2 and err == ("policydiff: error: standard output: cannot be written (No space left on device)"
                                   " — free some space or write elsewhere\n")


def test_broken_pipe_ends_quietly_with_141(capsys, monkeypatch):
    # The reader went away (… | head): the write fails with EPIPE.
    class Closed:
        def write(self, text):
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self):
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr("sys.stdout", Closed())
    status = main(["parse", str(CORPUS / "jilin.txt"), "-f", "json", "--no-cache"])
    assert status == 141 and capsys.readouterr().err == ""


def test_full_standard_output_in_table_format_is_one_line(capsys, monkeypatch):
    import errno

    class Full(io.StringIO):
        def write(self, text):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("sys.stdout", Full())
    status = main(["parse", str(CORPUS / "jilin.txt"), "--no-cache"])
    assert status == 2 and capsys.readouterr().err.endswith("cannot be written (No space left on device)"
                                                            " — free some space or write elsewhere\n")


def test_outputs_never_replace_an_input_document(tmp_path, capsys):
    page = tmp_path / "jilin.html"
    page.write_bytes(b"<html><body><p>\xe4\xb8\x80\xe3\x80\x81\xe6\x80\xbb\xe4\xbd\x93</p></body></html>")
    before = page.read_bytes()
    status, _, err = run(["compare", str(CORPUS / "national.txt"), str(page), "--html", str(tmp_path), "--no-cache"],
                         capsys)
    assert status == 2 and err == (f"policydiff: error: {page}: writing the report there would replace an input "
                                   "document — write the report into another folder\n")
    assert page.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["jilin.html"]
    status, _, err = run(["compare", str(CORPUS / "national.txt"), str(CORPUS / "jilin.txt"),
                          "-o", str(CORPUS / "jilin.txt"), "--no-cache"], capsys)
    assert status == 2 and "would replace an input document" in err


def test_indicator_groups_join_the_same_thing_written_differently(capsys):
    """The corpus writes the geriatrics share three ways (jilin, jilin-draft, hunan): one group;
    no group joins two units, and 每千人口康复病床数 is not 每千人口医疗卫生机构床位数."""
    status, out, _ = run(["targets", *(str(CORPUS / f"{d}.txt") for d in ("jilin", "hunan", "yantai", "jilin-draft")),
                          "-f", "json"], capsys)
    rows = json.loads(out)["rows"]
    geriatrics = {r["group"] for r in rows if "老年医学科" in r["indicator"] and r["unit"] == "%"}
    assert len(geriatrics) == 1
    members = [(r["document"], r["indicator"]) for r in rows if r["group"] in geriatrics]
    assert sorted(members) == [("hunan", "设老年医学科的二级及以上公立综合性医院比例"),
                               ("jilin", "二级以上综合性医院设立老年医学科的比例"),
                               ("jilin-draft", "全省二级及以上综合性医院设立老年医学科的比例")]
    units: dict[str, set] = {}
    for r in rows:
        units.setdefault(r["group"], set()).add(r["unit"])
    assert all(len(found) == 1 for found in units.values())
    group = {r["indicator"]: r["group"] for r in rows}
    assert group["每千人口康复病床数"] != group["全市每千人口医疗卫生机构床位数"]


def test_a_json_lines_compare_loads_no_html_renderer(tmp_path):
    """A warm single comparison to JSON lines does not load what it does not use: not the
    HTML renderer and its lxml (checked in a fresh interpreter)."""
    import subprocess
    import sys

    argv = ["-m", "policydiff", "compare", str(CORPUS / "national.txt"), str(CORPUS / "jilin.txt"), "-f", "jsonl",
            "--cache-dir", str(tmp_path / "cache"), "-o", str(tmp_path / "out.jsonl")]
    subprocess.run([sys.executable, *argv], check=True, capture_output=True)
    probe = ("import runpy, sys; sys.argv = ['policydiff', *sys.argv[1:]]\n"
             "try:\n    runpy.run_module('policydiff', run_name='__main__')\nexcept SystemExit:\n    pass\n"
             "print(sorted(m for m in sys.modules if m.startswith(('lxml', 'policydiff.render.html'))))")
    result = subprocess.run([sys.executable, "-c", probe, *argv[2:]], check=True, capture_output=True, text=True)
    assert result.stdout.strip().splitlines()[-1] == "[]"
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").count("\n") == 1
