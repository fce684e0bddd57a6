"""The agency table: who leads and who shares which clauses; responsibilities in notes and in the text."""

from __future__ import annotations

import pytest

from policydiff.agencies import agency_table
from policydiff.parse import extract_agencies

from conftest import corpus_document


def test_yantai_health_commission_leads_most_and_medical_insurance_leads_6_2():
    rows = {row.agency: row for row in agency_table(corpus_document("yantai"))}
    health = rows["市卫生健康委"]
    assert health.leads == ("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "3.1", "3.2", "3.3", "3.4", "3.5",
                            "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "6.4")
    assert health.shares == ("6.1", "6.2", "6.3")
    assert rows["市医保局"].leads == ("6.2",)
    assert rows["市医保局"].shares == ("3.2", "4.4", "5.3")
    assert rows["市财政局"].leads == ("6.1",)
    assert agency_table(corpus_document("yantai"))[0].agency == "市卫生健康委"


def test_jilin_draft_first_named_leads():
    rows = {row.agency: row for row in agency_table(corpus_document("jilin-draft"))}
    assert rows["省中医局"].leads == ("3.6",)
    assert "2.1" in rows["省中医局"].shares
    assert rows["省政数局"].leads == ("6.5",)


def test_national_names_no_department_but_makes_governments_responsible():
    """The national opinion has no responsibility notes; its 组织实施 section gives the duties in
    the text: 各省（自治区、直辖市）政府要高度重视… (7.1) and 各相关部门要认真履行职责 (7.2)."""
    rows = agency_table(corpus_document("national"))
    assert sorted((row.agency, row.leads, row.shares) for row in rows) == [("各相关部门", ("7.2",), ()),
                                                                            ("各省政府", ("7.1",), ())]


@pytest.mark.parametrize(("text", "lead", "responsible"), [
    # 由 … 牵头, with the units that join it.
    ("由省卫生健康委牵头，省发展改革委、省财政厅配合，推进区域医疗中心建设。",
     ("省卫生健康委",), ("省发展改革委", "省财政厅")),
    # A government unit as the subject of a duty, at the start of a sentence or a phrase.
    ("各级政府要高度重视医疗卫生服务体系建设。省直各相关部门要认真履行职责，加强协作配合。",
     ("各级政府",), ("省直各相关部门",)),
    ("各市州人民政府负责组织实施，省卫生健康委负责统筹协调。", ("各市州人民政府",), ("省卫生健康委",)),
    # A bracketed insertion is left out of the name.
    ("各省（自治区、直辖市）政府要高度重视。", ("各省政府",), ()),
    # Not a department's duty: a hospital's task, the director-responsibility system, a place.
    ("坚持党委领导下的院长负责制。各级医院要加强管理。", (), ()),
    ("在农村地区由县级医院牵头，组建县域医共体。", (), ()),
    ("由各地根据实际牵头推进。", (), ()),
    # Words before 要/负责 that are a clause of their own, not a unit's name.
    ("认真落实全国推进大会部署要求，加快建设。材料真实性由申报单位负责。", (), ()),
])
def test_responsibilities_written_in_the_text(text, lead, responsible):
    kept, agencies = extract_agencies(text)
    assert kept == text  # written duties stay in the text
    assert (agencies.lead, agencies.responsible) == (lead, responsible)


def test_agencies_of_hunan_and_jilin_against_a_reading():
    """tests/fixtures/agencies-gold.yaml lists, by reading, every clause of hunan and jilin whose
    text names a department made responsible for it (hunan: its 组织实施 section alone; jilin: none,
    its 院长负责制 and 牵头医院 are no assignment). The parser finds the lead of every one (the
    issue asks for 80%) and invents none."""
    import yaml

    from conftest import ROOT

    gold = yaml.safe_load((ROOT / "tests" / "fixtures" / "agencies-gold.yaml").read_text(encoding="utf-8"))
    for doc_id in ("hunan", "jilin"):
        expected = {item["clause"]: (tuple(item["lead"]), tuple(item["responsible"])) for item in gold[doc_id]}
        found = {c.id: (c.agencies.lead, c.agencies.responsible)
                 for c in corpus_document(doc_id).clauses if c.agencies.lead or c.agencies.responsible}
        assert found == expected, doc_id
    assert len(gold["hunan"]) == 1 and gold["jilin"] == []
