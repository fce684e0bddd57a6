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
    # … past the abbreviation the lead's name defines; a government's centre leading; two units joined by 和, each a
    # unit's whole name (not 住房和城乡建设局); a region's or a level's centre is a facility.
    ("泉州市人力资源和社会保障局（以下简称市人社局）牵头，市总工会、团市委参与，开展专项招聘活动。",
     ("泉州市人力资源和社会保障局",), ("市总工会", "团市委")),
    ("由市投资促进中心牵头、泉州港口管理局和市数据管理局参与，建立台账。",
     ("市投资促进中心",), ("泉州港口管理局", "市数据管理局")),
    ("县人力资源和社会保障局牵头，县住房和城乡建设局配合，做好服务。", ("县人力资源和社会保障局",), ("县住房和城乡建设局",)),
    # … also where a name holds the conjunction itself (and in notes, where one is a named company or a placed
    # organ: 社); not an organ of no place (国有文化资产管理机构和企业主管主办部门 stays whole).
    ("省农业农村厅和省工业和信息化厅负责加快推广。", ("省农业农村厅",), ("省工业和信息化厅",)),
    ("人力资源社会保障部门、国有文化资产管理机构和企业主管主办部门要加强指导。", ("人力资源社会保障部门",),
     ("国有文化资产管理机构和企业主管主办部门",)),
    ("区域养老服务中心要发挥辐射作用。", (), ()),
    # 由 … 负责, with those who join it; not the closing formula (本预案由…负责解释), who a thing concerns (需要由…负责
    # 组织协调应对的事件), nor 负责同志 (people).
    ("支持建设产业园1个。由市商务局负责，市工业和信息化局、市邮政管理局配合。",
     ("市商务局",), ("市工业和信息化局", "市邮政管理局")),
    ("本预案由交通运输部负责修订和解释。适用于需要由交通运输部负责组织协调应对的突发事件。", (), ()),
    ("对评价结果为差的省份，由财政部约谈省级财政部门负责同志。", (), ()),
    # A government's office or inspection office is a department (市政府办公室, 市政府督查室); a leading group's is not.
    ("市政府督查室要加强跟踪问效。市政府办公室负责督促检查。", ("市政府督查室",), ("市政府办公室",)),
    ("市数字经济发展领导小组办公室负责统筹协调。", (), ()),
    # A people's organisation opening a sentence with what it does, as a department does (市总工会组织…, 团市委组织…).
    ("市委宣传部统筹各类媒体开展宣传。市总工会组织开展劳动竞赛；团市委组织青年志愿者开展宣传活动。",
     ("市委宣传部",), ("市总工会", "团市委")),
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
    # X会同Y…, with or without 由: X leads, the units it works with share.
    ("省财政厅会同省地方金融管理局、省税务局建立工作协调机制。", ("省财政厅",), ("省地方金融管理局", "省税务局")),
    ("由省林业局会同省应急管理厅、省气象局制作森林火险预警信息。", ("省林业局",), ("省应急管理厅", "省气象局")),
    ("发展改革委会同水利部研究提出了办理意见。", ("发展改革委",), ("水利部",)),
    # … with a modal between (应当会同, 将会同); a unit named by its part in the plan is none.
    ("市自然资源和规划局应当会同市城市管理局、市公安局编制停车场专项规划。", ("市自然资源和规划局",),
     ("市城市管理局", "市公安局")),
    ("教育部将会同人力资源社会保障部、国家发展改革委等部门，稳定招聘规模。", ("教育部",),
     ("人力资源社会保障部", "国家发展改革委")),
    ("各牵头单位要会同配合单位细化工作措施。", (), ()),
    # X会同Y after what X is given (由X会同Y), and in a later phrase of X's sentence (X负责…，会同Y…).
    ("企业名录由省工业和信息化厅会同省大数据局每年发布一次。", ("省工业和信息化厅",), ("省大数据局",)),
    ("市工业和信息化局负责联席会议日常工作，会同市科技局、市财政局等部门制定实施细则。", ("市工业和信息化局",),
     ("市科技局", "市财政局")),
    ("企业负责建设平台，会同高校开展研究。", (), ()),
    # A government declared the body responsible (X是…责任主体).
    ("各区县人民政府是推进本辖区养老服务发展的责任主体。", ("各区县人民政府",), ()),
    # The subject of 对 has the duty; 对 between names makes none of them a unit; a year opening a name
    # is when the unit acts; those doing a thing named by it (…的单位) are firms.
    ("上级人民政府对下级人民政府要加强指导监督。", ("上级人民政府",), ()),
    ("各级财政部门要会同有关方面研究制定对政府性融资担保机构的考核办法。", ("各级财政部门",), ()),
    ("2004年发展改革委将会同水利部认真研究。", ("发展改革委",), ("水利部",)),
    ("从事建筑垃圾运输的单位应当办理核准手续。", (), ()),
    # A mechanism set up under a lead without 由; 负责人 is a person; a unit named by its part in a
    # project (建设单位, 项目单位) is no department, and among those a department works with is left out.
    ("建立国家发展改革委、国家卫生健康委牵头，国务院各有关部门参加的部际联席会议机制。", ("国家发展改革委",),
     ("国家卫生健康委",)),
    ("明确城市人民政府及有关部门负责人的网络安全责任。", (), ()),
    ("建设单位应当在开工前查询管线情况。项目单位要按期完成。", (), ()),
    ("管线主管部门会同城建档案管理机构和管线权属单位建立保密制度。", ("管线主管部门",), ()),
    # Those a leader named with 由 works with later in its sentence (由X牵头，会同Y、Z等部门建立…).
    ("加强领导。由市大数据局牵头，会同市发展改革委、市工业和信息化局等部门建立工作推进机制。", ("市大数据局",),
     ("市发展改革委", "市工业和信息化局")),
    # Those taking part in a mechanism led by a department (由X牵头，Y等部门参加的…机制); the central bank is a
    # department; a department named by itself leads before departments named as a whole; a firm by its
    # part (重点排污单位) is none.
    ("建立由质检总局牵头，发展改革委、财政部等部门参加的工作协调机制。", ("质检总局",), ("发展改革委", "财政部")),
    ("人民银行要会同财政部加强指导。", ("人民银行",), ("财政部",)),
    ("有关部门要细化分工任务。生态环境部要加强统筹协调。", ("生态环境部",), ("有关部门",)),
    ("重点排污单位要依法公布排污信息。", (), ()),
    # A department opening a sentence with what it does (named by its place or level, or a ministry).
    ("区应急管理局统筹储备防汛排涝物资。区防汛办每年至少组织1次演练。", ("区应急管理局",), ("区防汛办",)),
    ("县人民政府成立医共体建设工作领导小组。教育部组织开展试点。", ("县人民政府",), ("教育部",)),
    # A lead with its partners opening a sentence without 由; a brigade (大队) among those worked with.
    ("加快进度。县住房城乡建设局牵头，县自然资源和规划局、县财政局配合，加快推进项目前期手续办理。", ("县住房城乡建设局",),
     ("县自然资源和规划局", "县财政局")),
    ("严格验收。改建项目应当符合消防要求，县住房城乡建设局会同县消防救援大队、县市场监管局开展联合验收。",
     ("县住房城乡建设局",), ("县消防救援大队", "县市场监管局")),
    # A subdistrict office (街道办事处) is a government's, as the subject of a duty; the marks of a quotation
    # (修改为：“…”) are no part of a name.
    ("建立长效机制。各街道办事处负责改造后小区的物业管理。", ("各街道办事处",), ()),
    ("“乡镇人民政府、街道办事处负责本辖区内的日常管理工作。”", ("乡镇人民政府",), ("街道办事处",)),
    # A party committee's office is named whole in such a list, which may close with 等部门 (not 市委 alone).
    ("加强安全。市公安局、市交通运输局、市委网信办等部门按照职责分工加强安全监管。", ("市公安局",),
     ("市交通运输局", "市委网信办")),
    ("建立多部门协调机制。鼓励地方政府统筹推进。构建机关内部统一平台。", (), ()),
    # … maybe after when it acts.
    ("工业和信息化部在建设期满后组织开展评估。", ("工业和信息化部",), ()),
    ("国务院办公厅每年对各地区网上政务服务能力进行评估。", ("国务院办公厅",), ()),
    # … or by the rule it follows, every few years, or before a date; a bureau (司) or the central bank.
    ("科技部每3年对平台组织开展一次评估。财政部按规定统筹利用现有资金渠道。", ("科技部",), ("财政部",)),
    ("科技司于2024年12月底前组织开展年度总结。中国人民银行引导金融机构加大信贷支持。", ("科技司",), ("中国人民银行",)),
    # … or announcing what it will do (将), giving (给予), supporting (配合), by means of a thing (依托).
    ("水利部将农村供水纳入考核。国家卫生健康委配合做好水质监测。各地要加强监督。", ("水利部",), ("国家卫生健康委",)),
    ("加强培训。县教育局负责组织培训。市人力资源社会保障局给予业务指导。", ("县教育局",), ("市人力资源社会保障局",)),
    ("自然资源部依托国土空间基础信息平台建立监管系统。", ("自然资源部",), ()),
    # (… but not every place and department at once, the addressees as a whole: see
    # test_every_place_and_every_department_at_once_is_no_one_made_responsible.)
    ("各地各部门于每月5日前将上月工作进展报送市安委办。", (), ()),
    ("县住房城乡建设局于每月5日前将上月工作进展报送市安委办。", ("县住房城乡建设局",), ()),
    # … or acting by law (依法): 市审计局依法对…进行审计监督.
    ("加强资金监管。市审计局依法对专项资金使用情况进行审计监督。", ("市审计局",), ()),
    # Departments sharing a duty by their functions (按职责分工负责); a committee among those worked with.
    ("教育部、人力资源社会保障部按职责分工负责，支持高校设置相关专业。", ("教育部",), ("人力资源社会保障部",)),
    ("工业和信息化部会同国家标准化管理委员会、中央网信办等部门加强统筹。", ("工业和信息化部",),
     ("国家标准化管理委员会", "中央网信办")),
    ("国网公司组织开展巡检。", (), ()),
    ("自然资源和规划部门在组织编制详细规划时，应当落实设施用地。", ("自然资源和规划部门",), ()),
    ("请你省有关部门认真组织实施。充分利用多部门协同机制。", (), ()),
    # Those a department works with may be any organ; 海关 is a department.
    ("市发展改革委会同市自然资源和规划局、国网洛阳供电公司负责。", ("市发展改革委",), ("市自然资源和规划局", "国网洛阳供电公司")),
    ("宁波海关会同市口岸办负责。", ("宁波海关",), ("市口岸办",)),
    # A township's stations are its departments.
    ("由镇规划建设办牵头，镇应急办、镇派出所配合，统筹推进排查整治。", ("镇规划建设办",), ("镇应急办", "镇派出所")),
    # A unit named by its part in a procedure, or only as a 单位, is no department.
    ("申报单位应当具备下列条件。事发单位要立即启动预案。各单位要加强监测。", (), ()),
    ("考核部门对所负责指标的评分依据和结果负责。各考核部门要按时报送评分结果。", (), ()),
    ("申请单位应当如实填报。依托单位要加强项目管理。", (), ()),
    # 应 and 要 opening a word are no duty, and a word ending in 局 is no bureau; after a department
    # 应对 is 应 with 对.
    ("坚持统筹布局、应用牵引、绿色安全，着力构建算力格局。全省算力布局要更加合理。", (), ()),
    ("省级主管部门应对测试情况进行动态评估。", ("省级主管部门",), ()),
    # So is a unit named by its part in the plan (各牵头单位要…: the leads listed elsewhere), or one putting applicants
    # forward (各推荐单位), or the agent of a passive (被审计署通报…: who was reported on).
    ("各牵头单位要对照下表细化工作措施。各责任单位要按时限完成任务。", (), ()),
    ("各推荐单位要严格审核把关。被审计署通报资金违规问题的，每项扣2分。", (), ()),
    # A department acting within a time and by the rules together, or every month.
    ("经批准的项目。市财政局在10个工作日内按规定审核拨付资金。市经济和信息化局每月通报项目进展。", ("市财政局",),
     ("市经济和信息化局",)),
    # Those supporting a lead, named in a later phrase of its sentence.
    ("市发展改革委牵头负责补贴政策的组织实施，每年组织专项检查，市财政局、市市场监管局按职责分工配合。", ("市发展改革委",),
     ("市财政局", "市市场监管局")),
    # A police detachment among those worked with; a commission named in full and a safety committee lead (not a
    # residents' committee).
    ("市建设局牵头加快智慧停车建设，会同市公安局交通警察支队推进停车资源共享。", ("市建设局",), ("市公安局交通警察支队",)),
    ("市发展和改革委员会要牵头做好经济运行调度。各县市区安委会要逐条落实整改责任。社区居民委员会要协助做好入户调查。",
     ("市发展和改革委员会",), ("各县市区安委会",)),
    # Named with 由 … 组织 (an item of work, 此项工作, is no closing formula; 本政策 is); not 由 … 责令, the organ
    # enforcing a penalty, nor 组织部, a party's department named with 由 … 会同.
    ("此项工作由各设区市人力资源社会保障局具体组织。本政策由济南市科技局负责解释。", ("各设区市人力资源社会保障局",), ()),
    ("违反规定的，由县住房和城乡建设局责令限期改正。", (), ()),
    ("市直部门考核由市委组织部会同市考核办组织实施。", ("市委组织部",), ("市考核办",)),
    # An autonomous region's and a subdistrict's departments open sentences too; a fire brigade in a list of them;
    # 社会单位 (firms and bodies in society) is none.
    ("自治区林业局每年对规划纲要实施情况进行监测。街道社会事务办统筹协调全街道关爱服务工作。", ("自治区林业局",),
     ("街道社会事务办",)),
    ("县公安局、县消防救援大队依法查处消防违法行为。", ("县公安局",), ("县消防救援大队",)),
    # A people's organisation among those worked with; those doing their share by their functions later in a led
    # sentence (，Y、Z按职责分工做好…); a mechanism's members (各成员单位) and parks as a whole (省级以上园区全部) are none.
    ("市发展改革委要会同市工商联做好联席会议各项工作。", ("市发展改革委",), ("市工商联",)),
    ("由各街道办事处负责组织实施，区住房城乡建设局、区市场监管局按职责分工做好审批服务。", ("各街道办事处",),
     ("区住房城乡建设局", "区市场监管局")),
    ("各成员单位要按照职责分工落实任务。省级以上园区全部实施循环化改造。", (), ()),
    # An emergency plan's steps: a department that sends, allocates or dispatches; the sections of the bureau issuing its
    # own plan (局办公室, 局综合规划科) and a centre among those worked with.
    ("应急调查。市自然资源局派出专业技术人员开展调查。市应急管理局调拨救灾物资。", ("市自然资源局",), ("市应急管理局",)),
    # A township's organs listed at a sentence's start (镇纪委、镇督查办每月…), and a department acting within the year
    # (镇财政所年内统筹安排…).
    ("严格督查考核。镇纪委、镇督查办每月对各村开展1次暗访督查。", ("镇纪委",), ("镇督查办",)),
    # … and one acting on some ground (根据公示结果下达资金); departments listed before what they do in time (及时 is no 及,
    # "and"); not a command set up for an emergency (现场指挥部).
    ("下达资金。省财政厅根据公示结果下达资金。", ("省财政厅",), ()),
    # (… the ground closed by a comma: 根据…需求，会同…编制; and a centre taking on a platform's upkeep, 承担…运行和维护, not
    # what is taken on, 承担的任务)
    ("编制目录。市数据局根据经济社会发展需求，会同数据提供单位编制授权运营目录。", ("市数据局",), ()),
    ("建设平台。市大数据中心承担运营平台的建设、运行和维护。市直有关部门承担的重点任务纳入考核。", ("市大数据中心",), ()),
    # (… and no bodies named by their level: 各级相关部门承担…, 各级农业农村部门每年至少组织…)
    ("加强监管。各级相关部门承担本行业综合监管职责，各级农业农村部门每年至少组织1次培训。", (), ()),
    ("救助。县应急管理局、县财政局及时下拨救助资金。现场指挥部根据灾情组织抢险。", ("县应急管理局",), ("县财政局",)),
    # A government bearing a responsibility (负主体责任, 负属地管理责任) has the duty, a government's inspection office for
    # education (督导室) is a department; a role in a project (项目实施单位, 分包单位) is none.
    ("落实属地责任。各县市区人民政府、株洲经开区管委会负属地管理责任。项目实施单位对资金使用负主体责任。",
     ("各县市区人民政府",), ("株洲经开区管委会",)),
    ("加强调度督导。县政府教育督导室要建立月调度制度。", ("县政府教育督导室",), ()),
    # Each place's department opening a sentence with what it does (各市（州）农业农村局于…前完成自查); not a role unit's
    # sentence running on to the department it reports to (各牵头单位每月25日前向县教育和体育局报送…).
    ("自查自评。各市（州）农业农村局于每年12月10日前完成自查。各牵头单位每月25日前向县教育和体育局报送进展。",
     ("各市农业农村局",), ()),
    # The places of a level, each, worked with or supporting (会同各乡镇（街道）, 各社区协助), as a note names them.
    ("落实建后管护。由县农业农村局会同各乡镇（街道）落实管护主体。", ("县农业农村局",), ("各乡镇",)),
    ("排查隐患。由派出所、市场监管所按职责分工负责，各社区协助排查线索。", ("派出所",), ("市场监管所", "各社区")),
    # The supply and marketing cooperatives are a government's agency, acting or worked with.
    ("推进回收利用。市商务局会同市供销合作社统筹推进两网融合。县供销社、县市场监管局要加强农资市场监管。",
     ("市商务局",), ("市供销合作社", "县供销社", "县市场监管局")),
    # A department acting by some means (…通过大数据比对筛选…) has the duty.
    ("推行免申即享。县社会保险事业中心通过大数据比对筛选符合条件的企业。", ("县社会保险事业中心",), ()),
    # A township's centres are its departments (镇综治中心); a subdistrict's care home is a facility, its service hall a
    # place.
    ("优化网格设置。由镇综治中心负责，镇党建办配合。街道综合养老服务中心要提供助餐服务。街道政务服务中心设立服务窗口。",
     ("镇综治中心",), ("镇党建办",)),
    # A lead named with the alias it goes by in brackets (由X（Y）牵头); a discipline commission and the supervisory
    # commission sharing its offices are one organ (市纪委监委), whether it acts or is worked with.
    ("整治兑现问题。由市发展改革委（市营商环境建设局）牵头，市财政局、市商务局配合。", ("市发展改革委",), ("市财政局", "市商务局")),
    ("强化监督。市委宣传部要会同市纪委监委每季度通报典型案例。市纪委监委、市委组织部每月开展明察暗访。", ("市委宣传部",),
     ("市纪委监委", "市委组织部")),
    ("强化资金保障。镇财政所年内统筹安排整治专项资金不少于180万元。", ("镇财政所",), ()),
    # A department named with its place after a comma, acting, has a duty too (…，县商务局每季度对…进行1次清算; …，市自然资源和
    # 规划局优先保障…); not one that announces what it will do with the matter (…，县卫健委将把…纳入考核), nor an account of
    # what was done (…，市安委办组织6个督查组，…进行了明查暗访), nor a headquarters acting under another's command.
    ("严格清算。补贴资金实行“先销售后清算”，县商务局每季度对补贴资金使用情况进行1次清算。", ("县商务局",), ()),
    ("强化保障。市财政局每年安排资金不少于5亿元，市自然资源和规划局优先保障乡村产业用地。", ("市财政局",),
     ("市自然资源和规划局",)),
    ("各单位要于每季度结束后5个工作日内将工作进展报县卫健委办公室，县卫健委将把各项工作完成情况纳入年度绩效考核。", (), ()),
    ("为推进安全生产，9月10日至9月27日，市安委办组织6个督查组，对各县市区进行了明查暗访。", (), ()),
    ("发生特大型地质灾害时，市指挥部在省指挥部统一指挥下开展应急处置。", (), ()),
    # (A level is no place: 省级部门 after a comma names a kind of body.)
    ("加强统筹。国家层面出台政策，省级部门统筹推进示范应用。", (), ()),
    # A grant's procedure: a department that completes a review or pays funds out within its time (not a name after
    # 由, which describes the units a department funds).
    ("县商务局在收到申请材料后10个工作日内完成审核。县财政局在审核通过后5个工作日内拨付资金。"
     "由财政部门拨付事业经费的文化事业单位转制为企业。", ("县商务局",), ("县财政局",)),
    ("局办公室会同局综合规划科加强督办。局安全监督科会同市公路发展中心建立专家库。", ("局办公室", "局安全监督科"),
     ("局综合规划科", "市公路发展中心")),
    ("社会单位要严格落实消防安全责任制。县市场监督管理局、县商务局要督促经营场所落实制度。", ("县市场监督管理局",),
     ("县商务局",)),
    # A department that applies something to what it oversees (对…实行/开展); a government's inspection office and
    # its office act so; a headquarters' office does not (its readers split on it, as on a leading group's office);
    # those taking part in what the lead sets up, in a later phrase (，Y、Z等部门参加).
    ("县政府督查室对重点工程实行月调度。", ("县政府督查室",), ()),
    ("市市场监管局对全市食品企业开展抽检。", ("市市场监管局",), ()),
    ("县政府办公室定期开展专项督导。", ("县政府办公室",), ()),
    ("县防汛抗旱指挥部办公室定期开展检查。县防指办公室及时发布洪涝灾害预警。", (), ()),
    # An emergency plan's steps: when, within what time and how the department acts (接报后2小时内派出, 电话报告), what it
    # designates, and whom it works with when need be (必要时会同).
    ("市疾控中心接报后2小时内派出调查队伍。区应急管理局接报后30分钟内电话报告区委、区政府。", ("市疾控中心",),
     ("区应急管理局",)),
    ("市卫生健康委确定定点救治医院。", ("市卫生健康委",), ()),
    ("区公安分局负责现场警戒，必要时会同区住房建设交通局开辟应急通道。", ("区公安分局",), ("区住房建设交通局",)),
    # What a department secures and allots; a development zone's bureaus, named after the zone; a centre named with
    # the one it works with is no unit (区政府督查室会同区投资促进中心: two).
    ("开发区财政金融局每年安排专项资金。县自然资源局优先保障重点项目用地。", ("开发区财政金融局",), ("县自然资源局",)),
    ("区政府督查室会同区投资促进中心每月通报一次完成情况。", ("区政府督查室",), ("区投资促进中心",)),
    # A law's organs: the one declared competent (…是…的主管部门) leads; the organs named by their field act (消防救援机构对…
    # 实施, 公安派出所按照规定对…实施) and are worked with (会同…、市消防救援机构); fields doing their share by their functions
    # (…、…等部门按照各自职责) each answer, keeping the government they belong to.
    ("公安机关是养犬管理工作的主管部门，负责养犬登记。农业农村部门负责犬只狂犬病免疫。", ("公安机关",), ("农业农村部门",)),
    ("消防救援机构对电动自行车停放充电消防安全实施综合监督管理。公安派出所按照规定对住宅小区实施日常消防监督检查。",
     ("消防救援机构",), ("公安派出所",)),
    ("市住房城乡建设主管部门应当会同市自然资源和规划部门、市消防救援机构制定技术导则。", ("市住房城乡建设主管部门",),
     ("市自然资源和规划部门", "市消防救援机构")),
    ("省人民政府发展改革、财政、卫生健康等部门按照各自职责，做好农村供水相关工作。", ("省人民政府发展改革部门",),
     ("省人民政府财政部门", "省人民政府卫生健康部门")),
    # … but not the firms a law's duties fall on (供水单位, 电梯使用管理单位).
    ("供水单位应当每月进行1次水质检测。电梯使用管理单位应当委托维护保养单位。", (), ()),
    # … nor the parties a measure's rule falls on, by what they do (欠款单位, 收费单位, 用人单位, 集中处置单位).
    ("欠款单位要与债权企业协商制定分期还款计划。收费单位应当公示收费项目。用人单位应当按时足额支付工资。", (), ()),
    ("县财政局牵头督促清偿，各欠款单位、收费单位配合。", ("县财政局",), ()),
    # A township's stations act too, and so does the discipline office holding others to account (对…严肃问责).
    ("镇财政所统筹整合涉农资金。街道纪工委对工作不力的单位和个人严肃问责。", ("镇财政所",), ("街道纪工委",)),
    # … also when those it holds to account are named as a circumstance (对…的，依规依纪严肃问责).
    ("县政府督查室每月通报1次清欠进展；县纪委监委对恶意拖欠、虚报瞒报清偿数据的，依规依纪严肃问责。", ("县政府督查室",),
     ("县纪委监委",)),
    # The bureau's own sections act at a sentence's start too, reporting every so many hours.
    ("局办公室在响应启动后每4小时报送保障进展。局安全监督科每半年对各单位开展1次检查。", ("局办公室",), ("局安全监督科",)),
    ("由省发展改革委牵头建立联席会议制度，省交通运输厅、省商务厅等部门参加，统筹推进规划实施。", ("省发展改革委",),
     ("省交通运输厅", "省商务厅")),
    # The courts and procuratorates answer as organs do.
    ("各级人民法院要基于信息化建设成果开展系统总体设计。县人民法院、县人民检察院应当依法配合社区矫正机构。",
     ("各级人民法院",), ("县人民法院", "县人民检察院")),
    # Several may lead together (共同牵头).
    ("到2027年，汽车软件业务收入达到200亿元。由市工业和信息化局、市大数据局共同牵头。", ("市工业和信息化局", "市大数据局"), ()),
    # A list of departments is not read up to a name cut inside its last word (…及项目主管部 / 门).
    ("省财政厅、省科技厅及项目主管部门按照职责分工，对项目资金管理使用情况进行监督检查。", ("省财政厅",),
     ("省科技厅", "项目主管部门")),
    # Places sharing the organ of the last part's first half, an organ joined to it by 和 after (各区、县（市）人民政府和
    # …管委会); a police or fire detachment acting (市公安局交警支队每月…).
    ("各区、县（市）人民政府和澜州经济技术开发区管委会要细化年度利用外资目标任务。市公安局交警支队每月至少开展1次违法停车集中整治。",
     ("各区人民政府",), ("各县人民政府", "澜州经济技术开发区管委会", "市公安局交警支队")),
    # A ministry opening a sentence with what it strengthens, deepens or does together with others has the duty; not one
    # whose work the sentence reports done (…会同…对草案进行了修改: how the document was made).
    ("市场监管总局深化汽车安全沙盒监管，组织召回技术机构督促企业开展深度测试。教育部加强政策措施统筹协调。",
     ("市场监管总局",), ("教育部",)),
    ("市司法局会同市民政局对草案进行了反复修改，并组织立法听证。", (), ()),
    # A division's name holding 应对 (省生态环境厅应对气候变化处) is no duty of what stands before it; a 区 before 市 is part
    # of the place the departments after it share (各设区市司法局、财政局: each 设区市's).
    ("各市生态环境局于每月5日前将清缴进展报送省生态环境厅应对气候变化处，清缴结束后15个工作日内报送总结。", ("各市生态环境局",), ()),
    ("各设区市司法局、财政局要加强对法律援助经费的监督检查。", ("各设区市司法局",), ("各设区市财政局",)),
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


@pytest.mark.parametrize(("text", "kept", "lead", "responsible"), [
    # A unit's name holding a bracket; a labelled list going on after a comma.
    ("完善学校体育设施。（牵头单位：省体育局；责任单位：省教育厅，各市（州）人民政府）", "完善学校体育设施。",
     ("省体育局",), ("省教育厅", "各市人民政府")),
    ("推进中医药传承。（市卫生健康委（市中医药管理局）牵头，市财政局配合）", "推进中医药传承。",
     ("市卫生健康委",), ("市财政局",)),
    # A note closing with a field of another kind: the measure's deadline.
    ("发展多式联运。（市交通运输局牵头，市发展改革委、市商务局配合；完成时限：2025年12月底前）", "发展多式联运。",
     ("市交通运输局",), ("市发展改革委", "市商务局")),
    ("培育网络货运企业。（市交通运输局负责；完成时限：2026年12月底前）", "培育网络货运企业。", ("市交通运输局",), ()),
    # A township's note giving the role alone, without 单位: （牵头：…；配合：…）.
    ("做好综治工作。（牵头：街道综治中心；配合：各社区居委会、街道派出所）", "做好综治工作。",
     ("街道综治中心",), ("各社区居委会", "街道派出所")),
    # A bare list of departments in the last brackets, parted by commas.
    ("开展隐患排查。（市应急管理局，市交通运输局，市住房城乡建设局）", "开展隐患排查。",
     ("市应急管理局",), ("市交通运输局", "市住房城乡建设局")),
    # Units whose names end in 联, 队, 关; a lead whose partners 负责实施.
    ("建设康复服务设施。（市民政局牵头；市卫生健康委、市残联配合）", "建设康复服务设施。",
     ("市民政局",), ("市卫生健康委", "市残联")),
    ("规范进出口监管。（市商务局牵头，临川海关、市公安局交警支队配合）", "规范进出口监管。",
     ("市商务局",), ("临川海关", "市公安局交警支队")),
    ("推进老旧小区改造。（市住房城乡建设局牵头，各区人民政府负责实施）", "推进老旧小区改造。",
     ("市住房城乡建设局",), ("各区人民政府",)),
    # Places sharing the organ named after the last of them.
    ("加快产业集聚区发展。（牵头单位：省大数据局，参加单位：济南、青岛、济宁市政府）", "加快产业集聚区发展。",
     ("省大数据局",), ("济南市政府", "青岛市政府", "济宁市政府")),
    ("做好基金监管。（省级、地市级医疗保障部门按职责分工负责）", "做好基金监管。",
     ("省级医疗保障部门",), ("地市级医疗保障部门",)),
    # (The provincial level named whole is one level, its organ one unit: 省、自治区、直辖市, as 省（自治区、直辖市）.)
    ("加强组织领导。（各省、自治区、直辖市人民政府负责）", "加强组织领导。", ("各省、自治区、直辖市人民政府",), ()),
    ("推广智能监控。（国家邮政局牵头，各省、自治区、直辖市及新疆生产建设兵团邮政管理局、各市人民政府负责）", "推广智能监控。",
     ("国家邮政局",), ("各省、自治区、直辖市及新疆生产建设兵团邮政管理局", "各市人民政府")),
    # (Not the words without 省: 各自治区、直辖市人民政府 are two places sharing their organ.)
    ("加强组织领导。（各自治区、直辖市人民政府负责）", "加强组织领导。", ("各自治区人民政府",), ("各直辖市人民政府",)),
    ("落实属地责任。（各区、县（市）人民政府负责）", "落实属地责任。", ("各区人民政府",), ("各县人民政府",)),
    # X会同Y: X leads, Y shares; and so does （X负责，Y配合）.
    ("完善价格形成机制。（市发展改革委会同市财政局负责）", "完善价格形成机制。", ("市发展改革委",), ("市财政局",)),
    ("完善低保制度。（县民政局负责，县财政局、县人社局配合）", "完善低保制度。", ("县民政局",), ("县财政局", "县人社局")),
    # Organs joined by 及 in a note: a named company, a placed organ (社).
    ("建设充电设施。（市发展改革委牵头，国网赣州供电公司及各县（市、区）人民政府、省邮政管理局及省供销合作社配合）",
     "建设充电设施。", ("市发展改革委",), ("国网赣州供电公司", "各县人民政府", "省邮政管理局", "省供销合作社")),
    ("开展宣传。（省卫生健康委妇幼健康处及省妇联负责）", "开展宣传。", ("省卫生健康委妇幼健康处",), ("省妇联",)),
    # A department's own work points name its divisions; a note after the leading official's line.
    ("开展执法检查。牵头处室：政策法规处　　配合处室：人事处", "开展执法检查。", ("政策法规处",), ("人事处",)),
    ("配齐垃圾收集设施。牵头领导：李某（副镇长）责任单位：镇环卫所、镇财政所",
     "配齐垃圾收集设施。牵头领导：李某（副镇长）", ("镇环卫所",), ("镇财政所",)),
    # A bracket of the other kind inside a name: 各县〔市、区〕人民政府.
    ("加强耕地保护。（各省辖市人民政府、各县〔市、区〕人民政府负责）", "加强耕地保护。",
     ("各省辖市人民政府",), ("各县人民政府",)),
    # A labelled note in square brackets.
    ("推进居家养老。【责任单位：省民政厅、省财政厅，各市人民政府】", "推进居家养老。",
     ("省民政厅",), ("省财政厅", "各市人民政府")),
    ("开展服务。【牵头单位：省卫生健康委；配合单位：省医保局】", "开展服务。", ("省卫生健康委",), ("省医保局",)),
    # A unit closing with its own role inside a labelled note; a sentence after the list names no unit.
    ("发展银发产业。【责任单位：省发展改革委牵头，省商务厅、省工业和信息化厅按职责分工负责】", "发展银发产业。",
     ("省发展改革委",), ("省商务厅", "省工业和信息化厅")),
    ("完善服务网络。【责任单位：省民政厅，各市人民政府。以下均需各市人民政府落实，不再列出】", "完善服务网络。",
     ("省民政厅",), ("各市人民政府",)),
    # As State Council documents write them: the first listed leads; several lead together.
    ("开放平台入口。（发展改革委、科技部、工业和信息化部等负责，列第一位者为牵头部门，下同）", "开放平台入口。",
     ("发展改革委",), ("科技部", "工业和信息化部")),
    ("加大稳岗支持。（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）", "加大稳岗支持。",
     ("人力资源社会保障部",), ("财政部",)),
    ("推进协同制造。（工业和信息化部、发展改革委、科技部共同牵头）", "推进协同制造。",
     ("工业和信息化部", "发展改革委", "科技部"), ()),
    # A ministry's own bureaus (司) in its work points; those taking part (参加).
    ("做好年度总结。（科技司牵头，新闻宣传中心参加）", "做好年度总结。", ("科技司",), ("新闻宣传中心",)),
    ("推进标准研制。（信息通信发展司、科技司按职责分工负责）", "推进标准研制。", ("信息通信发展司",), ("科技司",)),
    # Departments, then after a comma the governments that share the duty.
    ("做好就业帮扶。（市农业农村局、市人力资源社会保障局，各县市区人民政府负责）", "做好就业帮扶。",
     ("市农业农村局",), ("市人力资源社会保障局", "各县市区人民政府")),
    ("落实补贴政策。（人力资源社会保障部、财政部，各省级人民政府按职责分工负责）", "落实补贴政策。",
     ("人力资源社会保障部",), ("财政部", "各省级人民政府")),
    # A ministry's bureau after its name in a 会同 list; fields sharing the 部门 closing the list (not places,
    # not what someone does).
    ("装备工业一司牵头统筹，会同国家发展改革委产业发展司、市场监管总局标准技术管理司建立协调机制。",
     "装备工业一司牵头统筹，会同国家发展改革委产业发展司、市场监管总局标准技术管理司建立协调机制。",
     ("装备工业一司",), ("国家发展改革委产业发展司", "市场监管总局标准技术管理司")),
    ("各省级工业和信息化主管部门会同发展改革、财政、市场监管部门，组织审核。",
     "各省级工业和信息化主管部门会同发展改革、财政、市场监管部门，组织审核。",
     ("各省级工业和信息化主管部门",), ("发展改革部门", "财政部门", "市场监管部门")),
    ("省卫生健康委会同财政、税务等部门制定方案。", "省卫生健康委会同财政、税务等部门制定方案。",
     ("省卫生健康委",), ("财政部门", "税务部门")),
    ("受理投诉。（接到投诉、举报的部门负责）", "受理投诉。（接到投诉、举报的部门负责）", (), ()),
    # A bare list of the centre's departments named without a place, as State Council documents close a clause.
    ("加大财政金融支持。（财政部、国家发展改革委、中国人民银行、金融监管总局、中国证监会）", "加大财政金融支持。",
     ("财政部",), ("国家发展改革委", "中国人民银行", "金融监管总局", "中国证监会")),
    ("推动区域协调发展。（中西部）", "推动区域协调发展。（中西部）", (), ()),
    ("推进低空应用。（国务院国资委、工业和信息化部、中国民航局）", "推进低空应用。", ("国务院国资委",), ("工业和信息化部", "中国民航局")),
    ("国家数据局会同国家发展改革委、商务部、中国人民银行、国家卫生健康委等有关部门建立机制，统筹推进实施。",
     "国家数据局会同国家发展改革委、商务部、中国人民银行、国家卫生健康委等有关部门建立机制，统筹推进实施。",
     ("国家数据局",), ("国家发展改革委", "商务部", "中国人民银行", "国家卫生健康委")),
    # Departments listed at a sentence's start before what they do: the first leads; two joined by 和 are two (not
    # 工业和信息化部); not after a preposition.
    ("工业和信息化部、公安部和交通运输部建立联合工作机制。", "工业和信息化部、公安部和交通运输部建立联合工作机制。",
     ("工业和信息化部",), ("公安部", "交通运输部")),
    ("在工业和信息化部、国家标准化管理委员会的指导下，发挥作用。", "在工业和信息化部、国家标准化管理委员会的指导下，发挥作用。",
     (), ()),
    # … and so are a field's organ and the departments concerned (消防救援机构和有关部门).
    ("消防救援机构和有关部门应当自接到投诉之日起5个工作日内核查处理。", "消防救援机构和有关部门应当自接到投诉之日起5个工作日内核查处理。",
     ("消防救援机构",), ("有关部门",)),
    # The people's organisations State Council documents give duties to (共青团中央, 全国妇联, 中国残联).
    ("落实政策。人力资源社会保障部、教育部、共青团中央按职责分工负责。", "落实政策。人力资源社会保障部、教育部、共青团中央按职责分工负责。",
     ("人力资源社会保障部",), ("教育部", "共青团中央")),
    # A name's insertion in OCR's angle brackets (各县〈市、区〉人民政府) is left out as one in （）.
    ("落实补贴。（市人力资源社会保障局牵头，市财政局、各县〈市、区〉人民政府负责）", "落实补贴。",
     ("市人力资源社会保障局",), ("市财政局", "各县人民政府")),
    # （X牵头，会同Y、Z等部门）: those X works with share.
    ("遴选优秀案例100个。（数字经济司牵头，会同工业和信息化部、国家卫生健康委等部门）", "遴选优秀案例100个。",
     ("数字经济司",), ("工业和信息化部", "国家卫生健康委")),
    # A note naming who answers for the items above it (（以上由X负责）): 以上由 is no part of the name.
    ("推进改造。（以上由省工业和信息化厅牵头，省财政厅配合）", "推进改造。", ("省工业和信息化厅",), ("省财政厅",)),
    # Organs a law names by their field (公安机关, 税务机关), the fire service and police stations are departments; an
    # organ named by its part in a procedure (登记机关) or the state's organs as a whole (国家机关) are not.
    ("公安机关应当设立犬只收容场所。", "公安机关应当设立犬只收容场所。", ("公安机关",), ()),
    ("消防救援机构、公安派出所应当按照职责进行监督检查。", "消防救援机构、公安派出所应当按照职责进行监督检查。",
     ("消防救援机构",), ("公安派出所",)),
    ("登记机关应当在五个工作日内办结。国家机关应当带头执行。", "登记机关应当在五个工作日内办结。国家机关应当带头执行。", (), ()),
    # A field of another kind in a labelled note names no one (完成时限：…, 持续推进).
    ("推进建设。（责任单位：市大数据局牵头，市财政局配合；完成时限：持续推进）", "推进建设。", ("市大数据局",), ("市财政局",)),
    ("推进建设。（责任单位：市工业和信息化局、市大数据局；完成时限：2027年12月底前）", "推进建设。",
     ("市工业和信息化局",), ("市大数据局",)),
    # A note written out as a sentence of its own, as joint measures close a measure or its part: its departments
    # answer for the clause, the first leading; the subjects the measure asks (各级机关事业单位要…) are none.
    ("稳定岗位。各级机关事业单位要挖掘岗位潜力。中央组织部、人力资源社会保障部负责。",
     "稳定岗位。各级机关事业单位要挖掘岗位潜力。中央组织部、人力资源社会保障部负责。", ("中央组织部",),
     ("人力资源社会保障部",)),
    ("加大支持。中国人民银行引导金融机构加大投放。财政部、中国人民银行负责。对违规行为依法查处。",
     "加大支持。中国人民银行引导金融机构加大投放。财政部、中国人民银行负责。对违规行为依法查处。", ("财政部",),
     ("中国人民银行",)),
    # A bureau's sections in a note (财务科) are units, not places sharing the organ after them; those who carry a
    # duty out (落实) share it.
    ("稳岗返还。（牵头科室：就业促进和失业保险科；配合科室：财务科、市社会保险事业中心）", "稳岗返还。",
     ("就业促进和失业保险科",), ("财务科", "市社会保险事业中心")),
    ("确保动态清零。（市就业服务中心负责，各县市区人社局落实）", "确保动态清零。", ("市就业服务中心",), ("各县市区人社局",)),
    # The official answering for a task is named before the units, a person, no department.
    ("推进整顿转化。（责任领导：镇党委书记陈晓；责任单位：镇党建办、镇纪委、岩脚村党支部）", "推进整顿转化。", ("镇党建办",),
     ("镇纪委", "岩脚村党支部")),
    ("构建数据资源体系。（省大数据局牵头，省有关部门具体实施）", "构建数据资源体系。", ("省大数据局",), ("省有关部门",)),
    # A unit named by its part in a note is none (各有关单位, 各责任单位); the note is still one.
    ("推进建设。（市商务局牵头，各有关单位配合）", "推进建设。", ("市商务局",), ()),
    ("全面推进。（各责任单位按职责分工负责）", "全面推进。", (), ()),
    # Each of those after the lead may say its part (Y配合，Z负责落实).
    ("严守耕地红线。（市自然资源和规划局牵头，市农业农村局配合，各县（市、区）人民政府负责落实）", "严守耕地红线。",
     ("市自然资源和规划局",), ("市农业农村局", "各县人民政府")),
    # Places closing a list of departments share the organ after them (济南市、青岛市人民政府).
    ("推进。（牵头单位：省工业和信息化厅；配合单位：省科技厅、济南市、青岛市人民政府）", "推进。", ("省工业和信息化厅",),
     ("省科技厅", "济南市人民政府", "青岛市人民政府")),
    # The places of a level, each (各乡镇, 各乡镇（街道）), stand for their governments in a written note as in a labelled one;
    # each part of the list after the lead is a list of its own (各县（市）、区人民政府, then the zones' committees).
    ("抓乡村全面振兴。（县委农办牵头，县农业农村局、各乡镇（街道）负责）", "抓乡村全面振兴。", ("县委农办",),
     ("县农业农村局", "各乡镇")),
    ("推进托育服务。（市卫生健康委牵头，各县（市）、区人民政府，各开发区管委会负责）", "推进托育服务。", ("市卫生健康委",),
     ("各县人民政府", "各区人民政府", "各开发区管委会")),
    # A unit's role in a note may name the work it carries out (负责具体实施).
    ("加强管护。（责任单位：县水利局牵头，县自然资源局配合，各乡镇负责具体实施）", "加强管护。", ("县水利局",),
     ("县自然资源局", "各乡镇")),
    # 会同 inside a labelled note: the unit before it leads, those after share, as in （X会同Y负责）.
    ("推进建设。（责任单位：市工业和信息化局会同市通信发展办公室，各区县人民政府；完成时限：2026年12月底前）", "推进建设。",
     ("市工业和信息化局",), ("市通信发展办公室", "各区县人民政府")),
    # Offices (室) work with a department, and an 办公室 is named whole, not cut at its 办.
    ("加强督导。市民政局会同市委督查室、市政府督查室开展督导检查，市工业和信息化局会同市通信发展办公室推进建设。",
     "加强督导。市民政局会同市委督查室、市政府督查室开展督导检查，市工业和信息化局会同市通信发展办公室推进建设。",
     ("市民政局", "市工业和信息化局"), ("市委督查室", "市政府督查室", "市通信发展办公室")),
    # An aside in brackets holding a comma is no list; the winners of a call (揭榜单位) are no department.
    ("推进建设。（责任单位：市工业和信息化局，各区县人民政府（含代管镇办的功能区管委会，下同））", "推进建设。",
     ("市工业和信息化局",), ("各区县人民政府",)),
    ("加快攻关。揭榜单位要按期完成任务，市科技局负责组织验收。", "加快攻关。揭榜单位要按期完成任务，市科技局负责组织验收。",
     ("市科技局",), ()),
    # 等 closing a list is cut off; the 等 of a word is not.
    ("深化软件学院建设。（综合处牵头，教育部高等教育司等参加）", "深化软件学院建设。", ("综合处",), ("教育部高等教育司",)),
    # A place whose name ends like a level (滨州) is a place; a place that is only a level (各州, 各盟)
    # keeps it.
    ("开展联合执法。（东营、滨州市市场监管局负责）", "开展联合执法。", ("东营市市场监管局",), ("滨州市市场监管局",)),
    # Townships share their governments' name too (not the 乡 of 城乡 in a department's name, nor a township's own
    # federation after a school: 各村小学、镇妇联).
    ("推进边境旅游。（县文化和旅游局牵头，勐角乡、勐董镇、班洪乡人民政府负责）", "推进边境旅游。", ("县文化和旅游局",),
     ("勐角乡人民政府", "勐董镇人民政府", "班洪乡人民政府")),
    ("开展宣传。（责任单位：各村小学、镇妇联）", "开展宣传。", ("各村小学",), ("镇妇联",)),
    # One place's departments listed after its first take its place (常澄市教育局、卫生健康委 → 常澄市卫生健康委; …发展改革委、
    # 商务局与果宁州发展改革委、商务局: each side's); not another organ named by its own place (遵义市水务局, 民航贵州监管局).
    ("共建园区。（常澄市发展改革委、商务局与果宁州发展改革委、商务局负责）", "共建园区。", ("常澄市发展改革委",),
     ("常澄市商务局", "果宁州发展改革委", "果宁州商务局")),
    ("开展整治。（市住房城乡建设局、遵义市水务局、民航贵州监管局负责）", "开展整治。", ("市住房城乡建设局",),
     ("遵义市水务局", "民航贵州监管局")),
    # A list closed by 等 and joined to the bodies of each place names them too.
    ("发展产业。（扶贫办、商务部等和各有关省级人民政府负责）", "发展产业。", ("扶贫办",), ("商务部", "各有关省级人民政府")),
    # Each region, as the centre names them, shares as each place does.
    ("推进网络互联互通。（工业和信息化部牵头，各地区负责）", "推进网络互联互通。", ("工业和信息化部",), ("各地区",)),
    ("优化出行服务。（交通运输部及各地区按职责分工负责）", "优化出行服务。", ("交通运输部",), ("各地区",)),
    # … and so do counties a bureau's name holding 和 (人力资源和社会保障局), but not a place after 和 (县财政局和乡镇).
    ("跨省通办。（汨东、修阳、通阜县人力资源和社会保障局负责）", "跨省通办。", ("汨东县人力资源和社会保障局",),
     ("修阳县人力资源和社会保障局", "通阜县人力资源和社会保障局")),
    # A list closed by the formula making its first named the lead (排在第一位的为牵头单位) names no unit with it.
    ("推进充电网络。（责任单位：市交通运输局、市商务局、市农业农村局，排在第一位的为牵头单位）", "推进充电网络。",
     ("市交通运输局",), ("市商务局", "市农业农村局")),
    ("建设新型公共文化空间。（省文化和旅游厅牵头，各州、市人民政府负责）", "建设新型公共文化空间。",
     ("省文化和旅游厅",), ("各州人民政府", "各市人民政府")),
    # Those sharing may do so 按职责 without 分工, and be named companies; departments sharing by their functions
    # before a government carrying the task out all share, the first named leading; the note may close with the body
    # every later task falls to (。以下均需…落实，不再列出).
    ("新建充电站20座。（市交通运输局牵头，省高速集团管理处、中石化澄州分公司按职责负责）", "新建充电站20座。",
     ("市交通运输局",), ("省高速集团管理处", "中石化澄州分公司")),
    # A labelled note may say first which measures it covers (以上3项, 以上).
    ("强化招商引资。（以上3项，牵头单位：市工业和信息化局；配合单位：市投资促进局、各区县人民政府）", "强化招商引资。",
     ("市工业和信息化局",), ("市投资促进局", "各区县人民政府")),
    ("加强农家书屋建设。（以上责任科室：公共服务科，县图书馆）", "加强农家书屋建设。", ("公共服务科",), ("县图书馆",)),
    # The ministries guiding a measure: the first named leads, as with 负责; guiding the one carrying it out, they share.
    ("推进秸秆全量利用。（国家发展改革委、农业农村部指导）", "推进秸秆全量利用。", ("国家发展改革委",), ("农业农村部",)),
    ("开展探访关爱。（各街道办事处负责，区民政局指导）", "开展探访关爱。", ("各街道办事处",), ("区民政局",)),
    ("推进赋权改革。（省科技厅、省财政厅按职责分工负责，各市〔州〕人民政府负责落实。以下均需各市〔州〕人民政府负责落实，"
     "不再列出）", "推进赋权改革。", ("省科技厅",), ("省财政厅", "各市人民政府")),
])
def test_notes_of_who_is_responsible(text, kept, lead, responsible):
    found_text, agencies = extract_agencies(text)
    assert found_text == kept
    assert (agencies.lead, agencies.responsible) == (lead, responsible)


def test_a_bracketed_label_before_the_names_is_a_labelled_note():
    """A policy list's lines: 【政策依据】《…》 / 【责任单位】X、Y — the label in brackets, the names after it."""
    from policydiff.parse import parse_text

    document = parse_text("一、数据基础设施\n1.支持算力中心建设。对新建数据中心给予补助。\n【政策依据】《某市若干政策》第三条\n"
                          "【责任单位】市大数据局、市发展改革委\n2.降低用电成本。落实电价优惠政策。\n【政策依据】《某省意见》\n"
                          "【牵头单位】市发展改革委\n")
    assert [(c.id, c.agencies.lead, c.agencies.responsible) for c in document.clauses] == [
        ("1.1", ("市大数据局",), ("市发展改革委",)), ("1.2", ("市发展改革委",), ())]


def test_an_account_of_how_the_document_was_made_makes_no_one_responsible():
    """市公安局会同有关部门制定了《办法》, 市大数据局会同有关部门对…进行了梳理: what was done to make the
    document, also when the verb closed by 了 stands in a later phrase (我局会同市统计局委托第三方机构，对…开展了中期评估);
    市公安局会同市财政局制定实施细则 is a duty, and a reply's 发展改革委会同水利部研究提出了办理意见
    names who answers for the matter."""
    from policydiff.parse import parse_text

    document = parse_text("市公安局会同有关部门制定了《办法》。市大数据局会同市财政局对现行政策进行了梳理。"
                          "我局会同市统计局委托第三方机构，对《行动计划》实施情况开展了中期评估。\n"
                          "一、工作任务\n（一）完善制度。市公安局会同市财政局制定实施细则。\n"
                          "（二）推进项目。发展改革委会同水利部研究提出了办理意见：尽快启动审核。\n")
    assert [(c.id, c.agencies.lead, c.agencies.responsible) for c in document.clauses] == [
        ("0", (), ()), ("1.1", ("市公安局",), ("市财政局",)), ("1.2", ("发展改革委",), ("水利部",))]


def test_a_note_on_its_own_line_closes_the_last_clause_not_the_signature():
    """责任单位：… under the last clause, then the signature: the note is the clause's; and a one-
    sentence item followed by its note is text, not a title; label lines stay apart."""
    from policydiff.parse import parse_text

    document = parse_text("一、重点任务\n（一）完善医疗服务体系。\n1. 推动三级医院扩容提质。\n"
                          "牵头部门：市卫生健康委\n配合部门：市发展改革委\n"
                          "2. 加强县级医院能力建设。2024年底前，县级医院综合能力达标比例不低于90%。\n"
                          "责任单位：市卫生健康委、各区县人民政府\n\n临川市人民政府办公室\n2024年3月1日\n")
    first, last = document.clause("1.1.1"), document.clause("1.1.2")
    assert (first.heading, first.text, first.agencies.lead, first.agencies.responsible) == (
        "", "推动三级医院扩容提质。", ("市卫生健康委",), ("市发展改革委",))
    assert (last.agencies.lead, last.agencies.responsible) == (("市卫生健康委",), ("各区县人民政府",))
    assert document.meta.date == "2024-03-01"


def test_a_note_closing_a_sections_heading_names_the_departments_of_its_clauses():
    """一、…（市体育局牵头，市发展改革委配合） over clauses that name no department: theirs; a
    clause with a note of its own keeps it; the heading loses the note."""
    from policydiff.parse import parse_text

    document = parse_text("一、丰富体育消费供给（市体育局牵头，市发展改革委配合）\n（一）培育体育消费新场景。建设体育公园10个。\n"
                          "（二）打造精品赛事活动。每年举办赛事20项。（市文化广电旅游局负责）\n二、保障措施\n（三）加强组织领导。\n")
    assert [(s.id, s.heading) for s in document.sections] == [("1", "丰富体育消费供给"), ("2", "保障措施")]
    assert [(c.id, c.agencies.lead, c.agencies.responsible) for c in document.clauses] == [
        ("1.1", ("市体育局",), ("市发展改革委",)), ("1.2", ("市文化广电旅游局",), ()), ("2.3", (), ())]
    # … however long the note makes the heading's line.
    long = parse_text("一、全力稳定和扩大就业岗位（责任单位：区人力资源和社会保障局、区发展和改革委员会、区工业和信息化局）\n"
                      "（一）稳定重点企业用工。建立重点企业用工服务专员制度。\n")
    assert [(s.id, s.heading) for s in long.sections] == [("1", "全力稳定和扩大就业岗位")]
    assert [(c.id, c.agencies.lead, c.agencies.responsible) for c in long.clauses] == [
        ("1.1", ("区人力资源和社会保障局",), ("区发展和改革委员会", "区工业和信息化局"))]
    # … a labelled note of two fields parted by ；, and one standing as all the text of a unit over its tasks.
    fields = parse_text("二、重点任务\n（六）健全协同育人机制（牵头单位：新区社会事业局；责任单位：新区妇联）\n"
                        "14.办好家长学校。家长学校建校率达到100%。\n"
                        "（七）保护传承优秀传统文化\n牵头单位：县民族宗教事务局\n责任单位：县文化和旅游局\n"
                        "15.实施非遗保护工程。新增县级代表性项目10项。\n")
    assert [(s.id, s.heading) for s in fields.sections] == [("2", "重点任务"), ("2.6", "健全协同育人机制")]
    assert [(c.id, c.agencies.lead, c.agencies.responsible) for c in fields.clauses] == [
        ("2.6.14", ("新区社会事业局",), ("新区妇联",)), ("2.7", ("县民族宗教事务局",), ("县文化和旅游局",)),
        ("2.7.15", ("县民族宗教事务局",), ("县文化和旅游局",))]


def test_a_note_closing_the_heading_of_a_unit_with_text_over_its_tasks_names_theirs_too():
    """（一）平台体系壮大行动（牵头单位：市工业和信息化局） / 行动目标：… / 1．… 2．…: the unit's goal paragraph and
    its tasks that name no department are the noted department's; a task with its own note keeps it."""
    from policydiff.parse import parse_text

    document = parse_text("　　二、专项行动\n　　（一）平台体系壮大行动（牵头单位：市工业和信息化局）\n"
                          "　　行动目标：到2026年，新培育市级以上工业互联网平台50个，平台服务企业数量年均增长20%以上。\n"
                          "　　1．做强平台。支持平台企业开展关键技术攻关，拓展跨行业服务能力，每年形成行业解决方案20个以上。\n"
                          "　　2．建设标识体系。推动标识解析二级节点建设和规模应用，新增标识注册量50亿个。（市通信管理局负责）\n")
    assert [(c.id, c.agencies.lead, c.agencies.responsible) for c in document.clauses] == [
        ("2.1", ("市工业和信息化局",), ()), ("2.1.1", ("市工业和信息化局",), ()), ("2.1.2", ("市通信管理局",), ())]
    # A copy of short lines, which looks hard-wrapped: the labelled note still closes the heading's line.
    short = parse_text("二、专项行动\n（一）平台体系壮大行动（牵头单位：市工业和信息化局）\n行动目标：到2026年，培育平台10个。\n"
                       "1．做强平台。支持平台企业开展技术攻关。\n2．建设标识体系。推动二级节点建设。（市通信管理局负责）\n")
    assert [(c.id, c.heading, c.agencies.lead) for c in short.clauses] == [
        ("2.1", "平台体系壮大行动", ("市工业和信息化局",)), ("2.1.1", "做强平台", ("市工业和信息化局",)),
        ("2.1.2", "建设标识体系", ("市通信管理局",))]


# Task-division tables (任务分工表): a row's departments belong to the clause whose task it restates.
_PLAN = """某县农村人居环境整治提升实施方案

一、工作目标

到2025年，生活垃圾收运处置体系实现行政村全覆盖，新建改建农村户厕2000座。

二、重点任务

（一）扎实推进农村厕所革命。坚持数量服从质量，新建改建农村户厕2000座。

（二）全面提升生活垃圾治理水平。健全“户分类、村收集、乡镇转运、县处理”的收运处置体系。

（三）强化资金保障。县财政每年安排专项资金。（牵头单位：县财政局）

{table}"""


def _agencies(text: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    from policydiff.parse import parse_text

    document = parse_text(text, "plan")
    return {clause.id: (clause.agencies.lead, clause.agencies.responsible) for clause in document.clauses
            if clause.agencies.lead or clause.agencies.responsible}


def test_a_task_table_after_the_text_gives_each_row_to_the_clause_it_restates():
    """By heading (扎实推进农村厕所革命 → 2.1) or by the action its text states (健全…收运处置体系 → 2.2,
    not the goal 1 naming the same system); a row restating no clause of the text is left out; the
    table adds to a clause's own note (2.3). One tab a cell: two tabs hold an empty cell (row 1)."""
    table = ("附件\n\n重点任务分工表\n\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
             "1\t扎实推进农村厕所革命\t县农业农村局\t\t2025年底\n"
             "2\t健全生活垃圾收运处置体系\t县住房城乡建设局\t县城管局、各乡镇人民政府\t长期坚持\n"
             "3\t强化资金保障\t县财政局\t县农业农村局\t长期坚持\n"
             "4\t开展美丽庭院评选\t县妇联\t\t2025年底\n")
    assert _agencies(_PLAN.format(table=table)) == {
        "2.1": (("县农业农村局",), ()),
        "2.2": (("县住房城乡建设局",), ("县城管局", "各乡镇人民政府")),
        "2.3": (("县财政局",), ("县农业农村局",)),
    }


def test_a_numbered_task_table_follows_items_numbered_on_across_sections():
    """Items 1.–4. numbered on across 一、 and 二、 (ids 1.1, 1.2, 2.3, 2.4) and a 分解表 whose 序号 follow them: rows 1 and 3
    restate their items, rows 2 and 4, named otherwise, go to the items of their numbers."""
    plan = ("某县政府工作报告重点工作任务分解方案\n\n一、经济发展\n1. 确保地区生产总值增长6%左右。\n2. 抓好粮食生产，稳定播种面积。\n"
            "二、民生保障\n3. 新建城区幼儿园2所。\n4. 新增养老床位300张。\n\n附表\n\n重点工作任务分解表\n\n"
            "序号\t工作任务\t牵头单位\t责任单位\n1\t确保地区生产总值增长\t县发展改革局\t县统计局\n2\t粮食安全\t县农业农村局\t县水利局\n"
            "3\t新建城区幼儿园\t县教育体育局\t县财政局\n4\t养老服务提升\t县民政局\t县财政局\n")
    assert _agencies(plan) == {
        "1.1": (("县发展改革局",), ("县统计局",)), "1.2": (("县农业农村局",), ("县水利局",)),
        "2.3": (("县教育体育局",), ("县财政局",)), "2.4": (("县民政局",), ("县财政局",))}


def test_a_numbered_task_table_gives_a_row_naming_its_project_otherwise_to_the_item_of_its_number():
    """民生实事 1. … 3. and a 任务分工表 of projects 1 … 3: where rows restate the items of their own numbers (1, 2), the
    table's 序号 follows the items, and row 3, naming its project otherwise, goes to item 3; a row whose item is already
    restated by another, or names its own departments, is not given so; no run followed (one row alone restating its
    item), none."""
    plan = ("某县2025年民生实事项目实施方案\n\n一、总体要求\n坚持尽力而为、量力而行。\n二、项目内容\n"
            "1. 新建县城第三公办幼儿园，新增学位540个。\n2. 新建社区养老服务站10个，完善居家养老服务。\n"
            "3. 改造城镇老旧小区12个，惠及居民3000户。\n\n附件\n\n项目任务分工表\n\n"
            "序号\t项目名称\t牵头单位\t责任单位\n1\t新建县城第三公办幼儿园\t县教育局\t县财政局\n"
            "2\t新建社区养老服务站\t县民政局\t县财政局\n3\t宜居家园提升工程\t县住房城乡建设局\t县城市管理局\n")
    assert _agencies(plan) == {
        "2.1": (("县教育局",), ("县财政局",)), "2.2": (("县民政局",), ("县财政局",)),
        "2.3": (("县住房城乡建设局",), ("县城市管理局",))}
    alone = plan.replace("2\t新建社区养老服务站", "2\t银龄关爱工程")
    assert _agencies(alone) == {"2.1": (("县教育局",), ("县财政局",))}


def test_a_task_division_written_as_a_list_under_its_title():
    """附件 / 重点任务分工 / 1．扎实推进农村厕所革命。牵头单位：县农业农村局；责任单位：… — each item a row, given to
    the clause whose task it restates; other fields after the departments (完成时限：…) are no part of them. The
    same list under a title that names no division is left alone."""
    listed = ("附件\n\n重点任务分工\n\n1．扎实推进农村厕所革命。牵头单位：县农业农村局；责任单位：各乡镇人民政府。\n"
              "2．健全生活垃圾收运处置体系。牵头单位：县住房城乡建设局完成时限：2025年底\n")
    assert _agencies(_PLAN.format(table=listed)) == {
        "2.1": (("县农业农村局",), ("各乡镇人民政府",)),
        "2.2": (("县住房城乡建设局",), ()),
        "2.3": (("县财政局",), ()),
    }
    assert _agencies(_PLAN.format(table=listed.replace("重点任务分工", "典型案例"))) == {"2.3": (("县财政局",), ())}


def test_a_cell_wrapped_onto_the_next_line_of_a_space_typed_table_stays_in_its_column():
    """A PDF's layout text: 民政部、国家卫生健 / (under its column) 康委、商务部 — the wrapped part goes on its own
    column, not on the first column of the next row."""
    from policydiff.paragraphs import paragraphs

    table = ("重点任务分工表\n\n"
             "序号  重点任务                          牵头单位            配合单位\n"
             "1     推进养老托育等设施补短板          住房城乡建设部      民政部、国家卫生健\n"
             "                                                            康委、商务部\n"
             "2     推动智慧化改造                    住房城乡建设部      公安部\n")
    assert paragraphs(table)[2:4] == ["1 | 推进养老托育等设施补短板 | 住房城乡建设部 | 民政部、国家卫生健康委、商务部",
                                      "2 | 推动智慧化改造 | 住房城乡建设部 | 公安部"]


def test_a_cell_of_dashes_names_no_department():
    from policydiff.tasks import TaskRow, departments

    assert departments(TaskRow(("健全长效管理机制",), ("住房城乡建设部",), ("——",), "")) == "（牵头单位：住房城乡建设部）"


def test_a_task_table_in_the_body_gives_a_row_restating_no_task_to_the_clause_holding_it():
    """A row restating a task stated both by the goals (1) and by a task clause (2.1) is the task
    clause's; a row restating none stays with the clause the table stands in (3). One column of
    departments: the first named leads, unless one is marked （牵头）."""
    table = ("三、任务分工\n\n序号    重点任务                    责任单位\n"
             "1       新建改建农村户厕2000座      县农业农村局、县卫生健康局\n"
             "2       开展美丽庭院评选            县民政局、县妇联（牵头）\n")
    assert _agencies(_PLAN.format(table=table)) == {
        "2.1": (("县农业农村局",), ("县卫生健康局",)),
        "2.3": (("县财政局",), ()),
        "3": (("县妇联",), ("县民政局",)),
    }


def test_a_table_without_a_column_of_departments_gives_none():
    table = "三、主要指标\n\n序号    指标                  2025年目标\n1       卫生厕所普及率        85%\n"
    assert _agencies(_PLAN.format(table=table)) == {"2.3": (("县财政局",), ())}


def test_a_table_row_has_its_empty_cells_at_either_end():
    from policydiff.model import table_cells

    assert table_cells("1 | 任务 | 县财政局 |") == ["1", "任务", "县财政局", ""]
    assert table_cells("| 甲 |  | 乙") == ["", "甲", "", "乙"]


def test_task_rows_are_matched_in_time_linear_in_rows_and_in_clauses():
    """Each row is scored against every clause at once, from each character pair's clauses: doubling
    the rows (clauses fixed) or the clauses (rows fixed) about doubles the time. Both sizes measured
    in turn, best of three."""
    import random

    from doubling import doubling_ratio

    from policydiff.model import Agencies, Clause
    from policydiff.tasks import TaskRow, assign

    chars = "推进建设完善健全加强农村公路厕所垃圾污水治理体系机制服务能力水平提升发展改革创新数字经济产业集群项目资金"
    pick = random.Random(7)

    def text(size: int) -> str:
        return "".join(pick.choice(chars) for _ in range(size))

    clauses = [Clause(str(k), 2, "", text(40), (), Agencies()) for k in range(4000)]
    rows = [TaskRow((text(12),), ("市发展改革委",), (), f"{k} | 任务") for k in range(2000)]
    cases = {"rows": [(rows[:1000], clauses[:1000]), (rows[:2000], clauses[:1000])],
             "clauses": [(rows[:500], clauses[:2000]), (rows[:500], clauses[:4000])]}
    for name, ((small_rows, small_clauses), (large_rows, large_clauses)) in cases.items():
        ratio = doubling_ratio(lambda: assign(small_rows, small_clauses), lambda: assign(large_rows, large_clauses))
        assert ratio < 3, (name, ratio)


def test_a_row_must_hold_the_task_itself_for_its_action_to_count():
    """A clause opening with the same verb (建立) holds too few of the row's words (建立养老服务时间银行
    against 建立养老服务综合监管制度…): the attachment's row restates no clause."""
    text = ("某区养老服务行动方案\n\n一、主要任务\n\n（一）建设养老服务中心。新建区级养老服务指导中心1个。\n\n"
            "（二）加强监督管理。建立养老服务综合监管制度，加强监督检查。\n\n附件\n\n"
            "序号\t重点任务\t牵头单位\t配合单位\n1\t建立养老服务时间银行\t区民政局\t团区委\n"
            "2\t建设养老服务中心\t区民政局\t区财政局\n")
    assert _agencies(text) == {"1.1": (("区民政局",), ("区财政局",))}


def test_a_main_indicators_table_gives_its_departments_to_the_clause_holding_it():
    """指标名称 | … | 责任单位: the goals' departments, not those of the task clause that states the
    same number again (2.1)."""
    text = ("某市能源转型方案\n\n一、总体要求\n\n（一）主要目标。到2025年，主要指标如下：\n\n"
            "序号\t指标名称\t单位\t2025年目标\t责任单位\n1\t海上风电装机容量\t万千瓦\t900\t市发展改革委、市海洋局\n\n"
            "二、重点任务\n\n（一）发展海上风电。到2025年海上风电装机容量达到900万千瓦。\n")
    assert _agencies(text) == {"1.1": (("市发展改革委",), ("市海洋局",))}


def test_a_project_list_in_the_body_gives_its_rows_to_the_clause_holding_it():
    """项目名称 | 建设内容 | 责任单位: the projects of the clause the list stands in (2.2), though a project's name echoes
    another clause's words (冷链物流基地 in 2.1); a task division's row still goes to the clause it restates."""
    text = ("某市物流发展方案\n\n一、重点任务\n\n（一）构建物流枢纽体系。加快国家骨干冷链物流基地建设。（市发展改革委牵头）\n\n"
            "（二）实施重大物流项目。谋划实施重点物流项目2个（项目清单见下表）。（市交通运输局牵头）\n\n"
            "序号\t项目名称\t建设内容\t责任单位\n1\t宿迁国家骨干冷链物流基地\t新建冷库库容12万吨\t宿城区人民政府\n"
            "2\t中心港区三期工程\t新建泊位4个\t市交通运输局\n\n"
            "二、保障措施\n\n（一）加强组织领导。建立联席会议制度。\n")
    assert _agencies(text) == {"1.1": (("市发展改革委",), ()), "1.2": (("市交通运输局",), ("宿城区人民政府",))}


def test_peoples_organisations_listed_before_what_they_do_are_named():
    """省总工会、团省委、省妇联组织开展…: people's organisations listed at a sentence's start before what they do; the
    first leads."""
    assert _agencies("某省家政服务意见\n\n一、营造良好发展环境\n\n省总工会、团省委、省妇联组织开展“最美家政人”评选活动。\n") == {
        "1": (("省总工会",), ("团省委", "省妇联"))}


def test_those_attending_a_meeting_have_no_duty_there():
    """A meeting's minutes name who attended (…负责同志参加会议; 市委常委、市人大常委会…领导班子成员出席会议): no duty; the
    decisions after name the departments that act."""
    text = ("某区专题会议纪要\n\n区水务局、区财政局和各街道办事处负责同志参加会议。市委常委、市人大常委会、市政府领导班子成员出席会议。\n\n"
            "一、加快整治\n\n区水务局要加快剩余黑臭水体整治。\n")
    assert _agencies(text) == {"1": (("区水务局",), ())}


def test_those_charged_to_share_a_task_by_their_functions_the_first_leads():
    """由市科技局、市工业和信息化局按职责分工负责组织实施: the first named leads, as in X、Y按职责分工负责; those named with 由 …
    负责 alone lead together."""
    assert _agencies("某市政策\n\n一、科技创新\n\n这部分政策由市科技局、市工业和信息化局按职责分工负责组织实施。\n\n"
                     "二、数字化转型\n\n由市工业和信息化局、市数据局负责组织实施。\n") == {
        "1": (("市科技局",), ("市工业和信息化局",)), "2": (("市工业和信息化局", "市数据局"), ())}


def test_a_division_of_duties_may_title_a_unit_by_a_branch_of_the_central_bank():
    """（二）中国人民银行江屿市分行。负责…: the central bank's branch titles its unit of a division of duties, as a bureau does."""
    assert _agencies("某市消费券实施细则\n\n五、职责分工\n\n（一）市商务局。负责活动统筹组织。\n\n"
                     "（二）中国人民银行江屿市分行。负责指导合作支付机构做好系统技术保障。\n") == {
        "5.1": (("市商务局",), ()), "5.2": (("中国人民银行江屿市分行",), ())}


def test_a_division_of_duties_may_title_a_unit_by_a_townships_station():
    """（一）龙坪派出所 / 负责…: a township's stations named by the township titling their units of a division of duties."""
    assert _agencies("某镇森林防火预案\n\n二、组织机构\n\n（一）龙坪派出所\n负责火场警戒和交通管制。\n"
                     "（二）龙坪供电所\n负责林区输配电线路隐患排查。\n") == {
        "2.1": (("龙坪派出所",), ()), "2.2": (("龙坪供电所",), ())}


def test_a_column_of_those_leading_an_assessment_of_each_indicator_names_leads():
    """指标 | 全县目标 | 分值 | 牵头考核单位: the department leading each indicator's assessment leads the clause holding the
    table, one a row."""
    text = ("某县综合考核办法\n\n一、考核内容\n\n（一）经济发展。主要指标及考核安排如下：\n\n"
            "指标\t全县目标\t分值\t牵头考核单位\n固定资产投资增长\t8%\t60\t县发展改革局\n一般公共预算收入增长\t5%\t60\t县财政局\n\n"
            "（二）乡村振兴。粮食播种面积稳定在52万亩以上。\n")
    assert _agencies(text) == {"1.1": (("县发展改革局", "县财政局"), ())}


def test_a_table_typed_with_spaces_is_read_by_its_columns():
    """A PDF's layout text: cells wrapped onto the next line stay in their column (a department's
    name cut in two too), and a row may leave a cell empty."""
    table = ("附件\n\n"
             " 序号    重点任务                     牵头单位         配合单位\n"
             "  1      扎实推进农村厕所革命，       县农业农村局     县财政局、各乡镇人\n"
             "         提升改厕质量                                  民政府\n"
             "  2      全面提升生活垃圾治理水平     县住房城乡建设局\n")
    assert _agencies(_PLAN.format(table=table)) == {
        "2.1": (("县农业农村局",), ("县财政局", "各乡镇人民政府")),
        "2.2": (("县住房城乡建设局",), ()),
        "2.3": (("县财政局",), ()),
    }


@pytest.mark.parametrize("named, standard", [
    ("省发展和改革委员会", "省发展改革委"), ("县发改委", "县发展改革委"), ("市卫生健康委员会", "市卫生健康委"),
    ("市卫健委", "市卫生健康委"), ("市人力资源和社会保障局", "市人力资源社会保障局"), ("区人社局", "区人力资源社会保障局"),
    ("市住房和城乡建设局", "市住房城乡建设局"), ("县住建局", "县住房城乡建设局"), ("市市场监督管理局", "市市场监管局"),
    ("市医疗保障局", "市医保局"), ("各县市区人民政府", "各县市区政府"), ("市工信局", "市工业和信息化局"),
    ("省卫生健康委", "省卫生健康委"), ("市人民政府办公室", "市政府办公室"), ("国家医疗保障局", "国家医保局"),
])
def test_a_department_has_one_standard_name_for_the_ways_it_is_written(named, standard):
    from policydiff.agencies import standard_name

    assert standard_name(named) == standard


def test_a_department_opening_a_sentence_with_when_it_must_act_has_the_duty():
    assert extract_agencies("区防汛办接到气象部门暴雨预警信息后，应在30分钟内发布。")[1].lead == ("区防汛办",)
    assert extract_agencies("市卫生健康委收到报告后，要及时核实。")[1].lead == ("市卫生健康委",)
    assert extract_agencies("在汛期来临前，应做好准备。")[1].lead == ()


def test_a_labelled_note_standing_above_the_text_is_no_part_of_it():
    """牵头单位：… / 配合单位：… on lines of their own between a clause's heading and its text."""
    from policydiff.parse import parse_text

    document = parse_text("一、实施数字化改造\n（一）推进企业上云\n牵头单位：市工业和信息化局\n配合单位：市大数据局、市财政局\n"
                          "支持企业核心业务系统迁移上云，推动500家以上企业上云。\n")
    clause = document.clause("1.1")
    assert (clause.agencies.lead, clause.agencies.responsible, clause.text) == (
        ("市工业和信息化局",), ("市大数据局", "市财政局"), "支持企业核心业务系统迁移上云，推动500家以上企业上云。")


def test_a_division_of_duties_written_as_paragraphs_makes_each_department_answer():
    """成员单位职责 written as paragraphs of one unit's text (县水利局：负责… / 国网…供电公司：负责…), not as units: each
    department a paragraph opens with answers for its part, the first leading; one such line alone is no division."""
    from policydiff.parse import parse_text

    document = parse_text("二、组织体系\n（一）成员单位职责\n县水利局：负责水情监测和水工程调度。\n"
                          "县气象局：负责灾害性天气的监测预报。\n国网安平县供电公司、中国移动安平分公司：负责电力和通信保障。\n"
                          "（二）工作要求\n各成员单位要加强值守。县应急管理局：请于每月5日前报送工作情况。\n")
    duties = document.clause("2.1").agencies
    assert (duties.lead, duties.responsible) == (("县水利局",), ("县气象局", "国网安平县供电公司", "中国移动安平分公司"))
    assert document.clause("2.2").agencies.lead == ()


def test_a_unit_titled_by_a_section_of_the_bureau_issuing_the_plan():
    """（三）局运输管理科 / 负责…，会同…: the bureau's section (a 管理科, no field of study) answers for its unit, those it
    works with share."""
    from policydiff.parse import parse_text

    document = parse_text("二、成员单位职责\n（一）局办公室\n负责应急值守和信息报送。\n（二）局运输管理科\n负责应急运力的组织调度，"
                          "会同市道路运输发展中心落实应急运输车辆。\n")
    assert [(c.id, c.agencies.lead, c.agencies.responsible) for c in document.clauses] == [
        ("2.1", ("局办公室",), ()), ("2.2", ("局运输管理科",), ("市道路运输发展中心",))]


def test_a_unit_titled_by_a_section_of_the_organ_dividing_its_duties():
    """（一）办公室：负责… / （三）投资项目审批股：负责…: a bureau's notice dividing its duties among its sections, by their
    names alone; who handles a request (承办单位) and whose powers moved (原审批部门) are roles, no departments."""
    from policydiff.parse import parse_text

    document = parse_text("三、内设机构职责\n（一）办公室：负责机关日常运转和政务公开等工作。\n"
                          "（二）投资项目审批股：负责投资项目类事项的审批。\n（三）承办单位应当在1个工作日内签收工单。\n"
                          "（四）原审批部门负责事中事后监管。\n")
    assert [(c.id, c.agencies.lead) for c in document.clauses] == [
        ("3.1", ("办公室",)), ("3.2", ("投资项目审批股",)), ("3.3", ()), ("3.4", ())]


def test_a_unit_titled_by_a_government_named_by_its_place():
    """（十二）城关镇人民政府：负责… — a township's government named by the township's own name answers for its unit."""
    from policydiff.parse import parse_text

    document = parse_text("一、成员单位职责\n（一）县卫生健康局：负责创建工作的日常协调。\n（二）城关镇人民政府：负责辖区内背街小巷的"
                          "环境卫生整治。\n")
    assert [(c.id, c.agencies.lead) for c in document.clauses] == [("1.1", ("县卫生健康局",)), ("1.2", ("城关镇人民政府",))]


def test_a_unit_titled_by_a_department_named_by_its_place():
    """（一）云溪县财政局：负责… — a place's department named by the place's own name answers for its unit, as its
    government does; a task titled by what it builds (建设区域性养老服务中心：…) names no one."""
    from policydiff.parse import parse_text

    document = parse_text("第五章 双方责任\n第十六条 乙方负责以下事项：\n（一）云溪县财政局：负责产业发展资金的筹集和拨付；\n"
                          "（二）滨港区自然资源和规划分局：负责园区用地报批。\n"
                          "第十七条 双方共同推进以下工作：\n（一）建设区域性养老服务中心：每个县建成1个。\n")
    assert [(c.id, c.agencies.lead) for c in document.clauses] == [
        ("5.16", ()), ("5.16.1", ("云溪县财政局",)), ("5.16.2", ("滨港区自然资源和规划分局",)), ("5.17", ()), ("5.17.1", ())]


def test_a_unit_titled_by_an_office_of_the_issuer_or_a_customs_house():
    """（一）党政办公室：负责…, （二）经济发展局：负责… in a development zone committee's division of duties: its own offices
    and bureaus, named without it, answer for their units when the text is their duty (not a centre a task builds,
    （三）数据中心：建设…); （四）临州海关：负责… a customs house named by its place's name."""
    from policydiff.parse import parse_text

    document = parse_text("一、内设机构职责\n（一）党政办公室：负责管委会日常运转。\n（二）经济发展局：负责园区经济运行分析。\n"
                          "（三）数据中心：建设园区数据中心。\n（四）临州海关：负责出口报关单电子信息的及时传输。\n")
    assert [(c.id, c.agencies.lead) for c in document.clauses] == [
        ("1.1", ("党政办公室",)), ("1.2", ("经济发展局",)), ("1.3", ()), ("1.4", ("临州海关",))]


def test_the_issuer_naming_itself_is_the_organ_signing():
    """我部将会同国家发展改革委… in a letter signed 工业和信息化部 / 2023年10月16日: the ministry signing it (a signature
    line of a ministry's name) acts; 我委 of a notice from 国家卫生健康委办公厅 is the commission, named up to 委."""
    from policydiff.model import Agencies
    from policydiff.parse import parse_text

    letter = parse_text("关于支持建设人工智能先导区的函\n安徽省人民政府：\n你省来函收悉。现函复如下：\n"
                        "一、同意支持合肥建设人工智能先导区。\n二、我部将会同国家发展改革委、科技部等部门给予指导和支持。\n"
                        "此复。\n工业和信息化部\n2023年10月16日\n")
    assert letter.meta.issuer == "工业和信息化部"
    assert letter.clause("2").agencies == Agencies(("工业和信息化部",), ("国家发展改革委", "科技部"))
    notice = parse_text("国家卫生健康委办公厅关于做好托育服务工作的通知\n各省、自治区、直辖市卫生健康委：\n"
                        "一、加强政策支持。我委会同国家发展改革委、财政部完善托育服务支持政策。\n二、做好宣传。各地要加强宣传。\n")
    assert notice.clause("1").agencies == Agencies(("国家卫生健康委",), ("国家发展改革委", "财政部"))


def test_a_table_of_who_is_responsible_leads_nothing_the_text_leads():
    """区应急管理局牵头建立…储备，区消防救援大队、区商务局配合 over a table whose 责任单位 column names all three: the
    text's lead stays the one lead; a table naming its leads (牵头单位) still leads."""
    from policydiff.parse import parse_text

    document = parse_text("五、保障措施\n（一）物资保障。区应急管理局牵头建立区级应急物资储备，区消防救援大队、区商务局配合。\n"
                          "物资名称 | 储备数量 | 责任单位\n救灾帐篷 | 不少于200顶 | 区应急管理局\n"
                          "应急照明灯 | 不少于100台 | 区消防救援大队\n方便食品 | 不少于2万份 | 区商务局\n")
    agencies = document.clause("5.1").agencies
    assert (agencies.lead, agencies.responsible) == (("区应急管理局",), ("区消防救援大队", "区商务局"))


def test_offices_numbered_in_turn_share_their_name():
    """（二）市纪委监委第三、第四监督检查室：负责…: two offices sharing the words of their name, each named whole; the label is
    the unit's title."""
    from policydiff.parse import parse_text

    document = parse_text("某市专项整治方案\n为推进整治，制定本方案。\n一、职责分工\n（一）市纪委监委信访室：负责线索统一管理。\n"
                          "（二）市纪委监委第三、第四监督检查室：负责联系各县专项整治工作的指导督办。\n")
    assert [(c.id, c.heading, c.agencies.lead, c.agencies.responsible) for c in document.clauses] == [
        ("0", "", (), ()), ("1.1", "市纪委监委信访室", ("市纪委监委信访室",), ()),
        ("1.2", "市纪委监委第三、第四监督检查室", ("市纪委监委第三监督检查室",), ("市纪委监委第四监督检查室",))]


def test_an_institutions_own_offices_act_and_are_noted_by_their_names_alone():
    """A hospital's, a university's or a bureau's own plan names its offices by their names alone (药剂科牵头，医务科配合;
    计划财务处要…; （院感科、科教科）; 财务科负责…; 基础教育股负责…): units like a government's departments; a field of
    study or a stake is none (学科要…, 控股…)."""
    from policydiff.parse import parse_text

    document = parse_text("一、重点任务\n（一）加强药事管理。药剂科牵头，医务科、各临床科室配合，健全处方点评制度。\n"
                          "（二）抓好院感培训。培训覆盖率达到100%。（院感科、科教科）\n"
                          "（三）强化经费保障。计划财务处要优化经费拨付流程。\n（四）落实预算。财务科负责预算编制。\n"
                          "（五）规范办学。基础教育股负责督促各中小学落实课程计划。\n"
                          "（六）加强学科建设。各学科要凝练方向。\n")
    assert [(c.id, c.agencies.lead, c.agencies.responsible) for c in document.clauses] == [
        ("1.1", ("药剂科",), ("医务科", "各临床科室")), ("1.2", ("院感科",), ("科教科",)), ("1.3", ("计划财务处",), ()),
        ("1.4", ("财务科",), ()), ("1.5", ("基础教育股",), ()), ("1.6", (), ())]
    # (A department acting once something reaches it, its duty right after: 市市场监督管理局接到举报后应当在24小时内作出处理.)
    received = extract_agencies("市市场监督管理局接到举报后应当在24小时内作出处理；举报经查证属实的，按规定给予奖励。")[1]
    assert (received.lead, received.responsible) == (("市市场监督管理局",), ())
    # (… and opening a sentence with what they do: 质控科每季度汇总…, 科教科每季度组织…; not 此处 or 各处.)
    acting = extract_agencies("科教科每季度组织1次专题培训；党政办公室、宣传科要及时宣传。此处每年开展检查。")[1]
    assert (acting.lead, acting.responsible) == (("科教科",), ("党政办公室", "宣传科"))
    # (A county bureau's sections are its 股室: 牵头股室：… leads.)
    bureau = parse_text("一、重点任务\n（一）完善学籍管理。严格学籍变动审核。\n　　牵头股室：计划财务股\n"
                        "　　责任单位：各中小学、基础教育股\n")
    assert (bureau.clause("1.1").agencies.lead, bureau.clause("1.1").agencies.responsible) == (
        ("计划财务股",), ("各中小学", "基础教育股"))
    # (A section's alias in brackets after its name is no note of those responsible.)
    sections = parse_text("四、内设机构\n（一）办公室。负责机关日常运转。\n（二）应急指挥中心（综合协调科）。承担应急值守工作。\n")
    assert [(c.id, c.heading, c.agencies.lead) for c in sections.clauses] == [
        ("4.1", "办公室", ("办公室",)), ("4.2", "应急指挥中心（综合协调科）", ())]


def test_the_lead_departments_of_a_named_mechanism_are_units():
    """（省发展改革委、省科技厅、省“十强产业”协调推进机制牵头部门负责）: the lead departments of the mechanism the note names
    share the duty; a role alone (各牵头单位按职责分工负责) names no unit."""
    found = extract_agencies("布局一批场景。（省发展改革委、省科技厅、省“十强产业”协调推进机制牵头部门负责）")[1]
    assert (found.lead, found.responsible) == (("省发展改革委",), ("省科技厅", "省“十强产业”协调推进机制牵头部门"))
    alone = extract_agencies("布局一批场景。（省发展改革委、各牵头单位按职责分工负责）")[1]
    assert "各牵头单位" not in alone.lead + alone.responsible


def test_an_internal_control_rule_assigns_each_business_to_its_office():
    """（二）政府采购业务由采购管理办公室归口管理，财务科、纪检室参与监督: the office answering for a business leads, those
    taking part share; 财务科是内部控制建设的牵头部门 declares the lead."""
    found = extract_agencies("（二）政府采购业务由采购管理办公室归口管理，财务科、纪检室参与监督；")[1]
    assert (found.lead, found.responsible) == (("采购管理办公室",), ("财务科", "纪检室"))
    declared = extract_agencies("财务科是内部控制建设的牵头部门，负责组织建立健全内部控制制度。")[1]
    assert (declared.lead, declared.responsible) == (("财务科",), ())


def test_the_last_units_note_written_as_a_sentence_on_its_own_line_is_kept():
    """…攻防演练。 / （省委网信办、省公安厅、省数据局按职责分工负责）: the note after the last unit, on its own line, is that
    unit's, not a line of the signature to trim."""
    from policydiff.parse import parse_text

    document = parse_text("三、保障措施\n（一）加强组织。建立机制。\n（二）筑牢安全防线。每年至少开展1次攻防演练。\n"
                          "（省委网信办、省公安厅、省数据局按职责分工负责）\n")
    found = document.clause("3.2").agencies
    assert (found.lead, found.responsible) == (("省委网信办",), ("省公安厅", "省数据局"))


def test_cadres_are_people_not_an_organ():
    """县处级以上领导干部每5年…, 全市党员干部要…, 包村干部: the 部 of 干部 names people, no department; a party committee's
    department (县委组织部) is one."""
    from policydiff.parse import parse_text

    document = parse_text("一、目标\n（一）培训要求。县处级以上领导干部每5年参加培训累计不少于550学时。\n"
                          "（二）学习。全市党员干部要加强学习，包村干部要驻村指导。\n（三）统筹。县委组织部要加强统筹，县人社局配合。\n")
    assert [(clause.id, clause.agencies.lead, clause.agencies.responsible) for clause in document.clauses] == [
        ("1.1", (), ()), ("1.2", (), ()), ("1.3", ("县委组织部",), ("县人社局",))]


def test_departments_listed_after_a_comma_act_when_what_follows_is_an_action():
    """每年12月底前，县委组织部、县农业农村局对各乡镇…进行考核: the first leads, the second shares; not addressees whose list
    a name cuts (…，市建设局、市公安局交通警察支队，…：), nor the issuers writing the plan (…，市委农办、市农业农村局共同研究
    制定本方案), nor the heads of departments made members of a group (…，县财政局、县水务局主要负责同志为成员)."""
    from policydiff.parse import parse_text

    document = parse_text("为改善人居环境，经市政府同意，市委农办、市农业农村局共同研究制定本方案。\n一、工作安排\n"
                          "（一）考核。每年12月底前，县委组织部、县农业农村局对各乡镇年度目标完成情况进行考核。\n"
                          "（二）领导。成立领导小组，由县长任组长，县财政局、县水务局主要负责同志为成员。\n")
    assert [(clause.id, clause.agencies.lead, clause.agencies.responsible) for clause in document.clauses] == [
        ("0", (), ()), ("1.1", ("县委组织部",), ("县农业农村局",)), ("1.2", (), ())]


def test_the_red_cross_acts_as_the_peoples_organisations_do():
    """市红十字会会同市中心血站…, 市红十字会每季度…: the Red Cross society is one of the people's organisations a plan gives
    duties to, as 市总工会 and 市妇联 are."""
    from policydiff.parse import parse_text

    document = parse_text("一、重点工作\n（一）动员捐献。市红十字会会同市中心血站开展造血干细胞捐献宣传。\n"
                          "（二）通报进展。市红十字会每季度通报各区任务进展情况。\n")
    assert [(clause.id, clause.agencies.lead, clause.agencies.responsible) for clause in document.clauses] == [
        ("1.1", ("市红十字会",), ("市中心血站",)), ("1.2", ("市红十字会",), ())]


def test_an_organ_a_law_names_by_its_field_and_level_acts():
    """国务院环境保护主管部门对…实施统一监督管理, 省级财政部门每年…: an organ named by its field and level (…部门) acts as a bureau
    named by its place does, its name whole (not 省级财政部); a review's opinion listed among materials (区县…主管部门审核意见；)
    is no action."""
    from policydiff.parse import parse_text

    document = parse_text("第一章　总则\n第一条　国务院环境保护主管部门对全国进口废物的环境管理实施统一监督管理。\n"
                          "第二条　省级财政部门每年对资金使用情况开展绩效评价。\n"
                          "第三条　申报材料包括：\n（一）申请书；\n（二）区县工业和信息化主管部门审核意见；\n")
    assert [(clause.id, clause.agencies.lead) for clause in document.clauses] == [
        ("1.1", ("国务院环境保护主管部门",)), ("1.2", ("省级财政部门",)), ("1.3", ()), ("1.3.1", ()), ("1.3.2", ())]


def test_a_centre_named_with_the_number_of_its_service_line_acts():
    """市12345热线管理中心对已办结诉求…进行电话回访: a government's centre whose name holds the number of the line it runs is a
    department, as 市投资促进中心 is."""
    from policydiff.parse import parse_text

    document = parse_text("一、工作要求\n（一）加强回访核实。市12345热线管理中心对已办结诉求按不低于30%的比例进行电话回访。\n")
    assert document.clause("1.1").agencies.lead == ("市12345热线管理中心",)


def test_every_place_and_every_department_at_once_is_no_one_made_responsible():
    """各地各部门要…, 各级各部门, 全市各级各部门: the document's addressees as a whole, as 各地区、各部门 written as two
    names none; a department named beside them still acts, and 有关部门 (the departments concerned) still counts."""
    from policydiff.model import Agencies
    from policydiff.parse import parse_text

    document = parse_text("三、保障措施\n（一）加强组织领导。各地各部门要把…摆上重要位置，确保各项任务落到实处。\n"
                          "（二）强化统筹。全市各级各部门要密切配合，市发展改革委牵头做好统筹协调。\n"
                          "（三）加强督导。各地区各有关部门要定期报送进展，有关部门要加强指导。\n")
    assert document.clause("3.1").agencies == Agencies()
    assert document.clause("3.2").agencies == Agencies(("市发展改革委",))
    assert document.clause("3.3").agencies == Agencies(("有关部门",))


def test_a_name_ends_at_its_organ_not_at_a_verb_or_a_frequency():
    """市科技局会同市科协每季度至少举办1次…: 市科协 (科协 ends a people's organisation's name; 举办 is no office's 办, nor
    is 1次科 a section's 科); 省统计局按季度向省发展改革委、省能源局提供…: the bureau acts, those it sends data to are no
    department made responsible (a name holds no 按 or 向); a note listing 市科协 among others."""
    from policydiff.model import Agencies
    from policydiff.parse import parse_text

    document = parse_text("二、重点任务\n（一）成果对接。市科技局会同市科协每季度至少举办1次科技成果路演对接活动。\n"
                          "（二）监测预警。省统计局按季度向省发展改革委、省能源局提供分市煤炭消费数据。\n"
                          "（三）青少年。建设中小学科技教育特色学校20所。（责任单位：市教育局、市科协、团市委）\n")
    assert document.clause("2.1").agencies == Agencies(("市科技局",), ("市科协",))
    assert document.clause("2.2").agencies == Agencies(("省统计局",))
    assert document.clause("2.3").agencies == Agencies(("市教育局",), ("市科协", "团市委"))
    # (… nor 中国科协's 科 a section's before 将 and the text; and a public institution ends at its hall, 省档案馆.)
    joint = parse_text("二、重点任务\n（一）督促评估。文化和旅游部会同中国科协将科普服务开展情况纳入评价内容。\n"
                       "（二）方志宣传。省地方志办会同省教育厅、省档案馆推动方志进机关、进学校。\n")
    assert joint.clause("2.1").agencies == Agencies(("文化和旅游部",), ("中国科协",))
    assert joint.clause("2.2").agencies == Agencies(("省地方志办",), ("省教育厅", "省档案馆"))
