"""The shapes real policy documents take (DOMAIN.md, "Beyond the five"), each on a snippet
written for the test: one rule of the parser per test, with exact ids, headings and texts."""

from __future__ import annotations

import pytest

from policydiff import parse_text
from policydiff.paragraphs import paragraphs
from policydiff.numbering import match_marker


def units(text: str) -> list[tuple[str, str]]:
    """(id, heading) of every numbered unit, clauses and bare headings, in id order."""
    from policydiff.structure import parsed_units

    return parsed_units(parse_text(text))


def test_heading_with_commas_is_the_short_first_sentence():
    document = parse_text("一、基本原则\n（一）坚持市场主导，政府引导。充分发挥市场作用。\n"
                          "（二）加强顶层设计，科学谋划建设。统筹推进。\n")
    assert [(c.id, c.heading, c.text) for c in document.clauses] == [
        ("1.1", "坚持市场主导，政府引导", "充分发挥市场作用。"),
        ("1.2", "加强顶层设计，科学谋划建设", "统筹推进。"),
    ]


def test_long_or_statement_first_sentences_are_text():
    document = parse_text("一、保障措施\n（一）各地要高度重视，加强组织领导。确保落实。\n"
                          "（二）应具备人机交互功能，显示运行状态。按要求记录。\n"
                          "（三）推动形成政府引导、市场主导、社会参与、协同推进的数字化转型工作格局和良好生态。完善机制。\n")
    assert [(c.id, c.heading) for c in document.clauses] == [("1.1", ""), ("1.2", ""), ("1.3", "")]
    assert document.clause("1.1").text == "各地要高度重视，加强组织领导。确保落实。"


def test_a_limit_set_in_numbers_is_a_provision_not_a_title():
    """公示期不少于5个工作日, 同一单位限报1个项目, 建设期为3年: a rule's bound or term opening an item is
    its text; a title may hold a number (培育10家领军企业)."""
    document = parse_text("一、申报要求\n（一）结果在网站公示，公示期不少于5个工作日。无异议的予以批复。\n"
                          "（二）同一单位限报1个项目。不得重复申报。\n（三）培育10家领军企业。支持企业做大做强。\n"
                          "（四）先导区建设期为3年。期满后组织评估。\n")
    assert [(c.id, c.heading) for c in document.clauses] == [("1.1", ""), ("1.2", ""), ("1.3", "培育10家领军企业"),
                                                             ("1.4", "")]


def test_a_sentence_whose_subject_is_an_organ_or_a_role_unit_is_a_provision_not_a_title():
    """省财政厅根据公示结果下达资金, 申报单位对申报材料的真实性负责: a title names a task, not who does it;
    区域协同发展新格局基本形成 (…格局) and a question naming the departments stay titles."""
    document = parse_text("一、申报程序\n（一）省财政厅根据公示结果下达资金。项目单位应专款专用。\n"
                          "（二）申报单位对申报材料的真实性负责。弄虚作假的严肃处理。\n"
                          "（三）区域协同发展新格局基本形成。创新要素加快流动。\n"
                          "（四）各部门在政策落实中如何分工？人力资源社会保障部门负责组织实施。\n")
    assert [(c.id, c.heading) for c in document.clauses] == [
        ("1.1", ""), ("1.2", ""), ("1.3", "区域协同发展新格局基本形成"), ("1.4", "各部门在政策落实中如何分工？")]


def test_an_enumeration_inside_a_sentence_is_no_run_of_units():
    """以下程序进行：1．申报；2．初审；3．评审；4．公示 — an enumeration inside a sentence, though its 4． would
    continue the items 1．–3． of the clause before; and a first sentence forbidding something (同一项目不得…) is
    a provision, not a title."""
    document = parse_text("一、支持内容\n（一）支持方向。\n1．支持平台建设。给予补助。\n2．支持数字化改造。给予奖励。\n"
                          "3．支持人才引进。给予补贴。\n二、申报程序\n（二）申报程序。项目申报按照以下程序进行：1．企业自愿申报；"
                          "2．区市初审推荐；3．专家评审；4．公示；5．下达资金。公示期不少于5个工作日。\n"
                          "（三）同一企业同一项目不得重复申报。同一企业年度内获得支持总额不超过500万元。\n")
    assert units_of(document) == [("1", "支持内容"), ("1.1", "支持方向"), ("1.1.1", "支持平台建设"),
                                  ("1.1.2", "支持数字化改造"), ("1.1.3", "支持人才引进"), ("2", "申报程序"),
                                  ("2.2", "申报程序"), ("2.3", "")]


def test_a_web_pages_source_pasted_as_text():
    """&nbsp;&nbsp;一、… and <a href="…">点击下载</a>: character references read as the characters they stand for,
    tags left out; a comparison (产能<5%) stays."""
    document = parse_text("&nbsp;&nbsp;&nbsp;&nbsp;一、明确总体目标。到2027年，过剩产能<5%。\n"
                          "&nbsp;&nbsp;&nbsp;&nbsp;二、加强保障。建设R&amp;D平台。附件（<a href=\"/a.pdf\">点击下载</a>）\n")
    assert units_of(document) == [("1", "明确总体目标"), ("2", "加强保障")]
    assert document.clause("1").text == "到2027年，过剩产能<5%。"
    assert document.clause("2").text == "建设R&D平台。附件（点击下载）"


def test_a_first_sentence_whose_subject_must_act_is_a_provision():
    """贵安集群要强化能源保障，推进…, 检测机构应及时将报告提交…: a subject that must act (要, 应) opens a provision;
    企业要素保障 (要素) and 主要目标 are titles."""
    document = parse_text("七、贵安集群要强化能源保障，推进数据中心与可再生能源协同发展。贵州省能源局要统筹做好用电保障。\n"
                          "八、检测机构应及时将检测报告提交主管部门。主管部门按规定处理。\n"
                          "九、企业要素保障。加强用地保障。\n十、主要目标。到2027年，建成平台。\n")
    assert units_of(document) == [("7", ""), ("8", ""), ("9", "企业要素保障"), ("10", "主要目标")]


def test_titles_opening_with_words_that_look_like_a_requirement():
    """应急联动：, 应用推广。, 需求对接。: words opening a title, not 应 / 需 of a requirement."""
    document = parse_text("一、重点任务\n（一）应急联动：建立联动机制。\n（二）应用推广。开展示范应用。\n（三）需求对接。定期发布需求清单。\n"
                          "（四）应具备人机交互功能，显示运行状态。按要求记录。\n")
    assert [(c.id, c.heading) for c in document.clauses] == [
        ("1.1", "应急联动"), ("1.2", "应用推广"), ("1.3", "需求对接"), ("1.4", "")]


def test_one_sentence_unit_is_text_not_a_title():
    document = parse_text("一、重点任务\n1.支持企业上云。\n2.推动数据共享。加快平台建设。\n")
    assert [(c.id, c.heading, c.text) for c in document.clauses] == [
        ("1.1", "", "支持企业上云。"), ("1.2", "推动数据共享", "加快平台建设。")]


def test_label_heading_before_a_colon():
    document = parse_text("一、总体要求\n（一）主要目标：到2025年，建成10个平台。\n")
    assert (document.clause("1.1").heading, document.clause("1.1").text) == ("主要目标", "到2025年，建成10个平台。")


def test_single_line_breaks_keep_a_heading_above_its_body():
    # One paragraph a line, as database and web copies are: 一、指导思想 / 以…
    document = parse_text("为推动发展，制定本方案。\n一、指导思想\n以创新为引领，推动高质量发展。\n"
                          "二、主要任务\n（一）加强建设。推进工作\n（二）完善机制。健全制度。\n")
    assert units_of(document) == [("0", ""), ("1", "指导思想"), ("2", "主要任务"), ("2.1", "加强建设"),
                                  ("2.2", "完善机制")]
    assert document.clause("1").text == "以创新为引领，推动高质量发展。"
    # A paragraph that lost its final 。 does not swallow the next heading.
    assert document.clause("2.1").text == "推进工作"


def units_of(document):
    from policydiff.structure import parsed_units

    return parsed_units(document)


def test_hard_wrapped_heading_line_shorter_than_the_column_ends_its_paragraph():
    wrapped = ("为推动本地产业数字化转型升级，制定本实\n施方案。\n一、总体要求\n以习近平新时代中国特色社会主\n"
               "义思想为指导，推动高质量发展。\n二、重点任务\n（一）加强建设。推进产业数字化\n转型，支持企业上云用数赋智。\n")
    assert paragraphs(wrapped) == ["为推动本地产业数字化转型升级，制定本实施方案。", "一、总体要求",
                                   "以习近平新时代中国特色社会主义思想为指导，推动高质量发展。", "二、重点任务",
                                   "（一）加强建设。推进产业数字化转型，支持企业上云用数赋智。"]


def test_an_indented_line_opens_a_paragraph_in_a_copy_indenting_its_paragraphs():
    """A hard-wrapped copy indenting each paragraph's first line (two ideographic spaces) and not the lines its column
    wrapped: a heading nearly as wide as the column ends its line when the next line is indented. In a copy that
    indents every line the indent says nothing, and the wide heading runs on."""
    body = ("　　抓发展，关键在党、关键在人。市委组织部要\n树立重实干重实绩的用人导向。\n"
            "三、加强党的全面领导，为发展提供坚强保证\n　　抓落实，关键在于作风建设。要锻造过硬\n干部队伍，涵养良好作风。\n")
    assert paragraphs(body) == ["抓发展，关键在党、关键在人。市委组织部要树立重实干重实绩的用人导向。",
                                "三、加强党的全面领导，为发展提供坚强保证", "抓落实，关键在于作风建设。要锻造过硬干部队伍，涵养良好作风。"]
    every_line = "\n".join("　　" + line for line in body.split("\n") if line.strip()) + "\n"
    assert paragraphs(every_line)[1] == "三、加强党的全面领导，为发展提供坚强保证抓落实，关键在于作风建设。要锻造过硬干部队伍，涵养良好作风。"


def test_a_short_item_cut_by_a_page_after_a_count_goes_on_after_the_page():
    """6．…一般事项2个工作日内答复，复杂事项10个 / — 2 — / 工作日内办结。: a short item holding a comma, stopped on a count by a
    page break, goes on after it; a short heading with no comma stays a heading."""
    text = ("5．网格员每月入户走访不少于40户。\n6．群众反映问题一般事项2个工作日内答复，复杂事项10个\n\n— 2 —\n\n工作日内办结。\n"
            "（五）强化保障\n\n— 3 —\n\n镇财政所安排专项经费。\n")
    assert paragraphs(text) == ["5.网格员每月入户走访不少于40户。", "6.群众反映问题一般事项2个工作日内答复，复杂事项10个工作日内办结。",
                                "（五）强化保障", "镇财政所安排专项经费。"]


def test_a_number_cut_by_a_page_break_keeps_its_repeated_digit():
    """…焚烧处理能力50 / — 3 — / 00吨/日: the character a page break prints twice is dropped (市卫 / 卫生健康委), a
    digit is not: a number's digits repeat."""
    text = "到2025年，新增生活垃圾焚烧处理能力50\n\n— 3 —\n\n00吨/日。\n"
    assert paragraphs(text) == ["到2025年，新增生活垃圾焚烧处理能力5000吨/日。"]
    assert paragraphs("加强疾病预防控制体系建设。完善传染病监测预警网络，由市卫\n\n— 3 —\n\n卫生健康委负责。\n") == [
        "加强疾病预防控制体系建设。完善传染病监测预警网络，由市卫生健康委负责。"]


@pytest.mark.parametrize("line", ["12", "— 3 —", "- 3 -", "第3页", "第 3 页 共 12 页"])
def test_page_numbers_are_dropped(line):
    assert paragraphs(f"推动产业数字化转型，支持企业\n{line}\n上云用数赋智，加快平台建设。\n") == [
        "推动产业数字化转型，支持企业上云用数赋智，加快平台建设。"]


def test_half_width_punctuation_throughout():
    document = parse_text("为推动发展,制定本方案:\n一、总体要求\n(一)坚持创新驱动,开放合作.加强研发.\n"
                          "1.推动上云.支持企业,加快转型;\n(二)完善机制.健全制度.\n")
    assert units_of(document) == [("0", ""), ("1", "总体要求"), ("1.1", "坚持创新驱动，开放合作"),
                                  ("1.1.1", "推动上云"), ("1.2", "完善机制")]
    assert document.clause("0").text == "为推动发展，制定本方案："


@pytest.mark.parametrize("line", ["二、三级医院开展服务。", "一、二类疫苗接种。", "1、2号线同步建设。"])
def test_an_enumeration_in_prose_is_not_a_marker(line):
    assert match_marker(line) is None


def test_a_year_after_an_item_marker_is_still_a_marker():
    assert match_marker("1、2025年起实施。") is not None


def test_table_of_contents_is_not_a_second_set_of_clauses():
    text = ("某某行动方案\n\n目 录\n\n一、总体要求……1\n\n二、重点任务……2\n\n（一）加强建设……2\n\n三、保障措施……5\n\n"
            "为推动发展，制定本方案。\n\n一、总体要求\n\n坚持创新。\n\n二、重点任务\n\n（一）加强建设。推进工作。\n\n"
            "三、保障措施\n\n加强领导。\n")
    expected = [("0", ""), ("1", "总体要求"), ("2", "重点任务"), ("2.1", "加强建设"), ("3", "保障措施")]
    assert units(text) == expected
    # Without its 目录 title, a run of three or more heading lines that come again later.
    assert units(text.replace("目 录\n\n", "")) == expected
    assert parse_text(text).meta.title == "某某行动方案"
    # (… and a Word file's, each entry's page after a tab: 第一章　总　　则⇥1, its page glued on once spaces are folded.)
    rules = ("某市供热管理办法\n\n目　　录\n\n\t第一章　总　　则\t1\n\n\t第二章　规划与建设\t1\n\n\t第三章　附　　则\t2\n\n"
             "第一章　总　　则\n\n第一条　为了加强供热管理，制定本办法。\n\n第二章　规划与建设\n\n第二条　供热规划每5年修编一次。\n\n"
             "第三章　附　　则\n\n第三条　本办法自2025年11月1日起施行。\n")
    assert units(rules) == [("1", "总则"), ("1.1", ""), ("2", "规划与建设"), ("2.2", ""), ("3", "附则"), ("3.3", "")]


def test_items_of_a_box_are_not_clauses():
    text = ("一、重点任务\n（一）推进改造。支持企业改造。\n1.培育场景。发布案例。\n专栏1 数字化改造工程\n"
            "1.家电行业：推广智能工厂。\n2.家具行业：推广设计平台。\n（二）完善标准。制定标准。\n2.推进贯标。开展试点。\n")
    document = parse_text(text)
    assert units_of(document) == [("1", "重点任务"), ("1.1", "推进改造"), ("1.1.1", "培育场景"),
                                  ("1.2", "完善标准"), ("1.2.2", "推进贯标")]
    # The box stays text of the clause it stands in.
    assert document.clause("1.1.1").text == "发布案例。专栏1数字化改造工程1.家电行业：推广智能工厂。2.家具行业：推广设计平台。"


def test_box_closed_by_the_next_item_of_the_document():
    text = ("一、重点任务\n1.培育场景。发布案例。\n2.推进改造。开展诊断。\n专栏 重点工程\n1.甲工程。建设平台。\n"
            "2.乙工程。建设中心。\n3.丙工程。培育企业。\n3.完善标准。制定标准。\n")
    assert units(text) == [("1", "重点任务"), ("1.1", "培育场景"), ("1.2", "推进改造"), ("1.3", "完善标准")]


def test_a_row_of_a_data_table_opens_no_unit():
    """1.飞行检查 | 每年不少于1次 (a row as the HTML reader writes it): text of the clause it stands in."""
    document = parse_text("一、做实监管\n（一）推进日常监管。全面开展检查。\n检查类型 | 频次\n1.飞行检查 | 每年不少于1次\n"
                          "（二）推进专项整治。开展整治。\n")
    assert [c.id for c in document.clauses] == ["1.1", "1.2"]
    assert document.clause("1.1").text == "全面开展检查。\n检查类型 | 频次\n1.飞行检查 | 每年不少于1次"
    # A row is a sentence of its own.
    assert document.clause("1.1").sentences == ("全面开展检查。", "检查类型 | 频次", "1.飞行检查 | 每年不少于1次")


def test_indicator_tables_typed_in_the_ways_copies_type_them():
    """The same table typed five more ways: single spaces (the header typed so); a PDF's layout
    text, a long name wrapped onto a line of its own in its column and a category written only in
    its group's first row (a line opening with a tab); a box drawn with │ and rules, a name wrapped
    inside its cell; one cell a line, as PDF text gives it (a 序号 header, rows opening 1, 2 …, a
    page number between two cells); a Markdown table. Each gives the same rows; the lines of a
    box's rules, of wrapped cells and page numbers inside the table are gone."""
    rows = ["序号 | 指标名称 | 单位 | 2025年", "1 | 规模以上工业企业关键工序数控化率 | % | ≥65", "2 | 公共充电桩 | 万个 | 6"]
    single = "序号 指标名称 单位 2025年\n1 规模以上工业企业关键工序数控化率 % ≥65\n2 公共充电桩 万个 6\n"
    layout = ("  序号   指标名称                单位    2025 年\n   1     规模以上工业企业关键工序数控    %       ≥65\n"
              "         化率\n   2     公共充电桩              万个      6\n")
    boxed = ("┌──┬──────────┬──┬───┐\n│序号│指标名称            │单位│2025年│\n├──┼──────────┼──┼───┤\n"
             "│1   │规模以上工业企业关键│%   │≥65   │\n│    │工序数控化率        │    │      │\n├──┼──────────┼──┼───┤\n"
             "│2   │公共充电桩          │万个│6     │\n└──┴──────────┴──┴───┘\n")
    one_a_line = "序号\n指标名称\n单位\n2025年\n1\n规模以上工业企业关键工序数控化率\n%\n≥65\n\n— 2 —\n\n2\n公共充电桩\n万个\n6\n"
    markdown = ("| 序号 | 指标名称 | 单位 | 2025年 |\n|---|---|---|---|\n| 1 | 规模以上工业企业关键工序数控化率 | % | ≥65 |\n"
                "| 2 | 公共充电桩 | 万个 | 6 |\n")
    for typed in (single, layout, boxed, one_a_line, markdown):
        assert paragraphs("主要指标如下：\n" + typed + "二、主要任务\n") == ["主要指标如下：", *rows, "二、主要任务"], typed
    grouped = "类别\t指标名称\t2025年\n能源\t公共充电桩（万个）\t6\n\t新型储能装机（万千瓦）\t600\n"
    assert paragraphs(grouped) == ["类别 | 指标名称 | 2025年", "能源 | 公共充电桩（万个） | 6", " | 新型储能装机（万千瓦） | 600"]


def test_a_table_typed_with_spaces_between_rules_keeps_its_rows():
    """A table typed with spaces and ruled (a rule of ─ above and below its header and after its rows, as a <pre>
    block lays one out): the rules are gone, the rows are rows, the note after the last rule is text."""
    typed = ("主要指标见下表。\n          主要节能减排指标\n  ──────────────────\n  指标名称          单位          2015年\n"
             "  ──────────────────\n  单位生产总值能耗  吨标准煤/万元  1.26\n  氨氮排放总量      万吨          0.68\n"
             "  ──────────────────\n  注：按2005年价格计算。\n二、主要任务\n")
    assert paragraphs(typed) == ["主要指标见下表。", "主要节能减排指标", "指标名称 | 单位 | 2015年",
                                 "单位生产总值能耗 | 吨标准煤/万元 | 1.26", "氨氮排放总量 | 万吨 | 0.68", "注：按2005年价格计算。",
                                 "二、主要任务"]


def test_a_typed_tables_header_wrapped_in_its_columns_is_one_header():
    """选派专业技术 / 人才（名） and the units in brackets on the header's second line, each under its column: one header
    of the pairing's places (帮扶市 | 结对县 …), whose rows give each city its task; prose after the table stays prose."""
    typed = ("下表所列为各市年度最低任务。\n"
             "序号  帮扶市    结对县          财政帮扶资金   选派专业技术\n"
             "                                （万元）       人才（名）\n"
             "1     甬江市    乌峰县、云舍县  9000           90\n"
             "2     越川市    龙场县          5000           50\n")
    assert paragraphs(typed) == ["下表所列为各市年度最低任务。", "序号 | 帮扶市 | 结对县 | 财政帮扶资金（万元） | 选派专业技术人才（名）",
                                 "1 | 甬江市 | 乌峰县、云舍县 | 9000 | 90", "2 | 越川市 | 龙场县 | 5000 | 50"]
    from policydiff.targets import extract_targets

    document = parse_text(f"一、年度任务\n{typed}")
    assert [(t.indicator, t.value, t.unit) for t in extract_targets(document)] == [
        ("甬江市财政帮扶资金", 9000.0, "万元"), ("甬江市选派专业技术人才", 90.0, "名"),
        ("越川市财政帮扶资金", 5000.0, "万元"), ("越川市选派专业技术人才", 50.0, "名")]


def test_a_name_filling_its_column_one_space_before_the_next_cell_is_a_cell_of_its_own():
    """A copy typed with spaces (a PDF's layout text) whose name fills its column leaves one space before the unit in
    the next column (关键工序数控化率达标 %): two cells, the unit in its column."""
    typed = ("主要指标如下：\n序号  指标名称" + " " * 13 + "单位   2025年\n1     公共充电桩" + " " * 11 + "万个   6\n"
             "2     关键工序数控化率达标 %      65\n二、主要任务\n")
    assert paragraphs(typed)[2:4] == ["1 | 公共充电桩 | 万个 | 6", "2 | 关键工序数控化率达标 | % | 65"]


def test_a_goal_for_a_year_opening_a_unit_is_no_title():
    """1.到2025年，产业结构…取得明显进展。 opens a list of goals by year: a statement, not a title."""
    assert units("一、主要目标\n1.到2025年，产业结构调整取得明显进展。非化石能源消费比重达到20%。\n"
                 "2.到2030年，能源体系初步建立。非化石能源消费比重达到25%。\n3.加强组织领导。建立工作机制。\n") == [
        ("1", "主要目标"), ("1.1", ""), ("1.2", ""), ("1.3", "加强组织领导")]


def test_a_rate_set_to_a_value_opening_a_unit_is_no_title():
    """2. 森林火灾24小时扑灭率达到百分之百。火情发生后…: a rate set to its value (in digits or in words) is a goal
    stated, not a title; a task naming the rate without a value is one."""
    assert units("一、责任目标\n1. 森林火灾24小时扑灭率达到百分之百。火情发生后及时扑救。\n"
                 "2. 案件查处率保持在95%。依法查处。\n3. 提高火灾扑灭率。加强队伍建设。\n") == [
        ("1", "责任目标"), ("1.1", ""), ("1.2", ""), ("1.3", "提高火灾扑灭率")]


def test_hostile_layouts_are_read_in_linear_time():
    """Hostile or garbled text: thousands of box lines with no header, of rows of cells under no
    header, of 序号 lines, of short lines that join into one paragraph and of pieces a page break
    cut (a blank line after each, mid-sentence). Each line is tried as a table's start once, a box's
    lines are read once, and a paragraph is tested by its end and joined once: doubling the lines
    about doubles the time (2.0×; the joins read 3.8×: each line tested and copied the paragraph so far).
    Both sizes measured in turn, best of three."""
    from doubling import doubling_ratio

    def text(n: int) -> str:
        return "指标\n" + "│甲│乙│丙│\n├─┼─┼─┤\n" * n + "甲　乙　丙　丁\n" * n + "序号\n指标\n甲\n" * n \
            + "甲乙丙丁\n" * n + "\n" + "甲。乙\n\n" * n

    small, large = text(2000), text(4000)
    assert doubling_ratio(lambda: paragraphs(small), lambda: paragraphs(large)) < 3


def test_a_copy_in_markdown_reads_as_its_text():
    """Headings marked #, a quoted line, emphasis and rules are layout (### 一、…, **（一）…。**, ---)."""
    text = ("# 某市实施方案\n\n> 某政办发〔2024〕1号\n\n---\n\n### 一、总体要求\n\n坚持市场为主。\n\n"
            "**（一）开展汽车以旧换新。** 给予补贴。\n\n1. **加大补贴力度。** 扩大范围。\n")
    assert units(text) == [("1", "总体要求"), ("1.1", "开展汽车以旧换新"), ("1.1.1", "加大补贴力度")]


@pytest.mark.parametrize("line, expected", [
    ("二丶工作措施", "二、工作措施"),  # 丶 looks like 、
    ("四，保障措施", "四、保障措施"),  # a comma before a title that fills the line
    ("一，是要加强领导。", "一，是要加强领导。"),  # text going on: no marker
    ("1 .加强施工组织，合理安排工期；", "1.加强施工组织，合理安排工期；"),
])
def test_ocr_slips_in_markers(line, expected):
    from policydiff.normalize import normalize_line

    assert normalize_line(line) == expected


def test_an_item_typed_with_a_comma_for_its_dot_continues_the_items():
    """1.…；2.…；3，按时完成… — the third item, where it continues the run; a number and a comma that
    continue no run (6，各单位要…) are no item."""
    text = "一、措施\n改造中要做好以下工作：\n1.加强施工组织；\n2.严格质量管理；\n3，按时完成管网试压。\n二、要求\n6，各单位要按时报送。\n"
    assert units(text) == [("1", "措施"), ("1.1", ""), ("1.2", ""), ("1.3", ""), ("2", "要求")]


def test_a_further_plan_may_open_with_its_own_paragraph():
    """附件2 / its title / 为…制定本方案。 / 一、…: the second plan's numbering restarts (primed ids)."""
    text = ("各区：\n现将两个方案印发给你们。\n附件1\n甲方案\n一、工作目标\n到2025年完成。\n二、保障措施\n加强领导。\n"
            "附件2\n乙方案\n为优化营商环境，制定本方案。\n一、工作目标\n持续提升。\n")
    assert sorted(unit for unit, _ in units(text)) == ["0", "1", "1'", "2"]


def test_an_appendix_and_footnotes_close_the_body():
    """附录 alone on its line opens the back matter, as 附件 does; so does a rule followed by ①… notes."""
    text = ("一、总则\n做好防治工作。\n二、响应\n启动应急响应①。\n——————————\n①应急响应：指…。\n附录\n"
            "1. 分级标准\n（1）特大型：死亡30人以上的。\n")
    assert units(text) == [("1", "总则"), ("2", "响应")]


def test_a_standards_term_with_its_english_name_is_the_entrys_title():
    """3.1 / 社区嵌入式服务设施 community-embedded service facilities / its definition: the term is the
    title (the English name stays in the text), even where normalising took the space before it."""
    text = ("城市社区嵌入式服务设施建设指南\n1 范围\n本文件适用于新建社区。\n2 规范性引用文件\n本文件没有规范性引用文件。\n"
            "3 术语和定义\n下列术语和定义适用于本文件。\n3.1\n社区嵌入式服务设施　community-embedded service facilities\n"
            "以社区为单位提供服务的设施。\n3.2\n一刻钟便民生活圈　15-minute convenient living circle\n服务半径为步行15分钟。\n"
            "3.3\n电能利用效率　power usage effectiveness（PUE）\n总耗电量与IT设备耗电量的比值。\n")
    document = parse_text(text)
    assert [(c.id, c.heading) for c in document.clauses][3:] == [("3.1", "社区嵌入式服务设施"), ("3.2", "一刻钟便民生活圈"),
                                                                  ("3.3", "电能利用效率")]
    assert document.clause("3.1").text == "community-embedded service facilities以社区为单位提供服务的设施。"


def test_a_table_closing_the_body_is_no_signature():
    """Lines without a sentence end closing the body are the signature, but a table's rows are not:
    a web page whose plan ends with its indicator table keeps it."""
    document = parse_text("一、工作目标\n到2025年，全面完成各项任务。\n二、主要指标\n指标 | 2025年\n城市空气质量优良天数比率 | ≥85%\n")
    assert document.clause("2").sentences == ("指标 | 2025年", "城市空气质量优良天数比率 | ≥85%")
    signed = parse_text("一、工作目标\n到2025年，全面完成各项任务。\n某市人民政府办公室\n编辑：陈某 | 审核：周某\n")
    assert signed.clause("1").text == "到2025年，全面完成各项任务。"


def test_an_indicator_table_typed_as_text_keeps_its_rows_and_cells():
    """A plan's 主要指标 typed as text, cells parted by ideographic spaces, tabs or runs of spaces:
    a header naming the indicator column and a year (or target) column, then rows of as many
    cells. Its lines are rows (cells parted by ' | '), one sentence each; a line of three cells
    under no such header, and a row of another width, are text."""
    text = ("一、发展目标\n企业　高校　院所协同推进。到2025年，主要指标如下：\n序号　指标　2023年　2025年　属性\n"
            "1　新能源装机容量（万千瓦）　5000　8000　预期性\n2\t非化石能源消费比重（%）\t10.6\t≥12\t约束性\n"
            "注：　带*的为约束性指标　下同。\n展望2030年，新能源成为电力装机主体。\n")
    assert paragraphs(text) == [
        "一、发展目标", "企业高校院所协同推进。到2025年，主要指标如下：", "序号 | 指标 | 2023年 | 2025年 | 属性",
        "1 | 新能源装机容量（万千瓦） | 5000 | 8000 | 预期性", "2 | 非化石能源消费比重（%） | 10.6 | ≥12 | 约束性",
        "注：带*的为约束性指标下同。", "展望2030年，新能源成为电力装机主体。"]
    assert parse_text(text).clause("1").sentences == (
        "企业高校院所协同推进。", "到2025年，主要指标如下：", "序号 | 指标 | 2023年 | 2025年 | 属性",
        "1 | 新能源装机容量（万千瓦） | 5000 | 8000 | 预期性", "2 | 非化石能源消费比重（%） | 10.6 | ≥12 | 约束性",
        "注：带*的为约束性指标下同。", "展望2030年，新能源成为电力装机主体。")


def test_the_next_box_after_prose_opens_a_box_of_its_own():
    """专栏4 … prose … 专栏5 1.…: the second box's items, numbered from 1, are its own, not the
    document's (the first box was still open over the prose between)."""
    text = ("三、重点领域\n（一）信息技术。加快发展。\n专栏4：信息技术\n1.服务器技术。\n2.存储技术。\n"
            "新材料技术。立足重大需求，突破关键材料。\n专栏5:新材料技术\n1.新型金属材料。\n2.新型复合材料。\n"
            "（二）生物技术。加快发展。\n")
    assert units(text) == [("3", "重点领域"), ("3.1", "信息技术"), ("3.2", "生物技术")]


def test_a_marker_glued_to_the_words_before_it_opening_a_title():
    """A copy that lost its line breaks and their 。: 一、…发展1.加强统筹谋划。…, …品牌五、加速数字社会建设,
    …格局，4.提升社区服务能力。 — a marker continuing its numbering and opening a title; not 附件1.…, a
    number in prose, nor a marker that does not continue its numbering."""
    document = parse_text("一、强化工作统筹协调，保障数字经济持续发展1.加强工作统筹谋划。充分发挥统筹作用。\n"
                          "2.强化政策支持。出台若干政策，打造数字机关品牌二、加速数字社会建设，推动数字经济全面发展\n"
                          "3.打造智慧城市生态。推动产业融合，形成共建格局，4.提升社区服务能力。建成智慧社区200个。\n"
                          "5.完善配套。年均增长5.5%，其中9.完成改造。详见附件1.建设清单\n")
    assert units_of(document) == [("1", "强化工作统筹协调，保障数字经济持续发展"), ("1.1", "加强工作统筹谋划"),
                                  ("1.2", "强化政策支持"), ("2", "加速数字社会建设，推动数字经济全面发展"),
                                  ("2.3", "打造智慧城市生态"), ("2.4", "提升社区服务能力"), ("2.5", "完善配套")]
    assert document.clause("2.5").text == "年均增长5.5%，其中9.完成改造。详见附件1.建设清单"


def test_a_lower_unit_glued_to_a_bare_title_whatever_its_first_sentence():
    """五、加强党的建设15.坚持用党的创新理论凝心铸魂，深入开展…: a copy that joined the paragraphs glued the
    section's first item to its title; the item continues its numbering, and the words before it hold no
    sentence's marks. After words of a sentence (…，加快发展15.…) it needs a title of its own."""
    document = parse_text("一、推动产业发展\n14.加快软件攻关。突破关键技术。\n"
                          "二、加强党的建设和自身建设15.坚持用党的创新理论凝心铸魂，深入开展党纪学习教育，落实主体责任。\n"
                          "三、强化保障，加快发展16.坚持用党的创新理论武装头脑，深入开展党纪学习教育，落实全面从严治党主体责任。\n")
    assert units_of(document) == [("1", "推动产业发展"), ("1.14", "加快软件攻关"), ("2", "加强党的建设和自身建设"),
                                  ("2.15", ""), ("3", "")]


def test_a_first_item_glued_to_its_sections_title_starts_its_numbering_again():
    """A copy that lost its line breaks: 三、加快工程建设进度（一）倒排工期，加快进度。… after 二、's items （一）（二）:
    the （一） glued to the bare title is 三、's first item, though its kind ran to （二） before; a （一） inside a
    sentence's words (…按第（一）项办理) stays text."""
    document = parse_text("二、严格补助标准（一）补助对象。补助对象为贫困户。（二）补助标准。户均补助1.5万元。"
                          "三、加快工程建设进度（一）倒排工期，加快进度。开工率达到60%以上。（二）加强质量管理。"
                          "开展现场指导不少于3次。四、强化监督检查 对不符合条件的，按（一）项办理。\n")
    assert units_of(document) == [("2", "严格补助标准"), ("2.1", "补助对象"), ("2.2", "补助标准"), ("3", "加快工程建设进度"),
                                  ("3.1", "倒排工期，加快进度"), ("3.2", "加强质量管理"), ("4", "强化监督检查")]
    assert document.clause("4").text == "对不符合条件的，按（一）项办理。"


def test_an_ordinal_is_no_marker_glued_to_the_words_before_it():
    """…应坚持安全第一、统筹规划、集约共享的原则: 第一、 is an ordinal, not a section 一、 glued to 安全; the outline
    goes on (1.5 under 1)."""
    document = parse_text("1 总则\n1.1 编制目的\n为规范起降场建设，制定本指南。\n1.2 基本原则\n"
                          "起降场建设应坚持安全第一、统筹规划、集约共享、绿色智能的原则。\n1.3 建设程序\n"
                          "起降场建设一般包括规划选址、设计和验收等阶段。\n2 规划与选址\n2.1 规划要求\n起降场布局应纳入规划。\n")
    assert units_of(document) == [("1", "总则"), ("1.1", "编制目的"), ("1.2", "基本原则"), ("1.3", "建设程序"),
                                  ("2", "规划与选址"), ("2.1", "规划要求")]


def test_heading_glued_to_the_end_of_a_paragraph():
    document = parse_text("一、保障措施\n（一）加强领导。建立机制。（二）强化宣传。营造氛围。\n")
    assert [(c.id, c.heading, c.text) for c in document.clauses] == [
        ("1.1", "加强领导", "建立机制。"), ("1.2", "强化宣传", "营造氛围。")]


def test_a_skipped_number_still_opens_a_clause():
    # A copy that lost its 二、 heading line: 一、 … 三、 … 四、.
    assert [unit for unit, _ in units("一、总体要求\n坚持创新。\n三、保障措施\n加强领导。\n四、其他\n按规定执行。\n")] == [
        "1", "3", "4"]


def test_an_excerpt_jumps_ahead_after_a_sentence_end():
    # Items elided from an excerpt: （二） then （九）; 五、 then 十一、. Each follows a paragraph that
    # ends its sentence.
    document = parse_text("五、加强监管。开展检查。\n（一）建立台账；\n（二）定期抽查；\n（九）其他事项。\n"
                          "十一、本办法自印发之日起施行。\n")
    assert [(c.id, c.text) for c in document.clauses] == [
        ("5", "开展检查。"), ("5.1", "建立台账；"), ("5.2", "定期抽查；"), ("5.9", "其他事项。"),
        ("11", "本办法自印发之日起施行。")]


def test_a_reference_carried_over_a_hard_wrap_is_not_a_jump():
    # 第三十七条 opens the line only because the copy broke the sentence before it.
    document = parse_text("第一条 违反本办法的，依照第二十条、第二十一条和\n第三十七条的规定处理。\n"
                          "第二条 本办法自公布之日起施行。\n")
    assert [(c.id, c.text) for c in document.clauses] == [
        ("1", "违反本办法的，依照第二十条、第二十一条和第三十七条的规定处理。"), ("2", "本办法自公布之日起施行。")]


def test_regulation_in_chapters_articles_and_items():
    text = ("某某管理办法\n第一章 总 则\n第一条 为规范管理，制定本办法。\n第二条 本办法适用于本市。\n"
            "本办法所称平台，是指公共平台。\n第二章 申请\n第三条 申请应当符合下列条件：\n（一）依法设立；\n（二）具备能力。\n"
            "第四条【材料】申请人应当提交材料。\n第五条 第三条规定的条件另行公布。\n")
    document = parse_text(text)
    assert units_of(document) == [("1", "总则"), ("1.1", ""), ("1.2", ""), ("2", "申请"), ("2.3", ""),
                                  ("2.3.1", ""), ("2.3.2", ""), ("2.4", "材料"), ("2.5", "")]
    assert document.clause("1.2").text == "本办法适用于本市。本办法所称平台，是指公共平台。"
    assert document.clause("2.3.2").text == "具备能力。"
    assert document.clause("2.5").text == "第三条规定的条件另行公布。"
    assert document.meta.title == "某某管理办法"


def test_sections_over_articles_play_the_chapters_part():
    """一、总　则 / 第一条 … 二、管理 / 第三条: without chapters, the bare section headings head the
    articles, which still number on across them."""
    document = parse_text("某某实施细则\n一、总　则\n第一条 为规范管理，制定本细则。\n第二条 本细则适用于本镇。\n"
                          "二、资金管理\n第三条 资金实行专户管理。\n三、附　则\n第四条 本细则自发布之日起施行。\n")
    assert units_of(document) == [("1", "总则"), ("1.1", ""), ("1.2", ""), ("2", "资金管理"), ("2.3", ""),
                                  ("3", "附则"), ("3.4", "")]
    assert document.clause("2.3").text == "资金实行专户管理。"


def test_articles_before_sections_keep_their_rank():
    """Articles first, then 一、 items inside an article's text: the items stay below the articles."""
    document = parse_text("第一条 为规范管理，制定本办法。\n第二条 申请人应当提交下列材料：\n一、申请书；\n二、营业执照。\n"
                          "第三条 本办法自发布之日起施行。\n")
    assert [c.id for c in document.clauses] == ["1", "2", "2.1", "2.2", "3"]


def test_an_article_title_alone_on_its_line():
    """第一条（目的和依据） over its text: the bracket is the article's title."""
    document = parse_text("第一章　总则\n\n第一条（目的和依据）\n\n为规范管理，制定本细则。\n\n第二条（适用范围）\n\n本细则适用于本市。\n")
    assert [(c.id, c.heading, c.text) for c in document.clauses] == [
        ("1.1", "目的和依据", "为规范管理，制定本细则。"), ("1.2", "适用范围", "本细则适用于本市。")]


def test_articles_without_chapters():
    assert [unit for unit, _ in units("第一条 为规范管理，制定本规定。\n第二条 本规定自发布之日起施行。\n")] == ["1", "2"]


@pytest.mark.parametrize("text, lead, responsible, rest", [
    ("推进平台建设。（省工业和信息化厅负责）", ("省工业和信息化厅",), (), "推进平台建设。"),
    ("加大资金支持。（省发展改革委、省财政厅按职责分工负责）", ("省发展改革委",), ("省财政厅",), "加大资金支持。"),
    ("建设创新中心。（省科技厅牵头，省财政厅、省教育厅配合）", ("省科技厅",), ("省财政厅", "省教育厅"), "建设创新中心。"),
    ("（工业和信息化部牵头）培育标杆企业。", ("工业和信息化部",), (), "培育标杆企业。"),
    ("推进平台建设。责任单位：省发展改革委、省科技厅", ("省发展改革委",), ("省科技厅",), "推进平台建设。"),
    ("推进平台建设。牵头部门：市工信局；配合部门：市财政局、市商务局。", ("市工信局",), ("市财政局", "市商务局"),
     "推进平台建设。"),
    # Brackets that name no department stay in the text.
    ("加强县级医院（含中医医院）建设（按规定负责）。", (), (), "加强县级医院（含中医医院）建设（按规定负责）。"),
])
def test_responsibility_notes(text, lead, responsible, rest):
    from policydiff.parse import extract_agencies

    got_rest, agencies = extract_agencies(text)
    assert (agencies.lead, agencies.responsible, got_rest) == (lead, responsible, rest)


def test_responsibility_note_as_its_own_paragraph_belongs_to_the_clause_above():
    document = parse_text("一、重点任务\n（一）建设平台。推进数据共享。\n责任单位：省大数据局、省财政厅\n（二）培育企业。开展试点。\n")
    clause = document.clause("1.1")
    assert (clause.text, clause.agencies.lead, clause.agencies.responsible) == (
        "推进数据共享。", ("省大数据局",), ("省财政厅",))


def test_table_of_contents_with_dot_leaders_attachments_and_a_heading_left_out():
    # Entries without page numbers, one entry (三、) worded otherwise in the body, attachment
    # entries, and the body starting right after with the first entry again.
    text = ("某某建设指南\n目录\n一、系统架构..................\n二、总体要求..................\n"
            "三、建设思路..................\n附件1：名词术语.............. 3\n一、系统架构\n"
            "系统架构包括生命周期和系统层级。\n二、总体要求\n（一）基本原则。统筹规划。\n三、思路\n分步推进。\n")
    assert units(text) == [("1", "系统架构"), ("2", "总体要求"), ("2.1", "基本原则"), ("3", "思路")]


def test_headings_glued_after_a_colon_a_note_and_a_first_child():
    text = ("一、建设内容\n\n（一）基础标准。包括通用标准等内容：（二）支撑标准\n\n支撑标准包括装备标准。\n\n"
            "1.数据标准\n\n数据标准包括资产数据。（1）资产数据标准\n\n资产数据标准包括工厂设计。\n\n"
            "（2）市场数据标准\n\n包括市场分析。（省工业和信息化厅负责）二、保障措施\n\n加强领导。\n")
    assert units(text) == [("1", "建设内容"), ("1.1", "基础标准"), ("1.2", "支撑标准"), ("1.2.1", "数据标准"),
                           ("1.2.1.1", "资产数据标准"), ("1.2.1.2", "市场数据标准"), ("2", "保障措施")]
    # After a colon, a first (1) opens an inline list, not a clause.
    assert units("一、要求\n主要包括：（1）甲；（2）乙。\n") == [("1", "要求")]


def test_small_full_stop_item_marker():
    assert match_marker("1﹒推进芯片设计。加强研发。").kind == "item"


def test_attachment_heading_alone_ends_the_body():
    text = "第一条 为规范管理，制定本规范。\n第二条 本规范自印发之日起施行。\n附件\n接入申请表\n一、申请机构信息\n二、联系人信息\n"
    assert units(text) == [("1", ""), ("2", "")]


def _best_time(text: str) -> float:
    import time

    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        parse_text(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("shape", [
    lambda n: "一、总则\n（一）开始。" + "括号（未闭合。" * n + "\n",  # a bracket left open
    lambda n: "".join(f"一、第{i}段\n（一）内容。文字。\n" for i in range(n)),  # a numbering restarting
])
def test_parse_time_grows_linearly(shape):
    # Four times the input must take well under sixteen times as long (both shapes were
    # quadratic); 8 leaves room for a busy machine: linear is 4.
    assert _best_time(shape(8000)) / _best_time(shape(2000)) < 8.0


def test_restarted_numbering_ids_stay_short():
    document = parse_text("".join(f"一、第{i}段\n（一）内容。文字。\n" for i in range(5)))
    assert [c.id for c in document.clauses] == ["1.1", "1'.1", "1'3.1", "1'4.1", "1'5.1"]


def test_a_restarted_units_children_inherit_its_mark():
    # A notice wrapping two plans, each numbered from 一、: the second plan's sections are 1', 2' and
    # their children's ids start with their parent's (2'.1), as every child's id does.
    document = parse_text("附件1\n\n某市平台建设方案\n\n一、目标\n到2025年，建成平台。\n二、任务\n（一）建设平台。加快建设。\n\n"
                          "附件2\n\n某市机制完善方案\n\n一、目标\n到2026年，完善机制。\n二、任务\n"
                          "（一）完善机制。加快完善。\n（二）强化保障。加强保障。\n三、要求\n加强督导。\n")
    # (The second run's units all take the mark, 3' too, though the first run had no 三、.)
    assert [c.id for c in document.clauses] == ["1", "2.1", "1'", "2'.1", "2'.2", "3'"]


def test_transmittal_notice_without_a_plan_preamble():
    text = "\n\n".join(("某某市工业和信息化局\n某某市公安局\n某工信字〔2022〕1号\n关于印发某某市管理办法的通知\n"
            "各区县人民政府，市直有关部门：\n现将《某某市管理办法》印发给你们，请遵照执行。\n"
            "某某市工业和信息化局\n某某市公安局\n2022年3月10日\n（此件公开发布）\n某某市管理办法\n"
            "第一章 总则\n第一条 为规范管理，制定本办法。").split("\n"))
    document = parse_text(text)
    meta = document.meta
    assert (meta.title, meta.issuer, meta.doc_number, meta.date, meta.addressees, meta.level) == (
        "某某市管理办法", "某某市工业和信息化局、某某市公安局", "某工信字〔2022〕1号", "2022-03-10",
        "各区县人民政府，市直有关部门", "municipal")
    # The notice's text is the preamble when the plan has none of its own.
    assert document.clause("0").text == "现将《某某市管理办法》印发给你们，请遵照执行。"



def test_an_official_accounts_list_of_earlier_articles_ends_the_document():
    """往期推荐 / 1.… 2.… after an article copied from an official account: other articles' titles."""
    document = parse_text("一、加大消费补贴。发放文旅消费券。\n二、丰富消费场景。打造夜间消费街区。\n往期推荐\n"
                          "1.美食活动启动\n2.景区预约指南\n")
    assert [c.id for c in document.clauses] == ["1", "2"]
    assert document.clause("2").text == "打造夜间消费街区。"
    # A portal's bracketed 【相关阅读】 after a line offering the attachment for download (附件下载：…).
    portal = parse_text("一、加大消费补贴。发放文旅消费券。\n二、丰富消费场景。打造夜间消费街区。\n附件下载：申报表.docx\n"
                        "【相关阅读】\n1．美食活动启动\n2．景区预约指南\n")
    assert [c.id for c in portal.clauses] == ["1", "2"]
    assert portal.clause("2").text == "打造夜间消费街区。"


def test_a_notice_wrapping_two_plans_keeps_the_second():
    """附件2 / its title / 一、… after the first plan: the body goes on, its ids primed as a
    restarted numbering's; a list of attachments at the end of a plan still ends it."""
    text = ("某市人民政府办公室关于印发某市养老服务规划和某市托育服务方案的通知\n\n"
            "现将《某市养老服务规划》《某市托育服务方案》印发给你们，请认真贯彻执行。\n\n"
            "某市人民政府办公室\n2024年1月5日\n\n附件1\n\n某市养老服务规划\n\n"
            "一、发展目标\n到2025年，养老机构护理型床位占比达到60%。\n二、主要任务\n（一）完善养老服务网络。建设街道养老服务中心。\n\n"
            "附件2\n\n某市托育服务方案\n\n一、工作目标\n到2025年，每千人口托位数达到4.5个。\n\n附件3\n\n")
    document = parse_text(text)
    assert sorted(units_of(document)) == [("0", ""), ("1", "发展目标"), ("1'", "工作目标"), ("2", "主要任务"),
                                          ("2.1", "完善养老服务网络")]
    assert document.clause("1'").text == "到2025年，每千人口托位数达到4.5个。"


def test_an_amendment_decision_gives_instructions_not_titles():
    """…决定对《…》作如下修改： is the preamble (not an addressee line); 将第五条修改为：“…”,
    在第八条后增加一条：“…” and 删去第十三条中的“…” are instructions, not labels, also when the decision's closing follows
    the last."""
    document = parse_text("某市人民代表大会常务委员会关于修改《某市养犬管理条例》的决定\n\n"
                          "市人民代表大会常务委员会决定对《某市养犬管理条例》作如下修改：\n\n"
                          "一、将第五条修改为：“养犬人应当为犬只办理登记。”\n\n"
                          "二、在第八条后增加一条：“携犬出户应当束犬链。”\n\n三、删去第十二条。\n\n"
                          "四、删去第十三条中的“城市管理部门和”。\n\n此外，对条文顺序作相应调整。\n\n本决定自2026年1月1日起施行。\n")
    assert [(c.id, c.heading, c.text) for c in document.clauses] == [
        ("0", "", "市人民代表大会常务委员会决定对《某市养犬管理条例》作如下修改："),
        ("1", "", "将第五条修改为：“养犬人应当为犬只办理登记。”"),
        ("2", "", "在第八条后增加一条：“携犬出户应当束犬链。”"), ("3", "", "删去第十二条。"),
        ("4", "", "删去第十三条中的“城市管理部门和”。此外，对条文顺序作相应调整。本决定自2026年1月1日起施行。")]
    assert document.meta.addressees == ""


def test_a_documents_title_ends_its_line_in_a_copy_that_looks_hard_wrapped():
    """Short lines, no blank lines: the notice's title is not run into the addressees below it."""
    document = parse_text("某县人民政府办公室关于印发某县防汛应急预案的通知\n各乡镇人民政府，县直各部门：\n"
                          "《某县防汛应急预案》已经县政府同意，现印发给你们，请认真贯彻执行。\n某县人民政府办公室\n"
                          "2024年5月6日\n某县防汛应急预案\n一、总则\n为做好防汛工作，制定本预案。\n")
    meta = document.meta
    assert (meta.title, meta.issuer, meta.addressees) == ("某县防汛应急预案", "某县人民政府办公室", "各乡镇人民政府，县直各部门")
    assert document.clause("0").text == "《某县防汛应急预案》已经县政府同意，现印发给你们，请认真贯彻执行。"


def test_the_issuer_of_a_plan_is_named_in_the_title_of_its_notice():
    """平阳县人民政府办公室关于印发…的通知 without a masthead: the notice's title names the issuer."""
    document = parse_text("平阳县人民政府办公室关于印发平阳县全民健身实施计划的通知\n\n各乡镇人民政府，县直各单位：\n\n"
                          "现将《平阳县全民健身实施计划》印发给你们，请认真贯彻执行。\n\n平阳县人民政府办公室\n2024年3月18日\n\n"
                          "平阳县全民健身实施计划\n\n一、总体要求\n坚持以人民为中心，推动全民健身高质量发展。\n")
    meta = document.meta
    assert (meta.title, meta.issuer, meta.level, meta.region) == ("平阳县全民健身实施计划", "平阳县人民政府办公室", "county", "平阳县")


def test_a_transmittal_notice_with_numbered_requests_wraps_its_plan():
    """现印发给你们，并提出如下要求：一、… 二、… then the signature, the date and the plan: the notice's requests
    are units, and the plan's follow them, their ids marked where they restart the numbering (CONVENTIONS). A
    table of projects attached to a notice (rows without sentences) is not a plan: the notice's own items stay
    the body, alone."""
    notice = ("某县人民政府办公室关于印发某县防汛应急预案的通知\n\n各乡镇人民政府，县直各部门：\n\n"
              "《某县防汛应急预案》已经县政府同意，现印发给你们，并提出如下要求：\n"
              "一、压实工作责任。各乡镇要落实防汛责任制。\n二、做好物资储备。各部门要备足抢险物资。\n"
              "\n某县人民政府办公室\n2024年5月6日\n\n")
    document = parse_text(notice + "某县防汛应急预案\n1　总则\n1.1　编制目的\n为做好防汛工作，制定本预案。\n"
                                   "1.2　适用范围\n本预案适用于本县的防汛抢险工作。\n")
    assert units_of(document) == [("0", ""), ("1", "压实工作责任"), ("1'", "总则"), ("1'.1", "编制目的"),
                                  ("1'.2", "适用范围"), ("2", "做好物资储备")]  # (units_of sorts by id)
    assert document.clause("0").text == "《某县防汛应急预案》已经县政府同意，现印发给你们，并提出如下要求："
    assert document.meta.title == "某县防汛应急预案"
    table = parse_text(notice.replace("防汛应急预案", "防汛物资清单") + "某县防汛物资清单\n"
                       "序号　物资名称　数量　责任单位\n一、抢险类\n1　编织袋　5万条　县应急局\n2　救生衣　800件　县应急局\n")
    assert [(c.id, c.heading) for c in table.clauses][1:] == [("1", "压实工作责任"), ("2", "做好物资储备")]


def test_a_transmittal_notice_whose_title_runs_over_two_lines_still_names_its_plan():
    """关于印发…发展 / 重点任务分工方案的通知: the plan after the signature is found by the name the two lines give;
    a first sentence setting a count and going on is text, not a title."""
    document = parse_text("某县人民政府办公室\n关于印发某县推进义务教育优质均衡发展\n重点任务分工方案的通知\n\n"
                          "各镇人民政府：\n现将方案印发给你们，并提出如下要求：\n一、提高思想认识。各镇要高度重视。\n"
                          "二、强化责任落实。各单位要细化措施。\n\n某县人民政府办公室\n2024年3月22日\n（此件公开发布）\n\n"
                          "某县推进义务教育优质均衡发展重点任务分工方案\n\n一、主要目标\n到2025年，教育质量显著提升。\n"
                          "二、重点任务\n（一）提升教育教学质量。\n1.组建城乡学校发展共同体20个，实现乡村学校全覆盖。定期开展交流。\n")
    assert units_of(document) == [("0", ""), ("1", "提高思想认识"), ("1'", "主要目标"), ("2", "强化责任落实"),
                                  ("2'", "重点任务"), ("2'.1", "提升教育教学质量"), ("2'.1.1", "")]
    # … or going on to the next count of a list (新建社区多功能运动场8个、健身步道20公里。).
    assert units("一、民生实事\n1.新建社区多功能运动场8个、健身步道20公里。建成后免费开放。\n2.改善居住环境。增加绿地。\n") == [
        ("1", "民生实事"), ("1.1", ""), ("1.2", "改善居住环境")]


def test_a_notice_numbering_its_points_with_a_plan_attached_under_its_title():
    """A 申报通知 numbering its own points, then the signature, the date, 附件 and the 申报指南 it attaches: the
    guide is a plan of the notice, its units follow the notice's, marked where they restart. A list attached the
    same way (…项目清单) is not a plan (CONVENTIONS)."""
    notice = ("某市工业和信息化局关于组织申报2025年度专项资金项目的通知\n\n各区（市）工业和信息化主管部门：\n\n"
              "现将有关事项通知如下：\n一、申报方式\n本次申报采取网上申报方式。\n二、申报时间\n申报截止时间为2025年5月30日。\n"
              "\n某市工业和信息化局\n2025年4月21日\n\n附件\n\n")
    guide = parse_text(notice + "2025年度某市专项资金项目申报指南\n一、总体目标\n到2026年，全市产业规模达到200亿元。\n"
                                "二、支持方向\n支持整机研发及产业化项目。对符合条件的项目给予补助。\n")
    assert units_of(guide) == [("0", ""), ("1", "申报方式"), ("1'", "总体目标"), ("2", "申报时间"), ("2'", "支持方向")]
    listed = parse_text(notice + "2025年度某市重点项目清单\n一、整机类\n建设智能工厂。建成后年产1万台。\n"
                                 "二、零部件类\n建设减速器产线。建成后年产5万套。\n")
    assert units_of(listed) == [("0", ""), ("1", "申报方式"), ("2", "申报时间")]


def test_addressees_glued_to_the_first_sentence_and_a_preamble_ending_in_a_colon():
    glued = parse_text("各省、自治区、直辖市工业和信息化主管部门：为推动发展，现通知如下：\n一、总体要求\n坚持创新。\n")
    assert glued.meta.addressees == "各省、自治区、直辖市工业和信息化主管部门"
    assert glued.clause("0").text == "为推动发展，现通知如下："
    colon = parse_text("为推动发展，结合实际，制定本方案：\n一、总体要求\n坚持创新。\n")
    assert (colon.meta.addressees, colon.clause("0").text) == ("", "为推动发展，结合实际，制定本方案：")
    # (… and a joint opinion's addressees running past a title's length, on their own line: no prose of the preamble.)
    addressees = ("各省、自治区、直辖市邮政管理局、发展改革委、财政厅（局）、农业农村（农牧）厅（局、委）、商务主管部门、交通运输厅"
                  "（局、委）、供销合作社，新疆生产建设兵团发展改革委、财政局、农业农村局、商务局、交通运输局、供销合作社")
    joint = parse_text(f"关于加快推进快递进村工作的指导意见\n\n{addressees}：\n\n为加快推进快递进村，现提出以下意见。\n"
                       "一、总体要求\n坚持创新。\n")
    assert (joint.meta.addressees, joint.clause("0").text) == (addressees, "为加快推进快递进村，现提出以下意见。")


def test_a_notices_list_of_attachments_is_no_part_of_the_preamble():
    """现将《…工作要点》印发给你们… / 附件：…任务分工表 / the plan's title / its opening paragraph, with no signature between
    (a page's copy): the line listing the attachments is neither prose of the preamble nor glued to the plan's opening."""
    notice = parse_text("关于印发《白沙镇2025年能源保供工作要点》的通知\n各村（社区）：\n"
                        "现将《白沙镇2025年能源保供工作要点》印发给你们，请认真抓好落实。\n附件：白沙镇2025年能源保供工作任务分工表\n"
                        "白沙镇2025年能源保供工作要点\n2024年，全镇新增户用分布式光伏1120户。2025年是收官之年，制定本要点。\n"
                        "一、工作目标\n全镇农村电网供电可靠率达到99.8%以上。\n")
    assert notice.clause("0").sentences == ("现将《白沙镇2025年能源保供工作要点》印发给你们，请认真抓好落实。",
                                            "2024年，全镇新增户用分布式光伏1120户。", "2025年是收官之年，制定本要点。")


def test_a_laws_title_without_the_note_on_its_adoption():
    """江西省农村供水条例 / （2025年9月26日…常务委员会第十七次会议通过）: the note under a law's title on when it was adopted
    (or published, amended, approved) is no part of the title a citation names; an edition's year (应急预案（2026年修订）)
    is."""
    law = parse_text("江西省农村供水条例\n（2025年9月26日江西省第十四届人民代表大会常务委员会第十七次会议通过）\n"
                     "第一章 总则\n第一条 为了保障农村供水，制定本条例。\n")
    assert law.meta.title == "江西省农村供水条例"
    plan = parse_text("桃源县防汛抗旱应急预案（2026年修订）\n1 总则\n1.1 编制目的\n为做好防汛工作，制定本预案。\n")
    assert plan.meta.title == "桃源县防汛抗旱应急预案（2026年修订）"


def test_signature_of_several_departments_and_closing_printed_line():
    signed = parse_text("一、总体要求\n\n坚持创新。\n\n某某省发展和改革委员会\n\n某某省财政厅\n\n2023年5月6日\n")
    assert (signed.meta.issuer, signed.meta.date, signed.meta.region) == (
        "某某省发展和改革委员会、某某省财政厅", "2023-05-06", "某某省")
    printed = parse_text("一、总体要求\n坚持创新。\n抄送：省委办公厅。\n山东省人民政府办公厅2020年12月10日印发\n")
    assert (printed.meta.issuer, printed.meta.date) == ("山东省人民政府办公厅", "2020-12-10")


def test_own_number_in_brackets_is_not_a_citation_and_review_draft():
    document = parse_text("某某管理办法（审议稿）\n（某政发〔2021〕5号）\n为落实《意见》（国发〔2020〕1号），制定本办法。\n"
                          "第一条 本办法适用于本市。\n")
    assert (document.meta.doc_number, document.meta.cites, document.meta.status, document.meta.title) == (
        "某政发〔2021〕5号", ("国发〔2020〕1号",), "draft", "某某管理办法")


# ---------------------------------------------------------------- decimal outline (guidelines)

_GUIDELINE = """本指南用于指导智慧社区建设。请各单位总结实践经验，提出意见和建议。第1章  总则
1.1
适用范围
本指南适用于城市智慧社区的建设和运营。
1.2  总体目标
1.2.1  近期目标
到2015年，初步建成智慧社区示范点。
1）优化基础设施布局。实现社区综合服务设施全覆盖。
2）创新社区治理模式。提高社区治理能力。
每百户居民拥有的社区服务设施面积增长
2.5 倍以上，群众满意度明显提升。第2章  保障体系
2.1  组织保障
加强组织领导，明确部门分工。
"""


def test_a_guidelines_decimal_outline_restates_its_ancestors():
    """第1章 → 1.1 → 1.2.1 → 1）: a decimal number is the unit's path; the title on the line after
    a bare number is its heading; 第1章 glued after the introduction's last sentence opens the
    body; 2.5 倍 opening a line of prose is not a unit."""
    assert units(_GUIDELINE) == [
        ("0", ""), ("1", "总则"), ("1.1", "适用范围"), ("1.2", "总体目标"), ("1.2.1", "近期目标"),
        ("1.2.1.1", "优化基础设施布局"), ("1.2.1.2", "创新社区治理模式"), ("2", "保障体系"), ("2.1", "组织保障")]
    document = parse_text(_GUIDELINE)
    assert document.clause("1.2.1.2").text == "提高社区治理能力。每百户居民拥有的社区服务设施面积增长2.5 倍以上，群众满意度明显提升。"


def test_a_decimal_under_another_kind_of_unit_takes_its_path():
    """2.1 under （二） of 三、 restates only （二）: it is 3.2.1; 1.1 under the item 1. is 1.1; a
    decimal that restates nothing open (3.5 in section 3.2) is text."""
    assert units("三、基本要求\n（一）综述资料\n申请人应当提交产品的综述资料，说明产品的预期用途和工作原理。\n"
                 "（二）非临床资料\n2.1  风险管理\n申请人应当开展风险管理，列明产品的主要风险及其控制措施。\n"
                 "2.2  需求规范\n申请人应当明确软件的功能、性能、接口和用户界面需求。\n"
                 "3.5 倍的冗余设计不能满足要求，应当提高到更高的水平。\n") == [
        ("3", "基本要求"), ("3.1", "综述资料"), ("3.2", "非临床资料"), ("3.2.1", "风险管理"), ("3.2.2", "需求规范")]
    # The first decimal of a document is numbered 1: 18.45 opening a line is a number in prose.
    document = parse_text("一、发展基础\n（一）数字基础设施\n截至2022年底，全国移动电话用户规模达到\n"
                          "18.45 亿户，成为全球主要经济体中首个实现“物超人”的国家。\n")
    assert [(c.id, c.text) for c in document.clauses] == [
        ("1.1", "截至2022年底，全国移动电话用户规模达到18.45 亿户，成为全球主要经济体中首个实现“物超人”的国家。")]
    assert units("1.安全治理原则\n1.1 包容审慎。鼓励发展创新。\n1.2 风险导向。跟踪研发趋势。\n"
                 "2.治理框架\n2.1 安全风险方面。梳理风险。\n") == [
        ("1", "安全治理原则"), ("1.1", "包容审慎"), ("1.2", "风险导向"), ("2", "治理框架"), ("2.1", "安全风险方面")]


def test_a_decimal_glued_after_a_sentence_with_its_title_on_the_next_line():
    """…反馈。5.2 / 社区就业: PDF copies put the number at the end of the line before."""
    assert units("第5章 社区治理\n5.1  社区矫正\n实时查询社区服刑人员的位置，对其活动范围和活动轨迹分析反馈。5.2\n"
                 "社区就业\n5.2.1  劳动就业\n为社区居民提供就业信息和职业介绍服务。\n") == [
        ("5", "社区治理"), ("5.1", "社区矫正"), ("5.2", "社区就业"), ("5.2.1", "劳动就业")]


def test_a_list_after_a_colon_is_units_when_it_goes_on_in_paragraphs():
    """具体包括：1）… with 2）… opening the next paragraph: units. 一般包括：1）…；2）… inside one
    sentence: an enumeration, part of the text."""
    assert units("（一）党建管理\n完善党员管理。具体包括：1）党员管理：对党员进行管理。\n2）组织管理：对党组织进行管理。\n") == [
        ("1", "党建管理"), ("1.1", "党员管理"), ("1.2", "组织管理")]
    document = parse_text("（一）术语\n设计运行范围一般包括：1）道路边界；2）交通基础设施；3）自然环境。\n（二）附则\n本办法自发布之日起施行。\n")
    assert [c.id for c in document.clauses] == ["1", "2"]
    assert document.clause("1").text == "设计运行范围一般包括：1）道路边界；2）交通基础设施；3）自然环境。"


def test_a_bracket_closed_across_a_line_break_is_not_an_item():
    """…（见附件 / 2）。: 2） opens the line but is followed by 。 — the end of a bracket."""
    assert match_marker("2）。对已经进行道路测试的车辆") is None
    assert match_marker("2）创新社区治理模式。") is not None
    document = parse_text("（一）申请\n提交测试申请材料（见附件\n2）。对已经进行测试的车辆，可持原材料申请。\n")
    assert [(c.id, c.text) for c in document.clauses] == [
        ("1", "提交测试申请材料（见附件2）。对已经进行测试的车辆，可持原材料申请。")]


def test_lines_at_a_narrow_column_are_a_wrapped_copy():
    """Lines of 32–34 characters (over the 30 of the median rule) nearly all at the same width:
    a PDF page, joined where they run on; a copy of one paragraph a line stays as it is."""
    wrapped = ("通过综合运用现代科学技术，结合当地实际，整合社区各类资源，加强\n"
               "社区服务能力建设，到2015年，初步建成100个左右的智慧社区示范点。示\n"
               "范点应具备完善的基础设施、高效的社区服务和治理水平、多元化的社区公\n"
               "共服务、智能化的便民利民服务能力，以及良好的政策、组织和人才保障。\n"
               "本指南适用于城市智慧社区的建设和运营，由住房和城乡建设部负责解释工\n"
               "作，请各单位在使用过程中总结实践经验，提出意见和建议并及时反馈。\n")
    lines = wrapped.split("\n")
    assert paragraphs(wrapped) == ["".join(lines[:4]), "".join(lines[4:6])]
    one_a_line = ("加强统筹协调。\n建立健全跨部门协同工作机制，定期研究解决智慧社区建设中的重大问题，形成工作合力。\n"
                  "强化资金保障，加大财政投入。\n完善考核评估机制，将智慧社区建设情况纳入地方政府绩效考核，定期通报进展情况。\n")
    assert paragraphs(one_a_line) == one_a_line.strip().split("\n")


def test_a_heading_glued_after_the_last_sentence_of_a_wrapped_line_ends_it():
    """…提醒服务。第9章 建设运营模式 fills the column, but its heading does not run on into the
    next line: the chapter keeps its title and the next line is its text."""
    text = ("第8章  主题社区\n"
            "提醒类服务：提供各类活动、车次等相关事项的定制提醒服务，满足居民需求。\n"
            "5）交通类服务：提供公交线路、停车信息等各类出行相关的查询服务。第9章  建设运营模式\n"
            "目前国内智慧社区的运营模式主要有三种：政府运营、企业运营以及政府引导市场运营。\n")
    document = parse_text(text)
    assert [(c.id, c.heading) for c in document.clauses][-1] == ("9", "建设运营模式")
    assert document.clause("9").text == "目前国内智慧社区的运营模式主要有三种：政府运营、企业运营以及政府引导市场运营。"


def test_a_list_of_attachments_without_its_colon():
    """附件1.… / 2.… after the text (no colon after 附件) names attachments, no items."""
    document = parse_text("一、口岸区范围包括查验区。\n二、土地使用期限至2047年。\n附件1.查验区界址点坐标\n"
                          "2.桥面界址点坐标\n国务院\n2006年12月30日\n")
    assert [unit for unit, _ in units_of(document)] == ["1", "2"]


def test_a_list_of_attachments_whose_first_title_opens_with_a_year():
    """附件：1.2025年清溪县河湖长制工作要点 / 2.…名单: the first item's number and its title's year read like a decimal
    (1.2025), but the list is a list of attachments all the same, and the points after the signature are the body."""
    document = parse_text("关于印发《2025年清溪县河湖长制工作要点》的通知\n各乡镇河长办：\n现将工作要点印发给你们，请认真抓好落实。\n"
                          "附件：1.2025年清溪县河湖长制工作要点\n2.清溪县县级河湖长及联系部门名单\n清溪县河长制办公室\n2025年2月20日\n"
                          "附件1\n2025年清溪县河湖长制工作要点\n一、工作目标\n全县断面水质优良比例保持100%。\n"
                          "二、重点任务\n（一）压紧压实河湖长责任。县级河湖长每季度巡河不少于1次。\n")
    assert units_of(document) == [("0", ""), ("1", "工作目标"), ("2", "重点任务"), ("2.1", "压紧压实河湖长责任")]


def test_a_notices_list_of_attachments_on_several_lines_is_not_its_body():
    """附件：1．… / 2．… names the documents attached: its numbered lines open no body, and the
    plan after the signature is the document's."""
    document = parse_text("关于印发XX县全民健身实施计划的通知\n\n各乡镇人民政府：\n"
                          "现将《XX县全民健身实施计划》印发给你们，请结合实际，认真组织实施。\n\n"
                          "附件：1．XX县全民健身实施计划\n2．XX县全民健身重点项目清单\n\nXX县人民政府办公室\n2024年3月18日\n\n"
                          "XX县全民健身实施计划\n\n一、主要目标\n到2025年，全县经常参加体育锻炼人数比例达到38.5%。\n"
                          "二、保障措施\n（一）加强组织领导。县全民健身工作领导小组统筹推进实施计划落实。\n")
    assert units_of(document) == [("0", ""), ("1", "主要目标"), ("2", "保障措施"), ("2.1", "加强组织领导")]
    assert document.clause("0").text == "现将《XX县全民健身实施计划》印发给你们，请结合实际，认真组织实施。"
    # 附件： alone, its items on the lines below, and an item written （1）.
    listed = parse_text("现将方案印发给你们。\n附件：\n（1）实施方案\n（2）任务清单\nXX市人民政府\n2024年3月18日\n"
                        "一、主要目标\n到2025年建成10个示范点。\n")
    assert units_of(listed) == [("0", ""), ("1", "主要目标")]


def test_a_score_table_typed_with_tabs_keeps_its_category_rows_as_rows():
    """考核项目⇥分值⇥评分标准⇥考评单位 heads an assessment's score table; its category rows (一、基础工作⇥20, the cells after
    the last written dropped) are rows of it, not units of the article holding it."""
    document = parse_text("第一章　总则\n第一条　考核内容分为基础工作和重点任务。\n\n考核项目\t分值\t评分标准\t考评单位\n"
                          "一、基础工作\t20\n组织领导\t6\t每半年至少专题研究1次，未研究的扣2分。\t市委政法委\n"
                          "二、重点任务\t40\n信访工作\t10\t信访事项及时受理率达到100%，每低1个百分点扣0.5分。\t市信访局\n\n"
                          "第二章　考核方法\n第二条　考核采取日常考评和年终考核相结合的方式。\n")
    assert [unit for unit, _ in units_of(document)] == ["1", "1.1", "2", "2.2"]
    assert "一、基础工作 | 20 |  | " in document.clause("1.1").text


def test_a_list_of_attachments_after_a_contact_line_and_a_blank_line():
    """联系人：…，电话：… (a line holding a comma, long enough to look like prose cut by a page break) / blank line /
    附件：1.… / 2.…: the list opens its own paragraph, names attachments, and leaves the last clause's text alone."""
    document = parse_text("二、工作要求\n（一）加强组织领导。各地要成立专项行动工作专班，明确分管负责同志和具体工作人员，压实责任。\n"
                          "（二）及时报送信息。各县（市、区）民政局于每月25日前报送专项行动进展情况，重大隐患随时报告。\n"
                          "联系人：市民政局养老服务科张××，电话：0765-3218×××，传真：0765-3218×××\n\n"
                          "附件：1.养老机构安全隐患排查清单\n2.养老机构安全隐患排查整治专项行动进展情况统计表\n\n某市民政局\n\n2025年4月28日\n")
    assert units_of(document) == [("2", "工作要求"), ("2.1", "加强组织领导"), ("2.2", "及时报送信息")]
    assert document.clause("2.2").text == "各县（市、区）民政局于每月25日前报送专项行动进展情况，重大隐患随时报告。"


def test_a_section_number_written_with_a_dot_is_a_marker():
    """一．工作目标 / 三. 工作要求: the dot is a typist's 、, not a full stop."""
    assert units("一．工作目标\n全镇村庄实现常态化保洁。\n二.整治内容\n（一）清理农村生活垃圾。\n（二）清理村内塘沟。\n"
                 "三. 工作要求\n各村要成立工作专班。\n") == [
        ("1", "工作目标"), ("2", "整治内容"), ("2.1", ""), ("2.2", ""), ("3", "工作要求")]


def test_a_section_number_typed_with_a_space_before_its_title_is_a_marker():
    """一　工作任务 (a space for the 、) over its items; a numeral opening a sentence is text."""
    document = parse_text("一　工作任务\n（一）摸清底数。全面排查。\n二 保障措施\n"
                          "（二）强化督导。一 是定期通报，二是限期整改。\n")
    assert units_of(document) == [("1", "工作任务"), ("1.1", "摸清底数"), ("2", "保障措施"), ("2.2", "强化督导")]
    assert document.clause("2.2").text == "一是定期通报，二是限期整改。"


def test_a_title_parted_from_its_text_by_a_space_is_a_title():
    """（一）指导思想 以…。: the space ends the title; a stray space inside a title does not."""
    document = parse_text("一、总体要求\n（一）指导思想　以新时代中国特色社会主义思想为指导，推动高质量发展。\n"
                          "（二）主要目标 到2025年，全县粮食产量稳定在30万吨以上。\n二、重点任务\n"
                          "1.强化 组织保障。各地要加强领导。\n")
    assert units_of(document) == [("1", "总体要求"), ("1.1", "指导思想"), ("1.2", "主要目标"), ("2", "重点任务"),
                                  ("2.1", "强化组织保障")]
    assert document.clause("1.2").text == "到2025年，全县粮食产量稳定在30万吨以上。"
    assert document.clause("2.1").text == "各地要加强领导。"


def test_a_title_parted_by_a_space_in_a_copy_that_lost_its_line_breaks_is_a_title():
    """…通知如下：一、明确目标任务 2014年，…。二、落实工作责任 市民政局负责…: headings glued after a colon or a
    sentence end, each title parted from its text by a space; a heading glued to its title stays one."""
    document = parse_text("各县人民政府，市政府各部门：为做好救助工作，现就有关事项通知如下：一、明确目标任务 2025年，"
                          "全市计划完成困难家庭住房救助3000户。二、落实工作责任 市民政局负责救助对象的认定和审核工作；"
                          "市财政局负责资金拨付。三、加强督促检查 1.开展专项督查。市政府督查室每季度组织一次督查。\n")
    assert units_of(document) == [("0", ""), ("1", "明确目标任务"), ("2", "落实工作责任"), ("3", "加强督促检查"),
                                  ("3.1", "开展专项督查")]
    assert document.clause("1").text == "2025年，全市计划完成困难家庭住房救助3000户。"
    assert document.clause("2").text == "市民政局负责救助对象的认定和审核工作；市财政局负责资金拨付。"


def test_a_sentence_carried_over_a_page_break_goes_on_whatever_its_first_part_looks_like():
    """（二）申请人有较严重的不良信用记录或者曾作出虚假承诺 / — 1 — / 的，在信用修复前…: the line before the page number
    looks like a bare title, but what goes on with 的 opens no paragraph: one sentence of the unit."""
    document = parse_text("一、明确适用范围\n（一）行政机关在办理依申请的政务服务事项时要求提供的证明材料，原则上均实行告知承诺制。\n"
                          "（二）申请人有较严重的不良信用记录或者曾作出虚假承诺\n\n— 1 —\n\n"
                          "的，在信用修复前不适用告知承诺制。\n二、规范工作流程\n（三）编制公布事项清单。各部门要全面梳理。\n")
    assert units_of(document) == [("1", "明确适用范围"), ("1.1", ""), ("1.2", ""), ("2", "规范工作流程"), ("2.3", "编制公布事项清单")]
    assert document.clause("1.2").text == "申请人有较严重的不良信用记录或者曾作出虚假承诺的，在信用修复前不适用告知承诺制。"


def test_quotation_marks_of_two_widths_are_both_full_width():
    """（一）“四聚"。 / “双区"同建 / "多园”: a copy mixing widths; the quotation reads as one."""
    document = parse_text("三、空间布局\n（一）“四聚\"。打造“双区同建\"格局。\n（二）\"多园”。建设特色园区。\n")
    assert units_of(document) == [("3", "空间布局"), ("3.1", "“四聚”"), ("3.2", "“多园”")]
    assert document.clause("3.1").text == "打造“双区同建”格局。"


def test_ocr_reads_one_as_a_dash():
    """（-）, -、 and a section marker OCR placed after its title (总体要求-、) are 一; a dash in the
    text is not."""
    document = parse_text("场景创新是新技术的创造性应用。\n总体要求-、\n坚持以人民为中心，推动高质量发展。\n"
                          "二、重点任务\n(-)建设平台。围绕0-2级驾驶辅助开展测试。\n（二）培育企业。扶持一批企业。\n")
    assert units_of(document) == [("0", ""), ("1", "总体要求"), ("2", "重点任务"), ("2.1", "建设平台"),
                                  ("2.2", "培育企业")]
    assert document.clause("2.1").text == "围绕0-2级驾驶辅助开展测试。"
    # … and as the units of a number in tens: （十—） after （十）.
    tens = "".join(f"（{numeral}）任务{k}。做好工作。\n" for k, numeral in enumerate("一二三四五六七八九十", 1))
    assert units("一、重点任务\n" + tens + "（十—）完善养老服务体系。新增养老床位。\n")[-1] == ("1.11", "完善养老服务体系")
    # … and a tortoise-shell bracket for one of a marker's own (（四〕推进数字文化服务).
    # … and O for a zero inside a number, a space after a decimal point inside a sentence (not N2O, not an item's 1.).
    from policydiff.normalize import normalize_line

    assert [normalize_line(line) for line in ("开展演出不少于10O场，达到6O项，开放率1OO%，2O25年", "藏书量达到1. 2册，N2O排放",
                                               "1. 加强领导")] == [
        "开展演出不少于100场，达到60项，开放率100%，2025年", "藏书量达到1.2册，N2O排放", "1. 加强领导"]
    # … and numbers with a full stop set as one character (⒈), and an item number whose dot became a space before a
    # short title closed by 。 (not a count: 3 家企业).
    assert [normalize_line(line) for line in ("⒈　建设社区养老机构。", "1　加强组织领导。成立领导小组", "3 家企业入选。")] == [
        "1. 建设社区养老机构。", "1.加强组织领导。成立领导小组", "3家企业入选。"]
    # … and l for a one inside a number or standing for one, 一 for a range's dash between numbers (not in a word).
    assert normalize_line("产量突破l5万辆，收入达到l000亿元，覆盖率l00%，半径小于l公里，培育3一5家，用Excel汇总") == \
        "产量突破15万辆，收入达到1000亿元，覆盖率100%，半径小于1公里，培育3—5家，用Excel汇总"
    # … and digits grouped by thousands (1,200家; 6 500万千瓦 before a unit, 1 500 km, not numbers a space apart in a table's row),
    # a space before a percent sign (35 %; not 4 % 68, a row's number, unit and value).
    assert [normalize_line(line) for line in ("接入企业1,200家，带宽2,000 Gbps，占比35 %。", "风电装机6 500万千瓦",
                                              "2 养老机构护理型床位占比 % 52 ≥60", "4 % 68 ≥72", "2023, 2024年",
                                              "完成智能化改造道路1 500 km")] == [
        "接入企业1200家，带宽2000 Gbps，占比35%。", "风电装机6500万千瓦", "2 养老机构护理型床位占比 % 52 ≥60", "4 % 68 ≥72",
        "2023, 2024年", "完成智能化改造道路1500 km"]
    # … and a number typeset a digit at a time with a space between (full-width copies), before what it counts (not
    # single digits a table's row parts: 1 2 3 / 城关镇 | 4 5 6).
    assert [normalize_line(line) for line in ("扶持返乡入乡创业１ ５ ０ ０人，发放贷款１ ２ ０ ０ 万元", "1 2 3", "城关镇 4 5 6")] == [
        "扶持返乡入乡创业1500人，发放贷款1200万元", "1 2 3", "城关镇4 5 6"]
    # … and a speck read as a dot closing a line after a space (not a dot inside a name: 中国·武汉).
    assert [normalize_line(line) for line in ("二、主要任务 ·", "中国·武汉")] == ["二、主要任务", "中国·武汉"]
    shell = "（四〕推进数字文化服务\n\n到2025年，建成覆盖县、乡、村三级的数字文化服务平台，乡镇数字文化驿站覆盖率达到80%以上。\n"
    assert units("一、重点任务\n" + tens[:39] + shell)[-1] == ("1.4", "推进数字文化服务")


def test_roman_section_numbers_are_sections():
    """Ⅰ、发展基础 / Ⅱ．主要任务 / Ⅲ 保障措施 number the sections as 一、 二、 三、 would; a grade
    written with one (Ⅳ级响应) is a title."""
    assert units("Ⅰ、发展基础\n全市基础坚实，创新能力较强。\nⅡ．主要任务\n（一）建设平台。加快建设。\nⅢ 保障措施\n"
                 "各地要加强领导，落实责任。\n") == [
        ("1", "发展基础"), ("2", "主要任务"), ("2.1", "建设平台"), ("3", "保障措施")]
    assert units("1 应急响应\n1.1\nⅣ级响应\n由市指挥部办公室启动响应。\n1.2\nⅢ级响应\n由市指挥部启动响应。\n") == [
        ("1", "应急响应"), ("1.1", "Ⅳ级响应"), ("1.2", "Ⅲ级响应")]


def test_roman_numbers_in_a_document_numbered_with_sections_too_are_another_level():
    """Where sections are numbered 一、 as well, a Roman number after the first section numbers a level under it
    (四、实施步骤 / Ⅰ．动员部署阶段: as （一）), and one before the first section a level over them (Ⅰ、发展基础 /
    一、…: as 第一部分)."""
    assert units("一、总体要求\n到2027年，治理率达到70%。\n二、实施步骤\nⅠ．动员部署阶段（2025年）。制定年度计划。\n"
                 "Ⅱ．集中攻坚阶段（2026年）。完成80个村治理任务。\n") == [
        ("1", "总体要求"), ("2", "实施步骤"), ("2.1", "动员部署阶段（2025年）"), ("2.2", "集中攻坚阶段（2026年）")]
    assert units("Ⅰ、发展基础\n\n一、取得的成效\n\n全市研发经费投入强度达到2.8%，高新技术企业数量突破3000家。\n\n"
                 "二、面临的形势\n\n区域竞争日趋激烈，创新资源争夺加剧。\n\nⅡ、主要任务\n\n一、建设平台\n\n"
                 "加快建设一批重点实验室和技术创新中心。\n") == [
        ("1", "发展基础"), ("1.1", "取得的成效"), ("1.2", "面临的形势"), ("2", "主要任务"), ("2.1", "建设平台")]


def test_a_responsibility_note_closing_a_heading_is_the_clauses():
    """（一）健全基本医疗保险制度（省医保局牵头，省财政厅配合） over the body: the note leaves the
    heading and names the clause's departments, hard-wrapped or not; other brackets stay."""
    wrapped = ("XX省深化医疗保障制度改革实施方案\n一、完善待遇保障机制\n"
               "（一）健全基本医疗保险制度（省医保局牵头，省财政厅、省税务局配合）\n"
               "全面落实全民参保计划，巩固提高基本医疗\n保险参保率，推进基本医疗保险省级统筹。\n"
               "（二）完善医疗救助制度（省医保局、省民政厅按职责分工负责）\n建立健全防范和化解因病致贫返贫长效机\n制，完善医疗救助对象精准识别机制。\n")
    for text in (wrapped, wrapped.replace("医疗\n保险", "医疗保险").replace("长效机\n制", "长效机制")):
        document = parse_text(text)
        first, second = document.clause("1.1"), document.clause("1.2")
        assert (first.heading, first.text) == ("健全基本医疗保险制度", "全面落实全民参保计划，巩固提高基本医疗保险参保率，推进基本医疗保险省级统筹。")
        assert (first.agencies.lead, first.agencies.responsible) == (("省医保局",), ("省财政厅", "省税务局"))
        assert (second.heading, second.text) == ("完善医疗救助制度", "建立健全防范和化解因病致贫返贫长效机制，完善医疗救助对象精准识别机制。")
        assert (second.agencies.lead, second.agencies.responsible) == (("省医保局",), ("省民政厅",))
    kept = parse_text("一、完善公平适度的待遇保障机制，健全多层次医疗保障体系\n（一）完善医疗救助制度（试行）\n"
                      "建立健全防范和化解因病致贫返贫长效机制，完善医疗救助对象精准识别机制。\n").clause("1.1")
    assert (kept.heading, kept.agencies.lead) == ("完善医疗救助制度（试行）", ())
    # A note holding a bracket of its own (各区、县（市）人民政府) leaves the heading too.
    nested = parse_text("一、夯实数据底座\n（一）深化公共数据共享（市数据局牵头，各区、县（市）人民政府配合）\n"
                        "完善共享目录，提升共享效率。\n").clause("1.1")
    assert (nested.heading, nested.agencies.lead, nested.agencies.responsible) == (
        "深化公共数据共享", ("市数据局",), ("各区人民政府", "各县人民政府"))


def test_parts_of_a_plan_outline_may_be_called_篇():
    """规划纲要 group their chapters in 篇, chapters numbered on across them."""
    assert units("第一篇　开启新征程\n第一章　发展环境\n“十三五”时期，我市经济实力显著增强，综合实力迈上新台阶，人民生活水平明显提高。\n"
                 "第二章　主要目标\n第一节　指导思想\n高举中国特色社会主义伟大旗帜，深入贯彻党的二十大精神，完整准确全面贯彻新发展理念。\n"
                 "第二篇　坚持创新驱动\n第三章　提升科技创新能力\n推进实验室体系建设，布局建设一批重大科技基础设施和高水平研发平台。\n") == [
        ("1", "开启新征程"), ("1.1", "发展环境"), ("1.2", "主要目标"), ("1.2.1", "指导思想"),
        ("2", "坚持创新驱动"), ("2.3", "提升科技创新能力")]


def test_a_question_is_a_title():
    """A 解读 of questions and answers: each question is its unit's title, ？ kept."""
    document = parse_text("一、为什么要制定《办法》？\n为进一步完善居住证制度，有序推进农业转移人口市民化，制定了《办法》。\n"
                          "二、积分指标包括哪些？积分指标由基础指标、加分指标和减分指标组成，按年度公布。\n")
    assert [(c.id, c.heading, c.text) for c in document.clauses] == [
        ("1", "为什么要制定《办法》？", "为进一步完善居住证制度，有序推进农业转移人口市民化，制定了《办法》。"),
        ("2", "积分指标包括哪些？", "积分指标由基础指标、加分指标和减分指标组成，按年度公布。")]


def test_a_line_that_introduces_a_list_is_text_not_a_title():
    """1.1.1 围护结构诊断应包括下列内容： over its items 1）… is a requirement; 1.1 诊断内容 is a title."""
    assert units("第1章　节能诊断\n1.1　诊断内容\n1.1.1　围护结构诊断应包括下列内容：\n1）外墙、屋面的传热系数；\n"
                 "2）外窗的气密性能。\n1.1.2　照明系统诊断应检测照度和功率密度。\n") == [
        ("1", "节能诊断"), ("1.1", "诊断内容"), ("1.1.1", ""), ("1.1.1.1", ""), ("1.1.1.2", ""), ("1.1.2", "")]
    # A first line that goes on past a comma to its colon introduces its items too; a label does not.
    assert units("第八条　施工单位应当遵守下列规定：\n（一）主要目标：到2025年完成改造。\n"
                 "（二）施工现场设置明显标志和安全防护设施，并做到：\n1.夜间设置警示灯；\n2.围挡高度不低于1.8米。\n") == [
        ("8", ""), ("8.1", "主要目标"), ("8.2", ""), ("8.2.1", ""), ("8.2.2", "")]
    # … and so does one short enough for a label (评价等级按以下规定确定：).
    assert units("7.1　能效评价\n7.1.1　评价分为A、B、C三个等级。\n7.1.2　评价等级按以下规定确定：\n"
                 "1）年均电能利用效率不高于1.25的，评为A级；\n2）其余评为B级。\n") == [
        ("7.1", "能效评价"), ("7.1.1", ""), ("7.1.2", ""), ("7.1.2.1", ""), ("7.1.2.2", "")]


def test_closing_formulas_are_not_titles():
    """本措施自…起施行 opening the last unit is text; 特此通知。 after it and a web page's 相关新闻
    are not the document's."""
    document = parse_text("一、支持科技成果转化。对技术合同成交额给予登记方奖励。\n"
                          "二、本措施自2024年1月1日起施行，有效期3年。由市科技局负责解释。\n特此通知。\n"
                          "XX市科学技术局\n2023年12月1日\n相关新闻\n5月15日，XX区召开工作推进会。会议要求：\n"
                          "一、提高政治站位；\n二、开展专项整治。\n")
    assert [(c.id, c.heading, c.text) for c in document.clauses] == [
        ("1", "支持科技成果转化", "对技术合同成交额给予登记方奖励。"),
        ("2", "", "本措施自2024年1月1日起施行，有效期3年。由市科技局负责解释。")]
    assert parse_text("一、加强投诉处理。及时受理群众投诉，限期办结。\n（一）畅通渠道。\n特此通知。\n").clause("1.1").text == "畅通渠道。"


def test_a_bare_numbers_title_may_list_its_parts():
    """3　风险防控、预警和信息报告 / 3.1　风险防控: a title naming its parts with 、 heads its section as any title does."""
    assert units("XX县生产安全事故应急预案\n\n1　总则\n1.1　编制目的\n为规范应急管理，制定本预案。\n"
                 "2　组织指挥体系\n2.1　县应急指挥部\n县政府成立县应急指挥部。\n3　风险防控、预警和信息报告\n3.1　风险防控\n"
                 "县应急管理局每季度至少开展1次风险分析研判。\n") == [
        ("1", "总则"), ("1.1", "编制目的"), ("2", "组织指挥体系"), ("2.1", "县应急指挥部"),
        ("3", "风险防控、预警和信息报告"), ("3.1", "风险防控")]


def test_a_bare_number_before_a_title_heads_a_decimal_outline():
    """应急预案 number 1 总则 / 1.1 编制目的 without 第1章: a bare number before a short title is a
    unit in a document numbered 2.1 …, its own section with subsections or not; elsewhere (a
    figure's number, a spaced date) it is text."""
    assert units("XX市重污染天气应急预案\n\n1　总则\n1.1　编制目的\n为积极应对重污染天气，保障人民群众身体健康，制定本预案。\n"
                 "1.2　适用范围\n本预案适用于本市行政区域内重污染天气的应对工作。\n2　组织指挥体系\n"
                 "2.1　市应急指挥部\n市政府成立市重污染天气应急指挥部，负责统一领导全市重污染天气应对工作。\n"
                 "3　附则\n本预案自印发之日起施行，由市生态环境局负责解释。\n") == [
        ("1", "总则"), ("1.1", "编制目的"), ("1.2", "适用范围"), ("2", "组织指挥体系"), ("2.1", "市应急指挥部"),
        ("3", "附则")]
    document = parse_text("一、体系结构\n标准体系结构包括基础共性、关键技术、行业应用等3个部分，如图所示。\n3　体系结构图\n"
                          "二、建设内容\n主要包括通用、安全、可靠性、检测、评价等5个部分，统一相关概念。\n"
                          "XX市工业和信息化局\n2021 年3月9日\n")
    assert [(c.id, c.text) for c in document.clauses] == [
        ("1", "标准体系结构包括基础共性、关键技术、行业应用等3个部分，如图所示。3 体系结构图"),
        ("2", "主要包括通用、安全、可靠性、检测、评价等5个部分，统一相关概念。")]
    assert document.meta.date == "2021-03-09"



def test_an_outline_number_glued_to_its_title():
    """1.1编制目的 / 3.1.1气象部门发布的…: a decimal outline typed without its space; a number of
    one dot opening a sentence stays text."""
    document = parse_text("1.总则\n1.1编制目的\n为规范应急处置工作，制定本预案。\n1.2适用范围\n本预案适用于全省。\n"
                          "1.5倍以上的增幅由指挥部认定。\n2.预警\n2.1.1气象部门发布的暴雨预警信息。\n2.1.2应急运输。启动运力储备。\n")
    assert units_of(document) == [("1", "总则"), ("1.1", "编制目的"), ("1.2", "适用范围"), ("2", "预警"),
                                  ("2.1.1", ""), ("2.1.2", "应急运输")]
    assert document.clause("1.2").text == "本预案适用于全省。1.5倍以上的增幅由指挥部认定。"


def test_an_outline_heading_glued_after_the_last_sentence_of_the_text_before():
    """A standard's PDF text: …管理水平。1 范围 / …进行标识。2 术语和定义 — the heading after a
    sentence end, its title filling the line, opens its unit; a number in a sentence does not."""
    document = parse_text("摘要\n为规范标识工作，提高安全管理水平。1 范围\n本文件适用于服务提供者。2 术语和定义\n"
                          "2.1 显式标识\n在界面中添加的文字。共有3 种方式。\n")
    assert units_of(document) == [("0", ""), ("1", "范围"), ("2", "术语和定义"), ("2.1", "显式标识")]
    assert document.clause("2.1").text == "在界面中添加的文字。共有3种方式。"
    # A decimal number run straight into its text under the open top unit; not a quantity.
    glued = parse_text("1 范围\n1.1 适用对象\n本文件适用于服务提供者。\n2 标识方式\n2.1在显示区域下方持续显示提示文字。\n"
                       "2.2在文件元数据中添加标识。\n2.5倍以上的增幅由平台认定。\n")
    assert units_of(glued) == [("1", "范围"), ("1.1", "适用对象"), ("2", "标识方式"), ("2.1", ""), ("2.2", "")]
    assert glued.clause("2.2").text == "在文件元数据中添加标识。2.5倍以上的增幅由平台认定。"


def test_a_number_alone_on_its_line_over_a_title_and_its_first_subsection_is_not_a_page():
    """1 / 总体要求 / 1.1 / 适用范围 (every number on a line of its own, as some copies of guidelines
    have them) heads the outline; a page number between two lines of text is still dropped."""
    document = parse_text("XX市智慧社区建设指南\n\n1\n总体要求\n1.1\n适用范围\n本指南适用于本市城镇社区的智慧化建设。\n"
                          "2\n建设内容\n2.1\n基础设施\n社区应实现千兆光纤网络全覆盖，新建社区应配建\n3\n智能信包箱。\n")
    assert units_of(document) == [("1", "总体要求"), ("1.1", "适用范围"), ("2", "建设内容"), ("2.1", "基础设施")]
    assert document.clause("2.1").text == "社区应实现千兆光纤网络全覆盖，新建社区应配建智能信包箱。"

def test_a_paragraph_after_the_last_of_a_list_of_sentences_gives_it_no_title():
    """一、…。二、…。三、…。 then 各区、各部门要…: the closing paragraph stands after the last item, it
    does not make that item's sentence a title; an item whose siblings have titles keeps its own."""
    document = parse_text("经市人民代表大会票决，确定2024年市重点民生实事项目，现印发给你们，具体如下：\n"
                          "一、新增公办幼儿园学位5000个。\n二、改造提升农贸市场20个。\n三、新建公共充电桩3000个。\n"
                          "各区、各部门要加强组织领导，确保按期完成。\n")
    assert [(c.id, c.heading, c.text) for c in document.clauses][1:] == [
        ("1", "", "新增公办幼儿园学位5000个。"), ("2", "", "改造提升农贸市场20个。"),
        ("3", "", "新建公共充电桩3000个。各区、各部门要加强组织领导，确保按期完成。")]
    titled = parse_text("一、加强组织领导。成立工作专班，统筹推进各项工作。\n二、强化督导考核。\n定期通报工作进展情况。\n")
    assert [(c.id, c.heading) for c in titled.clauses] == [("1", "加强组织领导"), ("2", "强化督导考核")]

    # Siblings whose one sentence is too long for a title count as sentences too.
    notice = parse_text("现将有关事项通知如下：\n一、请各单位于2023年12月15日前将年度安全生产工作总结报区安委办。\n"
                        "二、总结内容应包括年度工作开展情况、主要做法和成效、存在的问题及下一年度工作打算。\n"
                        "三、材料报送纸质版一份。\n联系人：张XX，联系电话：12345678。\n")
    assert [(c.id, c.heading, c.text) for c in notice.clauses][-1] == (
        "3", "", "材料报送纸质版一份。联系人：张XX，联系电话：12345678。")

def test_numbers_set_as_one_character_and_a_typists_dun_after_a_marker():
    """⑴ … and ㈠ … are （1） and （一）; （一）、 and 1.、 are markers with a stray 、."""
    assert units("一、推进教育优质均衡\n㈠扩大学位供给。新建扩建城区学校。\n⑴新建学校3所。\n⑵扩建学校5所。\n"
                 "（二）、强化师资保障。补充教师200名。\n1.、开展全员培训。\n") == [
        ("1", "推进教育优质均衡"), ("1.1", "扩大学位供给"), ("1.1.1", ""), ("1.1.2", ""),
        ("1.2", "强化师资保障"), ("1.2.1", "")]


def test_invisible_characters_bullets_and_box_borders_are_not_text():
    """A repost's zero-width spaces and bullets before markers, and a box drawn in characters."""
    document = parse_text("■ 一\u200b、激发汽车消费活力\n◆（一）\ufeff支持汽车以旧换新。对报废旧车并购买新车的给予补贴。\n"
                          "┌──────────────┐\n│专栏1　重点工程│\n│1.建设物流枢纽│\n└──────────────┘\n"
                          "● 二、提振家居消费\n（二）开展家居焕新。支持旧房装修。\n")
    assert units_of(document) == [("1", "激发汽车消费活力"), ("1.1", "支持汽车以旧换新"),
                                         ("2", "提振家居消费"), ("2.2", "开展家居焕新")]
    assert document.clause("1.1").text == "对报废旧车并购买新车的给予补贴。专栏1重点工程1.建设物流枢纽"


def test_a_copy_on_one_line_is_split_at_its_paragraph_indents():
    """The line breaks lost, each paragraph's indent (　　) left: a paragraph starts at each."""
    text = ("　　XX县优化农村客运服务实施方案　　为进一步优化农村客运服务，结合我县实际，制定本方案。　　一、总体目标"
            "　　到2024年底，建制村通客车率保持100%。　　二、主要任务　　（一）优化农村客运网络。合理调整班线走向。"
            "　　（二）推进城乡交通运输一体化。发展定制客运。")
    assert units(text) == [("0", ""), ("1", "总体目标"), ("2", "主要任务"), ("2.1", "优化农村客运网络"),
                           ("2.2", "推进城乡交通运输一体化")]
    assert paragraphs("XX市人民政府　　2024年1月1日") == ["XX市人民政府2024年1月1日"]  # one indent: one line


def test_spans_of_quarters_and_months_are_prose():
    assert match_marker("一、二季度全县地区生产总值增长5.2%。") is None
    assert match_marker("10、11月份计划完成投资2亿元。") is None


def test_glossaries_and_drafting_notes_after_the_text_are_not_the_documents():
    document = parse_text("现将工作安排通报如下：\n一、加强数据共享。推进政务数据互联互通。\n二、强化安全保障。落实等级保护制度。\n"
                          "名词解释\n1.政务云：指为政务部门提供服务的云平台。\n"
                          "关于《XX市政务数据管理办法（征求意见稿）》的起草说明\n一、起草背景\n为规范政务数据管理，起草了本办法。\n")
    assert units_of(document) == [("0", ""), ("1", "加强数据共享"), ("2", "强化安全保障")]
    assert document.clause("0").text == "现将工作安排通报如下："


def test_a_label_may_carry_a_bracket():
    document = parse_text("一、实施步骤\n1.启动部署阶段（2023年1月—6月）：制定实施方案，召开动员会议。\n"
                          "2.全面推进阶段（2023年7月—2024年6月）：各单位按照方案推进。\n")
    assert [(c.id, c.heading) for c in document.clauses] == [
        ("1.1", "启动部署阶段（2023年1月—6月）"), ("1.2", "全面推进阶段（2023年7月—2024年6月）")]
    inside = parse_text("一、重点任务\n（一）医联体（医共体）建设：推进紧密型县域医共体建设。\n").clause("1.1")
    assert (inside.heading, inside.text) == ("医联体（医共体）建设", "推进紧密型县域医共体建设。")


def test_an_item_whose_text_opens_with_a_digit_follows_on_its_run():
    """2.5G+… after item 1 is item 2 (5G+…), 4.2025年底前… after item 3 is item 4; a line opening
    with a decimal where no run expects it (2.5亿元…) stays text."""
    document = parse_text("一、新型基础设施\n1.“双千兆”网络提速工程。推进千兆光网和5G网络协同发展。\n"
                          "2.5G+工业互联网融合应用工程。建设5G+工业互联网示范项目30个。\n"
                          "3.算力枢纽配套工程。新增标准机架2万个。\n二、数字产业化\n4.2025年底前，建成软件产业园2个。\n"
                          "三、保障措施\n（一）加大资金投入。\n2.5亿元专项资金用于支持重点项目。\n")
    assert units_of(document) == [("1", "新型基础设施"), ("1.1", "“双千兆”网络提速工程"),
                                  ("1.2", "5G+工业互联网融合应用工程"), ("1.3", "算力枢纽配套工程"),
                                  ("2", "数字产业化"), ("2.4", ""), ("3", "保障措施"), ("3.1", "加大资金投入")]
    assert document.clause("3.1").text == "2.5亿元专项资金用于支持重点项目。"
    # A run that restarts under a heading just opened: 1.2025年底前… is its item 1.
    restarted = parse_text("一、数字化转型\n（一）医养健康\n1.建设健康医疗大数据中心。\n2.推广互联网医疗。\n"
                           "（二）精品旅游\n1.2025年底前完成景区5G网络覆盖。\n2.推进智慧文旅建设。\n")
    assert [c.id for c in restarted.clauses] == ["1.1.1", "1.1.2", "1.2.1", "1.2.2"]
    assert restarted.clause("1.2.1").text == "2025年底前完成景区5G网络覆盖。"


def test_a_wide_table_typed_with_spaces_is_read_in_linear_time():
    """A header of thousands of columns and rows keeping to them, a cell short of the header each
    (read by position): each cell finds its column by bisection and its place by a running width, so
    doubling the columns about doubles the time (it was 4×: every cell tried every column)."""
    from doubling import doubling_ratio

    def text(columns: int) -> str:
        header = "指标    2025年    单位    " + "    ".join(f"列{k:05d}" for k in range(columns))
        row = "甲      10        个      " + "    ".join(f"值{k:05d}" for k in range(columns - 1))
        return "\n".join([header] + [row] * 20) + "\n"

    small, large = text(1000), text(2000)
    assert paragraphs(small)[1] == paragraphs(small)[2] and " | " in paragraphs(small)[1]
    assert doubling_ratio(lambda: paragraphs(small), lambda: paragraphs(large)) < 3


def test_a_headings_last_characters_wrapped_onto_a_line_of_their_own_join_it():
    """二、发展民生事业，解决急难 / 愁盼 in a hard-wrapped copy; a line after a unit that has ended its
    sentence stays apart."""
    wrapped = ("一、总体要求\n　　坚持以人民为中心的发展思想，推动事业产业协同发展，基本和非基本服务\n"
               "并重，有效市场和有为政府相结合，推动事业产业协同发展壮大。\n二、发展民生事业，解决急难\n愁盼\n"
               "　　（一）扩大老年助餐服务。完善老年助餐服务网络，支持养老机构、餐饮\n企业参与老年助餐服务，推动助餐服务向农村延伸。\n")
    assert paragraphs(wrapped)[2:] == ["二、发展民生事业，解决急难愁盼",
                                       "（一）扩大老年助餐服务。完善老年助餐服务网络，支持养老机构、餐饮企业参与老年助餐服务，推动助餐服务向农村延伸。"]
    ended = "一、总体要求\n　　坚持以人民为中心的发展思想，推动事业产业\n协同发展，基本和非基本服务并重。\n（一）加强领导。\n各地\n"
    assert paragraphs(ended)[2:] == ["（一）加强领导。", "各地"]
    longer = wrapped.replace("解决急难\n愁盼", "激发数\n据要素价值")
    assert paragraphs(longer)[2] == "二、发展民生事业，激发数据要素价值"
    paged = wrapped.replace("解决急难\n愁盼", "特殊环境等\n\n— 3 —\n\n领域的场景应用")
    assert paragraphs(paged)[2] == "二、发展民生事业，特殊环境等领域的场景应用"
    sections = "第二章　规划与建设\n\n第一节　规划\n\n第三条　市园林绿化主管部门应当会同规划部门编制城市绿地系统规划。\n"
    assert paragraphs(sections)[:2] == ["第二章规划与建设", "第一节规划"]


def test_a_note_at_a_pages_foot_is_no_unit():
    """…通识教育①融入… / ① 人工智能通识教育是指…: the note its text calls is no unit; points ① ② enumerated as
    units stay units, and so does an inline enumeration's (包括①数据②算力)."""
    document = parse_text("一、主要任务\n（一）构建课程体系。将人工智能通识教育①融入中小学课程体系。\n"
                          "① 人工智能通识教育是指面向全体学生开展的人工智能基础教育。\n（二）开发教学资源。建设精品课程。\n")
    assert units_of(document) == [("1", "主要任务"), ("1.1", "构建课程体系"), ("1.2", "开发教学资源")]
    noted = parse_text("一、主要目标\n（一）算力规模。算力规模超过300 EFLOPS①，网络时延低于1毫秒②。\n注：\n"
                       "①EFLOPS是指每秒百亿亿次浮点运算次数。\n②时延是指数据传输所需时间。\n")
    assert units_of(noted) == [("1", "主要目标"), ("1.1", "算力规模")]
    points = parse_text("一、主要任务\n（一）建设基础设施。主要包括①数据②算力。\n①数据中心。建设数据中心。\n"
                        "②算力平台。建设算力平台。\n")
    assert units_of(points) == [("1", "主要任务"), ("1.1", "建设基础设施"), ("1.1.1", "数据中心"), ("1.1.2", "算力平台")]


def test_ocr_slips_opening_the_first_item_and_subitem():
    """1，做强整车制造。 opening the items under a heading just opened (a comma for the dot), and (l) for （1）."""
    document = parse_text("二、重点任务\n（一）提升整车产业能级\n1，做强整车制造。\n(l)推动整车企业智能化升级。支持整车企业研发。\n"
                          "(2)引进培育新势力企业。引进一批整车项目。\n2.突破关键零部件。围绕激光雷达攻关。\n")
    assert units_of(document) == [("2", "重点任务"), ("2.1", "提升整车产业能级"), ("2.1.1", "做强整车制造"),
                                  ("2.1.1.1", "推动整车企业智能化升级"), ("2.1.1.2", "引进培育新势力企业"),
                                  ("2.1.2", "突破关键零部件")]


def test_a_heading_glued_to_its_sections_title_is_cut_before_items_glued_further_on():
    """A copy that lost its line breaks: 二、加快培育…主体（四）培育…企业。…。1.数据标注服务。…。三、… — the
    clause glued to the section's title is cut first, the headings after a sentence end then."""
    document = parse_text("一、总体要求（一）指导思想。推动发展。（二）主要目标。规模增长。（三）基本原则。市场主导。\n"
                          "二、培育经营主体（四）培育资源企业。提升资源质量。（五）做强服务企业。推进以下服务发展。"
                          "1.数据标注服务。建设标注基地。2.数据合规服务。开展合规咨询。三、提升创新能力\n"
                          "（六）加强技术攻关。实施重大项目。\n")
    assert units_of(document)[4:] == [("2", "培育经营主体"), ("2.4", "培育资源企业"), ("2.5", "做强服务企业"),
                                      ("2.5.1", "数据标注服务"), ("2.5.2", "数据合规服务"), ("3", "提升创新能力"),
                                      ("3.6", "加强技术攻关")]


def test_a_notice_whose_only_numbers_are_a_tables_is_refused():
    """A 公示 of one paragraph over a list typed with spaces (序号 单位名称 …, rows 1 … 2 …): its rows
    are no numbered units, and a document without any is refused as one with none."""
    from policydiff import InputError

    text = ("　　经企业申报、专家评审，拟认定以下项目为智能工厂，现予公示。公示期5个工作日。\n\n"
            "序号    单位名称    项目名称\n1    甲机床有限公司    伺服压力机智能工厂\n2    乙机械有限公司    转向节数字化车间\n")
    with pytest.raises(InputError, match="no numbered clauses found"):
        parse_text(text, "notice")


def test_a_short_title_alone_on_an_articles_line_is_its_title():
    """若干措施 written in articles: 第一条　发放文旅消费券 / its text below. An article opening with its text,
    a sentence with its marks, has none."""
    document = parse_text("第一条　发放文旅消费券\n　　每年发放文旅消费券不少于5000万元。\n"
                          "第二条　为规范管理，制定本办法。\n第三条　本办法自发布之日起施行\n")
    assert units_of(document) == [("1", "发放文旅消费券"), ("2", ""), ("3", "")]


def test_a_short_sentence_alone_on_an_articles_line_is_its_title_only_over_items():
    """第五条　支持企业做大做强。 over items 1. 2.: the article's title; the same sentence over paragraphs
    is the article's first 款 (第二十条　国家实行河长制。 / 河长制的具体办法…)."""
    document = parse_text("第五条　支持企业做大做强。\n1.对首次突破1亿元的企业给予奖励。\n2.对新认定的企业给予奖励。\n"
                          "第六条　国家实行河长制。\n河长制的具体办法由省人民政府规定。\n")
    assert units_of(document) == [("5", "支持企业做大做强"), ("5.1", ""), ("5.2", ""), ("6", "")]
    assert document.clause("6").text == "国家实行河长制。河长制的具体办法由省人民政府规定。"


def test_a_numbered_questions_label_is_no_title():
    """1. 问：…？ / 答：… — the question is the unit's title, as a 解读's 一、为什么…？ is."""
    document = parse_text("1. 问：哪些人员可以申领补贴？\n答：符合条件的企业职工。\n2. 问：补贴标准是多少？\n答：每人1000元。\n")
    assert units_of(document) == [("1", "哪些人员可以申领补贴？"), ("2", "补贴标准是多少？")]


def test_an_item_whose_text_opens_with_a_quantity_keeps_its_number():
    """1．1.5万元至10万元（含）的部分，报销60%； / 2．10万元至30万元… — items numbered with a full-width dot whose text opens
    with an amount: three items, not the decimal outline numbers 1.1.5 and 2.10 the folded dot would make. An outline
    number typed with the dot (1．1 编制目的) stays one."""
    document = parse_text("一、大病保险待遇\n（一）报销比例。分段报销：\n1．1.5万元至10万元（含）的部分，报销60%；\n"
                          "2．10万元至30万元（含）的部分，报销70%；\n3．30万元以上的部分，报销80%。\n")
    assert units_of(document) == [("1", "大病保险待遇"), ("1.1", "报销比例"), ("1.1.1", ""), ("1.1.2", ""), ("1.1.3", "")]
    assert document.clause("1.1.1").text == "1.5万元至10万元（含）的部分，报销60%；"
    outline = parse_text("1 总则\n1．1 编制目的\n为规范应急处置，制定本预案。\n1．2 适用范围\n本预案适用于全县。\n")
    assert units_of(outline) == [("1", "总则"), ("1.1", "编制目的"), ("1.2", "适用范围")]


def test_questions_asked_together_are_one_title():
    """8. 问：企业如何申报享受政策？政策有效期多长？ — two questions asked together, both the unit's title; the answer is
    its text. A question followed by a statement keeps the statement as text."""
    document = parse_text("1. 问：企业如何申报享受政策？政策有效期多长？\n答：依托平台推行免申即享。\n"
                          "2. 问：补贴标准是多少？每人1000元。\n")
    assert units_of(document) == [("1", "企业如何申报享受政策？政策有效期多长？"), ("2", "补贴标准是多少？")]
    assert document.clause("2").text == "每人1000元。"


def test_the_closing_formula_after_the_last_unit_gives_it_no_title():
    """七、删去第二十条。 / 本决定自…起施行。: the last unit is one sentence of an amending decision, and the
    formula that closes the document, read with it, is no text of its own that would make the sentence a
    title; a unit with a title sentence over text of its own keeps its title."""
    document = parse_text("现决定如下：\n一、将第三条修改为：“市人民政府应当加强领导。”\n二、删去第二十条。\n"
                          "本决定自2025年3月1日起施行。\n")
    assert [(c.id, c.heading, c.text) for c in document.clauses][1:] == [
        ("1", "", "将第三条修改为：“市人民政府应当加强领导。”"),
        ("2", "", "删去第二十条。本决定自2025年3月1日起施行。"),
    ]
    titled = parse_text("一、工作任务\n（一）加强培训。每年组织一次。\n（二）强化督查。\n定期通报进展。\n")
    assert [(c.id, c.heading, c.text) for c in titled.clauses] == [
        ("1.1", "加强培训", "每年组织一次。"), ("1.2", "强化督查", "定期通报进展。")]


def test_a_labelled_note_closing_a_paragraph_ends_before_the_next():
    """…典范。【牵头单位】省委宣传部；【责任单位】省公安厅 / 本措施自印发之日起施行。: the note closes its
    paragraph, though it has no end mark; the paragraph after it is text, no part of the last name."""
    document = parse_text("一、重点任务\n（一）加强宣传。营造良好氛围。【牵头单位】省委宣传部；【责任单位】省公安厅、省工商联\n"
                          "本措施自印发之日起施行。\n")
    clause = document.clause("1.1")
    assert (clause.text, clause.agencies.lead, clause.agencies.responsible) == (
        "营造良好氛围。本措施自印发之日起施行。", ("省委宣传部",), ("省公安厅", "省工商联"))
    # … and so does one that closes its sentence before a paragraph of the unit's (a boxed panel's lines).
    boxed = parse_text("一、重点任务\n（一）培育企业。引进企业10家。牵头单位：市科工信局；配合单位：市财政局。\n\n"
                       "专栏1　企业培育重点\n1．引进国内种业前10强企业设立区域总部。\n（二）强化攻关。建设平台。\n")
    assert (boxed.clause("1.1").agencies.lead, boxed.clause("1.1").agencies.responsible) == (("市科工信局",), ("市财政局",))


def test_a_pages_running_head_is_no_text():
    """— 1 — / 某县人民政府办公室 / …text going on: a short line that follows the page number at two page breaks
    or more is the page's running head; the sentence it interrupts runs on. A line after one page number only
    is text."""
    document = parse_text("一、工作任务\n（一）加强防火。由县应急管\n\n— 1 —\n\n某县人民政府办公室\n理局牵头，开展巡查。\n"
                          "（二）强化保障。落实资金。\n\n— 2 —\n\n某县人民政府办公室\n（三）严格考核。定期通报。\n")
    assert [(c.id, c.text) for c in document.clauses] == [
        ("1.1", "由县应急管理局牵头，开展巡查。"), ("1.2", "落实资金。"), ("1.3", "定期通报。")]
    once = parse_text("一、工作任务\n（一）加强防火。开展巡查。\n\n— 1 —\n\n全县各乡镇要落实。\n（二）强化保障。落实资金。\n")
    assert once.clause("1.1").text == "开展巡查。全县各乡镇要落实。"


def test_ocr_slips_in_markers_and_dates():
    """OCR's slips, each read as what was printed: l for 1 in an item's number (l.…, l0.…), a space inside one
    (1 1.…), ① as (D, 一 as a dash in an article's number (第十—条) and 第 as 笫 (笫十二条), 日 as 曰 in a date closing a notice (which then
    ends the notice: its attached plan's units take their mark)."""
    document = parse_text("一、主要任务\nl.加强宜机化改造。每年完成改造。\n2.推广适用机具。研发机具。\n"
                          "(D深化劳务协作。建立协作关系。\n②发展劳务品牌。培育品牌。\n"
                          "3.强化保障。落实资金。\n4.a\n5.b\n6.c\n7.d\n8.e\n9.f\nl0.完善交通服务。开通线路。\n1 1.优化消费环境。开展整治。\n")
    assert [c.id for c in document.clauses if c.level == 2][:3] == ["1.1", "1.2", "1.3"]
    assert [(c.id, c.heading) for c in document.clauses if c.id in ("1.1", "1.2.1", "1.10", "1.11")] == [
        ("1.1", "加强宜机化改造"), ("1.2.1", "深化劳务协作"), ("1.10", "完善交通服务"), ("1.11", "优化消费环境")]
    articles = parse_text("第十条 考核每年进行一次。\n第十—条 考核结果分为四个等次。\n第十二条 本办法自印发之日起施行。\n")
    assert [c.id for c in articles.clauses] == ["10", "11", "12"]
    # (… and 第 as 笫, a character like it, opening an article's number.)
    slipped = parse_text("第十一条 丧事活动时间一般不超过3天。\n笫十二条 村应当成立红白理事会。\n第十三条 本办法自印发之日起施行。\n")
    assert [(c.id, c.text) for c in slipped.clauses] == [
        ("11", "丧事活动时间一般不超过3天。"), ("12", "村应当成立红白理事会。"), ("13", "本办法自印发之日起施行。")]
    notice = parse_text("某区人民政府办公室关于印发某区秸秆综合利用实施方案的通知\n各乡镇人民政府：\n"
                        "现将《某区秸秆综合利用实施方案》印发给你们，并提出以下要求：\n一、提高思想认识。各乡镇要高度重视。\n"
                        "二、严格督查问责。定期通报。\n某区人民政府办公室\n2024年3月1曰\n附件\n某区秸秆综合利用实施方案\n"
                        "为做好工作，制定本方案。\n一、目标任务\n全区综合利用率达到95%以上。\n二、重点措施\n推进还田。\n")
    assert [c.id for c in notice.clauses] == ["0", "1", "2", "1'", "2'"]


def test_a_notices_requests_and_the_plan_attached_after_its_note_with_a_title_over_two_lines():
    """A notice numbering its own requests, its date followed by （此件公开发布）, 附件 and the plan's title wrapped over
    two lines (某市妇女发展规划（2021—2030年） / 主要目标任务分解方案): the attached plan's units follow the notice's."""
    notice = parse_text("\n\n".join((
        "某市人民政府办公室", "关于印发《某市妇女发展规划（2021—2030年）\n主要目标任务分解方案》的通知", "各区人民政府：",
        "为确保规划目标任务落到实处，现将《某市妇女发展规划（2021—2030年）主要目标任务分解方案》印发给你们，并提出以下要求：",
        "一、提高思想认识。各区要充分认识实施妇女发展规划的重要意义，把规划目标任务纳入年度工作计划。",
        "二、加强督导考核。市妇儿工委办公室每半年至少开展1次督导调度，将规划实施情况纳入综合绩效考核。",
        "某市人民政府办公室\n2022年6月30日", "（此件公开发布）", "附件", "某市妇女发展规划（2021—2030年）\n主要目标任务分解方案",
        "一、妇女与健康", "1．孕产妇死亡率控制在9/10万以下，城乡差距逐步缩小。\n牵头单位：市卫生健康委",
        "2．适龄妇女宫颈癌和乳腺癌人群筛查率均达到80%以上。\n牵头单位：市卫生健康委", "二、妇女与教育",
        "1．高中阶段教育毛入学率保持在98%以上，女性平均受教育年限达到11.5年。\n牵头单位：市教育局")) + "\n")
    assert [c.id for c in notice.clauses] == ["0", "1", "2", "1'.1", "1'.2", "2'.1"]


def test_a_table_row_typed_with_spaces_is_no_headings_tail():
    """A hard-wrapped copy carries a heading's last characters onto a line of their own (三、实施 / 步骤), but a
    table's header typed with spaces under a heading (三、实施步骤 / 阶  段            时  间) is no part of it."""
    body = "本方案所称农村人居环境整治，是指对农村生活垃圾、生活污水、厕所粪污等进行集中整治的工作，现就有关事项作出安排。\n" * 4
    assert units(body + "一、工作目标\n全县农村卫生厕所普及率达到85%以上，生活垃圾无害化处理率达到95%以上。\n"
                 "二、实施步骤\n阶  段            时  间\n动员部署          3月15日前\n集中整治          3月—10月\n") == [
        ("0", ""), ("1", "工作目标"), ("2", "实施步骤")]


def test_files_holding_more_than_the_document():
    """A 汇编's 目录 of the documents it holds, each entry with its page after a dot leader, is no run of units
    though the titles below are unnumbered; a portal's related document (相关解读 / its title / 一、…) and the next
    notice a copy runs on into (its title over its own number) are no part of the text; a notice sending two
    plans (…方案和…方案的通知) wraps both."""
    compiled = parse_text("某市人才政策汇编\n目　录\n一、某市引进人才若干措施……………………1\n二、某市青年人才实施办法……………………4\n"
                          "某市引进人才若干措施\n（某委办发〔2023〕15号）\n一、引进顶尖人才。给予支持。\n二、支持创新创业。给予资助。\n")
    assert [c.id for c in compiled.clauses] == ["1", "2"]
    related = parse_text("一、放宽准入。简化登记。\n二、加大支持。给予补贴。\n【打印本页】【关闭窗口】\n相关解读\n"
                         "《某省若干措施》政策解读\n一、出台背景\n为支持创业，制定措施。\n")
    assert [c.id for c in related.clauses] == ["1", "2"]
    run_on = parse_text("一、加强救治。提升能力。\n二、组织实施。加强领导。\n"
                        "某委办公厅关于做好2024年夏季高温中暑防治工作的通知\n某卫办应急函〔2024〕201号\n各省卫生健康委：\n"
                        "一、高度重视。各地要认识。\n二、加强报告。各地要报告。\n")
    assert [c.id for c in run_on.clauses] == ["1", "2"]
    two = parse_text("某区政府办公厅关于印发某区装备制造业行动方案和氢能产业发展行动方案的通知\n各部门：\n"
                     "现将两个方案印发给你们，并提出以下要求：\n一、提高认识。各部门要重视。\n二、加强督促。定期通报。\n"
                     "某区政府办公厅\n2024年4月2日\n某区氢能产业发展行动方案（2024—2027年）\n为抢抓机遇，制定本方案。\n"
                     "一、发展目标\n到2027年制氢能力达到50万吨/年。\n二、重点任务\n扩大绿氢供给。\n")
    assert [c.id for c in two.clauses] == ["0", "1", "2", "1'", "2'"]


def test_a_note_carried_on_to_every_later_task():
    """【责任单位：…，各市人民政府。以下均需各市人民政府落实，不再列出】: the cities share every later clause that names
    departments, though no later note lists them; a clause naming none gains none."""
    document = parse_text("一、重点任务\n（一）完善助餐网络。建设食堂。【责任单位：省民政厅、省财政厅，各市人民政府。以下均需各市人民政府落实，"
                          "不再列出】\n（二）发展居家服务。开展上门服务。（省卫生健康委负责）\n（三）营造氛围。加强宣传。\n"
                          "（四）强化保障。落实资金。（省财政厅、省民政厅按职责分工负责）\n")
    assert [(c.id, c.agencies.lead, c.agencies.responsible) for c in document.clauses] == [
        ("1.1", ("省民政厅",), ("省财政厅", "各市人民政府")),
        ("1.2", ("省卫生健康委",), ("各市人民政府",)),
        ("1.3", (), ()),
        ("1.4", ("省财政厅",), ("省民政厅", "各市人民政府")),
    ]


def test_a_labelled_note_closing_a_paragraph_ends_it_before_a_blank_line():
    """1.…亿元以上。【责任单位】市文广旅局、市财政局 / (blank) / 消费券重点支持…: the note closes its paragraph, so the
    paragraph after the blank line is the item's text, not the note's names; a note cut by a page break inside a
    name (…、省文化 / —2— / 和旅游厅) runs on."""
    document = parse_text("1.发放文旅消费券。带动消费10亿元以上。【责任单位】市文广旅局、市财政局\n\n"
                          "消费券重点支持景区门票、旅游住宿等消费，确保公开透明。\n\n2.丰富夜间消费。打造集聚区。\n")
    clause = document.clause("1")
    assert (clause.agencies.lead, clause.agencies.responsible) == (("市文广旅局",), ("市财政局",))
    assert clause.text == "带动消费10亿元以上。消费券重点支持景区门票、旅游住宿等消费，确保公开透明。"
    cut = parse_text("1.完善交通服务。开通线路。【责任单位】省交通运输厅、省文化\n\n—2—\n\n和旅游厅\n2.优化消费环境。开展整治。\n")
    assert cut.clause("1").agencies.responsible == ("省文化和旅游厅",)


def test_a_numeral_closed_by_a_bracket_alone_is_a_clause_marker():
    """一）完善服务网络 / 1）新建养老服务站 (a half bracket, as some typists write （一） and （1））: the units nest as
    （一） over （1）; a numeral inside a sentence stays text."""
    assert units("一）完善服务网络。新建站点。\n1）新建养老服务站10处。\n2）改造助餐点。\n二）推进床位建设。按需建设床位，分为一）二）两类。\n") == [
        ("1", "完善服务网络"), ("1.1", ""), ("1.2", ""), ("2", "推进床位建设")]


def test_a_name_wrapped_in_a_table_typed_one_cell_a_line():
    """序号 / 指标名称 / 2025年 / 2027年, then rows a cell a line, one name wrapped onto a second line (…体系覆盖 /
    的行政村比例（%）): the row runs to the next row's number and its name is one cell."""
    from policydiff.targets import extract_targets

    document = parse_text("一、主要目标\n主要指标如下：\n序号\n指标名称\n2025年\n2027年\n1\n农村卫生户厕普及率（%）\n75\n80\n2\n"
                          "农村生活垃圾收运处置体系覆盖\n的行政村比例（%）\n98\n100\n3\n村庄规划编制率（%）\n90\n95\n")
    assert [(t.indicator, t.value) for t in extract_targets(document)] == [
        ("农村卫生户厕普及率", 80.0), ("农村生活垃圾收运处置体系覆盖的行政村比例", 100.0), ("村庄规划编制率", 95.0)]


def test_a_division_of_duties_names_its_departments_as_labels():
    """（一）省民政厅：负责… / （二）省自然资源厅、省住房城乡建设厅：负责…: the departments a unit opens with, as a label,
    answer for it, the first leading; a label naming no department (主要目标：) or bodies as a whole (各地各部门：)
    names none."""
    document = parse_text("三、职责分工\n（一）省民政厅：负责统筹推进养老服务体系建设。\n（二）省自然资源厅、省住房城乡建设厅：负责保障"
                          "养老服务设施用地。\n（三）主要目标：到2025年建成养老床位10万张。\n（四）各地各部门：要加强组织领导。\n")
    assert [(c.id, c.agencies.lead, c.agencies.responsible) for c in document.clauses] == [
        ("3.1", ("省民政厅",), ()), ("3.2", ("省自然资源厅",), ("省住房城乡建设厅",)), ("3.3", (), ()), ("3.4", (), ())]


def test_a_label_naming_departments_or_named_companies_is_the_title_at_any_length():
    """（二）市住房和城乡建设局、市城市管理和综合执法局：负责… — a label of departments longer than a short label is still the
    unit's title, and so is one naming companies of their own names (国网株洲供电公司, 中国移动株洲分公司), who answer for
    the unit; not firms of a kind (各充电运营企业), bodies named by their level (省级紧急医学救援队), a command's section
    (乡镇防汛指挥机构) nor words introducing a list (市应急管理局设下列内设机构)."""
    document = parse_text("三、职责分工\n（一）市应急管理局：负责综合协调。\n（二）市住房和城乡建设局、市城市管理和综合执法局：按职责分工负责"
                          "城市排水防涝设施建设。\n（三）国网株洲供电公司：负责电力保障。\n（四）中国移动株洲分公司、中国电信株洲分公司：负责"
                          "通信保障。\n（五）各充电运营企业：负责设施巡检。\n（六）省级紧急医学救援队：依托三级医院组建。\n"
                          "（七）乡镇防汛指挥机构：在县防指领导下开展工作。\n（八）市应急管理局设下列内设机构：办公室、应急指挥中心。\n")
    assert [(c.id, c.heading, c.agencies.lead, c.agencies.responsible) for c in document.clauses] == [
        ("3.1", "市应急管理局", ("市应急管理局",), ()),
        ("3.2", "市住房和城乡建设局、市城市管理和综合执法局", ("市住房和城乡建设局",), ("市城市管理和综合执法局",)),
        ("3.3", "国网株洲供电公司", ("国网株洲供电公司",), ()),
        ("3.4", "中国移动株洲分公司、中国电信株洲分公司", ("中国移动株洲分公司",), ("中国电信株洲分公司",)),
        ("3.5", "各充电运营企业", (), ()), ("3.6", "省级紧急医学救援队", (), ()), ("3.7", "乡镇防汛指挥机构", (), ()),
        ("3.8", "", (), ())]
    # (… and a label naming a Party department, which a sentence opened by an organ would not be: 市委宣传部：负责….)
    party = parse_text("三、职责分工\n（一）市委宣传部：负责宣传引导。\n（二）市纪委监委：负责监督问责。\n")
    assert [(c.id, c.heading, c.agencies.lead) for c in party.clauses] == [
        ("3.1", "市委宣传部", ("市委宣传部",)), ("3.2", "市纪委监委", ("市纪委监委",))]


def test_a_stages_title_closed_by_its_dates_is_a_title_however_long_the_dates():
    """（二）重点攻坚阶段（5月21日—6月30日、9月20日—11月15日）。 — a stage's title with its dates in brackets after it is a
    title, though with them it runs past a title's length; a long first sentence without such a bracket is text."""
    document = parse_text("五、实施步骤\n（一）宣传发动阶段（5月1日—5月20日）。召开动员会。\n"
                          "（二）重点攻坚阶段（5月21日—6月30日、9月20日—11月15日）。全面进入禁烧值守状态。\n"
                          "（三）全镇各村要在秸秆禁烧重点时段落实日调度周通报制度并及时上报有关情况。做好总结。\n")
    assert [(c.id, c.heading) for c in document.clauses] == [
        ("5.1", "宣传发动阶段（5月1日—5月20日）"), ("5.2", "重点攻坚阶段（5月21日—6月30日、9月20日—11月15日）"),
        ("5.3", "")]


def test_the_departments_a_unit_is_titled_by_are_the_subject_of_its_duty():
    """（一）镇农业农村办：负责…，会同镇派出所开展… — the label is the subject the text leaves out: it leads, and those it
    works with share; a subdistrict's offices label such units too (not a residents' committee, self-governing)."""
    document = parse_text("三、职责分工\n（一）镇农业农村办：负责秸秆综合利用技术指导，会同镇派出所开展联合巡查。\n"
                          "（二）街道社会事务办：负责统筹协调，会同街道党建办做好志愿服务力量的组织调度。\n"
                          "（三）社区居委会：负责建立辖区基础台账。\n（四）市应急管理局：负责综合协调。\n"
                          "（五）市地方金融工作局：会同人民银行宜昌市分行负责引导金融机构加大信贷投放。\n")
    assert [(c.id, c.heading, c.agencies.lead, c.agencies.responsible) for c in document.clauses] == [
        ("3.1", "镇农业农村办", ("镇农业农村办",), ("镇派出所",)),
        ("3.2", "街道社会事务办", ("街道社会事务办",), ("街道党建办",)),
        ("3.3", "社区居委会", (), ()), ("3.4", "市应急管理局", ("市应急管理局",), ()),
        ("3.5", "市地方金融工作局", ("市地方金融工作局",), ("人民银行宜昌市分行",))]


def test_a_firm_a_report_leaves_unnamed_and_the_addressee_of_a_reply_are_no_labels_of_duty():
    """1．平江县某花炮制造有限公司：药物总库超量储存… — a 通报's criticised case, its firm named with 某, is no department
    answering for the unit; nor is the addressee line opening a reply's preamble (省教育厅：你厅来函收悉…), whom it is sent
    to. A named company of a division of duties still is (test above)."""
    report = parse_text("二、存在问题\n（一）重大隐患\n1．平江县某花炮制造有限公司：药物总库超量储存，防雷设施检测过期；\n"
                        "2．华容县某化工有限公司：液氨储罐区可燃气体报警装置失效。\n")
    assert [(c.id, c.heading, c.agencies.lead) for c in report.clauses] == [
        ("2.1.1", "平江县某花炮制造有限公司", ()), ("2.1.2", "华容县某化工有限公司", ())]
    reply = parse_text("江西省人力资源和社会保障厅关于支持高校毕业生基层就业的复函\n省教育厅：\n你厅来函收悉。经研究，现函复如下：\n"
                       "一、关于招聘\n省人力资源和社会保障厅负责统筹。\n")
    assert [(c.id, c.agencies.lead) for c in reply.clauses] == [("0", ()), ("1", ("省人力资源和社会保障厅",))]


def test_an_inserted_article_is_a_unit_of_its_own_after_the_article():
    """第九条之一 (an article an amendment inserted after 第九条, the later articles keeping their numbers) is a unit of its
    own, 2.9之一, its items 2.9之一.1 …, between 2.9 and 2.10; a reference to it inside an article opens nothing, and the
    ids sort in that order (html.clause_sort_key, terminal and structure order by numbering.id_part_order)."""
    from policydiff.numbering import id_part_order
    from policydiff.render.html import clause_sort_key

    document = parse_text("第一章　总则\n第八条　业主大会由全体业主组成。\n第二章　业主委员会\n第九条　业主委员会由五至十一人组成。\n"
                          "第九条之一　业主委员会成员应当遵守下列规定：\n（一）不得索取利益；\n（二）不得挪用共有财产。\n"
                          "第十条　业主委员会成员不履行职责，或者违反\n第九条之一规定的，由街道办事处责令改正。\n")
    assert [(c.id, c.text) for c in document.clauses] == [
        ("1.8", "业主大会由全体业主组成。"), ("2.9", "业主委员会由五至十一人组成。"),
        ("2.9之一", "业主委员会成员应当遵守下列规定："), ("2.9之一.1", "不得索取利益；"), ("2.9之一.2", "不得挪用共有财产。"),
        ("2.10", "业主委员会成员不履行职责，或者违反第九条之一规定的，由街道办事处责令改正。")]
    assert sorted(["2.10", "2.9之一.1", "2.9之一", "2.9.1", "2.9"], key=clause_sort_key) == [
        "2.9", "2.9.1", "2.9之一", "2.9之一.1", "2.10"]
    assert [id_part_order(part) for part in ("9", "9之一", "9之二", "")] == [9, 9.01, 9.02, None]


def test_a_swapped_number_numbers_its_unit_as_written():
    """（一）…（三）…（二）… and 1. 3. 2. 4.: a typist swapped two numbers; the unit numbered with the number its run
    skipped right before is that unit, and the run goes on from the larger number. A number going further back, or
    not the one skipped, is text (1. 2. 4. 2.)."""
    assert units("一、总体要求\n（一）指导思想。坚持人民至上。\n（三）基本原则。坚持政府主导。\n（二）主要目标。到2025年建成体系。\n"
                 "二、重点任务\n1.手术场景。推广手术机器人。\n3.药房场景。推广配药机器人。\n2.物流场景。推广物流机器人。\n"
                 "4.康复场景。推广康复机器人。\n") == [
        ("1", "总体要求"), ("1.1", "指导思想"), ("1.2", "主要目标"), ("1.3", "基本原则"), ("2", "重点任务"),
        ("2.1", "手术场景"), ("2.2", "物流场景"), ("2.3", "药房场景"), ("2.4", "康复场景")]  # (units sorts by id)
    assert units("一、任务\n1.做好监测。加强预警。\n2.做好救治。加强调度。\n4.做好保障。加强储备。\n2.为此，要加强协调。\n") == [
        ("1", "任务"), ("1.1", "做好监测"), ("1.2", "做好救治"), ("1.4", "做好保障")]


def test_a_reference_to_a_part_opening_a_sentence_is_no_part():
    """四、任务分工 / 第三部分各项任务的分工如下，各责任单位要细化措施。 / 五、保障措施: the paragraph refers to a part, it opens
    none; a part's own title line (第一部分 总体要求) does."""
    assert units("第一部分 总体要求\n一、目标\n到2025年建成示范区。\n四、任务分工\n第三部分各项任务的分工如下，各责任单位要细化措施。\n"
                 "五、保障措施\n加强领导。\n") == [("1", "总体要求"), ("1.1", "目标"), ("1.4", "任务分工"), ("1.5", "保障措施")]


def test_a_marker_alone_on_its_line_takes_the_title_sentence_below_it():
    """Online readers break every marker from its line: （一） / 扩大助餐服务。 / its text. The short sentence under a
    bare marker is the unit's title, as on the marker's own line; a longer one, with a comma, is its text."""
    document = parse_text("一、\n重点任务\n（一）\n扩大助餐服务。\n完善助餐服务网络，推广社区食堂模式。\n"
                          "（二）\n各区人民政府要把助餐服务纳入民生实事，确保落地见效。\n（三）\n1.\n推广智能产品。\n"
                          "支持企业研发适老化智能终端。\n")
    assert [(c.id, c.heading, c.text) for c in document.clauses] == [
        ("1.1", "扩大助餐服务", "完善助餐服务网络，推广社区食堂模式。"),
        ("1.2", "", "各区人民政府要把助餐服务纳入民生实事，确保落地见效。"),
        ("1.3.1", "推广智能产品", "支持企业研发适老化智能终端。")]


def test_a_pages_footnotes_and_running_head_are_no_text():
    """A PDF's text keeps each page's footnotes (a rule, then ① … and [1] …) above its number, and a running head
    of two lines (the title, then the issuers) below it: no text, and the sentence the page break cut goes on
    across them; footnotes after the text still end it."""
    page_foot = "\n——————————\n① 低空空域：一般指真高1000米以下的空域。\n[1] 《国家综合立体交通网规划纲要》。\n\n— {} —\n\n"
    head = "某省低空经济发展行动方案（2025—2027年）\n某省发展和改革委员会　某省经济和信息化厅　联合印发\n\n"
    text = ("一、重点任务\n（一）完善基础设施。建设低空飞行服务平台，到2026年，低空监视覆盖率达"
            + page_foot.format(1) + head + "到90%。\n（二）培育市场主体。每年招引重点项目20个以上。" + page_foot.format(2)
            + head + "（三）加强组织领导。建立联席会议制度①。\n\n——————————\n① 联席会议：由省发展改革委召集。\n")
    document = parse_text(text)
    assert [(c.id, c.heading, c.text) for c in document.clauses] == [
        ("1.1", "完善基础设施", "建设低空飞行服务平台，到2026年，低空监视覆盖率达到90%。"),
        ("1.2", "培育市场主体", "每年招引重点项目20个以上。"),
        ("1.3", "加强组织领导", "建立联席会议制度①。")]


def test_an_items_score_is_no_text_of_its_own():
    """A 目标责任书 gives each task its points (1．地区生产总值增长6.5%以上。（6分）): the item is still one sentence, text
    and no title, as with a note of who is responsible."""
    document = parse_text("一、经济发展（35分）\n1．地区生产总值增长6.5%以上。（6分）\n2．规模以上工业增加值增长8%。（5分）\n")
    assert [(c.id, c.heading, c.text) for c in document.clauses] == [
        ("1.1", "", "地区生产总值增长6.5%以上。（6分）"), ("1.2", "", "规模以上工业增加值增长8%。（5分）")]


def test_a_question_of_how_is_a_title_and_a_reposts_links_end_the_text():
    """四、问：如何推动国产医疗装备推广应用？ / 答：… — 如何 asks how, it opens no condition (如…应…), so the question
    is the title though 应 follows; ▼往期推荐▼ and the links under it end the text."""
    document = parse_text("一、问：如何推动国产医疗装备推广应用？\n\n答：好产品要用起来。\n\n二、问：下一步如何抓好落实？\n\n"
                          "答：我们将建立协调机制。\n\n▼往期推荐▼\n\n1. 今年一季度规模以上工业增加值同比增长6.1%\n")
    assert [(c.id, c.heading, c.text) for c in document.clauses] == [
        ("1", "如何推动国产医疗装备推广应用？", "答：好产品要用起来。"), ("2", "下一步如何抓好落实？", "答：我们将建立协调机制。")]


def test_a_sentence_begun_without_an_end_goes_on_across_a_page_break():
    """（一）增设电梯投入使用前，业主应当…，负责电梯日常使用 / — 2 — / 管理和维护保养。: a line longer than a heading with a
    comma has begun a sentence, which goes on after the page's number; a labelled note over a closing paragraph
    does not."""
    document = parse_text("八、后续管理\n（一）增设电梯投入使用前，业主应当确定电梯使用管理单位，负责电梯日常使用\n\n— 2 —\n\n"
                          "管理和维护保养。\n（二）电梯使用管理单位应当委托维护保养单位。\n")
    assert document.clause("8.1").text == "增设电梯投入使用前，业主应当确定电梯使用管理单位，负责电梯日常使用管理和维护保养。"
    assert [c.heading for c in document.clauses] == ["", ""]
    closed_by_a_comma = parse_text("第十条　申报项目应当具备下列条件：\n（一）承担单位近三年内未发生安全事故，\n\n— 3 —\n\n"
                                   "无严重失信行为。\n第十一条　承担单位按照属地原则申报。\n")
    assert closed_by_a_comma.clause("10.1").text == "承担单位近三年内未发生安全事故，无严重失信行为。"


def test_lines_opened_by_a_label_are_fields_of_their_own():
    """链长：… / 牵头部门：… / 配合部门：…（a full line） / 发展目标：…: in a hard-wrapped copy each labelled line opens a
    paragraph, however wide the line before; so the goals stay the unit's text, apart from the note of departments."""
    document = parse_text("二、重点产业链\n（一）绿色食品加工产业链\n　　链长：县委常委、常务副县长\n"
                          "　　牵头部门：县农业农村局\n　　配合部门：县工业和信息化局、县市场监管局、县商务局\n"
                          "　　发展目标：到2027年，产业链产值突破60亿元，培育\n省级以上农业产业化龙头企业8家。\n"
                          "（二）文化旅游产业链\n　　链长：县委常委、宣传部部长\n　　牵头部门：县文化广电旅游体育局\n"
                          "　　发展目标：到2027年，年接待游客突破800万人次，旅游综合收入达到75亿元，创建\n国家4A级旅游景区2个。\n")
    clause = document.clause("2.1")
    assert clause.text.endswith("发展目标：到2027年，产业链产值突破60亿元，培育省级以上农业产业化龙头企业8家。")
    assert (clause.agencies.lead, clause.agencies.responsible) == (
        ("县农业农村局",), ("县工业和信息化局", "县市场监管局", "县商务局"))


def test_a_label_after_a_numbered_titles_line_opens_a_field_however_wide_the_title():
    """11．食品经营许可（仅销售预包装食品备案除外） / 办理方式：异地代收代办, in a copy indenting most of its lines: the
    title's line is as wide as the copy's lines, so it looks wrapped, but a label under a numbered title opens a field of
    its own; a sentence's full line wrapped before a colon (…跨省通办，完善 / 工作机制：…) goes on."""
    document = parse_text("一、市场监管类（3项）\n　　牵头单位：县市场监督管理局\n\n"
                          "11．食品经营许可（仅销售预包装食品备案除外）\n　　办理方式：异地代收代办\n"
                          "　　承诺时限：10个工作日（法定时限20个工作日）\n\n"
                          "12．不动产登记信息查询\n　　办理方式：异地代收代办、现场办理\n　　承诺时限：即办\n　　受理窗口：政务服务中心\n\n"
                          "13．推进医保跨省通办，完善异地就医结算\n工作机制：建立专班。\n")
    assert [(c.id, c.heading, c.text) for c in document.clauses if c.id.startswith("1.1")] == [
        ("1.11", "食品经营许可（仅销售预包装食品备案除外）", "办理方式：异地代收代办承诺时限：10个工作日（法定时限20个工作日）"),
        ("1.12", "不动产登记信息查询", "办理方式：异地代收代办、现场办理承诺时限：即办受理窗口：政务服务中心"),
        ("1.13", "", "推进医保跨省通办，完善异地就医结算工作机制：建立专班。")]


def test_a_heading_closed_by_a_note_written_as_a_sentence_keeps_its_title():
    """（三）推进生产方式转变（盟农牧局牵头，盟生态环境局，各旗县市（区）人民政府按职责分工负责） over its items: a bare heading
    however long the note, which names the departments of the items under it; so does a note closing with the body every
    later task falls to (。以下各项重点任务均需各县（市）人民政府落实，不再列出)."""
    document = parse_text("二、重点任务\n（一）推进生产方式转变（盟农牧局牵头，盟生态环境局，各旗县市（区）人民政府按职责分工负责）\n"
                          "1.发展适度规模经营。培育示范家庭牧场800个。\n"
                          "（二）扩大普惠性学前教育资源（州教育和体育局牵头，州财政局按职责分工负责。以下各项重点任务均需各县（市）"
                          "人民政府落实，不再列出）\n1．新建公办幼儿园。新建公办幼儿园60所。\n")
    assert [(c.id, c.heading, c.agencies.lead, c.agencies.responsible) for c in document.clauses] == [
        ("2.1.1", "发展适度规模经营", ("盟农牧局",), ("盟生态环境局", "各旗县市人民政府")),
        ("2.2.1", "新建公办幼儿园", ("州教育和体育局",), ("州财政局", "各县人民政府"))]
    assert [(s.id, s.heading) for s in document.sections] == [
        ("2", "重点任务"), ("2.1", "推进生产方式转变"), ("2.2", "扩大普惠性学前教育资源")]


def test_an_outline_excerpt_in_parts_with_a_spaced_indicator_table():
    """A 规划纲要 excerpt (节选) as PDF text: 第一篇 / 第一章 / 第一节, an indicator table typed with spaces (its header
    spreading 指　标, its category cell spanning rows) wider than the wrapped prose, 第三篇 / 第七章 (chapters numbered on
    across the parts left out) and 第十五篇 after a note closing a paragraph: the table ends its box, the prose's lines
    join, and the units keep the numbers they are written with."""
    text = ("某省国民经济和社会发展第十五个五年规划纲要（节选）\n第一篇　总体要求\n第一章　主要目标\n"
            "　　到2030年，经济总量力争突破4.5万亿元，研究与试验发展\n经费投入强度达到2.5%以上，城镇化率达到68%。\n"
            "专栏1　主要指标\n"
            "类别      指\u3000标                          2025年    2030年    属性\n"
            "经济发展  1.常住人口城镇化率（%）          64.5      68        预期性\n"
            "          2.森林覆盖率（%）                63.35     63.5      约束性\n\n"
            "第三篇　现代化产业体系\n第七章　推进制造业高质量发展\n第一节　做大做强优势产业集群\n"
            "　　到2030年，电子信息产业营业收入突破1.5万亿元，建成省级以上智\n能工厂500家。（省工业和信息化厅负责）\n"
            "第十五篇　规划实施保障\n第五十一章　健全规划实施机制\n　　省级专项规划要落实本纲要确定的主要目标。\n")
    document = parse_text(text)
    assert units_of(document) == [("1", "总体要求"), ("1.1", "主要目标"), ("3", "现代化产业体系"),
                                  ("3.7", "推进制造业高质量发展"), ("3.7.1", "做大做强优势产业集群"),
                                  ("15", "规划实施保障"), ("15.51", "健全规划实施机制")]
    assert document.clause("1.1").sentences[0] == ("到2030年，经济总量力争突破4.5万亿元，研究与试验发展经费投入强度达到2.5%以上，"
                                                   "城镇化率达到68%。")
    assert document.clause("1.1").sentences[-1] == "| 2.森林覆盖率（%） | 63.35 | 63.5 | 约束性"


def test_a_notices_points_glued_after_its_colon_open_the_body():
    """A notice whose copy lost its line breaks: 各县人民政府：为…，现就做好…工作通知如下：一、明确目标任务。…二、…: the
    first point opens the body after the colon, as it would after a sentence end."""
    document = parse_text("某市人民政府办公室关于做好农村危房改造工作的通知\n各县人民政府，市政府各部门：为扎实推进农村危房改造"
                          "工作，现就做好2014年工作通知如下：一、明确目标任务。全市计划完成农村危房改造1.2万户。二、加强资金管理。"
                          "补助资金实行专户管理。\n")
    assert [(c.id, c.heading) for c in document.clauses] == [("0", ""), ("1", "明确目标任务"), ("2", "加强资金管理")]


def test_rough_sections_numbered_with_an_ordinal_and_a_comma():
    """A village's rules number their sections 第一、 / 第二、 (a rough form of 一、) over items (1) and 1、; a section numbered
    on past a gap (第五、 then 第七、) keeps its number; 第一、二批 in prose is an enumeration, no section."""
    document = parse_text("某村移风易俗实施细则\n\n为推进移风易俗，制定本细则。\n\n第一、组织机构\n村成立红白理事会。\n\n"
                          "第二、婚事新办\n(1)婚礼规模。婚宴不超过15桌。\n(2)提倡集体婚礼。\n\n第三、奖惩措施\n"
                          "1、每年评选好家庭。\n2、第一、二批名单在村务公开栏公示。\n\n第五、附则\n本细则自通过之日起施行。\n")
    assert [(c.id, c.heading) for c in document.clauses] == [
        ("0", ""), ("1", "组织机构"), ("2.1", "婚礼规模"), ("2.2", ""), ("3.1", ""), ("3.2", ""), ("5", "附则")]


def test_an_enumeration_inside_an_items_sentence_is_its_text():
    """1.完善…。重点做好三项工作：1.修订…；2.推动…；3.健全…。 then 2.深化…: the 1. after the colon is an enumeration inside item
    1's sentence, of item 1's own kind, not its first child; the next paragraph's 2. is item 1's sibling."""
    document = parse_text("某集团落实方案\n为推进改革，制定本方案。\n二、重点任务\n"
                          "1.完善现代企业制度。重点做好三项工作：1.修订事项清单；2.推动董事会建设；3.健全授权管理制度。\n"
                          "2.深化三项制度改革。全面推行任期制。\n")
    assert [(c.id, c.heading, c.text) for c in document.clauses] == [
        ("0", "", "为推进改革，制定本方案。"),
        ("2.1", "完善现代企业制度", "重点做好三项工作：1.修订事项清单；2.推动董事会建设；3.健全授权管理制度。"),
        ("2.2", "深化三项制度改革", "全面推行任期制。")]


def test_an_items_one_line_cut_by_a_page_break_is_no_title():
    """5．医疗纠纷、物业管理、…等行业性纠 / — 1 — / 纷。 in a hard-wrapped copy: the item is one sentence, its last
    characters carried over the page; a heading's tail carried so stays a heading's (above)."""
    from policydiff.parse import parse_text

    text = ("二、排查重点\n　　1．婚姻家庭、邻里关系、宅基地和山林土地权属等引发的\n民间纠纷。\n"
            "　　2．征地拆迁、项目建设、企业改制等引发的群体性纠纷。\n"
            "　　3．拖欠农民工工资纠纷，特别是涉及金额10万元以上或涉\n及人数10人以上的劳资纠纷。\n"
            "　　4．医疗纠纷、物业管理、民间借贷、消费维权等行业性纠\n\n— 1 —\n\n纷。\n"
            "　　5．有肇事肇祸倾向的严重精神障碍患者、刑满释放人员、\n社区矫正对象等重点人员的家庭及相关纠纷。\n"
            "三、工作措施\n　　（一）坚持常态排查。村（社区）每周至少开展1次排查，\n乡镇（街道）每月至少组织1次集中排查。\n")
    document = parse_text(text)
    assert [(clause.id, clause.heading) for clause in document.clauses] == [
        ("2.1", ""), ("2.2", ""), ("2.3", ""), ("2.4", ""), ("2.5", ""), ("3.1", "坚持常态排查")]
    assert document.clause("2.4").text == "医疗纠纷、物业管理、民间借贷、消费维权等行业性纠纷。"


def test_a_division_of_duties_label_wrapped_before_its_colon_is_whole():
    """（七）中国移动鹭川分公司、中国电信鹭川分公司、中国联通鹭 / 川分公司：负责… in a hard-wrapped copy: the label is
    the three companies, the rest of the last name on the next line; a title over a field of its own (11．食品经营许可 /
    办理方式：…) stays apart (test_a_label_after_a_numbered_titles_line_opens_a_field_however_wide_the_title)."""
    from policydiff.model import Agencies
    from policydiff.parse import parse_text

    text = ("四、职责分工\n　　（一）市公安局：负责牵头开展侦查打击、预警劝阻和“断卡”\n行动，牵头组织市反诈中心实体化运行。\n"
            "　　（二）市通信发展管理办公室：负责督促电信企业落实电话用户\n实名制，督促电信企业在2小时内完成高风险号码关停。\n"
            "　　（三）中国移动鹭川分公司、中国电信鹭川分公司、中国联通鹭\n川分公司：负责落实电话卡实名登记和涉诈号码关停，配合开展9611\n"
            "0预警信息推送。\n")
    document = parse_text(text)
    assert [(clause.id, clause.heading) for clause in document.clauses] == [
        ("4.1", "市公安局"), ("4.2", "市通信发展管理办公室"), ("4.3", "中国移动鹭川分公司、中国电信鹭川分公司、中国联通鹭川分公司")]
    assert document.clause("4.3").agencies == Agencies(("中国移动鹭川分公司",), ("中国电信鹭川分公司", "中国联通鹭川分公司"))


def test_a_note_in_lenticular_brackets_closing_a_heading_is_no_part_of_it():
    """（一）培育多层次平台体系【牵头单位：市经济和信息化局；配合单位：市发展改革委、市科技局】 over its items: the title is
    the words before the note, and the note names the departments of the items under it."""
    from policydiff.model import Agencies
    from policydiff.parse import parse_text
    from policydiff.structure import parsed_units

    document = parse_text("二、重点任务\n（一）培育多层次平台体系【牵头单位：市经济和信息化局；配合单位：市发展改革委、市科技局】\n"
                          "1．培育综合型平台。到2027年培育综合型平台3个。\n2．培育行业平台。培育行业平台10个。\n")
    assert list(parsed_units(document)) == [("2", "重点任务"), ("2.1", "培育多层次平台体系"), ("2.1.1", "培育综合型平台"),
                                            ("2.1.2", "培育行业平台")]
    assert document.clause("2.1.2").agencies == Agencies(("市经济和信息化局",), ("市发展改革委", "市科技局"))


def test_a_law_databases_note_calls_and_notes_are_no_text():
    """（三）停泊与保护水源无关的船舶。[3] in a 条例 as a law database stores it, its notes listed under 注释： ([3] 参见…): the
    call is no part of the item (which stays one sentence, untitled), the notes are no unit's text."""
    from policydiff.parse import parse_text

    document = parse_text("第一章　总则\n第一条　为了保护饮用水水源，根据《岚江省水资源条例》[1]，制定本条例。\n"
                          "第二条　在饮用水水源一级保护区内，禁止下列行为：\n（一）新建与保护水源无关的建设项目；\n"
                          "（二）从事游泳、垂钓等活动；\n（三）停泊与保护水源无关的船舶。[2]\n"
                          "第三条　本条例自2025年3月1日起施行。\n\n注释：\n[1] 《岚江省水资源条例》已于2026年修正。\n"
                          "[2] 参见《中华人民共和国水污染防治法》第六十五条，全市共划定保护区47个。\n")
    assert [(clause.id, clause.heading) for clause in document.clauses] == [
        ("1.1", ""), ("1.2", ""), ("1.2.1", ""), ("1.2.2", ""), ("1.2.3", ""), ("1.3", "")]
    assert document.clause("1.1").text == "为了保护饮用水水源，根据《岚江省水资源条例》，制定本条例。"
    assert document.clause("1.2.3").text == "停泊与保护水源无关的船舶。"
    assert document.clause("1.3").text == "本条例自2025年3月1日起施行。"


def test_a_label_holding_its_departments_other_name_in_brackets_titles_its_unit():
    """（一）县农业农村局（县乡村振兴局）：牵头负责… in a division of duties: the label, its bracket kept, is the title and the
    bureau leads; a duty opening with what it assists (协助街道办事处做好…, 配合公安机关加强…) names no unit."""
    from policydiff.model import Agencies
    from policydiff.parse import parse_text

    document = parse_text("四、职责分工\n（一）县农业农村局（县乡村振兴局）：牵头负责全县项目库建设工作，制定入库指南。\n"
                          "（二）县交通运输局：负责农村学生上下学交通保障；配合公安机关加强校车安全管理。\n")
    assert [(clause.id, clause.heading) for clause in document.clauses] == [
        ("4.1", "县农业农村局（县乡村振兴局）"), ("4.2", "县交通运输局")]
    assert document.clause("4.1").agencies == Agencies(("县农业农村局",))
    assert document.clause("4.2").agencies == Agencies(("县交通运输局",))
