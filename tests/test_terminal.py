"""The terminal report through rich's recording console: fits the width, numbers match the JSON."""

from __future__ import annotations

import io
import re

import pytest
from rich.cells import cell_len
from rich.console import Console

from policydiff.render.terminal import comparisons_view, diff_text, document_tree
from policydiff.serialize import entry_dict

from conftest import corpus_document


def render(renderable, width: int, color: bool = False) -> str:
    console = Console(record=True, width=width, file=io.StringIO(), color_system="truecolor" if color else None,
                      force_terminal=color)
    console.print(renderable)
    return console.export_text(styles=color)


@pytest.mark.parametrize("width", [80, 160])
def test_report_fits_the_width(report, width):
    _, entries = report
    text = render(comparisons_view(entries), width)
    lines = text.splitlines()
    assert len(lines) > 200
    assert max(cell_len(line) for line in lines) <= width
    assert "jilin → national: clauses" in text and "yantai: targets" in text


@pytest.mark.parametrize("width", [80, 160])
def test_summary_numbers_match_the_json(report, width):
    _, entries = report
    text = render(comparisons_view(entries, summary_only=True), width)
    for entry in entries:
        summary = entry_dict(entry)["summary"]
        doc_id = entry.comparison.other.id
        row = next(line for line in text.splitlines() if re.match(rf"{re.escape(doc_id)}\s", line))
        assert row.split() == [doc_id, str(summary["clauses"]), str(summary["aligned"]), str(summary["added"]),
                               str(summary["moved"]), str(summary["dropped"]), f"{summary['verbatim_share']:.0%}",
                               str(summary["targets"]), str(summary["targets_quantified"])]
    # Every header word whole, even at 80 columns.
    assert re.search(r"document +clauses +aligned +added +moved +dropped +verbatim +targets +quantified", text)


@pytest.mark.parametrize("width", [80, 120])
def test_a_score_stays_beside_its_base_clause_when_headings_wrap(report, width):
    """Each BASE link is a row of its own: the score on a line is the score of the BASE clause on it."""
    _, entries = report
    for entry in entries:
        comparison = entry.comparison
        scores = {(a.id, link.id): f"{link.score:.2f}" for a in comparison.clauses for link in a.base}
        text = render(comparisons_view([entry]), width)
        title = f"{comparison.other.id} → {comparison.base.id}: clauses"
        table = text[text.index(title):].split("\n└")[0]
        other_ids = {a.id for a in comparison.clauses}
        current, seen = None, 0
        for line in table.splitlines():
            cells = [cell.strip() for cell in line.strip().strip("│").split("│")]
            if len(cells) != 4 or not cells[2]:
                continue
            first = cells[0].split(" ")[0]
            if first in other_ids:
                current = first
            base_id = cells[1].split(" ")[0]
            assert cells[2] == scores[(current, base_id)], line
            seen += 1
        assert seen == len(scores) > 20


def test_reworded_sentence_is_an_inline_diff():
    text = diff_text("加强乡镇卫生院建设。", "强化乡镇卫生院规范化建设。",
                     [("replace", 0, 2, 0, 2), ("equal", 2, 7, 2, 7), ("insert", 7, 7, 7, 10), ("equal", 7, 10, 10, 13)])
    # Without colour the marks keep deleted and inserted text apart (no "加强强化").
    assert text.plain == "[-加强-]{+强化+}乡镇卫生院{+规范化+}建设。"
    styles = {str(span.style) for span in text.spans}
    assert styles == {"strike red", "green"}
    deleted = [text.plain[span.start:span.end] for span in text.spans if str(span.style) == "strike red"]
    assert deleted == ["[-加强-]"]


def test_document_text_is_never_rich_markup_nor_terminal_codes(tmp_path):
    from policydiff import parse_text
    from policydiff.output import StreamOutput
    from policydiff.render.terminal import documents_view, print_view

    document = parse_text("一、总体要求[/bold]\n\n（一）加强[link=http://x]建设[/link]。推进\x1b]0;title\x07工作。\n")
    with StreamOutput(tmp_path / "out.txt") as stream:
        print_view(documents_view([document]), stream)
    out = (tmp_path / "out.txt").read_text(encoding="utf-8")
    assert "总体要求[/bold]" in out and "加强[link=http://x]建设[/link]" in out and "\x1b" not in out
    assert document.clause("1.1").text == "推进]0;title工作。"


def test_no_escape_codes_without_a_terminal(report, capsys):
    from policydiff.render.terminal import print_view

    _, entries = report
    print_view(comparisons_view(entries[:1], summary_only=True))
    out = capsys.readouterr().out
    assert "\x1b[" not in out and "jilin" in out


def test_no_color_is_honoured(report, monkeypatch):
    _, entries = report
    written = {}
    for no_color in (False, True):
        if no_color:
            monkeypatch.setenv("NO_COLOR", "1")
        else:
            monkeypatch.delenv("NO_COLOR", raising=False)
        out = io.StringIO()
        Console(width=100, file=out, force_terminal=True, color_system="truecolor").print(comparisons_view(entries[:1]))
        written[no_color] = out.getvalue()
    colour = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-8]|9[0-7])(?:;[0-9;]*)?m")
    assert colour.search(written[False])  # a terminal gets colours…
    assert not colour.search(written[True])  # …unless NO_COLOR is set
    assert "\x1b[1m" in written[True]  # bold is style, not colour


def test_document_tree_lists_sections_and_clauses():
    text = render(document_tree(corpus_document("hunan")), 120)
    assert "2.2.4 推进医学医疗中心建设  2 sentences" in text
    assert "湘政办发〔2023〕44号" in text


def test_sentence_numbers_are_the_indexes_of_csv_and_json(report, tmp_path):
    """One base everywhere: the terminal's clause:n is the 0-based index of CSV and JSON."""
    from policydiff.model import SentenceStatus
    from policydiff.output import StreamOutput
    from policydiff.render.terminal import entry_view, print_view
    from rich.console import Group

    _, entries = report
    entry = entries[0]
    with StreamOutput(tmp_path / "view.txt") as stream:
        print_view(Group(*entry_view(entry)), stream)
    shown = set(re.findall(r"│ (\d+(?:\.\d+)*:\d+) ", (tmp_path / "view.txt").read_text(encoding="utf-8")))
    other = {f"{s.clause}:{s.index}" for s in entry.comparison.sentences
             if s.status in (SentenceStatus.reworded, SentenceStatus.new)}
    base = {f"{s.clause}:{s.index}" for s in entry.comparison.base_sentences if s.status.value in ("dropped", "moved")}
    assert shown == other | base


@pytest.mark.parametrize("width", [80, 120])
def test_the_networks_pairs_fit_the_width_with_every_number_whole(width):
    from policydiff.render.terminal import pairs_table

    pairs = [{"earlier": "national", "later": "jilin-draft", "relation": "vertical", "gap_days": None,
              "sentences": 180, "verbatim": 88, "reworded": 48, "share": 0.7556, "verbatim_share": 0.4889,
              "clauses": 1},
             {"earlier": "pku-sd-036-qingdao", "later": "pku-sd-032-jinan", "relation": "horizontal", "gap_days": 1234,
              "sentences": 1024, "verbatim": 512, "reworded": 256, "share": 0.75, "verbatim_share": 0.5,
              "clauses": 0.9876}]
    text = render(pairs_table(pairs), width)
    lines = text.splitlines()
    assert max(cell_len(line) for line in lines) <= width
    assert re.search(r"vertical +180 +88\+48 +0\.756 +0\.489 +1\.000$", text, re.M)
    assert re.search(r"horizontal +1234 +1024 +512\+256 +0\.750 +0\.500 +0\.988$", text, re.M)
    assert re.search(r"earlier → later +relation +days +sent\. +rew\. +share +share +clauses", text)
    assert "copies of one text" not in text


def test_copies_of_one_text_are_written_with_an_equals_sign():
    from policydiff.render.terminal import pairs_table

    pairs = [{"earlier": "pku-c-048", "later": "pku-c-047", "relation": "other", "gap_days": 14, "sentences": 73,
              "verbatim": 73, "reworded": 0, "share": 1.0, "verbatim_share": 1.0, "clauses": 1.0, "copy": True},
             {"earlier": "national", "later": "jilin", "relation": "vertical", "gap_days": 200, "sentences": 78,
              "verbatim": 3, "reworded": 27, "share": 0.3846, "verbatim_share": 0.0385, "clauses": 0.6, "copy": False}]
    text = render(pairs_table(pairs), 80)
    assert re.search(r"^pku-c-048 = pku-c-047 +other +14 +73 +73\+0 +1\.000", text, re.M)
    assert re.search(r"^national → jilin +vertical", text, re.M)
    assert "earlier = later: copies of one text" in text
