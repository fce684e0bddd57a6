"""Targets linked to the BASE text they implement: quantified, changed, kept, new."""

from __future__ import annotations

import pytest

from policydiff.quantify import TargetFlag
from policydiff.report import compare_documents

from conftest import corpus_document


@pytest.fixture(scope="module")
def jilin_entry():
    return compare_documents(corpus_document("national"), corpus_document("jilin"))


def test_jilin_quantifies_elderly_friendly_institutions(jilin_entry):
    linked = [t for t in jilin_entry.targets if t.target.value == 85.0]
    assert len(linked) == 1
    target = linked[0]
    assert (target.target.clause, target.target.unit, target.target.comparator, target.target.year) == \
           ("5.13", "%", ">=", 2025)
    assert target.flag is TargetFlag.quantified
    national_sentence = corpus_document("national").clause(target.base_clause).sentences[target.base_sentence]
    assert "加快老年友善医疗机构建设" in national_sentence
    assert target.base_target is None


def test_national_sets_no_numbers_so_every_jilin_target_is_quantified(jilin_entry):
    assert len(jilin_entry.targets) == 17
    assert {t.flag for t in jilin_entry.targets} == {TargetFlag.quantified}
    summary = jilin_entry.summary()
    assert (summary["targets"], summary["targets_quantified"], summary["targets_changed"]) == (17, 17, 0)


def test_draft_to_final_kept_and_changed_targets():
    entry = compare_documents(corpus_document("jilin-draft"), corpus_document("jilin"))
    by_text = {t.target.text: t for t in entry.targets}
    # Same bar, same year in draft and final.
    kept = by_text["二级以上综合性医院设立老年医学科的比例达到60%以上"]
    assert kept.flag is TargetFlag.kept and kept.base_target.clause == "3.5"
    # The draft's 90% coverage had no deadline; the final sets 到2025年.
    changed = by_text["实现重点专业的市（州）级质控中心覆盖率达到90%以上"]
    assert changed.flag is TargetFlag.changed
    assert (changed.base_target.value, changed.base_target.year, changed.target.year) == (90.0, None, 2025)
    # 60个专业的省级质控中心 is new in the final: no draft target in 个 for it.
    assert by_text["设置完成不少于60个专业的省级质控中心"].flag is TargetFlag.quantified


def test_target_of_an_added_clause_is_new():
    national, yantai = corpus_document("national"), corpus_document("yantai")
    entry = compare_documents(national, yantai, corrections={"2.1": ()})
    flags = {t.flag for t in entry.targets if t.target.clause == "2.1"}
    assert flags and flags <= {TargetFlag.new, TargetFlag.quantified}


def test_identity_keeps_every_target():
    hunan = corpus_document("hunan")
    entry = compare_documents(hunan, hunan)
    assert entry.targets and {t.flag for t in entry.targets} == {TargetFlag.kept}
    assert all(t.base_clause == t.target.clause for t in entry.targets)


@pytest.mark.parametrize(("new", "old", "flag", "expected"), [
    (85.0, 80.0, TargetFlag.changed, "raised"),
    (10.0, 15.0, TargetFlag.changed, "lowered"),       # the number, not the ambition: 下降到10%
    ((1.0, 3.0), 2.0, TargetFlag.changed, "same"),     # a range by its middle
    ("1:0.6", "1:0.55", TargetFlag.changed, ""),       # a ratio has no direction here
    (85.0, 85.0, TargetFlag.kept, ""),                 # only changed targets move
])
def test_change_of_a_target(new, old, flag, expected):
    from policydiff.quantify import LinkedTarget, change
    from policydiff.targets import Target

    def target(value):
        return Target("d", "1.1", 0, "床位数", value, "张", ">=", 2025, None, "…")

    assert change(LinkedTarget(target(new), flag, "1.1", 0, target(old))) == expected
