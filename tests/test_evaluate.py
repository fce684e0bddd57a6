"""`policydiff evaluate`: clause and sentence gold, per file and per family, on pairs written for
the test (exact figures) and floors on the gold of the repository."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policydiff.align import compare
from policydiff.cli import main
from policydiff.errors import InputError
from policydiff.evaluate import score_sentences
from policydiff.gold import load_gold_file
from policydiff.parse import parse_text

from conftest import ROOT

BASE = ("一、任务\n（一）加强队伍建设。培养全科医生队伍。推进乡村医生定向培养。\n"
        "（二）完善价格政策。建立价格动态调整机制。规范收费项目管理。\n")
OTHER = ("一、任务\n（一）加强队伍建设。培养全科医生队伍。\n"
         "（二）完善价格政策。建立价格动态调整机制。\n")


def _sentence_gold(tmp_path: Path, items: str) -> Path:
    path = tmp_path / "sentences.yaml"
    path.write_text(f"national: base\nlocal: other\nfamily: test\nsentences:\n{items}", encoding="utf-8")
    return path


def test_sentence_scores_count_dropped_and_location(tmp_path):
    """The reader says: 1.1 S1 kept, 1.1 S2 dropped, 1.2 S1 kept, 1.2 S2 dropped — and the
    aligner agrees: both dropped found (precision and recall 1), both carried where the reader says."""
    gold = load_gold_file(_sentence_gold(tmp_path, """\
  - {base: "1.1", text: "培养全科医生队伍", status: verbatim, carried_by: [{clause: "1.1", text: "培养全科医生队伍"}]}
  - {base: "1.1", text: "推进乡村医生定向培养", status: dropped, carried_by: []}
  - {base: "1.2", text: "建立价格动态调整机制", status: verbatim, carried_by: [{clause: "1.2", text: "建立价格动态"}]}
  - {base: "1.2", text: "规范收费项目管理", status: dropped, carried_by: []}
"""))
    result = score_sentences(gold, compare(parse_text(BASE, "base"), parse_text(OTHER, "other")))
    assert (result.sentences, result.unmatched, result.dropped_precision, result.dropped_recall,
            result.location_accuracy) == (4, 0, 1.0, 1.0, 1.0)


def test_sentence_scores_when_the_reader_disagrees(tmp_path):
    """A reader who calls 1.2 S1 dropped and places 1.1 S1 in another clause: of the two the
    reader calls dropped the aligner reports one (recall 0.5), and every sentence it reports dropped
    among those the reader names is dropped (precision 1); the one location is wrong. A sentence the
    parse does not have is left out and counted."""
    gold = load_gold_file(_sentence_gold(tmp_path, """\
  - {base: "1.1", text: "培养全科医生队伍", status: reworded, carried_by: [{clause: "1.2", text: "建立价格动态"}]}
  - {base: "1.1", text: "推进乡村医生定向培养", status: dropped, carried_by: []}
  - {base: "1.2", text: "建立价格动态调整机制", status: dropped, carried_by: []}
  - {base: "1.2", text: "没有这样的句子", status: dropped, carried_by: []}
"""))
    result = score_sentences(gold, compare(parse_text(BASE, "base"), parse_text(OTHER, "other")))
    assert (result.unmatched, result.dropped_found, result.dropped_expected, result.dropped_both) == (1, 1, 2, 1)
    assert (result.dropped_precision, result.dropped_recall, result.location_accuracy) == (1.0, 0.5, 0.0)


def test_a_sentence_named_with_its_clause_title_is_found(tmp_path):
    """A reader names a clause's first sentence by its opening characters, the label the parser takes for the clause's
    title among them (（一）加强队伍建设。培养… named 加强队伍建设。培养): the sentence is found; a later sentence is not
    named so."""
    gold = load_gold_file(_sentence_gold(tmp_path, """\
  - {base: "1.1", text: "加强队伍建设。培养全科", status: verbatim, carried_by: [{clause: "1.1", text: "培养全科医生队伍"}]}
  - {base: "1.1", text: "加强队伍建设。推进乡村", status: dropped, carried_by: []}
"""))
    base = parse_text(BASE, "base")
    assert [item.base.find(base) for item in gold.sentences] == [0, None]


@pytest.mark.parametrize(("item", "message"), [
    ('  - {base: "1.1", text: "培养", status: kept, carried_by: []}\n', "status must be verbatim, reworded or dropped"),
    ('  - {base: "1.1", text: "培养", status: dropped, carried_by: [{clause: "1.1", text: "培养"}]}\n',
     "with carried_by empty exactly when dropped"),
    ('  - {base: "1.1", status: dropped, carried_by: []}\n', "sentence 1 needs base, text, status and carried_by"),
])
def test_malformed_sentence_gold_is_one_line(tmp_path, item, message):
    with pytest.raises(InputError) as caught:
        load_gold_file(_sentence_gold(tmp_path, item))
    assert message in str(caught.value)


def test_evaluate_reports_files_families_and_sentences(tmp_path, capsys):
    out = tmp_path / "scores.json"
    status = main(["evaluate", *map(str, sorted((ROOT / "alignments").glob("*.yaml"))),
                   str(ROOT / "alignments" / "sentences" / "jilin.yaml"), "-f", "json", "-o", str(out)])
    assert status == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [s["name"] for s in data["scores"]] == ["hunan", "jilin-draft", "jilin", "yantai", "overall"]
    assert data["families"] == []  # one family: the overall row says it
    (jilin, total) = data["sentence_scores"]
    assert (jilin["name"], jilin["sentences"], jilin["unmatched"]) == ("jilin", 143, 0)
    # Floors on the sentence gold (written by reading: alignments/sentences/jilin.yaml).
    assert jilin["dropped_recall"] >= 0.90 and jilin["location_accuracy"] >= 0.85
    assert jilin["dropped_precision"] >= 0.70


def test_evaluate_takes_several_corpus_folders(tmp_path, capsys):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "base.txt").write_text(BASE, encoding="utf-8")
    (folder / "other.txt").write_text(OTHER, encoding="utf-8")
    gold = tmp_path / "gold.yaml"
    gold.write_text('national: base\nlocal: other\nfamily: test\npairs:\n'
                    '  - {local: "1.1", primary: "1.1", also: []}\n  - {local: "1.2", primary: "1.2", also: []}\n',
                    encoding="utf-8")
    status = main(["evaluate", str(gold), str(ROOT / "alignments" / "yantai.yaml"), "--corpus", str(folder),
                   "--corpus", str(ROOT / "corpus"), "-f", "json"])
    data = json.loads(capsys.readouterr().out)
    assert status == 0
    assert [(s["name"], s["clauses"], s["primary_accuracy"]) for s in data["scores"][:1]] == [("other", 2, 1.0)]
    assert [s["name"] for s in data["families"]] == ["test", "medical-system"]
