"""The agency table: who leads and who shares which clauses."""

from __future__ import annotations

from policydiff.agencies import agency_table

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


def test_no_agencies_in_national():
    assert agency_table(corpus_document("national")) == ()
