"""Quantified targets: the numbers, bars and deadlines a document sets (DOMAIN.md, Targets).

A target is a number the document commits to: 到2025年，全市每千人口医疗卫生机构床位数
达到7.5张. Extraction works on one normalised sentence at a time (clause.sentences):

1. deadlines (到2025年, 2025年前, 到“十四五”末), plan periods (“十四五”期间) and 每年 are
   found and blanked out; each applies from where it stands to the end of the sentence,
   and across a ； into the next piece of the same 。-sentence, never further;
2. quoted names (“1+N”, “六项投入”, 《…》) and document numbers are blanked out for the
   number scan — a number inside a name is not a goal;
3. the sentence is cut at its commas; in each comma segment every number with a unit is a
   candidate, and a candidate is a target only when a verb of attaining (达到, 建成, 设立 …)
   or a comparator (不少于, 以上 …) binds it, or when it is a share (60%的县级妇幼保健机构
   达到…), a list item after such a target (、50个省级…), or a value 分别 distributes.

A table's row (cells parted by TABLE_CELL, one sentence) under a header naming the indicator
column and a year or target column (主要指标 of a plan), or under a header of years' targets
(年度 | 人工造林（亩） | …), is read by column instead (_Table, _YearTable).

Nothing here prints or reads files.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from .model import (INDICATOR_COLUMN, PROJECT_COLUMN, ROW_NUMBER_COLUMN, TABLE_CELL, TARGET_COLUMN, TOTALS, UNIT_COLUMN,
                    UNIT_LINE, YEAR_COLUMN, Document, Meta, place_column, table_cells)

Value = float | str | tuple[float, float]


@dataclass(frozen=True)
class Target:
    """One quantified target of a document."""

    document: str
    """Id of the document."""
    clause: str
    """Id of the clause (2.1, 4.12 …)."""
    sentence: int
    """Index of the sentence in ``clause.sentences``."""
    indicator: str
    """The thing measured as written, with its scope (全市每千人口医疗卫生机构床位数),
    without verb, comparator or number; shares read "Y达到Z的比例"."""
    value: Value
    """A number (7.5); a ratio as a string ("1:0.55"); a range as a pair ((1.0, 2.0))."""
    unit: str | None
    """Unit as written (%, 张, 人, 个, 所, 家, 级, 项, 名 …); None for a ratio."""
    comparator: str
    """One of ">=", ">", "=", "<=", "<", or "approx" for 左右 / 约 (about)."""
    year: int | None
    """Deadline year (到2025年 → 2025, 到“十四五”末 → 2025); None when none applies."""
    period: str | None
    """"yearly" (每年), a plan period ("2021-2025" for “十四五”期间), or None."""
    text: str
    """The source words: the comma segment of the sentence that carries the target."""


# ---------------------------------------------------------------- grammar

# A deadline year: 到2025年, 到2025年底, 至2030年末, 截至2025年, 2025年前, 2025年底前.
# A year alone (2023年8月22日, 2024年工作要点) is no deadline, so 到/至/截至 before it or
# 前 after it is required.
# (A month may stand between: 2024年6月底前, 到2025年6月.)
# A year opening a sentence before a comma (2024年，全县新增…, a work plan's year) is the year of
# its targets too.
DEADLINE = re.compile(
    r"(?:到|至|截至|截止到?)\s*(\d{4})\s*年(?:\d{1,2}月)?(?:底|末)?(?:前|以前)?"
    r"|(\d{4})\s*年(?:\d{1,2}月)?(?:底|末)?(?:前|以前)"
    r"|^(\d{4})\s*年(?:全年)?(?=[，,])"
)
# The end of a five-year plan as deadline: 到“十四五”末, 至"十四五"期末, 到十四五时期末.
# Only plans 11–19 (十一五 … 十九五): the ones a current document can name.
PLAN_DEADLINE = re.compile(r"(?:到|至)[“\"「]?(十[一二三四五六七八九])五[”\"」]?(?:时期|期)?末")
# A five-year plan as period: “十四五”期间 / “十四五”时期 → the plan's years, deadline its end
# (not “十四五”时期末, which PLAN_DEADLINE reads as the end alone).
PLAN_PERIOD = re.compile(r"[“\"「]?(十[一二三四五六七八九])五[”\"」]?(?:期间|时期(?!末))")
# 每年 / 每年度: the target recurs every year.
YEARLY = re.compile(r"每年度?")

# Names and references whose digits are no quantities: quoted names (“1+N”, “六项投入”,
# “两个允许”, “一村一名大学生村医”), titles 《…》 and document numbers (〔2023〕10号); and the saying
# of one at a time (建成一个、管好一个; 成熟一批、推进一批; 建一亩成一亩), which counts nothing; and an aside on what a count
# takes in (建设高标准农田85万亩（含新建和改造提升）), which leaves the count closing its phrase.
# A quotation holding a sentence's marks is no name but quoted text (an amendment's new wording: 将第五条修改为：
# “…。到2025年，…覆盖率达到90%以上。”), read as the text it is.
_TAKES_IN = "（(?:含|包括|不含)"  # (the opening of an aside on what a count takes in: （含新建和改造提升）)
NAME_SPAN = re.compile(r"“[^”，。；]*”|「[^」]*」|\"[^\"]*\"|《[^》]*》|[〔\[［【]\d{4}[〕\]］】]\d+号|"
                       rf"{_TAKES_IN}[^（）\d，。；]{{1,20}}）"
                       r"|(?:[\u4e00-\u9fff]{1,3}一([个批项家亩])[、，]?){1,3}[\u4e00-\u9fff]{1,3}一\1")

# Arabic numbers, or Chinese numerals starting with a digit or 十 (一百二十, 两, 十五). A
# numeral starting with 百/千/万 alone is part of a word (万元收入, 千县工程, 每百名). A numeral's 万 or 亿 before a
# unit is the unit's (两万人次 → 2 万人次, 二百万元 → 200 万元), as with digits: before a unit the numeral is read
# shortest first (_COUNT_NUMBER).
_ARABIC = r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])"
# (A numeral in words may be a fraction of one, 零点九, and goes on past 万 when more of it follows: 一万三千七百元 is one
# number, not 一万 and 三千七百元.)
_NUMBER = (rf"{_ARABIC}|[一二两三四五六七八九十][〇零一二两三四五六七八九十百千万]*(?:点[〇零一二三四五六七八九]+)?"
           r"|零点[〇零一二三四五六七八九]+")
_COUNT_NUMBER = (rf"{_ARABIC}|[一二两三四五六七八九十][〇零一二两三四五六七八九十百千万]*?(?:点[〇零一二三四五六七八九]+)?"
                 r"(?![万亿][〇零一二两三四五六七八九十百千])|零点[〇零一二三四五六七八九]+")
# Units a target is counted in. 批 (一批) is left out: with it a numeral is a word (次 counts, but not after
# 第: 第十二次).
_COUNTED = (
    "人次", "场次", "家次", "项次", "批次", "亩次", "个次", "辆次", "吨标准煤", "吨/日", "平方米", "立方米", "公里", "千瓦时", "千瓦",
    "人", "名", "元", "张", "个", "家", "户", "套", "台", "辆", "架", "册", "株", "条", "件", "项", "场",
    "次", "头", "只", "亩", "吨", "斤", "份", "部", "片", "公顷", "栋", "标箱", "公斤", "艘", "根", "门", "节", "篇",
    "间",  # rooms (建成人工智能教育实验室3万间)
    "幢",  # buildings (涉及楼栋460幢)
    "美元",  # exports and investment in dollars (承保规模力争达到700亿美元以上)
    "架次", "台套", "块", "款",  # flights, sets of machines, signs, products (新购置离田机械300台套, 推出产品100款)
    "吨/年",  # a capacity by the year (可再生能源制氢能力达到50万吨/年)
    "立方米/日", "立方米/天", "吨/天",  # … and by the day (新增污水处理能力5万立方米/日), as 吨/日
    "眼", "口",  # wells and pools (新打机井1200眼, 新建林区消防蓄水池40口)
    "顶",  # tents (储备帐篷不少于200顶)
    "剂次", "剂",  # doses of a vaccine (接种流感疫苗10万剂次)
    "人份",  # samples or doses, one a person (造血干细胞捐献志愿者血样入库5000人份)
    "头只",  # head of livestock, large and small together (牲畜年度存栏稳定在1600万头只左右)
    "吉瓦时", "吉瓦", "兆瓦时", "兆瓦",  # energy and power in SI prefixes (动力电池产能达到300吉瓦时)
    "段", "例",  # stretches of a river or road and cases (建成幸福河湖示范河段3段, 年开展远程会诊不少于3000例)
    "宗",  # plots and transactions (盘活利用闲置农房200宗)
    "羽",  # poultry (家禽出栏稳定在3000万羽以上)
    "千伏安",  # a transformer's capacity (变压器能效提升改造800万千伏安)
    "人天", "人日",  # person-days of service (每年派出技术人员开展服务不少于200人天), not 200 人 and a name 天
    "道",  # dishes and courses named (评选认定“临澜名菜”100道)
    "艘次",  # ships called or received (全年接待邮轮60艘次), as 架次 are flights
    "对",  # pairs made (新缔结国际友好城市1对, 组织民营企业与村结对30对); before a number or a word a manner (一对一帮扶)
    "尾", "空方",  # fry released and an artificial reef's volume (增殖放流苗种5000万尾, 投放人工鱼礁3万空方)
    "册次", "户次", "站次",  # books lent, visits paid, stops made (年图书流通量3000万册次, 全年走访200户次, 进文化站300站次)
    "页", "卷",  # an archive's pages and files (完成档案数字化5000万页, 接收到期档案进馆3000卷)
    "担",  # tobacco leaf bought, in the trade's unit (烟叶收购量稳定在90万担)
)
_OTHER_UNITS = (
    "个百分点", "百分点", "个工作日", "工作日", "微克/立方米", "个月", "小时", "分钟", "毫秒", "秒", "平方公里", "%", "‰", "/10万",
    "克标准煤/千瓦时", "千克标准煤/吨", "千克标准煤", "公里/平方公里", "学时", "课时",
    "所", "处", "级", "年", "天", "倍", "支", "座", "种", "床", "位", "列", "起", "岁", "分", "亿", "万", "米",
    "期",  # sessions of a course (组织培训不少于2期); in a name it is a phase (一期工程, 3期培训班: _NAMING_UNITS)
    "类",  # kinds (归集信用信息不少于30类); before a word it names a kind (一类事业单位: _NAMING_UNITS)
    "个基点", "基点",  # basis points of a rate (利率下调25个基点), as 个百分点 are points of a share
    "个等级",  # grades a quality rises by (耕地质量平均提升0.5个等级), as a share rises by points
    "轮", "把",  # rounds of a campaign and hand tools (开展联合检查不少于2轮, 储备扑火工具不少于300把); in a word they name
    # (新一轮, 一把手): _NAMING_UNITS
    "毫克/升",  # a concentration in water (进水生化需氧量浓度达到100毫克/升以上), as 微克/立方米 is one in air
    "万单", "亿单",  # orders delivered, in 万 or 亿 (低空物流年配送量达到100万单); a bare 单 opens words (单位, 单体)
    "分贝",  # a noise level (城区区域环境噪声平均值控制在55分贝以下), not 55 分 and 贝
    "公里/小时", "千米/小时",  # a speed (公交高峰时段平均运营速度不低于20公里/小时), not 20 公里 and a name closing in /小时
)
# Longest first, so that 个百分点 wins over 个 and 万人次 over 万人: a unit counted in 万, 亿 or 万亿
# is any of the counted ones so scaled (25万架, 2.6亿人, 3万家次, 1.2万亿元), and so are places, schools and works
# (累计建成千吨万人供水工程2万处, 新建幼儿园1万所, 改造农村危桥1.2万座).
_SCALED = (*_COUNTED, "处", "所", "座")
UNITS = tuple(sorted({*_OTHER_UNITS, *_COUNTED, *(scale + unit for scale in ("万", "亿", "万亿") for unit in _SCALED)},
                     key=len, reverse=True))
_UNIT_NAMES = "|".join(re.escape(unit) for unit in UNITS)  # (a quantity's unit, in prose or in a table's cell)
# A classification (内容分为基础类、完善类、提升类3类): the count of its kinds is no goal.
CLASSIFIED = re.compile(r"分[为成]")
# A value in 万 or 亿 keeps them in its unit (不少于2万次 → 2, 万次; 1000万平方米 → 1000,
# 万平方米), as the document writes it, so that values compare within one unit.
# Durations: their number belongs to a name when a noun follows (15分钟健康服务圈,
# 三年行动计划), so they count only before a comparator or at the end of the phrase.
TIME_UNITS = frozenset({"年", "个月", "天", "小时", "分钟", "秒", "毫秒", "个工作日", "工作日"})
# So does a number of times (每年不少于2次, 至少开展1次): 二次供水 and 一次性 are words; a bare
# 万 or 亿 (用户突破1.8亿, 实名注册用户突破3000万) before another word is part of a unit not listed;
# and a length in 米 (新建桥梁1200米) before a word is a distance in a name (公交站点500米覆盖率).
_NAMING_UNITS = TIME_UNITS | {"次", "亿", "万", "米", "期", "类", "轮", "把"}
# How long a list or a result is made public before it stands (公示期不少于5个工作日, 在村级公示不少于7天, 公告时间不少于
# 10天, 出让公告期不少于20个工作日): a procedure's standard, no goal; its readers leave it out or make it optional. (Not
# one cut down, 简易注销公告时间由45天压缩至20天: a reform's goal.)
PUBLICITY_PERIOD = re.compile(r"(?:公示|公告)(?:期|时间)?(?:一般|原则上)?(?:为|是)?(?:不少于|不低于|不得少于|至少)?$")
# The copies a filing is made in (纸质推荐函一式两份, 本表一式3份, 材料报送纸质版一份, 复印件2份): a form, no goal.
COPIES = re.compile(r"(?:一式|纸质(?:版|件|材料)?|电子版|原件|复印件)$")
# A tier of a scheme named by its bound (选择500元以上缴费档次, 2000元及以上档次缴费): no goal.
TIER = re.compile(r"(?:缴费)?档次")
# … but a bare 万 or 亿 closing its phrase with 级 is a value's order of magnitude (产业规模达到7000亿级 → 7000, 亿).
MAGNITUDE = re.compile(r"级(?=[，。；、]|$)")
# … and so does the one team a plan would build as it praises it (打造一支“有文化、懂技术、善经营、会管理”的高素质农民队伍,
# 一支结构合理、素质优良的人才队伍): a way of speaking, no count (组建一支镇级应急扑火队伍 is one).
PRAISED_TEAM = re.compile(r"[^，。；]*?(?:“|、|的)[^，。；]*队伍")
# … and so does a phase after the facility it builds (计算中心二期、…, 污水处理厂三期): a name, no count of sessions.
FACILITY_END = re.compile(r"(?:中心|工程|项目|园区?|基地|平台|厂|站|港|码头|机场|线|馆|院|城)$")
# The end of a place's name after a numeral and 台 or 门 (三台县, 七台河市, 九台区, 三门县): no count of machines or doors
# (两个区域性… is a count: 个 is not taken).
PLACE_NAME_END = re.compile(r"河?[县市区镇乡]")
# Units of computing power (per watt, for efficiency) and of storage, written in Latin letters as
# the digital-economy plans write them (算力规模突破3500PFlops, 超180EFLOPS, 能效比超过1TFLOPS/W,
# 存储量达724.5EB), kept as written; computing time in them by the day (开放普惠算力2000PFLOPS·天); and of
# bandwidth (带宽扩容至3000Gbps, 出口带宽达到1000Mbps以上); and of power and energy (光伏装机达到500MW, 动力电池产能达到
# 20GWh, as 兆瓦 and 吉瓦时 in characters); of concentration, length, area, volume and mass (PM2.5浓度42 μg/m³, 新建铁路
# 专用线25 km, 天然气消费量30亿m³, 压减钢铁产能120万t), maybe counted in 万 or 亿 (400亿kWh). A space may part them from
# the number (达到 10 EFLOPS), as between Latin words.
LATIN_UNITS = (r"(?:万|亿)?(?:[EPT](?i:flops)(?:/[Ww]|·天)?|[EPZT]B(?![A-Za-z])|[KMGT](?i:bps)|[kKMGT]Wh?(?![A-Za-z])"
               r"|[μm]g/m³|L/kWh|km²?(?![A-Za-z])|m[²³]|t(?:/km²·月)?(?![A-Za-z]))")
# A candidate quantity: a ratio (1:0.55, the colon maybe full-width), or a number or a
# range (1-2个, 一至两所) with its unit.
# A unit per another is one unit (全员劳动生产率达到65万元/人以上, 投资强度不低于300万元/亩, 能耗不高于0.35吨标准煤/万元, 电价降至
# 0.6元/千瓦时以下): what follows the slash is no part of the next name, and the comparator after it is the value's.
_PER = "千瓦时|千瓦|万元|元|平方米|标准箱|人次|人|亩|户|吨|辆|台|床|公里|年|月|日|天|小时"
# A share in words (百分之九十五, 百分之百, 三分之二, 一半, 三成) or as a small fraction (1/3) is a percentage.
# A range may repeat its unit's first part on its low end (25%—30%, 5亿—8亿立方米).
# A rate per 100,000 is written with its base as its unit (孕产妇死亡率控制在12/10万以下).
# A number with no unit (bare) is a candidate too: a coefficient or an index is a pure number
# (农田灌溉水有效利用系数提高到0.60以上, 质量竞争力指数达到88以上); _quantities keeps it only after a measure's name
# (MEASURE_LEAD).
QUANTITY = re.compile(
    r"(?P<ratio>(?<![\d.])\d+(?:\.\d+)?[:：]\d+(?:\.\d+)?(?![\d.]))"
    rf"|百分之(?P<percent>百|{_NUMBER})|(?P<whole>[二三四五六七八九十])分之(?P<part>[一二三四五六七八九])"
    # (a share in thousandths, 千分之五 → 5‰; in tenths before its bar or the phrase's end, 三成以上 → 30%: not 一成不变)
    rf"|千分之(?P<permille>{_NUMBER})|(?P<tenths>[一二三四五六七八九])成(?=以上|以下|左右|[，。；]|$)"
    r"|(?<![\d./])(?P<numerator>[1-9])/(?P<denominator>[2-9]|10)(?![\d./万千百])|(?P<half>一半)"
    rf"|(?P<low>{_COUNT_NUMBER})(?:(?P<low_unit>%|万|亿)?[-－~～—至到](?P<high>{_COUNT_NUMBER}))?"
    rf"(?:\s(?={LATIN_UNITS}))?(?P<unit>(?:{LATIN_UNITS}|{_UNIT_NAMES})(?:/(?:{_PER}))?)"
    # (a counted unit's alternative in brackets, part of the unit: 3000册（件）, 300万台（辆）)
    r"(?P<alternative>（[件辆套间个台张名册只头部座所处户人家项]）)?"
    rf"|(?P<bare>{_ARABIC})"
)

# Comparators written before the number (不少于50个); longest first.
PRE_COMPARATORS = {
    "不少于": ">=", "不低于": ">=", "不小于": ">=", "至少": ">=", "最少": ">=",
    "不超过": "<=", "不高于": "<=", "不多于": "<=", "不大于": "<=", "最多": "<=",
    "超过": ">", "突破": ">", "高于": ">", "多于": ">", "大于": ">", "超": ">",
    "低于": "<", "少于": "<", "小于": "<",
}
# "About" a number (10个左右, 约100家) is its own comparator: "approx".
PRE_COMPARATORS["约"] = "approx"
# Comparators written after the number (65%以上, 4级及以上, 5%以内, 10个左右).
POST_COMPARATORS = {
    "及以上": ">=", "以上": ">=", "及以下": "<=", "以下": "<=", "以内": "<=", "左右": "approx",
}
# Any of them, right after a number's unit (及以上 is tried before 以上).
POST_COMPARATOR = re.compile("|".join(POST_COMPARATORS))
# 约 only as a word of its own: not the end of 签约, 节约, 制约, 预约 ….
_PRE = "|".join(re.escape(word) for word in PRE_COMPARATORS if word != "约") + r"|(?<![签节制契合简大预公条])约"
# Adverbs between a subject and its verb (水平均达到, 能够规范开展, 力争建设, 基本建成, 精准引育).
_ADVERBS = "均|都|全部|基本|能够|规范|普遍|全面|累计|高质量|确保|精准|逐步|进一步"
# Aiming words bind a number alone, like a verb: 力争100家企业达到… (the count is the goal);
# before a verb they are part of the subject's lead-in (力争建设…), which _subject drops, or of the verb's
# (承保规模力争达到700亿美元: TARGET_LEAD).
_AIMING = "力争|争取"
# The verbs of building: a count right after one counts what it builds (新建两个省级企业研究院), but a
# count closing the phrase is read with what comes before (其中新建600万亩: BUILT, below).
_BUILT_VERBS = "新改建|改扩建|新（改）建|新（扩）建|改（扩）建|新建|改建|扩建"  # (新（改）建农村户厕1200座: new or rebuilt)
# Verbs that bind a number as something to attain or to set up. 推进/实施/依托/选择 are
# absent on purpose: 协同推进4个国家级区域医疗中心 names existing projects, not a goal; 实施
# and 组织 bind only after 每年 or 累计 (每年实施3000项左右技术创新项目: a count of what is done;
# 组织23个产煤省区 tells who took part) or a bar (至少组织1次演练).
_ATTAINING = (
    "达到|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增至|降低到|降低至|降到|降至|恢复到|恢复至|"
    "下降到|下降至|压缩到|压缩至|缩短到|缩短至|减少到|减少至|控制在|稳定在|保持在|维持在|保持|达|"
    "拓展至|拓展到|扩大到|扩大至|扩容至|扩容到|延伸至|完成|"
    # (a quota stated as what the task or goal is: 全镇参保缴费任务为13500人, 全年招商引资目标为50亿元)
    "(?<=任务)为|(?<=任务数)为|(?<=目标)为|(?<=目标值)为"
)
# An action binding a count with nothing counted after it (全市每年招募不少于1500人, 每年培训不少于1万人次) names the
# indicator with its subject: the verb stays in it (全市每年招募), where one of attaining (达到, 控制在) does not.
_ACTING = re.compile(rf"(?!(?:{_ATTAINING}|为)(?:完成)?$)[\u4e00-\u9fff]+")  # (为: a quota's, 任务为, read alone)
_VERBS = (
    _ATTAINING + "|"
    "建成|建设|建立|设立|设置|设有|确定|"
    "开展|培养|培训|轮训|选拔|选派|选聘|招聘|招募|招收|引进|新增|打造|创建|构建|组建|优选|配备|拥有|有(?![关效序力所机利])|培育|制修订|制定|遴选|认定|"
    "引育|形成|举办|(?:每年|累计)(?:组织)?实施|完成投资|计划投资|(?:培育|发展)壮大|"
    "淘汰|推出|开设|发布|公布|储备|更新|办好|探访|探视|走访|巡查|检查|督查|核查|随访|巡检|招工|安装|配齐|募集|上线|召开|刊发|配建|(?:每年|累计)组织|净增|"
    "领办|植树|"  # (problems a leader takes charge of, trees planted: 党委书记每年至少领办1个基层治理重点难题, 全市植树50万株)
    "编发|编印|"  # (a bulletin's issues and a compilation's copies put out: 每月至少编发1期工作简报, 编印政策汇编2000册)
    "播出|播放|"  # (programmes broadcast: 每月至少播出2期手语新闻节目)
    + _BUILT_VERBS
)
# A count written after what it counts, at the end of its phrase: 新培育瞪羚企业400家,
# 培育专精特新中小企业1万家. The verbs are those of making or holding something new.
# What is built new or rebuilt is counted with its verb (新建绿色建筑1000万平方米: 新建绿色建筑), and so
# is what is supported, brought about or reached (扶持创业2万人, 带动就业6万人, 千兆光网覆盖家庭300万户).
# (Not a grant: 对新认定为…的企业给予一次性奖励50万元 is a subsidy's amount; nor kinds described, 安装类型主要有落地式及
# 壁挂式两种.)
# So is each part of a whole broken down after 其中 (建设高标准农田1500万亩，其中小麦182万亩、玉米105万亩).
# What is counted may list several things the count covers (新培养省特级教师、正高级教师30名, 完成钢铁、
# 水泥行业超低排放改造3家) and hold a bracketed qualifier (示范县（市、区）10个).
_BRACKETED = r"（[^（）\x00]*）"
TRAILING_COUNT = re.compile(r"(?:培育|打造|建设|建成|创建|引进|引育|培养|新增|认定|遴选|实施|举办|开展|改造|开工|组建|招聘|"
                            r"培训|设立|建立|布局|完成|淘汰|退出|推出|开设|发布|净增|加装|消除|整治|整顿|修缮|更新|配备|筹集|安排|储备|推广|"
                            r"投放|形成|推动|推介|评选|命名|其中[：:]?|回收(?![量率])|聘用|购置|招收|打通|启动|设置|新打|"
                            r"签约|"  # (a year's plan: 新签约亿元以上项目40个)
                            r"编发|编印|"  # (a bulletin's issues, a compilation's copies: 编发政策指引20期, 编印政策汇编2000册)
                            r"报送|表彰|"  # (reports submitted, those commended: 报送运行报告1次, 每年表彰优秀教师200名)
                            # (what is improved or consolidated: 改善灌溉面积3.5万亩, 巩固提升农村供水工程28处)
                            r"改善|巩固提升|"
                            # (land and water brought under control, what is built with others: 治理中小河流河段38条,
                            # 治理水土流失面积120平方公里, 与本地企业共建实训基地5个; not a trade's 治理项目)
                            r"治理(?=[^，。；]{0,6}?(?:水土流失|面积|河|湖|沟|岸线|矿山|沙化|石漠化))|共建|"
                            # (what is gathered or deployed: 集聚第三方专业服务机构40家, 部署路侧感知单元（RSU）2000套)
                            r"集聚|部署|"
                            # (titles a place strives to win, as it counts what it creates: 争创国家级示范企业5家)
                            r"争创(?!建)|"
                            # (people sent or hired for a post, what is newly grown: 选聘高校毕业生到村任职200名,
                            # 新发展设施蔬菜10万亩)
                            r"选派|选聘|轮训|新发展|"
                            # (ties concluded, routes opened, visitors received or invited, work pushed or visits paid,
                            # people organised to take part: 新缔结国际友好城市1对, 开辟邮轮航线2条, 新开行班列线路3条,
                            # 接待邮轮60艘次, 邀请港澳青年来禾交流实习30人次, 推送税费优惠政策1次, 上门走访1次,
                            # 组织参加专场招聘会2场; 组织实施, 组织开展 and 组织举办 are counted by the second verb)
                            r"缔结|开辟|开行|接待|邀请|推送|走访|组织(?!实施|开展|举办)|"
                            # (aids fitted, places newly set or marked out: 适配辅助器具4500件, 新设便民疏导点50个, 新划设非机动车
                            # 停放泊位2万个; not 资助, whose standard is a grant's: 资助标准为每生每年2000元)
                            r"适配|新设|划设|"
                            # (what is fitted out, installed or raised: 配齐分类运输车辆30辆, 免费安装烟感报警器3000个,
                            # 募集就业见习岗位8000个)
                            r"配齐|安装|募集|"
                            # (fry released, trees planted, boats dismantled: 增殖放流大黄鱼苗种5000万尾, 新种植红树林600亩,
                            # 拆解报废老旧渔船8艘)
                            r"增殖放流|种植|拆解|"
                            # (people engaged, trademarks newly registered, groups newly in touch: 聘请社会监督员30名,
                            # 新注册农产品商标10件, 新联系海外侨团5个)
                            r"聘请|新注册|新联系|"
                            # (what is added, laid out or fitted, and doses given: 增设停车位1500个, 布设智能监测终端2000个,
                            # 配置垃圾收运车辆40台, 免费接种流感疫苗10万剂次)
                            r"增设|布设|配置|接种|"
                            # (what is bought, sold, won or handed over: 采购和帮助销售脱贫地区农产品1.2亿元, 争取银行授信
                            # 50亿元, 交付安置房2500套; what each ten thousand people have: 每万人拥有全科医生3.5名)
                            r"采购|销售|争取|交付|每[万千百]人(?:口)?拥有|"
                            rf"(?P<built>{_BUILT_VERBS}|扶持|带动|吸引|涉及|覆盖|(?<!已)开通|盘活|开发(?!区)|"
                            # (… and what its verb names: 化解存量隐性债务30亿元, 竣工投产项目40个, 实际使用外资2亿美元;
                            # pipes laid, meters replaced, ditches cleared, who benefits: 新铺设污水管网8.5公里,
                            # 更换智能水表2万只, 清理沟渠120公里, 惠及居民860户; what is saved, 节约能源350万吨标准煤; what is
                            # brought together, 整合社会运力车辆10万辆; what is repaired or created and staged, 修复水毁工程12处,
                            # 创作排演大型现代吕剧1部)
                            r"化解|竣工投产|实际使用|实际到位|铺设|更换|清理|惠及|节约|整合|修复|创作|排演|"
                            # (standards and rules drafted or revised: 主导或参与制修订国际标准3项、国家标准40项, 制定地方标准30项;
                            # not what the revised text holds, 修订后的《条例》共七章52条)
                            r"制修订|制定(?![的了后])|修订(?![的了后])|"
                            # (what is cut by an amount, closed or sealed: 压减地下水开采量1900万立方米, 关停自备井186眼,
                            # 封填废弃机井420眼)
                            r"压减|削减|关停|关闭|封填|"
                            # loans, vouchers and licences issued, people placed in work or sent to work elsewhere, land
                            # secured, revenue or output made (全年发放创业担保贷款3亿元, 安置就业困难人员800人, 输转城乡富余
                            # 劳动力8.5万人次, 保障重点项目用地1.5万亩, 实现劳务收入21亿元; not a 最低生活保障标准, nor what
                            # is brought about, 实现改造一片、管好一片)
                            r"发放(?=[^，。；]{0,12}?(?:贷款|券|牌照|证书|资料|明白卡|手册|宣传册|折页))|安置|输转"
                            r"|保障(?=[^，。；]{0,12}?用地)"
                            # (printed matter handed out, land reclaimed: 发放宣传资料5000份, 发放防灾避险明白卡2000份,
                            # 复垦农村闲置宅基地3000亩)
                            r"|复垦"
                            # (what is fitted to what was built, pulled down, or offered: 配套井电1100眼,
                            # 拆除违章建筑和残垣断壁2000处, 提供就业岗位5万个)
                            # (places offered count too: 提供托位6000个, 提供学位3000个, 提供床位500张)
                            r"|配套|拆除|提供(?=[^，。；]{0,6}?(?:岗位|托位|学位|床位))"
                            r"|实现(?=[^，。；]{0,12}?(?:收入|产值|营业额|增加值|利润|税收|销售额|交易额))))"
                            rf"(?P<object>(?!、)(?:{_BRACKETED}|(?!给予|主要有)[^\x00，。；（]){{2,30}})$")
BUILT = re.compile(_BUILT_VERBS)
# How, to whom or where a duty is done, between its bar and its verb (每年至少向社会公布1次…, 每季度至少带队开展1次…,
# 至少组织开展1次…, 每年至少面向区域内其他学校开展1次…, 每半月至少现场核查1次, 每月至少到服务对象现场指导2次).
_MANNER = "带队|组织|牵头|集中|专题|主动|定期|现场|实地|面向[^，。；\\d]{1,12}?|向[^，。；\\d]{1,12}?|到[^，。；\\d]{1,12}?"
# A comparator before the verb of a count written after what it counts (至少发布典型案例5个).
BAR_AHEAD = re.compile(rf"(?P<pre>{_PRE})(?:{_ADVERBS})*(?:{_MANNER})?$")
# Progress dispatched, work reported, submitted, studied or guided, or data disclosed: a number of times after a bar only
# (每季度至少调度1次工作进展, 每月至少通报1次, 每季度至少向社会公开1次自行监测数据, 每年至少专题研究1次义务教育工作,
# 每月至少到服务对象现场指导2次), not what is dispatched (定期调度两个方案落实情况).
_REPORTING = "调度|通报|公开|报送|研究|调研|指导"
# A comparator before a number, maybe with its verb between (至少开展1次联合执法: a goal, though a
# noun follows).
BAR_BEFORE = re.compile(rf"(?:{_PRE})(?:{_ADVERBS})*(?:{_MANNER})?(?:(?:{_VERBS}|组织|{_REPORTING})(?:完成)?)?$")
# What binds a number, read backwards from it: [comparator][adverbs][verb[完成]][comparator]
# at the end of the text before the number (力争建设不少于, 确定至少, 至少建成, 保持在,
# 设置完成不少于; 组织 and _REPORTING after a bar: 至少组织, 至少调度). Every part is optional; a match binds only if it has
# a verb or a comparator.
# Verbs of bringing others to act (推动, 支持, 引导, 帮助, 带动) or of reaching them (覆盖) bind a count of those
# brought or reached only with a bar, a sum or a yearly count (推动10000家以上企业“上云用数赋智”, 累计推动5000家
# 企业上云, 每年支持100家企业…, 安全监测覆盖10万家以上重点企业: goals); without one the count names who is
# meant (推动4个国家级区域医疗中心建设) or tells what was reached (已覆盖16个省份). What is reached keeps its
# verb in the name (千兆光网具备覆盖…家庭的能力).
_ENABLING = "(?:推动|支持|引导|帮助|带动)(?:发展)?"  # (… maybe to grow: 支持发展10家左右…电商平台)
# … and so do verbs of undertaking, choosing or developing (实施, 启动, 选择, 开发): bare, they name the projects a plan
# lists (实施4个重大工程); with a bar they set a goal (实施1000个以上…项目, 2016年启动50个以上…项目, 在…领域各选择10个以上…项目,
# 开发10个以上智能物流与仓储装备). (Not 实现: with a bar the count may qualify what it brings about, 实现20户以上自然村通硬化路.)
_UNDERTAKING = "实施|启动|选择|开发"
# The count of what an action is done to, named after 对 (对石门、黄坪、龙潭等12座小型水库实施除险加固, 对500家企业开展
# 诊断服务): the goal is the action's. (Not a grant, 对…的企业给予奖励: 给予 is none of these actions; nor all of a place's,
# 对全市14个县（市、区）开展交叉检查, which the count describes.)
ACTED_ON = re.compile(r"(?:^|[，；：])对(?:(?!全[省市县区乡镇])[^，。；：对的]){0,20}$")
ACTION_AFTER = re.compile(r"[^，。；：的]{1,16}?(?:实施|开展|进行)(?!中)")
# What is left of a whole, between a verb of doing and its count (完成剩余5条黑臭水体整治, 改造其余3个村): the count still
# the goal. (Not funds handed down, 验收合格后下达剩余20%: a grant's last part.)
_REMAINING = "剩余|其余|余下|全部"  # (… or all of it: 2025年底前完成全部27个职称系列评价标准修订)
_DOING = "完成|建成|建设|改造|整治|实施|推进"
TARGET_LEAD = re.compile(
    rf"(?P<pre_a>{_PRE})?(?:(?:{_AIMING})(?=(?:{_ADVERBS})*(?:{_VERBS})))?(?:{_ADVERBS})*(?(pre_a)(?:{_MANNER})?|)"
    rf"(?P<verb>(?:{_VERBS})(?:完成)?|{_AIMING}|(?P<enabling>{_ENABLING}|{_UNDERTAKING}|(?P<reach>覆盖))"
    rf"|(?(pre_a)(?:组织|{_REPORTING})|(?!)))?(?:(?<={_DOING})(?:{_REMAINING}))?(?P<pre_b>{_PRE})?$"
)
# A multiple of a named base after a verb of raising (提高到2025年的1.4倍). (Not a doubling in words, 翻一番, 倍增:
# the readers of the probes leave it out, the targets' conventions not naming it.)
TIMES_OF = re.compile(r"(?:提高|提升|增加|增长|扩大|达到)(?:到|至)?[^的，。；]{1,16}的$")
# 达到机构养老床位总数的40%, 不低于本单位年度业务总收入的1%: a share of a named base,
# bound by the verb or comparator before the base (the base itself holds no 的).
OF_BASE = re.compile(
    rf"(?:(?P<verb>{_VERBS})(?P<pre_b>{_PRE})?|(?P<pre_a>{_PRE}))(?P<base>[^的，]{{1,24}})的$"
)
# A noun right after a count and its bar in a list of rates (…通达率100%、20户以上自然村4G网络全覆盖), with no verb of its
# own: the count bounds the size of what it names, the next rate's. (In a list of counts, 10个左右5G工厂、5家左右数字领航
# 企业, the noun after a count is what it counts.)
QUALIFIED_NOUN = re.compile(r"[\u4e00-\u9fff](?<![的和及与或等])")
# A change by a rate, written right before it (增长5%, 年均增长6.5%, 比2020年下降13.5%, 提高3个百分点):
# a target with no verb of attaining; the indicator keeps the change (…增长, …下降), as with a bar.
_CHANGE_VERBS = "增长|下降|提高|降低|减少|增加|提升|上升|缩短|压减|压缩|缩减"
CHANGE = re.compile(rf"(?:{_CHANGE_VERBS})$")
# … and a measure per head, per mu or per household changed by an amount (亩均粮食产能提高50公斤, 人均可支配收入增加
# 1000元): a goal in its own unit.
PER_HEAD = re.compile(r"[人亩户]均")
# Harm counted at least so much (死亡10人以上, 重伤50人以上, 直接经济损失1000万元以上, 紧急转移安置群众5000人以上): the
# threshold that grades an emergency or starts a response, and so is harm at most so much (死亡3人以上10人以下, 因灾死亡和
# 失踪3人以下: a grade's band); no one aims at it. (Not a fall in it, a cap or a rate: 死亡人数较上年下降50%以上, 死亡人数
# 控制在10人以内, 过早死亡率降至13%以下.)
# Those a measure falls on, named by a threshold in a phrase opened by 对 and closed by 的 and what it names before a
# comma (对上年度研发投入超过500万元且增幅超过10%的企业，按…给予补助; 对煤炭消费量同比增速超过5%的市，及时发出预警;
# 对群众安全感低于96%…的县（市、区），由…约谈; 对同一人…开立个人账户超过5个、…的，开展重点核查): who qualifies or is
# held to account, no goal. (Not the count an action is done to, 对500家以上的规上企业开展诊断服务: no comma between;
# nor the rate it is done at, 对简化管理排污单位按照不低于10%的比例抽查; nor 对照…, 对标….)
# (Read in a segment, which a comma ends.)
WHOM_BEFORE = re.compile(r"(?:^|[；：])对(?![照标接外口比])[^，。；：对按]*$")
WHOM_AFTER = re.compile(r"[^，。；：]*?的[^，。；：的]{0,12}$")
HARM = re.compile(r"(?:死亡|失踪|重伤|伤亡|受伤|中毒|经济损失|受威胁|转移安置|受灾)(?:(?![降率]|减少|控制)[^，。；、]){0,10}$")
# Harm beyond so much (中毒人数超过100人), as a grade's threshold; not a cap (不超过).
_EXCEEDING = re.compile(r"(?<!不)超过$")
# A time within which a thing is done (全流程1个工作日内办结, 24小时内修复): a limit, as 以内. (Not a procedure's
# limit counted from a step of it or set for who acts, 自收到申请之日起15个工作日内完成, 举报受理后原则上在7个工作日内办结,
# 市工业和信息化局在15个工作日内完成: a rule.)
PROCEDURE_LIMIT = re.compile(r"之日起|后|限期|原则上|接到|收到|[在于]$")
_SERVICE_TIMES = TIME_UNITS - {"年", "个月"}
_DONE = re.compile(r"办结|完成|办理|答复|修复|处置|反馈|到场|审结")
WITHIN_DONE = re.compile(rf"内(?={_DONE.pattern})")
# A change stated against a past level with no subject of its own (…达到2.3%，比2015年提高0.55个百分点)
# is the change of the indicator before it.
COMPARED = re.compile(rf"(?:比|较)[^，。；]{{0,20}}(?:{_CHANGE_VERBS})$")
# What a change is against, closing the subject of a 分别 list (…死亡人数比2023年分别下降15%、20%).
AGAINST = re.compile(r"(?:比|较)[^，。；、和及与比较]{1,12}$")
# … but a change against the year before (同比增长11.2%, 比上年增长) reports what was, it sets no goal —
# unless the document is a plan: a title naming one (方案, 计划, 要点, 意见, 措施, 通知 …) and no report
# (公报, 报告, 总结, 通报 …), whose 较上年下降0.2个百分点 is the year's goal.
REPORTED_CHANGE = re.compile(r"(?:同比|比上年|较上年)[^，。；]{0,4}$")
PLAN_TITLE = re.compile(r"方案|计划|要点|规划|意见|措施|办法|纲要|通知|决定|指引|任务")
REPORT_TITLE = re.compile(r"公报|报告|总结|通报|综述|情况|年鉴")
# (… judged without the documents its title cites, _CITED: a 《政府工作报告》重点工作任务分解方案 is a plan) …
# A statistical communiqué or yearbook: every figure a result.
STATISTICS_TITLE = re.compile(r"统计(?:公报|年鉴|监测报告)")
# … and a report's units setting out the next year's or period's work and goals (2026年工作安排, 主要预期目标, “十五五”时期
# 奋斗目标, 2026年工作打算) are plans. (Not a bare 主要目标, which a report may restate.)
PLAN_HEADING = re.compile(r"[^，。]{0,12}?(?:工作(?:安排|打算|计划|思路)|(?:预期|奋斗)目标)")
_RATE_UNITS = ("%", "‰", "个百分点", "百分点", "/10万", "个等级")
# A rate's bound before a share qualifying who is meant (漏损率高于12%的城市…, a degree's or a share's too: 群众满意度低于70%的，
# 由…约谈; kept for years, 安置率连续五年保持在98%以上的设区市): unlike 超过60%的县…, a share.
RATE_BOUND = re.compile(r"(?:率|度|比例|比重|占比)(?:连续[一二三四五六七八九十两\d]+年)?"
                        r"(?:高于|低于|超过|不足|大于|小于|(?P<reached>达到|保持在))$")
# A rate of support, the share of a cost or an investment a subsidy or an award pays (按照项目合同金额的30%给予
# 补助, 按设备投资额的10%给予奖励, 按照国拨经费实际到账额的15%对承担单位给予经费补助, 按照国拨经费的30%给予财政资金配套支持),
# or what is paid back (按上年度实际缴纳失业保险费的60%返还): a policy's standard,
# like a grant's amount, not a goal. (Not those already paid, a share of whom a check samples: 每年对不少于10%的已补贴项目
# 开展现场抽查.)
_PAYMENTS = "补助|奖励|补贴|资助|奖补|贴息|补偿"  # what a policy pays (its rates and amounts are its standards; 补偿 of losses)
SUPPORT_RATE = re.compile(rf"(?:给予|予以)?[^，。；]{{0,12}}?(?<![已获])(?:{_PAYMENTS}|返还)"
                          rf"|[^，。；]{{0,6}}?(?:给予|予以)[^，。；]{{0,8}}?支持")
# … and so are the bounds of a band of a schedule, a bound said to be in it or a band qualifying who (利用率在8%（含）
# 至15%之间的，按0.05元/千瓦时补贴; 投资额1000万元（含）以上的): who gets which rate, not a goal.
BAND = re.compile(r"[（(]含[）)]|之间的")
# … and so is the cap of a grant or a benefit in money (单个项目最高不超过500万元, 贷款额度最高可达30万元), and any amount of
# money bounded from above: a fee's or a price's ceiling (首小时不超过5元, 保育教育费每生每月不超过680元, 制氢用电价格不高于
# 0.2元/千瓦时), a spending's (每桌标准不超过500元), a rule, not a goal. (Not one brought under a bound, 次均费用控制在…元以内,
# nor a whole place's total so bounded, 全市固定资产投资不超过500亿元: a plan's goal.)
CAP = re.compile(r"最高(?:不超过|可达|可|为|达)?$|(?:不得|原则上|一般)?(?:不超过|不高于)$")
MONEY = re.compile(r"[千百万亿]*元(?:/|$)")
WHOLE_PLACE = re.compile(r"(?:^|[，；：])全[国省市县区]")
# … and the amount itself, written after what is paid (对新认定的企业奖励50万元, 每新增1家奖励5万元), or its rate
# or amount named as such (补贴比例不超过企业实际投入的50%, 单个项目补助金额不超过1000万元). (Not a standard per
# unit, 新改建农村户厕奖补标准每户1000元: the escalation probe's reader compares them across levels as targets.)
# The amount may be bounded (每件补贴不超过2000元), and the rate or amount named as a total (单个企业年度补贴总额不超过500万元)
# or bounded by a share of a rate named with its abbreviation (贴息比例不超过贷款市场报价利率（LPR）的50%: an aside in
# brackets is one step of the way).
GRANT = re.compile(rf"(?:{_PAYMENTS})(?:{_PRE})?$")
# … and an amount given as what is paid, written before it (由所在市给予不低于10万元奖励, 给予最高50万元资金支持).
GIVEN = re.compile(rf"(?:给予|予以)(?:最高|{_PRE})?$")
GIVEN_AS = re.compile(rf"(?:以上|以内|以下)?的?(?:一次性)?(?:资金|经费)?(?:{_PAYMENTS}|支持)")
# So are the amount a grant pays per item (单机补贴额不超过15万元), the share paid out at a stage (首期拨付比例不超过40%) and a
# loan's or a credit's limit (单户额度不超过5万元, 贷款总额度不超过150万元): its readers leave them out or make them optional.
GRANT_TERMS = re.compile(rf"(?:(?:{_PAYMENTS})(?:比例|金额|额度|总额)|(?:拨付|兑付)(?:比例|金额)|额度)"
                         rf"(?:[^，。；（）]|（[^（）]{{1,12}}）){{0,16}}$|(?:{_PAYMENTS})额(?:{_PRE})?$"
                         # (… or a stage's share written with its verb alone: 项目开工后预拨不超过40%, 验收合格后拨付至90%)
                         rf"|(?:预拨|拨付|兑付)(?:至|到)?(?:{_PRE})?$")
# … and so is a place table's column of what each place is paid (县（市、区） | 建设任务（公里） | 省市补助资金（万元）).
GRANTED_COLUMN = re.compile(rf"(?:{_PAYMENTS})(?:资金|金额|经费)?$")
# (Not a rate or an amount raised: 补助比例提高到50%, a goal of the plan.)
RAISED = re.compile(r"(?:新增|增加|提高|提升|上调)(?:到|至)?$")
# A rate applied in a procedure (首付款比例最低可按15%执行, 按5%计提): a standard, no goal.
APPLIED_RATE = re.compile(r"^(?:执行|计算|计提|收取|缴存|确定)")
# A quantity inside a phrase of 按 (按照) stating the rate or the standard something is done by (按当地最低工资标准的90%
# 确定, 按服务合同金额的50%抵扣, 按不低于在职职工总数1.5%的比例安排, 按每千人口不少于40个学位的标准规划配套幼儿园): a
# rule's rate or standard, no goal. (Not 按期 / 按时, nor where the phrase reaches a verb of attaining, 按常住人口计算的
# 城镇化率达到65%; a share is followed by the verb it is applied by, any quantity by the 比例 / 标准 it states.) Not the
# share of cases a department is to check (按照不低于30%的比例开展电话回访, 按不低于持证单位总数10%的比例开展抽查): the
# volume of its work, which readers count as a goal.
BY_RATE = re.compile(rf"按照?(?!期|时)(?:(?!{_ATTAINING})[^，。；：按\x00])" "{1,40}$")
BY_RATE_END = re.compile(r"[^，。；：]{0,12}?的(?:比例|标准)")
BY_SHARE_END = re.compile(r"(?!以|左右|及)[\u4e00-\u9fff]")
CHECKED_SHARE = re.compile(r"[^，。；]{0,24}?(?:抽查|抽检|回访|检查|核查|督查|巡查)")
# A count of people in work, written after 就业 (城镇新增就业70万人, 失业人员再就业25万人, 帮助就业困难人员实现就业
# 30万人): the whole phrase names the indicator (城镇新增就业, not 就业 after the verb 新增).
EMPLOYED = re.compile(r"就业$")
# … and so is the term of a loan, a subsidy, a contract or a project in years or months (贷款期限最长25年, 补贴期限最长
# 1年, 租赁合同期限原则上3年, 项目实施期限不超过2年): a standard of the policy, not a goal (平均受教育年限10.8年 is).
# So is how long a trial or a permit runs and how long records are kept (测试时间原则上不超过30个月, 示范应用时间…, 数据存储时间
# 不少于3年, 档案保存期不少于10年), and a term of office (业主委员会每届任期不超过5年).
TERM = re.compile(r"(?:期限|任期|(?:测试|示范应用|试用|存储|保存|保管|有效)(?:时间|期))[^，。；\d]{0,6}$|最长(?:可|为|不超过)?$")
# Years of experience a person must have (具有2年以上驾驶经历, 5年以上相关工作经验): a qualification, no goal.
EXPERIENCE = re.compile(r"[^，。；\d]{0,8}?(?:经历|经验|工龄|教龄|驾龄)")
# The currency named after an amount's unit (每车不低于五百万元人民币的…保险凭证, 1000万元人民币以上): read past.
_CURRENCY = "人民币"
# A service's time limit given as a field of its own (承诺时限：5个工作日, 办结时限：3个工作日, in a list of services
# each with its label lines): the most time it may take, named by its label. (Not the law's limit in brackets after it,
# （法定时限20个工作日）: what the law allows, no label.)
LIMIT_LABEL = re.compile(r"(?P<label>(?:承诺|办理|办结|承诺办结|承诺办理)?时限)[：:]$")
# A quota on an assessment's grades (“好”等次比例不超过30%, 优秀等次不超过4个, 一般及以下等次不少于1个, 优秀等次数量不超过
# 参评开发区总数的20%): how many may be graded so, not a goal.
GRADE_QUOTA = re.compile(rf"等次(?:比例|数量|名额)?(?:(?:{_PRE})(?:[^，。；的]{{1,16}}的)?)?$")
# The weight of an indicator in an evaluation's score, written before its share (一级指标：发展基础，权重20%), each
# weight of a list of them (权重分别为30%、40%、30%) and a weight's floor (考核权重不低于20%).
# (… or of points, as its share: 权重占比5%, 分值占比不低于15%; or the points a task weighs in an assessment it is made
# part of: 纳入…综合考核，分值不低于3分.)
WEIGHT = re.compile(rf"(?:权重|分值)(?:占比)?(?:分别)?(?:[：:为]|{_PRE})?(?:\d+(?:\.\d+)?%[、和及])*$")
# The step of an evaluation's scoring rule or of a reward scale (每少1个扣0.5分, 每少完成10%扣1分, 每提高1个百分点
# 奖励10万元): how a result is scored, no goal.
# So is the one counted in a scale's unit (每新认定1个省级智能工厂得3分, 每新增1家奖励5万元); 每年新增100个 is a
# yearly goal.
SCORE_STEP = re.compile(r"每(?:少|多|超过?|低于|高于|增加|减少|提高|降低|下降)(?:完成)?$|"
                        r"(?P<unit>每新?(?:认定|新增|获评|获批|入选|引进|落地))$")
# … and the points it gives, takes or weighs a part with (占70分, 扣0.5分, 加2分), and the band of a result that
# earns them (80%（含）至90%的得6分, 低于80%不得分, 达到90%以上的得满分).
SCORE_POINTS = ("占", "扣", "加", "减", "得")
# … and points given or weighed with no bar (大气环境质量35分、水环境质量20分 in a 百分制, 加分最高5分, 累计加分：5分): a
# score's weights and caps. Points are a goal only bound by a bar or a verb of attaining (满意度达到85分以上).
POINTS_CAP = re.compile(r"[加扣减]分[^，。；\d]{0,6}$")
POINTS_BOUND = re.compile(rf"(?:{_ATTAINING}|{_PRE})$")
SCORED = re.compile(r"[^，。；]{0,12}?(?:得\d|得满分|不得分|扣\d|加\d)")
# A time already spent or a grade already reached, a condition of who qualifies (申报场景应已实际部署运行6个月以上,
# 已通过智能制造能力成熟度评估3级及以上), is no goal.
ALREADY = re.compile(r"已[^，。；\d]{0,16}$")
# What has been reached or done already (增加值已达9867亿元, 目前已建成5G基站12万个, 已累计培育…家): a fact, no goal.
# (已 before a verb; not a qualifier, 对已认定的企业, whose 的 closes it, nor 已建成高标准农田管护率达到100%, whose
# goal has a verb of its own.)
# (… and each count of a list after it, 已建成智能化煤矿31处、智能化采煤工作面68个、智能化掘进工作面73个; not one with a verb of
# its own, 已建成5G基站12万个、新建基站3万个.)
_NOT_A_COUNT = rf"(?:(?!{_ATTAINING})(?:[^，。；\d的]|\d+[A-Za-z]))"
REACHED = re.compile(rf"已(?:经)?(?:{_ADVERBS})*(?:{_VERBS})"
                     rf"(?:{_NOT_A_COUNT}{{0,16}}\d+(?:\.\d+)?[^\d，。；、]{{0,3}}、(?!{_VERBS}))*{_NOT_A_COUNT}{{0,16}}$")
# A limit a rule sets, what must not be passed (软管长度不得超过2米, 行驶速度不得超过80公里/小时, 水平净距不得小于0.7米), or
# what a standard advises against (额定输出功率不宜低于60 kW, 不应小于…): a standard, no goal; so is such a limit set as a
# share of a named base (对外担保余额不得超过净资产的10%).
RULE_LIMIT = re.compile(r"(?:不得|不宜|不应)(?:超过|高于|大于|多于|低于|少于|小于|短于|长于)(?:[^，。；的]{1,24}的)?$"
                        # (… and so is a cap set in principle: 权重年度调整幅度原则上不超过上一年度的10%, 优秀等次原则上不超过3个,
                        # 单次调价总量原则上控制在…的1.5%以内)
                        # (… and the caps listed after it: 认定市级智能工厂原则上不超过15家、数字化车间不超过60个)
                        r"|原则上(?:不超过|不高于|不多于|控制在)[^，。；]{0,24}$"
                        # (… and a standard set as what generally holds: 跑道长度一般不少于800米, 故障处理时间一般不超过24小时)
                        r"|一般(?:不超过|不高于|不多于|为|在)$")
# What has not passed a bound (平均潜伏期内病例数未超过5例, 跨度未超过3米): a state that sets a case, no goal.
NOT_PASSED = re.compile(r"未(?:超过|达到|突破|超出)$")
# A standard asked of what an inspection checks (婴幼儿室内人均使用面积是否不少于3平方米, 班级规模是否分别不超过10人、15人、20人,
# 网络日志留存是否不少于6个月): an item of a checklist, no goal.
CHECKED = re.compile(r"是否[^，。；？]{0,24}$")
# A quantity closing a condition (联网设备数量达到1000台（套）以上的；, 吸纳就业100人以上的，给予…, a rate's or a time's
# too: 出口额较上年增长超过20%的，按…给予奖励): who or what qualifies.
CONDITION_CLOSE = re.compile(r"的(?:[，；。：,;]|$)")
# A count named as the goal it is (实现全省高新技术企业2.5万家目标, 完成…50万亩的目标任务): it closes its phrase.
GOAL_NOUN = re.compile(r"的?目标(?:任务)?(?:[，。；、,;]|$)")
# The values after the first of a list that qualifies who (营业收入首次突破10亿元、50亿元、100亿元的工业企业).
QUALIFYING_LIST = re.compile(r"(?:[、和或及与]\d+(?:\.\d+)?[^\d，。；、的]{0,4})+的")
# A value that qualifies what a count after it counts (培育软件业务收入超10亿元企业5家, 新建10万吨级泊位3个): the
# count closing the phrase is the goal, the value inside its object none. (Not the next item of a list, 17家和36家,
# nor a change's end, 由7个扩大到17个; the words between hold no number, and a count qualifies nothing.)
_COUNTS = "家个项所座名户台套辆艘条"
QUALIFIED_COUNT = re.compile(r"(?![和及与或])[^\x00-\u4dff和及与或到至为达一二两三四五六七八九十百千万]{1,10}?"
                             rf"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百]+)[{_COUNTS}](?:以上)?(?:[，。；、]|$)")
# A share of the people whose consent or vote a decision needs (经本栋三分之二以上的业主同意, 占总人数
# 三分之二以上的业主讨论通过): a quorum, not a goal.
QUORUM = re.compile(r"[^，。；]{0,20}?(?:同意|赞成|表决|讨论通过)")
# What names a share, its value written right after it (落实率100%, 运行比例100%).
_RATE_NAMES = ("率", "比例", "占比", "比重")
# A measure whose value is a pure number, and what binds it, right before a decimal with no unit
# (有效利用系数提高到0.60以上, 死亡率控制在0.012以下, 综合指数不低于0.85, 炼焦产能与钢铁产能比达到0.4左右): a
# coefficient, an index, a ratio, or a rate per unit of something (per 亿元 of GDP). A decimal elsewhere
# (数字政府2.0, 5.5代线) is a name.
# The measure may carry its Latin abbreviation in brackets, or be named by it alone (数据中心电能利用效率
# （PUE）降到1.25以下, 新建大型数据中心PUE降至1.3以下, PUE值不高于1.3).
MEASURE_LEAD = re.compile(rf"(?:(?:系数|指数|率|比)(?:（[A-Za-z]{{2,8}}）)?|(?<![A-Za-z])[A-Z]{{2,8}}值?)(?:{_ADVERBS})*"
                          rf"(?:(?:{_VERBS})(?:{_PRE})?|{_PRE})$")
# The starting level of a change (由2020年的45%提高到60%): no target, and no part of the indicator.
BASELINE = re.compile(r"(?:由|从)[^，。；由从]*$")
# (由65%调整为63.5%: a goal revised; 由目前的20%降至15%以下, with a verb of one character)
CHANGE_TO = re.compile(rf"(?:{_CHANGE_VERBS}|降|增|升)(?:到|至)|调整(?:为|到|至)")
# Those a count after 为 counts, and what is given them (为1000家以上中小企业提供免费数字化诊断服务, 为1800名重度残疾人提供
# 居家托养服务).
SERVED = re.compile(r"([^，。；\d]{2,20}?)提供([^，。；]{2,30})")
# Words joining the items of a list (50个国家…、50个省级…, 1所…和2所…).
_JOINS = "以及|、|和|及|与"
LIST_JOIN = re.compile(rf"(?:{_JOINS})$")
_LIST_MARKS = ("、", "和", "及", "与", "以及")
# An aside in brackets after a count, closing its phrase, describes what is counted (新建污水处理厂1座（日处理能力3万吨）):
# the count still closes the phrase.
_ASIDE = re.compile(r"[（(][^（）()]*[）)]")


# Points a share changes by: a change, never a count of what a verb makes (安装率较上年提高5个百分点).
_POINTS = ("个百分点", "百分点")


def _closes_phrase(remainder: str) -> bool:
    """Whether a quantity followed by ``remainder`` closes its phrase or an item of a list: what it counts comes
    before it."""
    return not remainder or remainder.startswith(_LIST_MARKS) or bool(_ASIDE.fullmatch(remainder)) \
        or bool(_GOING_ON.match(remainder))


# What a count goes on to say of what it counts without naming another thing: what is built put to use (建成…配送中心
# 1个并投入使用), those sent where to serve (选派…专业技术人才1200名到西岷省开展帮扶, …90名赴玛尔县挂职).
_GOING_ON = re.compile(r"并(?:正式)?(?:投入|交付)?(?:使用|运营|运行|投用)|(?:到|赴)[^，。；、\d]{1,20}?(?:挂职|帮扶|支教|支医|工作|服务|开展)")


# A share's object joined to another share of the same predicate (覆盖90%以上的城市社区和50%以上的农村社区):
# the join ends the first share's object, and the second share is a target of the same subject and verb.
# With the predicate after the shares (60%以上的县级医院和40%以上的乡镇卫生院达到…, 90%的市和70%的县（市、区）达到省级三星级
# 以上) each share's units take it: one target each (SHARED_PREDICATE, from its verb of attaining or doing).
COORDINATED_SHARE = re.compile(rf"(?:{_JOINS})(?=(?:约|近)?\d+(?:\.\d+)?%)")
SHARED_PREDICATE = re.compile(rf"(?<=[\u4e00-\u9fff）])(?:{_ADVERBS})*(?:{_ATTAINING}|实现|建成|开展|具备)")
# The next item of a list of counts after what they count: 、海外仓30个 (the verb is the first's).
LISTED_COUNT = re.compile(rf"\s*(?:{_JOINS})(?P<built>)(?P<object>(?:{_BRACKETED}|[^\x00，。；、（]){{2,30}})")
# A label closing with a colon before an indicator (主要目标是：城镇新增就业…, 答：…参保率, 其中：风电…) is no
# part of it; a colon closing the subject is (数据存储时间：不少于3年), and one between digits is a ratio's.
LABEL = re.compile(r".*(?:：|(?<!\d):(?!\d))(?=.)")
# Words heading a subject that are no part of the indicator (其中每千人口…, 支持有条件的…,
# 实现重点专业的…覆盖率, 每年选拔…, the 、 of a list's next item).
LEADING_WORDS = re.compile(r"^(?:其中|同时|并且|并|力争|争取|确保|实现|推动|支持|鼓励|引导|帮助|全面|进一步|每年度?|要|使|、)")
# Goals written in words closing a phrase: 全覆盖 (医疗机构信用监管实现全覆盖): 100 %, not 全覆盖基础上 (a premise); 零增长
# (农业用水总量实现零增长, …总量趋零增长): a growth of 0 %; a share past half (…占…的比重过半): more than 50 %, not 过半数
# (a vote's quorum) nor 时间过半、任务过半 (a slogan of the year's progress).
WORD_GOAL = re.compile(r"(?:全覆盖|零增长|(?<=比重|比例|占比)过半)$")
_WORD_GOALS = {"全覆盖": ("覆盖率", "=", 100.0), "零增长": ("增长", "=", 0.0), "过半": ("", ">", 50.0)}
# (Not one already reached, 井下已实现5G信号全覆盖, 现已实现…: a fact.)
WORD_GOAL_DONE = re.compile(r"已(?:经)?(?:实现|达到|做到)")
# The verb before it (实现, 基本实现, 达到, 趋) is not part of the indicator.
WORD_GOAL_VERB = re.compile(rf"(?:{_ADVERBS})*(?:实现|达到|做到|趋)?$")
# A per-capita scope (每千人口, 每万人口, 每10万常住人口) that 分别 lists share: the
# second item of 每千人口公立中医类医院床位数、康复病床数 is per 1000 people too.
_SCOPE = r"每[\d一二两三四五六七八九十百千万]*(?:名|个)?(?:常住)?(?:人口|居民|工人|职工|(?<=[百千万])人)"
PER_CAPITA = re.compile(rf"^{_SCOPE}")
# The same scope between a verb and its number (抽检量达到每千人口6批次), or a day's (处理能力达到每日9000吨), or the whole
# place counted over (完成全区286个居民小区分类投放点改造). (Not a part of it, 城区: 打造城区1毫秒、市域5毫秒算力时延圈
# lists places with their values.)
SCOPE_BEFORE = re.compile(rf"(?:{_SCOPE}|每[日天]|全[省市县区镇乡])$")
# Separators of the indicators that 分别 distributes (床医比、医护比; 全科医生和公共卫生人员数).
_LIST_SPLIT = re.compile("、|和|及|与")  # where the items of a list part
# (Not inside a bracket, where 、 lists the kinds a name takes in: 各县（市、区）参保率均不低于94% is one indicator.)
_OUTSIDE_BRACKETS = "(?![^（）]*）)"
RESPECTIVE_SPLIT = (re.compile(f"、{_OUTSIDE_BRACKETS}"), re.compile(f"(?:{_LIST_SPLIT.pattern}){_OUTSIDE_BRACKETS}"))
# The colon of a ratio, half- or full-width (1:0.55, 1：0.55); ratios are written with ":".
RATIO_COLON = re.compile("[:：]")
# What may stand between the values 分别 distributes (0.85张和0.42张, 1:0.55、1:1.2).
VALUE_JOIN = re.compile("[、和及与]")
# Where a sentence is cut into comma segments; 分别, lists and shares stay inside one.
SEGMENT_END = re.compile(r"[，,。；;！？]")

# Blanked-out characters keep offsets aligned between the original and the scan text.
_FILLER = "\x00"
_TEXT_AFTER = re.compile(r"[^\x00 ]")
_WINDOW = 64


# ---------------------------------------------------------------- public API


# A sentence opening with a year before the document's own (2023年全省新能源汽车产量达到18.9万辆, 截至2023年底…, in a
# plan of 2024) tells what was, unless it names a later year too (2023年起，…到2025年…).
PAST_OPENING = re.compile(r"(?:截至|截止)?(20\d{2})年")
# … or opening a later phrase of it, as when it is reached (…稳步提升，截至2023年底，全国农村自来水普及率达到90%) or set
# apart by commas (近年来，…持续改善，2023年，全县生活垃圾清运量达到4.2万吨).
PAST_PHRASE = re.compile(r"，(?:截至|截止)(20\d{2})年|，(20\d{2})年[底末]?，")
_YEARS = re.compile(r"20\d{2}(?=年)")
# … or opening with the years up to now (近年来，…2024年学前三年毛入园率达到91.6%，…; 党的十八大以来, “十四五”以来, 2021年以来,
# 过去五年), with the year before (上年度，…生猪出栏量增长12.6%, 去年，…), or with what the statistics say (据统计，…较2020年
# 分别下降了9.7%和23.4%): it tells what was done, unless it names a year not before the document's.
REVIEW_OPENING = re.compile(r"(?:近(?:几|[一二三四五六七八九十\d]{1,2})?年来|多年来|过去[一二三四五六七八九十\d]+年(?:来|间|里)?|(?:党的)?十[八九]大以来"
                            r"|[“\"]?十[一二三四五]五[”\"]?(?:时期)?以来|(?:19|20)\d{2}年以来|上一?年度?|去年|据(?:初步)?统计"
                            # (… or with the part of this year gone by, as a progress report opens: 一季度，全县…完成投资23.4亿元,
                            # 截至3月31日，…已按时序推进126项, 今年以来, 本周, 目前，全县共有14个乡镇)
                            r"|[一二三]季度|上半年|前三季度|1[—\-－~～至]\d{1,2}月|今年以来|年初以来|本周|上周|本月|上月"
                            r"|截[至止]\d{1,2}月(?:\d{1,2}日|底|末)|截[至止]目前|目前)[，,]")
# A cited document's title (《教育强国建设规划纲要（2024—2035年）》): its years say nothing of when the sentence's facts hold.
_CITED_TITLE = re.compile(r"《[^《》]*》")
# … and in a document's own title, in either bracket (《…》, 〈…〉).
_CITED = re.compile(rf"{_CITED_TITLE.pattern}|〈[^〈〉]*〉")


def _named_years(sentence: str) -> list[int]:
    """The years ``sentence`` names outside a cited title."""
    return [int(found) for found in _YEARS.findall(_CITED_TITLE.sub("", sentence))]


def _of_a_past_year(sentence: str, issued: int | None) -> bool:
    """Whether ``sentence`` reports a year before ``issued`` (the document's), or the years up to now, and names none
    later (outside a cited title)."""
    years = _named_years(sentence)
    if REVIEW_OPENING.match(sentence):
        return all(issued and year < issued for year in years)
    opening = PAST_OPENING.match(sentence) or PAST_PHRASE.search(sentence)
    return bool(opening and issued and int(next(filter(None, opening.groups()))) < issued
                and all(year < issued for year in years))


# A status as of a month before the document's own date (截至2025年4月底，全市发电装机容量达到682万千瓦, in a plan dated
# 2025-05-20): what was, though its year is the document's; unless the sentence names a later year.
AS_OF = re.compile(r"(?:^|，)截[至止](20\d{2})年(\d{1,2})月")


def _as_of_before(sentence: str, date: str) -> bool:
    """Whether ``sentence`` reports a status as of a month before ``date`` (the document's, ISO; "" when unknown)."""
    found = AS_OF.search(sentence)
    return bool(found and date[:7] and f"{found[1]}-{int(found[2]):02d}" < date[:7]
                and all(year <= int(found[1]) for year in _named_years(sentence)))


# The heading of a unit reviewing what was done (一、2024年工作回顾, 一、2025年工作总结, 第一章 发展基础, 现实基础, 基础与优势, 一、发展现状与
# 面临形势, 主要成效, 第一节 “十四五”时期发展成就):
# its numbers are results, not goals, in the unit and the units under it.
# (Led by a time or a field only, not a verb: 夯实人工智能发展基础 is a task; and followed only by the situation faced:
# 发展基础和总体要求 holds goals.)
# (A report's sections on how things stand — 总体情况, 典型做法, 主要做法和成效, 存在问题（和不足）, a mid-term evaluation's
# 规划实施总体情况 — are such units too; not 任务完成情况, an assessment's criterion.)
# (… and the account of how work, a plan or its indicators came out or how its tasks went, 2025年工作完成情况,
# 2025年国民经济和社会发展计划执行情况, 2025年预算执行情况, 主要指标完成情况, 重点任务推进情况, and an evaluation's findings,
# 评估结果, 总体评价, how it was done and how far the goals were met: 评估工作开展情况, 《规划》目标总体实现情况.)
# (A speech's heading weighs what was achieved and draws resolve from it: 充分肯定过去一年取得的成绩，进一步坚定做好经济工作的信心.)
# (… and the five years of a legal education plan, named by their ordinal: “七五”普法工作回顾.)
_REVIEWED_TIME = (r"(?:\d{4}年|[“\"]?十[一二三四]五[”\"]?(?:时期)?|[“\"][一二三四五六七八九]五[”\"]普法|过去[一二三四五]年|近年来"
                  r"|(?:\d{4}年)?(?:上半年|[一二三四]季度|前三季度|1[—\-－~～至]\d{1,2}月))")
REVIEW_HEADING = re.compile(r"(?:(?:充分|客观|全面|认真)?(?:肯定|总结|回顾))?"
                            # (a time, or two, and the field: 2025年和“十四五”工作回顾, 上半年全市经济运行总体情况)
                            rf"(?:{_REVIEWED_TIME}(?:[和及与、]{_REVIEWED_TIME})?)?"
                            r"(?:[^，。]{0,4}?(?:产业|行业|经济)(?:运行)?|(?:规划|纲要|方案|计划)实施)?"
                            r"(?:工作回顾|回顾|工作总结|(?:发展|现实|工作)基础|基础[和与及]优势|发展现状|现状|基本情况|总体情况|工作成效|主要成效"
                            r"|取得的成[效绩]|工作进展"
                            r"|(?:发展|主要|取得的)?成就"
                            r"|(?:典型|主要)?做法(?:[和与及、](?:主要)?成效)?|存在的?(?:主要)?问题|主要问题"
                            r"|中?(?:需要|值得)关注的(?:主要)?问题"
                            r"|[^，。]{0,16}?(?:工作|指标|计划|规划|预算|目标)(?:总体)?(?:完成|执行|实施|实现|开展)情况|(?:重点|重大|主要)任务(?:推进|进展|落实)情况"
                            r"|评估结果|总体评价)"
                            r"(?:[和与及、](?:面临的?)?(?:形势|机遇|挑战|问题|不足)+)?"
                            r"(?:，(?:进一步|更加)?(?:坚定|增强|提振|鼓足)[^，。；]{0,20})?")

PAST_HEADING = re.compile(r"(\d{4})年(?![以至—\-－~～]|度?(?:目标|任务|计划|工作(?:计划|安排|要点|重点)))")

# In a report (a title of REPORT_TITLE and no plan's), any unit giving an account of how things stand or went (一、国有资产
# 总体情况, 二、国有资产管理工作情况, 各地工作开展情况): its numbers are the year's results. (Not its units of next year's work,
# PLAN_HEADING.)
REPORT_SECTION = re.compile(r"[^，。；]{0,16}?情况")


# … and of a unit setting conditions (5.1.1 启动条件 / （1）死亡（含失踪）10人以上, 申报条件, 认定条件, 选派条件): thresholds of
# who or what qualifies, not goals.
CONDITION_HEADING = re.compile(r"(?:启动|响应|申报|申请|认定|评定|准入|适用|基本|分级|支持|奖励|补助"
                               # (who may be chosen, sent or enrolled: 二、选派条件, 报名条件, 任职条件, 资格条件)
                               r"|选派|选聘|遴选|选拔|任职|推荐|报名|入选|参评|入驻|资格)?条件")
# … and the items of a unit whose text leads into them as the conditions to meet (申请从事网约车经营的，应当具备以下条件：
# / （二）…办公场所面积不少于100平方米；, 考评员应当具备下列条件： / （一）从事本职业工作5年以上；): thresholds of who
# qualifies, as under a heading 申报条件.
CONDITIONS_LISTED = re.compile(r"(?:具备|符合|满足|具有|达到)(?:下列|以下|如下)(?:基本)?条件[：:]$")
# … and of a unit working an example (1. 设备投资补助示例, 贷款贴息算例, 企业能获得多少支持？请举例说明: a reading's sums
# for an imagined firm), not goals.
EXAMPLE_HEADING = re.compile(r"[^。；]{0,30}?(?:示例|算例|举例说明|举例|测算实例)[。？?]?")
# A sentence measuring what is done against the year's task or the whole work (累计完成812户，完成年度任务1000户的81.2%,
# 累计完成投资1.27亿元，占年度计划投资2.1亿元的60.5%, 完成总工程量的72%, 总体进度68.9%): a progress report's results. (Not
# a milestone, its share bounded: 9月底前完成年度任务的80%以上.)
PROGRESS = re.compile(r"(?:完成|占)(?:年度|全年|总)(?:任务|计划|目标|工程量|投资)[^，。；]{0,12}的\d+(?:\.\d+)?%(?!以上|以下|左右|以内)"
                      r"|总体进度\d")
# A sentence setting when an emergency response starts (…死亡5人以上10人以下的，启动Ⅱ级响应): its numbers are thresholds.
RESPONSE_START = re.compile(r"启动[ⅠⅡⅢⅣⅤⅰⅱⅲⅳ一二三四五1-5IV]+级(?:应急)?响应")
# A field stating a problem found (a rectification plan's 问题表现：…有3个补充耕地项目未按期实施, 存在问题：…) or what an
# audit or an inspection found (审计发现，12个部门年初预算调整率超过20%), or how far it was put right (整改情况：已盘活2个，涉及资金
# 380万元): its numbers are findings; the goals are in the measures after it (整改措施：…完成3个补充耕地项目验收).
FINDING_FIELD = re.compile(r"(?:问题表现|问题描述|存在问题|主要问题|问题|整改(?:情况|进展|结果))[：:]"
                           r"|(?:审计|检查|督查|巡查|核查|调查)中?发现[，,：:]")
# A condition opened by 凡 (凡有一项没有达到基本条件的，一律停产整顿): its numbers are thresholds of which are meant.
CONDITION_OPENING = re.compile(r"(?:^|[，。；：])凡[^，。；]*$")
CONDITION_CLOSING = re.compile(r"[^，。；]*的(?:[，；]|$)")
# A sentence closed by 的 is a circumstance a rule lists (有下列情形之一的，…：（五）…升幅超过10%，或者…下降5个百分点以上，
# 未采取有效措施的；): its numbers are thresholds of who is meant.
CIRCUMSTANCE = re.compile(r"的[；;。]?$")


def _under(document: Document, headings: tuple[re.Pattern[str], ...]) -> set[str]:
    """The ids of the clauses that stand in a unit with one of ``headings`` (the unit itself and those under it)."""
    return _within(document, {unit.id for unit in (*document.sections, *document.clauses)
                              if any(heading.fullmatch(unit.heading) for heading in headings)})


def _within(document: Document, units: set[str], inclusive: bool = True) -> set[str]:
    """The ids of the clauses under ``units`` (and the units themselves, ``inclusive``)."""
    if not units:
        return set()
    return {clause.id for clause in document.clauses
            if any(".".join(clause.id.split(".")[:end]) in units
                   for end in range(1, clause.id.count(".") + 1 + inclusive))}


# The year in a document number (吉政办发〔2023〕21号).
_NUMBER_YEAR = re.compile(r"〔(\d{4})〕")


def _issued(meta: Meta) -> int | None:
    """The document's year: its date's, else its number's; else, for a copy that kept neither (a portal's 解读, a page
    without its head), the latest year of the documents its preamble cites, before which it cannot have been issued
    (近日…印发《…实施意见》（澜政办发〔2026〕2号）): enough to tell a past year's figures from goals."""
    if meta.date[:4].isdigit():
        return int(meta.date[:4])
    if own := _NUMBER_YEAR.search(meta.doc_number):
        return int(own.group(1))
    return max((int(year) for number in meta.cites for year in _NUMBER_YEAR.findall(number)), default=None)


def extract_targets(document: Document) -> tuple[Target, ...]:
    """Every target of every clause and sentence of ``document``, in document order."""
    found: list[Target] = []
    title = _CITED.sub("", document.meta.title)
    report = bool(REPORT_TITLE.search(title))
    plan = bool(PLAN_TITLE.search(title)) and not report
    issued = _issued(document.meta)
    listing = {clause.id for clause in document.clauses
               if clause.sentences and CONDITIONS_LISTED.search(clause.sentences[-1])}
    without_goals = _under(document, (CONDITION_HEADING, EXAMPLE_HEADING)) | _within(document, listing, inclusive=False)
    # (A statistical communiqué reports the year's figures throughout: 2024年国民经济和社会发展统计公报.)
    reviewing = {clause.id for clause in document.clauses} if STATISTICS_TITLE.search(title) \
        else _under(document, (REVIEW_HEADING, REPORT_SECTION) if report else (REVIEW_HEADING,))
    # (… and a unit whose heading opens with a year before the document's own, as a sentence so opening does:
    # 2025年全市经济交出了怎样的成绩单？ in a 解读 of 2026.)
    reviewing |= _within(document, {unit.id for unit in (*document.sections, *document.clauses)
                                    if (year := PAST_HEADING.match(unit.heading)) and issued
                                    and int(year.group(1)) < issued})
    planned = set() if plan else _under(document, (PLAN_HEADING,))
    for clause in document.clauses:
        if clause.id in without_goals:
            continue
        start = len(found)
        planning = plan or clause.id in planned
        carried: tuple[int | None, str | None] = (None, None)
        past = False  # the sentence before, ended by ；, reported a past year
        table: _Table | _YearTable | _PlaceTable | None = None  # the table whose rows are being read
        described: set[int] = set()  # the columns of a project list's table describing its projects (DESCRIBING)
        caption = ""  # the sentence before a table (its caption, where it has one, or its unit: 单位：万亩)
        for index, sentence in enumerate(clause.sentences):
            if TABLE_CELL in sentence:
                past = False
                cells = table_cells(sentence)
                if (header := _Table.of(cells) or _YearTable.of(cells) or _PlaceTable.of(cells, caption)
                        or (table and table.dated(cells))) is not None:
                    table = header
                    continue
                if table is not None and table.holds(cells):
                    found.extend(table.targets(cells, document.id, clause.id, index, sentence, issued))
                    continue
                if any(PROJECT_COLUMN.fullmatch(cell.strip()) for cell in cells):
                    described = {k for k, cell in enumerate(cells) if DESCRIBING.fullmatch(cell.strip())}
                # A row of another table (a task's, a project's) is read cell by cell, as prose: no
                # target runs across its cells (7 | 全市食品安全抽检量达到每千人6批次 | 市市场监管局).
                table = None
                for k, cell in enumerate(cells):
                    if k in described:
                        continue
                    # (A value alone in its cell takes its name from the cells before it: 飞行检查 | 每年不少于1次.)
                    name = "".join(before for before in cells[:k] if not before.isdigit())
                    found.extend(dataclasses.replace(target, indicator=target.indicator or name)
                                 for target in _sentence(cell, (None, None), document.id, clause.id, index, planning)[0])
                carried = (None, None)
                continue
            table, described = None, set()
            caption = sentence
            if index == 0 and (quota := _place_quota(clause.heading, sentence)) is not None:
                found.append(dataclasses.replace(quota, document=document.id, clause=clause.id))
            targets, after = _sentence(sentence, carried, document.id, clause.id, index, planning)
            wholes = targets or [target for target in found[start:] if target.sentence == index - 1]
            # (A part the sentence's reading found already is not found twice; two parts of one value are two.)
            read = Counter((target.value, target.unit) for target in targets)
            for part in _place_parts(sentence, wholes, index):
                if read[part.value, part.unit]:
                    read[part.value, part.unit] -= 1
                else:
                    targets += (part,)
            dated = _arabic_years(sentence)
            past = _of_a_past_year(dated, issued) or _as_of_before(dated, document.meta.date) \
                or past and not _YEARS.search(dated)
            if targets and not past and not RESPONSE_START.search(sentence) and not FINDING_FIELD.match(sentence) \
                    and not CIRCUMSTANCE.search(sentence) and not PROGRESS.search(sentence):
                found.extend(targets)
            # A deadline runs on across ； (到2025年，…；每个区市确定至少1家…；) but ends with 。, and so does a past
            # year (2023年，全市完成…；全年实施…项目1036个: both report it).
            carried = after if sentence.endswith(("；", ";")) else (None, None)
            past = past and sentence.endswith(("；", ";"))
        if clause.id in reviewing:
            # A review's figures are results; a goal it restates for a year after its own (《纲要》提出到2030年…, a
            # mid-term evaluation's 2030年目标 column) is still one.
            found[start:] = [target for target in found[start:] if issued and target.year and target.year > issued]
    return tuple(found)


# The columns of a project list's table (序号 | 项目名称 | 建设内容及规模 | 总投资（亿元） | 2025年计划投资（亿元） | 责任单位 |
# 建设期限) that describe its projects: what each builds, what it costs in all and when it is built (新建厂房28万平方米,
# 46.5, 2024—2027) are no goals; the year's planned investment and the departments are read as they stand.
DESCRIBING = re.compile(r"(?:主要)?建设(?:内容|规模)(?:[及和与](?:规模|内容))?|(?:项目)?总投资(?:（[^（）]{1,6}）)?"
                        r"|建设(?:期限|年限|周期|起止年限|起止时间)")


# A unit titled by a place whose text opens with a quantity alone (2.1 提档升级任务 / 1．钱集镇：26公里，重点实施…): the
# place's share of a whole broken down in a list.
PLACE_HEADING = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:省|市|县|区|镇|乡|街道|管理区|兵团|自治州)")


def _place_quota(heading: str, sentence: str) -> Target | None:
    """The quota a place's unit opens with (钱集镇 / 26公里，…: 钱集镇 26 公里), else None."""
    if not PLACE_HEADING.fullmatch(heading):
        return None
    phrase = re.split("[，。；]", sentence, maxsplit=1)[0]
    quantity = next(_quantities(phrase), None)
    if quantity is None or quantity.start or quantity.after != len(phrase) or quantity.unit is None:
        return None
    return Target(document="", clause="", sentence=0, indicator=heading, value=quantity.value, unit=quantity.unit,
                  comparator=_comparator(None, quantity.post), year=None, period=None, text=sentence)


def sentence_targets(
    sentence: str,
    *,
    document: str = "",
    clause: str = "",
    index: int = 0,
    year: int | None = None,
    period: str | None = None,
    plan: bool = False,
) -> tuple[Target, ...]:
    """The targets of one normalised sentence.

    ``year`` and ``period`` are a deadline and period in force from before the sentence
    (one carried across a ；); ``document``, ``clause`` and ``index`` label the targets; ``plan``:
    whether the sentence stands in a plan (PLAN_TITLE), where a change against the year before is
    a goal.
    """
    return _sentence(sentence, (year, period), document, clause, index, plan)[0]


# ---------------------------------------------------------------- indicator tables

# An indicator table's target cell: a sign or word of comparison, the number (in brackets when
# cumulative: [5000]) or a range (5—8) or a ratio (2.8:1), maybe its unit (a share's, or one counted: 85亿元, 3200户) and a
# comparator after (≥12, >99, 99.8, 累计[1500], 12%以上), per year (≥800/年), a note in brackets after it (8左右（力争10）).
_CELL_VALUE = re.compile(rf"(?P<pre>[≥≤><]|{_PRE})?(?:累计)?[\[［【〔]?(?P<number>\d+(?:\.\d+)?)"
                         r"(?:(?P<ratio>[:：]\d+(?:\.\d+)?)|[-－~～—至到](?P<high>\d+(?:\.\d+)?))?[\]］】〕]?"
                         rf"(?P<unit>%|‰|{_UNIT_NAMES})?"
                         rf"(?P<post>{POST_COMPARATOR.pattern})?(?P<yearly>/年)?(?:（[^（）]*）)?")
_SIGNS = {"≥": ">=", "≤": "<=", ">": ">", "<": "<"}
# The unit in brackets closing an indicator's name (非化石能源消费比重（%）, 新能源装机容量（万千瓦）).
_NAME_UNIT = re.compile(r"[（(]([^（）()]{1,12})[）)]$")
# The year of a header's year or target column (2025年, 目标值（2025年）).
_YEAR = re.compile(r"(\d{4})年")
# A column of five-year sums or yearly averages after the target year's (年均/累计, 五年累计): a row
# whose target is such a sum has it there and "—" under the year.
_SUM_COLUMN = re.compile(r"[^\s|]{0,4}(?:年均|累计)[^\s|]{0,4}")


@dataclass(frozen=True)
class _Table:
    """The columns of an indicator table, read off its header row."""

    width: int
    name: int
    """The column of the indicator's name (指标, 指标名称)."""
    unit: int | None
    """The column of units (单位, 计量单位), if any."""
    values: tuple[int, ...]
    """The columns a row's target is read from, the first holding a number: the last year or
    target column (the ones before are baselines), then the sums after it."""
    year: int | None
    interim: tuple[tuple[int, int, bool], ...] = ()
    """(column, year, named a goal) of the year columns before the last: targets of their own when named one
    (2023年基数 | 2025年目标 | 2027年目标) or when their year is not before the document's (2025年 | 2027年 in a plan
    of 2025), baselines otherwise (2023年 | 2025年)."""
    dated_only: bool = False
    """Whether the last target column is named by its year alone (2024年): before the document's year, it holds how
    things stood, no goals (指标名称 | 单位 | 2024年, the state a standard of 2025 starts from)."""

    @classmethod
    def of(cls, cells: list[str]) -> _Table | None:
        """The table a header row opens; None for a row that is no such header."""
        cells = [cell.strip() for cell in cells]
        name = max((k for k, cell in enumerate(cells) if INDICATOR_COLUMN.fullmatch(cell)), default=None)
        targets = [k for k, cell in enumerate(cells) if TARGET_COLUMN.fullmatch(cell) and k != name]
        # (A column of what was reached or is expected by a year, after the goals', holds no goal: 2030年目标 |
        # 2028年预计 in a mid-term evaluation.)
        targets = [k for k in targets if not _REPORTED_COLUMN.search(cells[k])] or targets
        if name is None or not targets or targets[-1] < name:
            return None
        sums = tuple(k for k, cell in enumerate(cells) if k > targets[-1] and _SUM_COLUMN.fullmatch(cell))
        unit = next((k for k, cell in enumerate(cells) if UNIT_COLUMN.fullmatch(cell)), None)
        year = _YEAR.search(cells[targets[-1]])
        interim = tuple((k, int(found.group(1)), "目标" in cells[k])
                        for k in targets[:-1] if (found := _YEAR.search(cells[k])))
        return cls(len(cells), name, unit, (targets[-1], *sums), int(year.group(1)) if year else None, interim,
                   bool(_YEAR.fullmatch(cells[targets[-1]])))

    def dated(self, cells: list[str]) -> _Table | None:
        """The table with its target column's year, when ``cells`` is a second header row of years
        under value columns (现状值 | 目标值 over 2020年 | 2025年); None for any other row."""
        years = [_YEAR.fullmatch(cell.strip()) for cell in cells]
        if self.year is not None or not all(years):
            return None
        return dataclasses.replace(self, year=int(years[-1].group(1)))

    def holds(self, cells: list[str]) -> bool:
        """Whether a row of ``cells`` is one of the table's: as many cells, or fewer when the first
        ones span several rows (a category cell over its indicators: the row is read from the right)."""
        return 0 <= self.width - len(cells) <= self.name

    def cell(self, cells: list[str], column: int | None) -> str:
        return "" if column is None else cells[column - (self.width - len(cells))].strip()

    def targets(self, cells: list[str], document: str, clause: str, index: int, row: str,
                issued: int | None = None) -> list[Target]:
        """The target of a row: its name, its value in the first of the table's target columns
        holding one (its unit from the unit column, the cell, or the name's closing bracket), none
        when none does (—, 待定, 不减少); before it, those of the earlier year columns named goals or not
        before ``issued``, the year of the document."""
        name = self.cell(cells, self.name)
        if not name or self.dated_only and issued is not None and self.year is not None and self.year < issued:
            return []
        indicator, unit = _named_unit(name)
        unit = self.cell(cells, self.unit).strip("—-") or unit
        found = (_cell_target(self.cell(cells, column), indicator, unit, self.year, document, clause, index, row)
                 for column in self.values)
        interim = (_cell_target(self.cell(cells, column), indicator, unit, year, document, clause, index, row)
                   for column, year, goal in self.interim if goal or issued is not None and year >= issued)
        return [target for target in interim if target is not None] + \
            [target for target in found if target is not None][:1]


# A year, with or without 年, labelling a table-by-year row (or TOTALS, one that sums the years).
_ROW_YEAR = re.compile(r"(\d{4})年?")


@dataclass(frozen=True)
class _YearTable:
    """A table of targets by year: a header 年度 | 人工造林（亩） | 森林抚育（万亩）…, then a row a year
    (2021年 | 3000 | 5.0 …) and maybe one of sums (合计 | 13000 | 27.0 …): each cell is the target of
    its column's indicator in its row's year (the sums keep their label: 人工造林合计)."""

    names: tuple[str, ...]

    @classmethod
    def of(cls, cells: list[str]) -> _YearTable | None:
        cells = [cell.strip() for cell in cells]
        return cls(tuple(cells[1:])) if len(cells) >= 3 and YEAR_COLUMN.fullmatch(cells[0]) else None

    def dated(self, cells: list[str]) -> None:
        return None

    def holds(self, cells: list[str]) -> bool:
        label = cells[0].strip()
        return len(cells) == len(self.names) + 1 and (bool(_ROW_YEAR.fullmatch(label)) or label in TOTALS)

    def targets(self, cells: list[str], document: str, clause: str, index: int, row: str,
                issued: int | None = None) -> list[Target]:
        """The targets of a row, each in the row's year (``issued`` has no part: every row names its year)."""
        label = cells[0].strip()
        year = _ROW_YEAR.fullmatch(label)
        found = []
        for name, cell in zip(self.names, cells[1:]):
            indicator, unit = _named_unit(name)
            found.append(_cell_target(cell, indicator + ("" if year else label), unit,
                                      int(year.group(1)) if year else None, document, clause, index, row))
        return [target for target in found if target is not None]


@dataclass(frozen=True)
class _PlaceTable:
    """A table allocating targets to places: a header 设区市 | 新建公共充电桩（个） | 其中：乡镇公共充电站（座） (or 县（市、区） |
    2026年 | 2027年 | 三年合计, its unit on the line above it: 单位：万亩), then a row a place (南昌市 | 13000 | 90) and maybe
    one of sums (合计 | 60000 | 1200): each cell is the target of its row's place in its column (南昌市新建公共充电桩;
    a year column's cell in its year, named by the place and the unit's line)."""

    names: tuple[str, ...]
    unit: str | None = None
    numbered: bool = False
    """Whether a column of row numbers (序号) stands before the places'."""

    @classmethod
    def of(cls, cells: list[str], caption: str = "") -> _PlaceTable | None:
        """The table ``cells`` head, if one by place; ``caption`` is the sentence before it (its unit's line: 单位：万亩)."""
        cells = [cell.strip() for cell in cells]
        numbered = bool(cells) and cells[0] in ROW_NUMBER_COLUMN
        # (Not a project list that names each project's place: 序号 | 乡镇 | 项目名称 | 建设内容 | 总投资（万元）, DESCRIBING;
        # nor a record of results, RESULTS_CAPTION.)
        if not (len(cells) >= numbered + 2 and place_column(cells)
                and not any(PROJECT_COLUMN.fullmatch(cell) or _RESULT_COLUMN.fullmatch(cell) for cell in cells)
                and not RESULTS_CAPTION.search(caption)):
            return None
        unit = UNIT_LINE.search(caption.strip())
        return cls(tuple(cells[numbered + 1:]), unit.group(1) if unit else None, numbered)

    def dated(self, cells: list[str]) -> None:
        return None

    def _row(self, cells: list[str]) -> list[str]:
        """A row's cells from its place on. (A row of sums may write its label across the row numbers' and the places'
        columns, a merged cell: 合计 | | 10 | 60 — the place is 合计.)"""
        if self.numbered and len(cells) > 1 and cells[0].strip() in TOTALS and not cells[1].strip():
            return [cells[0], *cells[2:]]
        return cells[self.numbered:]

    def holds(self, cells: list[str]) -> bool:
        cells = self._row(cells)
        return len(cells) == len(self.names) + 1 and bool(_PLACE_NAME.fullmatch(cells[0].strip()))

    def targets(self, cells: list[str], document: str, clause: str, index: int, row: str,
                issued: int | None = None) -> list[Target]:
        """The targets of a row, one a column (a column named by a year before ``issued``, the document's year, is
        where things stand)."""
        cells = self._row(cells)
        place = cells[0].strip()
        found = []
        # (Where a column names its goal or task, 乡（镇） | 行政村数（个） | 其中脱贫村（个） | 入库任务数（个）, a column
        # counting what each place has, named neither, describes it — a part of a whole as the whole before it does.)
        # (So where a column names the year it is to be reached by, 区（县） | 城市社区数（个） | 2025年建成完整社区（个）.)
        tasked = any(_GOAL_COLUMN.search(name) or _YEAR.match(name) for name in self.names)
        describing = False
        for name, cell in zip(self.names, cells[1:]):
            if name.strip() in TOTALS:
                continue  # 新建 | 改造提升 | 合计: the row's sum of its columns, no target of its own
            indicator, unit = _named_unit(_SUBTOTAL.sub("", name))
            if not _SUBTOTAL.match(name):
                describing = tasked and not _GOAL_COLUMN.search(name) and bool(_COUNT_COLUMN.search(indicator))
            if GRANTED_COLUMN.search(indicator) or _BASE_COLUMN.search(indicator) \
                    or _RESULT_COLUMN.fullmatch(indicator) or describing:
                continue  # 省市补助资金（万元）: what each place is paid, no goal of it; 现有数量: what it has; 总得分: how it did
            year = _ROW_YEAR.fullmatch(indicator)
            dated = year or _YEAR.match(indicator)
            if dated and issued is not None and int(dated.group(1)) < issued and not _GOAL_COLUMN.search(indicator):
                continue  # 2025年用水量 | 2026年用水总量控制目标 in a plan of 2026: the first where a place stands
            found.append(_cell_target(cell, place + ("" if year else indicator), unit or self.unit,
                                      int(dated.group(1)) if dated else None, document, clause, index, row))
        return [target for target in found if target is not None]


# A column of a table by place where each place stands (现有, 现状, 基期, 基数; not 实际到位资金, what a quota counts), and
# a column's name saying it holds goals or tasks. (A column named by its year first, 2025年用水量, is read with _YEAR.)
_BASE_COLUMN = re.compile(r"现有|现状|基期|基数")
_GOAL_COLUMN = re.compile(r"目标|任务")
# … and a column counting what a place has (行政村数, 村（社区）数, 户数; not a coefficient or an index, 系数, 指数).
_COUNT_COLUMN = re.compile(r"(?<![系指分])数量?$")
# … and a column of how each place came out of an evaluation (县（市、区） | 总得分 | 排名 | 等次): results, no goals.
_RESULT_COLUMN = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:得分|评分|分数|分值|排名|名次|位次|等次|等级)")
# A table ranking or scoring its places (村（社区） | 本周完成（户） | 完成率 | 排名; 区 | … | 总分 | 等次) reports how they came out,
# and so does one its caption names a record of that (表2  各区主要指标完成情况, …行动进度调度表): none of its cells is a goal.
RESULTS_CAPTION = re.compile(r"完成情况|进展情况|调度表|调度情况|排名|得分|考核结果")
# A place's name in a table by place (南昌市, 西湖管理区, 新疆生产建设兵团, 全市合计), not a number or a sentence.
_PLACE_NAME = re.compile(r"[\u4e00-\u9fff（）()、]{2,16}")
# The part of a whole a column holds (其中：人工造林): the column's own name is the rest.
_SUBTOTAL = re.compile(r"^其中[：:]?")


# A column's name saying it holds what was reached or is expected, or a base: no goal (2028年预计, 2024年实际, 2025年基期).
_REPORTED_COLUMN = re.compile(r"预计|实际|完成|现状|基期|基数")


def _named_unit(name: str) -> tuple[str, str | None]:
    """(indicator, unit) of a table's name with its unit in brackets (新能源装机容量（万千瓦）)."""
    bracket = _NAME_UNIT.search(name)
    return (name[: bracket.start()], bracket.group(1)) if bracket else (name, None)


def _cell_target(cell: str, indicator: str, unit: str | None, year: int | None, document: str, clause: str,
                 index: int, row: str) -> Target | None:
    """The target a table's cell holds (its unit the cell's own, else ``unit``); None without a number."""
    found = _CELL_VALUE.fullmatch(cell.strip().replace(" ", ""))
    if found is None:
        return None
    unit = found.group("unit") or unit or None
    pre, post = found.group("pre"), found.group("post")
    value: Value = float(found.group("number"))
    if found.group("ratio"):
        value, unit = found.group("number") + ":" + found.group("ratio")[1:], None
    elif found.group("high"):
        value = (value, float(found.group("high")))
    return Target(document=document, clause=clause, sentence=index, indicator=indicator, value=value, unit=unit,
                  comparator=_SIGNS.get(pre or "") or _comparator(pre, post), year=year,
                  period="yearly" if found.group("yearly") else None, text=row)


# ---------------------------------------------------------------- sentences


@dataclass
class _Context:
    """Deadline and period in force, as they change along a sentence."""

    events: list[tuple[int, int | None, str | None]] = field(default_factory=list)

    def at(self, position: int) -> tuple[int | None, str | None]:
        """The deadline and period of the last event at or before ``position`` (events are in
        order: found by bisection, so that a sentence of thousands of deadlines stays linear)."""
        found = bisect.bisect_right(self.events, position, key=lambda event: event[0]) - 1
        return (None, None) if found < 0 else self.events[found][1:]


# A year written in Chinese numerals (到二〇二七年, 二〇三〇年底前), read as its digits: the same length, so that every
# position in the sentence stands.
_CHINESE_YEAR = re.compile(r"[〇零一二三四五六七八九]{4}(?=年)")
_YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def _arabic_years(sentence: str) -> str:
    if "年" not in sentence:  # (no year at all: left as it is without a scan)
        return sentence
    return _CHINESE_YEAR.sub(lambda year: year.group().translate(_YEAR_DIGITS), sentence)


def _sentence(
    sentence: str,
    carried: tuple[int | None, str | None],
    document: str,
    clause: str,
    index: int,
    plan: bool = False,
) -> tuple[tuple[Target, ...], tuple[int | None, str | None]]:
    clean, context = _time_frame(_arabic_years(sentence), carried)
    # A target is a quantity or a 全覆盖: a sentence with neither (nine in ten) has none, and only
    # its deadlines are read. The scan below only blanks text out (time frames, names), and no
    # blank span ends with a digit or starts with one after a number it would free, so it finds
    # no quantity the sentence lacks.
    if not QUANTITY.search(sentence) and not any(word in sentence for word in _WORD_GOALS):
        return (), context.at(len(sentence))
    scan = _blank(clean, NAME_SPAN)
    targets: list[Target] = []
    after_fact = False  # the segment before held a quantity and no target: a fact (常住人口32.5万人)
    for start, end in _segments(scan):
        text = sentence[start:end].strip()  # one string for all the segment's targets
        segment = _segment_targets(scan[start:end], clean[start:end], plan, after_fact)
        after_fact = not segment and next(_quantities(scan[start:end]), None) is not None
        for found in segment:
            year, period = context.at(start + found.position)
            year = found.year or year
            if found.yearly:
                period = "yearly"
            indicator = found.indicator
            if targets and COMPARED.match(indicator):
                indicator = targets[-1].indicator + indicator  # …比重达到2.3%，比2015年提高0.55个百分点
            elif targets and (part := _PART_YEAR.fullmatch(indicator)):
                indicator, year = targets[-1].indicator, int(part.group(1))  # …85万亩，其中2026年30万亩: the whole's
            targets.append(Target(
                document=document, clause=clause, sentence=index,
                indicator=indicator, value=found.value, unit=found.unit,
                comparator=found.comparator, year=year, period=period,
                text=text,
            ))
    return tuple(targets), context.at(len(sentence))


def _time_frame(sentence: str, carried: tuple[int | None, str | None]) -> tuple[str, _Context]:
    """The sentence with its deadlines and plan periods blanked out, and their events."""
    events: list[tuple[int, int | None, str | None]] = [(-1, *carried)]
    marks: list[tuple[int, int, int | None, str | None]] = []
    for found in DEADLINE.finditer(sentence):
        marks.append((found.start(), found.end(), int(found.group(1) or found.group(2) or found.group(3)), None))
    for found in PLAN_DEADLINE.finditer(sentence):
        marks.append((found.start(), found.end(), _plan_years(found.group(1))[1], None))
    for found in PLAN_PERIOD.finditer(sentence):
        first, last = _plan_years(found.group(1))
        marks.append((found.start(), found.end(), last, f"{first}-{last}"))
    if not marks:
        return sentence, _Context(events)
    clean = list(sentence)
    for start, end, year, period in sorted(marks):
        events.append((start, year, period))
        clean[start:end] = _FILLER * (end - start)
    return "".join(clean), _Context(events)


def _plan_years(numeral: str) -> tuple[int, int]:
    """First and last year of a five-year plan: 十四 → (2021, 2025). The 11th plan was
    2006–2010 and every plan since has followed on."""
    first = 2006 + 5 * (int(_chinese(numeral)) - 11)
    return first, first + 4


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda found: _FILLER * len(found.group()), text)


def _segments(scan: str) -> Iterator[tuple[int, int]]:
    start = 0
    for found in SEGMENT_END.finditer(scan):
        if found.group() in "，," and _YEARS_ONLY.fullmatch(scan, start, found.start()):
            continue  # 2024年、2025年、2026年，全区分别创建…: the years 分别 goes over stay with it
        if found.start() > start:
            yield start, found.start()
        start = found.end()
    if start < len(scan):
        yield start, len(scan)


# ---------------------------------------------------------------- segments


@dataclass(frozen=True)
class _Quantity:
    start: int
    after: int
    """End of the comparator after the unit, if any (65%以上), else ``end``."""
    value: Value
    unit: str | None
    post: str | None
    """Comparator written after the number."""


@dataclass(frozen=True)
class _Found:
    position: int
    indicator: str
    value: Value
    unit: str | None
    comparator: str
    yearly: bool
    year: int | None = None
    """The year the target names itself (2024年、2025年分别…), over the deadline in force."""


def _segment_targets(scan: str, clean: str, plan: bool = False, after_fact: bool = False) -> list[_Found]:
    quantities = list(_quantities(scan))
    found: list[_Found] = []
    in_words = WORD_GOAL.search(scan.rstrip(_FILLER + " "))
    respective = RESPECTIVE.search(scan)
    if respective and GRANTED_EACH.match(scan, respective.end()):
        respective = None  # 分别给予最高不超过533万元、673万元: each one's grant, read as grants (GRANT, CAP)
    if respective:
        at = respective.start()
        values = [q for q in quantities if q.start > at]
        values = _sharing_last_unit(_bare_values(scan, respective.end(), values) + values)
        distributed = _respective(scan, clean, at, respective.end(), values) \
            if respective.group() == "分别" or len(values) == 1 and _each_sharing(clean[:at]) else []
        if distributed:
            found.extend(distributed)
            quantities = [q for q in quantities if q.start < at]
    found.extend(_bound_targets(scan, clean, quantities, plan, after_fact))
    if in_words and not WORD_GOAL_DONE.search(scan, 0, in_words.start()):
        subject = _strip(clean[: in_words.start()])
        subject = _subject(subject[: WORD_GOAL_VERB.search(subject).start()])
        name, comparator, value = _WORD_GOALS[in_words.group()]
        found.append(_Found(in_words.start(), subject + name, value, "%", comparator, _yearly(scan, in_words.start())))
    found.sort(key=lambda item: item.position)
    return found


def _quantities(scan: str) -> Iterator[_Quantity]:
    """Candidate quantities of a segment, with grades, years, ordinals and names dropped."""
    for found in QUANTITY.finditer(scan):
        # What stands right before and after, as far as the tests below look (windows, so that a
        # segment of thousands of quantities is read in linear time).
        before = scan[max(0, found.start() - _WINDOW): found.start()]
        rest = scan[found.end(): found.end() + _WINDOW]
        # (The currency named after an amount's unit is read past: 五百万元人民币的…, 1000万元人民币以上.)
        currency = len(_CURRENCY) if (found.group("unit") or "").endswith("元") and rest.startswith(_CURRENCY) else 0
        rest = rest[currency:]
        post = POST_COMPARATOR.match(rest)
        after, bar = found.end() + currency + (post.end() if post else 0), post.group() if post else None
        whom = WHOM_BEFORE.search(before)
        if whom and (whom.start() or found.start() < _WINDOW) and WHOM_AFTER.match(rest):
            continue  # 对研发投入超过500万元且增幅超过10%的企业，按…给予补助: a threshold of whom a measure falls on
        if "是否" in before and CHECKED.search(before):
            continue  # 人均使用面积是否不少于3平方米, 比例是否达到…不低于1:3: a checklist's item
        if found.group("ratio"):
            left, right = RATIO_COLON.split(found.group("ratio"))
            yield _Quantity(found.start(), after, f"{left}:{right}", None, bar)
            continue
        if found.group("whole") or found.group("numerator") or found.group("half"):
            part, whole = (found.group("part"), found.group("whole")) if found.group("whole") else \
                (found.group("numerator"), found.group("denominator")) if found.group("numerator") else ("1", "2")
            yield _Quantity(found.start(), after, round(100 * _number(part) / _number(whole), 2), "%", bar)
            continue
        if found.group("permille"):
            yield _Quantity(found.start(), after, _number(found.group("permille")), "‰", bar)
            continue
        if found.group("tenths"):
            yield _Quantity(found.start(), after, 10 * _number(found.group("tenths")), "%", bar)
            continue
        if found.group("percent"):
            words = found.group("percent")
            yield _Quantity(found.start(), after, 100.0 if words == "百" else _number(words), "%", bar)
            continue
        if found.group("bare"):
            if MEASURE_LEAD.search(before) and not rest[post.end() if post else 0:].strip(_FILLER + " "):
                yield _Quantity(found.start(), after, float(found.group("bare")), None, bar)
            continue
        low, high, unit = found.group("low"), found.group("high"), found.group("unit")
        if found.group("low_unit") and not unit.startswith(found.group("low_unit")):
            continue  # 5%—8个: no range of one quantity
        chinese = not low[0].isdigit()
        if before.endswith(("每", "第", "/")):
            continue  # 每10万人口 is a scope, 第一人民医院 an ordinal, 10/10万 the base of a rate
        if COPIES.search(before):
            continue  # 报送纸质推荐函一式两份, 材料报送纸质版一份: the copies a filing is made in, no goal
        if unit in TIME_UNITS and PUBLICITY_PERIOD.search(before):
            continue  # 公示期不少于5个工作日, 公告时间不少于10天: how long a list is made public, a procedure's standard
        if unit == "级" and chinese:
            continue  # 二级, 三级甲等, 四级手术: a grade or a tier, not a quantity
        if unit == "类" and (chinese or CLASSIFIED.search(before)):
            continue  # 一、二类水质, 两类主体: kinds named; 分为基础类、完善类、提升类3类: a classification, no goal
        if unit in ("件", "起") and low == "一":
            continue  # 一件事, 一起: words
        if (bar in ("以上", "及以上", "以下", "及以下") or _EXCEEDING.search(before)) and HARM.search(before):
            # 因灾死亡和失踪30人以上, 直接经济损失1000万元以上, 死亡3人以上10人以下, 一次食物中毒人数超过100人: the thresholds
            # of an emergency's grade (not 死亡人数控制在10人以下, 不超过: HARM, _EXCEEDING)
            continue
        if chinese and unit in ("台", "门") and PLACE_NAME_END.match(rest):
            continue  # 三台县, 七台河市, 九台区, 三门县: a numeral and a "unit" in a place's name
        if unit == "对" and rest and (rest[0].isdigit() or _is_cjk(rest[0])):
            continue  # 一对一帮扶, 1对1指导, 两对夫妻: a pairing's manner or a count in words, not pairs made
        if unit == "分" and (chinese or rest.startswith("之")):
            continue  # 十分重要: an adverb; 三分之二: a share in words, read whole above
        if unit == "年" and not chinese and len(low) == 4 and low.isdigit() and high is None:
            continue  # 2023年: a date (10.8年, four characters too, is a length of schooling)
        if unit in TIME_UNITS and not post and (within := WITHIN_DONE.match(rest)):
            post, bar, after = within, "以内", found.end() + within.end()  # 1个工作日内办结: a limit, as 以内
        if unit in ("万", "亿") and not post and (magnitude := MAGNITUDE.match(rest)):
            rest, after = rest[magnitude.end():], after + magnitude.end()  # 产业规模均达到7000亿级: an order reached
        if unit in _NAMING_UNITS and rest and not post and _is_cjk(rest[0]) and not (
                unit in ("次", "期") and BAR_BEFORE.search(before)):
            continue  # 15分钟群众健康服务圈, 三年行动计划, 二次供水: a duration or a count in a name
        named = rest[post.end():] if post else rest
        if unit == "岁" and named and (_is_cjk(named[0]) or named[0] == "、"):
            # 15岁以上人群, 3岁以下婴幼儿, 16—24岁、25—29岁劳动力: an age that bounds who is counted; 预期寿命达到79岁
            # is a goal.
            continue
        if unit == "级" and named.startswith("的"):
            continue  # 评估达到3级以上的比例: the grade that bounds who is counted; the share is the goal
        if CONDITION_CLOSE.match(named):
            continue  # 吸纳就业100人以上的，…, 余额不足首期交存额30%的，业主应当…: a condition's threshold
        if TIER.match(named):
            continue  # 选择500元以上缴费档次的人数占比, 2000元及以上档次: the bound of a tier chosen, no goal
        if unit == "位" and rest.startswith("一体"):
            continue  # 三位一体的工作机制: a saying, no count
        if CONDITION_OPENING.search(before) and CONDITION_CLOSING.match(rest):
            continue  # 凡有一项没有达到基本条件的，…: a condition's threshold
        if unit == "支" and chinese and low == "一" and high is None and PRAISED_TEAM.match(rest):
            continue  # 打造一支…的…队伍: a way of speaking
        if unit == "期" and FACILITY_END.search(before):
            continue  # 澄江人工智能计算中心二期: a facility's phase, no count (举办培训班3期 is one)
        if unit in ("%", "分") and WEIGHT.search(before) or unit == "分" and (
                before.endswith(SCORE_POINTS) or POINTS_CAP.search(before) or not post and not POINTS_BOUND.search(before)):
            continue  # 发展基础（权重20%）, 完成情况占70分, 扣1分, 水环境质量20分: points of an evaluation's score, no goal
        if GRADE_QUOTA.search(before):
            continue  # 优秀等次不超过4个: a quota on grades
        if unit.endswith("元") and (GRANT.search(before) or GIVEN.search(before) and GIVEN_AS.match(rest)) \
                or unit in ("%", "个百分点", "元", "万元") and GRANT_TERMS.search(before) and not RAISED.search(before) \
                and not BASELINE.search(before):
            continue  # 奖励50万元, 给予不低于10万元奖励, 补贴比例不超过…的50%: a grant's amount or rate, no goal
        if unit == "%" and before.endswith("按") and APPLIED_RATE.match(rest):
            continue  # 首付款比例最低可按15%执行: a rate applied
        if BY_RATE.search(before) and (BY_RATE_END.match(rest) or unit == "%" and BY_SHARE_END.match(rest)) \
                and not CHECKED_SHARE.match(rest):
            continue  # 按当地最低工资标准的90%确定, 按每千人口不少于40个学位的标准: the rate or standard a rule applies
        if SCORED.match(rest) or (unit in TIME_UNITS or unit == "级") and ALREADY.search(before) \
                or REACHED.search(before) or RULE_LIMIT.search(before) or NOT_PASSED.search(before):
            continue  # 80%（含）至90%的得6分: a scoring band; 已运行6个月: a condition; 已达9867亿元: a fact; 不得超过2米: a rule
        step = SCORE_STEP.search(before)
        if step and (not step.group("unit") or low in ("1", "一") and high is None):
            continue  # 每少1个扣0.5分, 每新认定1个…得3分: a scoring rule's step
        bound = RATE_BOUND.search(before) if unit == "%" and named.startswith("的") else None
        if bound and (post or not bound.group("reached")):
            continue  # 漏损率高于12%的城市, 留用率达到50%以上的单位: a rate bounding which are meant, no goal
        if unit not in TIME_UNITS and unit not in _RATE_UNITS and not GOAL_NOUN.match(named) and (
                rest.startswith("的") or unit not in _COUNTS and named.startswith("的") or QUALIFYING_LIST.match(rest)
                or unit not in _COUNTS and QUALIFIED_COUNT.match(rest)):
            continue  # 岗位总量超过60个的乡镇卫生院, 首次突破10亿元、50亿元的企业: a count that qualifies who, not a goal
        try:
            value: Value = _number(low) if high is None else (_number(low), _number(high))
        except ValueError:
            continue
        yield _Quantity(found.start(), after, value, unit + (found.group("alternative") or ""), bar)


def _bound_targets(scan: str, clean: str, quantities: list[_Quantity], plan: bool = False,
                   after_fact: bool = False) -> list[_Found]:
    """Targets among ``quantities``, read left to right: bound by a verb or comparator,
    shares (80%以上的区市…), and list items after a target (、50个省级…). ``after_fact``: the segment
    before held a quantity that is no target (常住人口32.5万人), so a part of it after 其中 is none either."""
    found: list[_Found] = []
    chain: list[tuple[int, str, str]] = []  # list items so far: (index in found, subject, object)
    previous: _Quantity | None = None
    listed: tuple[str, str] | None = None  # (subject, comparator) a list item inherits
    conjunct: str | None = None  # 所有社区卫生服务站及80%以上的村卫生室…: the other subject
    shared_scope: str | None = None  # 覆盖90%以上的城市社区和50%以上的…: the next share's subject and verb
    absorbed = False
    counting = False  # the last target was a count after what it counts: the list may go on
    baseline = False  # the last quantity was the starting level of a change (由…提高到)
    for number, quantity in enumerate(quantities):
        floor = previous.after if previous else 0
        before = scan[floor: quantity.start]
        following = quantities[number + 1] if number + 1 < len(quantities) else None
        # What follows the quantity, as far as the tests below look (its opening words; "" when
        # nothing does): a window, not the segment's whole rest, so that a segment holding
        # thousands of quantities is read in linear time.
        following_text = _TEXT_AFTER.search(scan, quantity.after)
        remainder = scan[following_text.start(): following_text.start() + _WINDOW] if following_text else ""
        goal_named = GOAL_NOUN.match(remainder) is not None  # 实现全省高新技术企业2.5万家目标: the goal it is
        remainder = "" if goal_named else remainder
        scoped = SCOPE_BEFORE.search(before)  # 达到每千人口6批次: the scope stands between verb and number
        lead = TARGET_LEAD.search(before, 0, scoped.start() if scoped else len(before))
        bound = bool(lead.group("verb") or lead.group("pre_a") or lead.group("pre_b"))
        if lead.group("enabling") and not (lead.group("pre_a") or lead.group("pre_b") or quantity.post
                                           or "累计" in lead.group(0) or _yearly(scan, quantity.start)):
            bound = False  # 推动4个国家级区域医疗中心建设: no bar, who is meant
        if bound and BUILT.match(lead.group("verb") or "") and not (lead.group("pre_a") or lead.group("pre_b")) \
                and _closes_phrase(remainder):
            bound = False  # 其中新建600万亩、…: a count after what is built, read as such (TRAILING_COUNT)
        if not bound and quantity.unit and quantity.unit in _COUNTS and ACTED_ON.search(before) \
                and ACTION_AFTER.match(remainder):
            bound = True  # 对石门、黄坪等12座小型水库实施除险加固: the count of what an action is done to
        previous, after_baseline, baseline = quantity, baseline, False
        yearly = _yearly(scan, quantity.start)
        if absorbed:
            continue
        if quantity.unit == "级" and number and quantities[number - 1].unit not in ("级", "%", None):
            continue  # 100家企业达到3级以上标准: the grade the counted ones reach; the count is the goal
        if BASELINE.search(before) and CHANGE_TO.match(remainder):
            previous = quantities[number - 1] if number else None  # the indicator is read from before 由
            baseline = True
            continue
        if quantity.unit == "%" and (QUORUM.match(remainder) or SUPPORT_RATE.match(remainder)) \
                or BAND.match(remainder) \
                or quantity.unit and MONEY.match(quantity.unit) and CAP.search(before) \
                and not WHOLE_PLACE.search(before) \
                or quantity.unit in ("年", "个月") and (TERM.search(before) or EXPERIENCE.match(remainder)):
            listed, chain = None, []
            continue
        trimmed = before.rstrip(_FILLER + " ")  # what stands right before the number
        # (A change closing an item of a list of changes is no share: 申请材料平均压减60%以上、办理时间平均压缩70%以上.)
        listed_change = remainder.startswith("、") and CHANGE.search(trimmed) is not None
        # (Nor is the value of a rate named right before it, an item of a list of rates: 做到排查覆盖率100%、重大隐患整改率100%.)
        listed_rate = remainder.startswith("、") and trimmed.endswith(_RATE_NAMES)
        if quantity.unit == "%" and remainder and (remainder.startswith("的") or not bound) and not listed_change \
                and not listed_rate:
            # A share: 60%的县级妇幼保健机构达到二级甲等及以上标准 → "…达到…标准的比例".
            # Numbers in what the share must do (至少建成1所…) belong to it, except when
            # another subject shares the predicate (所有社区卫生服务站及80%以上的村卫生室).
            # (A bar before the share binds it, and is no part of its name: 每年对不少于10%的已补贴项目开展抽查.)
            bar = (lead.group("pre_a") or lead.group("pre_b")) if bound else None
            head = _strip(_strip(clean[floor: quantity.start]).removesuffix(bar or ""))
            joined = LIST_JOIN.search(head) if shared_scope is None else None
            scope = shared_scope if shared_scope is not None else "" if joined else _subject(head)
            conjunct = _subject(head[: joined.start()]) if joined else None
            rest = _strip(clean[quantity.after:])
            rest = rest[1:] if rest.startswith("的") else rest
            coordinated = COORDINATED_SHARE.search(rest) if bound or shared_scope is not None else None
            # (Shares joined before the predicate they share, 90%的市和70%的县（市、区）达到省级三星级以上: each names its own
            # units with it.)
            joined_shares = COORDINATED_SHARE.search(rest) if not coordinated and not conjunct else None
            predicate = SHARED_PREDICATE.search(rest, joined_shares.end()) if joined_shares else None
            if predicate:
                rest = rest[: joined_shares.start()] + rest[predicate.start():]
            else:
                rest = rest[: coordinated.start()] if coordinated else rest
            absorbed = conjunct is None and not coordinated and not predicate
            shared_scope = scope if coordinated else None
            found.append(_Found(quantity.start, f"{scope}{rest}的比例", quantity.value, quantity.unit,
                                _comparator(bar, quantity.post), yearly))
            listed, chain = None, []
            continue
        obj = "" if goal_named else _object(scan, clean, quantity, following)
        lead_text = before[lead.start():] if bound else ""
        pre = (lead.group("pre_a") or lead.group("pre_b")) if bound else None
        if quantity.unit == "次" and not (pre or quantity.post):
            # Times without a bar (每两年认定一次) tell how a procedure runs; 不少于2次 is a goal, and so are times written
            # after what is done with a bar before its verb (每年至少开展联合检查1次, 至少向省科技厅报送运行报告1次), read below
            # as a count after what it counts.
            trailing = TRAILING_COUNT.search(clean, floor, quantity.start)
            if not (trailing and BAR_AHEAD.search(clean, floor, trailing.start())):
                listed, chain, counting = None, [], False
                continue
            bound = False
        if quantity.unit in TIME_UNITS and not quantity.post and (label := LIMIT_LABEL.search(before)):
            found.append(_Found(quantity.start, label.group("label"), quantity.value, quantity.unit, "<=", yearly))
            listed, chain, counting = None, [], False
            continue
        if quantity.unit and quantity.unit.endswith("人") and EMPLOYED.search(clean, floor, quantity.start) and (
                _closes_phrase(remainder)):
            found.append(_Found(quantity.start, _subject(clean[floor: quantity.start]), quantity.value, quantity.unit,
                                _comparator(pre, quantity.post), yearly))
            listed, chain, counting = None, [], False
            continue
        if listed is not None and LIST_JOIN.search(scan[floor: quantity.start - len(lead_text)].rstrip(_FILLER)):
            if quantity.post and not pre and quantity.unit != "%" and found and found[-1].unit == "%" \
                    and QUALIFIED_NOUN.match(remainder):
                previous = quantities[number - 1]  # (the count is part of the next item's name)
                listed, chain, counting = None, [], False
                continue  # …通达率100%、20户以上自然村4G网络全覆盖: a bound on the size of what follows, no item
            subject, inherited = listed
            comparator = _comparator(pre, quantity.post) if (pre or quantity.post) else inherited
        elif bound:
            head = clean[floor: floor + (lead.end("reach") if lead.group("reach") else lead.start())]
            subject = conjunct if conjunct is not None else _subject(_cut_baseline(head) if after_baseline else head)
            if obj and subject.endswith(("：", ":")):
                subject = ""  # 整改措施：完成3个补充耕地项目验收: a field's label; the count names its object
            comparator = _comparator(pre, quantity.post)
            chain = []
            verb = lead.group("verb") or ""
            if not obj and not lead.group("reach") and verb not in _AIMING.split("|") \
                    and _ACTING.fullmatch(verb):
                subject += verb
        elif quantity.unit == "倍" and not remainder and (times := TIMES_OF.search(before)):
            # 农村居民人均可支配收入提高到2025年的1.4倍: a multiple of a base
            indicator = _subject(clean[floor: floor + times.start()]) + \
                _strip(clean[floor + times.start(): floor + times.end()]) + "倍数"
            found.append(_Found(quantity.start, indicator, quantity.value, quantity.unit,
                                _comparator(None, quantity.post), yearly))
            listed, chain, counting = None, [], False
            continue
        elif quantity.unit in _SERVICE_TIMES and quantity.post == "以内" and (done := _DONE.match(remainder)) \
                and not PROCEDURE_LIMIT.search(before):
            # 全流程1个工作日内办结: a time limit, named by what is done in it (not 三年内完成改造: a deadline)
            found.append(_Found(quantity.start, _subject(clean[floor: quantity.start]) + done.group(), quantity.value,
                                quantity.unit, "<=", yearly))
            listed, chain, counting = None, [], False
            continue
        elif quantity.unit == "%" and not remainder and (base := OF_BASE.search(before)):
            # 全省医护型养老床位达到机构养老床位总数的40% → "…占机构养老床位总数的比例".
            subject = _subject(clean[floor: floor + base.start()])
            indicator = f"{subject}占{_strip(clean[floor + base.start('base'): floor + base.end('base')])}的比例"
            pre = base.group("pre_a") or base.group("pre_b")
            found.append(_Found(quantity.start, indicator, quantity.value, quantity.unit,
                                _comparator(pre, quantity.post), yearly))
            listed, chain = None, []
            continue
        elif _closes_phrase(remainder) and quantity.unit not in ("%", None, *TIME_UNITS, *_POINTS) and (
                (counting and (trailing := LISTED_COUNT.fullmatch(clean, floor, quantity.start)))
                or (trailing := TRAILING_COUNT.search(clean, floor, quantity.start))):
            # 培育外贸综合服务企业20家、海外仓30个: the items after the first count what the verb makes too.
            # (Read where names are not blanked: 新增国家级专精特新“小巨人”企业200家.)
            if trailing.group(0).startswith("其中") and (
                    not (found and found[-1].position == quantities[number - 1].start) if number else after_fact):
                listed, chain, counting = None, [], False
                continue  # 常住人口32.5万人，其中老年人7.6万人: a part of a whole that is no goal is none either
            bar = BAR_AHEAD.search(clean, floor, trailing.start())  # 至少发布典型案例5个
            comparator = _comparator(bar.group("pre") if bar else None, quantity.post)
            built, counted = trailing.group("built") or "", trailing.group("object")
            for item in _each(counted):
                found.append(_Found(quantity.start, _strip(built + item), quantity.value, quantity.unit, comparator,
                                    yearly))
            listed, chain, counting = None, [], True
            continue
        elif (not remainder or listed_change or listed_rate) and (quantity.post or ((quantity.unit in _RATE_UNITS or PER_HEAD.search(before))
                                                  and CHANGE.search(trimmed)
                                                  and (plan or not REPORTED_CHANGE.search(before)))
                or quantity.unit in ("%", "‰") and trimmed.endswith(_RATE_NAMES) or goal_named):
            # 市（州）质控中心覆盖率90%以上: no verb, but a bar; 年均增长6.5%: no verb, but a change;
            # 帮扶措施落实率100%, …达标运行比例100%: a rate and its value; 实现…企业2.5万家目标: a count named a goal.
            subject = _subject(clean[floor: quantity.start])
            comparator = _comparator(None, quantity.post)
            chain = []
        elif quantity.unit in _COUNTED and trimmed.endswith("为") and (served := SERVED.match(clean, quantity.after)):
            # 每年为1000家以上中小企业提供免费诊断服务, 全年为1800名重度残疾人提供居家托养服务: a count of those served, maybe
            # its bar after it.
            found.append(_Found(quantity.start, f"为{served.group(1)}提供{served.group(2)}", quantity.value,
                                quantity.unit, _comparator(None, quantity.post), yearly))
            listed, chain, counting = None, [], False
            continue
        else:
            listed, chain, counting = None, [], False
            continue
        counting = False
        chain.append((len(found), subject, obj))
        found.append(_Found(quantity.start, subject + obj, quantity.value, quantity.unit, comparator, yearly))
        listed = (subject, comparator)
        _share_head_noun(found, chain)
    return found


# A whole broken down by place after 其中, each place with its share of one or more of the wholes before (全市计划改造
# 城镇老旧小区126个，涉及居民18600户。其中，澄江区42个、6200户，望海区35个、5100户; …85万亩，其中，澄江区30万亩，望海区25万亩):
# each share is its place's part of the whole in its unit, for the whole's year. The places are named alone (no verb, no
# other words), each share in the unit of a whole; a part of a whole that is no goal (常住人口32.5万人) has no whole here.
# So is a whole broken down by level, the level maybe with what it does (…抽检12万批次以上。其中，省级抽检1.2万批次，市级抽检
# 3.6万批次): that names the part.
_PARTS_OPEN = re.compile(r"其中[，：:]?")
_PART_LABEL = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:市|区|县|旗|镇|乡|街道)(?:（[\u4e00-\u9fff、]{1,6}）)?"
                         r"|[省市县区乡镇村]级(?P<doing>[\u4e00-\u9fff]{0,4})"
                         # (… or by kind, each named: …3万亩，其中喷灌、微灌面积1.1万亩，管道输水灌溉面积1.9万亩; a count, not
                         # an amount of money or a rate)
                         r"|(?P<kind>[\u4e00-\u9fff、]{2,16})")
_PART_SEPARATORS = re.compile(r"[，；]")
# A share may close with an aside on what it takes in (经济责任审计项目14个（含自然资源资产离任审计3个）): no share itself.
_SHARE_ASIDE = re.compile(rf"{_TAKES_IN}[^（）]*）$")
_WHOLE_PLACE = re.compile(r"^全[省市县区乡镇]")  # (the whole's place, which the part's replaces: 全市新增… → 澄江区新增…)


def _place_parts(sentence: str, wholes: list[Target], index: int) -> list[Target]:
    """The shares of ``wholes`` a sentence gives places, levels or kinds after 其中 (above)."""
    opening = _PARTS_OPEN.search(sentence)
    if opening is None or not wholes:
        return []
    parts: list[Target] = []
    for part in _PART_SEPARATORS.split(sentence[opening.end():].rstrip("。；;")):
        part = _SHARE_ASIDE.sub("", part)
        quantities = list(_quantities(part))
        label = _PART_LABEL.fullmatch(part, 0, quantities[0].start) if quantities else None
        if label is None or quantities[-1].after != len(part):
            return []
        for previous, quantity in zip([None, *quantities], quantities):
            # The shares of one place listed with 、 and nothing else (澄江区42个、6200户), or places listed with 、, each
            # with its share (集镇片区8600人、河谷片区7260人).
            gap = part[previous.after: quantity.start] if previous is not None else ""
            if gap not in ("", "、"):
                label = _PART_LABEL.fullmatch(part, previous.after + 1, quantity.start) if gap[0] == "、" else None
                if label is None:
                    return []
            whole = next((whole for whole in wholes if whole.unit == quantity.unit), None)
            if whole is None:
                return []
            named = label.group("doing") or label.group("kind")
            if named and (MONEY.match(quantity.unit or "") or quantity.unit in _RATE_UNITS):
                return []  # 其中，省级资金2630万元…: the sources of an amount; 其中，同比增长11.7%: no part
            indicator = label.group() + ("" if named else _WHOLE_PLACE.sub("", whole.indicator))
            parts.append(dataclasses.replace(whole, sentence=index, indicator=indicator, value=quantity.value,
                                             comparator=_comparator(None, quantity.post), text=sentence))
    return parts


# A part of a whole named by its year only, after 其中 or in the list after it (其中2026年30万亩、2027年28万亩).
_PART_YEAR = re.compile(r"(?:其中)?(\d{4})年")


# Things listed before 各 and one count (新认定省级创业孵化示范基地、返乡创业示范园区各10个): the count is each one's.
# (Not a list closed by 等, whose noun is shared by kinds it does not all name: 排烟、侦察、灭火等机器人各1台.)
EACH = re.compile(rf"(?P<items>[^各等]+(?:{_JOINS})[^各等]+)各$")


def _each(counted: str) -> list[str]:
    """What a count after it counts: each of a list before 各 (…基地、…园区各10个), or the whole. Grades share
    the last item's noun (省级和市级示范村各5个: 省级示范村, 市级示范村)."""
    found = EACH.fullmatch(counted)
    if not found:
        return [counted]
    items = _LIST_SPLIT.split(found.group("items"))
    noun = _graded_noun(items[-1])
    return [item + noun if item.endswith("级") else item for item in items]


def _graded_noun(last: str) -> str:
    """The noun a list of grades shares, after the last item's grade (市级临床重点专科 → 临床重点专科); "" for none."""
    return last.split("级", 1)[1] if "级" in last else ""


def _cut_baseline(text: str) -> str:
    """``text`` without the starting level of a change at its end (由2020年的45%)."""
    found = BASELINE.search(text)
    return text[: found.start()] if found else text


def _share_head_noun(found: list[_Found], chain: list[tuple[int, str, str]]) -> None:
    """不少于60个国家级、300个省级、400个市级临床重点专科: the last item's noun is every item's."""
    if len(chain) < 2:
        return
    tail = _graded_noun(chain[-1][2])
    if not tail:
        return
    for position, subject, obj in chain[:-1]:
        if obj.endswith("级"):
            item = found[position]
            found[position] = _Found(item.position, subject + obj + tail, item.value, item.unit,
                                     item.comparator, item.yearly)


def _object(scan: str, clean: str, quantity: _Quantity, following: _Quantity | None) -> str:
    """What a count counts: the words after its unit up to the next item (设立1所市级公立
    老年医院 → 市级公立老年医院); "" for a value at the end (床位数达到7.5张)."""
    end = following.start if following else len(scan)
    text = scan[quantity.after: end]
    if text.startswith("、"):
        return ""  # 储备帐篷不少于200顶、折叠床不少于500张: the count closes its item, the next item follows
    if following:
        lead = TARGET_LEAD.search(text)
        text = text[: lead.start()]
        joined = LIST_JOIN.search(text)
        text = text[: joined.start()] if joined else text
    obj = _strip(clean[quantity.after: quantity.after + len(text)])
    return obj[1:] if obj.startswith("的") else obj


# 分别 before the values a list of indicators takes, one each or one for all; and 均 before the one value a list of
# rates, counts or sizes all take (公共数据目录编制率、挂接率均达到100%, 签约率和网签备案率均达到100%, 马铃薯种植、收获机械化率均
# 达到45%, 数字产业化和产业数字化产业规模均达到7000亿级).
RESPECTIVE = re.compile(r"分别|(?<=[率数比量模])均(?=达到|不低于|不少于|保持在|稳定在|控制在|超过|高于|低于|在|为)")
# What 分别 gives each may be a grant (分别给予最高不超过533万元、673万元的奖励): no goals.
GRANTED_EACH = re.compile(rf"(?:给予|予以)|(?:{_PAYMENTS})")


def _each_sharing(text: str) -> bool:
    """Whether each item of the list closing ``text``, before 均, is a measure of its own (编制率、挂接率) or shares the
    head of the last (种植、收获机械化率: _shared_head); its items parted as _respective parts them."""
    subject = _subject(text)
    for separator in RESPECTIVE_SPLIT:
        parts = [part for part in separator.split(subject) if part]
        if len(parts) > 1:
            return all(part[-1] in "率数比量" for part in parts) or _shared_head(parts) is not None
    return False


# Numbers without a unit listed before the first value 分别 gives (分别不超过20、20、10、20个工作日: 20, 20, 10).
_BARE_LIST = re.compile(r"(?:(?<![\d.])\d+(?:\.\d+)?、)+$")
_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _bare_values(scan: str, end: int, values: list[_Quantity]) -> list[_Quantity]:
    """The numbers without a unit listed right before the first of ``values``, after 分别 (ending at ``end``)."""
    listed = _BARE_LIST.search(scan, end, values[0].start) if values else None
    if listed is None:
        return []
    return [_Quantity(end + found.start(), end + found.end(), float(found.group()), None, None)
            for found in _BARE_NUMBER.finditer(scan[end: listed.end()], listed.start() - end)]


def _sharing_last_unit(values: list[_Quantity]) -> list[_Quantity]:
    """The values 分别 lists, those before the last taking its unit where they have none or only its start, and its
    comparator (分别压缩至3个、4个工作日以内: 3 个工作日, at most; 分别不超过20、10个工作日)."""
    if not values or not values[-1].unit:
        return values
    last = values[-1]
    return [replace(value, unit=last.unit, post=value.post or last.post)
            if value.unit is None or value.unit != last.unit and last.unit.startswith(value.unit) else value
            for value in values]


def _respective(scan: str, clean: str, at: int, end: int, values: list[_Quantity]) -> list[_Found]:
    """床医比、医护比分别达到1:0.55、1:1.2 → one target per indicator, in order; over years
    (2023年、2024年、2025年分别改造老旧小区500个、400个、300个), one per year; one value that 分别 gives
    each indicator (二氧化硫、氮氧化物排放总量分别比2015年下降15%以上) → one target per indicator."""
    if not values:
        return []
    for left, right in zip(values, values[1:]):
        if not VALUE_JOIN.fullmatch(scan[left.after: right.start].strip(_FILLER)):
            return []
    if (over := _over_years(clean, at, end, values)) is not None:
        return over
    lead = TARGET_LEAD.search(scan[end: values[0].start])
    between = _strip(scan[end: values[0].start])
    change = CHANGE.fullmatch(between) or COMPARED.fullmatch(between)  # 分别下降, 分别比2020年下降
    if not (lead.group("verb") or lead.group("pre_a") or lead.group("pre_b") or change or between in ("为", "是")) \
            and values[0].start > end:
        return []  # (分别为300公里、400公里: the values themselves)
    subject = _subject(clean[:at])
    # 起数和死亡人数比2023年分别下降15%、20%, 能耗和排放分别比2020年下降14.5%和18%: each indicator keeps the
    # change and what it is against.
    against = AGAINST.search(subject) if change else None
    if against:
        subject = subject[: against.start()]
    if change and not subject:
        return []  # 较2021年调查结果分别提高9个、10.7个…: no indicator of its own, a finding reported
    names: list[str] = [subject] * len(values)
    for separator in RESPECTIVE_SPLIT:
        parts = [part for part in separator.split(subject) if part]
        if (len(parts) > 1) if len(values) == 1 else len(parts) == len(values):
            names = _share_scope(parts)
            break
    else:
        if len(values) == 1:
            return []  # one value, one indicator: read as any other
    values = values * len(names) if len(values) == 1 else values
    if change:
        names = [name + (against.group() if against else "") + _strip(clean[end: values[0].start])
                 for name in names]
    pre = lead.group("pre_a") or lead.group("pre_b")
    return [
        _Found(value.start, name, value.value, value.unit, _comparator(pre, value.post), _yearly(scan, value.start))
        for name, value in zip(names, values)
    ]


_ATTAINED = re.compile(rf"(?:{_ATTAINING}|为|是)")
# A segment of years alone, before the comma of what they are years of (2024年、2025年、2026年，全区分别…).
_YEARS_ONLY = re.compile(r"(?:\d{4}年[、和及与]?){2,}")
# Years that 分别 distributes values over, closing what stands before it (2023年、2024年和2025年分别…), maybe
# with the whole they are counted over or the indicator itself after them (2025年、2026年、2027年全国分别…,
# 2024年、2025年、2026年，全市产业规模分别达到…: 全国, 全市产业规模 open the indicator).
YEARS_BEFORE = re.compile(r"(?:\d{4}年[、，,和及与]?){2,}(?P<scope>[^，,。；、\d]{0,30})$")


def _over_years(clean: str, at: int, end: int, values: list[_Quantity]) -> list[_Found] | None:
    """The targets of 分别 over as many years as values: what follows 分别 (its verb and object,
    改造老旧小区) in each year; None when 分别 follows no such years."""
    before = _strip(clean[:at])
    years = YEARS_BEFORE.search(before)
    numbers = re.findall(r"\d{4}", years.group()) if years else []
    if len(numbers) != len(values):
        return None
    what = _strip(clean[end: values[0].start])
    bar = BAR_AHEAD.search(what)  # 分别新增不少于5万人、6万人
    action = _subject(what[: bar.start()] if bar else what)
    # (The indicator may stand before the years, 全市算力总规模2025年、2026年分别达到…; a verb of attaining names nothing.)
    indicator = _subject(re.split("[：:]", before[: years.start()])[-1]) + (years.group("scope") or "") + \
        ("" if _ATTAINED.fullmatch(action) else action)
    pre = bar.group("pre") if bar else None
    return [_Found(value.start, indicator, value.value, value.unit, _comparator(pre, value.post), False, int(year))
            for year, value in zip(numbers, values)]


def _share_scope(parts: list[str]) -> list[str]:
    """Give every item of a 分别 list the per-capita scope of the first (每千人口) and the 数 of the last
    (每万人口全科医生和公共卫生人员数 → 每万人口全科医生数), else the head it shares (_shared_head)."""
    scope = PER_CAPITA.match(parts[0])
    if not scope and (shared := _shared_head(parts)):
        return shared
    counted = parts[-1].endswith("数")
    shared = []
    for part in parts:
        if scope and not part.startswith("每"):
            part = scope.group() + part
        if counted and not part.endswith(("数", "率", "比", "比例", "量")):
            part += "数"
        shared.append(part)
    return shared


# The words a measure ends with (…机械化率, …排放总量, …用户规模, …通关时间, …装机容量, …营业收入, …排放浓度): the head a list
# of its subjects shares (_shared_head).
_MEASURE_END = re.compile(r"(?:[率数比量值]|比例|比重|规模|面积|时间|时限|容量|装机|收入|浓度|产值|总额|资金|指数)$")


def _shared_head(parts: list[str]) -> list[str] | None:
    """The items of a list that share the measure after its last item (二氧化硫、氮氧化物排放总量 → 二氧化硫排放总量,
    氮氧化物排放总量; 高血压、糖尿病患者规范管理率; 线上办公、在线旅行预订、互联网医疗用户规模) and the words before its first
    (马铃薯种植、收获机械化率 → 马铃薯种植机械化率, 马铃薯收获机械化率), or None: where the first item is a measure of its own
    (编制率、挂接率, 起数和死亡人数), where what follows the last item is no measure (智能工厂、数字化车间、智能制造场景), or
    where a middle item is far longer than the first (小学、初中每百名学生拥有体育、艺术专任教师数: a list inside an item).

    The last item ends a word of its own: the first such end at least as long as the whole first item (糖尿病 for
    高血压), else the end as long as the first item's last word (收获 for 种植: the items are written alike)."""
    from .tokenize import cuts  # (here, not above: a pooled comparison's parent reads no targets and loads no aligner)

    first, last = parts[0], parts[-1]
    if len(parts) < 2 or _MEASURE_END.search(first) or any(len(part) > 2 * len(first) for part in parts[1:-1]):
        return None
    first_words, last_ends = cuts(first), [end for end in cuts(last) if len(last) - end >= 2]
    size = next((end for end in last_ends if end >= len(first)), None)
    if size is None:  # (and so is every item between: 许可、工程建设许可、施工许可、竣工验收…时间 is no such list)
        word = first_words[-1] - (first_words[-2] if len(first_words) > 1 else 0)
        size = word if word in last_ends and all(len(part) == word for part in parts[1:-1]) else None
    if size is None or not _MEASURE_END.search(last):
        return None
    lead, head = first[: max(len(first) - size, 0)], last[size:]
    return [first + head, *(lead + part + head for part in parts[1:-1]), lead + last]


# ---------------------------------------------------------------- small helpers


def _strip(text: str) -> str:
    return text.replace(_FILLER, "").strip()


def _subject(text: str) -> str:
    """An indicator's subject: without blanked deadlines, a label and leading connectives."""
    text = _strip(text)
    if label := LABEL.match(text):
        text = text[label.end():]
    while True:
        found = LEADING_WORDS.match(text)
        if not found or found.end() == 0:
            return text
        text = text[found.end():]


def _comparator(pre: str | None, post: str | None) -> str:
    if pre:
        return PRE_COMPARATORS[pre]
    if post:
        return POST_COMPARATORS[post]
    return "="


def _yearly(scan: str, position: int) -> bool:
    """Whether 每年 stands before ``position`` in ``scan``."""
    return _first_yearly(scan) + 2 <= position


@functools.lru_cache(maxsize=64)
def _first_yearly(scan: str) -> int:
    """Where the first 每年 of a segment stands (its length past the end when it has none): found
    once a segment, not once a quantity, so that a segment of thousands of quantities is read in
    linear time."""
    found = YEARLY.search(scan)
    return found.start() if found else len(scan)


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _number(text: str) -> float:
    if text[0].isdigit():
        return float(text)
    return _chinese(text)


@functools.cache
def _chinese(text: str) -> float:
    """Value of a Chinese numeral (两 → 2, 一百二十 → 120); ValueError when it is none."""
    small = _small_numeral(text)
    if small is not None:
        return small
    import cn2an  # only here: cn2an takes a third of a second to import and compile its patterns

    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, TypeError) as error:
        raise ValueError(text) from error


# The digits of Chinese numerals (两 is 2 before a measure word: 两所, 两个).
_DIGITS = {digit: value for value, digits in enumerate(("", "一", "二两", "三", "四", "五", "六", "七", "八", "九"))
           for digit in digits}


def _small_numeral(text: str) -> float | None:
    """The value of a numeral from 1 to 99 written the regular way (三, 两, 十, 十四, 二十, 三十五),
    as cn2an reads it (tests/test_targets.py checks every such form against it), else None.
    Nearly every numeral of a policy text is one: read here, they spare a process cn2an."""
    if len(text) == 1:
        return float(_DIGITS[text]) if text in _DIGITS else 10.0 if text == "十" else None
    tens, ten, ones = text.rpartition("十")
    if not ten or text.count("十") > 1 or tens == "两" or ones == "两":
        return None
    if (tens and tens not in _DIGITS) or (ones and ones not in _DIGITS):
        return None
    return float(10 * (_DIGITS[tens] if tens else 1) + (_DIGITS[ones] if ones else 0))


def format_value(value: Value, between: str = "–") -> str:
    """A target value as reports write it: 7.5, 50 (no trailing .0), 1:0.55, and a range with
    ``between`` its bounds (1–2; tables use 1~2, since Excel reads 1-2 as a date)."""
    if isinstance(value, tuple):
        return f"{format_number(value[0])}{between}{format_number(value[1])}"
    if isinstance(value, str):
        return value
    return format_number(value)


def format_number(value: float) -> str:
    """A number without a trailing .0 (50, 7.5)."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


# Two indicators name the same thing when they share a run of characters this long and at
# least this share of the shorter one: 二级以上综合性医院设立老年医学科的比例 and
# 全省二级及以上综合性医院设立老年医学科的比例 do; 二级以上中医医院设置康复（医学）科的比例
# and 二级以上综合性医院设立老年医学科的比例 share only 二级以上 and do not.
_SHARED_RUN = 4
_SHARED_SHARE = 0.4
# … and two rates (…率) only when what one rates is named in the other too (排查整改率 and 整改到位率;
# not 宜机化改造率 and 竣工验收合格率).
_RATE_END = "率"


def shared_run(first: str, second: str) -> int:
    """Length of the longest run of characters two indicators share."""
    from difflib import SequenceMatcher

    match = SequenceMatcher(None, first, second, autojunk=False).find_longest_match()
    return match.size


# Two indicators measure the same thing when their content words overlap at least this much
# (Dice of the word sets): 二级以上综合性医院设立老年医学科的比例 and 设老年医学科的二级及以上公立
# 综合性医院比例 share 0.80; 每万人口全科医生数 and 每万人口公共卫生人员数 only 0.67, and
# 每千人口康复病床数 and 全市每千人口医疗卫生机构床位数 0.36.
GROUP_OVERLAP = 0.7


class IndicatorGroups:
    """Targets of the same indicator written differently, given one group id as they come: a
    target joins the first group holding a target of the same unit whose indicator's words
    overlap its own by GROUP_OVERLAP or more, else starts a group (g1, g2 …, in order of first
    appearance). Same input order, same ids; no group joins two units."""

    def __init__(self) -> None:
        self._members: list[tuple[str | None, list[frozenset[str]]]] = []

    def group(self, target: Target) -> str:
        from .tokenize import words

        mine = frozenset(words(target.indicator)) or frozenset([target.indicator])
        for number, (unit, members) in enumerate(self._members, start=1):
            if unit == target.unit and any(_dice(mine, other) >= GROUP_OVERLAP for other in members):
                members.append(mine)
                return f"g{number}"
        self._members.append((target.unit, [mine]))
        return f"g{len(self._members)}"


def _dice(first: frozenset[str], second: frozenset[str]) -> float:
    return 2 * len(first & second) / (len(first) + len(second))


def direction(new: Value, old: Value) -> str:
    """raised, lowered or same: how the number ``new`` stands to ``old`` ("" unless both are numbers
    or ranges; a range counts by its middle). The direction is of the number, not of ambition:
    下降到10% from 15% is lowered."""
    first, second = _middle(new), _middle(old)
    if first is None or second is None:
        return ""
    return "raised" if first > second else "lowered" if first < second else "same"


def _middle(value: Value) -> float | None:
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, tuple):
        return (value[0] + value[1]) / 2
    return None


def same_indicator(first: str, second: str) -> bool:
    """Whether two indicators, as written, measure the same thing."""
    if not first or not second:
        return False
    if first.endswith(_RATE_END) and second.endswith(_RATE_END) \
            and first[-3:-1] not in second and second[-3:-1] not in first:
        return False  # two rates of one subject measure different things: 高标准农田宜机化改造率, …验收合格率
    run = shared_run(first, second)
    return run >= _SHARED_RUN and run >= _SHARED_SHARE * min(len(first), len(second))
