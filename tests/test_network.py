"""The network: every document against every earlier one, and each sentence's source."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from policydiff.cli import main
from policydiff.load import load_document
from policydiff.model import Clause, Document, Meta
from policydiff.network import build_network, eligible_sources, node, relation, score_document, sources_of, summaries

import network_corpus
from conftest import CORPUS, REALWORLD


def _document(doc_id: str, date: str, *sentences: str, **meta) -> Document:
    clause = Clause(id="1", level=1, heading="", text="".join(sentences), sentences=tuple(sentences))
    return Document(id=doc_id, meta=Meta(date=date, **meta), clauses=(clause,))


def test_a_sentence_is_verbatim_reworded_or_new_and_the_pair_counts_them():
    centre = _document("centre", "2023-01-01", "加强基层医疗卫生服务能力建设，提升县级医院综合服务水平。",
                       "到2025年，每个县至少建成一个县域医疗卫生次中心。", "完善家庭医生签约服务机制。")
    city = _document("city", "2023-05-01", "完善家庭医生签约服务机制。",  # verbatim
                     "加强基层医疗卫生服务能力建设，提升市级医院综合服务能力。",  # one phrase reworded
                     "市财政每年安排专项资金支持乡村医生培训。")  # its own
    scored = score_document(node(city), [node(centre)])
    (pair,) = scored.pairs
    assert (pair.earlier, pair.later, pair.sentences, pair.verbatim, pair.reworded) == ("centre", "city", 3, 1, 1)
    assert pair.gap_days == 120 and pair.clauses == 1.0
    assert [(s.index, s.status, s.source, s.source_index) for s in scored.sources] == [
        (0, "verbatim", "centre", 2), (1, "reworded", "centre", 0), (2, "new", "", -1)]
    assert scored.sources[0].score == 1.0 and 0.2 <= scored.sources[1].score < 1.0
    assert scored.sources[1].score == round(scored.sources[1].score, 4)  # no float32 digits in the tables


def test_a_pair_below_the_reporting_share_or_with_one_sentence_is_left_out_and_is_no_source():
    centre = _document("centre", "2023-01-01", "完善家庭医生签约服务机制。", "推进紧密型县域医共体建设。")
    own = [f"第{n}项地方措施由市卫生健康委负责落实。" for n in range(20)]
    city = _document("city", "2023-05-01", "完善家庭医生签约服务机制。", "推进紧密型县域医共体建设。", *own)
    assert score_document(node(city), [node(centre)], min_share=0.1).pairs == ()  # 2 of 22
    scored = score_document(node(city), [node(centre)], min_share=0.05)
    assert scored.pairs[0].verbatim == 2 and [s.source for s in scored.sources[:3]] == ["centre", "centre", ""]
    # One sentence of three is a third, but one sentence is no evidence of learning.
    notice = _document("notice", "2023-06-01", "现将有关事项通知如下：", "请各单位于6月底前报送材料。", "联系人：张三。")
    letter = _document("letter", "2023-07-01", "现将有关要求通知如下：", "本市将组织专家评审。", "特此通知。")
    scored = score_document(node(letter), [node(notice)])
    assert scored.pairs == () and all(s.source == "" for s in scored.sources)


def test_the_most_similar_source_wins_and_identical_text_goes_to_its_first_publisher():
    centre = _document("centre", "2023-01-01", "推进紧密型县域医共体建设，统筹县域医疗资源配置。")
    province = _document("province", "2023-03-01", "推进紧密型县域医共体建设，统筹全省医疗资源配置。")
    copy = _document("copy", "2023-04-01", "推进紧密型县域医共体建设，统筹县域医疗资源配置。")
    city = _document("city", "2023-06-01", "推进紧密型县域医共体建设，统筹全省医疗资源配置。",
                     "推进紧密型县域医共体建设，统筹县域医疗资源配置。")
    sources = score_document(node(city), [node(copy), node(province), node(centre)]).sources
    # The province's words, verbatim, are the province's; the centre's words, also in ``copy``
    # later, are the centre's.
    assert [(s.source, s.status) for s in sources] == [("province", "verbatim"), ("centre", "verbatim")]


def test_what_a_document_implements_or_drafted_precedes_it_whatever_the_dates():
    metas = {"national": Meta(date="2023-03-23", level="national", doc_number="国发〔2023〕1号"),
             "city": Meta(date="", level="municipal", cites=("国发〔2023〕1号",)),
             "draft": Meta(date="", status="draft", issuer="某省人民政府", title="关于某事的实施意见"),
             "final": Meta(date="2023-08-01", issuer="某省人民政府", title="某省人民政府关于某事的实施意见",
                           implements="national")}
    found = sources_of(metas)
    # Cited by city and implemented by final, which cannot precede it; the draft names nothing
    # and is undated, so either can precede the other.
    assert found["national"] == ["draft"]
    assert found["city"] == ["national", "draft", "final"]
    assert found["draft"] == ["national", "city"]
    assert found["final"] == ["national", "city", "draft"]


def test_known_order_is_every_implementation_citation_and_draft_pair():
    """known_order looks drafts up by issuer and title: it finds exactly the pairs a pass over all
    pairs of documents finds (is_draft_of; implemented), drafts of the same issuer with other
    titles, and drafts whose final title opens with the issuer's name, included."""
    from policydiff.network import document_numbers, implemented, is_draft_of, known_order

    issuers, titles = ("某省人民政府", "某市人民政府", ""), ("关于某事的实施意见", "关于他事的通知", "")
    metas = {}
    for n, (issuer, title, status) in enumerate((i, t, s) for i in issuers for t in titles for s in ("draft", "final")):
        metas[f"d{n}"] = Meta(issuer=issuer, title=(issuer + title) if n % 4 == 1 else title, status=status,
                              doc_number=f"〔2023〕{n}号", cites=(f"〔2023〕{(n * 5) % 18}号",),
                              implements=f"d{(n * 7) % 18}")
    by_number = document_numbers(metas)
    expected = {(earlier, later) for later, meta in metas.items()
                for earlier in implemented(meta, metas, by_number) if earlier != later}
    expected |= {(earlier, later) for earlier in metas for later in metas if is_draft_of(metas[earlier], metas[later])}
    found = known_order(metas)
    assert found == expected
    assert {pair for pair in found if metas[pair[0]].status == "draft" and metas[pair[1]].status == "final"
            and metas[pair[0]].issuer == metas[pair[1]].issuer} >= {("d0", "d1"), ("d6", "d7")}


def test_one_text_published_twice_is_a_copy_and_a_template_reused_is_not():
    text = ["推进紧密型县域医共体建设，统筹县域医疗资源配置。", "完善家庭医生签约服务机制。",
            "到2025年，每个县至少建成一个县域医疗卫生次中心。", "加强基层医疗卫生服务能力建设。"]
    centre = _document("centre", "2023-01-01", *text)
    # The same text on another site, one sentence with a character changed.
    repost = _document("repost", "2023-01-05", *text[:3], "加强基层医疗卫生服务能力的建设。")
    # A later copy of the repost, and a province that takes the text and adds as much again.
    again = _document("again", "2023-02-01", *text[:3], "加强基层医疗卫生服务能力的建设。")
    province = _document("province", "2023-03-01", *text, *(f"第{n}项全省措施由省卫生健康委负责落实。" for n in range(4)))
    # Two notices on one template, every sentence about another subject.
    notice = _document("notice", "2023-01-01", "为加快推进智能制造标准化工作，形成了征求意见稿。",
                       "请于2月14日前以书面形式反馈意见。", "联系方式：装备工业司。")
    other_notice = _document("other-notice", "2023-06-01", "为加快推进智能网联汽车标准化工作，形成了征求意见稿。",
                             "请于7月12日前以书面形式反馈意见。", "联系方式：装备工业二司。")
    network = build_network([node(d) for d in (centre, repost, again, province, notice, other_notice)])
    copies = {(p.earlier, p.later): p.copy for p in network.pairs}
    assert copies[("centre", "repost")] and copies[("repost", "again")] and copies[("centre", "again")]
    assert not copies[("centre", "province")]
    assert copies[("notice", "other-notice")] is False  # reported: every sentence reworded
    assert {s.document: s.copy_of for s in summaries(network)} == {
        "centre": "", "repost": "centre", "again": "centre", "province": "", "notice": "", "other-notice": ""}


def test_a_document_dated_before_what_it_implements_is_named():
    from policydiff.network import date_conflicts

    metas = {"national": Meta(date="2022-07-29", doc_number="国科发〔2022〕199号"),
             "plan": Meta(date="2013-02-18", implements="national"),  # a 2025-2027 plan, misdated
             "city": Meta(date="2023-01-01", cites=("国科发〔2022〕199号",)),
             "undated": Meta(implements="national")}
    assert date_conflicts(metas) == [("national", "plan")]


def test_relations():
    centre = Meta(level="national", region="全国")
    province = Meta(level="provincial", region="山东省")
    city = Meta(level="municipal", region="山东省烟台市")
    other_city = Meta(level="municipal", region="湖南省长沙市")
    assert relation(centre, city) == "vertical" and relation(province, city) == "vertical"
    assert relation(province, other_city) == "other" and relation(city, other_city) == "horizontal"
    assert relation(province, other_city, linked=True) == "vertical" and relation(Meta(), city) == "other"


@pytest.fixture(scope="module")
def planted():
    corpus = network_corpus.build(provinces=4, cities=6, seed=7)
    return corpus, [node(document) for document in corpus.documents]


def test_the_planted_sources_are_recovered(planted):
    corpus, nodes = planted
    network = build_network(nodes)
    precision, recall = network_corpus.attribution(corpus, network.sources)
    assert len(network.sources) == len(corpus.truth) and precision >= 0.95 and recall >= 0.95
    # Every document's main source, the one most of its sentences truly came from.
    from collections import Counter

    planted_main = {}
    for document in corpus.documents:
        counts = Counter(v for (doc_id, _), v in corpus.truth.items() if doc_id == document.id and v)
        planted_main[document.id] = counts.most_common(1)[0][0] if counts else ""
    assert {s.document: s.main_source for s in summaries(network)} == planted_main


def test_pruning_loses_nothing_on_the_planted_family(planted):
    _, nodes = planted
    pruned, full = build_network(nodes), build_network(nodes, prune=False)
    assert pruned.pairs == full.pairs and pruned.sources == full.sources
    assert pruned.candidates < full.candidates == full.possible
    # Candidates found beforehand (as the benchmark times them) are the ones build_network uses.
    from policydiff.prune import candidates

    chosen = candidates(nodes, eligible_sources(nodes))
    given = build_network(nodes, chosen=chosen)
    assert given == pruned and sum(map(len, chosen)) == pruned.candidates


def _corpus_nodes():
    from policydiff.manifest import assign_ids

    paths = sorted(CORPUS.glob("*.txt"))
    ids, _ = assign_ids(paths)
    return [node(load_document(path, None, doc_id)) for path, doc_id in zip(paths, ids)]


def test_on_the_bundled_corpus_each_locality_learns_from_the_centre():
    network = build_network(_corpus_nodes())
    assert network == build_network(_corpus_nodes(), prune=False)
    into_jilin = {p.earlier: round(p.share, 4) for p in network.pairs if p.later == "jilin"}
    # jilin's sentences come most from its own draft; the draft implements the national opinion,
    # so national → draft, never draft → national.
    assert into_jilin == {"jilin-draft": 0.5385, "national": 0.3846}
    assert not any(p.earlier == "jilin-draft" and p.later == "national" for p in network.pairs)
    main = {s.document: s.main_source for s in summaries(network)}
    assert main == {"hunan": "national", "jilin": "national", "jilin-draft": "national", "national": "",
                    "yantai": "national"}


def test_the_worker_pool_and_a_dask_cluster_write_what_one_process_writes(tmp_path, monkeypatch):
    import policydiff.cli

    distributed = pytest.importorskip("distributed")
    argv = ["network", str(CORPUS), "--no-cache", "-f", "json"]
    assert main([*argv, "-j", "1", "--csv", str(tmp_path / "one"), "-o", str(tmp_path / "one.json")]) == 0
    monkeypatch.setattr(policydiff.cli, "NETWORK_POOL_MIN", 2)
    assert main([*argv, "-j", "2", "--csv", str(tmp_path / "pool"), "-o", str(tmp_path / "pool.json")]) == 0
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        assert main([*argv, "--scheduler", cluster.scheduler_address, "--csv", str(tmp_path / "dask"),
                     "-o", str(tmp_path / "dask.json")]) == 0
    for name in ("pairs.csv", "sources.csv", "summary.csv"):
        one = (tmp_path / "one" / name).read_bytes()
        assert one == (tmp_path / "pool" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes()
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "pool.json").read_bytes() \
        == (tmp_path / "dask.json").read_bytes()
    assert b"jilin-draft,jilin,horizontal,,78,11,31,0.5385,0.141,0.72" in (tmp_path / "one" / "pairs.csv").read_bytes()


@pytest.mark.skipif(not REALWORLD.is_dir(), reason="needs the development collection in ../shared/realworld")
def test_pruning_loses_nothing_on_the_development_collection():
    """Every pair that scoring all pairs reports is a candidate (the ordered pairs of the
    collection's readable text documents that can be sources, dated by its MANIFEST.csv:
    earlier → later, same-day pairs both ways)."""
    from policydiff.errors import PolicydiffError
    from policydiff.manifest import assign_ids
    from policydiff.prune import candidates

    paths = sorted(REALWORLD.glob("*.txt"))
    ids, _ = assign_ids(paths)
    nodes = []
    for path, doc_id in zip(paths, ids):
        try:
            nodes.append(node(load_document(path, None, doc_id)))
        except PolicydiffError:
            continue  # no numbered clauses: not a document the network takes
    full = build_network(nodes, prune=False)
    found = candidates(nodes, eligible_sources(nodes))
    chosen = {(nodes[j].id, nodes[i].id) for i, js in enumerate(found) for j in js}
    assert len(full.pairs) > 30 and {(p.earlier, p.later) for p in full.pairs} <= chosen
    # MANIFEST.csv dates Qingdao's rules 2022-03-03 and the national code they implement
    # (implements: pku-c-070.txt) 2021-07-30.
    qingdao = {(p.earlier, p.later): (p.relation, p.gap_days) for p in full.pairs if "pku-sd-036" in (p.earlier, p.later)}
    assert qingdao[("pku-c-070", "pku-sd-036")] == ("vertical", 216) and ("pku-sd-036", "pku-c-070") not in qingdao
    assert len(chosen) < 0.8 * full.possible


def _html_network():
    centre = _document("centre", "2023-01-01", "完善家庭医生签约服务机制。", "推进紧密型县域医共体建设，统筹县域医疗资源配置。",
                       title="中心意见")
    city = _document("javascript:alert(1)", "2023-05-01", "完善家庭医生签约服务机制。",
                     "推进紧密型县域医共体建设，统筹全市医疗资源配置。", "市财政每年安排专项资金支持乡村医生培训。")
    return build_network([node(centre), node(city)])


def test_the_html_report_colours_each_sentence_by_its_source_and_tells_it_by_a_letter(tmp_path):
    import lxml.html

    from policydiff.render.network_html import write_network_html

    written = write_network_html(tmp_path / "report", _html_network())
    assert [p.name for p in written] == ["centre.html", "javascript:alert(1).html", "index.html"]
    page = lxml.html.parse(str(tmp_path / "report" / "javascript:alert(1).html")).getroot()
    spans = page.xpath("//span[contains(@class, 's') and @id]")
    assert [(s.get("id"), s.get("class")) for s in spans] == [
        ("s-1-0", "s src-0 verbatim"), ("s-1-1", "s src-0 reworded"), ("s-1-2", "s")]
    keys = page.xpath("//p[@class='clause']/a")
    assert [(k.text, k.get("href")) for k in keys] == [("A", "./centre.html#s-1-0"), ("A", "./centre.html#s-1-1")]
    assert spans[0].get("title") == "verbatim from centre clause 1, sentence 0 (1.00)"
    assert page.xpath("//ul[@class='legend']/li")[0].text_content() == "A centre 中心意见: 2 sentences"
    index = lxml.html.parse(str(tmp_path / "report" / "index.html")).getroot()
    links = [a.get("href") for a in index.xpath("//tbody/tr/th/a")]
    assert links == ["./centre.html", "./javascript%3Aalert%281%29.html"]  # relative: no script runs
    assert [td.text_content() for td in index.xpath("//tbody/tr")[1].xpath("td")][3:6] == ["3", "67%", "centre"]


def test_the_html_report_says_which_document_a_copy_copies(tmp_path):
    import lxml.html

    from policydiff.render.network_html import write_network_html

    text = ["推进紧密型县域医共体建设，统筹县域医疗资源配置。", "完善家庭医生签约服务机制。", "加强基层医疗卫生服务能力建设。"]
    network = build_network([node(_document("centre", "2023-01-01", *text)),
                             node(_document("repost", "2023-01-05", *text))])
    write_network_html(tmp_path / "report", network)
    page = lxml.html.parse(str(tmp_path / "report" / "repost.html")).getroot()
    assert "A copy of centre: the same text published again." in [p.text_content() for p in page.xpath("//p")]
    assert [td.text_content() for td in page.xpath("//tbody/tr/td")][:2] == ["centre", "other, a copy of one text"]
    centre = lxml.html.parse(str(tmp_path / "report" / "centre.html")).getroot()
    assert not [p for p in centre.xpath("//p") if "A copy of" in p.text_content()]


def test_the_html_report_is_written_whole_or_not_at_all(tmp_path):
    from policydiff.errors import OutputError
    from policydiff.render.network_html import write_network_html

    network = _html_network()
    bad = dataclasses.replace(network, nodes=(*network.nodes, dataclasses.replace(network.nodes[0], id="index")))
    (tmp_path / "report").mkdir()
    (tmp_path / "report" / "index.html").write_text("before")
    with pytest.raises(OutputError, match="cannot name an HTML page"):
        write_network_html(tmp_path / "report", bad)
    assert [p.name for p in tmp_path.iterdir()] == ["report"]
    assert [p.read_text() for p in (tmp_path / "report").iterdir()] == ["before"]


def test_network_html_from_the_command_line(tmp_path):
    assert main(["network", str(CORPUS), "--no-cache", "--html", str(tmp_path / "html"), "-o",
                 str(tmp_path / "pairs.txt")]) == 0
    assert sorted(p.name for p in (tmp_path / "html").iterdir()) == [
        "hunan.html", "index.html", "jilin-draft.html", "jilin.html", "national.html", "yantai.html"]
    # Into the folder of .html inputs it would replace them: refused before anything is written.
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for name in ("a", "b"):
        (inputs / f"{name}.html").write_text("<p>一、总体要求</p><p>加强组织领导。</p>", encoding="utf-8")
    assert main(["network", str(inputs), "--no-cache", "--html", str(inputs)]) == 2
    assert sorted(p.name for p in inputs.iterdir()) == ["a.html", "b.html"]


def test_pairs_as_json_lines_one_object_a_line_with_null_for_no_date(tmp_path):
    import json

    assert main(["network", str(CORPUS), "--no-cache", "-f", "jsonl", "-o", str(tmp_path / "pairs.jsonl")]) == 0
    lines = (tmp_path / "pairs.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert {"earlier": "jilin-draft", "later": "jilin", "relation": "horizontal", "gap_days": None, "sentences": 78,
            "verbatim": 11, "reworded": 31, "share": 0.5385, "verbatim_share": 0.141, "clauses": 0.72,
            "copy": False} in rows
    assert main(["network", str(CORPUS), "--no-cache", "-f", "csv", "-o", str(tmp_path / "pairs.csv")]) == 0
    assert len(rows) == len((tmp_path / "pairs.csv").read_text(encoding="utf-8-sig").splitlines()) - 1


# tests/forms/network: two corpora of six documents (a national opinion, two provinces, three cities;
# a province, four cities and a county, one city copying its neighbour), written blind by a helper with
# every sentence's source by reading (396 sentences; README there). Its reader counted a heading
# ending in 。 as a sentence, where policydiff's sentences are the text under it: 262 of its sentences
# are sentences of the network. On arrival (at bbe0e8e) 246 of those had the reader's source: 215 of
# the 220 it sources, 31 of the 42 it calls new. Of the 16 others, 14 are its doubtful calls (stock
# lines identical to earlier text, 加强组织领导。, which any text measure calls verbatim; citation
# openings; sibling near ties), two rewordings near the 0.2 threshold. The floor is that figure.
NETWORK_PROBE = Path(__file__).parent / "forms" / "network"


def test_sentence_sources_of_the_blind_network_probe(tmp_path):
    import csv
    import re

    from policydiff.yamlfile import load_yaml

    def key(text: str) -> str:
        return re.sub(r"[\s。；！？，、：“”《》（）()]", "", text)

    found = right = 0
    for corpus in sorted(path for path in NETWORK_PROBE.iterdir() if path.is_dir()):
        out = tmp_path / corpus.name
        assert main(["network", str(corpus), "--csv", str(out), "--no-cache", "-o", str(tmp_path / "pairs.txt")]) == 0
        with open(out / "sources.csv", encoding="utf-8-sig", newline="") as file:
            sources = {(row["document"], key(row["text"])): row["source"] or None for row in csv.DictReader(file)}
        for sentence in load_yaml(corpus / "gold.yaml")["sentences"]:
            place = (sentence["doc"], key(sentence["text"]))
            if place in sources:
                found += 1
                right += sources[place] == sentence["source"]
    assert found == 262
    assert right >= 246, right
