"""The parser on the real-world collection (../shared/realworld, present in CI): every
document parses or gets a one-line reason, and the clause trees meet the floors of the
parse issue against the expected trees written by reading (tests/realworld/expected)."""

from __future__ import annotations

import importlib.util

import pytest

from policydiff.model import Document

from conftest import REALWORLD, ROOT

COLLECTION = REALWORLD
# The floors of the "Done when".
EXACT_FLOOR = 0.90
F1_FLOOR = 0.97
HEADING_FLOOR = 0.95

pytestmark = pytest.mark.skipif(not COLLECTION.is_dir(), reason="the real-world collection is not here")


@pytest.fixture(scope="module")
def figures():
    spec = importlib.util.spec_from_file_location("realworld", ROOT / "benchmarks" / "realworld.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.evaluate(COLLECTION)


def test_every_document_parses_or_gets_one_line(figures):
    for name, result in figures["results"].items():
        assert isinstance(result, Document) or ("\n" not in result and result.startswith(name)), name


def test_expected_trees_cover_thirty_documents(figures):
    assert len(figures["scores"]) >= 30


def test_floors(figures):
    total = figures["overall"]
    wrong = [s.name for s in figures["scores"] if not s.exact]
    assert total.exact / len(figures["scores"]) >= EXACT_FLOOR, wrong
    assert total.f1 >= F1_FLOOR
    assert total.heading_accuracy >= HEADING_FLOOR


# Targets of collection documents against gold written by reading (tests/realworld/targets):
# measured 0.96 precision and 0.74 recall (48 of 65) when first wired in, 0.967 and 0.892 (58 of
# 65) with the verbs of doing, holding and forming, 0.908 (59) with the Latin units of computing
# power; 0.984 and 0.969 (63 of 65) with 7000亿级 and the verbs of undertaking with a bar (2026-12-01). The floors sit
# below.
TARGET_PRECISION_FLOOR = 0.98
TARGET_RECALL_FLOOR = 0.96


def test_collection_targets(figures):
    import yaml

    from policydiff.targets import extract_targets
    from test_targets import maximum_matching

    matched = extracted_total = expected_total = 0
    files = sorted((ROOT / "tests" / "realworld" / "targets").glob("*.yaml"))
    for path in files:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        expected = gold["targets"] or []
        extracted = list(extract_targets(figures["results"][gold["document"]]))
        matched += len(maximum_matching(extracted, expected))
        extracted_total += len(extracted)
        expected_total += len(expected)
    assert len(files) >= 5 and expected_total >= 40
    assert matched / extracted_total >= TARGET_PRECISION_FLOOR
    assert matched / expected_total >= TARGET_RECALL_FLOOR


# Targets and agencies of 78 collection documents (tests/realworld/extraction), written by helpers by reading, in the
# probe sets' form (tests/forms/README.md), six at a time. On arrival: the first twelve (3346e04) 155 of 180 required
# targets found, 21 false, 98 of 113 settled agency clauses exact; pku-sd-023, pku-c-164, govcn-022, pku-c-161, govcn-035
# and pku-sd-044 (4aab892) 10 of 10, 0 false, 22 of 30; pku-c-120, govcn-007, govcn-058, govcn-008, pku-sd-045 and
# pku-sd-005 (4aab892) 17 of 17, 1 false, 5 of 33; pku-sd-019, pku-c-082, pku-c-077, pku-c-080, govcn-034 and govcn-005
# (965c015) 8 of 9, 0 false, 100 of 139; govcn-009, pku-sd-014, pku-c-015, pku-c-012, pku-sd-007 and pku-sd-013
# (965c015) 6 of 6, 13 false, 39 of 57; pku-c-004, pku-sd-035, pku-c-155, pku-c-029, pku-c-097 and pku-c-043 (56cbe0d) 5 of
# 5, 10 false, 4 of 12. The floors are today's figures (agency clauses 324 → 329 since a note naming the ministries guiding a
# measure, （X、Y指导）, names them; targets 212 → 214 since a list sharing the measure after its last item gives each a
# target, 马铃薯种植、收获机械化率均达到45%; false 22 → 19 since a rate or a standard stated in a phrase of 按 is a
# rule's, 按不低于采购金额的30%提前预付). Since, eighteen more (2026-12-01, fourth session): pku-sd-008, pku-sd-054,
# pku-sd-030, pku-sd-047, pku-sd-021 and pku-sd-041 (15fdf44) 50 of 50, 7 false, 52 of 54; govcn-016, govcn-043,
# govcn-019, govcn-026, govcn-025 and govcn-030 (15fdf44) 0 of 0, 3 false, 3 of 9; pku-c-046, pku-c-069, pku-c-060,
# pku-c-160, pku-c-156 and pku-c-054 (15fdf44) 1 of 2, 0 false, 9 of 18; pku-c-101, pku-c-132, pku-c-051, pku-c-083,
# pku-c-091 and pku-c-152 (4342a76) 2 of 2, 8 false, 6 of 21; govcn-040, govcn-038, govcn-048, govcn-054, govcn-014 and
# govcn-049 (4342a76) 2 of 2, 4 false, 1 of 7; pku-c-041, pku-c-016, pku-c-150, pku-c-103, pku-c-157 and pku-c-081
# (4342a76) 4 of 4, 1 false, 4 of 14. Since: courts named as organs (各级人民法院要…), the one team a plan praises (打造一支…的…队伍)
# and a condition opened by 凡 read as no goal, results since a year of the last century (1999年以来，…): 36 false, 409;
# what is built or chosen (构建, 优选) counted and 近5年来，… read as results: 275 found, 33 false. Twenty more on arrival
# (b77770f, 2026-12-01, fifth session: national guides, notices, opinions and work points of ministries, pku-c-022, 036,
# 055, 109, 024, 100, 053, 095, 038, 006, 047, 011, 013, 096, 030, 074, 062, 102, 019 and 027): 8 of 8, 5 false, 7 of 34.
# Since: the provincial level named whole (各省、自治区、直辖市邮政管理局) one unit: 423; a ministry opening a sentence with
# 加强, 深化 or 会同 (市场监管总局深化…): 426. Twenty-one more on arrival (11d1c68, four helpers: national
# implementation plans, opinions, guides, a State Council order and notice, Shandong's science plans, Jinan's and
# Qingdao's road-test rules; pku-c-008, 010, 031, 048, 049, 050, 056, 063, 071, 073, 108, 121, 163, 165, govcn-018, 033,
# pku-sd-002, 020, 026, 032, 036): 47 of 50, 21 false, 8 of 29. Since: a plan's 基础与优势 / 现实基础 reports results: 47 false;
# a count named as the goal it is (实现…2.5万家目标): 332 found. Three more on arrival (854a9a2: two State Council
# documents, govcn-010 and 044, and the housing ministry's smart-community guide, pku-c-159): 14 of 14, 4 false, 1 of 8.
# Since (2026-12-01, sixth session): any amount of money bounded from above (a grant's total, a fee's cap) no goal: 47 false.
# A State Council note closing with its formula after a full stop (…等负责。列第一位者为牵头单位，下同): 437.
# (2026-12-02, eighth session) every place and every department at once (各地区各部门) no one made responsible: 438.
# (2026-12-02, tenth session) a cap set as what generally holds (合法性审核时间一般不超过5个工作日) a rule's standard: 38 false.
EXTRACTION = (359, 346 / 359, 38, 438 / 578)


def test_targets_and_agencies_of_the_collection_gold():
    from test_forms import _figures

    paths = sorted((ROOT / "tests" / "realworld" / "extraction").glob("*.yaml"))
    assert len(paths) == 122
    required, found, false, exact, firm = _figures(paths, COLLECTION)
    wanted, recall_floor, false_ceiling, agency_floor = EXTRACTION
    assert required == wanted
    assert found / required >= recall_floor, found
    assert false <= false_ceiling, false
    assert exact / firm >= agency_floor, (exact, firm)


def test_aligner_floors_on_the_collection_gold(tmp_path):
    """The intelligent-connected-vehicle family (two city rules against the national code, 214
    gold clauses written by reading): primary accuracy and pair F1 at least 0.85; every gold file
    of the collection is scored. (The scenario-innovation and ai-pilot-zone families are far below:
    see the README; no floor pretends otherwise.)"""
    import json

    from policydiff.cli import main

    out = tmp_path / "scores.json"
    files = sorted((ROOT / "alignments" / "realworld").glob("*.yaml"))
    assert main(["evaluate", *map(str, files), "--corpus", str(COLLECTION), "-f", "json", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(s["name"] for s in data["scores"][:-1]) == ["pku-c-166", "pku-sd-013", "pku-sd-014", "pku-sd-032", "pku-sd-036"]
    families = {s["name"]: s for s in data["families"]}
    vehicles = families["intelligent-connected-vehicles"]
    assert vehicles["clauses"] == 214
    assert vehicles["primary_accuracy"] >= 0.85 and vehicles["f1"] >= 0.85


def test_carried_sentences_of_the_collection_gold_are_located(tmp_path):
    """Sentence gold of the collection (every national sentence, read by hand): where the
    locality carries a sentence, the aligner places it in a local sentence the reader names at
    least 85% of the time on the close implementation of the vehicle family (pku-sd-036: 136 of
    159 national sentences kept nearly verbatim). Its six dropped sentences are too few for a
    floor on "dropped" (see the README)."""
    import json

    from policydiff.cli import main

    out = tmp_path / "scores.json"
    files = sorted((ROOT / "alignments" / "realworld" / "sentences").glob("*.yaml"))
    assert main(["evaluate", *map(str, files), "--corpus", str(COLLECTION), "-f", "json", "-o", str(out)]) == 0
    scores = {s["name"]: s for s in json.loads(out.read_text(encoding="utf-8"))["sentence_scores"]}
    assert sorted(scores) == ["overall", "pku-sd-013", "pku-sd-014", "pku-sd-036"]
    vehicles = scores["pku-sd-036"]
    assert (vehicles["sentences"], vehicles["dropped_expected"]) == (159, 6)
    assert vehicles["location_accuracy"] >= 0.85
