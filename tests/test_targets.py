"""Target extraction: the hand-checked gold files and every form DOMAIN.md lists."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policydiff.model import Clause, Document, Meta
from policydiff.targets import Target, extract_targets, sentence_targets

from conftest import corpus_document, fixture

# The floors the issue sets ("Done when"): precision and recall on field-complete matches.
PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.95

# Two indicators name the same thing when one contains the other or they share a run of
# at least this many characters. Two-character words are the common coin of these texts
# (医院, 比例, 建设), so four characters in a row are at least two words in common; and a
# short indicator such as 床医比 must then be contained, so 床医比 and 医护比 differ.
MIN_COMMON_RUN = 4


def longest_common_run(a: str, b: str) -> int:
    """Length of the longest common substring of ``a`` and ``b``."""
    best = 0
    lengths = [0] * (len(b) + 1)
    for ch in a:
        previous = 0
        for j, other in enumerate(b, start=1):
            current = lengths[j]
            lengths[j] = previous + 1 if ch == other else 0
            best = max(best, lengths[j])
            previous = current
    return best


def indicators_overlap(got: str, want: str) -> bool:
    return bool(got) and (got in want or want in got or longest_common_run(got, want) >= MIN_COMMON_RUN)


def same_value(got, want) -> bool:
    """Numbers compared as floats, ranges as lists of floats, ratios as strings."""
    if isinstance(want, list):
        return isinstance(got, tuple) and [float(x) for x in got] == [float(x) for x in want]
    if isinstance(want, str):
        return got == want
    return isinstance(got, float) and got == float(want)


def field_complete_match(target: Target, gold: dict) -> bool:
    return (
        target.clause == gold["clause"]
        and same_value(target.value, gold["value"])
        and target.unit == gold["unit"]
        and target.comparator == gold["comparator"]
        and target.year == gold["year"]
        and indicators_overlap(target.indicator, gold["indicator"])
    )


def maximum_matching(extracted: list[Target], gold: list[dict]) -> dict[int, int]:
    """A largest one-to-one pairing of gold targets to extracted targets (Kuhn's
    augmenting paths), so that no extracted target counts for two gold ones."""
    candidates = [[i for i, target in enumerate(extracted) if field_complete_match(target, item)]
                  for item in gold]
    owner: dict[int, int] = {}  # extracted index -> gold index

    def assign(g: int, seen: set[int]) -> bool:
        for i in candidates[g]:
            if i not in seen:
                seen.add(i)
                if i not in owner or assign(owner[i], seen):
                    owner[i] = g
                    return True
        return False

    for g in range(len(gold)):
        assign(g, set())
    return owner


@pytest.mark.parametrize("doc_id", ["yantai", "jilin"])
def test_gold_precision_and_recall(doc_id):
    gold = fixture(f"targets/{doc_id}.yaml")
    assert gold["document"] == doc_id
    expected = gold["targets"]
    extracted = list(extract_targets(corpus_document(doc_id)))
    matched = maximum_matching(extracted, expected)
    precision = len(matched) / len(extracted)
    recall = len(matched) / len(expected)
    missed = [item["text"] for g, item in enumerate(expected) if g not in matched.values()]
    spurious = [(t.clause, t.indicator, t.value) for i, t in enumerate(extracted) if i not in matched]
    assert precision >= PRECISION_FLOOR, spurious
    assert recall >= RECALL_FLOOR, missed


def test_matching_is_strict_enough_to_fail_a_wrong_extractor():
    # The measure must tell the 分别 pair apart and must not pair one target twice.
    assert not indicators_overlap("床医比", "医护比")
    assert indicators_overlap("康复病床数", "每千人口康复病床数")
    assert longest_common_run("公立医疗卫生机构承担", "承担职业健康检查工作的公立医疗卫生机构") == 8
    gold = [{"clause": "1", "indicator": "床医比", "value": "1:0.55", "unit": None, "comparator": "=", "year": None}] * 2
    extracted = list(sentence_targets("床医比达到1:0.55。", clause="1"))
    assert len(maximum_matching(extracted, gold)) == 1
    wrong_year = dataclasses.replace(extracted[0], year=2025)
    assert not field_complete_match(wrong_year, gold[0])


def fields(targets):
    return [(t.indicator, t.value, t.unit, t.comparator, t.year, t.period) for t in targets]


FORMS = {
    "deadline-at-head": (
        "到2025年，全市每千人口医疗卫生机构床位数达到7.5张。",
        [("全市每千人口医疗卫生机构床位数", 7.5, "张", "=", 2025, None)],
    ),
    "deadline-year-before": (
        "加快传染病监测预警与应急指挥信息平台2.0版建设，2025年前基本完成平台分级部署，以区（市）为单位区域应用覆盖率达到90%以上。",
        [("以区（市）为单位区域应用覆盖率", 90.0, "%", ">=", 2025, None)],
    ),
    "deadline-year-end": (
        "全面推进紧密型县域医共体建设，到2025年底，全省80%的县市基本建成县域医共体。",
        [("全省县市基本建成县域医共体的比例", 80.0, "%", "=", 2025, None)],
    ),
    "deadline-plan-end": (
        "到“十四五”末，实现县级公立二级甲等以上中医医院全覆盖，其中35%达到三级水平。",
        [("县级公立二级甲等以上中医医院覆盖率", 100.0, "%", "=", 2025, None),
         ("达到三级水平的比例", 35.0, "%", "=", 2025, None)],
    ),
    "deadline-plan-end-ascii-quotes": (
        '到"十四五"末，每个县至少建成1所县级中医医院。',
        [("每个县县级中医医院", 1.0, "所", ">=", 2025, None)],
    ),
    "plan-period-and-list": (
        "“十四五”期间，力争建设不少于50个国家临床重点专科、50个省级临床重点专科、110个市级临床重点专科，以高水平重点专科建设引领区域医疗技术进步。",
        [("国家临床重点专科", 50.0, "个", ">=", 2025, "2021-2025"),
         ("省级临床重点专科", 50.0, "个", ">=", 2025, "2021-2025"),
         ("市级临床重点专科", 110.0, "个", ">=", 2025, "2021-2025")],
    ),
    "list-sharing-its-head-noun": (
        "建设不少于60个国家级、300个省级临床重点专科。",
        [("国家级临床重点专科", 60.0, "个", ">=", None, None),
         ("省级临床重点专科", 300.0, "个", ">=", None, None)],
    ),
    "list-each-with-its-verb": (
        "支持有条件的县级中医医院建设2个中医特色优势专科、建设1个县域中医适宜技术推广中心。",
        [("有条件的县级中医医院中医特色优势专科", 2.0, "个", "=", None, None),
         ("有条件的县级中医医院县域中医适宜技术推广中心", 1.0, "个", "=", None, None)],
    ),
    "yearly": (
        "每年选拔10名医学学科领军人才、50名学科带头人、100名学科青年骨干人才。",
        [("医学学科领军人才", 10.0, "名", "=", None, "yearly"),
         ("学科带头人", 50.0, "名", "=", None, "yearly"),
         ("学科青年骨干人才", 100.0, "名", "=", None, "yearly")],
    ),
    "respectively-ratios-and-counts": (
        "到2025年，全市人才规模稳步增长，床医比、医护比分别达到1:0.55、1:1.2，每万人口全科医生和公共卫生人员数分别达到4人、8.5人。",
        [("床医比", "1:0.55", None, "=", 2025, None),
         ("医护比", "1:1.2", None, "=", 2025, None),
         ("每万人口全科医生数", 4.0, "人", "=", 2025, None),
         ("每万人口公共卫生人员数", 8.5, "人", "=", 2025, None)],
    ),
    "respectively-shared-per-capita-scope": (
        "到2025年，全市每千人口医疗卫生机构床位数达到7.5张，其中每千人口公立中医类医院床位数、康复病床数分别达到0.85张和0.42张。",
        [("全市每千人口医疗卫生机构床位数", 7.5, "张", "=", 2025, None),
         ("每千人口公立中医类医院床位数", 0.85, "张", "=", 2025, None),
         ("每千人口康复病床数", 0.42, "张", "=", 2025, None)],
    ),
    "range": (
        "到2025年，每个二级以上县级中医医疗机构建立1-2个传承工作室。",
        [("每个二级以上县级中医医疗机构传承工作室", (1.0, 2.0), "个", "=", 2025, None)],
    ),
    "chinese-numeral": (
        "每个县（市）至少建成一所县级中医医院，每个地市组建不少于二十支紧急医学救援队伍。",
        [("每个县（市）县级中医医院", 1.0, "所", ">=", None, None),
         ("每个地市紧急医学救援队伍", 20.0, "支", ">=", None, None)],
    ),
    "chinese-numeral-range": (
        "每个区建设一至两家区域医疗中心。",
        [("每个区区域医疗中心", (1.0, 2.0), "家", "=", None, None)],
    ),
    "full-coverage": (
        "到2025年，按疾病诊断相关分组付费（DRG）全面推广并日益完善，居民长期护理保险实现全覆盖。",
        [("居民长期护理保险覆盖率", 100.0, "%", "=", 2025, None)],
    ),
    "full-coverage-after-verb": (
        "构建三级联动的县域医疗服务体系，到2025年实现紧密型县域医共体县（市）全覆盖。",
        [("紧密型县域医共体县（市）覆盖率", 100.0, "%", "=", 2025, None)],
    ),
    "keep-above": (
        "到2025年，全面建成15分钟群众健康服务圈，乡镇卫生院（社区卫生服务中心）达到国家优质服务推荐标准的比例保持在35%以上，县域内基层门急诊人次占比达到65%以上。",
        [("乡镇卫生院（社区卫生服务中心）达到国家优质服务推荐标准的比例", 35.0, "%", ">=", 2025, None),
         ("县域内基层门急诊人次占比", 65.0, "%", ">=", 2025, None)],
    ),
    "at-least": (
        "每个区市至少设立1处安宁疗护病区。",
        [("每个区市安宁疗护病区", 1.0, "处", ">=", None, None)],
    ),
    "not-less-than": (
        "城市医生在晋升主治医师或副主任医师职称前，到基层或对口帮扶的医疗机构累计服务不少于1年。",
        [("到基层或对口帮扶的医疗机构累计服务", 1.0, "年", ">=", None, None)],
    ),
    "not-lower-than-a-share-of-a-base": (
        "三甲医院每年科研经费投入不低于本单位年度业务总收入的1%。",
        [("三甲医院每年科研经费投入占本单位年度业务总收入的比例", 1.0, "%", ">=", None, "yearly")],
    ),
    "grade-and-above": (
        "到2025年，全市二级及以上公立医院电子病历应用水平均达到4级及以上。",
        [("全市二级及以上公立医院电子病历应用水平", 4.0, "级", ">=", 2025, None)],
    ),
    "more-than": (
        "县域内就诊率超过90%。",
        [("县域内就诊率", 90.0, "%", ">", None, None)],
    ),
    "within": (
        "三级公立医院平均住院日控制在9天以内。",
        [("三级公立医院平均住院日", 9.0, "天", "<=", None, None)],
    ),
    "not-higher-than": (
        "个人卫生支出占卫生总费用的比例不高于27%。",
        [("个人卫生支出占卫生总费用的比例", 27.0, "%", "<=", None, None)],
    ),
    "not-more-than": (
        "家庭医生签约人数不超过2000人。",
        [("家庭医生签约人数", 2000.0, "人", "<=", None, None)],
    ),
    "bar-without-verb": (
        "对应省级质控中心相关专业的市（州）质控中心覆盖率90%以上。",
        [("对应省级质控中心相关专业的市（州）质控中心覆盖率", 90.0, "%", ">=", None, None)],
    ),
    "plain-reach-is-equal": (
        "到2025年，每10万常住人口康复医师数量达到8人。",
        [("每10万常住人口康复医师数量", 8.0, "人", "=", 2025, None)],
    ),
    "share-reaching-a-standard": (
        "市妇幼保健院保持三级甲等标准，60%的县级妇幼保健机构达到二级甲等及以上标准。",
        [("县级妇幼保健机构达到二级甲等及以上标准的比例", 60.0, "%", "=", None, None)],
    ),
    "share-absorbs-its-condition": (
        "50%以上的区市至少建成1所康复医院或护理院。",
        [("区市至少建成1所康复医院或护理院的比例", 50.0, "%", ">=", None, None)],
    ),
    "share-beside-another-subject": (
        "所有社区卫生服务站及80%以上的村卫生室能够规范开展6项以上中医药适宜技术。",
        [("村卫生室能够规范开展6项以上中医药适宜技术的比例", 80.0, "%", ">=", None, None),
         ("所有社区卫生服务站中医药适宜技术", 6.0, "项", ">=", None, None)],
    ),
    "shares-of-one-verb-joined": (
        "到2030年，助浴服务覆盖85%以上的城镇社区和40%以上的农村社区、30%以上的行政村。",
        [("助浴服务覆盖城镇社区的比例", 85.0, "%", ">=", 2030, None),
         ("助浴服务覆盖农村社区的比例", 40.0, "%", ">=", 2030, None),
         ("助浴服务覆盖行政村的比例", 30.0, "%", ">=", 2030, None)],
    ),
    "shares-joined-before-their-verb": (
        "70%以上的县级医院和45%以上的乡镇卫生院达到服务能力推荐标准。",
        [("县级医院达到服务能力推荐标准的比例", 70.0, "%", ">=", None, None),
         ("乡镇卫生院达到服务能力推荐标准的比例", 45.0, "%", ">=", None, None)],
    ),
    "dollars-and-gigawatt-hours": (
        "到2028年，跨境电商进出口额力争达到120亿美元以上，储能电池产能达到80吉瓦时。",
        [("跨境电商进出口额", 120.0, "亿美元", ">=", 2028, None), ("储能电池产能", 80.0, "吉瓦时", "=", 2028, None)],
    ),
    "each-of-a-list-counted-once": (
        "新认定县级和市级农业产业化示范联合体各8个，建设电商直播基地、共享仓储中心各3家，回收废旧农膜2万吨。",
        [("县级农业产业化示范联合体", 8.0, "个", "=", None, None), ("市级农业产业化示范联合体", 8.0, "个", "=", None, None),
         ("电商直播基地", 3.0, "家", "=", None, None), ("共享仓储中心", 3.0, "家", "=", None, None),
         ("废旧农膜", 2.0, "万吨", "=", None, None)],
    ),
    "quoted-wording-is-text-not-a-name": (
        "一、将第七条修改为：“到2026年，全市公共充电桩车桩比达到2:1，城市“15分钟”充电服务圈覆盖率达到80%以上。”",
        [("全市公共充电桩车桩比", "2:1", None, "=", 2026, None),
         ("城市“15分钟”充电服务圈覆盖率", 80.0, "%", ">=", 2026, None)],
    ),
    "hired-bought-opened-counted-after": (
        "全县聘用专职护林员300名，新购置灭火机械60台套，设置警示牌500块，打通断头路8条，推出特色产品20款，制氢能力达到5万吨/年。",
        [("专职护林员", 300.0, "名", "=", None, None), ("灭火机械", 60.0, "台套", "=", None, None),
         ("警示牌", 500.0, "块", "=", None, None), ("断头路", 8.0, "条", "=", None, None),
         ("特色产品", 20.0, "款", "=", None, None), ("制氢能力", 5.0, "万吨/年", "=", None, None)],
    ),
    "those-served-counted-after-for": (
        "每年为800户以上农户提供免费技术指导，到2025年游客接待量恢复到120万人次。",
        [("为农户提供免费技术指导", 800.0, "户", ">=", None, "yearly"), ("游客接待量", 120.0, "万人次", "=", 2025, None)],
    ),
    "wells-and-pools": (
        "新打机井300眼，新建消防蓄水池25口。",
        [("机井", 300.0, "眼", "=", None, None), ("新建消防蓄水池", 25.0, "口", "=", None, None)],
    ),
    "reached-already-is-no-goal": (
        "全区光伏装机容量已达320万千瓦，目前已累计建成5G基站1.6万个，已完成改造的小区管护率达到95%。",
        [("已完成改造的小区管护率", 95.0, "%", "=", None, None)],
    ),
    "each-count-reached-is-no-goal": (
        "全省已建成智能化煤矿31处、智能化采煤工作面68个、智能化掘进工作面73个。",
        [],
    ),
    "part-of-a-fact-is-no-goal": (
        "全镇户籍人口4.6万人，其中外出务工人员1.3万人、留守儿童860人。",
        [],
    ),
    "part-of-a-goal-is-a-goal": (
        "改造农村公路120公里，其中县道35公里、乡道40公里。",
        [("农村公路", 120.0, "公里", "=", None, None), ("县道", 35.0, "公里", "=", None, None),
         ("乡道", 40.0, "公里", "=", None, None)],
    ),
    "clause-number-is-no-target": (
        "3.到2025年，设立1所市级公立老年医院。",
        [("市级公立老年医院", 1.0, "所", "=", 2025, None)],
    ),
    "ships-renewed-counted-after": (
        "淘汰更新老旧营运船舶600艘，累计更新新能源城市公交车8000辆。",
        [("更新老旧营运船舶", 600.0, "艘", "=", None, None), ("新能源城市公交车", 8000.0, "辆", "=", None, None)],
    ),
    "staff-provided-counted-after": (
        "每个行政村至少配备保洁员2名。",
        [("保洁员", 2.0, "名", ">=", None, None)],
    ),
    "housing-raised-counted-after": (
        "全县筹集保障性租赁住房800套（间）。",
        [("保障性租赁住房", 800.0, "套（间）", "=", None, None)],
    ),
    "poles-and-courses": (
        "新建智能杆1万根以上，每所高校至少开设1门就业指导必修课。",
        [("新建智能杆", 1.0, "万根", ">=", None, None), ("每所高校就业指导必修课", 1.0, "门", ">=", None, None)],
    ),
    "per-capita-scope-short": (
        "全市食品安全抽检量达到每千人6批次。",
        [("全市食品安全抽检量", 6.0, "批次", "=", None, None)],
    ),
    "stocks-and-extension-counted-after": (
        "每个乡镇至少储备1套应急供水设备，推广大豆玉米带状复合种植1.5万亩。",
        [("每个乡镇应急供水设备", 1.0, "套", ">=", None, None), ("大豆玉米带状复合种植", 1.5, "万亩", "=", None, None)],
    ),
    "funds-set-aside-counted-after": (
        "市级财政每年安排文旅发展专项资金1亿元。",
        [("文旅发展专项资金", 1.0, "亿元", "=", None, "yearly")],
    ),
    "an-order-of-magnitude-reached": (
        "到2025年，数字产业规模达到7000亿级。",
        [("数字产业规模", 7000.0, "亿", "=", 2025, None)],
    ),
    "grown-and-strengthened": (
        "培育壮大30家以上核心产业领军企业。",
        [("核心产业领军企业", 30.0, "家", ">=", None, None)],
    ),
    "undertaken-started-or-chosen-with-a-bar": (
        "实施300项左右企业技术创新项目，启动50个以上试点示范项目，选择10个以上智能工厂项目。",
        [("企业技术创新项目", 300.0, "项", "approx", None, None), ("试点示范项目", 50.0, "个", ">=", None, None),
         ("智能工厂项目", 10.0, "个", ">=", None, None)],
    ),
    "a-numeral-in-words-going-on-past-wan": (
        "农民人均纯收入达到一万三千七百元以上。",
        [("农民人均纯收入", 13700.0, "元", ">=", None, None)],
    ),
    "a-fraction-of-one-in-words": (
        "全年森林火灾受害率控制在千分之零点九以内。",
        [("全年森林火灾受害率", 0.9, "‰", "<=", None, None)],
    ),
    "zero-growth": (
        "农业用水总量实现零增长。",
        [("农业用水总量增长", 0.0, "%", "=", None, None)],
    ),
    "a-share-past-half": (
        "设施蔬菜产量占全省蔬菜总产量的比重过半。",
        [("设施蔬菜产量占全省蔬菜总产量的比重", 50.0, "%", ">", None, None)],
    ),
    "a-services-time-limit-as-a-field": (
        "办理方式：全程网办；承诺时限：10个工作日（法定时限20个工作日）。",
        [("承诺时限", 10.0, "个工作日", "<=", None, None)],
    ),
    "developed-with-a-bar-and-supported-to-grow": (
        "开发10个以上智能物流与仓储装备，支持发展20家左右电商综合服务平台。",
        [("智能物流与仓储装备", 10.0, "个", ">=", None, None), ("电商综合服务平台", 20.0, "家", "approx", None, None)],
    ),
    "an-amount-with-its-currency-named": (
        "到2027年，年营业收入达到1000万元人民币以上。",
        [("年营业收入", 1000.0, "万元", ">=", 2027, None)],
    ),
    "gathered-and-deployed": (
        "到2026年，集聚第三方专业服务机构40家，部署路侧感知单元（RSU）2000套。",
        [("第三方专业服务机构", 40.0, "家", "=", 2026, None), ("路侧感知单元（RSU）", 2000.0, "套", "=", 2026, None)],
    ),
    "improved-and-consolidated": (
        "改善灌溉面积3.5万亩，巩固提升农村供水工程28处。",
        [("灌溉面积", 3.5, "万亩", "=", None, None), ("农村供水工程", 28.0, "处", "=", None, None)],
    ),
    "the-count-of-what-an-action-is-done-to": (
        "对石门、黄坪等12座小型水库实施除险加固，其中小（1）型水库3座、小（2）型水库9座。",
        [("对石门、黄坪等小型水库实施除险加固", 12.0, "座", "=", None, None), ("小（1）型水库", 3.0, "座", "=", None, None),
         ("小（2）型水库", 9.0, "座", "=", None, None)],
    ),
    "a-share-of-those-choosing-a-tier": (
        "选择500元以上缴费档次的人数占比达到30%。",
        [("选择500元以上缴费档次的人数占比", 30.0, "%", "=", None, None)],
    ),
}


@pytest.mark.parametrize("sentence, expected", FORMS.values(), ids=FORMS.keys())
def test_forms(sentence, expected):
    assert fields(sentence_targets(sentence)) == expected


def test_respectively_gives_one_target_per_indicator():
    targets = sentence_targets("床医比、医护比分别达到1:0.55、1:1.2。")
    assert [(t.indicator, t.value) for t in targets] == [("床医比", "1:0.55"), ("医护比", "1:1.2")]
    assert [t.unit for t in targets] == [None, None]


NOT_TARGETS = {
    "name-1+N": "持续实施医疗服务能力“攀登计划”，推进“1+N”多学科融合式临床专科建设。",
    "name-5G": "建设5G智慧化急救体系。",
    "name-version": "加快传染病监测预警与应急指挥信息平台2.0版建设。",
    "name-five-centres": "推动县级医院加快建设“五大中心”。",
    "name-six-centres": "深入推动胸痛、癌症、卒中、创伤、孕产妇、新生儿等“六大中心”内涵建设。",
    "name-six-fields-unquoted": "推进在传染病诊疗、艾滋病丙肝防治等六大领域深入协作。",
    "name-trinity": "建设电子病历、智慧服务、智慧管理“三位一体”的智慧医院信息系统。",
    "name-15-minute-circle": "到2025年，全面建成15分钟群众健康服务圈。",
    "name-two-permissions": "按照“两个允许”要求，全面深化公立医院薪酬制度改革。",
    "name-one-per-village": "实施“一村一名大学生村医”培养计划。",
    "name-six-inputs": "落实政府对公立医院的“六项投入”政策。",
    "name-three-year-plan": "实施“优质服务基层行”活动和社区医院建设三年行动计划。",
    "name-ten-thousand-doctors": "持续实施万名医师支援农村工程。",
    "grade-kept": "市妇幼保健院保持三级甲等标准。",
    "grade-as-standard": "所有县级中医医院保持二级甲等及以上水平。",
    "grade-list": "鼓励二、三级医院的全科医生通过多点执业下沉基层。",
    "grade-surgery": "提高三级医院四级手术、微创手术占比。",
    "bare-year": "到2035年，建成体系完整、分工明确、功能互补的整合型医疗卫生服务体系。",
    "date": "2023年8月22日",
    "doc-number": "根据《关于进一步完善医疗卫生服务体系的意见》（中办发〔2023〕10号）精神，制定本实施意见。",
    "clause-numbers": "（二）加强县级医院建设。",
    "item-number": "1.完善医疗质量管理体系。",
    "ordinal": "推进吉林大学第一医院重大疫情救治基地建设。",
    "per-capita-scope": "到2025年，三级医院每百名卫生技术人员科研经费明显提升。",
    "direction": "到2025年，资源配置和服务均衡性逐步提高，下转患者人数及占比逐步上升。",
    "eligibility-threshold": "岗位总量超过60个的乡镇卫生院，可根据实际需要按比例设置专业技术正高级岗位。",
    "existing-projects": "协同推进4个国家级区域医疗中心和吉林市、通化市、延边州3个省级区域医疗中心项目建设。",
    "coverage-as-premise": "在全民健康管理全覆盖基础上，重点解决好重点人群健康问题。",
    "a-batch": "建设一批省级临床医学研究中心、重点实验室。",
    "one-at-a-time": "坚持建管并重，确保建成一个、管好一个，成熟一批、推进一批。",
    "projects-a-plan-lists-undertaken": "实施4个重大工程，启动3个改革试点，选择2个区县先行先试，开发2个平台。",
    "a-tier-chosen": "选择2000元及以上档次缴费的，由参保人自愿确定。",
    "a-magnitude-without-a-number": "打造千亿级产业集群。",
    "a-quorum": "经专有部分占建筑物总面积过半数的业主同意。",
    "a-rate-of-support-to-whom-and-as-what": "按照国拨经费实际到账额的15%对承担单位给予经费补助，按照国拨经费的30%给予财政资金配套支持。",
    "coverage-already-reached": "目前，井下已安装5G基站40套，矿井地面和井下已实现5G信号全覆盖。",
    "each-ones-grant": "对首次认定的示范型和成长型园区，分别给予最高不超过533万元、673万元的奖励。",
    "a-stages-share-with-its-verb": "补助资金实行“先建后补”，项目开工后预拨不超过40%，交工验收合格后拨付至90%。",
    "all-of-a-places-acted-on": "对全市14个县（市、区）开展交叉检查。",
    "a-grant-to-those-acted-on": "对新认定的3家企业给予一次性奖励。",
    "years-of-experience": "测试驾驶人应取得相应准驾车型驾驶证并具有2年以上驾驶经历。",
    "a-trials-term-and-records-kept": "其中，测试时间原则上不超过30个月，数据存储时间不少于3年。",
    "an-amount-in-renminbi-qualifying": "提交每车不低于五百万元人民币的交通事故责任保险凭证。",
    "a-slogan-of-progress": "上半年实现“时间过半、任务过半”。",
}


@pytest.mark.parametrize("sentence", NOT_TARGETS.values(), ids=NOT_TARGETS.keys())
def test_not_targets(sentence):
    assert sentence_targets(sentence) == ()


def _document(*sentences: str) -> Document:
    clause = Clause("2.5", 2, "", "".join(sentences), sentences)
    return Document("test", Meta(), (clause,))


def test_a_sentence_of_a_year_before_the_documents_tells_what_was():
    """In a plan dated 2024, 2023年全省新能源汽车产量达到18.9万辆 is last year's figure, no goal; a sentence of the
    plan's own year, or one naming a later year, sets goals; without the document's date nothing is dropped."""
    sentences = ("2023年全省新能源汽车产量达到18.9万辆，动力电池产量约占全国的13%。",
                 "2024年全省新能源汽车产量达到25万辆。", "2023年起，每年新增充电桩2万个，到2025年累计达到10万个。")
    clause = Clause("1", 1, "", "".join(sentences), sentences)
    dated = Document("test", Meta(title="某省新能源汽车产业发展行动方案", date="2024-06-07"), (clause,))
    assert [(t.sentence, t.value) for t in extract_targets(dated)] == [(1, 25.0), (2, 2.0), (2, 10.0)]
    undated = Document("test", Meta(title="某省新能源汽车产业发展行动方案"), (clause,))
    assert [(t.sentence, t.value) for t in extract_targets(undated)] == [(0, 18.9), (0, 13.0), (1, 25.0), (2, 2.0),
                                                                          (2, 10.0)]


def test_a_past_year_runs_on_across_semicolon_but_not_across_full_stop():
    """2023年，全市完成…；全年实施…项目1036个 — the year a review opens with runs on across ；, as a deadline does, so the
    figures after it are past too; after 。 the plan's goals stand, and a sentence naming a year of its own is read by it."""
    sentences = ("2023年，全市完成工业技改投资612亿元；", "全年实施技改项目1036个，贡献率达到71.3%。",
                 "力争全市技术改造覆盖率达到60%以上。", "2023年，新建基站500个；", "到2026年，新建基站2000个。")
    clause = Clause("1", 1, "", "".join(sentences), sentences)
    dated = Document("test", Meta(title="某市技术改造三年行动计划", date="2024-04-18"), (clause,))
    assert [(t.sentence, t.value) for t in extract_targets(dated)] == [(2, 60.0), (4, 2000.0)]


def test_a_past_year_opening_a_later_phrase_tells_what_was():
    """…持续改善，2023年，全县生活垃圾清运量达到4.2万吨 and …，截至2023年底，全国农村自来水普及率达到90% report the past in a
    plan of 2024; a later phrase naming a year of the plan (…，2025年，…) sets goals."""
    sentences = ("近年来，我县城乡环境面貌持续改善，2023年，全县生活垃圾清运量达到4.2万吨。",
                 "党的十八大以来，各地大力实施工程，截至2023年底，全国农村自来水普及率达到90%。",
                 "为推进工作，2025年，县城生活垃圾分类覆盖率达到90%。")
    clause = Clause("0", 0, "", "".join(sentences), sentences)
    dated = Document("test", Meta(title="某县生活垃圾分类工作实施方案", date="2024-04-28"), (clause,))
    assert [(t.sentence, t.value) for t in extract_targets(dated)] == [(2, 90.0)]


def test_a_sentence_opening_with_the_years_up_to_now_tells_what_was():
    """近年来，…，2024年学前三年毛入园率达到91.6%，… and “十四五”以来，全省累计改造老旧小区8000个 report what was done in a plan
    of 2025, though the first cites a title naming 2035 (a cited title's years tell nothing of the sentence's); one going on
    to a year of the plan (…，到2027年…) sets goals, and without the document's date only a sentence naming no year is
    read as a review."""
    sentences = ("近年来，全省教育事业取得长足进步，2024年学前三年毛入园率达到91.6%，九年义务教育巩固率达到96.8%，"
                 "为落实《教育强国建设规划纲要（2024—2035年）》，制定本方案。",
                 "“十四五”以来，全省累计改造城镇老旧小区8000个。",
                 "近年来，我省持续推进改造，到2027年，累计改造老旧小区1万个。")
    clause = Clause("0", 0, "", "".join(sentences), sentences)
    dated = Document("test", Meta(title="某省基础教育扩优提质行动方案", date="2025-05-22"), (clause,))
    assert [(t.sentence, t.value) for t in extract_targets(dated)] == [(2, 1.0)]
    undated = Document("test", Meta(title="某省基础教育扩优提质行动方案"), (clause,))
    assert [(t.sentence, t.value) for t in extract_targets(undated)] == [(0, 91.6), (0, 96.8), (2, 1.0)]


def test_an_undated_copy_is_not_older_than_the_documents_it_cites_nor_than_its_number():
    """A 解读 copied without its date, citing the opinion it explains (澜政办发〔2026〕2号): its 截至2025年底… figures are
    the past, the opinion's goals for 2027 stand; a copy keeping only its own number (某政办发〔2026〕5号) is of that year."""
    sentences = ("近年来，我省持续推进全民参保，截至2025年底，全省参保率稳定在95%以上。",
                 "《实施意见》提出，到2027年，全省参保率稳定在96%以上。")
    clause = Clause("1", 1, "", "".join(sentences), sentences)
    cited = Document("test", Meta(title="《实施意见》解读", cites=("国办发〔2024〕38号", "澜政办发〔2026〕2号")), (clause,))
    assert [(t.sentence, t.value) for t in extract_targets(cited)] == [(1, 96.0)]
    numbered = Document("test", Meta(title="某省参保行动方案", doc_number="某政办发〔2026〕5号"), (clause,))
    assert [(t.sentence, t.value) for t in extract_targets(numbered)] == [(1, 96.0)]
    undated = Document("test", Meta(title="某省参保行动方案"), (clause,))
    assert [(t.sentence, t.value) for t in extract_targets(undated)] == [(0, 95.0), (1, 96.0)]


def test_a_status_as_of_a_month_before_the_documents_date_tells_what_was():
    """截至2025年4月底，全市发电装机容量达到682万千瓦 in a plan dated 2025-05-20: a status as of a month gone by, though its
    year is the plan's; the plan's goal for the summer stands, and an undated plan reads the status as before."""
    sentences = ("截至2025年4月底，全市发电装机容量达到682万千瓦。", "迎峰度夏期间，全市电力供应能力达到900万千瓦以上。")
    clause = Clause("1", 1, "", "".join(sentences), sentences)
    dated = Document("test", Meta(title="某市2025年迎峰度夏电力保供工作方案", date="2025-05-20"), (clause,))
    assert [(t.sentence, t.value) for t in extract_targets(dated)] == [(1, 900.0)]
    undated = Document("test", Meta(title="某市2025年迎峰度夏电力保供工作方案"), (clause,))
    assert [(t.sentence, t.value) for t in extract_targets(undated)] == [(0, 682.0), (1, 900.0)]


def test_a_sentence_opening_with_the_year_before_or_the_statistics_tells_what_was():
    """上年度，…增长12.6% and 据统计，…较2020年分别下降了9.7%和23.4% report what was, in a plan of 2025; the plan's own
    goal after them stands."""
    sentences = ("上年度，全省规模养殖场生猪出栏量增长12.6%。",
                 "据统计，2024年全省孕产妇死亡率为14.9/10万，较2020年分别下降了9.7%和23.4%。",
                 "到2027年，全省孕产妇死亡率下降到13/10万以下。")
    clause = Clause("1", 1, "", "".join(sentences), sentences)
    dated = Document("test", Meta(title="某省妇幼健康行动方案", date="2025-05-22"), (clause,))
    assert [(t.sentence, t.value) for t in extract_targets(dated)] == [(2, 13.0)]


def test_a_sentence_opening_with_the_part_of_the_year_gone_by_tells_what_was():
    """一季度，…完成投资23.4亿元, 截至3月31日，…已推进126项, 目前，全县共有14个乡镇: a progress report's account of this
    year so far; the year's goal after them stands."""
    sentences = ("一季度，全县68个县级重点项目完成投资23.4亿元。", "截至3月31日，148项重点任务中已按时序推进126项。",
                 "目前，全县共有14个乡镇、186个行政村。", "全年县级重点项目完成投资85亿元以上。")
    clause = Clause("1", 1, "", "".join(sentences), sentences)
    dated = Document("test", Meta(title="县政府常务会议纪要", date="2026-04-15"), (clause,))
    assert [(t.sentence, t.value) for t in extract_targets(dated)] == [(3, 85.0)]


def test_a_sentence_measuring_progress_against_the_years_task_reports_it():
    """本周新改建农村户厕146户，累计完成812户，完成年度任务1000户的81.2%: a progress report's results; a milestone whose
    share is bounded (9月底前完成年度任务的80%以上) is a goal."""
    sentences = ("本周新改建农村户厕146户，累计完成812户，完成年度任务1000户的81.2%。", "9月底前完成年度任务的80%以上。")
    clause = Clause("1", 1, "", "".join(sentences), sentences)
    assert [(t.sentence, t.value) for t in extract_targets(Document("test", Meta(), (clause,)))] == [(1, 80.0)]


def test_deadline_runs_on_across_semicolon_but_not_across_full_stop():
    document = _document(
        "到2025年，市、县级疾控中心达到标准化建设标准；",
        "每个区市确定至少1家公立医疗卫生机构承担职业健康检查工作；",
        "60%的县级妇幼保健机构达到二级甲等及以上标准。",
        "每个区市至少设立1处安宁疗护病区。",
    )
    targets = extract_targets(document)
    assert [(t.sentence, t.year) for t in targets] == [(1, 2025), (2, 2025), (3, None)]


def test_a_deadline_in_a_sentence_without_numbers_runs_on():
    document = _document(
        "到“十四五”末，全面推进基层医疗卫生机构标准化建设；",
        "每个区市至少设立1处安宁疗护病区。",
        "实现医疗机构信用监管全覆盖。",
    )
    targets = extract_targets(document)
    assert [(t.sentence, t.indicator, t.value, t.year) for t in targets] == [
        (1, "每个区市安宁疗护病区", 1.0, 2025), (2, "医疗机构信用监管覆盖率", 100.0, None)]


def test_a_deadline_applies_from_where_it_stands():
    targets = sentence_targets("每个区市至少设立1处安宁疗护病区，到2025年，70%的三级公立医院开展线上诊疗服务。")
    assert [(t.value, t.year) for t in targets] == [(1.0, None), (70.0, 2025)]


def test_carried_deadline_and_labels():
    (target,) = sentence_targets("每个区市至少设立1处安宁疗护病区。", document="yantai", clause="3.4",
                                 index=7, year=2025, period="2021-2025")
    assert (target.document, target.clause, target.sentence, target.year, target.period) == (
        "yantai", "3.4", 7, 2025, "2021-2025")
    assert target.text == "每个区市至少设立1处安宁疗护病区"


def test_target_is_frozen():
    (target,) = sentence_targets("县域内就诊率超过90%。")
    with pytest.raises(dataclasses.FrozenInstanceError):
        target.value = 80.0  # type: ignore[misc]


def test_extracted_targets_carry_their_place_in_the_document():
    document = corpus_document("jilin")
    targets = extract_targets(document)
    for target in targets:
        assert target.document == "jilin"
        sentence = document.clause(target.clause).sentences[target.sentence]
        assert target.text in sentence
    assert {t.comparator for t in targets} <= {">=", ">", "=", "<=", "<"}


# Characters the grammar reacts to, so that random text exercises its edge cases.
_ALPHABET = "0123456789.:-%一二两三四五六七八九十百千万点个所家级年名人项张分钟到前底末期间每第的以上下内及不少于至超过达到建成设立分别全覆盖“”《》，、和；。十四五县医院"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_any_text_gives_well_formed_targets(sentence):
    for target in sentence_targets(sentence):
        assert target.comparator in {">=", ">", "=", "<=", "<"}
        assert target.text in sentence
        assert isinstance(target.value, (float, str, tuple))
        assert (target.unit is None) == isinstance(target.value, str)
        assert target.year is None or isinstance(target.year, int)
        assert target.period in (None, "yearly") or target.period.count("-") == 1


def test_plan_end_is_no_period():
    (target,) = sentence_targets("到“十四五”时期末，每个县至少建成1所县级中医医院。")
    assert (target.year, target.period) == (2025, None)


def test_documents_without_numbers_have_no_targets():
    assert extract_targets(corpus_document("national")) == ()


@pytest.mark.parametrize("sentence, expected", [
    # A count of firms is the goal; the grade they reach is no target of its own.
    ("到2025年，力争100家企业达到3级（稳健级）以上标准。", [("企业", 100.0, "家", "=", 2025, None)]),
    ("平台下载量不少于2万次。", [("平台下载量", 2.0, "万次", ">=", None, None)]),
    ("新建绿色建筑1000万平方米以上。", [("新建绿色建筑", 1000.0, "万平方米", ">=", None, None)]),
    ("建成10个左右国家级智能工厂。", [("国家级智能工厂", 10.0, "个", "approx", None, None)]),
    ("培育约100家专精特新企业。", [("专精特新企业", 100.0, "家", "approx", None, None)]),
    # 约 inside a word is no comparator.
    ("家庭医生签约人数不超过2000人。", [("家庭医生签约人数", 2000.0, "人", "<=", None, None)]),
])
def test_collection_target_forms(sentence, expected):
    assert fields(sentence_targets(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("每年新培育瞪羚企业400家。", [("瞪羚企业", 400.0, "家", "=", None, "yearly")]),
    ("到2025年，培育专精特新中小企业1万家。", [("专精特新中小企业", 1.0, "万家", "=", 2025, None)]),
    ("人工智能核心产业规模突破600亿元。", [("人工智能核心产业规模", 600.0, "亿元", ">", None, None)]),
    # A count after its noun with no verb of making is no target.
    ("现有规模以上企业300家。", []),
    # Ties concluded and pairs made (对), routes opened, ships received (艘次), people invited or organised to take part.
    ("新缔结国际友好城市1对、国际友好交流城市2个。", [("国际友好城市", 1.0, "对", "=", None, None),
                                                  ("国际友好交流城市", 2.0, "个", "=", None, None)]),
    ("开辟始发邮轮航线2条，全年接待邮轮60艘次。", [("始发邮轮航线", 2.0, "条", "=", None, None),
                                                ("邮轮", 60.0, "艘次", "=", None, None)]),
    ("邀请港澳青年来禾交流实习30人次，组织民营企业与村结对30对。", [
        ("港澳青年来禾交流实习", 30.0, "人次", "=", None, None), ("民营企业与村结对", 30.0, "对", "=", None, None)]),
    # Aids fitted, places newly set or marked out; programmes broadcast with a bar (期, as 次); those served, with no bar.
    ("全年适配辅助器具4500件，新设便民疏导点50个，新划设非机动车停放泊位2万个。", [
        ("辅助器具", 4500.0, "件", "=", None, None), ("便民疏导点", 50.0, "个", "=", None, None),
        ("非机动车停放泊位", 2.0, "万个", "=", None, None)]),
    ("每月至少播出2期手语新闻节目，全年为1800名重度残疾人提供居家托养服务。", [
        ("每月手语新闻节目", 2.0, "期", ">=", None, None), ("为重度残疾人提供居家托养服务", 1800.0, "名", "=", None, None)]),
    # (a pairing's manner is no count of pairs; 组织实施 counts by its second verb)
    ("实行一对一帮扶，开展1对1指导，组织实施重点项目20个。", [("重点项目", 20.0, "个", "=", None, None)]),
    # Tobacco leaf in its trade's unit (担).
    ("全市烟叶收购量稳定在90万担。", [("全市烟叶收购量", 90.0, "万担", "=", None, None)]),
    # People engaged, trademarks newly registered, groups newly in touch.
    ("聘请医保基金社会监督员30名，新注册农产品商标10件，新联系海外侨团5个。", [
        ("医保基金社会监督员", 30.0, "名", "=", None, None), ("农产品商标", 10.0, "件", "=", None, None),
        ("海外侨团", 5.0, "个", "=", None, None)]),
    # Books lent and visits paid (册次, 户次), an archive's pages and files (页, 卷); not a page referred to (第3页).
    ("图书流通量达到3000万册次，全年走访200户次，完成档案数字化5000万页，完成档案整理3000卷，详见第3页。", [
        ("图书流通量", 3000.0, "万册次", "=", None, None), ("全年走访", 200.0, "户次", "=", None, None),
        ("档案数字化", 5000.0, "万页", "=", None, None), ("档案整理", 3000.0, "卷", "=", None, None)]),
    # Printed matter handed out and land reclaimed, but not money handed out (a grant's).
    ("全年发放宣传资料5000份，发放防灾避险明白卡2000份，发放补贴资金200万元，复垦农村闲置宅基地3000亩。", [
        ("发放宣传资料", 5000.0, "份", "=", None, None), ("发放防灾避险明白卡", 2000.0, "份", "=", None, None),
        ("复垦农村闲置宅基地", 3000.0, "亩", "=", None, None)]),
    # Fry released (尾), trees planted, boats dismantled, an artificial reef's volume (空方).
    ("全年增殖放流大黄鱼苗种800万尾，新种植红树林200亩，拆解报废老旧渔船8艘，投放人工鱼礁3万空方。", [
        ("大黄鱼苗种", 800.0, "万尾", "=", None, None), ("红树林", 200.0, "亩", "=", None, None),
        ("报废老旧渔船", 8.0, "艘", "=", None, None), ("人工鱼礁", 3.0, "万空方", "=", None, None)]),
])
def test_count_after_what_it_counts(sentence, expected):
    assert fields(sentence_targets(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # Counts of what is done every year or in all (实施 alone names existing projects: not then).
    ("每年组织实施100项重大科技创新工程项目。", [("重大科技创新工程项目", 100.0, "项", "=", None, "yearly")]),
    ("每年实施3000项左右技术创新项目。", [("技术创新项目", 3000.0, "项", "approx", None, "yearly")]),
    # People brought in and trained (引育), events held (举办, 场), products formed (形成).
    ("精准引育100位左右企业类人才。", [("企业类人才", 100.0, "位", "approx", None, None)]),
    ("每年举办50场左右路演活动。", [("路演活动", 50.0, "场", "approx", None, "yearly")]),
    ("到2025年，形成200项左右重大创新成果。", [("重大创新成果", 200.0, "项", "approx", 2025, None)]),
    ("协同实施4个国家级区域医疗中心项目。", []),
])
def test_counts_of_what_is_done_held_and_formed(sentence, expected):
    assert fields(sentence_targets(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # Computing power and storage in the units the plans write, as written.
    ("到2025年，人工智能算力规模突破3500PFlops。", [("人工智能算力规模", 3500.0, "PFlops", ">", 2025, None)]),
    ("数据中心算力总规模达到200EFLOPS以上。", [("数据中心算力总规模", 200.0, "EFLOPS", ">=", None, None)]),
    ("数据存储总量达到100EB。", [("数据存储总量", 100.0, "EB", "=", None, None)]),
    ("芯片能效比超过1TFLOPS/W。", [("芯片能效比", 1.0, "TFLOPS/W", ">", None, None)]),
    # … and power and energy; 5G is no unit.
    ("动力电池产能达到20GWh，光伏装机达到500MW以上，建设5G基站100个。",
     [("动力电池产能", 20.0, "GWh", "=", None, None), ("光伏装机", 500.0, "MW", ">=", None, None),
      ("5G基站", 100.0, "个", "=", None, None)]),
])
def test_computing_power_and_storage_in_latin_units(sentence, expected):
    assert fields(sentence_targets(sentence)) == expected


def test_letters_that_begin_a_word_are_no_latin_unit():
    from policydiff.targets import QUANTITY

    assert QUANTITY.search("型号10EBX").group("unit", "bare") == (None, "10")  # a number alone, no unit
    assert QUANTITY.search("存储10PB级").group("unit") == "PB"


def test_small_numerals_are_read_as_cn2an_reads_them():
    """Every numeral of one to three characters from 一…九, 两 and 十 that _small_numeral reads has
    cn2an's value; it reads exactly the regular forms of 1 to 99 (两 alone as 2)."""
    import itertools

    import cn2an

    from policydiff.targets import _small_numeral

    read = {}
    for size in (1, 2, 3):
        for characters in itertools.product("一二两三四五六七八九十", repeat=size):
            text = "".join(characters)
            value = _small_numeral(text)
            if value is not None:
                assert value == float(cn2an.cn2an(text, "smart")), text
                read[text] = value
    assert len(read) == 110 and set(read.values()) == {float(n) for n in range(1, 100)}
    assert (read["两"], read["十四"], read["二十"], read["三十五"], read["一十"]) == (2.0, 14.0, 20.0, 35.0, 10.0)
    assert _small_numeral("五百万") is None and _small_numeral("两十") is None


def test_a_document_with_small_numerals_only_does_not_load_cn2an():
    import subprocess
    import sys

    script = ("import sys; from policydiff.targets import sentence_targets; "
              "print([t.value for t in sentence_targets('到“十四五”期间，每个县建成两所医院、三十五个服务站。')], "
              "'cn2an' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["[2.0,", "35.0]", "False"]


@pytest.mark.parametrize("sentence, expected", [
    # A list of counts after what they count: every item is the verb's.
    ("到2025年，培育外贸综合服务企业20家、海外仓30个。",
     [("外贸综合服务企业", 20.0, "家", "=", 2025, None), ("海外仓", 30.0, "个", "=", 2025, None)]),
    ("新建普惠性托育机构200家，改造提升农贸市场20个。",
     [("新建普惠性托育机构", 200.0, "家", "=", None, None), ("提升农贸市场", 20.0, "个", "=", None, None)]),
    # More verbs and units: 完成投资, 拓展至, 岁, 个工作日, 万亿元, 亿人次. An action with nothing counted after it
    # stays in the indicator (全年完成投资, 全市每年招募); one of attaining (拓展至, 达到) does not.
    ("全年完成投资1000亿元，政务服务事项拓展至100项。",
     [("全年完成投资", 1000.0, "亿元", "=", None, None), ("政务服务事项", 100.0, "项", "=", None, None)]),
    ("全市每年招募不少于1500人，开展数字技能培训10万人次以上，“三支一扶”计划招募3.4万人。",
     [("全市每年招募", 1500.0, "人", ">=", None, "yearly"), ("开展数字技能培训", 10.0, "万人次", ">=", None, None),
      ("“三支一扶”计划招募", 3.4, "万人", "=", None, None)]),
    ("发布不包含在校生的16—24岁、25—29岁劳动力失业率。", []),
    ("到2025年，人均预期寿命达到79岁。", [("人均预期寿命", 79.0, "岁", "=", 2025, None)]),
    # … but an age that bounds who is counted is part of the indicator.
    ("到2025年，15岁以上人群吸烟率降至20%以下。", [("15岁以上人群吸烟率", 20.0, "%", "<=", 2025, None)]),
    ("审批时间控制在60个工作日以内。", [("审批时间", 60.0, "个工作日", "<=", None, None)]),
    ("数字经济规模突破3万亿元。", [("数字经济规模", 3.0, "万亿元", ">", None, None)]),
    ("新改建农村公路1.5万公里，开展技术服务1000项次。",
     [("新改建农村公路", 1.5, "万公里", "=", None, None), ("技术服务", 1000.0, "项次", "=", None, None)]),
    # A deadline with a month.
    ("2024年6月底前，建成3个示范点。", [("示范点", 3.0, "个", "=", 2024, None)]),
    # 超 before a number is a bar.
    ("新开工数据中心项目超60个。", [("新开工数据中心项目", 60.0, "个", ">", None, None)]),
])
def test_lists_verbs_and_units_of_counts(sentence, expected):
    assert fields(sentence_targets(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # A change by a rate is a target, its indicator keeps the change.
    ("到2025年，规模以上工业增加值年均增长6.5%，单位地区生产总值能耗比2020年下降13.5%。",
     [("规模以上工业增加值年均增长", 6.5, "%", "=", 2025, None),
      ("单位地区生产总值能耗比2020年下降", 13.5, "%", "=", 2025, None)]),
    ("研发投入强度提高3个百分点。", [("研发投入强度提高", 3.0, "个百分点", "=", None, None)]),
    # A change against a past level with no subject of its own is the change of the indicator before it.
    ("研发经费投入占地区生产总值比重达到2.3%，比2020年提高0.55个百分点。",
     [("研发经费投入占地区生产总值比重", 2.3, "%", "=", None, None),
      ("研发经费投入占地区生产总值比重比2020年提高", 0.55, "个百分点", "=", None, None)]),
    # … not one against the year before: that reports what was.
    ("软件业务收入10.81万亿元，同比增长11.2%。", []),
    # The starting level of a change is no target, nor part of the indicator.
    ("护理型床位占比由2020年的45%提高到60%以上。", [("护理型床位占比", 60.0, "%", ">=", None, None)]),
    # A share in words.
    ("适龄儿童免疫规划疫苗接种率保持在百分之九十五以上，学校体检率达到百分之百。",
     [("适龄儿童免疫规划疫苗接种率", 95.0, "%", ">=", None, None), ("学校体检率", 100.0, "%", "=", None, None)]),
])
def test_changes_baselines_and_shares_in_words(sentence, expected):
    assert fields(sentence_targets(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # The parts of a whole broken down after 其中.
    ("粮食播种面积稳定在300万亩，其中小麦182万亩、玉米105万亩。",
     [("粮食播种面积", 300.0, "万亩", "=", None, None), ("小麦", 182.0, "万亩", "=", None, None),
      ("玉米", 105.0, "万亩", "=", None, None)]),
    # A year opening the sentence before a comma is its targets' year (a work plan's year).
    ("2024年，全县新增城镇就业5000人。", [("全县新增城镇就业", 5000.0, "人", "=", 2024, None)]),
    # A count of people in work written after 就业: the whole phrase is the indicator, one of a list too.
    ("城镇新增就业70万人以上，失业人员再就业25万人、就业困难人员就业8万人，帮助零就业家庭实现就业500人。",
     [("城镇新增就业", 70.0, "万人", ">=", None, None), ("失业人员再就业", 25.0, "万人", "=", None, None),
      ("就业困难人员就业", 8.0, "万人", "=", None, None), ("零就业家庭实现就业", 500.0, "人", "=", None, None)]),
    ("对吸纳就业100人以上的企业给予奖励。", []),
    # A value qualifying what a count after it counts is no goal; the count is (not a list's next item).
    ("培育软件业务收入超10亿元企业5家、超亿元企业60家，新建10万吨级泊位3个，重点实验室达到17家和36家。",
     [("软件业务收入超10亿元企业", 5.0, "家", "=", None, None), ("超亿元企业", 60.0, "家", "=", None, None),
      ("新建10万吨级泊位", 3.0, "个", "=", None, None), ("重点实验室", 17.0, "家", "=", None, None),
      ("重点实验室", 36.0, "家", "=", None, None)]),
    # 均 before one value a list of measures all take, or a list of what shares the measure after its last item and
    # the words before its first (马铃薯种植、收获机械化率: 马铃薯收获机械化率 too); and so for what 分别 gives.
    ("编制率、挂接率均达到100%，签约率和网签备案率均达到100%，马铃薯种植、收获机械化率均达到45%，数字产业化和产业数字化产业规模"
     "均达到7000亿，二氧化硫、氮氧化物排放总量分别下降10%、12%。",
     [("编制率", 100.0, "%", "=", None, None), ("挂接率", 100.0, "%", "=", None, None),
      ("签约率", 100.0, "%", "=", None, None), ("网签备案率", 100.0, "%", "=", None, None),
      ("马铃薯种植机械化率", 45.0, "%", "=", None, None), ("马铃薯收获机械化率", 45.0, "%", "=", None, None),
      ("数字产业化产业规模", 7000.0, "亿", "=", None, None), ("产业数字化产业规模", 7000.0, "亿", "=", None, None),
      ("二氧化硫排放总量下降", 10.0, "%", "=", None, None), ("氮氧化物排放总量下降", 12.0, "%", "=", None, None)]),
    # … but not the kinds a bracket lists inside a name (各县（市、区）: one measure of each place).
    ("所辖各县（市、区）参保率均不低于94%。", [("所辖各县（市、区）参保率", 94.0, "%", ">=", None, None)]),
    # … not where what follows the last item is no measure, a middle item is no single word like the first's last,
    # or the first item is a measure of its own (起数和死亡人数): each keeps its own words.
    ("新增省级智能工厂、数字化车间、智能制造场景分别为8家、30个、40个，项目立项用地规划许可、工程建设许可、竣工验收审批时间"
     "分别压缩至20、20、10个工作日以内，事故起数和死亡人数分别下降10%和8%。",
     [("新增省级智能工厂", 8.0, "家", "=", None, None), ("数字化车间", 30.0, "个", "=", None, None),
      ("智能制造场景", 40.0, "个", "=", None, None), ("项目立项用地规划许可", 20.0, "个工作日", "<=", None, None),
      ("工程建设许可", 20.0, "个工作日", "<=", None, None), ("竣工验收审批时间", 10.0, "个工作日", "<=", None, None),
      ("事故起数下降", 10.0, "%", "=", None, None), ("死亡人数下降", 8.0, "%", "=", None, None)]),
    # A quantity inside a phrase of 按 stating the rate or the standard something is done by is a rule's, no goal; not
    # 按期, nor the share of cases a department is to check.
    ("失业保险金标准按当地最低工资标准的90%确定，用人单位按不低于在职职工总数1.5%的比例安排残疾人就业，新建小区按每千人口不少于"
     "40个学位的标准配套建设幼儿园，按期完成率达到95%，对已办结工单按照不低于30%的比例开展电话回访。",
     [("按期完成率", 95.0, "%", "=", None, None), ("对已办结工单按照比例开展电话回访的比例", 30.0, "%", ">=", None, None)]),
    # A speed is one unit; places offered, land and water brought under control and what is built with others count
    # (a trade's 治理项目 are projects, as before).
    ("到2027年，公交高峰时段平均运营速度不低于20公里/小时，提供托位6000个，治理中小河流河段38条、河长380公里，与本地企业共建"
     "实训基地5个，实施化工行业治理项目15个。",
     [("公交高峰时段平均运营速度", 20.0, "公里/小时", ">=", 2027, None), ("提供托位", 6000.0, "个", "=", 2027, None),
      ("中小河流河段", 38.0, "条", "=", 2027, None), ("河长", 380.0, "公里", "=", 2027, None),
      ("实训基地", 5.0, "个", "=", 2027, None), ("化工行业治理项目", 15.0, "个", "=", 2027, None)]),
    # … and after what is revitalised or developed, the verb kept (not 开发区).
    ("全年盘活闲置低效工业用地5000亩，开发城乡公益性岗位2800个，建设经济开发区3个。",
     [("盘活闲置低效工业用地", 5000.0, "亩", "=", None, None), ("开发城乡公益性岗位", 2800.0, "个", "=", None, None),
      ("经济开发区", 3.0, "个", "=", None, None)]),
    # Visits and inspections bind a number of times; lessons (节) and articles (篇) are counted.
    ("对特殊困难老年人每月至少探访1次，每年检查不少于1次，到2026年上线优质课程资源不少于2000节。",
     [("对特殊困难老年人每月探访", 1.0, "次", ">=", None, None), ("检查", 1.0, "次", ">=", None, "yearly"),
      ("上线优质课程资源", 2000.0, "节", ">=", 2026, None)]),
    # A count after what is opened, the verb kept (开通5G基站); not a report of what was (已开通).
    ("到2027年，累计开通5G基站30万个，已开通服务渠道486个。", [("开通5G基站", 30.0, "万个", "=", 2027, None)]),
    # Points weighed or capped with no bar are a score's, no goal; a satisfaction score bound by a verb is one.
    ("实行百分制，其中大气环境质量35分、水环境质量20分，加分最高5分，群众满意度达到85分以上。",
     [("群众满意度", 85.0, "分", ">=", None, None)]),
    # 分别 over years parted from it by a comma, the indicator after them, or standing before them.
    ("2024年、2025年，全区分别创建市级示范街道2个、3个；工作目标：全市算力总规模2025年、2026年分别达到3EFLOPS、5EFLOPS。",
     [("全区创建市级示范街道", 2.0, "个", "=", 2024, None), ("全区创建市级示范街道", 3.0, "个", "=", 2025, None),
      ("全市算力总规模", 3.0, "EFLOPS", "=", 2025, None), ("全市算力总规模", 5.0, "EFLOPS", "=", 2026, None)]),
    # A counted unit's alternative in brackets is part of the unit; a count closing a condition (…以上的；) is none.
    ("县图书馆盲文及有声读物达到3000册（件）以上，推动汽车以旧换新300万台（辆），联网设备数量达到1000台（套）以上的；",
     [("县图书馆盲文及有声读物", 3000.0, "册（件）", ">=", None, None), ("汽车以旧换新", 300.0, "万台（辆）", "=", None, None)]),
    # A limit a rule sets (不得超过, 不得小于), or one a standard advises (不宜低于, 不应小于), is a standard, no goal.
    ("软管长度不得超过2米，水平净距不得小于0.7米，新建居住区绿地率不得低于30%，完成老旧管网改造300公里。",
     [("老旧管网改造", 300.0, "公里", "=", None, None)]),
    ("直流充电设备的额定输出功率不宜低于60 kW，不间断电源系统的效率不应小于96%。", []),
    # A rate kept for years bounding which places are meant (安置率连续五年保持在98%以上的设区市) is no goal; kept as a goal it is.
    ("退役士兵安置率连续五年保持在98%以上的设区市，在年度考核中予以加分。到2025年，安置率保持在98%以上。",
     [("安置率", 98.0, "%", ">=", 2025, None)]),
    # A count named as the goal it is (实现…2.5万家目标, …的目标) closes its phrase, with no verb binding it.
    ("到2025年，确保实现全省高新技术企业2.5万家目标。到2025年，实现信息库入库企业3万家的目标。",
     [("全省高新技术企业", 2.5, "万家", "=", 2025, None), ("信息库入库企业", 3.0, "万家", "=", 2025, None)]),
    # 压缩 and 缩减 are changes, as 压减 is: a cut by a rate needs no verb of attaining, and 分别 parts it among its subjects.
    ("到2025年底，进口、出口整体通关时间较2024年分别压缩10%、5%，进出口整体通关时间比2023年压缩20%。",
     [("进口整体通关时间较2024年压缩", 10.0, "%", "=", 2025, None), ("出口整体通关时间较2024年压缩", 5.0, "%", "=", 2025, None),
      ("进出口整体通关时间比2023年压缩", 20.0, "%", "=", 2025, None)]),
    # A quantity closing a condition, a rate's or a time's too (…增长超过20%的，按…给予奖励); an interest subsidy's cap (单家
    # 企业年度贴息不超过200万元); a quota on grades as a share of a named base; a term of office: none a goal.
    ("出口额较上年增长超过20%的，按照新增出口额的1%给予奖励。维修资金余额不足首期交存额30%的，业主应当及时续筹。"
     "单家企业年度贴息不超过200万元。优秀等次数量不超过参评开发区总数的20%。业主委员会每届任期不超过5年。"
     "到2025年，全省外贸进出口总额达到9200亿元。",
     [("全省外贸进出口总额", 9200.0, "亿元", "=", 2025, None)]),
    # Rates listed with their values and no verb each (做到排查覆盖率100%、重大隐患整改率100%、…95%以上): each a target, the
    # first no share; a count bounding the size of what the next rate concerns (20户以上自然村) is no item of the list.
    ("做到排查覆盖率100%、重大隐患整改率100%、一般隐患整改率95%以上。",
     [("做到排查覆盖率", 100.0, "%", "=", None, None), ("重大隐患整改率", 100.0, "%", "=", None, None),
      ("一般隐患整改率", 95.0, "%", ">=", None, None)]),
    ("行政村5G网络通达率100%、20户以上自然村4G网络通达率95%。",
     [("行政村5G网络通达率", 100.0, "%", "=", None, None), ("20户以上自然村4G网络通达率", 95.0, "%", "=", None, None)]),
    # … as a share of a named base too.
    ("省属企业对外担保余额不得超过净资产的10%，到2025年省属企业研发投入强度达到3%。",
     [("省属企业研发投入强度", 3.0, "%", "=", 2025, None)]),
    # … and so is a cap set in principle, and the caps listed after it.
    ("权重年度调整幅度原则上不超过上一年度的10%，优秀等次原则上不超过3个、良好等次不超过5个，到2025年PM2.5浓度控制在35微克/立方米以内。",
     [("PM2.5浓度", 35.0, "微克/立方米", "<=", 2025, None)]),
    # … and a cap or a size set as what generally holds (一般不超过, 一般为), but not a floor (一般不少于, read as other floors).
    ("故障处理时间一般不超过24小时，每个项目联合申报单位一般为3家，课后服务每天一般不少于2小时。",
     [("课后服务每天一般", 2.0, "小时", ">=", None, None)]),
    # A year's plan counts what it resolves, completes, signs and actually draws, the verb kept where it names the
    # measure (化解存量隐性债务, 实际使用外资); a net increase binds its count; 压减 is a change.
    ("化解存量隐性债务30亿元，竣工投产项目40个，新签约亿元以上项目50个，实际使用外资2亿美元，高新技术企业净增40家，"
     "一般性支出压减10%。",
     [("化解存量隐性债务", 30.0, "亿元", "=", None, None), ("竣工投产项目", 40.0, "个", "=", None, None),
      ("亿元以上项目", 50.0, "个", "=", None, None), ("实际使用外资", 2.0, "亿美元", "=", None, None),
      ("高新技术企业净增", 40.0, "家", "=", None, None), ("一般性支出压减", 10.0, "%", "=", None, None)]),
    # 办好 binds a count like 建成 (a school run well, the people's projects of the year).
    ("每个乡镇至少办好1所公办中心幼儿园，全年办好10件民生实事。",
     [("每个乡镇公办中心幼儿园", 1.0, "所", ">=", None, None), ("全年民生实事", 10.0, "件", "=", None, None)]),
    # A label closing with a colon before the indicator is no part of it.
    ("主要目标是：城镇调查失业率控制在5.5%以内。", [("城镇调查失业率", 5.5, "%", "<=", None, None)]),
    ("2023年8月22日，召开推进会。", []),
    # A number of times is a goal with a bar; without one, or inside a word, it is not.
    ("每学期开展安全演练不少于2次，每季度召开联席会议1次以上。",
     [("每学期开展安全演练", 2.0, "次", ">=", None, None), ("每季度召开联席会议", 1.0, "次", ">=", None, None)]),
    ("市级传承人每两年认定一次，推进二次供水设施改造。", []),
    ("每年至少开展1次联合执法。", [("联合执法", 1.0, "次", ">=", None, "yearly")]),
    # … also when how or to whom stands between the bar and the verb.
    ("每年至少向社会公布1次资金使用情况，每季度至少带队开展1次隐患排查，每年至少组织开展1次运行监测。",
     [("资金使用情况", 1.0, "次", ">=", None, "yearly"), ("每季度隐患排查", 1.0, "次", ">=", None, None),
      ("运行监测", 1.0, "次", ">=", None, "yearly")]),
    # … and progress dispatched, work reported or data disclosed, after a bar only (not what is dispatched).
    ("每季度至少调度1次工作进展，每月至少通报1次督查情况，每季度至少向社会公开1次自行监测数据。",
     [("每季度工作进展", 1.0, "次", ">=", None, None), ("每月督查情况", 1.0, "次", ">=", None, None),
      ("每季度自行监测数据", 1.0, "次", ">=", None, None)]),
    ("定期调度两个方案落实情况。", []),
    # A bare 亿 at the end counts; before another word it is part of a unit (亿吨标准煤).
    ("注册用户突破1.8亿，能源消费总量控制在2.3亿吨标准煤以内。",
     [("注册用户", 1.8, "亿", ">", None, None), ("能源消费总量", 2.3, "亿吨标准煤", "<=", None, None)]),
    ("召开第十二次全体会议。", []),
])
def test_breakdowns_work_plan_years_and_times(sentence, expected):
    assert fields(sentence_targets(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # Any counted unit in 万, 亿 or 万亿 (25万架, 2.6亿人, 3万家次), and a bare 万 closing a phrase.
    ("植保无人机保有量达到25万架，全年执法检查企业不少于3万家次。",
     [("植保无人机保有量", 25.0, "万架", "=", None, None), ("全年执法检查企业", 3.0, "万家次", ">=", None, None)]),
    ("失业保险参保人数达到2.6亿人，实名注册用户突破3000万。",
     [("失业保险参保人数", 2.6, "亿人", "=", None, None), ("实名注册用户", 3000.0, "万", ">", None, None)]),
    # The base of a rate per 10万 is no quantity of its own: it is the rate's unit.
    ("孕产妇死亡率控制在10/10万以下。", [("孕产妇死亡率", 10.0, "/10万", "<=", None, None)]),
    # Cases, incidents, trains, head of stock; 一件事 and 一起 are words.
    ("全年查办违法案件不少于8000件，较大事故起数控制在2起以内，开行班列不少于30列。",
     [("全年查办违法案件", 8000.0, "件", ">=", None, None), ("较大事故起数", 2.0, "起", "<=", None, None),
      ("开行班列", 30.0, "列", ">=", None, None)]),
    ("能繁母猪存栏保持在1800头左右。", [("能繁母猪存栏", 1800.0, "头", "approx", None, None)]),
    ("推动高效办成一件事，与企业一起解决难题。", []),
    # Counts after what is completed, retired, launched or opened, a bar before the verb kept.
    ("完成撂荒地复耕复种120亩，淘汰落后产能企业10家，推出精品旅游线路3条。",
     [("撂荒地复耕复种", 120.0, "亩", "=", None, None), ("落后产能企业", 10.0, "家", "=", None, None),
      ("精品旅游线路", 3.0, "条", "=", None, None)]),
    ("每个设区的市至少发布典型案例5个，每所学校至少开设6种选科组合。",
     [("典型案例", 5.0, "个", ">=", None, None), ("每所学校选科组合", 6.0, "种", ">=", None, None)]),
    # A rate followed by its value, no verb.
    ("帮扶措施落实率100%。", [("帮扶措施落实率", 100.0, "%", "=", None, None)]),
    # 组织 binds a count after 每年 or a bar, not in an account of who took part.
    ("每年组织1000家企业实施技术创新项目，每年至少组织1次应急演练。",
     [("企业实施技术创新项目", 1000.0, "家", "=", None, "yearly"), ("应急演练", 1.0, "次", ">=", None, "yearly")]),
    ("组织23个产煤省区开展调研。", []),
])
def test_scaled_units_counts_of_what_is_done_and_rates(sentence, expected):
    assert fields(sentence_targets(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # Units of volume, copies, works, batches, plots, points; units with their alternative in brackets.
    ("用水总量控制在2.1亿立方米以内，每年收集保存种质资源不少于3000份。",
     [("用水总量", 2.1, "亿立方米", "<=", None, None), ("收集保存种质资源", 3000.0, "份", ">=", None, "yearly")]),
    ("抽检量达到每千人口6批次，群众满意度达到85分以上，淘汰落后工艺设备300台（套）。",
     [("抽检量", 6.0, "批次", "=", None, None), ("群众满意度", 85.0, "分", ">=", None, None),
      ("落后工艺设备", 300.0, "台（套）", "=", None, None)]),
    ("新增污水处理能力30万吨/日，加装电梯1000部，新建社区运动场200片。",
     [("污水处理能力", 30.0, "万吨/日", "=", None, None), ("电梯", 1000.0, "部", "=", None, None),
      ("新建社区运动场", 200.0, "片", "=", None, None)]),
    ("新建改造城镇污水管网80公里，新增污水处理能力5万立方米/日，再生水利用规模达到2000立方米/天。",
     [("新建改造城镇污水管网", 80.0, "公里", "=", None, None), ("污水处理能力", 5.0, "万立方米/日", "=", None, None),
      ("再生水利用规模", 2000.0, "立方米/天", "=", None, None)]),
    # A count closing its phrase though what it counts is then put to use or sent somewhere to serve.
    ("建成县级公共物流配送中心1个并投入使用，选派党政干部45名、专业技术人才1200名到西岷省开展帮扶。",
     [("县级公共物流配送中心", 1.0, "个", "=", None, None), ("党政干部", 45.0, "名", "=", None, None),
      ("专业技术人才", 1200.0, "名", "=", None, None)]),
    # A bulletin's issues and a compilation's copies put out are counted with their verb.
    ("全年编发政策指引20期，编印政策汇编2000册。",
     [("政策指引", 20.0, "期", "=", None, None), ("政策汇编", 2000.0, "册", "=", None, None)]),
    # A unit per another is one unit, and the comparator after it is the value's.
    ("全员劳动生产率达到65万元/人以上，固定资产投资强度不低于300万元/亩，平均电价降至0.6元/千瓦时以下。",
     [("全员劳动生产率", 65.0, "万元/人", ">=", None, None), ("固定资产投资强度", 300.0, "万元/亩", ">=", None, None),
      ("平均电价", 0.6, "元/千瓦时", "<=", None, None)]),
    # A length in 米 is a target's unit at the end of its phrase; before a word it is a distance in a
    # name (公交站点500米覆盖率).
    ("公交站点500米覆盖率达到100%，新建人行天桥不少于1200米。",
     [("公交站点500米覆盖率", 100.0, "%", "=", None, None), ("新建人行天桥", 1200.0, "米", ">=", None, None)]),
    # A share of those whose consent or vote a decision needs is a quorum, not a goal.
    ("改造方案须经小区三分之二以上居民同意方可实施，居民满意度达到90%以上。", [("居民满意度", 90.0, "%", ">=", None, None)]),
    ("使用方案经专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主讨论通过。", []),
    # A share as a fraction in words; 十分 is an adverb.
    ("优质学校占比达到三分之二，具有十分重要的意义。", [("优质学校占比", 66.67, "%", "=", None, None)]),
    # A share named by 比例 and its value.
    ("工业园区污水处理设施达标运行比例100%。", [("工业园区污水处理设施达标运行比例", 100.0, "%", "=", None, None)]),
    # A count right after a verb of building counts what it builds; closing the phrase, what came before.
    ("新建两个省级企业研究院，净增高新技术企业40家。",
     [("省级企业研究院", 2.0, "个", "=", None, None), ("高新技术企业", 40.0, "家", "=", None, None)]),
    ("建设高标准农田1500万亩，其中新建600万亩、改造提升900万亩。",
     [("高标准农田", 1500.0, "万亩", "=", None, None), ("新建", 600.0, "万亩", "=", None, None),
      ("改造提升", 900.0, "万亩", "=", None, None)]),
    # A quoted name inside what is counted; a grant's amount is no count of what is made.
    ("新增国家级专精特新“小巨人”企业200家。", [("国家级专精特新“小巨人”企业", 200.0, "家", "=", None, None)]),
    ("对新认定为“小巨人”的企业给予一次性奖励50万元。", []),
    # … nor one given with a bar before what is paid, nor a share of losses compensated.
    ("由所在市给予不低于10万元奖励，省风险补偿资金按40%比例给予补偿，按50%的比例给予补偿。", []),
    # What is supported or brought about keeps its verb.
    ("全年扶持创业2万人，带动就业6万人。",
     [("扶持创业", 2.0, "万人", "=", None, None), ("带动就业", 6.0, "万人", "=", None, None)]),
    # Times written after what is done, with a bar before its verb; without one they tell how a procedure runs.
    ("每年至少开展联合检查1次，每年开展执法检查1次。", [("联合检查", 1.0, "次", ">=", None, "yearly")]),
    # Work studied or guided, a bar before it and maybe where it is done between.
    ("县级人民政府每年至少专题研究1次义务教育工作，科技特派员每月至少到服务对象现场指导2次。",
     [("县级人民政府每年义务教育工作", 1.0, "次", ">=", None, "yearly"),
      ("科技特派员每月指导", 2.0, "次", ">=", None, None)]),
    # How long a list is made public is a procedure's standard; a publicity period cut down is a reform's goal.
    ("审核结果在门户网站公示，公示期不少于5个工作日，在村级公示不少于7天；简易注销公告时间压缩至20天。",
     [("简易注销公告时间", 20.0, "天", "=", None, None)]),
    # The copies a filing is made in are no goal.
    ("报送纸质推荐函一式两份，材料报送纸质版一份。", []),
    # Those a measure falls on, named by a threshold in a phrase of 对 closed by 的 and what it names before a comma, are
    # no goal; the count an action is done to and the rate it is done at are.
    ("对上年度研发投入超过500万元且增幅超过10%的企业，按增量部分的10%给予补助；对煤炭消费量同比增速超过5%的市，及时发出预警。",
     []),
    ("对同一人开立个人账户超过5个的，开展重点核查；对80%以上的规上工业企业实施数字化改造，对简化管理排污单位按照不低于10%的比例抽查。",
     [("对规上工业企业实施数字化改造的比例", 80.0, "%", ">=", None, None),
      ("对简化管理排污单位按照比例抽查的比例", 10.0, "%", ">=", None, None)]),
    # Person-days of service, dishes named, those commended each year.
    ("每年开展服务不少于200人天，评选认定“临澜名菜”100道，每年表彰优秀教师200名、优秀教育工作者50名。",
     [("开展服务", 200.0, "人天", ">=", None, "yearly"), ("认定“临澜名菜”", 100.0, "道", "=", None, None),
      ("优秀教师", 200.0, "名", "=", None, "yearly"), ("优秀教育工作者", 50.0, "名", "=", None, "yearly")]),
])
def test_more_units_fractions_and_counts_after_building(sentence, expected):
    assert fields(sentence_targets(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # A coefficient, an index or a rate per unit of something is a pure number, bound after its name.
    ("农田灌溉水有效利用系数提高到0.60以上，区域协调发展指数不低于0.85。",
     [("农田灌溉水有效利用系数", 0.6, None, ">=", None, None), ("区域协调发展指数", 0.85, None, ">=", None, None)]),
    ("全国质量竞争力指数达到88以上。", [("全国质量竞争力指数", 88.0, None, ">=", None, None)]),
    ("亿元地区生产总值生产安全事故死亡率控制在0.012以下。",
     [("亿元地区生产总值生产安全事故死亡率", 0.012, None, "<=", None, None)]),
    # A decimal elsewhere is a name or a version, not a value.
    ("打造数字政府2.0，建设高世代5.5代线，系数为2.0版本。", []),
    # A rate per 100,000 has its base as its unit; the 10万 after / is no count.
    ("孕产妇死亡率、婴儿死亡率分别控制在12/10万、4.5‰以下。",
     [("孕产妇死亡率", 12.0, "/10万", "=", None, None), ("婴儿死亡率", 4.5, "‰", "<=", None, None)]),
    # 分别 with a change: each indicator keeps the change and what it is against; a change with no
    # indicator of its own (较2021年调查结果分别提高…) is a finding reported, not a goal.
    ("生产安全事故起数和死亡人数比2023年分别下降15%、20%，规上工业增加值、固定资产投资分别增长6%、8%。",
     [("生产安全事故起数比2023年下降", 15.0, "%", "=", None, None), ("死亡人数比2023年下降", 20.0, "%", "=", None, None),
      ("规上工业增加值增长", 6.0, "%", "=", None, None), ("固定资产投资增长", 8.0, "%", "=", None, None)]),
    ("受访者认为企业较多运用了数字化办公技术和数字化管理技术，较2021年调查结果分别提高9个和10.7个百分点。", []),
    # What a count counts may list several things or hold a bracketed qualifier; a verb listed with
    # another (遴选、推介) does not open it, and a duration is no count of what is made.
    ("新培养省特级教师、正高级教师30名，新增省级示范城市3个、示范县（市、区）10个。",
     [("省特级教师、正高级教师", 30.0, "名", "=", None, None), ("省级示范城市", 3.0, "个", "=", None, None),
      ("示范县（市、区）", 10.0, "个", "=", None, None)]),
    ("开启全面建设社会主义现代化国家新征程、向第二个百年奋斗目标进军的第一个5年。", []),
    # A time limit cut down to a bar (营商环境): 压缩至, 缩短至 bind like 降至.
    ("企业开办时间压缩至1个工作日以内，快递包裹平均寄递时限缩短至48小时。",
     [("企业开办时间", 1.0, "个工作日", "<=", None, None), ("快递包裹平均寄递时限", 48.0, "小时", "=", None, None)]),
    # A range repeating its unit on its low end; 分别 with a change against a year after it; units of
    # area, buildings, containers, weight and energy intensity.
    ("再生水利用率达到25%—30%，非常规水源利用量达到5亿—8亿立方米。",
     [("再生水利用率", (25.0, 30.0), "%", "=", None, None), ("非常规水源利用量", (5.0, 8.0), "亿立方米", "=", None, None)]),
    ("单位地区生产总值能源消耗和二氧化碳排放分别比2020年下降14.5%和18%。",
     [("单位地区生产总值能源消耗比2020年下降", 14.5, "%", "=", None, None),
      ("二氧化碳排放比2020年下降", 18.0, "%", "=", None, None)]),
    ("新增城市绿地面积300公顷，修缮历史建筑100栋以上，港口集装箱吞吐量达到25万标箱，供电煤耗降至300克标准煤/千瓦时以下。",
     [("城市绿地面积", 300.0, "公顷", "=", None, None), ("历史建筑", 100.0, "栋", ">=", None, None),
      ("港口集装箱吞吐量", 25.0, "万标箱", "=", None, None), ("供电煤耗", 300.0, "克标准煤/千瓦时", "<=", None, None)]),
    # A share as a small fraction or as 一半; 有 in 有关 binds nothing (a funding statement, no target).
    ("“双师型”教师占专业课教师比例超过一半，高技能人才占技能人才比例达到1/3。",
     [("“双师型”教师占专业课教师比例", 50.0, "%", ">", None, None), ("高技能人才占技能人才比例", 33.33, "%", "=", None, None)]),
    ("国家有关部门已承诺负担原估算投资5亿元的2/3，于2025/12/31前拨付。", []),
    # 分别 over years: each value is its year's target of what follows 分别.
    ("2023年、2024年、2025年分别改造老旧小区500个、400个、300个，基本完成改造任务。",
     [("改造老旧小区", 500.0, "个", "=", 2023, None), ("改造老旧小区", 400.0, "个", "=", 2024, None),
      ("改造老旧小区", 300.0, "个", "=", 2025, None)]),
    ("力争2024年、2025年分别新增城镇就业不少于5万人和6万人。",
     [("新增城镇就业", 5.0, "万人", ">=", 2024, None), ("新增城镇就业", 6.0, "万人", ">=", 2025, None)]),
    # … with the whole they are counted over between the years and 分别.
    ("2025年、2026年、2027年全国分别新开工改造城镇老旧小区2.5万个、2.2万个、2万个。",
     [("全国新开工改造城镇老旧小区", 2.5, "万个", "=", 2025, None),
      ("全国新开工改造城镇老旧小区", 2.2, "万个", "=", 2026, None),
      ("全国新开工改造城镇老旧小区", 2.0, "万个", "=", 2027, None)]),
    # Rooms (间) and sessions of a course (期) are counted; a phase in a name (一期工程) is no count.
    ("建成中小学人工智能教育实验室3万间以上，每年组织养老护理员培训不少于2期，推进一期工程建设。",
     [("中小学人工智能教育实验室", 3.0, "万间", ">=", None, None),
      ("组织养老护理员培训", 2.0, "期", ">=", None, "yearly")]),
    # Chinese numerals: a numeral's 万 before a unit is the unit's; shares in thousandths and tenths (not 一成不变).
    ("每年培训两万人次，单个项目补助最高不超过二百万元，婴儿死亡率控制在千分之五以下，达标比例达到三成以上，坚持一成不变。",
     [("培训", 2.0, "万人次", "=", None, "yearly"), ("婴儿死亡率", 5.0, "‰", "<=", None, None),
      ("达标比例", 30.0, "%", ">=", None, None)]),
    # People sent, hired or trained by rotation (选派, 选聘, 轮训), what is newly grown (新发展), area served in 亩次.
    ("每年选派100名优秀干部到村担任“第一书记”，每年选聘高校毕业生到村任职200名，村党组织书记每年至少集中轮训1次。",
     [("优秀干部到村担任“第一书记”", 100.0, "名", "=", None, "yearly"),
      ("高校毕业生到村任职", 200.0, "名", "=", None, "yearly"), ("村党组织书记每年轮训", 1.0, "次", ">=", None, "yearly")]),
    ("新发展设施蔬菜10万亩，线上农业社会化服务面积达到3000万亩次。",
     [("设施蔬菜", 10.0, "万亩", "=", None, None), ("线上农业社会化服务面积", 3000.0, "万亩次", "=", None, None)]),
    # Kinds (类) are counted, basis points (个基点) too; kinds named (一、二类) or a classification's count are none.
    ("归集信用信息不少于30类，内部转移价格优惠幅度不低于50个基点。",
     [("归集信用信息", 30.0, "类", ">=", None, None), ("内部转移价格优惠幅度", 50.0, "个基点", ">=", None, None)]),
    ("改造内容分为基础类、完善类、提升类3类，近岸海域水质优良（一、二类）比例达到85%。",
     [("近岸海域水质优良（一、二类）比例", 85.0, "%", "=", None, None)]),
    # 分别为 binds the values it lists; counts after what is eliminated, put in order or repaired.
    ("新建改造燃气管网、供水管网、排水管网分别为300公里、400公里和600公里，消除易涝积水点45处。",
     [("新建改造燃气管网", 300.0, "公里", "=", None, None), ("供水管网", 400.0, "公里", "=", None, None),
      ("排水管网", 600.0, "公里", "=", None, None), ("易涝积水点", 45.0, "处", "=", None, None)]),
    # A check's frequency with its bar and manner (每半月至少现场核查1次); the bounds of a band of a subsidy schedule
    # (8%（含）至15%之间的, 1000万元（含）以上的) are who gets which rate, no goals.
    ("督办期间每半月至少现场核查1次。利用率在8%（含）至15%之间的，按0.05元/千瓦时补贴；投资额1000万元（含）以上的项目，给予奖励。",
     [("督办期间每半月核查", 1.0, "次", ">=", None, None)]),
    # Years in Chinese numerals are years (到二〇二七年, 二〇三〇年底前).
    ("到二〇二七年，全省冷库容量达到500万吨；二〇三〇年底前，建成冷链物流基地10个。",
     [("全省冷库容量", 500.0, "万吨", "=", 2027, None), ("冷链物流基地", 10.0, "个", "=", 2030, None)]),
    # A multiple of a named base (提高到2025年的1.4倍); a measure per head or per mu changed by an amount; a service's
    # time limit (1个工作日内办结; not a procedure's, counted from its step or set for who acts); what is won, handed
    # over or bought; what each ten thousand people have.
    ("研发投入达到全国平均水平的1.5倍以上，高标准农田亩均粮食产能提高50公斤，全流程1个工作日内办结。",
     [("研发投入达到全国平均水平的倍数", 1.5, "倍", ">=", None, None), ("高标准农田亩均粮食产能提高", 50.0, "公斤", "=", None, None),
      ("全流程办结", 1.0, "个工作日", "<=", None, None)]),
    ("自收到申请之日起15个工作日内完成审核，市工业和信息化局在15个工作日内完成复核。", []),
    ("争取银行授信50亿元，交付安置房2500套，采购农产品1.2亿元，每万人拥有全科医生3.5名。",
     [("银行授信", 50.0, "亿元", "=", None, None), ("安置房", 2500.0, "套", "=", None, None), ("农产品", 1.2, "亿元", "=", None, None),
      ("全科医生", 3.5, "名", "=", None, None)]),
    # A numeral and 台 before a place's end are the place's name (三台县), not a count; 个次 counts; grades a quality rises
    # by are a change's unit, as points; a count of places stays one (两个区域性…).
    ("新建高标准农田45万亩，其中江油市10万亩、三台县12万亩；耕地质量平均提升0.5个等级以上，开展职业指导10万个次，"
     "新建两个区域性农机服务中心。",
     [("新建高标准农田", 45.0, "万亩", "=", None, None), ("江油市", 10.0, "万亩", "=", None, None),
      ("三台县", 12.0, "万亩", "=", None, None), ("耕地质量平均提升", 0.5, "个等级", ">=", None, None),
      ("职业指导", 10.0, "万个次", "=", None, None), ("区域性农机服务中心", 2.0, "个", "=", None, None)]),
    # Latin units of concentration, length, volume and deposition, maybe counted in 万 or 亿; 辆次 counts.
    ("全市PM2.5平均浓度降至42 μg/m³以下，新建铁路专用线25 km，天然气消费量达到30亿m³，每年抽测柴油车不少于1万辆次，"
     "城区平均降尘量不高于7 t/km²·月，新建数据中心WUE不高于1.2 L/kWh。",
     [("全市PM2.5平均浓度", 42.0, "μg/m³", "<=", None, None), ("新建铁路专用线", 25.0, "km", "=", None, None),
      ("天然气消费量", 30.0, "亿m³", "=", None, None), ("抽测柴油车", 1.0, "万辆次", ">=", None, "yearly"),
      ("城区平均降尘量", 7.0, "t/km²·月", "<=", None, None), ("新建数据中心WUE", 1.2, "L/kWh", "<=", None, None)]),
    # Harm counted at least so much is the threshold of an emergency's grade, not a goal; a fall in it is one.
    ("因灾死亡和失踪30人以上，或者直接经济损失1000万元以上的为特大型灾情。全年学生溺水死亡人数较上年下降50%以上。",
     [("全年学生溺水死亡人数较上年下降", 50.0, "%", ">=", None, None)]),
    # … and so are the bands of lower grades (3人以上10人以下, 3人以下) and harm beyond so much (超过100人); a cap on harm
    # and a rate of it are goals.
    ("死亡3人以上10人以下，或者重伤10人以上50人以下的为较大事故；因灾死亡和失踪3人以下的为一般灾情。"
     "一次食物中毒人数超过100人并出现死亡病例。全年生产安全事故死亡人数控制在10人以下，重大慢性病过早死亡率降至13%以下。",
     [("全年生产安全事故死亡人数", 10.0, "人", "<=", None, None), ("重大慢性病过早死亡率", 13.0, "%", "<=", None, None)]),
    # Places, schools and works counted in 万; what is fitted out, installed, raised or hired; visits with a bar.
    ("累计建成千吨万人供水工程2万处，新建幼儿园1万所。",
     [("千吨万人供水工程", 2.0, "万处", "=", None, None), ("新建幼儿园", 1.0, "万所", "=", None, None)]),
    ("配齐分类运输车辆30辆，免费安装独立式烟感报警器3000个，募集就业见习岗位8000个。",
     [("分类运输车辆", 30.0, "辆", "=", None, None), ("独立式烟感报警器", 3000.0, "个", "=", None, None),
      ("就业见习岗位", 8000.0, "个", "=", None, None)]),
    ("帮助重点企业招工3万人，特殊困难老年人每周至少探视1次。",
     [("重点企业招工", 3.0, "万人", "=", None, None), ("特殊困难老年人每周探视", 1.0, "次", ">=", None, None)]),
])
def test_pure_numbers_rates_changes_listed_objects_and_time_limits(sentence, expected):
    assert fields(sentence_targets(sentence)) == expected


def test_a_share_of_those_already_paid_is_no_rate_of_support():
    """每年对不少于10%的已补贴项目开展现场抽查: the share of paid projects a check samples, a goal; 按设备投资额的10%给予补贴
    is the rate a subsidy pays, none."""
    found = sentence_targets("市发展改革委每年对不少于10%的已补贴项目开展现场抽查，按设备投资额的10%给予补贴。")
    assert [(t.value, t.unit, t.comparator, t.period) for t in found] == [(10.0, "%", ">=", "yearly")]


def test_a_year_column_named_a_goal_holds_targets_in_an_undated_document():
    """类别 | 指标 | 2023年基数 | 2025年目标 | 2027年目标: the 2025 column is named a goal and holds targets whatever the
    document's date; the base year's column is none."""
    from policydiff.parse import parse_text

    document = parse_text("一、主要指标\n专栏1　林业产业发展主要指标\n类别\t指标\t2023年基数\t2025年目标\t2027年目标\t属性\n"
                          "产业规模\t林业产业总产值（亿元）\t9500\t10500\t12000\t预期性\n"
                          "\t森林覆盖率（%）\t62.55\t62.6\t≥62.7\t约束性\n")
    assert [(t.indicator, t.value, t.unit, t.year) for t in extract_targets(document)] == [
        ("林业产业总产值", 10500.0, "亿元", 2025), ("林业产业总产值", 12000.0, "亿元", 2027),
        ("森林覆盖率", 62.6, "%", 2025), ("森林覆盖率", 62.7, "%", 2027)]


def test_a_table_allocating_targets_to_places_gives_each_place_its_targets():
    """设区市 | 新建公共充电桩（个） | 其中：乡镇公共充电站（座） / 南昌市 | 13000 | 90 …: each cell is its place's target in its
    column, its unit from the header's brackets; 县（市、区） | 2026年 | 2027年 | 合计 under 单位：万亩 (run on from the
    table's title) gives each place its target a year, the unit from that line, and no target for the row's sum."""
    from policydiff.parse import parse_text

    document = parse_text("三、任务分解\n各设区市新建任务如下表：\n设区市\t新建公共充电桩（个）\t其中：乡镇公共充电站（座）\n"
                          "南昌市\t13000\t90\n合计\t60000\t1200\n"
                          "四、年度安排\n各县建设任务按下表分解落实。\n常德市高标准农田建设任务分解表\n单位：万亩\n"
                          "县（市、区）\t2026年\t2027年\t合计\n鼎城区\t4.5\t4.2\t8.7\n")
    assert [(t.clause, t.indicator, t.value, t.unit, t.year) for t in extract_targets(document)] == [
        ("3", "南昌市新建公共充电桩", 13000.0, "个", None), ("3", "南昌市乡镇公共充电站", 90.0, "座", None),
        ("3", "合计新建公共充电桩", 60000.0, "个", None), ("3", "合计乡镇公共充电站", 1200.0, "座", None),
        ("4", "鼎城区", 4.5, "万亩", 2026), ("4", "鼎城区", 4.2, "万亩", 2027)]


def test_a_table_by_place_typed_with_spaces_may_open_with_a_column_of_row_numbers():
    """序号  镇（街道）  新建面积（亩）  投资（万元） / 1  大庄镇  8000  2370, typed with runs of spaces: the places' column after
    the row numbers' opens a table by place as it does first, and each place gets its targets."""
    from policydiff.parse import parse_text

    document = parse_text("三、建设任务\n各镇（街道）建设任务如下：\n序号  镇（街道）  新建面积（亩）  投资（万元）\n"
                          "1  大庄镇  8000  2370\n2  界湖街道  6000  2040\n")
    assert [(t.clause, t.indicator, t.value, t.unit) for t in extract_targets(document)] == [
        ("3", "大庄镇新建面积", 8000.0, "亩"), ("3", "大庄镇投资", 2370.0, "万元"),
        ("3", "界湖街道新建面积", 6000.0, "亩"), ("3", "界湖街道投资", 2040.0, "万元")]


def test_a_quota_table_of_cities_typed_with_spaces_spreads_its_short_words():
    """城  市      保障性租赁住房（套）   城中村改造（户） / 澄州市   14000   6000 / 合  计   …: a PDF's text types the
    table with runs of spaces and spreads the city column's name and the sums' label over their cells with a few
    spaces; the cities' column opens a table by place, each city gets its targets, the sums their row."""
    from policydiff.parse import parse_text

    document = parse_text("二、目标任务\n各市2025年保障性住房筹集建设任务见下表。\n"
                          "城  市      保障性租赁住房（套）   城中村改造（户）\n"
                          "澄州市      14000                  6000\n"
                          "青石市      9000                   4000\n"
                          "合  计      23000                  10000\n")
    assert [(t.clause, t.indicator, t.value, t.unit) for t in extract_targets(document)] == [
        ("2", "澄州市保障性租赁住房", 14000.0, "套"),
        ("2", "澄州市城中村改造", 6000.0, "户"), ("2", "青石市保障性租赁住房", 9000.0, "套"),
        ("2", "青石市城中村改造", 4000.0, "户"), ("2", "合计保障性租赁住房", 23000.0, "套"),
        ("2", "合计城中村改造", 10000.0, "户")]


def test_a_quota_table_by_park_gives_each_park_its_targets():
    """序号 | 园区名称 | 新签约亿元以上项目（个） | 实际到位资金（亿元） | 责任单位: a county's parks ranked as its places, each
    given its targets; the column of who answers for them holds none."""
    from policydiff.parse import parse_text

    document = parse_text("一、目标任务\n各园区目标任务如下：\n序号 | 园区名称 | 新签约亿元以上项目（个） | 实际到位资金（亿元） | 责任单位\n"
                          "1 | 白沙工业园区 | 15 | 21 | 白沙工业园区管委会\n")
    assert [(t.clause, t.indicator, t.value, t.unit) for t in extract_targets(document)] == [
        ("1", "白沙工业园区新签约亿元以上项目", 15.0, "个"), ("1", "白沙工业园区实际到位资金", 21.0, "亿元")]


def test_an_inspection_quota_typed_with_spaces_by_trade_with_a_sum_row_without_a_number():
    """序号 | 专业 | 检查数量（家） | 承办科室, typed with spaces, its 合计 row opening under the names with no row number:
    each trade gets its count, and the sum is a row of its own, not the last name's cells wrapped."""
    from policydiff.parse import parse_text

    document = parse_text("二、检查安排\n（三）检查数量分配。检查数量按专业分配如下：\n"
                          "序号    专业                检查数量（家）    承办科室\n"
                          "1       规模以上工业        60                工业统计科\n"
                          "2       固定资产投资项目    18                投资统计科\n"
                          "        合计                78\n")
    assert [(t.clause, t.indicator, t.value, t.unit) for t in extract_targets(document)] == [
        ("2.3", "规模以上工业检查数量", 60.0, "家"), ("2.3", "固定资产投资项目检查数量", 18.0, "家"),
        ("2.3", "合计检查数量", 78.0, "家")]


def test_a_table_dividing_targets_among_industrial_chains_gives_each_chain_its_targets():
    """序号 | 产业链 | 牵头单位 | 培育链主企业（家） | 2027年营业收入（亿元）, box-drawn: a province's chains ranked as a
    table's places, each given its targets; the column of who leads holds none."""
    from policydiff.parse import parse_text

    document = parse_text("一、组织架构\n（一）明确推进目标。到2027年，各重点产业链目标如下：\n"
                          "┌──┬────┬────┬────┬────┐\n│序号│产业链│牵头单位│培育链主企业（家）│2027年营业收入（亿元）│\n"
                          "├──┼────┼────┼────┼────┤\n│1 │集成电路│省发展改革委│5│1800│\n"
                          "├──┼────┼────┼────┼────┤\n│2 │生物医药│省科技厅│6│2400│\n└──┴────┴────┴────┴────┘\n")
    assert [(t.clause, t.indicator, t.value, t.unit) for t in extract_targets(document)] == [
        ("1.1", "集成电路培育链主企业", 5.0, "家"), ("1.1", "集成电路2027年营业收入", 1800.0, "亿元"),
        ("1.1", "生物医药培育链主企业", 6.0, "家"), ("1.1", "生物医药2027年营业收入", 2400.0, "亿元")]


def test_a_table_by_place_may_name_its_places_column_by_what_each_row_is():
    """区　别 | 老旧街区改造（个） | 地下管网改造（公里） / 东湖区 | 14 | 120, typed with tabs: 区别 names the places' column as
    市别 and 县别 do in statistical tables (its two characters spread by an ideographic space); each district gets its
    targets."""
    from policydiff.parse import parse_text

    document = parse_text("二、主要目标\n各区任务分解如下：\n区　别\t老旧街区改造（个）\t地下管网改造（公里）\n"
                          "东湖区\t14\t120\n西岭区\t11\t95\n")
    assert [(t.clause, t.indicator, t.value, t.unit) for t in extract_targets(document)] == [
        ("2", "东湖区老旧街区改造", 14.0, "个"), ("2", "东湖区地下管网改造", 120.0, "公里"),
        ("2", "西岭区老旧街区改造", 11.0, "个"), ("2", "西岭区地下管网改造", 95.0, "公里")]


def test_a_place_tables_columns_of_an_evaluations_results_hold_no_goals():
    """序号 | 县（市、区） | 总得分 | 排名 | 等次 in an evaluation's report: how each place came out, no goals; a column of
    tasks in the same kind of table is read."""
    from policydiff.parse import parse_text

    document = parse_text("二、评价结果\n各县（市、区）得分及排名如下：\n序号 | 县（市、区） | 总得分 | 排名 | 等次\n"
                          "1 | 云阳区 | 87.15 | 2 | 优秀\n三、下步任务\n序号 | 县（市、区） | 新增市场主体（户）\n1 | 云阳区 | 5000\n")
    assert [(t.clause, t.indicator, t.value, t.unit) for t in extract_targets(document)] == [
        ("3", "云阳区新增市场主体", 5000.0, "户")]


def test_a_table_by_village_or_by_township_and_park_gives_each_its_targets():
    """村（社区） | 面积（亩） in a township's plan, 乡镇（开发区） | 2026年目标任务（万元） in a county's: the villages, and the
    townships with the parks ranked as them, are the places of a table by place (a caption saying who gathers the
    progress, 汇总调度, names no record of results)."""
    from policydiff.parse import parse_text

    document = parse_text("一、目标任务\n各村任务分配如下，由各村对照落实，镇农业服务中心汇总调度。\n序号\t村（社区）\t面积（亩）\n"
                          "1\t清溪村\t850\n2\t石桥村\t1020\n"
                          "二、收入任务\n序号\t乡镇（开发区）\t2026年目标任务（万元）\n1\t城关镇\t20150\n2\t桐溪经济开发区\t25740\n")
    assert [(t.clause, t.indicator, t.value, t.unit, t.year) for t in extract_targets(document)] == [
        ("1", "清溪村面积", 850.0, "亩", None), ("1", "石桥村面积", 1020.0, "亩", None),
        ("2", "城关镇2026年目标任务", 20150.0, "万元", 2026), ("2", "桐溪经济开发区2026年目标任务", 25740.0, "万元", 2026)]


def test_a_column_of_places_named_by_level_and_name_opens_a_table_by_place():
    """村名 | 修缮农房（栋）, its units on a line of their own under the names, typed with spaces as a PDF's text gives it:
    a column named by a place's level and 名 (村名, 县名, 乡镇名) is the places of a table by place."""
    from policydiff.parse import parse_text

    document = parse_text("一、分村任务\n各村2027年前任务见下表。\n"
                          "序号  村名      修缮农房    新建水池\n"
                          "                （栋）      （座）\n"
                          "1     东坪村    30          2\n"
                          "2     西岭村    12          1\n")
    assert [(t.clause, t.indicator, t.value, t.unit) for t in extract_targets(document)] == [
        ("1", "东坪村修缮农房", 30.0, "栋"), ("1", "东坪村新建水池", 2.0, "座"),
        ("1", "西岭村修缮农房", 12.0, "栋"), ("1", "西岭村新建水池", 1.0, "座")]


def test_a_table_by_place_of_two_columns_typed_with_ideographic_spaces():
    """乡（镇）　　　新建5G基站（个） / 城关镇　　　　　　20: a table by place may give each place one number, its columns
    aligned with ideographic spaces; attached and referred to (分乡镇任务见附件), its rows are the clause's."""
    from policydiff.parse import parse_text

    document = parse_text("一、重点任务\n1．推进网络提质升级。全年新建5G基站80个（分乡镇任务见附件），千兆光网覆盖家庭2.5万户。\n"
                          "2．发展智慧农业。建设数字农业示范基地3个。\n\n附件\n\n2026年新建5G基站分乡镇任务表\n\n"
                          "乡（镇）　　　新建5G基站（个）\n城关镇　　　　　　20\n青石镇　　　　　　16\n")
    assert [(t.clause, t.indicator, t.value, t.unit) for t in extract_targets(document) if t.clause == "1.1"] == [
        ("1.1", "新建5G基站", 80.0, "个"), ("1.1", "覆盖家庭", 2.5, "万户"),
        ("1.1", "城关镇新建5G基站", 20.0, "个"), ("1.1", "青石镇新建5G基站", 16.0, "个")]


def test_a_numbered_table_by_places_row_of_sums_written_across_the_number_and_the_place():
    """序号 | 县（市、区） | 新发展会员（名） / … / 合计 | | 5000: the row of sums writes its label across the row numbers' and
    the places' columns (a merged cell, or a tab left empty): its cells are the sums' targets."""
    from policydiff.parse import parse_text

    document = parse_text("一、目标任务\n各县（市、区）任务分配如下：\n序号\t县（市、区）\t新发展会员（名）\t培训会员骨干（人次）\n"
                          "1\t澄江区\t1200\t350\n2\t东湖区\t1000\t300\n合计\t\t2200\t650\n")
    assert [(t.indicator, t.value, t.unit) for t in extract_targets(document)] == [
        ("澄江区新发展会员", 1200.0, "名"), ("澄江区培训会员骨干", 350.0, "人次"), ("东湖区新发展会员", 1000.0, "名"),
        ("东湖区培训会员骨干", 300.0, "人次"), ("合计新发展会员", 2200.0, "名"), ("合计培训会员骨干", 650.0, "人次")]


def test_a_table_ranking_its_places_or_captioned_as_their_results_holds_no_goals():
    """村（社区） | 本周完成（户） | 完成率 | 排名 in a weekly dispatch, and a table captioned 各区主要指标完成情况: how each place
    has done, no goals (a table by place under another caption is read)."""
    from policydiff.parse import parse_text

    document = parse_text("一、进度排名\n各村改厕进度如下：\n村（社区）\t本周完成（户）\t累计完成（户）\t完成率\t排名\n"
                          "柏树村\t21\t88\t97.8%\t1\n双河村\t22\t126\t93.3%\t2\n二、指标完成\n"
                          "表2　2024年度各区主要指标完成情况\n区（开发区）\t回收利用率（%）\t分类覆盖率（%）\n澄湖区\t42.3\t100\n"
                          "云栖区\t41.0\t99.5\n三、年度目标\n2025年各区目标如下：\n区（开发区）\t回收利用率（%）\t分类覆盖率（%）\n"
                          "澄湖区\t45\t100\n云栖区\t44\t100\n四、工作要求\n各区要加强领导。\n")
    assert [(t.clause, t.indicator, t.value, t.unit) for t in extract_targets(document)] == [
        ("3", "澄湖区回收利用率", 45.0, "%"), ("3", "澄湖区分类覆盖率", 100.0, "%"),
        ("3", "云栖区回收利用率", 44.0, "%"), ("3", "云栖区分类覆盖率", 100.0, "%")]


def test_a_project_lists_columns_describing_its_projects_hold_no_goals():
    """序号 | 项目名称 | 建设内容及规模 | 总投资（亿元） | 2025年计划投资（亿元） | 责任单位 | 建设期限: what each project builds,
    costs in all and when are its description, no goals; a task table's content still holds its goals."""
    from policydiff.parse import parse_text

    document = parse_text("二、重点项目\n序号 | 项目名称 | 建设内容及规模 | 总投资（亿元） | 2025年计划投资（亿元） | 责任单位 | 建设期限\n"
                          "1 | 北湖水库工程 | 新建中型水库1座，总库容2860万立方米 | 12.8 | 4 | 市水利局 | 2024—2026\n"
                          "三、重点任务\n序号 | 重点任务 | 责任单位\n1 | 新建城市快速路12.6公里 | 市住房城乡建设局\n")
    assert [(t.clause, t.value, t.unit) for t in extract_targets(document)] == [("3", 12.6, "公里")]
    by_place = parse_text("二、重点项目\n序号\t乡镇\t项目名称\t建设内容\t总投资（万元）\t责任单位\n"
                          "1\t青石镇\t青石古镇提升工程\t新建游客中心1处\t18000\t青石镇人民政府\n")
    assert list(extract_targets(by_place)) == []  # (a project list naming each project's place is no table by place)


def test_a_place_tables_column_of_a_year_before_the_documents_gives_where_each_place_stands():
    """设区市 | 2025年用水量（亿立方米） | 2026年用水总量控制目标（亿立方米） in a notice of 2026: the first column is where each
    place stands, no goal; the second holds its goals, for its year. A column of what a place has (现有) holds none either."""
    from policydiff.parse import parse_text

    document = parse_text("某省水利厅关于下达2026年度用水总量控制目标的通知\n某省水利厅\n2026年3月18日\n一、控制目标\n"
                          "各设区市2026年度控制目标如下：\n设区市\t2025年用水量（亿立方米）\t2026年用水总量控制目标（亿立方米）"
                          "\t现有计量设施（处）\n安澜市\t38.62\t40.10\t120\n北溪市\t31.05\t32.80\t96\n")
    assert [(t.indicator, t.value, t.unit, t.year) for t in extract_targets(document)] == [
        ("安澜市2026年用水总量控制目标", 40.1, "亿立方米", 2026), ("北溪市2026年用水总量控制目标", 32.8, "亿立方米", 2026)]


def test_a_table_of_districts_and_parks_counts_samples_one_a_person():
    """区（园区） | 造血干细胞血样入库（人份） | 新增配置AED（台）: districts and parks ranked as one are a table's places; samples
    counted one a person (人份) are a unit of count, in prose too."""
    from policydiff.parse import parse_text

    document = parse_text("一、目标任务\n全市新增造血干细胞血样入库5000人份以上。各区（园区）任务分配如下：\n"
                          "区（园区）\t造血干细胞血样入库（人份）\t新增配置AED（台）\n东湖区\t1600\t100\n高新区\t800\t40\n")
    assert [(t.indicator, t.value, t.unit, t.comparator) for t in extract_targets(document)] == [
        ("造血干细胞血样入库", 5000.0, "人份", ">="), ("东湖区造血干细胞血样入库", 1600.0, "人份", "="),
        ("东湖区新增配置AED", 100.0, "台", "="), ("高新区造血干细胞血样入库", 800.0, "人份", "="),
        ("高新区新增配置AED", 40.0, "台", "=")]


def test_a_place_tables_column_of_what_each_place_is_paid_holds_no_goal():
    """县（市、区） | 建设任务（公里） | 省市补助资金（万元）: each county's task is its target, what it is paid is none."""
    from policydiff.parse import parse_text

    document = parse_text("一、任务分解\n各县建设任务如下：\n县（市、区）\t建设任务（公里）\t省市补助资金（万元）\n"
                          "平川县\t310\t11200\n清河县\t260\t9600\n")
    assert [(t.indicator, t.value, t.unit) for t in extract_targets(document)] == [
        ("平川县建设任务", 310.0, "公里"), ("清河县建设任务", 260.0, "公里")]


def test_an_attached_table_of_tasks_by_place_belongs_to_the_clause_referring_to_it():
    """…各省（区）具体任务见附件 / 附件 / 2026年度任务分省表 / 单位：万亩 / 省（区） | 任务合计 | 其中：人工造林: the table after
    the signature holds the targets of the clause referring to it, in the unit of its line."""
    from policydiff.parse import parse_text

    document = parse_text("一、任务安排\n共安排营造林任务3000万亩。各省（区）具体任务见附件。\n二、工作要求\n加强组织领导。\n"
                          "附件：2026年度任务分省表\n国家林业和草原局\n2026年3月10日\n附件\n2026年度任务分省表\n单位：万亩\n"
                          "省（区）\t任务合计\t其中：人工造林\n河北省\t260\t50\n")
    assert [(t.clause, t.indicator, t.value, t.unit) for t in extract_targets(document)] == [
        ("1", "营造林任务", 3000.0, "万亩"), ("1", "河北省任务合计", 260.0, "万亩"), ("1", "河北省人工造林", 50.0, "万亩")]


def test_an_attached_quota_table_by_township_belongs_to_the_clause_naming_its_tasks():
    """…各乡（镇）入库项目数不少于附件2确定的任务数 / 附件2 / …任务分配表 / 序号 | 乡（镇） | 行政村数（个） | 其中脱贫村（个） |
    入库任务数（个）: the attachment the clause names holds its townships' tasks; the columns counting what each township
    has (its villages, and the poor ones among them) are no goals beside the column of its task."""
    from policydiff.parse import parse_text

    document = parse_text("一、目标任务\n全县入库项目不少于300个，各乡（镇）入库项目数不少于附件2确定的任务数。\n"
                          "二、工作要求\n加强组织领导。\n附件：1.项目入库申报表\n2.各乡（镇）项目入库任务分配表\n"
                          "青峪县乡村振兴局\n2024年9月10日\n附件1\n项目入库申报表\n项目名称\t项目类别\n附件2\n"
                          "各乡（镇）项目入库任务分配表\n序号\t乡（镇）\t行政村数（个）\t其中脱贫村（个）\t入库任务数（个）\n"
                          "1\t城关镇\t14\t3\t42\n2\t龙潭乡\t9\t5\t34\n")
    assert [(t.clause, t.indicator, t.value, t.unit) for t in extract_targets(document)] == [
        ("1", "全县入库项目", 300.0, "个"), ("1", "城关镇入库任务数", 42.0, "个"), ("1", "龙潭乡入库任务数", 34.0, "个")]
    # (… and so beside columns dated by the year their goals are reached: 区（县） | 城市社区数（个） | 2025年建成完整社区（个）.)
    dated = parse_text("一、建设任务\n各区（县）建设任务如下：\n区（县）\t城市社区数（个）\t2025年建成完整社区（个）\n"
                       "澄江区\t42\t6\n临湖区\t35\t5\n")
    assert [(t.indicator, t.value, t.year) for t in extract_targets(dated)] == [
        ("澄江区2025年建成完整社区", 6.0, 2025), ("临湖区2025年建成完整社区", 5.0, 2025)]


def test_an_attached_table_belongs_to_the_clause_saying_the_goals_are_there_not_to_one_working_to_them():
    """各村目标任务详见附件1 in the goals, 按附件1确定的目标逐村推进 in a later clause: the first says where the goals are and
    holds the table; the second works to them."""
    from policydiff.parse import parse_text

    document = parse_text("一、工作目标\n到2026年底，消除薄弱村，各村目标任务详见附件1。\n二、推进步骤\n"
                          "各乡镇按附件1确定的目标逐村推进。\n附件：1．消薄目标任务表\n青溪县农业农村局\n2025年4月7日\n"
                          "附件1\n消薄目标任务表\n序号\t乡镇\t2026年目标（万元）\n1\t石门镇\t12\n2\t柳河镇\t10\n")
    assert [(t.clause, t.indicator, t.value, t.unit) for t in extract_targets(document)] == [
        ("1", "石门镇2026年目标", 12.0, "万元"), ("1", "柳河镇2026年目标", 10.0, "万元")]


def test_an_attached_stock_table_holds_the_goals_of_the_clause_referring_to_its_scale():
    """…具体品种和2027年储备规模见附件 / 附件 / 储备目录 / 序号 | 类别 | 物资名称 | 单位 | 现有数量 | 2027年储备目标 | 责任单位: the
    things stocked are the table's indicators, each row's goal in the target column, in the unit column's unit; what is held
    now is none; the departments of its rows are the referring clause's."""
    from policydiff.parse import parse_text

    document = parse_text("一、主要任务\n（一）优化储备布局。新建区级综合应急物资储备库1个。\n（二）明确储备品种和规模。区级重点储备生活类、"
                          "救援类物资，具体品种和2027年储备规模见附件。\n二、保障措施\n区财政局将所需经费纳入年度预算。\n"
                          "某区人民政府办公室\n2025年5月12日\n附件\n区级应急物资储备目录（2027年）\n"
                          "序号\t类别\t物资名称\t单位\t现有数量\t2027年储备目标\t责任单位\n"
                          "1\t生活类\t帐篷\t顶\t320\t800\t区应急管理局\n2\t救援类\t冲锋舟\t艘\t4\t10\t区应急管理局\n")
    assert [(t.clause, t.indicator, t.value, t.unit, t.year) for t in extract_targets(document)] == [
        ("1.1", "新建区级综合应急物资储备库", 1.0, "个", None), ("1.2", "帐篷", 800.0, "顶", 2027), ("1.2", "冲锋舟", 10.0, "艘", 2027)]
    assert document.clause("1.2").agencies.responsible + document.clause("1.2").agencies.lead == ("区应急管理局",)


def test_the_attachment_a_clause_names_holds_its_table_of_places_typed_with_spread_words():
    """…各县（市、区）年度目标任务见附件2: of two attachments, the second holds the clause's table; a tab-typed table names its
    place column 县别 and spreads short words over their cells (县  别, 全  市); a poultry count is in 羽."""
    from policydiff.parse import parse_text

    document = parse_text("一、目标任务\n全市家禽出栏稳定在3000万羽以上，肉蛋奶总产量保持稳定，重要农产品供给保障能力持续增强。"
                          "各县（市、区）年度目标任务见附件2。\n二、工作要求\n各县（市、区）要加强组织领导，压实工作责任，确保各项目标任务"
                          "按期完成，重大情况及时向市人民政府报告。\n"
                          "某市人民政府\n2025年3月10日\n\n附件1\n\n考核评分标准\n\n考核项目\t分值\t评分标准\n粮食生产\t35\t完成目标得满分\n\n"
                          "附件2\n\n各县（市、区）生产目标任务表\n\n单位：万亩\n县  别\t2025年\t2026年\n全  市\t150\t160\n西河县\t96\t98\n")
    assert [(t.clause, t.indicator, t.value, t.unit, t.year) for t in extract_targets(document)] == [
        ("1", "全市家禽出栏", 3000.0, "万羽", None), ("1", "全市", 150.0, "万亩", 2025), ("1", "全市", 160.0, "万亩", 2026),
        ("1", "西河县", 96.0, "万亩", 2025), ("1", "西河县", 98.0, "万亩", 2026)]


def test_an_attached_rectification_list_gives_its_goals_to_the_clause_naming_it_and_the_problems_none():
    """形成《…问题整改清单》（见附件2） / 附件2 / 序号 | 问题 | 整改目标 | 整改措施 | 责任单位 | 完成时限: the list's goals are the
    clause's; the problems as found (收集率仅为52.6%, 完成整治473个) are none; the indicator table another clause refers to
    (主要指标详见附件1) is still that clause's."""
    from policydiff.parse import parse_text

    document = parse_text(
        "一、工作目标\n到2026年，督察反馈问题全部完成整改，主要指标详见附件1。\n二、整改任务\n对照督察报告指出的问题，形成"
        "《某市问题整改清单》（见附件2），实行清单化管理、销号式推进。\n三、保障措施\n各责任单位要加强领导，按期完成整改任务。\n"
        "某市人民政府\n2025年6月10日\n\n附件1\n\n主要指标\n指标\t2024年\t2026年\n城市污水集中收集率（%）\t52.6\t70\n"
        "\n附件2\n\n某市问题整改清单\n序号\t问题\t整改目标\t整改措施\t责任单位\t完成时限\n"
        "1\t城区污水集中收集率仅为52.6%，排污口仅完成整治473个。\t2026年底前，入河排污口整治完成率达到100%。\t"
        "新建改造污水管网42公里。\t市住房城乡建设局\t2026年12月\n")
    assert [(t.clause, t.indicator, t.value, t.unit) for t in extract_targets(document)] == [
        ("1", "城市污水集中收集率", 70.0, "%"), ("2", "入河排污口整治完成率", 100.0, "%"),
        ("2", "新建改造污水管网", 42.0, "公里")]


def test_a_quota_table_of_the_units_responsible_gives_each_its_targets_and_its_sums_none():
    """序号 | 责任单位 | 签约项目（个） | 到位资金（亿元）: the units a quota goes to, every other column a quantity in its header's
    unit — a table by place: each cell its row's target; the row of sums (小计) names no department."""
    from policydiff.agencies import agency_table
    from policydiff.parse import parse_text

    document = parse_text("一、任务分解\n\n（一）县直部门目标任务。县直重点招商部门目标任务分解如下：\n\n"
                          "序号\t责任单位\t签约项目（个）\t到位资金（亿元）\n1\t县发展和改革局\t4\t3.0\n2\t县商务局\t5\t3.5\n"
                          "\t小计\t9\t6.5\n")
    assert [(t.clause, t.indicator, t.value, t.unit) for t in extract_targets(document)] == [
        ("1.1", "县发展和改革局签约项目", 4.0, "个"), ("1.1", "县发展和改革局到位资金", 3.0, "亿元"),
        ("1.1", "县商务局签约项目", 5.0, "个"), ("1.1", "县商务局到位资金", 3.5, "亿元"),
        ("1.1", "小计签约项目", 9.0, "个"), ("1.1", "小计到位资金", 6.5, "亿元")]
    assert sorted(row.agency for row in agency_table(document)) == ["县发展和改革局", "县商务局"]


def test_wholes_broken_down_by_place_after_qizhong_give_each_place_its_shares():
    """…改造城镇老旧小区126个，涉及居民18600户。其中，澄江区42个、6200户，望海区35个、5100户: each place's shares are its parts of
    the wholes of the sentence before, by their units, for the wholes' year; in one sentence too (…85万亩，其中，澄江区30万亩，
    望海区25万亩); by level, the level with what it does naming the part (其中，省级抽检1.2万批次，市级抽检3.6万批次); by kind
    (其中喷灌面积1.1万亩，管道输水灌溉面积1.9万亩), but not the sources of an amount of money. A whole that is no goal (常住人口
    32.5万人) has no parts that are."""
    from policydiff.parse import parse_text

    document = parse_text("一、目标任务\n2025年，全市计划改造城镇老旧小区126个，涉及居民18600户。其中，澄江区42个、6200户，"
                          "望海区35个、5100户。\n二、建设任务\n到2027年，全市建设高标准农田85万亩，其中，澄江区30万亩，望海区25万亩。"
                          "全市常住人口32.5万人，其中，澄江区12万人，望海区10万人。\n三、抽检任务\n2026年，全省完成食品安全"
                          "监督抽检12万批次以上。其中，省级抽检1.2万批次，市级抽检3.6万批次。\n四、节水灌溉\n"
                          "新增高效节水灌溉面积3万亩，其中喷灌面积1.1万亩，管道输水灌溉面积1.9万亩。"
                          "安排资金5000万元，其中，省级资金2630万元，县级资金1000万元。\n")
    assert [(t.clause, t.indicator, t.value, t.unit, t.year) for t in extract_targets(document)] == [
        ("1", "城镇老旧小区", 126.0, "个", 2025), ("1", "涉及居民", 18600.0, "户", 2025),
        ("1", "澄江区城镇老旧小区", 42.0, "个", 2025), ("1", "澄江区涉及居民", 6200.0, "户", 2025),
        ("1", "望海区城镇老旧小区", 35.0, "个", 2025), ("1", "望海区涉及居民", 5100.0, "户", 2025),
        ("2", "高标准农田", 85.0, "万亩", 2027), ("2", "澄江区高标准农田", 30.0, "万亩", 2027),
        ("2", "望海区高标准农田", 25.0, "万亩", 2027), ("3", "食品安全监督抽检", 12.0, "万批次", 2026),
        ("3", "省级抽检", 1.2, "万批次", 2026), ("3", "市级抽检", 3.6, "万批次", 2026),
        ("4", "高效节水灌溉面积", 3.0, "万亩", None), ("4", "喷灌面积", 1.1, "万亩", None), ("4", "管道输水灌溉面积", 1.9, "万亩", None),
        ("4", "资金", 5000.0, "万元", None)]


def test_a_quota_stated_as_the_task_and_its_places_listed_with_dunhao():
    """全镇参保任务为21860人: a quota stated as what the task is (任务为, 目标为) is a goal, its subject the task; its parts by
    place after 其中 may list the places with 、, each with its share (集镇片区8600人、河谷片区7260人), the whole's 全镇
    giving way to the place."""
    from policydiff.parse import parse_text

    document = parse_text("一、征缴任务\n全镇城乡居民医保参保任务为21860人。其中，集镇片区8600人、河谷片区7260人、"
                          "山区片区6000人。\n二、招商任务\n全年招商引资目标为50亿元。\n")
    assert [(t.clause, t.indicator, t.value, t.unit) for t in extract_targets(document)] == [
        ("1", "全镇城乡居民医保参保任务", 21860.0, "人"), ("1", "集镇片区城乡居民医保参保任务", 8600.0, "人"),
        ("1", "河谷片区城乡居民医保参保任务", 7260.0, "人"), ("1", "山区片区城乡居民医保参保任务", 6000.0, "人"),
        ("2", "全年招商引资目标", 50.0, "亿元")]


def test_parts_by_kind_after_qizhong_with_a_colon_an_aside_or_one_value_twice():
    """其中：预算执行审计项目6个，…: the label's colon is no part of what is counted; a part closing with an aside on what it
    takes in (14个（含自然资源资产离任审计3个）) is a part, the aside none; two parts of one value (6个, 6个) are two."""
    from policydiff.parse import parse_text

    document = parse_text("一、项目安排\n2027年，全局共安排审计项目48个，其中：预算执行审计项目6个，经济责任审计项目14个"
                          "（含自然资源资产离任审计3个），政策跟踪审计项目9个，政府投资审计项目6个。\n")
    assert [(t.clause, t.indicator, t.value, t.unit, t.year) for t in extract_targets(document)] == [
        ("1", "审计项目", 48.0, "个", 2027), ("1", "预算执行审计项目", 6.0, "个", 2027),
        ("1", "经济责任审计项目", 14.0, "个", 2027), ("1", "政策跟踪审计项目", 9.0, "个", 2027),
        ("1", "政府投资审计项目", 6.0, "个", 2027)]


def test_a_whole_broken_down_by_place_in_a_list_or_by_year_after_qizhong():
    """（一）提档升级任务 / 1．钱集镇：26公里，重点实施… — a place's unit opening with a quantity alone holds its share; …85万亩
    （含新建和改造提升），其中2026年30万亩、2027年28万亩 — each year's part is the whole's in that year (the aside on
    what the count takes in leaves it closing its phrase)."""
    from policydiff.parse import parse_text

    document = parse_text("一、主要目标\n全市建设高标准农田85万亩（含新建和改造提升），其中2026年30万亩、2027年28万亩。\n"
                          "二、任务分解\n（一）提档升级任务\n全县200公里提档升级任务分解到各镇如下：\n"
                          "1．钱集镇：26公里，重点实施钱集至高墟段拓宽改造。\n2．胡集镇：22公里，重点实施胡集段改造。\n")
    assert [(t.clause, t.indicator, t.value, t.unit, t.year) for t in extract_targets(document)] == [
        ("1", "高标准农田", 85.0, "万亩", None), ("1", "高标准农田", 30.0, "万亩", 2026),
        ("1", "高标准农田", 28.0, "万亩", 2027), ("2.1.1", "钱集镇", 26.0, "公里", None),
        ("2.1.2", "胡集镇", 22.0, "公里", None)]


def test_an_indicator_table_is_read_by_column():
    """A plan's 主要指标 table (typed as text, or a web page's table): each row's target is its
    indicator, the value in the last year (or target) column — a sign or word of comparison, a
    cumulative value in brackets, a share's or a counted unit in the cell — its unit from the unit column or the
    name's closing bracket, and the column's year; a row whose target cell holds no number (—) has
    none, and a row whose first cell spans the rows below (a category) is read from the right."""
    from policydiff import parse_text
    from policydiff.targets import extract_targets

    document = parse_text(
        "一、发展目标\n到2025年，主要指标如下：\n"
        "序号　指标名称　单位　2020年　2025年　属性\n"
        "1　新能源装机容量（万千瓦）　—　5000　≥8000　预期性\n"
        "2　非化石能源消费比重　%　10.6　12%以上　约束性\n"
        "3　新增造林面积　万亩　—　累计[150]　约束性\n"
        "4　村庄绿化覆盖率　%　28　—　预期性\n"
        "展望2030年，新能源成为电力装机主体。\n"
        "二、生态指标\n类别 | 主要指标 | 单位 | 目标值 | 属性\n生态 | 城市空气质量优良天数比率 | % | ≥85 | 约束性\n"
        "地表水达到或好于Ⅲ类水体比例 | % | 80 | 约束性\n"
        "三、经济指标\n指标 | 全县目标 | 分值\n招商引资到位资金 | 85亿元 | 80\n新增经营主体 | 3200户 | 40\n")
    assert [(t.clause, t.sentence, t.indicator, t.value, t.unit, t.comparator, t.year)
            for t in extract_targets(document)] == [
        ("1", 2, "新能源装机容量", 8000.0, "万千瓦", ">=", 2025),
        ("1", 3, "非化石能源消费比重", 12.0, "%", ">=", 2025),
        ("1", 4, "新增造林面积", 150.0, "万亩", "=", 2025),
        ("2", 1, "城市空气质量优良天数比率", 85.0, "%", ">=", None),
        ("2", 2, "地表水达到或好于Ⅲ类水体比例", 80.0, "%", "=", None),
        ("3", 1, "招商引资到位资金", 85.0, "亿元", "=", None), ("3", 2, "新增经营主体", 3200.0, "户", "=", None),
    ]


def test_a_table_of_how_things_stood_in_a_year_before_the_documents_holds_no_targets():
    """指标名称 | 单位 | 2024年 attached to a standard dated 2025 gives the state it starts from, no goals; its year a goal
    (2025年目标) or not before the document's (2025年) the column holds goals."""
    from policydiff import parse_text
    from policydiff.targets import extract_targets

    def targets(column: str) -> list[tuple[str, float, int | None]]:
        document = parse_text("某市基本公共文化服务实施标准\n某市文化广电旅游局\n2025年3月10日\n一、服务标准\n"
                              "公共图书馆每年开展阅读推广活动不少于20场。全市主要指标如下：\n"
                              f"指标名称 | 单位 | {column}\n人均公共文化设施面积 | 平方米 | 0.21\n年人均到馆次数 | 次 | 0.52\n")
        return [(t.indicator, t.value, t.year) for t in extract_targets(document)]

    assert targets("2024年") == [("公共图书馆每年开展阅读推广活动", 20.0, None)]
    assert targets("2025年目标") == targets("2025年") == [
        ("公共图书馆每年开展阅读推广活动", 20.0, None), ("人均公共文化设施面积", 0.21, 2025), ("年人均到馆次数", 0.52, 2025)]


def test_an_earlier_year_column_not_before_the_documents_year_holds_targets_too():
    """2024年 | 2025年 | 2027年 in a plan dated 2025: 2025 and 2027 are both goals, 2024 is where things stand; without
    the document's date the last column alone is read."""
    from policydiff import parse_text
    from policydiff.targets import extract_targets

    text = ("某市花卉产业三年行动方案\n某市人民政府办公室\n2025年3月10日\n一、主要目标\n主要指标如下：\n"
            "指标名称 | 单位 | 2024年 | 2025年 | 2027年\n花卉种植面积 | 万亩 | 25 | 28 | 30\n花卉良种覆盖率 | % | 50 | 60 | ≥70\n")
    document = parse_text(text)
    assert document.meta.date == "2025-03-10"
    assert [(t.indicator, t.value, t.comparator, t.year) for t in extract_targets(document)] == [
        ("花卉种植面积", 28.0, "=", 2025), ("花卉种植面积", 30.0, "=", 2027),
        ("花卉良种覆盖率", 60.0, "=", 2025), ("花卉良种覆盖率", 70.0, ">=", 2027)]
    undated = parse_text(text.replace("2025年3月10日\n", ""))
    assert [(t.value, t.year) for t in extract_targets(undated)] == [(30.0, 2027), (70.0, 2027)]


def test_indicator_tables_with_two_header_rows_sums_and_other_values():
    """A second header row of years under 现状值 | 目标值 dates the target column; a sums column after
    the target year's (年均/累计) holds the target of a row with "—" under the year; a target cell may
    hold a range, a ratio, a value per year or a note in brackets after the value."""
    from policydiff import parse_text
    from policydiff.targets import extract_targets

    document = parse_text(
        "一、发展目标\n到2025年，主要指标如下：\n"
        "序号 | 指标名称 | 单位 | 现状值 | 目标值 | 年均/累计\n2020年 | 2025年\n"
        "1 | 城镇新增就业 | 万人 | — | — | [500]\n2 | 非常规水源利用量 | 亿立方米 | 4.6 | 5—8 | —\n"
        "3 | 农产品加工业产值与农业总产值比 | — | 2.2:1 | 2.8:1 | —\n4 | 首店数量 | 家 | 825 | ≥800/年 | —\n"
        "5 | 社会消费品零售总额年均增速 | % | — | 8左右（力争10） | —\n")
    assert [(t.indicator, t.value, t.unit, t.comparator, t.year, t.period) for t in extract_targets(document)] == [
        ("城镇新增就业", 500.0, "万人", "=", 2025, None),
        ("非常规水源利用量", (5.0, 8.0), "亿立方米", "=", 2025, None),
        ("农产品加工业产值与农业总产值比", "2.8:1", None, "=", 2025, None),
        ("首店数量", 800.0, "家", ">=", 2025, "yearly"),
        ("社会消费品零售总额年均增速", 8.0, "%", "approx", 2025, None),
    ]


def test_a_table_of_targets_by_year_is_read_a_cell_at_a_time():
    """年度 | 人工造林（亩） | 森林抚育（万亩）, then a row a year and one of sums: each cell is its column's
    target in its row's year, the sums keeping their label; a cell without a number gives none."""
    from policydiff import parse_text
    from policydiff.targets import extract_targets

    document = parse_text("一、分年度目标\n分年度目标任务见下表：\n年度　　人工造林（亩）　　森林抚育（万亩）\n"
                          "2024年　　3000　　5.0\n2025年　　2500　　—\n合计　　5500　　5.0\n")
    assert [(t.indicator, t.value, t.unit, t.year) for t in extract_targets(document)] == [
        ("人工造林", 3000.0, "亩", 2024), ("森林抚育", 5.0, "万亩", 2024), ("人工造林", 2500.0, "亩", 2025),
        ("人工造林合计", 5500.0, "亩", None), ("森林抚育合计", 5.0, "万亩", None),
    ]


def test_a_segment_of_many_quantities_is_read_in_linear_time():
    """A hostile or garbled text: one segment, no punctuation, thousands of quantities. Each quantity
    looks at what stands around it through windows and at the segment's first 每年 found once, and the
    segment's text is one string for all its targets: doubling the segment about doubles the time
    (it read 6.4×: every quantity copied the rest of the segment). Both sizes are measured in turn,
    best of five, so that the machine's drifting speed touches both alike."""
    from doubling import doubling_ratio

    from policydiff import parse_text

    small, large = (parse_text("一、目标\n" + "建设两个" * n + "。\n") for n in (10000, 20000))
    assert len(extract_targets(small)) == 10000 and len(extract_targets(large)) == 20000
    assert doubling_ratio(lambda: extract_targets(small), lambda: extract_targets(large), runs=5) < 3


def test_each_quantity_takes_the_deadline_in_force_where_it_stands():
    """Deadlines change along a sentence; each target takes the last one before it (found by
    bisection over the sentence's deadlines, so that thousands of them stay linear)."""
    found = sentence_targets("建成2个中心，到2025年建成3个中心，到2027年建成5个中心，“十四五”期间建成7个站点。")
    assert [(t.value, t.year, t.period) for t in found] == [
        (2.0, None, None), (3.0, 2025, None), (5.0, 2027, None), (7.0, 2025, "2021-2025")]


def test_a_change_against_the_year_before_is_a_goal_in_a_plan_and_a_fact_in_a_report():
    """较上年下降0.2个百分点 sets the year's goal in a plan (its title names one: 方案, 通知, 要点 …) and
    states what was in a report (公报, 报告, 通报 …), as in a text with no title."""
    from policydiff.parse import parse_text

    body = "\n\n一、主要目标\n\n（一）贷款利率。普惠小微企业贷款加权平均利率较上年下降0.2个百分点。\n\n（二）其他。加强管理。\n"
    found = {title: [(t.indicator, t.value, t.unit) for t in extract_targets(parse_text(title + body, "d"))]
             for title in ("关于做好2025年普惠信贷工作的通知", "2024年普惠信贷工作情况的通报")}
    assert found == {"关于做好2025年普惠信贷工作的通知": [("普惠小微企业贷款加权平均利率较上年下降", 0.2, "个百分点")],
                     "2024年普惠信贷工作情况的通报": []}


@pytest.mark.parametrize("first, second, same", [
    ("农村卫生厕所普及率", "卫生厕所普及率", True),
    ("农村问题厕所排查整改率", "农村问题厕所整改到位率", True),       # what one rates is named in the other
    ("高标准农田宜机化改造率", "高标准农田建设项目竣工验收合格率", False),  # two rates of one subject
    ("每千人口医疗卫生机构床位数", "全市每千人口医疗卫生机构床位数", True),
])
def test_same_indicator(first, second, same):
    from policydiff.targets import same_indicator

    assert same_indicator(first, second) is same


def test_a_row_of_a_task_table_is_read_cell_by_cell():
    """A row of a table that is no indicator table (a task table's) is read as prose cell by cell: no
    target runs across its cells, and a value alone in its cell takes its name from the cells before."""
    from policydiff.parse import parse_text

    text = ("某市工作要点\n\n一、重点任务\n\n（一）加强监管。加强食品安全监管。\n\n二、任务分工\n\n"
            "序号\t重点任务\t牵头单位\t完成时限\n7\t全市食品安全抽检量达到每千人6批次\t市市场监管局\t2024年11月底\n\n"
            "三、检查频次\n\n类型 | 频次\n飞行检查 | 每年不少于1次\n")
    found = [(t.clause, t.indicator, t.comparator, t.value, t.unit) for t in extract_targets(parse_text(text, "d"))]
    assert found == [("2", "全市食品安全抽检量", "=", 6.0, "批次"), ("3", "飞行检查", ">=", 1.0, "次")]


@pytest.mark.parametrize("sentence, expected", [
    # A measure named by its Latin abbreviation, in brackets after its name or alone, before a decimal.
    ("新建大型数据中心电能利用效率（PUE）降到1.25以下，存量数据中心PUE降至1.4以下。",
     [("新建大型数据中心电能利用效率（PUE）", 1.25, None, "<=", None, None), ("存量数据中心PUE", 1.4, None, "<=", None, None)]),
    # Computing time by the day, a Latin unit parted from its number by a space; a time in 毫秒.
    ("每年开放普惠算力不少于2000 PFLOPS·天，网络时延控制在1毫秒以内。",
     [("开放普惠算力", 2000.0, "PFLOPS·天", ">=", None, "yearly"), ("网络时延", 1.0, "毫秒", "<=", None, None)]),
    # Counts after what is formed or reached; a density per 10,000 workers.
    ("形成数据要素应用标杆案例50个，千兆光网覆盖家庭300万户，机器人密度达到每万名工人400台。",
     [("数据要素应用标杆案例", 50.0, "个", "=", None, None), ("覆盖家庭", 300.0, "万户", "=", None, None),
      ("机器人密度", 400.0, "台", "=", None, None)]),
    # A number of times with a bar before its verb, though a noun follows.
    ("每年至少更新1次大气污染源排放清单。", [("大气污染源排放清单", 1.0, "次", ">=", None, "yearly")]),
    # A grade bounding who is counted is no target; the share is.
    ("三级医院智慧服务分级评估达到3级以上的比例达到90%。",
     [("三级医院智慧服务分级评估达到3级以上的比例", 90.0, "%", "=", None, None)]),
    # Bringing others to act binds a count of them only with a bar.
    ("每年推动1000家以上企业“上云用数赋智”，推动4个国家级区域医疗中心建设。",
     [("企业“上云用数赋智”", 1000.0, "家", ">=", None, "yearly")]),
    # … or as a sum or a yearly count.
    ("累计推动5000家企业上云。", [("企业上云", 5000.0, "家", "=", None, None)]),
    ("每年支持100家企业开展技术改造。", [("企业开展技术改造", 100.0, "家", "=", None, "yearly")]),
])
def test_measures_by_abbreviation_computing_units_and_counts_brought_about(sentence, expected):
    assert fields(sentence_targets(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # One value that 分别 gives each indicator listed.
    ("二氧化硫、氮氧化物排放总量分别比2015年下降15%以上。",
     [("二氧化硫排放总量比2015年下降", 15.0, "%", ">=", None, None), ("氮氧化物排放总量比2015年下降", 15.0, "%", ">=", None, None)]),
    # A ratio is a pure number after its name; 三位一体 is a saying; hours of teaching; counts after 推介.
    ("炼焦产能与钢铁产能比达到0.4左右。", [("炼焦产能与钢铁产能比", 0.4, None, "approx", None, None)]),
    ("健全政策扶持、创业服务、创业培训三位一体的工作机制。", []),
    ("确保建一亩成一亩、建成一亩管好一亩。", []),
    # A rate of support (the share of a cost a subsidy pays) is a policy's standard, not a goal.
    ("对企业按设备投资额的10%给予奖励，按照贷款市场报价利率的50%给予贴息。", []),
    ("对符合条件的项目按照不超过总投资30%的比例给予支持，按照国拨经费的20%给予配套支持。", []),
    # … and so is the cap of a grant or a benefit in money; a money goal with its bar is one.
    ("给予补助，单个项目最高不超过500万元，创业担保贷款额度最高可达30万元。", []),
    ("到2025年，全市固定资产投资不超过500亿元。", [("全市固定资产投资", 500.0, "亿元", "<=", 2025, None)]),
    # … and so is any amount of money bounded from above: a fee's or a price's ceiling, a spending's, a grant's total.
    ("小型车首小时不超过5元，之后每小时不超过2元。保育教育费每生每月不超过680元，制氢用电价格不高于0.2元/千瓦时。", []),
    ("每桌标准不超过500元，本村村民之间随礼一般不超过200元，算力券每年发放总额不超过5000万元。", []),
    # … and so is the term of a loan, a subsidy or a contract; a length of schooling is a goal.
    ("住房公积金贷款期限最长30年，补贴期限最长6个月，租赁合同期限原则上3年。", []),
    ("劳动年龄人口平均受教育年限达到10.8年。", [("劳动年龄人口平均受教育年限", 10.8, "年", "=", None, None)]),
    # A rate bounding which are meant (…率高于12%的城市) is no goal; what they must do is.
    ("漏损率高于12%的城市力争漏损率下降3个百分点以上。", [("漏损率高于12%的城市力争漏损率下降", 3.0, "个百分点", ">=", None, None)]),
    # An assessment's weight or share of points (权重占比5%, 分值占比不低于15%) and a loan subsidy's points (贴息比例不超过1个
    # 百分点) are no goals.
    ("纳入年度绩效考核，权重占比5%，分值占比不低于15%。贷款贴息比例不超过1个百分点。", []),
    # … and the points a task weighs in the assessment it is made part of (纳入…综合考核，分值不低于3分).
    ("将普法工作纳入全市高质量发展综合绩效考核，分值不低于3分。", []),
    # A standard asked of what an inspection checks (是否不少于3平方米, 是否达到…不低于1:3, 是否分别不超过10人、15人) is no goal.
    ("重点检查婴幼儿室内人均使用面积是否不少于3平方米，保育人员与婴幼儿比例是否达到托小班不低于1:5的要求，班级规模是否分别"
     "不超过10人、15人。", []),
    # What has not passed a bound sets a case (未超过5例).
    ("在一个平均潜伏期内病例数未超过5例，启动应急响应。", []),
    # … and so does a degree's or a share's (满意度低于70%的，由…约谈).
    ("对群众满意度低于70%的，由市委组织部约谈主要负责同志；完成进度不足80%的，予以通报。", []),
    ("每学年开设创业课程不少于32学时。", [("每学年开设创业课程", 32.0, "学时", ">=", None, None)]),
    ("每年向社会推介乡村旅游重点村300个。", [("乡村旅游重点村", 300.0, "个", "=", None, "yearly")]),
    # The values of a list that qualifies who (…首次突破10亿元、50亿元的企业) are no goals; 逐步 between a
    # measure and its verb; 缩短 is a change; 覆盖 binds a count with a bar and stays in the name; a day's scope.
    ("对年营业收入首次突破10亿元、50亿元的工业企业，分别给予50万元、100万元奖励。", []),
    ("新建数据中心PUE值不高于1.3。", [("新建数据中心PUE值", 1.3, None, "<=", None, None)]),
    ("现有数据中心PUE逐步降到1.4以下，产品研制周期缩短25%。",
     [("现有数据中心PUE", 1.4, None, "<=", None, None), ("产品研制周期缩短", 25.0, "%", "=", None, None)]),
    ("安全监测覆盖10万家以上重点企业，已覆盖16个省份。", [("安全监测覆盖重点企业", 10.0, "万家", ">=", None, None)]),
    ("垃圾焚烧处理能力达到每日9000吨。", [("垃圾焚烧处理能力", 9000.0, "吨", "=", None, None)]),
    # An indicator's weight in an evaluation's score is no goal.
    ("一级指标：发展基础，权重20%；二级指标：核心产业规模（权重6%）。", []),
    # … nor is each weight of a list of them.
    ("三项指标权重分别为30%、40%、30%，一级指标权重70%、10%、20%，考核权重不低于20%。", []),
    # An evaluation's scoring rules: the points of a part, the steps and what they give, take or pay.
    ("完成情况占70分，每少1个扣0.5分，每少完成10%扣1分，每新认定1个省级智能工厂得3分，每新增1家奖励5万元。", []),
    # A scoring band (…的得6分, 低于80%不得分) and a time already spent, a condition of who qualifies, are no goals;
    # kilowatt-hours bound who is meant.
    ("资金支出率达到90%以上的得满分，80%（含）至90%的得6分，低于80%不得分。申报场景应已实际部署运行6个月以上。"
     "对年耗电量5000万千瓦时以上的数据中心开展重点监测。", []),
    # A grant's rate or amount named as such, a rate applied in a procedure and a grade already reached are no goals.
    ("补贴比例不超过企业实际投入的50%，首付款比例最低可按15%执行，企业已通过智能制造能力成熟度评估3级及以上。", []),
    # … so is a grant's amount with its bar, a grant's total, and a rate bounded by a share of a rate named with its
    # abbreviation in brackets.
    ("每件补贴不超过2000元，单个企业年度补贴总额不超过500万元，贴息比例不超过贷款市场报价利率（LPR）的50%。", []),
    # … so is the amount a grant pays per item, the share paid out at a stage, a loan's or a credit's limit, and a quota
    # on an assessment's grades; a limit raised from a baseline still names its goal (由60万元提高到70万元).
    ("单机补贴额不超过15万元，首期拨付比例不超过40%，单户额度不超过5万元。“好”等次比例不超过30%，优秀等次不超过4个。", []),
    # What is paid back at a rate (稳岗返还) is a standard of support.
    ("中小微企业按照上年度实际缴纳失业保险费的60%返还，大型企业按照30%返还。", []),
    # A rate bounding who is meant, with its bar (留用率达到50%以上的见习单位); a grant's amount (奖励50万元).
    ("对见习期满留用率达到50%以上的见习单位提高补贴标准，对新认定的企业奖励50万元。", []),
    # … but a count of what each place builds or brings is a goal, and a rate reached is one.
    ("每县建设1个中心，每县引进1个项目，供水普及率达到98%以上。",
     [("每县中心", 1.0, "个", "=", None, None), ("每县项目", 1.0, "个", "=", None, None),
      ("供水普及率", 98.0, "%", ">=", None, None)]),
    # Meetings held (召开) bind a number of times, maybe with to whom a duty is done between bar and verb (面向…);
    # what is attracted (吸引) is counted with its verb.
    ("每个改造小区至少召开1次居民议事会，每年至少面向区域内其他学校开展1次开放交流活动，吸引高校毕业生来济留济就业创业2.5万人。",
     [("每个改造小区居民议事会", 1.0, "次", ">=", None, None), ("开放交流活动", 1.0, "次", ">=", None, "yearly"),
      ("吸引高校毕业生来济留济就业创业", 2.5, "万人", "=", None, None)]),
    # … and so do facilities built alongside (配建) and reports published (刊发).
    ("每个改造小区至少配建1处便民服务设施，每季度至少刊发1篇典型经验报道。",
     [("每个改造小区便民服务设施", 1.0, "处", ">=", None, None), ("每季度典型经验报道", 1.0, "篇", ">=", None, None)]),
    # 带动 binds a count before whom it brings with a bar, like 推动; what a plan's works involve (涉及) is counted,
    # buildings (幢) too.
    ("力争到2026年底带动1000家以上制造业企业开展人工智能规模化应用。",
     [("制造业企业开展人工智能规模化应用", 1000.0, "家", ">=", 2026, None)]),
    ("2024年，全区改造老旧小区32个，涉及楼栋460幢、居民1.8万户。",
     [("老旧小区", 32.0, "个", "=", 2024, None), ("涉及楼栋", 460.0, "幢", "=", 2024, None),
      ("居民", 1.8, "万户", "=", 2024, None)]),
    # … but a rate raised is a goal, and so is a standard; bandwidth is measured in bps; an amount with its bar
    # qualifying what a share counts stays in the share's name.
    ("省级财政补助比例提高到60%，城乡居民医保人均财政补助标准新增30元，骨干直联点带宽扩容至3000Gbps，"
     "单户担保金额500万元及以下的业务占比不低于80%。",
     [("省级财政补助比例", 60.0, "%", "=", None, None), ("城乡居民医保人均财政补助标准新增", 30.0, "元", "=", None, None),
      ("骨干直联点带宽", 3000.0, "Gbps", "=", None, None),
      ("单户担保金额500万元及以下的业务占比", 80.0, "%", ">=", None, None)]),
    # What is put into service is counted like what is promoted (投放智能网联公交车200辆).
    ("投放智能网联公交车200辆，累计投放无人配送车500辆以上。",
     [("智能网联公交车", 200.0, "辆", "=", None, None), ("无人配送车", 500.0, "辆", ">=", None, None)]),
    # Titles a place strives to win are counted as what it creates (争创, not the 争 of 力争创建); orders delivered
    # are counted in 万单.
    ("争创国家级试点示范企业5家、示范街道（乡镇）10个，力争创建省级示范县2个，物流年配送量达到100万单。",
     [("国家级试点示范企业", 5.0, "家", "=", None, None), ("示范街道（乡镇）", 10.0, "个", "=", None, None),
      ("省级示范县", 2.0, "个", "=", None, None), ("物流年配送量", 100.0, "万单", "=", None, None)]),
    # What is added, laid out, fitted and doses given are counted; a count still closes its phrase before an aside on
    # what it counts; a concentration in water is in 毫克/升.
    ("新建污水处理厂1座（日处理能力3万吨），增设停车位1500个，布设智能监测终端2000个，配置垃圾收运车辆40台。",
     [("新建污水处理厂", 1.0, "座", "=", None, None), ("停车位", 1500.0, "个", "=", None, None),
      ("智能监测终端", 2000.0, "个", "=", None, None), ("垃圾收运车辆", 40.0, "台", "=", None, None)]),
    # The whole place counted over may stand between the verb and its number (完成全区286个…).
    ("2025年底前完成全区286个居民小区分类投放点规范化改造。",
     [("居民小区分类投放点规范化改造", 286.0, "个", "=", 2025, None)]),
    # Rounds and hand tools are counted (not 新一轮, 一把手); a count closing its item leaves the next item to the next
    # count (储备帐篷不少于200顶、折叠床不少于500张: not 储备帐篷、折叠床).
    ("开展联合检查不少于2轮，储备帐篷不少于200顶、扑火工具不少于300把。启动新一轮行动，落实一把手负责制。",
     [("开展联合检查", 2.0, "轮", ">=", None, None), ("储备帐篷", 200.0, "顶", ">=", None, None),
      ("扑火工具", 300.0, "把", ">=", None, None)]),
    # Talent brought in and grown (引育) is counted as talent brought in (引进); bodies put in order (整顿) as places put
    # right (整治).
    ("三年引育乡村工匠500名，年内整顿软弱涣散村党组织8个。",
     [("乡村工匠", 500.0, "名", "=", None, None), ("软弱涣散村党组织", 8.0, "个", "=", None, None)]),
    # A facility's phase is its name (计算中心二期, 污水处理厂三期); sessions held are counted (培训班3期).
    ("加快建设人工智能计算中心二期、污水处理厂三期等重大项目，全年举办培训班3期。", [("培训班", 3.0, "期", "=", None, None)]),
    # Pipes laid, meters replaced, ditches cleared and who benefits are counted with their verb.
    ("新铺设污水管网8.5公里，更换智能水表2万只，全年清理沟渠120公里，惠及居民860户。",
     [("铺设污水管网", 8.5, "公里", "=", None, None), ("更换智能水表", 2.0, "万只", "=", None, None),
      ("清理沟渠", 120.0, "公里", "=", None, None), ("惠及居民", 860.0, "户", "=", None, None)]),
    # Stretches of a river and cases are counted (段, 例); so is what is repaired, or created and staged, with its verb.
    ("建成幸福河湖示范河段3段、县级美丽河湖2条，修复水毁工程12处。年开展远程会诊不少于3000例。创作排演大型现代吕剧1部。",
     [("幸福河湖示范河段", 3.0, "段", "=", None, None), ("县级美丽河湖", 2.0, "条", "=", None, None),
      ("修复水毁工程", 12.0, "处", "=", None, None), ("年开展远程会诊", 3000.0, "例", ">=", None, None),
      ("创作排演大型现代吕剧", 1.0, "部", "=", None, None)]),
    # What is cut by an amount, closed or sealed is counted with its verb; so is what is built new or rebuilt (新（改）建).
    ("压减地下水开采量1900万立方米，封填废弃机井420眼，全年新（改）建农村户厕1200座。",
     [("压减地下水开采量", 1900.0, "万立方米", "=", None, None), ("封填废弃机井", 420.0, "眼", "=", None, None),
      ("新（改）建农村户厕", 1200.0, "座", "=", None, None)]),
    # Standards drafted or revised are counted with their verb, each of a list its own; not what a revised text holds.
    ("主导或参与制修订国际标准3项、国家标准40项，制定地方标准30项。修订后的《条例》共七章52条。",
     [("制修订国际标准", 3.0, "项", "=", None, None), ("国家标准", 40.0, "项", "=", None, None),
      ("制定地方标准", 30.0, "项", "=", None, None)]),
    # Loans issued, people placed in work or sent to work elsewhere, land secured, revenue made and the year's planned
    # investment count with their verb; not a 最低生活保障标准, nor a saying (实现改造一片、管好一片), nor a table's
    # amount after a payment's verb (一次性发放).
    ("全年发放创业担保贷款3亿元，安置就业困难人员800人，输转城乡富余劳动力8.5万人次，实现劳务收入21亿元。",
     [("发放创业担保贷款", 3.0, "亿元", "=", None, None), ("安置就业困难人员", 800.0, "人", "=", None, None),
      ("输转城乡富余劳动力", 8.5, "万人次", "=", None, None), ("实现劳务收入", 21.0, "亿元", "=", None, None)]),
    ("保障重点项目用地1.5万亩，重点项目年度计划投资680亿元，盘活利用闲置农房200宗。",
     [("保障重点项目用地", 1.5, "万亩", "=", None, None), ("重点项目年度计划投资", 680.0, "亿元", "=", None, None),
      ("盘活利用闲置农房", 200.0, "宗", "=", None, None)]),
    ("生活标准不低于最低生活保障标准的1.3倍，实现改造一片、管好一片，补贴一次性发放，硕士5万元。", []),
    # What is fitted to what was built, pulled down or offered counts with its verb; trees planted are counted.
    ("新打机井1200眼，配套井电1100眼，拆除违章建筑和残垣断壁2000处，提供就业岗位5万个，全市植树50万株。",
     [("机井", 1200.0, "眼", "=", None, None), ("配套井电", 1100.0, "眼", "=", None, None),
      ("拆除违章建筑和残垣断壁", 2000.0, "处", "=", None, None), ("提供就业岗位", 5.0, "万个", "=", None, None),
      ("全市植树", 50.0, "万株", "=", None, None)]),
    # A noise level in decibels (not 55 分 and 贝).
    ("城区区域环境噪声平均值控制在55分贝以下。", [("城区区域环境噪声平均值", 55.0, "分贝", "<=", None, None)]),
    # Problems a leader takes charge of are counted (领办).
    ("党委书记每年至少领办1个基层治理重点难题。", [("党委书记每年基层治理重点难题", 1.0, "个", ">=", None, "yearly")]),
    # A grant's rate or a loan's limit raised from a baseline names its goal, the baseline left out.
    ("贷款最高额度由60万元提高到70万元。设备投资补助比例由原来的6%提高到8%。",
     [("贷款最高额度", 70.0, "万元", "=", None, None), ("设备投资补助比例", 8.0, "%", "=", None, None)]),
    # What is brought together is counted with its verb (整合); what is left of a whole after a verb of doing is the
    # count to do (完成剩余38个), not a grant's last part handed down (下达剩余20%).
    ("整合社会运力车辆10万辆，完成剩余38个入河排污口整治。验收合格后下达剩余20%。",
     [("整合社会运力车辆", 10.0, "万辆", "=", None, None), ("入河排污口整治", 38.0, "个", "=", None, None)]),
    # … and so is all of a whole (完成全部27个…修订).
    ("2025年底前完成全部27个职称系列评价标准修订。", [("职称系列评价标准修订", 27.0, "个", "=", 2025, None)]),
    # What is saved is counted with its verb (节约能源).
    ("“十二五”期间实现节约能源350万吨标准煤。", [("节约能源", 350.0, "万吨标准煤", "=", 2015, "2011-2015")]),
    # Head of livestock, large and small together (头只).
    ("牲畜年度存栏稳定在1600万头只左右。", [("牲畜年度存栏", 1600.0, "万头只", "approx", None, None)]),
    ("免费接种流感疫苗10万剂次，进水生化需氧量浓度达到100毫克/升以上。",
     [("流感疫苗", 10.0, "万剂次", "=", None, None), ("进水生化需氧量浓度", 100.0, "毫克/升", ">=", None, None)]),
])
def test_one_value_for_each_ratios_sayings_and_hours(sentence, expected):
    assert fields(sentence_targets(sentence)) == expected


def test_values_listed_before_the_last_take_its_unit_and_comparator():
    """分别压缩至3个、4个工作日以内: the first value is in 个工作日 too, and at most; so are bare numbers listed before it
    (分别不超过20、10个工作日); a time in seconds is read."""
    assert [(t.value, t.unit, t.comparator) for t in sentence_targets(
        "用水、用气报装办理时间分别压缩至3个、4个工作日以内，平均等待时长不超过20秒。")] == [
        (3.0, "个工作日", "<="), (4.0, "个工作日", "<="), (20.0, "秒", "<=")]
    # (The first item takes the measure after the last, 审批时间 (_shared_head); that 阶段 is shared too the words do not
    # tell.)
    assert [(t.indicator, t.value, t.unit, t.comparator) for t in sentence_targets(
        "工程建设许可、施工许可阶段审批时间分别不超过20、10个工作日。")] == [
        ("工程建设许可审批时间", 20.0, "个工作日", "<="), ("施工许可阶段审批时间", 10.0, "个工作日", "<=")]


def test_a_column_of_what_is_expected_after_the_goals_holds_no_goal():
    """序号 | 指标名称 | 单位 | 2025年基期 | 2030年目标 | 2028年预计 | 进度评价 in a mid-term evaluation: the goal is the
    2030 column's, the 2028 estimate is what was reached. (The section reports how the indicators came out, in a report
    of 2028: the goals it restates for 2030 stand.)"""
    from policydiff.parse import parse_text

    document = parse_text("二、主要指标完成情况\n序号\t指标名称\t单位\t2025年基期\t2030年目标\t2028年预计\t进度评价\n"
                          "1\t常住人口城镇化率\t%\t60.3\t65\t62.1\t滞后\n2\t森林覆盖率\t%\t52.1\t53\t52.8\t符合预期\n")
    document = dataclasses.replace(document, meta=Meta(title="某市“十五五”规划纲要中期评估报告", date="2028-10-26"))
    assert [(t.indicator, t.value, t.unit, t.year) for t in extract_targets(document)] == [
        ("常住人口城镇化率", 65.0, "%", 2030), ("森林覆盖率", 53.0, "%", 2030)]


def test_the_old_value_of_a_revised_goal_is_no_goal():
    """建议将…2030年目标由65%调整为63.5%: 65% is the goal being replaced, a starting value as in 由60%提高到65%."""
    assert 65.0 not in [t.value for t in sentence_targets("建议将常住人口城镇化率2030年目标由65%调整为63.5%。")]
    assert [t.value for t in sentence_targets("城镇化率由60%提高到65%。")] == [65.0]
    # (… and after a verb of one character: 由目前的20%降至15%以下, the loss brought down to 15 %, at most.)
    assert [(t.indicator, t.value, t.comparator) for t in sentence_targets("城市供热管网热损失率由目前的20%降至15%以下。")] \
        == [("城市供热管网热损失率", 15.0, "<=")]


def test_a_list_of_changes_is_no_share():
    """地区生产总值增长6%左右、规模以上工业增加值增长7%以上、固定资产投资增长5%: each item a change of its own, not a share
    (6%…的比例) naming the rest of the list."""
    assert fields(sentence_targets("全市地区生产总值增长6%左右、规模以上工业增加值增长7%以上、固定资产投资增长5%。", plan=True)) == [
        ("全市地区生产总值增长", 6.0, "%", "approx", None, None), ("规模以上工业增加值增长", 7.0, "%", ">=", None, None),
        ("固定资产投资增长", 5.0, "%", "=", None, None)]


def test_points_a_rate_rises_by_are_no_count_of_what_a_verb_makes():
    """接种率较上年提高5个百分点 in a plan: the rate's whole name, not 率 after 接种 or 安装 read as a verb of making."""
    assert fields(sentence_targets("接种率较上年提高5个百分点，安装率较上年提高3个百分点。", plan=True)) == [
        ("接种率较上年提高", 5.0, "个百分点", "=", None, None), ("安装率较上年提高", 3.0, "个百分点", "=", None, None)]


def test_an_indicator_table_attached_after_the_text_belongs_to_the_clause_referring_to_it():
    """主要指标详见附件 / … / 附件 / 主要指标 / 序号 指标 单位 2025年 2027年: the table's rows join the clause that
    refers to it, as a table in the body stands in the clause above it; without the reference, or for an
    attachment that is no indicator table, nothing joins."""
    from policydiff.parse import parse_text

    body = ("某市智能网联汽车产业发展行动方案\n一、发展目标\n（一）总体目标。到2027年，产业规模显著壮大。{reference}\n"
            "二、保障措施\n（一）加强组织领导。成立工作专班。\n附件\n某市智能网联汽车产业主要指标\n"
            "序号\t指标\t单位\t2025年\t2027年\n1\t产业规模\t亿元\t300\t500\n2\t开放测试道路里程\t公里\t500\t1000\n")
    referring = parse_text(body.format(reference="主要指标详见附件。"))
    assert [(t.clause, t.indicator, t.value, t.unit, t.year) for t in extract_targets(referring)] == [
        ("1.1", "产业规模", 500.0, "亿元", 2027), ("1.1", "开放测试道路里程", 1000.0, "公里", 2027)]
    assert referring.clause("1.1").sentences[-1] == "2 | 开放测试道路里程 | 公里 | 500 | 1000"
    assert list(extract_targets(parse_text(body.format(reference="")))) == []


def test_a_table_of_places_attached_as_a_schedule_belongs_to_the_clause_referring_to_it():
    """具体任务见附表 / … / 附表：…目标任务分解表 / 序号 | 镇（街道） | 新签约亿元以上项目（个） | …: the schedule ends the
    text and its rows, numbered before their places, are the targets of the clause referring to it."""
    from policydiff.parse import parse_text

    document = parse_text("一、重点任务\n（一）镇街招商任务。全年各镇（街道）新签约亿元以上项目不少于4个，具体任务见附表。\n"
                          "二、保障措施\n（一）落实激励政策。奖励资金由区财政局负责保障。\n附表：某区2026年镇（街道）招商引资目标任务分解表\n"
                          "序号 | 镇（街道） | 新签约亿元以上项目（个） | 实际到位省外资金（亿元）\n1 | 城关街道 | 5 | 14\n"
                          "2 | 溪口镇 | 4 | 10\n")
    assert [(t.clause, t.indicator, t.value, t.unit) for t in extract_targets(document)] == [
        ("1.1", "全年各镇（街道）新签约亿元以上项目", 4.0, "个"), ("1.1", "城关街道新签约亿元以上项目", 5.0, "个"),
        ("1.1", "城关街道实际到位省外资金", 14.0, "亿元"), ("1.1", "溪口镇新签约亿元以上项目", 4.0, "个"),
        ("1.1", "溪口镇实际到位省外资金", 10.0, "亿元")]
    assert document.clause("2.1").text == "奖励资金由区财政局负责保障。"


def test_a_unit_reviewing_what_was_done_holds_results_not_goals():
    """一、2024年工作回顾 (a work report's review), 第一章 发展基础与面临形势 and the units under them report what was done:
    no targets there; the year's goals after them are. A task heading naming a base to build (夯实发展基础) is no
    review."""
    from policydiff.parse import parse_text

    document = parse_text("一、2024年工作回顾\n（一）经济稳中向好。全年实施重点项目286个，新建农村公路312公里。\n"
                          "二、发展基础与面临形势\n全市高新技术企业达到186家。\n"
                          "三、2025年重点工作\n（一）扩大有效投资。全年实施重点项目300个以上，新建农村公路300公里。\n"
                          "（二）夯实发展基础。新增高新技术企业40家。\n")
    assert [(t.clause, t.value, t.unit) for t in extract_targets(document)] == [
        ("3.1", 300.0, "个"), ("3.1", 300.0, "公里"), ("3.2", 40.0, "家")]
    # A report's sections on how things stand (总体情况, 存在问题), not an assessment's criterion (任务完成情况).
    report = parse_text("一、总体情况\n（一）投资完成情况。全市重点项目完成投资1021.6亿元。\n二、存在问题\n仍有67个项目未开工。\n"
                        "三、考核内容\n（一）任务完成情况。高标准农田任务完成率达到100%。\n")
    assert [(t.clause, t.value, t.unit) for t in extract_targets(report)] == [("3.1", 100.0, "%")]
    # … and a mid-term evaluation's account of how the plan stands (规划实施总体情况), a plan's achievements (发展成就).
    evaluation = parse_text("一、规划实施总体情况\n\n2027年地区生产总值达到5620亿元。\n\n二、“十四五”时期发展成就\n\n"
                            "全省高新技术企业数量突破1.1万家。\n\n三、下一步工作\n\n每年实施重大项目300个以上。\n")
    assert [(t.clause, t.value, t.unit) for t in extract_targets(evaluation)] == [("3", 300.0, "个")]
    # … and a plan's account of what it builds on (基础与优势, 现实基础).
    for heading in ("基础与优势", "现实基础"):
        plan = parse_text(f"一、{heading}\n全省高新技术企业达到3903家，众创空间131家。\n二、发展目标\n到2020年，高新技术企业达到6000家。\n")
        assert [(t.clause, t.value, t.unit) for t in extract_targets(plan)] == [("2", 6000.0, "家")]
    # … and the review of a legal education plan's five years, named by their ordinal (“七五”普法工作回顾).
    legal = parse_text("一、“七五”普法工作回顾\n五年来，全市累计开展法治宣传活动1.2万余场次，培养农村“法律明白人”12600名。\n"
                       "二、主要目标\n到2025年，培养农村“法律明白人”15000名。\n")
    assert [(t.clause, t.value, t.unit) for t in extract_targets(legal)] == [("2", 15000.0, "名")]
    # … and a unit whose heading opens with a year before the document's own, as a 解读's question on the year's results
    # (a heading of the year's goals stays a plan's).
    jiedu = parse_text("洪州市2026年政府工作报告解读\n发布时间：2026-02-10\n一、2025年全市经济交出了怎样的成绩单？\n"
                       "全市地区生产总值达到4216亿元，增长5.6%。\n二、2026年主要预期目标是如何确定的？\n"
                       "地区生产总值增长5.5%左右。\n三、2025年度目标任务有哪些没有完成？\n力争完成投资300亿元。\n")
    assert [(t.clause, t.value, t.unit) for t in extract_targets(jiedu)] == [("2", 5.5, "%"), ("3", 300.0, "亿元")]
    # … and a township's year's summary before its next year's plan (2025年工作总结).
    summary = parse_text("一、2025年工作总结\n（一）经济运行稳中有进。全年完成固定资产投资4.2亿元，新增市场主体146户。\n"
                         "二、2026年工作计划\n（一）聚力招商引资。全年完成固定资产投资5亿元以上，新增市场主体150户。\n")
    assert [(t.clause, t.value, t.unit) for t in extract_targets(summary)] == [("2.1", 5.0, "亿元"), ("2.1", 150.0, "户")]


def test_a_speech_weighing_what_the_year_achieved_reports_results():
    """A speech's section heading that weighs the year's achievements and draws resolve from them
    (充分肯定过去一年取得的成绩，进一步坚定…信心) reports what was done; its next section's goals stand. A heading
    that only draws resolve (坚定信心，…) reviews nothing."""
    from policydiff.parse import parse_text

    document = parse_text("一、充分肯定过去一年取得的成绩，进一步坚定做好经济工作的信心\n\n全年新增规模以上工业企业156家，城镇新增就业6.8万人。\n\n"
                          "二、坚定发展信心，扎实做好今年经济工作\n\n城镇新增就业6.5万人以上。\n")
    assert [(t.clause, t.value, t.unit) for t in extract_targets(document)] == [("2", 6.5, "万人")]


def test_an_account_of_how_work_a_plan_or_its_tasks_came_out_reports_results_but_may_restate_goals():
    """2025年工作完成情况, 2025年国民经济和社会发展计划执行情况, 2025年预算执行情况, 主要指标完成情况, 重点任务推进情况, 主要做法和成效 and an
    evaluation's findings (评估结果) report what was done, in a report of 2026; a goal such an account restates for a
    year after the report's own (《行动计划》提出到2027年…) is still one, and the next year's goals after it stand."""
    from policydiff.parse import parse_text

    text = ("一、2025年工作完成情况\n（一）稳就业成效明显。全市城镇新增就业4.62万人，城镇调查失业率控制在5.1%。\n"
            "二、2025年国民经济和社会发展计划执行情况\n全县地区生产总值完成286.5亿元，增长5.7%。\n"
            "三、主要指标完成情况\n（一）数字化水平稳步提升。关键工序数控化率达到62.4%，《行动计划》提出到2027年关键工序数控化率达到70%。\n"
            "四、重点任务推进情况\n累计培育省级智能工厂23家。\n五、主要做法和成效\n抽查设施正常运行率达到98.5%。\n"
            "六、评估结果\n农村自来水普及率达到93.8%。\n七、2025年预算执行情况\n全县一般公共预算收入完成15.86亿元，增长4.3%。\n"
            "八、《规划》目标总体实现情况\n城市社区家长学校覆盖率达到94.5%。\n九、2026年工作打算\n全市城镇新增就业4.5万人以上。\n")
    document = dataclasses.replace(parse_text(text), meta=Meta(title="某市2025年工作总结和2026年工作打算", date="2026-01-15"))
    assert [(t.clause, t.value, t.unit, t.year) for t in extract_targets(document)] == [
        ("3.1", 70.0, "%", 2027), ("9", 4.5, "万人", None)]


def test_a_rectification_plans_finding_holds_no_goal_and_its_measures_label_names_none():
    """问题表现：…有3个补充耕地项目未按期实施，涉及耕地面积215亩 states the problem found, and so do what an audit found
    (审计发现，…) and how far it was put right (整改情况：…); the goals are the measures' (整改措施：…完成3个补充耕地项目验收),
    whose label is no part of the indicator."""
    sentences = ("问题表现：2024年度方案中，有3个补充耕地项目未按期实施，涉及耕地面积215亩。",
                 "审计发现，12个部门年初预算调整率超过20%。", "整改情况：已盘活2个，涉及资金380万元。",
                 "整改措施：2026年3月底前完成3个补充耕地项目验收，新增耕地面积不少于215亩；")
    clause = Clause("2.1", 2, "关于耕地进出平衡落实不到位的问题", "".join(sentences), sentences)
    document = Document("test", Meta(title="某县自然资源局整改方案", date="2025-12-20"), (clause,))
    assert [(t.sentence, t.indicator, t.value, t.unit) for t in extract_targets(document)] == [
        (3, "补充耕地项目验收", 3.0, "个"), (3, "新增耕地面积", 215.0, "亩")]


def test_a_circumstance_a_rule_lists_holds_thresholds_not_goals():
    """有下列情形之一的，应当追责：…（五）…升幅超过10%，或者…下降5个百分点以上，未采取有效措施的；: an item closed by 的 is a
    circumstance, its numbers the thresholds of who is meant; an item of goals after it is read."""
    sentences = ("年度考核中，细颗粒物年均浓度不降反升且升幅超过10%，或者地表水国控断面水质优良比例下降5个百分点以上，未采取有效措施的；",
                 "到2027年，生态环境损害责任追究实现全覆盖。")
    clause = Clause("2.5", 2, "", "".join(sentences), sentences)
    document = Document("test", Meta(title="某省生态环境损害责任追究实施办法", date="2025-06-01"), (clause,))
    assert [(t.sentence, t.value, t.unit) for t in extract_targets(document)] == [(1, 100.0, "%")]


def test_a_worked_example_holds_no_goals():
    """A reading's worked example (1. 设备投资补助示例, 贷款贴息算例) computes the sums an imagined firm would get: no goals
    there, in the unit or the units under it; the goals the reading restates elsewhere stand."""
    from policydiff.parse import parse_text

    document = parse_text("一、主要目标是什么？\n力争到2026年，建成省级以上智能制造示范工厂30家。\n"
                          "二、企业能获得多少支持？请举例说明\n1. 设备投资补助示例。A企业设备投资额2000万元，按8%可获补助160万元，"
                          "合计获得支持180万元。\n2. 贷款贴息算例。B企业贷款3000万元，两年合计约103.5万元。\n")
    assert [(t.clause, t.value, t.unit) for t in extract_targets(document)] == [("1", 30.0, "家")]


def test_conditions_of_a_response_or_an_application_are_no_goals():
    """启动条件 / （1）死亡（含失踪）10人以上 and 申报条件 hold thresholds of what qualifies; so does a sentence setting when a
    response level starts (…5人以上10人以下的，启动Ⅱ级响应); the plan's own goals stand."""
    from policydiff.parse import parse_text

    document = parse_text("一、应急响应\n（一）启动条件\n1.死亡（含失踪）10人以上；\n2.紧急转移安置1万人以上。\n"
                          "（二）Ⅱ级响应\n一次灾害过程死亡5人以上10人以下的，启动Ⅱ级响应。\n"
                          "二、申报条件\n企业上年度营业收入不低于5000万元。\n"
                          "三、保障措施\n储备帐篷不少于200顶。\n")
    assert [(t.clause, t.value, t.unit) for t in extract_targets(document)] == [("3", 200.0, "顶")]
    # … and the conditions of who may be sent or chosen (选派条件, 报名条件).
    for heading in ("选派条件", "报名条件"):
        sent = parse_text(f"一、{heading}\n1．从事相关专业工作3年以上。\n二、工作任务\n每名特派员每年服务不少于60天。\n")
        assert [(t.clause, t.value, t.unit) for t in extract_targets(sent)] == [("2", 60.0, "天")]


def test_the_items_of_conditions_listed_are_no_goals():
    """第六条 申请从事网约车经营的，应当具备以下条件： / （二）…办公场所面积不少于100平方米: the items a unit leads into as the
    conditions to meet are thresholds of who qualifies; the items of another unit's list are goals."""
    from policydiff.parse import parse_text

    document = parse_text("第一章 许可\n第六条 申请从事网约车经营的，应当具备以下条件：\n（一）具有企业法人资格；\n"
                          "（二）办公场所面积不少于100平方米；\n（三）每1000辆车配备专职安全管理人员不少于2名。\n"
                          "第七条 市交通运输局应当做好以下工作：\n（一）每年至少开展1次服务质量信誉考核；\n"
                          "（二）建成监管信息平台1个。\n")
    assert [(t.clause, t.value, t.unit) for t in extract_targets(document)] == [("1.7.1", 1.0, "次"), ("1.7.2", 1.0, "个")]


def test_a_work_reports_review_reports_and_its_years_work_sets_goals():
    """A 政府工作报告 reviews a year and a plan period together (2025年和“十四五”工作回顾: results) and sets out the next
    year's work (2026年工作安排), whose change against the year before (比上年增长5%) is a goal though the document is
    a report; a plan dividing the report's tasks (《政府工作报告》重点工作任务分解方案) is a plan, whatever its title cites."""
    from policydiff.parse import parse_text

    text = ("一、2025年和“十四五”工作回顾\n全县一般公共预算收入17.82亿元，增长6.3%；城镇新增就业4368人。\n"
            "二、2026年工作安排\n一般公共预算收入比上年增长5%，城镇新增就业4200人以上。\n")
    report = dataclasses.replace(parse_text(text), meta=Meta(title="2026年青岚县政府工作报告", date="2026-01-20"))
    assert [(t.clause, t.indicator, t.value, t.unit) for t in extract_targets(report)] == [
        ("2", "一般公共预算收入比上年增长", 5.0, "%"), ("2", "城镇新增就业", 4200.0, "人")]
    division = dataclasses.replace(parse_text("一、重点任务\n一般公共预算收入比上年增长5%。\n"), meta=Meta(
        title="关于印发青岚县2026年《政府工作报告》重点工作任务分解方案的通知", date="2026-02-01"))
    assert [(t.indicator, t.value) for t in extract_targets(division)] == [("一般公共预算收入比上年增长", 5.0)]


def test_a_clause_referring_to_an_attached_table_of_goals_by_year_holds_its_rows():
    """年度建设任务详见附件 / … / 附件 / 年度 | 新增公共停车泊位（个） | …: the attached table's rows by year are the clause's
    goals, each for its year."""
    from policydiff.parse import parse_text

    document = parse_text("一、建设任务\n（一）明确建设目标。2025年至2027年，全市新增公共停车泊位3万个以上。年度建设任务详见附件。\n"
                          "（二）加强组织领导。各区落实责任。\n\n附件：停车设施年度建设任务表\n\n某市人民政府\n2025年3月1日\n\n附件\n\n"
                          "停车设施年度建设任务表\n\n年度\t新增公共停车泊位（个）\t建成立体停车库（座）\n2025年\t8000\t10\n"
                          "2026年\t10000\t12\n")
    assert [(t.clause, t.indicator, t.value, t.unit, t.year) for t in extract_targets(document)] == [
        ("1.1", "公共停车泊位", 3.0, "万个", 2027), ("1.1", "新增公共停车泊位", 8000.0, "个", 2025),
        ("1.1", "建成立体停车库", 10.0, "座", 2025), ("1.1", "新增公共停车泊位", 10000.0, "个", 2026),
        ("1.1", "建成立体停车库", 12.0, "座", 2026)]


def test_a_reports_accounts_of_how_things_stand_report_results():
    """In a report (关于…国有资产管理情况的综合报告), a unit giving an account of how things stand or went (一、国有资产总体情况,
    二、国有资产管理工作情况) reports the year's results, however its sentences are worded (资本充足率达到13.9%, 全年完成…);
    its next year's work sets goals. The same units in a plan hold goals."""
    from policydiff.parse import parse_text

    text = ("一、国有资产总体情况\n（一）金融企业国有资产。不良贷款率1.63%，资本充足率达到13.9%。\n"
            "二、国有资产管理工作情况\n（一）深化国企改革。全年完成企业重组整合12户，审议意见整改完成率达到100%。\n"
            "三、下一步工作安排\n（一）提升国资效益。力争市属企业营业收入增长6%以上。\n")
    report = dataclasses.replace(parse_text(text), meta=Meta(
        title="关于2023年度嵘城市国有资产管理情况的综合报告", date="2024-10-22"))
    assert [(t.clause, t.value, t.unit) for t in extract_targets(report)] == [("3.1", 6.0, "%")]
    plan = dataclasses.replace(parse_text(text), meta=Meta(title="嵘城市国有资产管理提升行动方案", date="2024-10-22"))
    assert [(t.clause, t.value) for t in extract_targets(plan)] == [
        ("1.1", 1.63), ("1.1", 13.9), ("2.1", 12.0), ("2.1", 100.0), ("3.1", 6.0)]


def test_a_statistical_communique_and_a_periods_account_report_results():
    """A 统计公报 reports the year's figures throughout; an analysis's account of a part of the year (上半年全市经济运行总体情况)
    and the problems it sees (经济运行中需要关注的问题) report results too, the recommendations after them set goals."""
    from policydiff.parse import parse_text

    bulletin = dataclasses.replace(parse_text("一、综合\n全年城镇新增就业5126人，常住人口城镇化率达到53.63%。\n二、农业\n新建高标准农田2.1万亩。\n"),
                                   meta=Meta(title="禾丰县2024年国民经济和社会发展统计公报", date="2025-03-28"))
    assert extract_targets(bulletin) == ()
    analysis = dataclasses.replace(parse_text(
        "一、上半年全市经济运行总体情况\n（一）投资结构持续优化。工业投资增长13.1%，新开工亿元以上项目87个。\n"
        "二、经济运行中需要关注的问题\n（一）投资增长后劲不足。上半年全市民间投资下降3.4%。\n"
        "三、下半年工作建议\n（一）全力以赴抓项目。下半年新开工亿元以上项目不少于80个。\n"),
        meta=Meta(title="临江市2025年上半年经济运行情况分析", date="2025-07-25"))
    assert [(t.clause, t.value, t.unit) for t in extract_targets(analysis)] == [("3.1", 80.0, "个")]



@pytest.mark.parametrize("sentence, expected", [
    # The one team a plan would build as it praises it is a way of speaking; a team set up is counted.
    ("打造一支“有文化、懂技术、善经营、会管理”的高素质农民队伍，组建一支镇级应急扑火队伍。",
     [("镇级应急扑火队伍", 1.0, "支")]),
    # A condition opened by 凡 holds a threshold; a goal after it is read.
    ("凡有一项没有达到基本条件的，一律停产整顿；凡年产值超过500万元的企业，每年至少开展2次检查。", [("检查", 2.0, "次")]),
])
def test_ways_of_speaking_conditions_and_results_since_a_year_are_no_goals(sentence, expected):
    assert [(t.indicator, t.value, t.unit) for t in sentence_targets(sentence)] == expected



def test_what_was_done_since_a_year_of_the_last_century_is_a_result():
    """1999年以来，…安排该项目2亿元 in a letter of 2004 reports what was given, as 2015年以来 does."""
    from policydiff.parse import parse_text

    document = dataclasses.replace(parse_text("一、关于项目\n1999年以来，已在国债中安排该项目2亿元，其中2003年安排了9000万元。\n"),
                                   meta=Meta(title="国务院办公厅关于湖北省有关问题的函", date="2004-05-10"))
    assert extract_targets(document) == ()



def test_a_performance_target_table_names_its_indicators_by_their_last_level():
    """一级指标 | 二级指标 | 三级指标 | 指标值, the levels spanning the rows below (a department's 绩效目标表): each row's target is
    its value cell, named by its last level."""
    from policydiff.parse import parse_text

    document = parse_text("一、年度绩效目标\n\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t新建高标准农田面积\t≥2.8万亩\n"
                          "\t\t农民技能培训人次\t≥3000人次\n\t质量指标\t农产品质量安全例行监测合格率\t≥98%\n"
                          "效益指标\t满意度指标\t农户满意度\t≥90%\n")
    assert [(t.indicator, t.comparator, t.value, t.unit) for t in extract_targets(document)] == [
        ("新建高标准农田面积", ">=", 2.8, "万亩"), ("农民技能培训人次", ">=", 3000.0, "人次"),
        ("农产品质量安全例行监测合格率", ">=", 98.0, "%"), ("农户满意度", ">=", 90.0, "%")]



def test_capacities_energy_per_ton_and_capacity_retired_are_read():
    """千伏安 (a transformer's capacity), 千克标准煤/吨 (energy per ton of product) are units; what is retired counts with
    its verb's object (退出钢铁落后产能120万吨)."""
    assert [(t.indicator, t.value, t.unit) for t in sentence_targets(
        "到2025年，全省退出钢铁落后产能120万吨，新增变电容量120万千伏安，水泥熟料单位产品综合能耗降至105千克标准煤/吨以下。")] == [
        ("钢铁落后产能", 120.0, "万吨"), ("变电容量", 120.0, "万千伏安"), ("水泥熟料单位产品综合能耗", 105.0, "千克标准煤/吨")]



def test_a_count_after_what_is_built_or_chosen_and_the_years_up_to_now_in_digits():
    """构建1000个以上的数据训练集 and 优选244家服务业企业 count what is built or chosen; 近5年来，… reports results, as 近年来 does."""
    assert [(t.indicator, t.value, t.comparator) for t in sentence_targets(
        "构建1000个以上的数据训练集，优选244家服务业企业纳入特色品牌工程。")] == [
        ("数据训练集", 1000.0, ">="), ("服务业企业纳入特色品牌工程", 244.0, "=")]
    from policydiff.parse import parse_text

    document = dataclasses.replace(parse_text("一、现状\n近5年来，全国城市平均年节水量约35亿立方米，重复利用率提高到70.7%。\n"),
                                   meta=Meta(title="关于城市节水工作的复函", date="2004-06-01"))
    assert extract_targets(document) == ()
