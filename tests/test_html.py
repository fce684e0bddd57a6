"""The HTML report (render/html.py) for the bundled corpus: every page parses and links resolve,
the adoption matrix says what the texts say, the side-by-side pages mark what changed, and the
pages render in headless Chromium without console errors."""

from __future__ import annotations

import dataclasses
import gc
import json
import re
import shutil
import struct
import subprocess
import types
import zlib
from pathlib import Path
from urllib.parse import unquote

import lxml.html
import numpy as np
import pytest

from policydiff import OutputError
from policydiff.model import (Agencies, BaseLink, BaseSentenceAlignment, BaseSentenceStatus, Clause,
                              ClauseAlignment, ClauseStatus, Comparison, Document, Meta, Section)
from policydiff.render.html import HtmlReport, IndexRecord, write_html
from policydiff.report import Entry

from conftest import OTHER_IDS

PAGES = (*(f"{doc_id}.html" for doc_id in OTHER_IDS), "index.html")


@pytest.fixture(scope="module")
def site(report, tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("html") / "report"  # not there yet: write_html creates it
    written = write_html(directory, *report)
    assert [path.name for path in written] == list(PAGES)
    return directory


def page(site: Path, name: str) -> lxml.html.HtmlElement:
    return lxml.html.parse(str(site / name)).getroot()


def matrix_cell(site: Path, doc_id: str, base_id: str) -> lxml.html.HtmlElement:
    (cell,) = page(site, "index.html").xpath(f'//table[@id="matrix"]//td[@data-doc="{doc_id}"][@data-base="{base_id}"]')
    return cell


# ---------------------------------------------------------------- every page


@pytest.mark.parametrize("name", PAGES)
def test_page_parses_and_is_self_contained(site, name):
    parser = lxml.html.HTMLParser()
    root = lxml.html.parse(str(site / name), parser).getroot()
    assert len(parser.error_log) == 0, [error.message for error in parser.error_log]
    assert root.get("lang") == "zh-Hans"
    assert root.xpath("//meta/@charset") == ["utf-8"]
    assert '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif' in root.findtext(".//style")
    assert "@media print" in root.findtext(".//style")
    # Nothing is fetched at view time: no external stylesheet, script, image or frame.
    assert root.xpath("//link | //img | //iframe | //script[@src] | //*[@src]") == []
    assert [url for url in root.xpath("//@href") if re.match(r"[a-z]+:", url)] == []
    ids = root.xpath("//@id")
    assert len(ids) == len(set(ids))


def test_every_link_resolves(site):
    """Links within a page and between pages (matrix cells, targets, moved sentences) land on an id."""
    anchors = {name: set(page(site, name).xpath("//@id")) for name in PAGES}
    for name in PAGES:
        for href in page(site, name).xpath("//a/@href"):
            target_page, _, fragment = href.partition("#")
            target_page = unquote(target_page.removeprefix("./")) or name
            assert target_page in anchors, (name, href)
            assert not fragment or fragment in anchors[target_page], (name, href)


def test_unwritable_directory_is_one_line_output_error(report, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(OutputError) as caught:
        write_html(blocker / "report", *report)
    assert "\n" not in str(caught.value) and str(blocker) in str(caught.value)


# ---------------------------------------------------------------- streaming (HtmlReport)


def test_report_fed_one_by_one_writes_each_page_at_once_and_the_same_bytes(site, report, tmp_path):
    base, entries = report
    directory = tmp_path / "streamed"
    with HtmlReport(directory, base) as streamed:
        for number, entry in enumerate(entries, start=1):
            streamed.add(entry)
            # The page is on disk (staged beside the folder) as soon as its document is added;
            # the folder gets the pages and the index together, at the end.
            (staging,) = [path for path in tmp_path.iterdir() if path.name.startswith(".streamed.")]
            assert sorted(path.name for path in staging.iterdir()) == sorted(PAGES[:number])
            assert not directory.exists()
    assert [path.name for path in streamed.close()] == list(PAGES)
    assert [path.name for path in tmp_path.iterdir()] == ["streamed"]
    for name in PAGES:
        assert (directory / name).read_bytes() == (site / name).read_bytes(), name


def test_an_exception_in_the_with_block_leaves_the_previous_report(report, tmp_path):
    base, entries = report
    directory = tmp_path / "report"
    write_html(directory, base, entries[:1])
    before = {path.name: path.read_bytes() for path in directory.iterdir()}
    with pytest.raises(KeyboardInterrupt), HtmlReport(directory, base) as streamed:
        for entry in entries:
            streamed.add(entry)
        raise KeyboardInterrupt  # Ctrl-C in the middle of a run
    assert {path.name: path.read_bytes() for path in directory.iterdir()} == before
    assert [path.name for path in tmp_path.iterdir()] == ["report"]


def reachable(root: object) -> list[object]:
    """Every object ``root`` refers to, directly or not (classes, modules and functions aside)."""
    seen: dict[int, object] = {}
    stack = [root]
    while stack:
        item = stack.pop()
        if id(item) in seen or isinstance(item, (type, types.ModuleType, types.FunctionType,
                                                 types.BuiltinFunctionType)):
            continue
        seen[id(item)] = item
        stack.extend(gc.get_referents(item))
    return list(seen.values())


def test_report_keeps_no_other_document(report, tmp_path):
    """After add(), the report holds BASE and a small record per document: no Entry, no
    Comparison, no OTHER Document (its clauses and sentences), so memory does not grow with them."""
    base, entries = report
    streamed = HtmlReport(tmp_path, base)
    for entry in entries:
        streamed.add(entry)
    held = reachable(streamed)
    assert not [item for item in held if isinstance(item, (Entry, Comparison))]
    assert [item for item in held if isinstance(item, Document)] == [base]
    for entry in entries:
        assert not any(item is entry.comparison.other for item in held)
        assert not any(item is clause for item in held for clause in entry.comparison.other.clauses)
    records = [item for item in held if isinstance(item, IndexRecord)]
    assert [record.doc_id for record in records] == list(OTHER_IDS)
    assert records[0].title == entries[0].comparison.other.meta.title
    assert records[0].targets == entries[0].targets
    # The walk does find a document where one is held: the check above cannot pass vacuously.
    assert any(item is entries[0].comparison.other for item in reachable([entries[0]]))
    streamed.close()


def test_duplicate_id_across_adds_is_an_output_error(site, report, tmp_path):
    base, entries = report
    jilin, hunan = entries[0], entries[1]
    # hunan's comparison under jilin's id: it would overwrite jilin.html.
    impostor = Entry(dataclasses.replace(hunan.comparison, other=dataclasses.replace(hunan.comparison.other, id="jilin")),
                     hunan.targets)
    streamed = HtmlReport(tmp_path, base)
    streamed.add(jilin)
    with pytest.raises(OutputError) as caught:
        streamed.add(impostor)
    assert str(caught.value) == ("two compared documents share the id 'jilin' — "
                                 "give each document its own id (manifest id or file name)")
    streamed.close()
    assert (tmp_path / "jilin.html").read_bytes() == (site / "jilin.html").read_bytes()
    # write_html checks every id before writing anything.
    with pytest.raises(OutputError):
        write_html(tmp_path / "batch", base, [jilin, impostor])
    assert not (tmp_path / "batch").exists()


@pytest.mark.parametrize("doc_id", ["index", "a/b", "..", ""])
def test_id_that_cannot_name_a_page_is_an_output_error(report, tmp_path, doc_id):
    base, entries = report
    renamed = dataclasses.replace(entries[0].comparison.other, id=doc_id)
    with pytest.raises(OutputError, match="cannot name an HTML page"):
        HtmlReport(tmp_path, base).add(Entry(dataclasses.replace(entries[0].comparison, other=renamed), ()))
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- index page


def test_matrix_has_a_row_per_national_clause_and_a_column_per_document(site, report):
    base, _ = report
    (matrix,) = page(site, "index.html").xpath('//table[@id="matrix"]')
    assert [th.get("data-doc") for th in matrix.xpath("./thead//th[@data-doc]")] == list(OTHER_IDS)
    rows = matrix.xpath("./tbody/tr")
    assert len(rows) == 32 == len(base.clauses)
    assert [row.get("data-base") for row in rows] == [clause.id for clause in base.clauses]
    for row in rows:
        cells = row.xpath("./td[@data-doc]")
        assert [cell.get("data-doc") for cell in cells] == list(OTHER_IDS)
        for cell in cells:
            # The status shows as a word and as a colour class, and links into the document's page.
            (link,) = cell.xpath("./a")
            assert link.text == cell.get("data-status")
            assert f"status-{cell.get('data-status')}" in cell.get("class").split()
            assert link.get("href") == f"./{cell.get('data-doc')}.html#base-{row.get('data-base')}"
        taken = [cell for cell in cells if cell.get("data-status") in ("kept", "modified", "quantified")]
        assert row.xpath("./td[contains(@class, 'uptake')]")[0].text == f"{len(taken)}/4"


# (document, national clause, status, OTHER clauses implementing it): each read off the texts.
KNOWN_CELLS = [
    # jilin （十九）完善政府投入机制 is national 6.1's first and third sentences word for word.
    ("jilin", "6.1", "kept", "7.19"),
    # jilin has no 组织实施 section: its last section is 七、强化体系建设保障支撑, ending with （二十三）.
    ("jilin", "7.3", "dropped", ""),
    # hunan's 三、组织实施 is one paragraph (clause 3) rewording 7.1–7.3 together (积极宣传工作进展
    #和成效 …): a matcher by clause number would call 7.3 dropped, hunan having no 7.x.
    ("hunan", "7.3", "modified", "3"),
    # hunan 一、目标要求 states goals only (到2025年 … 到2035年 …); national 1.1's guiding ideas
    # (以习近平新时代中国特色社会主义思想为指导 …) appear nowhere in hunan.
    ("hunan", "1.1", "dropped", ""),
    # yantai （三）加强宣传引导 copies 7.3 but for one word (推广地方好的做法 → 推广好的做法):
    # reworded, so modified, not kept.
    ("yantai", "7.3", "modified", "7.3"),
    # yantai （七）扩大康复和护理等接续性服务供给 follows national 2.6 and adds 到2025年，每10万
    # 常住人口康复医师数量达到8人; national 2.6 sets no number.
    ("yantai", "2.6", "quantified", "2.7"),
    # jilin （六）推进县域医共体建设 adds 到2025年实现紧密型县域医共体县（市）全覆盖; national
    # 3.3 sets no number for it.
    ("jilin", "3.3", "quantified", "3.6"),
    # The jilin consultation draft copies national 6.1 whole, all four sentences.
    ("jilin-draft", "6.1", "kept", "6.1"),
]


@pytest.mark.parametrize(("doc_id", "base_id", "status", "clauses"), KNOWN_CELLS)
def test_matrix_known_cells(site, doc_id, base_id, status, clauses):
    cell = matrix_cell(site, doc_id, base_id)
    assert (cell.get("data-status"), cell.get("data-clauses")) == (status, clauses)


def test_summary_table_matches_the_report(site, report):
    _, entries = report
    rows = page(site, "index.html").xpath('//table[@id="summary"]/tbody/tr')
    assert [row.get("data-doc") for row in rows] == list(OTHER_IDS)
    for row, entry in zip(rows, entries):
        summary = entry.summary()
        values = {cell.get("data-key"): cell.get("data-value") for cell in row.xpath("./td[@data-key]")}
        assert list(values) == ["clauses", "aligned", "added", "moved", "dropped", "verbatim_share", "targets",
                                "targets_quantified"]
        assert values == {key: str(summary[key]) for key in values}
    # jilin: the preamble, 一、总体要求 (body text, no sub-clauses) and （一）…（二十三）.
    jilin = rows[0].xpath('./td[@data-key="clauses"]')[0]
    assert jilin.text == "25"


def test_targets_table_lists_every_target_sortable_and_filterable(site, report):
    _, entries = report
    root = page(site, "index.html")
    (table,) = root.xpath('//table[@id="targets"]')
    assert "sortable" in table.get("class").split()
    assert [th.text_content() for th in table.xpath("./thead/tr/th")] == [
        "indicator", "document", "clause", "year", "comparator", "value", "unit", "flag"]
    assert len(table.xpath("./thead/tr/th/button")) == 8
    rows = table.xpath("./tbody/tr")
    assert len(rows) == sum(len(entry.targets) for entry in entries)
    assert root.xpath('//input[@id="targets-filter"]/@data-filter') == ["targets"]
    # yantai （一）: 到2025年，全市每千人口医疗卫生机构床位数达到7.5张 — an added clause (gold:
    # from the Shandong plan), so its target is new.
    (beds,) = [row for row in rows if row[0].text == "全市每千人口医疗卫生机构床位数"]
    assert [cell.text_content() for cell in beds] == [
        "全市每千人口医疗卫生机构床位数", "yantai", "2.1", "2025", "=", "7.5", "张", "new"]
    assert beds.xpath(".//a/@href") == ["./yantai.html#other-2.1"]


# ---------------------------------------------------------------- document pages


def test_rows_follow_base_order_under_section_headings(site, report):
    base, _ = report
    root = page(site, "jilin.html")
    assert [row.get("data-base") for row in root.xpath('//div[contains(@class, "row")][@data-base]')] == [
        clause.id for clause in base.clauses]
    sections = [section for section in base.sections if section.level == 1]
    assert root.xpath('//nav//a[starts-with(@href, "#section-")]/@href') == [f"#section-{s.id}" for s in sections]
    heads = root.xpath('//h2[@class="section-head"]')
    assert [h.text for h in heads] == [f"{s.id} {s.heading}" for s in sections]
    assert heads[6].text == "7 组织实施"


@pytest.mark.parametrize("doc_id", OTHER_IDS)
def test_reworded_sentences_rebuild_both_texts(site, report, doc_id):
    """Every reworded sentence read without its <del> is the OTHER sentence, and read with <del>
    instead of <ins> is the BASE sentence it carries. A sentence that carries its BASE sentence
    only below the global threshold (cut down or merged inside the implementing clause) is shown
    as written, without a character diff."""
    from policydiff.align import DEFAULT

    base, entries = report
    comparison = entries[OTHER_IDS.index(doc_id)].comparison
    scores = {(s.clause, s.index): s.base.score for s in comparison.sentences if s.base is not None}
    spans = page(site, f"{doc_id}.html").xpath('//article[@id]//span[contains(@class, "reworded")]')
    assert spans
    diffed = 0
    for span in spans:
        clause_id = span.xpath("ancestor::article/@data-other")[0]
        index = int(span.get("data-index"))
        base_sentence = base.clause(span.get("data-base-clause")).sentences[int(span.get("data-base-index"))]
        assert _text_without(span, "del") == comparison.other.clause(clause_id).sentences[index]
        if scores[clause_id, index] >= DEFAULT.sentence_threshold:
            assert _text_without(span, "ins") == base_sentence
            assert span.xpath(".//del | .//ins")
            diffed += 1
        else:
            assert not span.xpath(".//del | .//ins")
    assert diffed


def _text_without(element: lxml.html.HtmlElement, tag: str) -> str:
    copy = lxml.html.fromstring(lxml.html.tostring(element, encoding="unicode"))
    for node in copy.xpath(f".//{tag}"):
        node.drop_tree()
    return copy.text_content()


def test_known_rewording_is_highlighted(site):
    # jilin （四）: 深化医教协同，落实毕业后教育和继续教育。 from national 2.1's
    # 加强医教协同，落实毕业后教育和继续教育，完善住院医师规范化培训制度。
    (span,) = page(site, "jilin.html").xpath('//article[@id="other-2.4"]//span[@data-index="1"]')
    assert span.get("class") == "s reworded"
    assert [node.text for node in span.xpath(".//del")] == ["加强", "，完善住院医师规范化培训制度"]
    assert [node.text for node in span.xpath(".//ins")] == ["深化"]
    # yantai （三）加强宣传引导 drops one word of national 7.3.
    (span,) = page(site, "yantai.html").xpath('//article[@id="other-7.3"]//span[@data-index="0"]')
    assert [node.text for node in span.xpath(".//del")] == ["地方"] and span.xpath(".//ins") == []


def test_sentence_statuses_are_marked(site):
    root = page(site, "jilin.html")
    # jilin （十九） keeps national 6.1's sentences verbatim: plain text, no edits.
    spans = root.xpath('//article[@id="other-7.19"]//span[@data-index]')
    assert [span.get("class") for span in spans] == ["s verbatim", "s verbatim"]
    assert root.xpath('//article[@id="other-7.19"]//del | //article[@id="other-7.19"]//ins') == []
    # jilin （一） 推进区域医疗中心建设 is jilin's own text.
    (first,) = root.xpath('//article[@id="other-2.1"]//span[@data-index="0"]')
    assert first.get("class") == "s new"
    # national 7.3 is dropped by jilin: every BASE sentence struck, no OTHER clause beside it.
    row = root.get_element_by_id("base-7.3")
    assert {span.get("class") for span in row.xpath('./div[@class="base"]//span[@data-index]')} == {"s dropped"}
    assert row.xpath('./div[@class="other"]/article') == []
    # national 2.1 sentence 9 (实施中医药特色人才培养工程。) moved to jilin （十四）.
    (moved,) = root.xpath('//div[@id="base-2.1"]/div[@class="base"]//span[@data-index="8"]')
    assert moved.get("class") == "s moved" and moved.xpath("./a/@href") == ["#other-5.14"]


def test_targets_are_marked_with_their_fields(site):
    (mark,) = page(site, "yantai.html").xpath('//article[@id="other-2.1"]//mark[starts-with(., "全市每千人口")]')
    assert mark.text_content() == "全市每千人口医疗卫生机构床位数达到7.5张"
    assert mark.get("title").splitlines()[:6] == [
        "indicator: 全市每千人口医疗卫生机构床位数", "comparator: =", "value: 7.5", "unit: 张",
        "year: 2025", "flag: new"]
    # jilin （二）: three targets in one list share a mark, each listed in its tooltip.
    (mark,) = page(site, "jilin.html").xpath('//article[@id="other-2.2"]//mark')
    assert mark.text_content() == "力争建设不少于50个国家临床重点专科、50个省级临床重点专科、110个市级临床重点专科"
    assert re.findall(r"value: (\S+)", mark.get("title")) == ["50", "50", "110"]
    assert "period: 2021-2025" in mark.get("title")


def test_agencies_are_listed_under_the_clause(site):
    (agencies,) = page(site, "yantai.html").xpath('//article[@id="other-2.1"]/dl[@class="agencies"]')
    assert agencies.xpath('./dd[@class="lead"]/text()') == ["市卫生健康委"]
    assert agencies.xpath('./dd[@class="responsible"]/text()') == ["市发展改革委、市财政局"]
    # jilin names no responsible units.
    assert page(site, "jilin.html").xpath('//dl[@class="agencies"]') == []


def test_added_clauses_stand_where_they_are_in_other(tmp_path):
    """OTHER 1.1 (added, first) before every row; OTHER 1.3 (added) after the row of national 1.1,
    which its predecessor 1.2 implements."""
    def clause(clause_id: str, sentence: str) -> Clause:
        return Clause(clause_id, 2, "", sentence, (sentence,), Agencies())

    base = Document("base", Meta(title="基础"), (clause("1.1", "甲。"), clause("1.2", "乙。")),
                    (Section("1", 1, "总体要求"),))
    other = Document("other", Meta(title="实施<b>"), (clause("1.1", "丙<script>alert(1)</script>。"), clause("1.2", "甲。"),
                                                  clause("1.3", "丁。"), clause("1.4", "乙乙。")))
    comparison = Comparison(
        base, other,
        clauses=(ClauseAlignment("1.1", ClauseStatus.added, ()),
                 ClauseAlignment("1.2", ClauseStatus.kept, (BaseLink("1.1", 1.0),)),
                 ClauseAlignment("1.3", ClauseStatus.added, ()),
                 ClauseAlignment("1.4", ClauseStatus.modified, (BaseLink("1.2", 0.8),))),
        dropped=(), sentences=(),
        base_sentences=(BaseSentenceAlignment("1.1", 0, BaseSentenceStatus.kept, ("1.2", 0)),
                        BaseSentenceAlignment("1.2", 0, BaseSentenceStatus.kept, ("1.4", 0))))
    write_html(tmp_path, base, [Entry(comparison, ())])
    rows = page(tmp_path, "other.html").xpath('//div[contains(@class, "row")]')
    assert [(row.get("data-base"), row.xpath("string(.//article/@id)")) for row in rows] == [
        (None, "other-1.1"), ("1.1", "other-1.2"), (None, "other-1.3"), ("1.2", "other-1.4")]
    assert [row.get("data-status") for row in rows] == ["added", "kept", "added", "modified"]
    # The documents' text is text, never markup.
    root = page(tmp_path, "other.html")
    assert len(root.xpath("//script")) == 1 and root.findtext(".//title") == "other: 实施<b>"
    assert rows[0].xpath("string(.//span[@data-index='0'])").startswith("丙<script>alert(1)</script>。")


# ---------------------------------------------------------------- headless Chromium

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--enable-logging=stderr", "--v=0")
# A message of a page's console in Chromium's log: [...:INFO:CONSOLE:12] "Uncaught …", source: …
CONSOLE_LINE = re.compile(r":CONSOLE[:(]\d*\)?\]\s*(.*)")


def chromium(work: Path, url: str, *flags: str) -> subprocess.CompletedProcess[str]:
    if not CHROMIUM.exists():
        pytest.skip("needs /usr/bin/chromium (Debian package chromium)")
    return subprocess.run([str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={work / 'profile'}", *flags, url],
                          capture_output=True, text=True, timeout=180, check=True)


def console_messages(run: subprocess.CompletedProcess[str]) -> list[str]:
    return [found.group(1) for found in map(CONSOLE_LINE.search, run.stderr.splitlines()) if found]


def test_chromium_console_errors_are_detected(tmp_path):
    """The console check below would pass vacuously if Chromium logged page errors elsewhere."""
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><title>x</title><script>undefinedFunction();</script>", encoding="utf-8")
    messages = console_messages(chromium(tmp_path, broken.as_uri(), "--dump-dom"))
    assert any("Uncaught ReferenceError" in message for message in messages), messages


@pytest.mark.parametrize("name", ["index.html", "jilin.html"])
def test_page_renders_in_chromium_with_scripts_and_without_console_errors(site, report, tmp_path, name):
    run = chromium(tmp_path, (site / name).as_uri(), "--dump-dom")
    assert console_messages(run) == []
    dom = lxml.html.fromstring(run.stdout)
    assert dom.get("data-js") == "ready"  # the page's script ran to its end
    if name == "index.html":
        assert len(dom.xpath('//table[@id="matrix"]/tbody/tr')) == 32
        assert dom.xpath('//table[@id="targets"]/thead/tr/th/@aria-sort') == ["none"] * 8
        total = sum(len(entry.targets) for entry in report[1])
        assert dom.get_element_by_id("targets-count").text == f"{total} / {total}"
    else:
        assert len(dom.xpath('//div[contains(@class, "row")][@data-base]')) == 32
        assert "hide-del" not in (dom.xpath("//body/@class") or [""])[0]


# Colours from html.CSS that a rendered page must show: (red, green, blue) → what carries it.
JILIN_COLOURS = {(0xFF, 0xEB, 0xE9): "<del>", (0xDA, 0xFB, 0xE1): "<ins>", (0xF0, 0xF7, 0xFF): "new sentence",
                 (0xFF, 0xF5, 0xF5): "dropped BASE sentence", (0xFF, 0xF8, 0xC5): "modified badge"}
INDEX_COLOURS = {(0xDA, 0xFB, 0xE1): "kept", (0xFF, 0xF8, 0xC5): "modified", (0xDD, 0xF4, 0xFF): "quantified",
                 (0xFF, 0xEB, 0xE9): "dropped"}


@pytest.mark.parametrize(("name", "colours"), [("jilin.html", JILIN_COLOURS), ("index.html", INDEX_COLOURS)])
def test_screenshot_shows_the_page(site, tmp_path, name, colours):
    """The screenshot (kept in tmp_path: CI's artefact, never committed) is a drawn page."""
    shot = tmp_path / f"{Path(name).stem}.png"
    chromium(tmp_path, (site / name).as_uri(), f"--screenshot={shot}", "--window-size=1280,2000")
    pixels = read_png(shot)
    assert pixels.shape[:2] == (2000, 1280)
    rgb = pixels[:, :, :3]
    ink = np.any(rgb < 200, axis=2).mean()  # text and rules
    assert 0.01 < ink < 0.5
    for colour, meaning in colours.items():
        assert np.all(rgb == colour, axis=2).sum() > 500, f"no {meaning} drawn"


# Run inside Chromium against the pages loaded in frames: clicks, typing, layout at two widths.
HARNESS = """<!DOCTYPE html><meta charset="utf-8"><pre id="result">pending</pre>
<iframe id="index" src="index.html" style="width:1280px;height:900px"></iframe>
<iframe id="wide" src="jilin.html" style="width:1280px;height:900px"></iframe>
<iframe id="narrow" src="jilin.html" style="width:390px;height:900px"></iframe>
<iframe id="narrow-index" src="index.html" style="width:390px;height:900px"></iframe>
<script>
window.addEventListener("load", function () {
  var out = {};
  function frame(id) { return document.getElementById(id).contentDocument; }
  function column(table, n) {
    return Array.prototype.map.call(table.tBodies[0].rows, function (r) {
      var key = r.cells[n].getAttribute("data-sort");
      return key === null ? r.cells[n].textContent : key; });
  }
  try {
    var index = frame("index"), targets = index.getElementById("targets");
    var buttons = targets.tHead.querySelectorAll("button");
    buttons[5].click();
    out.valueAscending = column(targets, 5);
    buttons[5].click();
    out.valueDescending = column(targets, 5);
    buttons[3].click();
    out.yearAscending = column(targets, 3);
    buttons[2].click();
    out.clauseAscending = column(targets, 2);
    var filter = index.getElementById("targets-filter");
    filter.value = "yantai";
    filter.dispatchEvent(new Event("input"));
    out.filtered = Array.prototype.filter.call(targets.tBodies[0].rows, function (r) {
      return r.getBoundingClientRect().height > 0; }).map(function (r) { return r.cells[1].textContent; });
    out.count = index.getElementById("targets-count").textContent;
    var matrix = index.getElementById("matrix").getBoundingClientRect();
    out.matrix = [matrix.width, matrix.height];
    var wide = frame("wide"), row = wide.getElementById("base-2.1");
    out.wide = [row.children[0].getBoundingClientRect().left, row.children[1].getBoundingClientRect().left];
    var toggle = wide.getElementById("show-deleted");
    toggle.click();
    out.deletedHidden = wide.getElementById("other-2.4").querySelector("del").getBoundingClientRect().width;
    var narrow = frame("narrow"), row2 = narrow.getElementById("base-2.1");
    out.narrow = [row2.children[0].getBoundingClientRect().left, row2.children[1].getBoundingClientRect().left];
    out.overflow = ["narrow", "narrow-index"].map(function (id) {
      var root = frame(id).documentElement; return root.scrollWidth - root.clientWidth; });
  } catch (error) { out.error = String(error); }
  document.getElementById("result").textContent = JSON.stringify(out);
});
</script>"""


def test_pages_work_in_chromium(site, report, tmp_path):
    _, entries = report
    copy = shutil.copytree(site, tmp_path / "site")  # the harness beside the pages: same-folder frames
    harness = copy / "harness.html"
    harness.write_text(HARNESS, encoding="utf-8")
    run = chromium(tmp_path, harness.as_uri(), "--dump-dom", "--allow-file-access-from-files")
    assert console_messages(run) == []
    out = json.loads(lxml.html.fromstring(run.stdout).get_element_by_id("result").text)
    assert "error" not in out, out["error"]
    # Sorting by value: numbers as numbers (0.42 < 0.85 < 1 < 10, not "1" < "10" < "2"), in either
    # direction before the ratios (1:0.55), which are words.
    total = sum(len(entry.targets) for entry in entries)
    ratios = [key for key in out["valueAscending"] if ":" in key]
    numbers = [float(key) for key in out["valueAscending"] if ":" not in key]
    assert len(ratios) == sum(isinstance(t.target.value, str) for e in entries for t in e.targets) > 0
    assert out["valueAscending"] == [key for key in out["valueAscending"] if ":" not in key] + ratios
    assert numbers == sorted(numbers) and numbers[0] < 1 < 10 < numbers[-1]
    assert [float(key) for key in out["valueDescending"][:len(numbers)]] == sorted(numbers, reverse=True)
    # Targets without a deadline sort last.
    years = out["yearAscending"]
    assert years == sorted(y for y in years if y) + [""] * years.count("")
    # Sorting by clause: in numbering order, 2.2 before 2.10 before 3.5 (keys c0002.0002 …).
    clauses = [key[1:] for key in out["clauseAscending"]]
    assert clauses == sorted(clauses, key=lambda c: [int(p) for p in c.split(".")])
    # Filtering: only yantai's targets stay visible, and the count says so.
    yantai = len(entries[OTHER_IDS.index("yantai")].targets)
    assert out["filtered"] == ["yantai"] * yantai and out["count"] == f"{yantai} / {total}"
    assert out["matrix"][0] > 600 and out["matrix"][1] > 32 * 20
    # Side by side when wide, stacked when narrow, nothing wider than a phone screen.
    assert out["wide"][1] > out["wide"][0] + 400
    assert out["narrow"][0] == out["narrow"][1]
    assert out["overflow"] == [0, 0]
    # Unticking "show BASE wording" hides the deletions.
    assert out["deletedHidden"] == 0


# ---------------------------------------------------------------- PNG (no imaging library needed)


def read_png(path: Path) -> np.ndarray:
    """Pixels of an 8-bit, non-interlaced RGB or RGBA PNG as a (height, width, channels) array."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, chunks, header = 8, [], None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    channels = 3 if colour == 2 else 4
    stride = width * channels
    raw = zlib.decompress(b"".join(chunks))
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if kind == 1:  # Sub
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 255
        elif kind == 2:  # Up
            line = bytearray((a + b) & 255 for a, b in zip(line, previous))
        elif kind == 3:  # Average
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 255
        elif kind == 4:  # Paeth
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b, c = previous[i], (previous[i - channels] if i >= channels else 0)
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return np.frombuffer(b"".join(rows), dtype=np.uint8).reshape(height, width, channels)


def test_an_id_that_looks_like_a_url_scheme_makes_no_such_link(report, tmp_path):
    import dataclasses

    base, entries = report
    entry = entries[0]
    other = dataclasses.replace(entry.comparison.other, id="javascript:alert(document.domain)")
    hostile = dataclasses.replace(entry, comparison=dataclasses.replace(entry.comparison, other=other))
    write_html(tmp_path, base, [hostile])
    hrefs = page(tmp_path, "index.html").xpath("//a/@href")
    assert "./javascript%3Aalert%28document.domain%29.html" in hrefs
    assert not [href for href in hrefs if href.lower().startswith("javascript")]
    assert (tmp_path / "javascript:alert(document.domain).html").is_file()


# ---------------------------------------------------------------- the matrix at the scale of a country

# A script added to a copy of index.html for the test only: it measures the laid-out matrix and
# writes the figures into the DOM, which --dump-dom then shows.
_MEASURE = """<script>
addEventListener("load", () => {
  const table = document.getElementById("matrix");
  const heading = table.querySelector("tbody td.heading");
  const cells = table.querySelectorAll("tbody td.cell");
  const widths = Array.from(table.querySelectorAll("tbody td.heading"), td => td.scrollWidth - td.clientWidth);
  document.body.dataset.cells = cells.length;
  document.body.dataset.headingWidth = Math.round(heading.getBoundingClientRect().width);
  document.body.dataset.headingOverflow = Math.max(...widths);
  document.body.dataset.cellWidth = Math.round(cells[cells.length - 1].getBoundingClientRect().width);
  document.body.dataset.measured = "yes";
});
</script>"""


@pytest.mark.parametrize("documents", [16, 400])
def test_the_matrix_stays_readable_at_the_scale_of_a_country(report, tmp_path, documents):
    """At 16 and 400 documents every cell is there, the heading column keeps its width (no
    heading folded to a character a line, nothing overflowing it) and the cells are a heat map."""
    import time

    from policydiff.render.html import index_page
    from policydiff.report import Adoption, Cell

    base, entries = report
    statuses = list(Adoption)
    records = []
    for number in range(documents):
        cells = {clause.id: Cell(statuses[(number + k) % len(statuses)], 0.5, ("1.1",))
                 for k, clause in enumerate(base.clauses)}
        records.append(IndexRecord(f"city-{number:03d}", f"第{number}市实施方案", entries[0].summary(), cells, ()))
    html = lxml.html.tostring(index_page(base, records), encoding="unicode", doctype="<!DOCTYPE html>")
    page_path = tmp_path / "index.html"
    page_path.write_text(html.replace("</body>", _MEASURE + "</body>"), encoding="utf-8")
    started = time.perf_counter()
    run = chromium(tmp_path, page_path.as_uri(), "--dump-dom", "--window-size=1280,900")
    print(f"{documents} documents: Chromium loaded and laid out the page in {time.perf_counter() - started:.1f} s")
    assert console_messages(run) == []
    body = lxml.html.fromstring(run.stdout).xpath("//body")[0]
    assert body.get("data-measured") == "yes"
    assert int(body.get("data-cells")) == documents * len(base.clauses)
    assert int(body.get("data-heading-width")) >= 190  # 12rem: the heading column never shrinks
    assert int(body.get("data-heading-overflow")) <= 0
    assert int(body.get("data-cell-width")) <= 24  # a coloured square, not a status word
