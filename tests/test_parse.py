"""The clause tree of the bundled corpus and the traps in it (DOMAIN.md)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policydiff import InputError, PolicydiffError, parse_text, read_document, split_sentences
from policydiff.parse import extract_agencies

from conftest import CORPUS, DOCUMENT_IDS, corpus_document, fixture

CLAUSE_IDS = fixture("clause_ids.yaml")
METADATA = fixture("metadata.yaml")


def parsed_from_text(doc_id: str):
    return parse_text(read_document(CORPUS / f"{doc_id}.txt"), doc_id)


def test_clause_ids(doc_id):
    assert [clause.id for clause in corpus_document(doc_id).clauses] == CLAUSE_IDS[doc_id]


def test_metadata_from_text(doc_id):
    meta = parsed_from_text(doc_id).meta
    expected = METADATA[doc_id]
    for key, value in expected.items():
        got = list(getattr(meta, key)) if key == "cites" else getattr(meta, key)
        assert got == value, key


def test_manifest_fills_in_what_the_text_lacks():
    national = corpus_document("national").meta
    assert (national.doc_number, national.date, national.implements) == ("中办发〔2023〕10号", "2023-03-23", "")
    draft = corpus_document("jilin-draft").meta
    assert (draft.region, draft.status, draft.implements) == ("吉林省", "draft", "national")


def test_a_law_databases_header_is_metadata_not_title():
    """北大法宝's header (【发布部门】…【发文字号】…【发布日期】2024.04.22…, a field a line or several on one) gives the
    issuers (their space lost: split at an organ's end before a place), the number and the date."""
    document = parse_text("某市促进软件产业发展若干政策实施细则\n【发布部门】烟台市工业和信息化局　烟台市财政局\n"
                          "【发文字号】烟工信发〔2024〕18号\n【发布日期】2024.04.22　【时效性】现行有效　【效力级别】地方工作文件\n"
                          "第一条　为促进软件产业发展，制定本细则。\n第二条　本细则自发布之日起施行。\n")
    meta = document.meta
    assert (meta.title, meta.issuer, meta.doc_number, meta.date, meta.level, meta.region) == (
        "某市促进软件产业发展若干政策实施细则", "烟台市工业和信息化局、烟台市财政局", "烟工信发〔2024〕18号", "2024-04-22",
        "municipal", "烟台市")
    # (Its title and kind as fields too: 【标题】… is the title, 【类别】政策解读 no part of it.)
    labelled = parse_text("【标题】《某省物流降本行动方案》政策解读\n【发布部门】某省交通运输厅\n【发布日期】2024.07.16\n"
                          "【类别】政策解读\n\n近日，省交通运输厅印发了《方案》，现解读如下。\n一、为什么制定《方案》？\n"
                          "物流成本偏高。\n二、主要目标是什么？\n到2026年，铁路货运量占比提高到10%以上。\n")
    assert (labelled.meta.title, labelled.meta.issuer, labelled.meta.date) == (
        "《某省物流降本行动方案》政策解读", "某省交通运输厅", "2024-07-16")


def test_a_portal_pages_path_and_fields_are_metadata_not_title():
    """A page copied from a portal with its text: the site's path (首页 > …), the fields above the text (索引号：…
    发布机构：… 发文字号：…, 【字体：大 中 小】 发布时间：… 来源：… 浏览量：…) give the issuer and number, the page's date
    only when the document gives none under its signature; the page's title is the title, the document's own heading
    below the fields says it again."""
    document = parse_text("首页 > 政务公开 > 政策文件\n某县安全生产三年行动方案\n索引号：360723/2024-0004　发布机构：某县应急管理局\n"
                          "发文字号：某安办字〔2024〕3号　发布日期：2024-02-06\n【字体：大 中 小】　发布时间：2024-02-06 10:21　"
                          "来源：县应急管理局　浏览量：1386\n某县安全生产三年行动方案\n一、工作目标\n全县重大事故隐患动态清零。\n"
                          "\n某县应急管理局\n2024年2月1日\n")
    meta = document.meta
    assert (meta.title, meta.issuer, meta.doc_number, meta.date) == (
        "某县安全生产三年行动方案", "某县应急管理局", "某安办字〔2024〕3号", "2024-02-06")


def test_a_portals_fields_under_bracketed_labels_are_metadata_not_title():
    """The same fields with each label in brackets and no colon ([ 索引号 ] …　[ 发布机构 ] … / [ 文号 ] …): they give
    the issuer, number and page date, and are no part of the title that follows them."""
    document = parse_text("某县农业农村局\n首页 > 信息公开 > 规范性文件\n[ 索引号 ] 113609/2025-00042　[ 发布机构 ] 某县农业农村局　"
                          "[ 生成日期 ] 2025-04-18\n[ 文号 ] 某农规〔2025〕3号　[ 有效期 ] 2025-05-01至2028-04-30\n"
                          "关于进一步优化农机购置补贴办理的通知\n\n各乡镇人民政府：\n为优化服务，现就有关事项通知如下：\n"
                          "一、压缩办理时限\n补贴申请办理时限压缩至5个工作日以内。\n二、加强组织实施\n各乡镇要落实属地责任。\n")
    meta = document.meta
    assert (meta.title, meta.issuer, meta.doc_number, meta.date) == (
        "关于进一步优化农机购置补贴办理的通知", "某县农业农村局", "某农规〔2025〕3号", "2025-04-18")
    assert [clause.id for clause in document.clauses] == ["0", "1", "2"]


def test_a_speechs_occasion_and_speaker_are_no_part_of_its_title():
    """政府工作报告 / ——2025年1月14日在某市第八届人民代表大会第五次会议上 / 某市人民政府市长　周明远: the occasion dates the
    report (in brackets too); neither it nor the speaker is part of the title."""
    for occasion in ("——2025年1月14日在某市第八届人民代表大会第五次会议上", "（2025年1月14日在某市第八届人民代表大会第五次会议上）"):
        document = parse_text(f"某市政府工作报告\n{occasion}\n某市人民政府市长　周明远\n\n各位代表：\n"
                              "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。\n"
                              "一、2024年工作回顾\n2024年，面对复杂严峻的外部环境，全市上下团结奋斗，经济运行稳中向好，社会大局和谐稳定。\n")
        assert (document.meta.title, document.meta.date) == ("某市政府工作报告", "2025-01-14")


def test_a_red_head_masthead_on_one_line_names_the_issuer_not_the_title():
    """山东省人民政府文件 / 鲁政发〔2024〕6号 / 山东省人民政府 / 关于…的实施意见: the masthead gives the issuer."""
    document = parse_text("山东省人民政府文件\n\n鲁政发〔2024〕6号\n\n山东省人民政府\n关于加快推进数字经济高质量发展的实施意见\n\n"
                          "一、总体要求\n坚持创新驱动。\n")
    assert (document.meta.title, document.meta.issuer, document.meta.doc_number) == (
        "山东省人民政府关于加快推进数字经济高质量发展的实施意见", "山东省人民政府", "鲁政发〔2024〕6号")


def test_a_notice_without_signature_before_the_document_it_transmits():
    """关于印发《X》的通知 / its text / X / 1 总则 …: X is the title, and no line of the notice's text."""
    document = parse_text("中国民用航空局关于印发《起降场建设指南（试行）》的通知\n为规范起降场建设，民航局组织制定了《起降场建设指南"
                          "（试行）》，现予印发，请遵照执行。\n起降场建设指南（试行）\n1 总则\n1.1 编制目的\n为规范起降场建设，制定本指南。\n")
    assert (document.meta.title, document.meta.issuer) == ("起降场建设指南（试行）", "中国民用航空局")
    assert document.clause("0").text == "为规范起降场建设，民航局组织制定了《起降场建设指南（试行）》，现予印发，请遵照执行。"


@pytest.mark.parametrize("issuer, level, region", [
    # The centre's ministries, commissions and bureaus, named without a place.
    ("商务部办公厅", "national", "全国"), ("交通运输部科技司", "national", "全国"), ("国家能源局", "national", "全国"),
    ("科技部财政部", "national", "全国"), ("中国人民银行", "national", "全国"), ("最高人民法院办公厅", "national", "全国"),
    # A place's department stays the place's; a county's name may be one character.
    ("济南市委组织部", "municipal", "济南市"), ("山东省工业和信息化厅", "provincial", "山东省"),
    ("滑县人民政府办公室", "county", "滑县"),
])
def test_the_level_of_an_issuer(issuer, level, region):
    from policydiff.parse import _region

    assert _region(issuer) == {"level": level, "region": region}


@pytest.mark.parametrize("noise", ["本报", "记者", "新华社", "牵头单位", "责任单位", "bookmark", "此件公开发布",
                                   "抄送", "日印发", "公开发布", "图片由", "烟台市人民政府办公室2024"])
def test_no_noise_in_any_clause(doc_id, noise):
    for clause in corpus_document(doc_id).clauses:
        assert noise not in clause.text and noise not in clause.heading, clause.id


def test_national_body_ends_with_its_last_clause():
    national = corpus_document("national")
    assert national.clause("7.3").text.endswith("为医疗卫生服务体系改革发展营造良好社会环境。")
    assert national.clause("0").text == (
        "为深入贯彻党中央关于实施健康中国战略的决策部署，推动全面建立中国特色优质高效的医疗卫生服务体系，"
        "为人民群众提供全方位全周期健康服务，现提出如下意见。")


def test_national_spaced_characters_and_wrapped_headings():
    national = corpus_document("national")
    assert "推进居民电子健康档案应用，完善授权调阅和开放服务渠道及交互方式。" in national.clause("4.4").sentences
    assert "强化地方各级党委对医疗卫生服务体系改革发展的领导责任" in national.clause("7.1").text
    assert national.clause("1.2").sentences[0].startswith("到2025年，医疗卫生服务体系进一步健全")
    assert national.heading_of("2") == "优化资源配置，加强人才队伍建设，推进能力现代化"
    # A page break inside a sentence (…心脑血管疾病 / 等重大疾病…) is joined.
    assert "提升肿瘤、心脑血管疾病等重大疾病诊疗能力" in national.clause("2.4").text
    # A heading sentence alone on its line, text on the next (（二）推进城市医疗联合体建设。).
    assert national.clause("3.2").heading == "推进城市医疗联合体建设"
    assert national.clause("3.2").text.startswith("结合新型城镇化")


def test_yantai_page_breaks_and_agencies():
    yantai = corpus_document("yantai")
    first = yantai.clause("2.1")
    assert "每千人口公立中医类医院床位数" in first.text
    assert first.sentences[-1] == "到2025年，全市每千人口医疗卫生机构床位数达到7.5张，其中每千人口公立中医类医院床位数、康复病床数分别达到0.85张和0.42张。"
    assert (first.agencies.lead, first.agencies.responsible) == (("市卫生健康委",), ("市发展改革委", "市财政局"))
    # 市卫 / 卫生健康委: the repetition across the page break is repaired.
    assert (yantai.clause("2.7").agencies.lead, yantai.clause("2.7").agencies.responsible) == (("市卫生健康委",), ())
    # A note standing as its own paragraph belongs to the clause above it.
    assert yantai.clause("2.2").agencies.lead == ("市卫生健康委",)
    assert yantai.clause("6.2").agencies.lead == ("市医保局",)
    assert yantai.clause("2.2").text.endswith("医学科研和人才培养高地。")
    assert yantai.clause("7.3").text.endswith("营造良好社会环境。")


def test_jilin_draft_trailing_agency_lists():
    draft = corpus_document("jilin-draft")
    first = draft.clause("2.1")
    assert first.agencies.lead == ("省卫生健康委",)
    assert first.agencies.responsible == ("省教育厅", "省中医局")
    assert first.text.endswith("实施中医药特色人才培养工程。")
    # No 。 before the bracket, and a 等-suffixed list.
    assert draft.clause("3.5").agencies.responsible == ("省民政厅",)
    assert draft.clause("3.5").text.endswith("居家护理等服务")
    assert draft.clause("6.6").agencies == type(first.agencies)(("省卫生健康委",), ())
    assert draft.clause("7.3").text.startswith("围绕改革目标和重点任务")


def test_jilin_numbering_on_across_sections_and_section_with_text():
    jilin = corpus_document("jilin")
    assert jilin.clause("1").heading == "总体要求" and jilin.clause("1").level == 1
    assert jilin.clause("3.5").heading == "提升县域综合服务能力" and jilin.clause("3.5").level == 2
    assert jilin.clause("7.23").text.endswith("健全对医疗机构失信行为的依法联合惩戒机制。")


def test_hunan_transmittal_notice_is_not_a_clause():
    hunan = corpus_document("hunan")
    assert hunan.clause("0").text.startswith("为进一步完善全省医疗卫生服务体系")
    assert hunan.clause("2.2.4").heading == "推进医学医疗中心建设" and hunan.clause("2.2.4").level == 3
    assert hunan.heading_of("2.1") == "加强公共卫生体系建设"
    assert hunan.clause("3").text.endswith("营造良好发展环境。")
    assert all("印发给你们" not in clause.text for clause in hunan.clauses)


@pytest.mark.parametrize("text, expected", [
    ("一是。二是！三是？四是；五", ("一是。", "二是！", "三是？", "四是；", "五")),
    ("落实“允许。允许”要求。再", ("落实“允许。允许”要求。", "再")),
    ("见《意见。》全文。（注：甲。乙）完。", ("见《意见。》全文。", "（注：甲。乙）完。")),
    ("括号（未闭合。后文。", ("括号（未闭合。", "后文。")),
    ("“甲。”乙（丙。丁", ("“甲。”乙（丙。", "丁")),  # the bracket never closes: 。 after the last closer splits
])
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


@pytest.mark.parametrize("text, lead, responsible, rest", [
    ("做好。（牵头单位：市卫生健康委，责任单位：市财政局、市医保局）", ("市卫生健康委",), ("市财政局", "市医保局"), "做好。"),
    ("做好。(责任单位:市卫生健康委)", ("市卫生健康委",), (), "做好。"),
    ("做好。（省财政厅、省卫生健康委，下同）", ("省财政厅",), ("省卫生健康委",), "做好。"),
    ("加强县级医院（含中医医院）", (), (), "加强县级医院（含中医医院）"),
])
def test_extract_agencies(text, lead, responsible, rest):
    from policydiff.normalize import normalize_line

    got_rest, agencies = extract_agencies(normalize_line(text))
    assert (agencies.lead, agencies.responsible, got_rest) == (lead, responsible, rest)


def test_levels_skipped_and_lower_markers():
    text = "标题\n\n一、总则\n\n1. 第一项。内容。\n\n（1）细目一。甲。\n\n② 要点。乙。\n\n二、其他。丙。\n"
    document = parse_text(text)
    assert [(c.id, c.level) for c in document.clauses] == [("1.1", 2), ("1.1.1", 3), ("1.1.1.2", 4), ("2", 1)]
    assert document.clause("1.1.1.2").text == "乙。"


def test_marker_inside_prose_is_not_a_clause():
    text = "一、总则\n\n（一）加强医院。推动\n\n二、三级医院开展服务。\n\n（二）其他。内容。\n"
    document = parse_text(text)
    assert [c.id for c in document.clauses] == ["1.1", "1.2"]
    assert document.clause("1.1").text == "推动二、三级医院开展服务。"


def test_no_clauses_is_an_error():
    with pytest.raises(InputError, match="no numbered clauses"):
        parse_text("这是一段没有编号的文字。\n第二段。", "plain")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("一二三、（）1.。，①年月日办公厅 \n\u3000医疗卫生抄送本报讯")), max_size=300))
def test_arbitrary_text_gives_a_tree_or_our_error(text):
    try:
        document = parse_text(text)
    except PolicydiffError:
        return
    ids = [clause.id for clause in document.clauses]
    assert ids and len(ids) == len(set(ids))


@settings(max_examples=60, deadline=None)
@given(doc=st.sampled_from(DOCUMENT_IDS), cut=st.floats(0, 1))
def test_truncated_documents_give_a_tree_or_our_error(doc, cut):
    text = read_document(CORPUS / f"{doc}.txt")
    try:
        document = parse_text(text[: int(len(text) * cut)], doc)
    except PolicydiffError:
        return
    assert all(clause.text for clause in document.clauses)


def test_a_paragraph_after_an_articles_closed_items_is_the_articles():
    """The items of an article are a paragraph each, the last closed by 。; an unnumbered paragraph
    after them is the article's next 款 (its own sentence, though the lead-in ends with ：), not more
    of the last item. An item's list still open (；) or items outside articles keep what follows."""
    text = ("某市管理办法\n\n第一章　总则\n\n第一条　为了加强管理，制定本办法。\n\n第二条　禁止下列行为：\n\n"
            "（一）擅自移动管线标志；\n\n（二）其他危害管线安全的行为。\n\n违反前款规定的，依法处理。\n\n"
            "第三条　本办法自2025年1月1日起施行。\n")
    document = parse_text(text, "rules")
    assert [(c.id, c.sentences) for c in document.clauses] == [
        ("1.1", ("为了加强管理，制定本办法。",)),
        ("1.2", ("禁止下列行为：", "违反前款规定的，依法处理。")),
        ("1.2.1", ("擅自移动管线标志；",)),
        ("1.2.2", ("其他危害管线安全的行为。",)),
        ("1.3", ("本办法自2025年1月1日起施行。",)),
    ]
    plan = parse_text("某市实施方案\n\n一、重点任务\n\n（一）推进改造。完成改造。\n\n鼓励社会参与。\n", "plan")
    assert [(c.id, c.heading, c.sentences) for c in plan.clauses] == [("1.1", "推进改造", ("完成改造。", "鼓励社会参与。"))]


def test_a_label_of_departments_titles_a_unit_leading_into_its_items():
    """A unit of a division of duties opened by the departments it is about is titled by them, however long the list,
    also when its text has no end mark and leads into its items (…，具体任务如下：)."""
    text = ("某县工作方案\n\n三、职责分工\n\n（一）县民政局：负责方案组织实施。\n\n"
            "（二）各乡镇人民政府、街道办事处：承担属地管理责任，负责救助申请的受理、调查、审核，具体任务如下：\n\n"
            "1．城关镇人民政府：完成低保对象年度核查1350户。\n\n2．河口镇人民政府：完成低保对象年度核查980户。\n")
    document = parse_text(text, "plan")
    assert [(c.id, c.heading) for c in document.clauses] == [
        ("3.1", "县民政局"), ("3.2", "各乡镇人民政府、街道办事处"), ("3.2.1", "城关镇人民政府"), ("3.2.2", "河口镇人民政府")]
    assert document.clauses[1].agencies.lead == ("各乡镇人民政府",)


def test_a_box_whose_items_open_with_a_year_ends_where_the_documents_numbering_goes_on():
    """A box (专栏) lists its own 1. 2. 3. items, here opening with a year (2.2026年（4个）…, which alone reads as a
    decimal number); the plan's next item (3．改造…) after it closes the box."""
    text = ("某县行动方案\n\n三、重点任务\n\n（一）完善县域商业网络\n\n1．提升县城商业中心。改造县城综合商业体2个。\n\n"
            "2．建设改造乡镇商贸中心。建设改造乡镇商贸中心11个。\n\n专栏1　乡镇商贸中心建设布局\n"
            "1．2025年（4个）：城关镇、石门镇、双河乡、龙潭镇。\n2．2026年（4个）：青山镇、白马镇、柳溪乡、高桥镇。\n"
            "3．2027年（3个）：三合乡、回龙镇、长岭乡。\n\n3．改造村级便民商店。新建改造村级便民商店150个。\n")
    assert [(c.id, c.heading) for c in parse_text(text, "plan").clauses] == [
        ("3.1.1", "提升县城商业中心"), ("3.1.2", "建设改造乡镇商贸中心"), ("3.1.3", "改造村级便民商店")]


def test_a_title_naming_whose_tasks_a_unit_lists_is_a_title():
    """（二）县直部门目标任务。 names whose tasks the unit lists, not an organ acting (市财政局根据公示结果下达资金。)."""
    text = ("某县工作方案\n\n三、任务分解\n\n（一）乡镇目标任务。各乡镇目标任务分解如下：\n\n"
            "（二）县直部门目标任务。县直重点招商部门目标任务分解如下：\n\n（三）市财政局根据公示结果下达资金。资金于30日内拨付。\n")
    assert [(c.id, c.heading) for c in parse_text(text, "plan").clauses] == [
        ("3.1", "乡镇目标任务"), ("3.2", "县直部门目标任务"), ("3.3", "")]
    # (The 办 of a verb names no office: 各环节办理时限 is a title, 各县办公室 an organ acting.)
    text = ("某市工作方案\n\n二、加快资金下达\n\n（一）各环节办理时限。直达资金各环节责任单位和办理时限如下表：\n\n"
            "（二）各县办公室统筹调度资金。资金于30日内拨付。\n")
    assert [(c.id, c.heading) for c in parse_text(text, "plan").clauses] == [("2.1", "各环节办理时限"), ("2.2", "")]


def test_a_note_wrapped_inside_its_bracket_over_a_page_break_stays_with_its_heading():
    """（一）扎实推进农村厕所革命（牵头单位：县农业农村局； / — 2 — / 责任单位：县卫生健康局） is one heading and its note: a line
    leaving a bracket open goes on, across the page's number too."""
    text = ("某县工作方案\n\n三、重点任务\n\n（一）扎实推进农村厕所革命（牵头单位：县农业农村局；\n\n— 2 —\n\n"
            "责任单位：县卫生健康局、县财政局）\n\n1．科学推进户厕改造。新改建农村户厕1500户。\n\n"
            "（二）推动村容村貌整体提升（牵头单位：县农业农村局；\n责任单位：县自然资源局\n，各乡镇人民政府）\n\n"
            "1．深入开展村庄清洁行动。每月开展1次清洁行动。\n")
    document = parse_text(text, "plan")
    assert [(c.id, c.heading) for c in document.clauses] == [("3.1.1", "科学推进户厕改造"), ("3.2.1", "深入开展村庄清洁行动")]
    assert [(c.agencies.lead, c.agencies.responsible) for c in document.clauses] == [
        (("县农业农村局",), ("县卫生健康局", "县财政局")), (("县农业农村局",), ("县自然资源局", "各乡镇人民政府"))]


def test_a_bulletins_notes_and_its_tables_of_results_are_no_units():
    """A 统计公报's table of results (产品名称　单位　产量　比上年增长（%）) is a table, whose numbers are no markers (2.1 /
    蔬菜), and its 附注 after the text are notes, not units; the site's name and menu above the title are no part of it."""
    text = ("禾丰县人民政府门户网站\n首页 | 政务公开 | 政务服务\n【字体：大 中 小】　　【打印本页】\n\n"
            "禾丰县2024年国民经济和社会发展统计公报\n\n一、农业\n\n全年粮食总产量24.17万吨，增长1.3%。\n\n"
            "表2　2024年主要农产品产量及其增长速度\n产品名称　　单位　　产量　　比上年增长（%）\n粮食　　万吨　　24.17　　1.3\n"
            "油料　　万吨　　1.68　　2.1\n蔬菜　　万吨　　31.05　　3.7\n\n二、工业\n\n全年规模以上工业增加值增长7.8%。\n\n"
            "附注：\n1．本公报中部分数据为初步统计数，最终以市统计局核定数据为准。\n2．增长速度按不变价格计算。\n")
    document = parse_text(text, "bulletin")
    assert document.meta.title == "禾丰县2024年国民经济和社会发展统计公报"
    assert [(c.id, c.heading) for c in document.clauses] == [("1", "农业"), ("2", "工业")]


@pytest.mark.parametrize("first", [
    "会议同意市交通运输局提出的中心城区公交票价调整方案。",   # a meeting's decision
    "考核结果分为优秀、良好、合格、不合格四个等次。",          # a classification a rule makes
    "强化线索经营，上级交办和群众举报涉毒线索核查率达到100%。",  # a goal after a comma
])
def test_a_first_sentence_deciding_classifying_or_setting_a_goal_is_no_title(first):
    document = parse_text(f"某市文件\n\n一、事项\n\n（一）{first}其余事项另行研究。\n", "doc")
    assert [(c.id, c.heading) for c in document.clauses] == [("1.1", "")]



def test_the_label_of_the_next_run_of_items_leaves_the_last_item_one_sentence():
    """主要目标： / 1.… / 6.…相适应。 / 策略措施： / 1.…: the label of the next run is no text of item 6, whose one sentence is text."""
    text = ("某市妇女发展规划\n\n一、妇女参与决策和管理\n\n主要目标：\n\n1.市人大代表中女性比例不低于30%。\n\n"
            "2.企业职工代表大会中女职工代表比例与女职工人数比例相适应。\n\n策略措施：\n\n1.加大培养选拔女干部工作力度。每年举办培训班。\n")
    assert [(c.id, c.heading) for c in parse_text(text, "plan").clauses] == [
        ("1", "妇女参与决策和管理"), ("1.1", ""), ("1.2", ""), ("1.1'", "加大培养选拔女干部工作力度")]
