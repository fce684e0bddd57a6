"""Parse a normalised document text into its parts (GB/T 9704) and its clause tree."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from .errors import InputError
from .model import (INDICATOR_COLUMN, TABLE_CELL, TARGET_COLUMN, UNIT_LINE, YEAR_COLUMN, Agencies, Clause, Document,
                    Meta, Section, place_column, table_cells, transmitted_name)
from .normalize import SENTENCE_END
from .paragraphs import (CLOSING, DATABASE_LABEL, DOC_NUMBER, DOT_LEADER, DUTY_LABEL, FOOTNOTE_MARKS, FOOTNOTE_RULE,
                         LABEL_LINE, ORGAN_END, OWN_NUMBER, PORTAL_HEADER, PORTAL_LABEL, PORTAL_OPEN, SECTION, TERM_ENTRY,
                         bare_marker_at_end, paragraphs)
from .numbering import RANK, Marker, chinese_number, match_marker
from .tasks import OTHER_FIELD, assign, departments, is_task_header, task_rows

# 成文日期 alone on its line, in Arabic or Chinese numerals; 印发 dates end with 印发.
_DATE = (r"(\d{4}|[〇○零一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月"
         r"(\d{1,2}|[一二三四五六七八九十]{1,3})日")
DATE_LINE = re.compile(_DATE + "(印发)?")
# An organ's name alone on a line: issuer above the title or signature above the date.
ORG_LINE = re.compile(r"[\u4e00-\u9fff（）、]{2,40}(?:办公厅|办公室|人民政府|委员会|管委会|领导小组|厅|局|委)")
# … and in a signature above the date, a ministry's too (工业和信息化部 / 2023年10月16日), where a page's head names the site
# (中华人民共和国工业和信息化部 over its menus), no issuer.
SIGNATURE_LINE = re.compile(rf"{ORG_LINE.pattern}|[\u4e00-\u9fff]{{2,20}}(?<![全内外])部|[\u4e00-\u9fff]{{2,20}}署")
# 附注 such as （此件公开发布）, and the 抄送 / 印发 lines of the 版记.
# An attachment or appendix heading alone on its line (附件, 附件2, 附录, 附录A, 附表) opens the back matter
# too, and so does an attached table's with its title (附表：…任务分解表).
BACK_MATTER = re.compile(r"（此件[^）]*）|抄送[：:]|[\u4e00-\u9fff]{2,30}\d{4}年\d{1,2}月\d{1,2}日印发|附件(?:下载)?[：:]"
                         r"|附[件录表]\s*[\dA-Z一二三四五六七八九十]{0,3}$|附表\s*[\d一二三四五六七八九十]{0,2}[：:]"
                         # The closing formula of a notice, and the links of a web page (or of an
                         # official account's article: 往期推荐) after the text, maybe in brackets (【相关阅读】).
                         r"|特此(?:通知|通告|公告|函告|函复|批复)。?$"
                         r"|[【\[▼]?(?:相关新闻|相关阅读|相关链接|相关解读|相关文件|相关政策|延伸阅读|往期推荐|往期回顾|推荐阅读)[】\]▼]?"
                         r"\s*[：:]?$"
                         r"|【?(?:打印本页|关闭窗口)】?"
                         # A glossary after the text, the drafting notes published with a draft, and a bulletin's notes
                         # on its figures (附注： / 1．本公报中部分数据为初步统计数…).
                         r"|(?:附[：:]?\s*)?名词解释\s*[：:]?$|(?:关于.{2,80}的)?(?:起草|编制)说明$|附注\s*[：:]?$")
# (The rule over a text's footnotes, ——————, then ①…, the notes its ①… refer to, ends the body: FOOTNOTE_RULE.)
# 征求意见稿 and similar drafts.
DRAFT = re.compile(r"征求意见稿|送审稿|审议稿|讨论稿|草案")
# The note under a law's or a rule's title on when and by whom it was adopted, published or amended (题注:
# （2025年9月26日江西省第十四届人民代表大会常务委员会第十七次会议通过）, （…国务院令第76号发布…修订通过）): no part of the
# title a citation names. (An edition's year alone, 应急预案（2026年修订）, is one.)
_ADOPTION_NOTE = re.compile(r"（[^（）]*\d{4}年\d{1,2}月\d{1,2}日[^（）]*(?:通过|发布|公布|批准|修正|修订|施行)[^（）]*）$")
# A newspaper page running on past the document: news leads and captions.
NEWS = re.compile(r"本报讯|本报\d{1,2}日讯|（记者[\u4e00-\u9fff]{1,4}）|新华社[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日电|图片由")
# The lead of a newspaper print ends with …《标题》全文如下。
FULL_TEXT_FOLLOWS = re.compile(r"《([^》]+)》全文如下")
# Who issued it, as the news lead says: 中共中央办公厅、国务院办公厅印发了.
LEAD_ISSUER = re.compile(r"([\u4e00-\u9fff、]+?)(?:联合)?印发了")
# Responsibility notes after a clause: （牵头单位：市卫生健康委，责任单位：市发展改革委、市财政局）.
# (A unit's name in a note may hold a bracket of its own: 各市（州）人民政府, 各县〔市、区〕人民政府, OCR's 各县〈市、区〉.)
_INNER = r"(?:（[^（）]{1,20}）|〔[^〔〕]{1,20}〕|〈[^〈〉]{1,20}〉)"
_NAMES = rf"(?:[^（）]|{_INNER})"
# (Or in square brackets: 【责任单位：省民政厅、省财政厅】. The official answering for it may be named first, a person, no
# department: （责任领导：镇党委副书记王立军；责任单位：镇党建办）.)
# The note may say first which tasks it covers, the measures above it: （以上3项，牵头单位：…；配合单位：…）, （以上责任科室：…）.
_LEADER_FIELD = rf"(?:以上(?:[\d一二三四五六七八九十]{{1,3}}项)?[，、：:]?\s*)?" \
    rf"(?:(?:责任|牵头|分管|包保)领导[：:](?:[^（）；;]|{_INNER}){{1,40}}[；;]\s*)?"
RESPONSIBILITY_NOTE = re.compile(rf"（\s*{_LEADER_FIELD}({DUTY_LABEL.pattern}{_NAMES}*)）|【\s*({DUTY_LABEL.pattern}[^【】]*)】")
# How departments share a duty, written between their names and 负责 (X、Y按职责分工负责): no part of a name.
_SHARING = "按职责分工|按职责|分别|共同"
_ASIDE = re.compile(r"（[^（）]*[，,][^（）]*）")
# A role written after a unit's name inside a labelled note (…，各乡镇（街道）负责具体实施: the work it carries out).
NAMED_ROLE = re.compile(rf"(?:牵头|配合|参与|参加|(?:{_SHARING})?负责(?:具体)?(?:实施|落实|推进)?)$")
_LEAD_ROLES = ("牵头单位", "牵头部门", "主责单位", "主责部门", "牵头处室", "牵头科室", "牵头股室")
# The formula closing a list that makes its first named the lead (排在第一位的为牵头单位, 列第一位者为牵头部门, 下同).
_FIRST_LEADS = re.compile(r"(?:排在|列)?第一位(?:的|者)?为牵头(?:单位|部门)|下同")
# The same labelled note without brackets, closing a clause or standing as its own
# paragraph: …推进平台建设。责任单位：省发展改革委、省科技厅 (also after the leading official's
# line: 牵头领导：李XX（副镇长） / 责任单位：…).
BARE_RESPONSIBILITY_NOTE = re.compile(rf"(?:(?<=[。；）])|^)({DUTY_LABEL.pattern}(?:[^。（）]|{_INNER})*?)[。；]?$")
# A bracketed note of who is responsible, written as a sentence: （省工业和信息化厅负责）,
# （省发展改革委、省财政厅按职责分工负责）, （省科技厅牵头，省财政厅配合）, （省科技厅牵头）,
# （县民政局负责，县财政局配合）, （市就业服务中心负责，各县市区人社局落实）, （省大数据局牵头，省有关部门具体实施）; as
# State Council documents write them, （X、Y、Z等负责，列第一位者为牵头部门，下同） (or …负责。列第一位者为牵头单位，下同) and
# （X、Y共同牵头）; departments, then after a comma the
# governments (（市农业农村局、市人社局，各县市区人民政府负责）); and （X牵头，会同Y、Z等部门）, those worked with sharing.
# The ministries guiding a measure are named so too (（生态环境部、工业和信息化部指导）: the first leads, as with 负责),
# and those guiding the one carrying it out share it (（各街道办事处负责，区民政局指导）).
# A note making a body responsible for every task after it, not to be listed again (…，各市人民政府。以下均需各市人民政府
# 落实，不再列出): it shares every later clause that names departments (CARRIED_ON).
CARRIED_ON_WORDS = rf"以下[^，。；需]{{0,8}}需((?:[^，。；（）]|{_INNER}){{2,40}}?)(?:负责)?落实[，,]不再(?:一一)?列出"
# (The note may close with a field of another kind, as task lists give each measure its deadline: （市交通运输局牵头，
# 市商务局配合；完成时限：2025年12月底前）.)
_FIELD_AFTER = rf"(?:[；;，,]\s*(?:{OTHER_FIELD.pattern})[：:][^（）]*)?"
DUTY_NOTE = re.compile(
    rf"（((?:[^（），]|{_INNER}){{2,150}}?(?:(?<!牵头)(?<!负责)(?<!配合)，(?:[^（），]|{_INNER}){{2,60}}?)?)"
    rf"(?:(?:{_SHARING})?负责|(?<!的)指导)(?:[，。；](?:{_FIRST_LEADS.pattern}))*{_FIELD_AFTER}）"
    rf"|（((?:[^（），]|{_INNER}){{2,60}}?)(?:(?P<shared>{_SHARING})?负责(?=[，、；])|(?:共同)?牵头)"
    rf"(?:[，、；](?P<others>(?:[^（）]|{_INNER}){{2,150}}?)(?:配合|参与|参加|(?:{_SHARING})?负责|指导|具体(?=实施|落实)"
    rf"|(?=落实[）。]))"
    rf"(?:实施|落实|推进)?(?:。{CARRIED_ON_WORDS})?"
    rf"|[，、；]会同(?P<joined>(?:[^（）]|{_INNER}){{2,150}}?))?{_FIELD_AFTER}）"
)
# … and the same note written out as a sentence of its own, as ministries' joint measures close each measure or
# each part of it (…。中央组织部、人力资源社会保障部负责。): the departments it names are the clause's, the first
# leading; the subjects of its other sentences (各级机关事业单位要…, 市场监管部门会同…) are whom the measure asks,
# not the departments answering for it.
CLOSING_DUTY = re.compile(rf"(?<=[。；])([^，。；：（）]{{2,120}}?)(?:{_SHARING})?负责(?:[。；]|$)")
# Responsibilities written in the text, which stay in it: a lead named with 由 … 牵头 (or 共同牵头, several), with the
# units that join it (由省卫生健康委牵头，省发展改革委、省财政厅配合), or opening a sentence without 由
# (县住房城乡建设局牵头，县自然资源和规划局、县财政局配合，…); and a government unit as the
# subject of a duty at the start of a sentence or phrase (各级政府要高度重视…, 省直各相关部门要认真
# 履行职责, 各市州人民政府负责…，省卫生健康委负责统筹协调).
# (A name may hold the alias it goes by in brackets: 由市发展改革委（市营商环境建设局）牵头.)
TEXT_LEAD = re.compile(rf"(?:由|^|(?<=[。；！？]))((?:[^，。；：（）由]|{_INNER}){{2,60}}?)(?:共同)?牵头"
                       r"(?:[，、]([^，。；：（）]{2,80}?)(?:配合|参与|参加|按职责分工负责|共同负责|负责))?"
                       # … or named with 由 … 负责 (由市商务局负责，市工业和信息化局、市邮政管理局配合) or with 由 … 组织
                       # (此项工作由各设区市人力资源社会保障局具体组织), or with 由 … 归口管理 as internal-control rules
                       # assign a business to its office (政府采购业务由采购管理办公室归口管理). (Not 由 … 责令, the organ a
                       # law makes enforce a penalty, …的，由县住房和城乡建设局责令限期改正: its readers leave it out or doubt
                       # it.)
                       # Those named so may share it by their functions (由市科技局、市工业和信息化局按职责分工负责组织实施):
                       # the first leads, as with X、Y按职责分工负责 (by_function).
                       rf"|由(?P<charged>(?:(?!会同)(?:[^，。；：（）由]|{_INNER})){{2,60}}?)"
                       r"(?P<by_function>按照?(?:职责分工|各自职责))?(?:具体)?"
                       r"(?:负责(?!人|同志)|组织(?![者部])|归口管理)"
                       r"(?:[^，。；]{0,12}[，、](?P<supporting>[^，。；：（）]{2,80}?)(?:配合|参与|协助))?")
# A department and those it works with, written in the text: 省财政厅会同省地方金融管理局、…监管局建立…,
# 由省林业局会同省应急管理厅、省气象局制作…, 名录由省工业和信息化厅会同省大数据局发布, 市自然资源和规划局应当
# 会同…, 教育部将会同…: the first leads. Each name ends in an organ's word.
# (A bureau's section too: 局综合规划科.)
# A commission's 委, not where a discipline commission and the supervisory commission sharing its offices are named as
# one organ (市纪委监委): the name goes on.
_COMMISSION = r"委(?!监委)"
# An office's 办 (市政府办, 县防汛办), not the end of a verb of holding or running something (市科协每季度至少举办…, 承办, 督办).
_OFFICE = r"(?<![举创兴承主开申督代帮包领交转查协经首])办"
# A ministry's or a department's 部, not that of cadres (领导干部, 党员干部: people, no organ).
_MINISTRY = r"(?<!干)部"
# (… and 科协, 政协, people's organisations; a public institution named by its hall, 省档案馆, 县图书馆; not 科 before 协.)
_GOVERNMENT_WORD = (rf"(?:供销(?:合作)?社|政府|部门|委员会|{_COMMISSION}|厅|局|办公室|{_OFFICE}|室|{_MINISTRY}|署|管委会|单位"
                    rf"|所|站|队|海关|公司|(?<!公)司|银行|中心|救援机构|机关|{SECTION}(?!协)|(?<=[科政])协|馆)")
# A detachment of a disciplined service: the police's, the fire service's, an enforcement corps' (市公安局交通警察支队,
# 县消防救援大队, 市综合行政执法支队).
_DETACHMENT = "总队|支队|大队"
# A ministry's bureau may follow its name (国家发展改革委产业发展司, 市场监管总局标准技术管理司), a bank its branch
# (人民银行宜昌市分行), and fields may share the 部门 closing the list (会同发展改革、财政、国资、市场监管部门: _units).
# The people's organisations work with them too (会同市工商联, 省妇联, 市总工会, 市红十字会).
# (So do the supply and marketing cooperatives: 会同市供销合作社.)
_PEOPLE_BODIES = "工商联|妇联|残联|侨联|文联|科协|总工会|红十字会"
_PEOPLES = rf"(?:[省市县区]|自治区)(?:{_PEOPLE_BODIES}|供销(?:合作)?社)"
# (… or the places of a level, each: 由县农业农村局会同各乡镇（街道）落实管护主体, as a note names them. A name holds no
# frequency: 会同市科协每季度至少举办1次科技成果路演 names 市科协.)
_TOGETHER_UNIT = (rf"(?:(?:(?!每|至少)[^，。；：（）、]){{2,40}}?{_GOVERNMENT_WORD}"
                  rf"(?:[^，。；：（）、和及与等的\d]{{2,10}}?(?:(?<!公)司|局|[分支]行|{_DETACHMENT}))?"
                  rf"|{_PEOPLES}|各(?:[县区乡镇]|街道)+(?:{_INNER})?)")
_TOGETHER_UNITS = rf"(?:[^，。；：（）、\d]{{2,6}}、)*{_TOGETHER_UNIT}(?:[、和及]{_TOGETHER_UNIT})*"
TEXT_TOGETHER = re.compile(rf"(?:^|(?<=[。；！？，]))(?:[^，。；：（）]{{0,20}}?由)?([^，。；：（）由]{{2,40}}?)"
                           rf"(?:应当|应|要|将|须)?会同({_TOGETHER_UNITS})")
# (Not an account of how the document was made, the verb closed by 了: 市大数据局会同有关部门对…进行了梳理, 市公安局
# 会同有关部门制定了《办法》, 我局会同市统计局…对《行动计划》实施情况开展了中期评估. A reply's 发展改革委会同水利部研究提出了办理意见
# names who answers for the matter.)
_DRAFTED = re.compile(r"[^。；]*(?:(?:制定|起草|编制|出台|印发|修订|形成|开展|组织)了|进行了)")
# A sentence telling who attended a meeting (区水务局、区财政局…负责同志参加会议; 市委常委、市人大常委会…领导班子成员出席会议):
# those it names are there, with no duty.
_ATTENDED = re.compile(r"[^。；]*(?:出席|列席|参加)了?(?:会议|本次会议|座谈会|发布会|吹风会)")
# … and those it works with in a later phrase of its sentence (市工业和信息化局负责…日常工作，会同市科技局、
# 市财政局等部门制定…): the sentence's subject leads (TEXT_SUBJECT, TEXT_ACTOR).
# … or those that support it, named in a later phrase (市发展改革委牵头负责…，每年组织…，市财政局、市工业和信息化局按职责分工
# 配合; 由各街道办事处负责组织实施，区住房城乡建设局、区市场监管局按职责分工做好审批服务), or take part in what it leads
# (由省发展改革委牵头建立…联席会议制度，省交通运输厅、省商务厅等部门参加).
TOGETHER_AFTER = re.compile(rf"(?<=，)(?:必要时|视情)?会同({_TOGETHER_UNITS})"
                            rf"|(?<=，)({_TOGETHER_UNITS})(?:等部门)?(?:(?:按职责分工|按职责)|(?:分别)?(?:配合|协助|参加|参与)(?=[，。；]|$))")
# The subject of a duty may also be declared the body responsible (各区县人民政府是推进本辖区…的责任主体, 公安机关是养犬管理
# 工作的主管部门, 财务科是内部控制建设的牵头部门, …的归口管理部门), or lead a mechanism set up without 由 (建立国家发展改革委、
# 国家卫生健康委牵头，…参加的部际联席会议机制: the verb is no part of the name). Not a duty: 应 and 要 opening a word
# (应用, 应急, 要素, 要点: 坚持统筹布局、应用牵引 is none of a 局; after a department 应对 is 应 with 对, 主管部门应对…进行评估,
# but not in a division's name, 省生态环境厅应对气候变化处),
# and 负责人, a person. A law's departments
# doing their share by their functions (住房城乡建设、商务等部门按照各自职责，做好…) are subjects of a duty too.
_SUBJECT = rf"(?:^|(?<=[。；！？，]))(?!由)(?:建立|成立|组建)?((?:[^，。；：（）]|{_INNER}){{2,40}}?)"
# (… or that bears a responsibility: 各县（市、区）人民政府对本地区…负主体责任, …管委会负属地管理责任.)
TEXT_SUBJECT = re.compile(rf"{_SUBJECT}(?:要(?![素点求件])|应当|应(?![急用]|对气候变化)|负责(?!人)|牵头|按照各自职责|按照职责分工"
                          r"|(?:对[^，。；]{1,20}?)?负(?:[\u4e00-\u9fff]{1,4})?责任)")
RESPONSIBLE_BODY = re.compile(rf"{_SUBJECT}是[^，。；]{{0,30}}?(?:责任主体|主管部门|牵头部门|归口(?:管理)?部门)")
_SHARED_BY = re.compile(rf"(?:{_SHARING})$")
# … and a department opening a sentence with what it does, as plans assign a task (区应急管理局统筹储备…,
# 区防汛办每年至少组织…, 县人民政府成立…领导小组), or with when it must act (区防汛办接到…后，应…): the name
# opens with its place or level (省, 市, 县, 区, 乡, 镇, 国家, 国务院) or is a ministry's or a field's (教育部,
# 科技部, 自然资源和规划部门; the people's organisations too, 市总工会, 团市委), ends in an organ's word, and an action
# follows (a subdistrict's and an autonomous region's too: 街道社会事务办…, 自治区林业局每年对…), maybe after when it
# is taken
# (工业和信息化部在建设期满后组织开展评估, 财政部按规定统筹…, 科技部每3年对…组织评估, 科技司于…前组织…; when and how
# together: 市财政局在10个工作日内按规定审核…; how often: 市经济和信息化局每月通报…, 区应急管理局每季度…).
# What it vets, reports, sends, allocates, pays out, hands down, secures, allots and completes are duties too (审核, 通报,
# 报告, 派出, 调拨, 拨付, 调度, 下达, 保障, 安排, 完成: an emergency plan's steps, a grant's procedure
# (县商务局在收到申请材料后10个工作日内完成审核), 市应急管理局在1小时内书面报告…, 市自然资源局派出专业技术人员…, 县自然资源局
# 优先保障…用地), and so is what it applies to something (县政府督查室对重点工程实行…调度, 市市场监管局对食品企业开展抽检,
# 街道纪工委对…严肃问责). An emergency plan's step may name when, within what time and how (市疾控中心接报后2小时内派出…,
# 区应急管理局接报后30分钟内电话报告…).
# The action may be announced (水利部将…纳入考核, 各地各部门于每月5日前将…报送), given (人力资源社会保障部给予指导), what it
# strengthens, deepens or does together with others (教育部加强…统筹协调, 市场监管总局深化…监管, 科技部会同有关部门…), done
# in support (国家卫生健康委配合做好…) or by means of a thing it names first (自然资源部依托…平台建立…).
# Those acting so also include a government's office and its inspection office (市政府办公室, 县政府督查室), a township's
# stations (镇财政所, 街道财政所), a police or fire detachment (市公安局交警支队, 县消防救援大队), a development zone's
# bureaus, named after the zone (开发区财政金融局), the organs laws name by their field (消防救援机构, 公安机关, 公安派出所)
# and the sections of the bureau issuing its own plan, named after 局 (局安全监督科, 局办公室, 局运输管理科: _OWN_SECTION);
# GOVERNMENT_END tells which names are units.
_OWN_SECTION = r"局[\u4e00-\u9fff]{0,8}?(?:科|处|股|办公室|中心)"
# (Not a name after 由, which TEXT_LEAD reads: 由财政部门拨付事业经费的…单位 describes the units it funds; nor bodies named
# by their level, 各级相关部门承担…, 各级政府将…: none.)
TEXT_ACTOR = re.compile(rf"(?!由|各级)({_OWN_SECTION}"
                        r"|(?:[省市县区乡镇]|街道|自治区|国家|国务院|开发区|高新区)[^，。；：（）、]{1,18}?"
                        rf"(?:政府|{_COMMISSION}|厅|局|办|部门|{_MINISTRY}|署|中心|办公室|督查室|督导室|所|站|{_DETACHMENT})"
                        # (each place's, maybe with a bracketed insertion, named with no number, conjunction or verb between:
                        # 各市（州）农业农村局于每年12月10日前完成自查)
                        rf"|各(?:[^，。；：（）、\d和及与经要的]|{_INNER}){{1,14}}?(?:政府|{_COMMISSION}|厅|局|部门)"
                        rf"|[省市县区](?:{_PEOPLE_BODIES})|团[省市县区]委"
                        # (not a command set up for an emergency, 现场指挥部)
                        r"|[^，。；：（）、\d]{1,8}?(?:(?<![内全外本干细挥])部(?!门)|部门|署|总局|人民银行|(?<!公)司|机构|机关|派出所"
                        # (an institution's own offices by their names alone: 质控科每季度汇总…, 计划财务处对…)
                        rf"|{SECTION}|(?<![控参入持])股|(?<=[\u4e00-\u9fff]{{2}})处))"
                        r"(?=(?:在[^，。；：]{1,20}?(?:后|前|时|期间|内)|于[^，。；：]{1,20}?(?:前|后|底)|按照?(?:规定|职责)"
                        # (how often, and to whom: 省统计局按季度向省发展改革委、省能源局提供…)
                        r"|按(?:季度|月|年|周|半年)|向[^，。；：]{1,30}?(?=提供|报送|通报)"
                        r"|接(?:报|到[^，。；：]{1,20}?)后|\d{1,3}(?:个工作日|小时|分钟|天|日)内|电话|书面|年内|全年|年底前"
                        # (on what ground, maybe closed by a comma: 省财政厅根据公示结果下达资金, 市数据局根据经济社会发展需求，
                        # 会同数据提供单位编制…)
                        r"|根据[^，。；：]{1,20}?(?:，|(?=[\u4e00-\u9fff]{2}))){0,3}"
                        r"(?:统筹|组织|指导|督促|协调|建立|制定|编制|开展|组建|设立|成立|实施|推动|推进|做好|落实|引导|委托|确定"
                        r"|加强|深化|会同|审核(?!意见)|通报|报告|报送|提供|派出|调拨|拨付|调度|下达|(?:优先)?保障|安排|完成"
                        # (what it takes on: 市大数据中心承担…平台的建设、运行和维护; not 承担的…, what is taken on)
                        r"|承担(?!的)"
                        r"|对[^，。；：]{1,20}?(?:实行|开展|进行|实施|组织|严肃问责|问责|督查)"
                        # (… or those it holds to account named as a circumstance: 县纪委监委对恶意拖欠、虚报瞒报…的，依规依纪
                        # 严肃问责)
                        r"|对[^，。；：]{1,30}?的，[^，。；：]{0,8}?问责"
                        r"|每(?:[\d一两二三四五]?年|半年|季度|半?月|\d*(?:小时|日|天|周))|定期|及时|统一|依法|依规|将|配合|给予|依托"
                        r"|通过)"
                        # … or with when it must act, then its duty: 区防汛办接到预警信息后，应在30分钟内…, 市市场监督管理局
                        # 接到举报后应当在24小时内作出处理
                        r"|[^，。；：]{1,30}?[后时前]，?(?:应当|应|要|须))")
_DUTY_VERBS = ("要", "应", "负责", "牵头", "职责", "责任")  # what TEXT_SUBJECT needs to find anything
_SENTENCE_STOP = re.compile(f"[{SENTENCE_END}]")  # where TEXT_ACTOR may start after
# A bracketed insertion in a unit's name, left out of the name: 各省（自治区、直辖市）政府 → 各省政府.
_INSERTION = re.compile(r"（[^（）]*）|〔[^〔〕]*〕|〈[^〈〉]*〉")
# A government unit, as the subject of a written duty: not a hospital or an institution, which the
# text makes the object of policy (各级医院要… is a task for hospitals, not a department's duty).
# A township's stations are its departments (镇派出所, 镇水利站).
# The central bank and its branches are departments too (人民银行, 人民银行济南分行, 人行合肥中心支行).
# A ministry's own bureaus are its departments too (科技司, 信息通信发展司; not a 公司).
# So are the people's organisations State Council documents give duties to (共青团中央, 全国妇联, 中国残联, 全国工商联).
# So are the organs laws name by their field (公安机关, 税务机关, 国家安全机关; not 国家机关, 行政机关 or 党政机关, all
# of them, nor an organ named by its part in a procedure, 登记机关, 审批机关), the fire service (消防救援机构) and
# police stations (公安派出所); the detachments of the police, the fire service and enforcement corps (市公安局交通警察支队,
# 市消防救援支队); a commission named with its place in full (市发展和改革委员会, 省卫生健康委员会: not a residents'
# or owners' committee, 村民委员会, 业主委员会) and a safety committee (各县市区安委会). So are the sections of the bureau
# issuing a department's own plan, named after 局 (局安全监督科, 局办公室, 局运输管理科).
# (A government's office or its inspection office is one: 市政府办公室, 市通信发展办公室, 市政府督查室; a leading group's
# or a committee's or a headquarters' office, which its readers split on, is not: 领导小组办公室, 指挥部办公室, 县防指办公室.)
# (And the supply and marketing cooperatives, a government's agency for the countryside: 市供销合作社, 县供销社.)
GOVERNMENT_END = re.compile(rf"(?:政府|部门|委|厅|局|办|办事处|{_MINISTRY}|署|管委会|安委会|单位|海关|(?<!公)司|团中央|{_PEOPLE_BODIES}"
                            r"|供销(?:合作)?社"
                            rf"|(?<=[\u4e00-\u9fff]{{2}})(?:{_DETACHMENT})"
                            r"|(?<=[\u4e00-\u9fff]{2})(?:(?<!小组)(?<!作组)(?<!员会)(?<!挥部)(?<!指)办公室|督查室|督导室)"
                            rf"|(?<=[\u4e00-\u9fff]{{2}})(?:{SECTION}|(?<![控参入持])股|处)"
                            r"|(?<=[\u4e00-\u9fff]{2})(?<!国家|行政|党政|登记|审批|发证|执法|复议|批准|决定)机关|消防救援机构|派出所"
                            # (the courts and procuratorates, in their own documents and in a rule they share: 各级人民法院,
                            # 最高人民法院, 县人民检察院)
                            r"|人民法院|人民检察院)$"
                            r"|^(?:镇|乡|街道)[\u4e00-\u9fff]{1,10}[所站]$"
                            rf"|^{_OWN_SECTION}$"
                            r"|^各?(?:省|市|县|区|州|自治区|国家)[\u4e00-\u9fff]{2,12}委员会$"
                            r"|(?:人民银行|人行)(?:[\u4e00-\u9fff]{0,8}[分支]行)?$")
# What no unit's name holds: a verb or preposition shows the words before 要/负责 are a clause of
# their own (认真落实…部署, 材料真实性由申报单位…, 根据有关规定追究相关单位…), and a leading
# conjunction (且各单位, 经…) is not part of the name.
# (Nor does a word ending in 局 that is no bureau: 产业布局, 发展格局, 服务大局; nor 对 (toward) between
# two names, …会同有关方面研究制定对政府性融资担保…; nor an adverb, a request or a passive opening the words, 将政府…,
# 请你省有关部门…, 被审计署通报…的 (who was reported on), or a verb of setting up, 建立多部门协调机制 (多部门: several,
# no unit); nor those doing a thing named by it, 从事建筑垃圾运输的单位: firms; nor words introducing a list,
# 市应急管理局设下列内设机构; nor a party a report leaves unnamed, 平江县某花炮制造有限公司: a case criticised, named
# with 某; nor all of them, 省级以上园区全部.)
# The places of a level, each of them, standing for its governments or committees (（县委农办牵头，县农业农村局、各乡镇负责）,
# 各乡镇（街道）, 各县市区, 各村（社区）: named so in a note as a labelled note names them; and each region or place, as the
# centre names them: （工业和信息化部牵头，各地区负责）).
EACH_PLACE = re.compile(r"各(?:[省市州盟县区旗乡镇村]|街道|社区|苏木|嘎查|地区?)+")
_TOWARDS = re.compile(r"对(?!外)")
NOT_A_UNIT = re.compile(rf"落实|贯彻|根据|追究|按照?|依照|通过|围绕|利用|由|率|会同|下列|以下|如下|{_TOWARDS.pattern}|(?<!所)在"
                        r"|(?<!面)向|每[年季月周日]"
                        r"|^[且并和及或经将请被]"
                        r"|^(?:建立|健全|完善|构建|形成|协助|配合|督促|指导|协调)|多部门"
                        r"|[布格大开全]局$|全部$|的单位$|某")
# A unit named by its part in a procedure or a plan, as the subject of a written duty (申报单位应当…,
# 事发单位要…, 数据提供部门应当…, 各牵头单位要…, 各推荐单位要…: those putting applicants forward; 承办单位: who handles a
# citizen's request; 原审批部门: whose powers moved to an approval bureau; 各成员单位要…: a
# mechanism's members (but the lead departments of a mechanism it names are its units: 省“十强产业”协调推进机制
# 牵头部门); 社会单位: bodies in society; 供水单位, 电梯使用管理单位: the firms a law's duty falls on; 欠款单位, 收费单位,
# 见习单位, 用人单位, 监测单位, 集中处置单位, 预算单位: the parties a measure's rule falls on, by what they do), or only
# as a 单位 (各单位要…: an applicant, a firm or an office alike): no government department. (各相关部门要… names the
# departments as a body, and counts.)
ROLE_UNIT = re.compile(r"(?:申报|申请|推荐|依托|承担|提供|使用|事发|发生|施工|参建|报送|所在|(?<!机制)牵头|配合|责任|考核|成员|承办|原审批)"
                       r"(?:单位|部门)$"
                       r"|(?:建设|设计|勘察|监理|运营|项目|作业|权属|起草|指导|组织实施|被检查|餐饮|排污|揭榜|入选|试点|承包|社会"
                       r"|供水|供电|供气|供热|维护保养|使用管理|物业服务|实施|分包|总包"
                       r"|欠款|收费|见习|用人|用工|监测|处置|标注|经营管理|专营|排放|监管|发榜|预算)单位$"
                       r"|^(?:各|有关|相关|各有关|各相关)?单位$")
# Departments named as a whole, by no field of their own (有关部门, 各有关部门, 国务院有关部门, 各地区各部门).
BODY_AS_A_WHOLE = re.compile(r"(?:国务院|省直|市直|县直|[省市县区])?(?:各地区?)?(?:各|有关|相关|其他|各有关|各相关|其他有关)"
                             r"(?:部门|单位|方面)(?:和单位)?")
# A department as named in a list of agencies (省卫生健康委, 市委编办, 省政数局; a township's, 镇纪委, 镇督查办), or one of
# the centre's named without a place, as State Council documents list them (民政部, 文化和旅游部, 金融监管总局,
# 中国人民银行, 中国证监会, 中国民航局, 国务院国资委; not 全部, 中西部); a people's organisation too (省总工会、团省委、省妇联
# 组织开展…).
AGENCY = re.compile(
    rf"{_PEOPLES}|团[省市县区]委|"
    # (An office or a department of a party committee is named whole: 市委网信办, 县委组织部, not 市委.)
    r"(?:省|市|县|区|州)委[\u4e00-\u9fff]{1,5}?(?:办公室|办|部|室)"
    r"|(?:省|市|县|区|州|自治区|国家|乡|镇|街道)[\u4e00-\u9fff]{0,14}?"
    rf"(?:委员会|{_COMMISSION}|厅|局|办|{_MINISTRY}|院|署|中心|会|处|室|{_DETACHMENT})"
    r"|[\u4e00-\u9fff]{2,8}?(?<![全内局外总东西中南北干])部|[\u4e00-\u9fff]{2,8}?总局|海关总署|中国人民银行"
    r"|中国[\u4e00-\u9fff]{2,8}?[会局院]|中央[\u4e00-\u9fff]{1,6}?办|全国[\u4e00-\u9fff]{1,6}?联"
    r"|国务院[\u4e00-\u9fff]{1,8}?[委办室]"
    # (the central bank's branches: 中国人民银行江屿市分行, 人民银行宜昌市分行)
    r"|(?:中国)?(?:人民银行|人行)[\u4e00-\u9fff]{1,8}?[分支]行"
)
# Departments listed at a sentence's start before what they do (教育部、人力资源社会保障部、工业和信息化部加快…):
# the first leads, as in a bare list.
# (Not after a preposition: 在工业和信息化部、国家标准化管理委员会的指导下; nor a name cut inside its last word:
# …省科技厅及项目主管部 / 门.)
LISTED_ACTORS = re.compile(rf"(?!在|由|对|经|按|根据|会同|与|和)((?:(?:{AGENCY.pattern})、)+(?:{AGENCY.pattern}))"
                           r"(?:等(?:有关|相关)?部门)?(?=[\u4e00-\u9fff])(?![的和与等是门]|及(?!时))"  # (及时: in time)
                           # (not their heads, members of a group: …、县财政局主要负责同志为成员, …主要负责人任副组长)
                           r"(?!(?:主要|分管)?(?:负责同志|负责人|领导))")
# A short heading before the first 。 — longer first sentences are text, not titles.
_HEADING_MAX = 30

# Region and level from the issuer's name.
_REGION_RULES = (
    # The centre: the Party centre, the State Council and its ministries, commissions and bureaus (商务部, 交通运输部
    # 科技司, 教育部办公厅, 国家能源局, 国家卫生健康委, 中国人民银行, 最高人民法院), named without a place.
    (re.compile(r"中共中央|国务院|中办|国办|全国|^(?:国家|中国|最高人民|海关总署)"
                r"|^[^省市县区州盟旗镇乡]{1,8}?部(?:$|、|办公厅|[^省市县区州盟旗镇乡、]{0,10}司|[^、]{0,8}?部)"), "national"),
    (re.compile(r"^(北京市|天津市|上海市|重庆市)"), "provincial"),
    (re.compile(r"^(.{2,8}?(?:省|自治区))"), "provincial"),
    (re.compile(r"^(.{2,8}?(?:自治州|市|州|盟|地区))"), "municipal"),
    (re.compile(r"^(.{1,8}?(?:县|区|旗))"), "county"),  # 黟县, 滑县: a county's name may be one character
)


# A unit's place: the numbers of its ancestors and its own as written (2, 3 for （三） under 二、); an inserted article's
# number is its text (2, "9之一": 第九条之一 in chapter 二).
Path = tuple[int | str, ...]


@dataclass
class _Node:
    path: Path
    kind: str
    heading: str = ""
    parts: list[str] = field(default_factory=list)
    heading_sentence: str = ""
    """The heading as written, end mark included, when it was the first sentence of the text."""
    alone: bool = False
    """Whether that sentence was the whole of the unit's first paragraph."""


def parse_text(text: str, doc_id: str = "document", source: str = "") -> Document:
    """Parse a document text (already decoded) into a Document; errors name ``source`` (its
    path) when given, else the id."""
    paras = _split_opening(_join_bare_markers(_join_attachment_lists(_drop_contents(paragraphs(text)))))
    lead, paras = _split_lead(paras)
    start = _body_start(paras)
    if start is None:
        raise InputError(f"{source or doc_id}: no numbered clauses found (一、 （一） 1. …)",
                         "check that this is a policy document with numbered clauses")
    plan = _wrapped_plan_start(paras, start)
    if plan == start:
        front, bodies = paras[:start], [_trim_back_matter(paras[start:])]
    else:
        # A notice numbering its own requests before its signature, then the plan it transmits: the requests
        # are units, and the plan's go on after them, read as a document of their own, their ids marked where
        # they restart the numbering (CONVENTIONS).
        date = next(i for i in range(start, plan) if DATE_LINE.fullmatch(paras[i]))
        front = paras[:start] + paras[date:plan]
        bodies = [_trim_back_matter(paras[start:date]), _trim_back_matter(paras[plan:])]
    meta, preamble = _front_matter(front, lead)
    meta = replace(meta, **_signature(paras[start:], meta))
    nodes = [node for body in bodies for node in _clause_tree(_drop_footnotes(body))]
    if not nodes:  # what looked numbered was no unit (a table's 序号 column under a notice of one paragraph)
        raise InputError(f"{source or doc_id}: no numbered clauses found (一、 （一） 1. …)",
                         "check that this is a policy document with numbered clauses")
    clauses, sections = _build(nodes, preamble)
    clauses = _with_tasks(_with_attached_indicators(clauses, paras[start:]), paras[start:])
    if not clauses:
        raise InputError(f"{source or doc_id}: no numbered clauses with text found",
                         "check that this is a policy document with numbered clauses")
    cites = tuple(dict.fromkeys(
        number for number in (_doc_number(m) for m in DOC_NUMBER.finditer("".join(preamble)))
        if number != meta.doc_number
    ))
    return Document(id=doc_id, meta=replace(meta, cites=cites), clauses=_issuer_named(clauses, meta.issuer),
                    sections=sections)


# The issuer naming itself as it acts (我部将会同…, 由我委牵头, 我厅负责…): the organ signing the document, its name up to
# the word it calls itself by (我委 of 国家卫生健康委办公厅 is 国家卫生健康委), as its readers write it.
SELF_NAMED = re.compile(r"我([部委厅局办署])")


def _issuer_named(clauses: tuple[Clause, ...], issuer: str) -> tuple[Clause, ...]:
    """``clauses`` with the issuer's name for every 我部, 我委 … among their departments."""
    def named(unit: str) -> str:
        found = SELF_NAMED.fullmatch(unit)
        for organ in issuer.split("、") if found else ():
            if (end := organ.find(found.group(1))) >= 2:
                return organ[: end + 1]
        return unit

    def renamed(clause: Clause) -> Clause:
        agencies = Agencies(tuple(map(named, clause.agencies.lead)), tuple(map(named, clause.agencies.responsible)))
        return clause if agencies == clause.agencies else replace(clause, agencies=agencies)

    return tuple(map(renamed, clauses)) if issuer else clauses


# ---------------------------------------------------------------- table of contents

# The title of a table of contents: 目录, 目 录.
CONTENTS_TITLE = re.compile(r"目\s*录")
# An entry's page reference: 一、总体要求……3, （一）目标 ...... 12, 第一章 总则 · · · 1.
CONTENTS_PAGE = re.compile(r"\s*(?:[.…·．]\s*){2,}\d{0,3}\s*$|\s+\d{1,3}\s*$")
# A run of heading lines that all come again later is a table of contents even without a
# 目录 title when it holds at least this many entries (two could be a heading repeated).
_CONTENTS_MIN = 3
_DIGITS = "0123456789"


def _drop_contents(paras: list[str]) -> list[str]:
    """The paragraphs without a table of contents: after a 目录 title, the run of numbered
    heading lines (and dot-leader lines) that follows it, most of which open a paragraph later
    on; without a title, a run of at least _CONTENTS_MIN heading lines each of which does."""
    last = {_opening(para): i for i, para in enumerate(paras)}
    # (An entry whose page lost the space before it, as a Word file's tab does once spaces are folded, 第一章总则1, lists
    # the heading 第一章总则.)
    keys = [stripped if (stripped := key.rstrip(_DIGITS)) in last else key for key in map(_contents_key, paras)]
    for i, para in enumerate(paras):
        titled = bool(CONTENTS_TITLE.fullmatch(para))
        start = end = i + 1 if titled else i
        again, entries = 0, set()
        # The run ends where the body starts over: at an entry it listed already.
        while (end < len(paras) and keys[end] and keys[end] not in entries
               and (titled or last.get(keys[end], -1) > end)):
            again += last.get(keys[end], -1) > end
            entries.add(keys[end])
            end += 1
        # (Under a 目录 title, entries that all give their page after a dot leader are the contents, whether the
        # body repeats them or not: a 汇编's list of the documents it holds, their titles unnumbered below.)
        paged = all(DOT_LEADER.search(para) for para in paras[start:end])
        if titled and end > start and (2 * again >= end - start or paged) \
                or not titled and end - start >= _CONTENTS_MIN:
            return paras[:i] + paras[end:]
    return paras


def _contents_key(para: str) -> str:
    """A heading line as a table of contents lists it (page reference cut), else "". An
    unnumbered line with a dot leader (附件1：术语……) is an entry too."""
    if DOT_LEADER.search(para):
        return CONTENTS_PAGE.sub("", para) or para
    para = CONTENTS_PAGE.sub("", para)
    if match_marker(para) is None or len(para) > _BARE_HEADING_MAX or any(ch in para for ch in SENTENCE_END):
        return ""
    return para


def _opening(para: str) -> str:
    """A paragraph up to its first sentence end: the marker and heading of a numbered one."""
    return re.split(f"[{SENTENCE_END}]", para, maxsplit=1)[0]


# ---------------------------------------------------------------- front matter


def _split_lead(paras: list[str]) -> tuple[str, list[str]]:
    """Cut a newspaper lead (新华社…电 … 《标题》全文如下。) from the text."""
    for i, para in enumerate(paras[:12]):
        if match_marker(para):
            break
        if FULL_TEXT_FOLLOWS.search(para):
            return "".join(paras[: i + 1]), paras[i + 1:]
    return "", paras


# The list of attachments a notice names before its signature: 附件：1．…实施方案, its items
# numbered 1．2．… on the lines that follow.
ATTACHMENT_LIST = re.compile(r"附件(?:[：:]|(?=\s*1\s*[.．、]))")  # 附件：1．…, and 附件1.… without the colon
_ATTACHMENT_ITEMS = ("item", "subitem")


# The list's first item titled by a year (附件：1.2025年清溪县河湖长制工作要点), which reads as a decimal (1.2025).
_DATED_FIRST_ITEM = re.compile(r"1[.．](?=\d{4}年)")


def _join_attachment_lists(paras: list[str]) -> list[str]:
    """A notice's list of attachments kept on one line: 附件：1．《…实施方案》 / 2．《…清单》 (or
    附件： alone, then 1．…) names the documents attached, and its numbered lines are not clauses.
    Left apart, they would open the body before the signature, and the plan attached after it
    would be cut off as back matter. An item of the list is a title numbered 1．or （1） (a plan's
    own 一、 never is), without a sentence end, numbered on from the one before."""
    joined: list[str] = []
    last: int | None = None  # the number of the list's last item: 0 right after 附件：, None outside a list
    for para in paras:
        marker = match_marker(para)
        if last is not None and marker is not None and marker.kind in _ATTACHMENT_ITEMS \
                and marker.value == last + 1 and not any(ch in para for ch in SENTENCE_END):
            joined[-1] += " " + para
            last += 1
            continue
        last = None
        if listed := ATTACHMENT_LIST.match(para):
            first = match_marker(para, listed.end())
            last = 1 if first is not None and first.kind in _ATTACHMENT_ITEMS and first.value == 1 \
                or _DATED_FIRST_ITEM.match(para, listed.end()) else 0
        joined.append(para)
    return joined


def _join_bare_markers(paras: list[str]) -> list[str]:
    """A marker alone on its line joined with the title on the next line (PDF copies break
    `1.1` / `适用范围` and `一、` / `总体要求`, and put the marker at the end of the line before,
    after its last sentence: …反馈。5.4 / 社区就业与社会保障): a title is short, without a
    sentence end, a comma or a marker of its own. Online readers and web copies break every
    marker from its line, also over a title closed by its 。 (（一） / 扩大老年助餐服务。 / its
    text): a marker alone on its line takes such a title too (TITLE_SENTENCE)."""
    joined: list[str] = []
    for para in paras:
        start = bare_marker_at_end(joined[-1]) if joined and _is_title(para) else None
        if joined and start is None and TITLE_SENTENCE.fullmatch(para) and match_marker(para) is None \
                and bare_marker_at_end(joined[-1]) == 0:
            start = 0
        if start is not None:
            previous = joined.pop()
            joined.extend(([previous[:start]] if start else []) + [previous[start:].strip() + " " + para])
            continue
        joined.append(para)
    return joined


# A title written as a short sentence of its own, closed by its end mark: no comma, colon or other sentence inside.
TITLE_SENTENCE = re.compile(rf"[^{SENTENCE_END}，,：:]{{2,{_HEADING_MAX}}}[。！]")


def _is_title(para: str) -> bool:
    """Whether a paragraph is a title: short, without a sentence end, a comma or a marker of its
    own; or a standard's term with its English name (TERM_ENTRY)."""
    return (len(para) <= _HEADING_MAX and match_marker(para) is None
            and not any(ch in para for ch in SENTENCE_END + "，：:")) or bool(TERM_ENTRY.fullmatch(para))


# The outermost kinds of marker that may open a body glued to the prose before it.
_OPENING_KINDS = ("part", "chapter", "section", "outline1")
_SENTENCE_END_MARK = re.compile(f"[{SENTENCE_END}]")
# Where a body's first heading glued to the prose may open: after a sentence end, or after the colon a notice's points
# follow (…现就做好…工作通知如下：一、明确目标任务…, a copy that lost its line breaks).
_OPENING_AFTER = re.compile(f"[{SENTENCE_END}：]")


def _split_opening(paras: list[str]) -> list[str]:
    """The body's first heading glued to the end of the prose before it (…提出意见和建议。第1章
    总则) split off, so that the body starts there: the first of an outermost kind (第一部分,
    第一章, 一、), after a sentence end or a colon (_OPENING_AFTER), before any paragraph opens with a marker."""
    for i, para in enumerate(paras):
        if match_marker(para) is not None:
            return paras
        for end in _OPENING_AFTER.finditer(para, 0, len(para) - 1):
            marker = match_marker(para, end.end())
            if marker is not None and marker.kind in _OPENING_KINDS and marker.value == 1 and marker.end < len(para):
                return paras[:i] + [para[:end.end()], para[end.end():]] + paras[i + 1:]
    return paras


def _body_start(paras: list[str]) -> int | None:
    for i, para in enumerate(paras):
        marker = match_marker(para)
        if marker is not None and para[marker.end:]:
            return i
    return None


def _transmitted(paras: list[str]) -> str | None:
    """The name of the document a notice among ``paras`` transmits (关于印发《X》的通知 → X), if any; the
    notice's title may run over two lines (关于印发…发展 / 重点任务分工方案的通知)."""
    lines = [*paras, *(first + second for first, second in zip(paras, paras[1:]))]
    return next(filter(None, map(transmitted_name, lines)), None)


# The title of an attachment that is a plan of the notice, not a separate list or table (…项目清单, …评分细则,
# …申报表: CONVENTIONS).
_PLAN_TITLE = re.compile(r"(?:指南|方案|计划|意见|措施|办法|规划|要点)(?:（试行）)?$")


# Where the names of the documents a notice sends together are joined (…行动方案和…行动方案, 《X》《Y》, X、Y).
_SENT_JOINS = re.compile(r"》?(?:和|及|、)《?|》《")


def _wrapped_plan_start(paras: list[str], start: int) -> int:
    """Where the plan's units start when a notice numbers its own requests or points (现印发给你们，并提出
    以下要求：一、… 二、…) before its signature and date: after the date, when the plan's title stands there
    (the name a transmittal notice gives it, or any title under 附件: a 申报通知's attached 申报指南) and the
    plan is prose (two sentences or more; not a table of projects attached to the notice); ``start`` when
    there is no such plan."""
    date = next((i for i in range(start, len(paras)) if DATE_LINE.fullmatch(paras[i])), None)
    if date is None:
        return start
    plan = _body_start(paras[date + 1:])
    if plan is None or len(_SENTENCE_END_MARK.findall("".join(paras[date + 1 + plan:]))) < 2:
        return start
    before = paras[date + 1:date + 1 + plan]
    while before and BACK_MATTER.fullmatch(before[0]) and not _ATTACHMENT_HEADING.fullmatch(before[0]):
        before = before[1:]  # （此件公开发布）, 抄送：… between the date and the attachment
    transmitted = _transmitted(paras[:start])
    # (A notice may send several: 关于印发…行动方案和氢能产业发展行动方案的通知 — any of them may stand there. The title
    # may run over two lines: 澄州市妇女发展规划（2021—2030年） / 主要目标任务分解方案.)
    names = [name for name in _SENT_JOINS.split(transmitted.strip("《》")) if len(name) >= 6] if transmitted else []
    title = "".join(before[1:]) if before and _ATTACHMENT_HEADING.fullmatch(before[0]) else ""
    if any(name in para for name in names for para in (*before, title)) \
            or 2 <= len(before) <= 3 and _is_title(title) and _PLAN_TITLE.search(title):
        return date + 1 + plan
    return start


def _front_matter(front: list[str], lead: str) -> tuple[Meta, list[str]]:
    notice: list[str] = []
    front = [part for para in front for part in _split_addressees(para)]
    dates = [i for i, para in enumerate(front) if DATE_LINE.fullmatch(para)]
    if dates:
        # A transmittal notice (印发…的通知) wraps the plan: it ends with its
        # signature, date and 附注; the plan's own title follows.
        end = dates[-1] + 1
        while end < len(front) and BACK_MATTER.fullmatch(front[end]):
            end += 1
        notice, front = front[:end], front[end:]
    title_parts: list[str] = []
    preamble: list[str] = []
    notice_prose: list[str] = []
    issuers: list[str] = []
    notice_title = ""
    titled = False  # the title is complete
    fields: dict[str, str] = {}
    transmitted = _transmitted(front[:3])
    for para in notice + front:
        if transmitted and para.strip("《》") == transmitted and title_parts:
            # A notice without signature before the document it transmits (…请遵照执行。 / 某某建设指南（试行） / 1 总则):
            # the document's title is the title, not a line of the notice's text.
            notice_title, title_parts = notice_title or "".join(title_parts), [para]
            continue
        if (DATABASE_HEADER.fullmatch(para) or PORTAL_HEADER.match(para)) and not preamble:
            for key, value in _database_fields(para).items():
                fields.setdefault(key, value)
            # (A page's title above its fields is the title: the document's own below them says it again. Not what
            # stands above a line of the page's furniture, 【字体：大 中 小】【打印本页】, which holds no field.)
            titled = titled or bool(title_parts) and not _FONT_SIZES.match(para)
        elif (BREADCRUMB.match(para) or NAV_BAR.match(para) or SITE_NAME.fullmatch(para)) and not preamble:
            continue  # the page's path, menu and the site's name (禾丰县人民政府门户网站): no part of the title
        elif (occasion := SPEECH_OCCASION.fullmatch(para)) and title_parts and not preamble:
            fields.setdefault("date", _iso_date(occasion.group(1)))  # (a speech's: a work report's)
        elif SPEAKER.fullmatch(para) and title_parts and not preamble:
            continue
        elif ATTACHMENT_LIST.match(para) and not any(ch in para for ch in SENTENCE_END):
            continue  # the list of attachments after a notice's text (附件：…任务分工表): no prose, nor part of the title
        elif preamble or _is_prose(para):
            (notice_prose if para in notice and not preamble else preamble).append(para)
        elif OWN_NUMBER.fullmatch(para):
            fields.setdefault("doc_number", _doc_number(DOC_NUMBER.search(para)))
        elif DATE_LINE.fullmatch(para):
            fields.setdefault("date", _iso_date(para))
        elif ADDRESSEES.fullmatch(para):
            fields.setdefault("addressees", para[:-1])
        elif ORG_LINE.fullmatch(para) and not title_parts:
            if not notice_prose and "addressees" not in fields:  # above the title, not a signature
                issuers.append(para)
        elif para in notice:
            if name := transmitted_name(para):
                fields.setdefault("transmitted", name)
                notice_title = notice_title or para
        elif DRAFT.search(para) and para.startswith("（"):
            fields["status"] = "draft"
        elif (masthead := MASTHEAD.fullmatch(para)) and ORG_LINE.fullmatch(masthead.group(1)) and not title_parts:
            if not notice_prose and "addressees" not in fields:
                issuers.append(masthead.group(1))
        elif not BACK_MATTER.fullmatch(para) and para not in _MASTHEAD_WORDS and not titled:
            title_parts.append(para)
    if issuers:
        fields["issuer"] = "、".join(dict.fromkeys(issuers))
    title = "".join(title_parts) or fields.get("title", "")
    fields.pop("title", None)
    if published := fields.pop("published", ""):
        fields.setdefault("date", published)  # a portal's page date, when the document gives none
    title = _ADOPTION_NOTE.sub("", title) or title  # 江西省农村供水条例 is what a citation names, without its history
    found = DRAFT.search(title)
    if found:
        fields["status"] = "draft"
        title = re.sub(r"（[^（）]*(?:征求意见稿|送审稿|审议稿|讨论稿|草案)[^（）]*）", "", title)
    if lead:
        lead_title = FULL_TEXT_FOLLOWS.search(lead)
        title = title or (lead_title.group(1) if lead_title else "")
        issuer = LEAD_ISSUER.search(lead)
        if issuer:
            fields.setdefault("issuer", issuer.group(1))
    # The issuer named before 关于 in the title, or in the title of the notice wrapping the plan.
    for named in (title, notice_title):
        if "issuer" not in fields and "关于" in named and not named.startswith("关于"):
            fields["issuer"] = named.split("关于", 1)[0]
    title = title or fields.pop("transmitted", "")
    fields.pop("transmitted", None)
    meta = Meta(title=title, **fields)
    # The plan's own preamble; a notice's text when the plan it wraps has none.
    return replace(meta, **_region(meta.issuer)), preamble or notice_prose


# The occasion of a speech under its title (——2025年1月14日在某市第八届人民代表大会第五次会议上, in brackets too), and
# the speaker (某市人民政府市长　周明远, 县长　李春华): a work report's date and no part of its title.
SPEECH_OCCASION = re.compile(r"[—–\-]{0,2}\s*（?(\d{4}年\d{1,2}月\d{1,2}日)在[^。；]{2,60}?(?:会议|大会)上\s*）?")
SPEAKER = re.compile(r"[\u4e00-\u9fff]{0,30}?(?:省长|市长|县长|区长|州长|旗长|主席|主任)\s*[\u4e00-\u9fff·]{2,4}")
# The words of the masthead after the issuers' names: 山东省人民政府 / 文件, or on the line with them: 山东省人民政府文件
# (the issuers are read from that line; the masthead gives no title).
_MASTHEAD_WORDS = ("文件",)
MASTHEAD = re.compile(r"([\u4e00-\u9fff、 ]{2,60}?)\s*文件")
# A line longer than this without a sentence end is prose that lost its 。 (database copies),
# never a title: titles of the collection run to about 60 characters.
_TITLE_MAX = 80
# 主送机关: a list of organs ended by a colon, opening with 各 or 有关 (各省、自治区、直辖市
# 人民政府，国务院各部委、各直属机构：) or holding no comma (省直有关部门：).
ADDRESSEES = re.compile(r"(?:(?:各|有关)[^。；！？]{1,200}|[^。；！？，]{2,60})[：:]")
# 主送机关 glued to the first sentence of the text: 各市人民政府，省直各部门：为推动…
ADDRESSEES_LEAD = re.compile(r"((?:各|有关)[^。；！？：]{1,200}[：:])(?=\S)")


def _is_prose(para: str) -> bool:
    """A paragraph of text, not a title, number, addressee or signature line."""
    if any(ch in para for ch in SENTENCE_END):
        return True
    # A sentence that lost its 。, or one that introduces the clauses (…，制定本方案：, 现将…通报如下：,
    # …决定对《…》作如下修改：); not the addressees, however many (a ministries' joint opinion's runs past 100
    # characters: 各省、自治区、直辖市邮政管理局、发展改革委、财政厅（局）…，新疆生产建设兵团…：).
    return bool(LEAD_IN.search(para)) or "，" in para and (len(para) > _TITLE_MAX or para[-1] in "：:") \
        and not ADDRESSEES.fullmatch(para)


def _split_addressees(para: str) -> list[str]:
    found = ADDRESSEES_LEAD.match(para)
    return [found.group(1), para[found.end():]] if found else [para]


def _signature(body: list[str], meta: Meta) -> dict[str, str]:
    """Issuer and date from the signature block (one organ a line above the date, or a
    closing 印发 line) when the front matter lacked them."""
    found: dict[str, str] = {}
    for i, para in enumerate(body):
        closing = PRINTED_BY.fullmatch(para)
        if closing:
            found.setdefault("date", _iso_date(para))
            found.setdefault("issuer", closing.group(1))
        elif DATE_LINE.fullmatch(para) and not para.endswith("印发"):
            organs: list[str] = []
            while i > len(organs) and SIGNATURE_LINE.fullmatch(body[i - 1 - len(organs)]):
                organs.insert(0, body[i - 1 - len(organs)])
            found["date"] = _iso_date(para)
            if organs:
                found["issuer"] = "、".join(organs)
            break
    if meta.date:
        found.pop("date", None)
    if meta.issuer:
        found.pop("issuer", None)
    elif "issuer" in found:
        found.update(_region(found["issuer"]))
    return found


# The closing line of the 版记: 山东省人民政府办公厅 2020年12月10日印发.
PRINTED_BY = re.compile(r"([\u4e00-\u9fff、]{2,40}?)\s*" + _DATE + "印发")


def _region(issuer: str) -> dict[str, str]:
    for pattern, level in _REGION_RULES:
        found = pattern.search(issuer)
        if found:
            region = "全国" if level == "national" else found.group(1)
            return {"level": level, "region": region}
    return {}


# The header of a law database's copy (北大法宝: 【发布部门】山东省人民政府办公厅 / 【发文字号】鲁政办字〔2024〕47号 /
# 【发布日期】2024.05.20 / 【时效性】现行有效 …, a field a line or several on one): what the document says about
# itself, no part of its title or text.
DATABASE_HEADER = re.compile(rf"(?:【(?:{DATABASE_LABEL})】[^【】]*)+")
_DATABASE_FIELD = re.compile(rf"【({DATABASE_LABEL})】([^【】]*)")
_DATABASE_DATE = re.compile(r"(\d{4})[.\-/年](\d{1,2})[.\-/月](\d{1,2})日?")
# Where one issuer ends and the next begins (烟台市工业和信息化局　烟台市财政局, the space lost): an organ's last
# character before a place's name.
_NEXT_ISSUER = re.compile(r"(?<=[局厅委办府部署司])\s*(?=[\u4e00-\u9fff]{1,6}?[省市县区])")


# A field of a portal's header (PORTAL_HEADER): its label, and its value up to the next …
_PORTAL_FIELD = re.compile(rf"({PORTAL_LABEL})\s*[】\]：:]\s*(.*?)\s*(?={PORTAL_OPEN}|$)")
# … the path of the page in its site above it (首页 > 政务公开 > 政策文件).
SITE_NAME = re.compile(r"[\u4e00-\u9fff]{2,30}(?:门户网站|政府网|政务网|官方网站)")
# … its buttons for the text's size (【字体：大 中 小】) …
_FONT_SIZES = re.compile(r"【?字体[：:]")
# … and its menu (首页 | 政务公开 | 政务服务 | …).
NAV_BAR = re.compile(r"首页\s*[|｜丨·]")
BREADCRUMB = re.compile(r"(?:首页|当前位置|您的位置|您现在的位置|您当前的位置)[：:]?\s*(?:首页)?\s*[>＞›»]")
# Each field read, under a database's name for it or a portal's.
_ISSUER_FIELDS = ("发布部门", "发布机构", "发文机关", "发文单位")
_NUMBER_FIELDS = ("发文字号", "文号")
# (A database's 发布日期 is the day the document was issued; a portal's, the day the page was: the document's own
# date, under its signature, comes first, _front_matter.)
_DATE_FIELDS = {"成文日期": "date", "发布日期": "published", "发布时间": "published", "生成日期": "published"}


def _database_fields(header: str) -> dict[str, str]:
    """The title, issuer, document number and date a database's header gives, or a portal's (PORTAL_HEADER)."""
    fields: dict[str, str] = {}
    database = bool(DATABASE_HEADER.fullmatch(header))
    for label, value in _DATABASE_FIELD.findall(header) if database else _PORTAL_FIELD.findall(header):
        value = value.strip()
        if label in _ISSUER_FIELDS and value:
            fields.setdefault("issuer", _NEXT_ISSUER.sub("、", value))
        elif label in _NUMBER_FIELDS and (number := DOC_NUMBER.search(value)):
            fields.setdefault("doc_number", _doc_number(number))
        elif label in _DATE_FIELDS and (date := _DATABASE_DATE.match(value)):
            key = "date" if database else _DATE_FIELDS[label]
            fields.setdefault(key, f"{int(date[1]):04d}-{int(date[2]):02d}-{int(date[3]):02d}")
        elif label == "标题" and value:
            fields.setdefault("title", value)
    return fields


def _doc_number(found: re.Match[str]) -> str:
    return f"{found.group(1)}〔{found.group(2)}〕{found.group(3)}号"


def _iso_date(line: str) -> str:
    found = DATE_LINE.fullmatch(line) or DATE_LINE.search(line)
    assert found is not None
    year, month, day = found.group(1), found.group(2), found.group(3)
    if not year.isdigit():
        year = "".join(str("〇一二三四五六七八九".find(ch.replace("○", "〇").replace("零", "〇")))
                       for ch in year)
    numbers = [int(part) if part.isdigit() else chinese_number(part) for part in (year, month, day)]
    return f"{numbers[0]:04d}-{numbers[1]:02d}-{numbers[2]:02d}"


# ---------------------------------------------------------------- body


# A note at a page's foot, opened by the circled number its text carries after a word (人工智能通识教育①融入…, “国培
# 计划”②, 300 EFLOPS① / … / ① 人工智能通识教育是指…), or under a line 注： (注： / ①EFLOPS是指… / ②…): no unit of the
# document, and no part of its text. (A paragraph enumerating inline, 包括①数据②算力, calls no note: it holds more than one.)
_NOTE_CALL = re.compile(f"(?<=[\u4e00-\u9fff”A-Za-z])[{FOOTNOTE_MARKS}]")
_CIRCLED = re.compile(f"[{FOOTNOTE_MARKS}]")
# … and a law database's call, a number in square brackets after the word or the sentence it annotates (…《岚江省水资源
# 条例》[1]，…, （三）停泊与保护水源无关的船舶。[3]), its note opening a line of the list under 注释： ([3] 参见…): the
# call is no part of the text (after an item's sentence it would make the sentence a title), the note no unit.
_BRACKET_CALL = re.compile(r"(?<=[\u4e00-\u9fff”》。；，：）])\[\d{1,2}\]")
_BRACKET_NOTE = re.compile(r"\[\d{1,2}\]")


def _drop_footnotes(body: list[str]) -> list[str]:
    called = {call.group() for para in body if len(_CIRCLED.findall(para)) == 1 for call in _NOTE_CALL.finditer(para)}
    called |= {call.group() for para in body for call in _BRACKET_CALL.finditer(para)}
    kept: list[str] = []
    notes = False  # under a line 注： that opens the notes, or among them
    for para in body:
        # (the line 注释： may have been joined to the first note after it: 注释： [1] 《…》…)
        label = next((label for label in _NOTES_LABELS if para.startswith(label)), "")
        note = para[len(label):].lstrip()
        mark = _BRACKET_NOTE.match(note)
        mark = mark.group() if mark else note[:1] if note[:1] in FOOTNOTE_MARKS else None
        notes = mark is not None and (notes or bool(label) or mark in called) or bool(label) and not note
        if not notes:
            kept.append(_BRACKET_CALL.sub("", para) if "[" in para else para)
    return kept


_NOTES_LABELS = ("注：", "注:", "注释：", "说明：")


def _trim_back_matter(body: list[str]) -> list[str]:
    """The body up to the signature, date, 附注, 抄送 or unrelated text that follows it."""
    end = len(body)
    for i, para in enumerate(body):
        if skip := _next_plan(body, i):
            return _trim_back_matter(body[:i]) + _trim_back_matter(body[i + skip:])
        if DATE_LINE.fullmatch(para) or BACK_MATTER.match(para) or NEWS.search(para) \
                or FOOTNOTE_RULE.fullmatch(para) and i + 1 < len(body) and body[i + 1][:1] in FOOTNOTE_MARKS \
                or NOTICE_TITLE.fullmatch(para) and i + 1 < len(body) and OWN_NUMBER.fullmatch(body[i + 1]):
            end = i
            break
    kept = body[:end]
    # Before a date: the signature; before news: the headlines of the next article. (A table closing
    # the body, a plan's indicators, is neither: two rows or more. A line of a page's footer may
    # hold a ' | ' of its own: 编辑：… | 审核：….)
    while kept and match_marker(kept[-1]) is None and not (len(kept) > 1 and TABLE_CELL in kept[-1]
                                                           and TABLE_CELL in kept[-2]) and (
        ORG_LINE.fullmatch(kept[-1]) or not any(ch in kept[-1] for ch in SENTENCE_END)
    ) and not RESPONSIBILITY_NOTE.fullmatch(kept[-1]) and not BARE_RESPONSIBILITY_NOTE.match(kept[-1]) \
            and not DUTY_NOTE.fullmatch(kept[-1]):  # (the last unit's note, written as a sentence: （X、Y按职责分工负责）)
        kept.pop()
    return kept


# The title of another notice, decision or reply over its own number (…关于做好2024年夏季高温中暑防治工作的通知 /
# 国卫办应急函〔2024〕201号), after the text: a copy that runs on into the next document.
NOTICE_TITLE = re.compile(r"[\u4e00-\u9fff（）、]{0,40}关于.{2,80}的(?:通知|意见|决定|批复|复函|函|通告|公告)")
# The heading of a second attachment (附件2): a notice that wraps several plans.
_LATER_ATTACHMENT = re.compile(r"附件\s*(?:[2-9]|[二三四五六七八九])")


def _next_plan(body: list[str], i: int) -> int:
    """When body[i] opens a further plan the notice wraps (附件2 / its title / maybe its opening
    paragraph, 为…制定本方案。 / 一、…), the lines to leave out before its first unit: the body goes
    on there, its numbering restarting. 0 when it opens none."""
    if not _LATER_ATTACHMENT.fullmatch(body[i]) or i + 2 >= len(body) or not _is_title(body[i + 1]):
        return 0
    first = match_marker(body[0])
    for skip in (2, 3):
        if i + skip >= len(body):
            return 0
        marker = match_marker(body[i + skip])
        if first is not None and marker is not None and (marker.kind, marker.value) == (first.kind, 1):
            return skip
        if marker is not None or not body[i + skip].endswith("。"):
            return 0  # only a paragraph of prose, the plan's opening, may stand before its first unit
    return 0


# A part's marker running on into a sentence (第三部分各项任务的分工如下，各责任单位要…): a part's title is short and holds
# no comma outside its brackets.
PART_IN_PROSE = re.compile(r"[^，。（）\s]{4,}，")


class _Markers:
    """The marker opening each paragraph of a body, as the numbering so far reads it: the one
    match_marker finds (none on a table's row), a digit glued to an item's or an outline unit's
    text or typed with a comma for its dot, and a bare outline number refused where the document
    has no outline."""

    def __init__(self, body: list[str]) -> None:
        self.body = body
        self._heads: set[int] | None = None  # the numbers that the document's 2.1 … restate

    def of(self, para: str, stack: list[_Node], last_value: dict[str, int]) -> Marker | None:
        marker = match_marker(para) if TABLE_CELL not in para else None
        if marker is None and (glued := DIGIT_AFTER_ITEM.match(para)) and _item_follows(int(glued[1]), stack, last_value):
            marker = Marker("item", int(glued[1]), glued.end())
        if marker is None and (slip := ITEM_COMMA.match(para)) and _item_follows(int(slip[1]), stack, last_value):
            marker = Marker("item", int(slip[1]), slip.end())
        if marker is None and (glued := OUTLINE_GLUED_TEXT.match(para)) and last_value.get("outline1") == int(glued[1]) \
                and int(glued[2]) in (1, last_value.get("outline2", 0) + 1):
            marker = Marker("outline2", int(glued[2]), glued.end(), (int(glued[1]), int(glued[2])))
        if marker is not None and marker.kind == "part" and PART_IN_PROSE.match(para, marker.end):
            marker = None  # 第三部分各项任务的分工如下，…: a reference to a part, opening a sentence
        if marker is not None and marker.kind == "outline1":
            # A bare 1 总则 heads a decimal outline only in a document numbered 2.1 … (its own
            # section may have no subsections), and not beyond the last section so numbered.
            if self._heads is None:
                self._heads = {found.outline[0] for found in map(match_marker, self.body)
                               if found is not None and found.kind == "outline2"}
            if not self._heads or marker.value > max(self._heads) + 1:
                marker = None
        return marker


def _clause_tree(body: list[str]) -> list[_Node]:
    """The numbered units of a body, in document order, each with its path, heading and text."""
    nodes: list[_Node] = []
    stack: list[_Node] = []
    last_value: dict[str, int] = {}
    skipped: dict[str, int] = {}  # the number each kind's run skipped at its last unit
    box: _Box | None = None
    pending = list(reversed(body))
    markers = _Markers(body)
    sections_are_chapters = False  # 一、 heads articles (_sections_head_articles)
    para = ""
    while pending:
        # (A heading line ends as a sentence does: 第三篇　… / 第七章　…, chapters numbered on across an excerpt's parts.)
        after_sentence = not para or para[-1] in SENTENCE_END + "：" or _bare_heading_line(para) \
            or bool(_CLOSING_NOTE.search(para))
        para = pending.pop()
        marker = markers.of(para, stack, last_value)
        if box is not None and not BOX.match(para):  # (the next 专栏 opens a box of its own)
            if marker is None and (glued := DIGIT_AFTER_ITEM.match(para)):
                marker = Marker("item", int(glued[1]), glued.end())  # (the box's own items may open with a digit: 2.2026年…)
            if marker is None or not box.closed_by(marker, last_value):
                box.take(marker)
                if stack:
                    stack[-1].parts.append(para)
                continue
            box = None
        if BOX.match(para) and stack:
            box = _Box()
            stack[-1].parts.append(para)
            continue
        if marker is not None and marker.kind == "section" and sections_are_chapters:
            marker = replace(marker, kind="chapter")
        elif marker is not None and marker.kind == "article" and _sections_head_articles(stack, last_value):
            sections_are_chapters = True
            last_value["chapter"] = last_value.pop("section")
            for node in nodes:
                node.kind = "chapter" if node.kind == "section" else node.kind
        path = _outline_path(marker, stack, last_value) if marker is not None and marker.outline else None
        # The number a run skipped, right after (1. 3. 2., （一）（三）（二）: a typist's swap), numbers its unit as written.
        swapped = (marker is not None and after_sentence and not marker.outline
                   and marker.value == skipped.get(marker.kind))
        if marker is not None and (swapped or _follows_on(marker, last_value, after_sentence)) \
                and (path is None or path):
            while stack and RANK[stack[-1].kind] >= RANK[marker.kind]:
                stack.pop()
            last = last_value.get(marker.kind)
            if last is not None and marker.value == last + 2:
                skipped[marker.kind] = last + 1
            else:
                skipped.pop(marker.kind, None)
            if not swapped:  # (after the swap the run goes on from the larger number: 1. 3. 2. 4.)
                last_value[marker.kind] = marker.value
            rest = _unglue(para[marker.end:], stack, last_value, pending, marker.kind)
            path = path or (stack[-1].path if stack else ()) + (f"{marker.value}{marker.inserted}" if marker.inserted
                                                                  else marker.value,)
            node = _Node(path, marker.kind, *_split_heading(rest, marker.kind))
            node.alone = bool(node.heading_sentence) and not node.parts
            stack.append(node)
            nodes.append(node)
        else:
            para = _unglue(para, stack, last_value, pending)
            if _article_paragraph(stack):
                # The article's next paragraph (款), after its closed list of items: a sentence of its
                # own, though the article's lead-in before the items ends with ： (a line break ends a
                # sentence: split_sentences).
                stack.pop()
                para = "\n" + para
            if stack:
                stack[-1].parts.append(para)
    return nodes


def _article_paragraph(stack: list[_Node]) -> bool:
    """Whether a paragraph without a marker, coming now, is its article's next paragraph (款) rather
    than more of the article's last item: the items of an article (第二十三条　禁止下列行为：（一）…；
    …（五）…。) are one paragraph each, the last closed by 。, and what follows them (禁止向排水管网
    倾倒…。 / 有前款第（一）项情形的…) belongs to the article."""
    if len(stack) < 2 or stack[-2].kind != "article" or stack[-1].kind not in ("clause", "item"):
        return False
    item = stack[-1]
    return (item.parts[-1] if item.parts else item.heading_sentence or item.heading).endswith("。")


# The next item of a run whose text opens with a digit (2.5G+工业互联网…, 4.2025年底前…): read
# alone, a decimal number; after item 1 (or 3), item 2 (or 4); and item 1 right under the heading
# of a unit above items, a run that restarts (（四）精品旅游 / 1.2025年底前…).
DIGIT_AFTER_ITEM = re.compile(r"(\d{1,2})\.(?=\d)")


# The next item of a run typed with a comma for its dot (1.…；2.…；3，按时完成…: OCR's and typists' slip), or the
# first under a heading just opened (（一）…能级 / 1，做强整车制造。): only where it continues or opens the items (6，
# 各单位要… after item 3 is no item) and words follow (3，5年内…).
ITEM_COMMA = re.compile(r"(\d{1,2})[，,](?=[\u4e00-\u9fff])")


# A decimal number run straight into its text in a PDF copy of a standard (3.1在人工智能生成内容的
# 显示区域中，应…): a unit of the outline when it restates the open top unit (3.x under 3) and its
# numbering starts there or runs on, and the text opens with no measure (2.5倍, 1.5亿元 stay
# quantities).
OUTLINE_GLUED_TEXT = re.compile(r"(\d{1,2})\.(\d{1,2})(?=[\u4e00-\u9fff])(?![亿万千百倍个家元人次项年月日天%])")


def _item_follows(value: int, stack: list[_Node], last_value: dict[str, int]) -> bool:
    """Whether item ``value`` (whose text opens with a digit) continues the items or restarts them
    under a heading just opened."""
    if last_value.get("item") == value - 1:
        return True
    return value == 1 and bool(stack) and RANK[stack[-1].kind] < RANK["item"] and not stack[-1].parts


# Where a heading may follow glued in the same line: a sentence end, a colon, the closing
# bracket of a note.
_GLUE_AFTER = "。；！？：）"
_GLUE_POINT = re.compile(f"[{_GLUE_AFTER}]")


def _sections_head_articles(stack: list[_Node], last_value: dict[str, int]) -> bool:
    """Whether the first article stands under a bare section heading in a document without
    chapters (一、总　则 / 第一条…, a county's 细则): its 一、 play the chapters' part, and the
    articles nest under them."""
    return "chapter" not in last_value and "article" not in last_value and bool(stack) \
        and stack[-1].kind == "section" and not stack[-1].parts and bool(stack[-1].heading) \
        and not stack[-1].heading_sentence


def _outline_path(marker: Marker, stack: list[_Node], last_value: dict[str, int]) -> Path:
    """The path of a decimal outline unit, () when the number does not fit where it stands.

    Its number restates its ancestors' (2.4.1 under 2.4, 2.1 under 第2章, 二、, （二） or 2.):
    the parent's path ends with the number's first parts, and the unit's path is the parent's
    and the parts it does not restate (（二） at 3.2 holding 2.1 → 3.2.1). Without a parent the
    number is the path. The first of its kind is numbered 1, and a decimal that restates
    nothing open (2.5 亿元 opening a line of chapter 1) is text."""
    if marker.kind not in last_value and marker.value != 1:
        return ()  # 1.18 亿人次 opening a line: no outline starts at .18
    parent = next((node for node in reversed(stack) if RANK[node.kind] < RANK[marker.kind]), None)
    if parent is None:
        return marker.outline
    for restated in range(len(marker.outline) - 1, 0, -1):
        if parent.path[-restated:] == marker.outline[:restated]:
            return parent.path + marker.outline[restated:]
    return ()


# Kinds whose numbers may jump ahead in an excerpt (第九十八条 … 第一百条 of a code; 十二、 then
# 十九、 of measures quoted in part; （三） then （十一）): numbers written out with their own
# frame, which a sentence seldom opens with. Not 1. or （1）: a line opening 15、16日 or
# 3.5亿元 is prose.
_EXCERPT_KINDS = frozenset({"part", "chapter", "article", "section", "clause"})


# A note closing a paragraph after its last sentence (…覆盖率达到90%以上。（省工业和信息化厅负责）): the sentence has ended.
_CLOSING_NOTE = re.compile(rf"[{SENTENCE_END}]（[^（）]*）$")


def _bare_heading_line(para: str) -> bool:
    """Whether a paragraph is a numbered unit's bare heading (第三篇　加快构建…体系): a marker and a short title, no
    sentence end, comma or list (not 第一条 违反本办法的，依照第二十条、第二十一条和, a sentence a wrap broke)."""
    marker = match_marker(para) if len(para) <= _BARE_HEADING_MAX else None
    return marker is not None and bool(_BARE_TITLE.fullmatch(para[marker.end:].strip()))


def _follows_on(marker: Marker, last_value: dict[str, int], after_sentence: bool) -> bool:
    """A marker opens a clause when it follows on in its numbering, restarts at 1, or skips
    one number (copies lose a heading line: 一、 … 三、): a paragraph beginning 五、… in
    the middle of section 二 does not. A larger jump ahead (an excerpt) opens one of the
    _EXCERPT_KINDS after a paragraph that ends a sentence; after one that does not, the line is a
    reference carried over by a hard wrap (…依照第三十五条、第三十六条和 / 第三十七条的规定处理)."""
    last = last_value.get(marker.kind)
    if marker.inserted:  # 第九条之一 right after 第九条 (or 第九条之一)
        return marker.value == last
    return (last is None or marker.value in (1, last + 1, last + 2)
            or marker.value > last and marker.kind in _EXCERPT_KINDS and after_sentence)


def _unglue(text: str, stack: list[_Node], last_value: dict[str, int], pending: list[str],
            unit: str | None = None) -> str:
    """A heading glued to the end of a paragraph (…营造良好环境。（三）加强宣传。…): the
    text up to it; the rest goes back to ``pending`` as a paragraph of its own. Taken after a
    sentence end, a colon or a closing bracket (…负责）四、…): a marker that continues a
    numbering already running; after a sentence end also the first marker of a level below
    the open clause (…。（1）资产数据…), and after a colon when the list goes on in the
    paragraphs that follow (_list_goes_on). ``unit`` is the kind of the unit whose text after its
    marker ``text`` is (None for a paragraph without one)."""
    # (The first heading of either kind is the one cut at: a heading glued to its section's title,
    # 二、加快培育…主体（四）培育…企业。, comes before the items after a sentence end further on.)
    after_mark = _after_mark(text, stack, last_value, pending, unit)
    cut = _glued_to_words(text, last_value, after_mark, unit)
    if cut < len(text):
        pending.append(text[cut:])
        return text[:cut]
    return text


def _after_mark(text: str, stack: list[_Node], last_value: dict[str, int], pending: list[str],
                unit: str | None = None) -> int:
    """Where the first heading glued after a sentence end, a colon or a closing bracket starts
    (len(text) for none). A first child is of a kind below the unit whose text it is: 1.…三项工作：1.修订…；2.推动…
    is an enumeration inside item 1's sentence, and the 2. of the next paragraph is item 1's sibling, no sign that
    the list goes on."""
    for glue in _GLUE_POINT.finditer(text, 0, len(text) - 1):
        i, ch = glue.start(), glue.group()
        marker = match_marker(text, i + 1)
        if marker is None or marker.end >= len(text):
            continue
        follows = marker.kind in last_value and marker.value == last_value[marker.kind] + 1 \
            and not _inline_predecessor(text, i, marker)
        first_child = (marker.value == 1 and bool(stack) and RANK[marker.kind] > RANK[stack[-1].kind]
                       and (unit is None or RANK[marker.kind] > RANK[unit])
                       and (ch in SENTENCE_END or ch == "：" and _list_goes_on(marker, pending)))
        if follows or first_child:
            return i + 1
    return len(text)


def _inline_predecessor(text: str, end: int, marker: Marker) -> bool:
    """Whether the number before ``marker`` stands in ``text`` before ``end``, after a colon or a semicolon: an
    enumeration inside the sentence (按照以下程序进行：1．企业申报；2．初审推荐；3．评审；4．公示), whose next number
    continues it and not the run of units that happens to stand at that number."""
    return any((found := match_marker(text, mark.end())) is not None and found.kind == marker.kind
               and found.value == marker.value - 1 for mark in _ENUMERATION_MARK.finditer(text, 0, end))


_ENUMERATION_MARK = re.compile("[：；]")


def _glued_to_words(text: str, last_value: dict[str, int], end: int, unit: str | None = None) -> int:
    """Where the first heading glued straight to the words before it starts, if before ``end``;
    else ``end``."""
    for glued in _GLUED_MARKER.finditer(text, 1, end):
        i = glued.start()
        if not ("\u4e00" <= text[i - 1] <= "\u9fff" or text[i - 1] == "，") or text[i - 2:i] in _ATTACHMENT_WORDS \
                or text[i - 1] == "第":
            continue  # 附件1.…: an attachment's name; 安全第一、统筹规划: an ordinal (第一), no marker
        marker = match_marker(text, i)
        if marker is None:
            continue
        # (A unit's first child glued to its title starts its kind's numbering again: 三、加快工程建设进度（一）倒排工期，
        # …, the 二、's items before it numbered （一）（二）.)
        below_title = unit is not None and RANK[marker.kind] > RANK[unit] and _BARE_TITLE.fullmatch(text[:i])
        if marker.value == last_value.get(marker.kind, 0) + 1 and (
                below_title or _split_heading(text[marker.end:], marker.kind)[0]) or marker.value == 1 and below_title:
            return i
    return end


# A marker glued straight to the words before it (or after a comma), opening a title: a database
# copy that lost a line break and the 。 before it (…持续发展1.加强工作统筹谋划。…, …数字机关品牌
# 五、加速数字社会建设，推动…, …建设格局，17.提升智慧社区…). It must continue its numbering (or
# start it) and a title must follow (as _split_heading reads one); 附件1.… names an attachment.
# (Matched from the marker, its first character being rare, and the character before looked at after.)
_GLUED_MARKER = re.compile(r"(?:\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)(?=[\u4e00-\u9fff])")
_ATTACHMENT_WORDS = ("附件", "附表", "附图")


def _list_goes_on(marker: Marker, pending: list[str]) -> bool:
    """Whether the next paragraph opens with the second unit of ``marker``'s kind: a list
    introduced by a colon (具体包括：1）党员管理：… / 2）…) whose units stand as paragraphs, not
    an enumeration inside a sentence (一般包括：1）道路边界；2）交通基础设施；…)."""
    following = match_marker(pending[-1]) if pending else None
    return following is not None and following.kind == marker.kind and following.value == 2


class _Box:
    """A boxed panel (专栏): its numbered items are examples, not clauses of the document.
    It lasts until a marker that continues the document's own numbering and not the box's."""

    def __init__(self) -> None:
        self.kind: str | None = None
        self.last = 0

    def take(self, marker: Marker | None) -> None:
        if marker is not None and self.kind in (None, marker.kind):
            self.kind, self.last = marker.kind, marker.value

    def closed_by(self, marker: Marker, last_value: dict[str, int]) -> bool:
        if self.kind is None or RANK[marker.kind] < RANK[self.kind]:
            # (It may go on past a number, as the document's own markers may: an excerpt's 第三篇 after 第一篇.)
            return marker.kind in last_value and marker.value > last_value[marker.kind] \
                and _follows_on(marker, last_value, True)
        return (marker.kind == self.kind and marker.value != self.last + 1
                and marker.value == last_value.get(marker.kind, 0) + 1)


def _split_heading(rest: str, kind: str) -> tuple[str, list[str], str]:
    """(heading, body parts, heading sentence) of a unit's first paragraph after its marker.

    The heading sentence is the heading with its end mark when the heading was a sentence
    of the paragraph: a unit with nothing else is text, not a title (see _build)."""
    if kind in _UNTITLED:
        found = ARTICLE_TITLE.match(rest)
        if found:
            after = rest[found.end():].strip()
            return found.group(1) or found.group(2), [after] if after else [], ""
        if ARTICLE_TITLE_LINE.fullmatch(rest) and not STATEMENT.match(rest):
            return rest, [], ""  # 第一条　发放文旅消费券 / its text below
        if ARTICLE_TITLE_LINE.fullmatch(rest[:-1]) and rest[-1:] == "。" and not STATEMENT.match(rest):
            return rest[:-1], [], rest  # 第五条　支持企业做大做强。 over items: a title only over items (_build)
        return "", [rest] if rest else [], ""
    if term := TERM_ENTRY.fullmatch(rest):  # a standard's term: the term is the title, its English name text
        return term.group(1), [term.group(2)], ""
    # (A paragraph with no end mark is a bare title unless a label opens it, however long its departments: 各乡镇人民政府、
    # 街道办事处：承担…，具体任务如下： over its items.)
    if not any(ch in _HEADING_NOTE.sub("", rest) for ch in SENTENCE_END) and not LABEL_HEADING.match(rest) \
            and not _organs_label(rest):
        if len(_HEADING_NOTE.sub("", rest)) <= _BARE_HEADING_MAX and not (rest.endswith("：") and (
                LEAD_IN.search(rest) or _COMMA_LEAD_IN.search(rest) or STATEMENT.search(rest))):
            return rest, [], ""
        return "", [rest], ""
    rest = QUESTION_LABEL.sub("", rest, count=1)  # 1. 问：哪些人员可以申领？ — the question is the title
    found = _organs_label(rest) or LABEL_HEADING.match(rest) or HEADING_SENTENCE.match(rest)
    if found and found.re is LABEL_HEADING and LEAD_IN.search(found.group(0)):
        found = None  # 评价等级按以下规定确定： over its list: a line introducing it, no label
    if found and (found.re is _OPENING_LABEL or not STATEMENT.match(found.group(1) or found.group(2))):
        after = rest[found.end():]
        return found.group(1) or found.group(2), [after] if after else [], found.group(0)
    return "", [rest], ""


# A heading line closed by the note of who answers for its section (一、全力稳定和扩大就业岗位（责任单位：区人力资源和
# 社会保障局、…）, （三）推进生产方式转变（盟农牧局牵头，…按职责分工负责）) is a bare heading however long the note (its
# units take it: _build).
_HEADING_NOTE = re.compile(rf"(?:{RESPONSIBILITY_NOTE.pattern}|{DUTY_NOTE.pattern})$")
# Articles (第一条) carry no title, unless a bracketed one: 第一条【目的】, 第一条（适用范围）, on the
# article's line or alone on it above its text.
_UNTITLED = ("article",)
ARTICLE_TITLE = re.compile(r"[【\[［]([^】\]］]{1,12})[】\]］]|（([^（）]{1,10})）(?=\S|$)")
# … or a short title alone on the article's line, its text on the lines below (若干措施 written in articles:
# 第一条　发放文旅消费券): no mark at all, which a sentence of text would have.
ARTICLE_TITLE_LINE = re.compile(r"[\u4e00-\u9fff“”]{2,15}")
# A heading sentence: a unit's first sentence, short (a bracket of dates closing it apart: 重点攻坚阶段（5月21日—6月30日、
# 9月20日—11月15日）, a stage's) and ended by 。 — whatever it holds
# inside (（一）坚持市场主导，政府引导。充分发挥…). Longer first sentences are text (_HEADING_MAX).
_DATES_ASIDE = r"（[\d年月日底前—\-－~～至、，]{1,40}）"
# (A question is a title too, its ？ kept: 一、为什么要制定《办法》？ in a 解读 of questions and answers; so are the
# questions asked together, one after the other: 8. 问：企业如何申报享受政策？政策有效期多长？)
_QUESTIONS_MAX = 3
HEADING_SENTENCE = re.compile(rf"([^。！？；]{{1,{_HEADING_MAX}}}(?:{_DATES_ASIDE})?)。"
                              rf"|((?:[^。！？；]{{1,{_HEADING_MAX}}}？){{1,{_QUESTIONS_MAX}}})")
# A label ended by a colon: （二）主要目标：到2025年，… — short and without a comma.
# (It may hold a bracket: 启动阶段（2023年1月—6月）：, 医联体（医共体）建设：.)
LABEL_HEADING = re.compile(r"([^。！？；，：（]{1,12}(?:（[^（）。]{1,20}）[^。！？；，：（]{0,8})?)：")
# The label of a question in questions and answers (问：…？ 答：…): no title of its own.
QUESTION_LABEL = re.compile(r"^问[：:]\s*(?=\S[^。]*？)")
# A bare heading line (no sentence end at all) longer than this is text that lost its 。.
_BARE_HEADING_MAX = 40
# A unit of a lower level may be glued to such a title (五、加强党的建设和自身建设15.坚持用党的创新理论…，…: a copy
# that joined the paragraphs), whatever its own first sentence: the words before it hold no sentence's marks
# (_glued_to_words).
_BARE_TITLE = re.compile(rf"[^，。；：！？、]{{2,{_BARE_HEADING_MAX}}}")
# A first sentence that is a statement, not a title: a requirement with its subject left
# out (应具备…, 不得…; not the words 应急, 应用, 应对, 应变, 需求, 要素, 要点, 要求, 要件 opening a
# title), or with one (各地要…, 有关部门应…, 企业应当…, 同一企业同一项目不得…, 贵安集群要…, 各高校要…).
# And the closing formulas of a document (本措施自2024年1月1日起施行, 本办法由市科技局负责解释,
# 有效期3年), whatever unit they stand in. And an amendment's instruction (将第三条修改为：,
# 在第十二条后增加一条，…, 删去第四十三条中的“城市管理部门和”), which introduces or makes the change. And a goal set for a year
# (1.到2025年，产业结构调整取得明显进展。…): the sentence a target list opens with, not a title.
# And a rule's bound (公示期不少于5个工作日, 同一单位限报1个项目, 建设期为3年): a limit or a term set in numbers
# is a provision, and so is a count set before the sentence goes on (组建城乡学校发展共同体20个，实现乡村学校
# 全覆盖。, 新建社区多功能运动场8个、健身步道20公里。: a goal). And a sentence whose subject is an organ or a role
# unit that acts (省财政厅根据公示结果下达资金, 申报单位对申报材料的真实性负责): a title names a task, not who does it, or
# whose tasks it lists (县直部门目标任务); the 办 of a verb is no office (各环节办理时限, 各类事项办结, a title)
# (not …格局, 布局; not a question: 各部门在政策落实中如何分工？ is a 解读's title, and 如何 is no 如 of a condition: 如何推动
# 国产医疗装备推广应用？).
STATEMENT = re.compile(r"(?:应(?![急用对变])|须|需(?!求)|要(?![素点求件])|可以|不得|严禁|禁止)"
                       r"|(?:各|有关|凡|对于|如(?!何)|若)[^，]{0,12}(?:要(?![素点求件])|应(?![急用对变])|须|可)"
                       r"|.{0,12}(?:应当|必须|不得|严禁|禁止)"
                       r"|.{0,12}(?:集群|地区|园区|城市|企业|高校|学校|医院|机构|单位|部门|政府|[省市县区])(?:要|应)"
                       r"(?![素点求件急用对变])"
                       r"|(?:本|此)[^，。]{0,15}(?:自|由|解释)|有效期"
                       r"|将第[^，。：]{1,30}(?:修改|修订|调整|改)为|在第[^，。：]{1,12}(?:条|款|项)|删去第[^，。：]{1,12}(?:条|款|项)"
                       r"|(?:到|至)\d{4}年(?:底|末)?，"
                       r"|.{0,28}(?:(?:不少于|不低于|不超过|不高于|不多于)|限(?:报|申报)?|期(?:限)?为)[\d一两二三四五六七八九十]"
                       r"|[^，。]{2,20}\d+(?:\.\d+)?(?:个|家|所|项|名|座|处|万|亿|%)[，、]"
                       r"|(?:[^，。]{2,16}，)?[^，。]{2,20}率(?:达到|保持在?|控制在|提高到|提升到)(?:百分之|\d)"
                       # (a meeting's decision, 会议同意…方案。, and a classification a rule makes, 考核结果分为优秀、良好、
                       # 合格、不合格四个等次。)
                       r"|会议(?:同意|要求|决定|指出|强调|认为|审议|听取|研究)"
                       r"|[^，。]{0,12}分为[^，。]{2,30}[一二三四五六七八九十\d]+个?(?:等次|等级|档次|类别|类|级|档)$"
                       r"|(?![^。]*？)(?:(?:[省市县区乡镇]|各)[^，。；：（）、]{0,12}?(?:厅|(?<![格布大结当])局|委(?!员会)|办(?![理法事好结学])|政府|部门)"
                       r"|(?:申报|项目|承担|建设|运营|责任|申请)单位)(?=[^，。；：]{2})"
                       # (not one naming the organ's tasks: 县直部门目标任务, 各乡镇工作职责)
                       r"(?![^，。；：]{0,6}(?:任务|职责|分工)$)")
# A line that introduces a list (围护结构诊断应包括下列内容：, 主要包括：): text, not a title. So is a
# unit's first line that goes on past a comma to its colon (…安全防护设施，并做到：): a title ended by
# a colon holds no comma. (An addressee line does: 各省、自治区、直辖市人民政府，国务院各部委…：.)
LEAD_IN = re.compile(r"(?:包括|如下|下列|以下)[^，。：]{0,6}：$")
_COMMA_LEAD_IN = re.compile(r"，[^，。：]{1,12}：$")
# A boxed panel's opening: 专栏1 重点工程, 专栏一：…, 专栏 3.
BOX = re.compile(r"专栏\s*[\d一二三四五六七八九十]{0,3}(?![\u4e00-\u9fff]{0,2}[，。；])")


def _one_sentence(node: _Node, has_children: bool) -> bool:
    """Whether a unit without a title is one sentence, too long for a title (一、请各单位于…前将…报…。)."""
    text = "".join(node.parts)
    return not node.heading and not has_children and text[-1:] in SENTENCE_END \
        and sum(text.count(mark) for mark in SENTENCE_END) == 1


def _build(nodes: list[_Node], preamble: list[str]) -> tuple[tuple[Clause, ...], tuple[Section, ...]]:
    clauses: list[Clause] = []
    sections: list[Section] = []
    seen: set[str] = set()
    if preamble:
        clauses.append(_clause("0", 0, "", _body(preamble), labelled=False))
        seen.add("0")
    repeats: dict[tuple[str, str], int] = {}
    noted: dict[Path, Agencies] = {}  # the departments a section's heading names
    carried: tuple[str, ...] = ()  # those a note made responsible for every later task (CARRIED_ON)
    has_children = [i + 1 < len(nodes) and len(nodes[i + 1].path) > len(node.path)
                    and nodes[i + 1].path[: len(node.path)] == node.path for i, node in enumerate(nodes)]
    # A unit of one sentence is text, not a title (below). So is the one sentence of a unit whose
    # other text is a paragraph after it, when its siblings are all units of one sentence: the
    # closing paragraph of a list (一、…。二、…。三、…。 / 各区、各部门要加强组织领导…) or a lead-in to
    # the next run of items stands after the last unit, it gives that unit no title.
    # (A unit's text that is only a note of who is responsible leaves the unit one sentence.)
    # (An article's short sentence alone on its line is a title only over items: 第五条　支持企业做大做强。 / 1.…;
    # over paragraphs it is the article's first 款: 第二十条　国家实行河长制。 / 河长制的具体办法…)
    # (Nor does the closing formula after the last unit: 七、删去第十九条。 / 本决定自2024年1月1日起施行。)
    # (Nor does the label of the next run of items, after the last unit: 6.…相适应。 / 策略措施： / 1.….)
    single = [bool(node.heading_sentence) and not has_children[i] and (
        not node.parts or _only_notes("".join(node.parts)) or node.kind in _UNTITLED
        or node.alone and CLOSING.match(node.parts[0]) or all(map(LABEL_LINE.fullmatch, node.parts)))
        for i, node in enumerate(nodes)]
    siblings: Counter[tuple[Path, str]] = Counter()  # units of a kind under one parent
    titled: Counter[tuple[Path, str]] = Counter()  # … and those of them not of one sentence
    for i, node in enumerate(nodes):
        siblings[node.path[:-1], node.kind] += 1
        titled[node.path[:-1], node.kind] += not (single[i] or _one_sentence(node, has_children[i]))
    ids: dict[Path, str] = {}  # the id each path was last given
    marks: dict[tuple[str, str], str] = {}  # the mark of the run of units of a kind under a parent, once restarted
    for i, node in enumerate(nodes):
        # A unit's id is its parent's and its own number: under a restarted unit (2', a second plan's
        # 二、) its children inherit the mark (2'.1).
        parent = ids.get(node.path[:-1]) or ".".join(str(n) for n in node.path[:-1])
        number = f"{parent}.{node.path[-1]}" if parent else str(node.path[-1])
        run = (parent, node.kind)
        clause_id = number + marks.get(run, "")
        if clause_id in seen:  # a numbering that restarts: the run's ids take a mark, 1', then 1'3 … (the n-th run)
            repeats[run] = repeats.get(run, 1) + 1
            marks[run] = "'" if repeats[run] == 2 else f"'{repeats[run]}"
            clause_id = number + marks[run]
        seen.add(clause_id)
        ids[node.path] = clause_id
        text, heading = _body(node.parts), node.heading
        group = node.path[:-1], node.kind
        if single[i] or (node.alone and not has_children[i] and siblings[group] > 1 and titled[group] == 1):
            text, heading = node.heading_sentence + text, ""  # a one-sentence unit: text, not a title
        # A note closing a section's heading (一、丰富体育消费供给（市体育局牵头，市商务局配合）) names
        # the departments of the clauses under it that name none of their own; so does one closing the
        # heading of a unit with text of its own over its tasks (（一）平台体系壮大行动（牵头单位：…） / 行动目标：… /
        # 1．…), and one that is all the text of a unit over its tasks (（一）保护传承彝族优秀传统文化 / 牵头单位：… /
        # 责任单位：… / 1.…).
        # (Not a label's bracket, the other name of the department it names: 县农业农村局（县乡村振兴局）：负责….)
        heading, note = (heading, "") if node.heading_sentence.endswith("：") else _heading_note(heading)
        inherited = next((noted[node.path[:end]] for end in range(len(node.path) - 1, 0, -1)
                          if node.path[:end] in noted), None)
        if note and has_children[i]:
            noted[node.path] = extract_agencies(note)[1]
        if text:
            clause = _clause(clause_id, len(node.path), heading, text + note, inherited)
            if has_children[i] and not clause.text and (clause.agencies.lead or clause.agencies.responsible):
                noted[node.path] = clause.agencies  # (its only text a note: （一）… / 牵头单位：… / 责任单位：… / 1.…)
            if carried and (clause.agencies.lead or clause.agencies.responsible):
                shared = clause.agencies.responsible + tuple(unit for unit in carried if unit not in
                                                             clause.agencies.lead + clause.agencies.responsible)
                clause = replace(clause, agencies=Agencies(clause.agencies.lead, shared))
            clauses.append(clause)
        else:
            sections.append(Section(clause_id, len(node.path), heading))
        if found := CARRIED_ON.search(text + note):  # (in a clause's text or note, or in a section heading's note)
            carried = tuple(_units(found.group(1)))
    return tuple(clauses), tuple(sections)


CARRIED_ON = re.compile(CARRIED_ON_WORDS)
# A heading closed by a bracket: （一）健全基本医疗保险制度（省医保局牵头，省财政厅配合）, or by a labelled note in
# lenticular brackets: （一）培育多层次平台体系【牵头单位：市经济和信息化局；配合单位：…】.
_HEADING_BRACKET = re.compile(rf"（(?:[^（）]|{_INNER})+）$|【[^【】]+】$")


# Longer texts hold more than notes (the longest note of the collection has 81 characters).
_NOTES_MAX = 300


# The points an item scores (（6分）), as a 目标责任书 or an assessment's rules give each task.
_SCORE_NOTE = re.compile(r"[（(]\d+(?:\.\d+)?分[）)]")


def _only_notes(text: str) -> bool:
    """Whether ``text`` is nothing but notes of who is responsible (bracketed or labelled) or of the points an item
    scores (_SCORE_NOTE)."""
    text = _SCORE_NOTE.sub("", text)
    return not text or len(text) <= _NOTES_MAX and ("（" in text or "：" in text) and not extract_agencies(text)[0]


def _heading_note(heading: str) -> tuple[str, str]:
    """(heading, note): a responsibility note closing a heading apart from it (task lists put it
    there, the body on the lines below); other brackets (（试行）) stay in the heading."""
    note = _HEADING_BRACKET.search(heading) if heading.endswith(("）", "】")) else None
    if note is not None and not extract_agencies(note.group(0))[0]:
        return heading[:note.start()], note.group(0)
    return heading, ""


def _body(parts: list[str]) -> str:
    """A unit's paragraphs as its text: run together (a paragraph is a copy's layout, not a unit of
    the text), but a table's row is kept apart from what stands around it by a line break, which
    ends a sentence (split_sentences): a row is a unit of its own, read by column (targets). A
    labelled note standing as a paragraph (牵头单位：市工业和信息化局 / 配合单位：… above the text), or closing one
    that more text follows, is closed as a bracketed one is, so that the text after it is no part of it."""
    pieces: list[str] = []
    row = False  # the last part was a table's row
    for number, part in enumerate(parts, 1):
        if DUTY_LABEL.match(part) and RESPONSIBILITY_NOTE.fullmatch(note := f"（{part.rstrip('。；')}）"):
            part = note
        elif number < len(parts) and (bare := BARE_RESPONSIBILITY_NOTE.search(part)) \
                and RESPONSIBILITY_NOTE.fullmatch(note := f"（{bare.group(1).rstrip('。；')}）"):
            part = part[: bare.start(1)] + note  # …典范。牵头单位：省委宣传部 / 本措施自印发之日起施行。
        part_row = TABLE_CELL in part
        if pieces and (row or part_row):
            pieces.append("\n")
        pieces.append(part)
        row = part_row
    return "".join(pieces)


def _clause(clause_id: str, level: int, heading: str, text: str, inherited: Agencies | None = None,
            labelled: bool = True) -> Clause:
    """A clause, its notes of who is responsible read off its text (``inherited``: the departments
    named over its section, when it names none; ``labelled``: whether a name opening the text with a colon is one, not
    the addressee line opening a preamble, 省教育厅：你厅来函收悉…, whom the document is sent to)."""
    text, agencies = extract_agencies(text)
    label = _labelled_by_organs(heading or _opening_label(text)) if labelled else None
    if labelled and not label and heading and text.startswith(_DUTY_OPENINGS) and _OFFICE_LABEL.fullmatch(heading):
        label = Agencies((heading,))
    if label and heading and text.startswith(_DUTY_OPENINGS):
        # The departments a unit is titled by are the subject its text leaves out (（二）镇农业农村办：负责…，会同镇派出所
        # 开展…): read with it, as the sentence it shortens, those it works with share.
        read = extract_agencies(heading + text)[1]
        agencies = _agencies(label.lead, label.responsible + read.lead + read.responsible)
    elif labelled and not agencies.lead and not agencies.responsible:
        agencies = label or inherited or agencies
    if labelled and len(duties := _duty_paragraphs(text)) > 1:
        # A division of duties written as paragraphs of the unit's text (县委宣传部：负责… / 县发展改革委：负责… under 成员
        # 单位职责): each department its paragraph opens with answers for its part, the first leading.
        agencies = _agencies(agencies.lead or duties[:1], (*agencies.responsible, *duties))
    return Clause(clause_id, level, heading, text, split_sentences(text), agencies)


# A paragraph opened by the departments it is about, as a label, and their duty (县水利局：负责…, 国网宜溪县供电公司：负责…,
# 县财政局：承担…), where the text has several: a division of duties written as paragraphs, not as units.
_DUTY_PARAGRAPH = re.compile(r"(?:^|(?<=[。；]))([^，。；：（）]{2,60}?)：(?=负责|承担|牵头|协助|配合|主要负责|组织|指导)")


def _duty_paragraphs(text: str) -> list[str]:
    """The departments the paragraphs of a division of duties open with, in order."""
    found = [_labelled_by_organs(paragraph.group(1)) for paragraph in _DUTY_PARAGRAPH.finditer(text)] \
        if "：" in text else []
    return [unit for label in found if label for unit in (*label.lead, *label.responsible)]


_DUTY_OPENINGS = ("负责", "牵头", "会同")  # a text opening with its duty, its subject left out
# An office or a bureau named without its organ, titling a unit whose text is its duty (（一）党政办公室：负责…,
# （二）经济发展局：负责…, （七）企业服务中心：负责…: a development zone's committee dividing its duties among its own).
_OFFICE_LABEL = re.compile(r"[\u4e00-\u9fff]{2,10}(?:局|中心|办公室)")


# A unit of a division of duties opened by the departments it is about, as a label (（一）省民政厅：负责…, 1. 市水利局、
# 市气象局：负责…): they answer for it, the first leading.
_OPENING_LABEL = re.compile(r"((?:[^，。；：（）]|（[^（），。；：]{1,20}）){2,60}?)：")
# Where such a name begins: a place (省, 市, 县, 各, 街道 …), unless it is a department as AGENCY names it; not a level,
# which names a kind of body (省级紧急医学救援队, 国家紧急医学救援队: a section on the teams a plan sets up). A place's
# government may be named by the place's own name (城关镇人民政府, 武侯区人民政府, 桃坪街道办事处).
_PLACED = re.compile(r"(?:[省市县区州乡镇](?!级)|各|自治区|街道)")
# (… and a township's stations by the township's name: 龙坪派出所, 龙坪供电所 titling a plan's division of duties; a customs
# house by its place's: 临州海关.)
_PLACE_GOVERNMENT = re.compile(r"[\u4e00-\u9fff]{1,10}(?:[省市县区州乡镇]人民政府|街道办事处)"
                               r"|[\u4e00-\u9fff]{2,4}(?:派出所|司法所|财政所|供电所|海关)")
# (… and a place's department by the place's own name, as its government is: 云溪县财政局, 滨港区自然资源和规划分局 titling
# the items of an agreement's article dividing each side's duties; not a task whose verb a label's colon follows, 建设区域性
# 养老服务中心：, 优化重组省重点实验室：; nor a community's self-governing committee, 社区居委会.)
_PLACE_PREFIX = re.compile(r"(?:(?!建设|优化|重组|组建|打造|培育|推进|加强|完善|创建|成立|设立|依托|支持)[\u4e00-\u9fff]){1,8}?"
                           r"(?=(?<!社)[省市县区州](?!级))")
# … or the issuing organ's own sections, by their names alone, when a unit is titled by one (（一）办公室：负责…,
# （三）投资项目审批股：负责…: a bureau dividing its duties among its sections).
_SECTION_LABEL = re.compile(rf"办公室|[\u4e00-\u9fff]{{2,12}}(?:股|处|{SECTION})")


def _opening_label(text: str) -> str:
    found = _OPENING_LABEL.match(text)
    return found.group(1) if found else ""


def _organs_label(text: str) -> re.Match[str] | None:
    """The label opening ``text`` when it names only the departments the unit is about, at any length: a title
    (（五）市住房和城乡建设局、市城市管理和综合执法局：按职责分工负责…), as a shorter label is (LABEL_HEADING)."""
    found = _OPENING_LABEL.match(text)
    return found if found and _labelled_by_organs(found.group(1)) else None


def _labelled_by_organs(label: str) -> Agencies | None:
    """The departments a unit's label names (省民政厅, 市住房和城乡建设局、市城市管理局), when it names nothing else."""
    units = _units(label) if label else []
    if units and all(_NAMED_COMPANY.fullmatch(unit) and not NOT_A_UNIT.search(unit) or _named_units([unit], ORGAN_END)
                     and not _NO_LABEL_UNIT.search(unit) and not BODY_AS_A_WHOLE.fullmatch(unit)
                     and (AGENCY.fullmatch(unit) or _PLACED.match(unit) or _PLACE_GOVERNMENT.fullmatch(unit)
                          or (place := _PLACE_PREFIX.match(unit)) is not None and AGENCY.fullmatch(unit, place.end())
                          or re.fullmatch(_OWN_SECTION, unit) or _SECTION_LABEL.fullmatch(unit))
                     for unit in units):
        return Agencies((units[0],), tuple(units[1:]))
    return None


# Not a unit a label names: a command set up for an emergency (区防汛抗旱指挥部, 乡镇防汛防台抗旱指挥机构: a plan's section
# on how it is made up), nor firms of a kind (各充电运营企业; only one named, _NAMED_COMPANY).
_NO_LABEL_UNIT = re.compile(r"指挥(?:部|机构)$|企业$")
# A company named as a unit of such a division of duties (国网株洲供电公司, 中国移动株洲分公司, 洛阳城市发展投资集团有限
# 公司: the utilities and state firms an emergency plan or a city's plan gives a share), by a name of its own before
# 公司 or 集团: not 有关公司, 相关企业, 项目公司 (a role).
_NAMED_COMPANY = re.compile(r"(?!(?:各|有关|相关|其他|项目|运营|建设|施工|物业))[\u4e00-\u9fff]{4,24}(?:公司|集团)")


def _named_units(units: list[str], end: re.Pattern[str] = GOVERNMENT_END) -> bool:
    """Whether every one of ``units`` is named as a unit ending in ``end`` (a government or its
    department; ORGAN_END: any organ), not by its part in a procedure or a plan (申报单位, 各牵头单位)."""
    return all(end.search(unit) and not NOT_A_UNIT.search(unit) and not ROLE_UNIT.search(unit) for unit in units)


# A clause referring to an attachment for its indicators (主要指标详见附件) holds the indicator table attached
# after the text (附件 / 潍坊市…主要指标 / 序号 | 指标 | 单位 | 2025年 | 2027年 …): its rows join the clause's text, as
# a table in the body stands in the clause above it. So does one referring to it for the tasks it allocates to places
# (各省（区）及兵团具体任务见附件 / 附件 / …任务分省表 / 单位：万亩 / 省（区） | 任务合计 | …), with the line giving the
# table's unit.
# (The reference may name which attachment, of several, and the goals it holds: 各县（市、区）年度目标任务见附件2,
# 分县（市、区）主要畜产品生产目标见附件.) So does one referring to it for its goals year by year (年度建设任务详见附件 /
# 附件 / 年度 | 新增公共停车泊位（个） | …), or for the scale of what it stocks (具体品种和2027年储备规模见附件 / 附件 / …储备目录 / 序号 |
# 类别 | 物资名称 | 单位 | 现有数量 | 2027年储备目标).
# (… or as the goals the attachment sets: 各乡（镇）入库项目数不少于附件2确定的任务数, 按附件下达的目标任务.)
_INDICATORS_ATTACHED = re.compile(r"(?:指标|任务|目标|规模|清单)[^。；，]{0,12}见附[件表]\s*([\d一二三四五六七八九十]{0,2})"
                                  r"|附[件表]\s*([\d一二三四五六七八九十]{0,2})(?:中)?(?:确定|明确|下达|分配|所列)的"
                                  r"[^。；，]{0,6}?(?:任务|目标|指标)")
# (… or a rectification list's, referred to as the list it is: 形成《…问题整改清单》（见附件）, 序号 | 问题 | 整改目标 | 整改措施 |
# 责任单位 | 完成时限: its rows' goals are the clause's; the problems as the inspectors found them, PROBLEM_COLUMN, are not.)
PROBLEM_COLUMN = re.compile(r"(?:存在|具体|主要)?问题(?:描述|表现|清单)?|问题类别|现状")
_ATTACHMENT_HEADING = re.compile(r"附件\s*[\d一二三四五六七八九十]{0,2}")
# … or an attached table's heading, maybe with its title (附表：溪南区2026年镇（街道）招商引资目标任务分解表).
_TABLE_ATTACHED = re.compile(r"附表\s*[\d一二三四五六七八九十]{0,2}(?:[：:][^。；]*)?")
_ATTACHMENT_NUMBER = re.compile(r"附[件表]\s*([\d一二三四五六七八九十]{0,2})")


def _with_attached_indicators(clauses: tuple[Clause, ...], paras: list[str]) -> tuple[Clause, ...]:
    """The clauses, the one that refers to an attached indicator table holding its rows: the only one saying the
    goals are there (各村目标任务详见附件1), else the only one referring to that attachment at all. (A clause working
    to the goals it sets, 按附件1确定的目标逐村推进, points to the table the first has placed.)"""
    referring = [(k, found[1] is not None, found[1] or found[2] or "") for k, clause in enumerate(clauses)
                 if (found := _INDICATORS_ATTACHED.search(clause.text))]
    for number in dict.fromkeys(number for _, _, number in referring):
        holders = ([k for k, placing, n in referring if n == number and placing]
                   or [k for k, _, n in referring if n == number])
        if len(holders) == 1 and (len(referring) == 1 or number):
            clauses = _holding_attachment(clauses, holders[0], number, paras)
    return clauses


def _holding_attachment(clauses: tuple[Clause, ...], holder: int, number: str, paras: list[str]) -> tuple[Clause, ...]:
    """The clauses, the ``holder``th holding the rows of the table attached as ``number`` ("" when unnumbered), if it is
    one of targets (of indicators, by place, by year) or a list of tasks."""
    opening = next((k for k, para in enumerate(paras)
                    if (_ATTACHMENT_HEADING.fullmatch(para) or _TABLE_ATTACHED.fullmatch(para))
                    and (not number or _ATTACHMENT_NUMBER.match(para)[1] == number)), None)
    if opening is None:
        return clauses
    header = next((k for k in range(opening + 1, min(opening + 4, len(paras))) if TABLE_CELL in paras[k]), None)
    cells = table_cells(paras[header]) if header is not None else []
    tasks = is_task_header(cells)
    if not (any(INDICATOR_COLUMN.fullmatch(cell) for cell in cells) and any(map(TARGET_COLUMN.fullmatch, cells))
            or place_column(cells) or cells and YEAR_COLUMN.fullmatch(cells[0]) or tasks):
        return clauses
    rows = list(itertools.takewhile(lambda para: TABLE_CELL in para, paras[header:]))
    problems = [column for column, cell in enumerate(cells) if PROBLEM_COLUMN.fullmatch(cell)]
    if problems and tasks:  # (a rectification list: each problem as found, no goal of the clause)
        rows = [TABLE_CELL.join(cell for column, cell in enumerate(table_cells(row)) if column not in problems)
                for row in rows]
    if UNIT_LINE.search(paras[header - 1]):
        rows.insert(0, paras[header - 1])
    text = "\n".join([clauses[holder].text, *rows])
    return (*clauses[:holder], replace(clauses[holder], text=text, sentences=split_sentences(text)),
            *clauses[holder + 1:])


# ---------------------------------------------------------------- agencies


def _with_tasks(clauses: tuple[Clause, ...], paras: list[str]) -> tuple[Clause, ...]:
    """The clauses with the departments the rows of task-division tables give them (tasks.assign),
    added to those their own notes and text name (a lead stays a lead)."""
    given: dict[str, list[Agencies]] = {}
    for row, clause_id in assign(task_rows(paras), clauses):
        note = departments(row)
        found = extract_agencies(note)[1]
        if "牵头单位" not in note:
            # (A row naming only who is responsible, 责任单位 | 区消防救援大队, leads nothing by itself: its first
            # department leads the clause only when nothing else does.)
            found = Agencies((), found.lead + found.responsible)
        given.setdefault(clause_id, []).append(found)
    if not given:
        return clauses
    result = []
    for clause in clauses:
        found = [clause.agencies, *given.get(clause.id, ())]
        lead = [unit for agencies in found for unit in agencies.lead]
        responsible = [unit for agencies in found for unit in agencies.responsible]
        result.append(replace(clause, agencies=_agencies(lead or responsible[:1], responsible)))
    return tuple(result)


def extract_agencies(text: str) -> tuple[str, Agencies]:
    """Remove responsibility notes from a clause's text and return them as Agencies.

    Forms: labelled notes (牵头单位：…，责任单位：…) in brackets anywhere in the text or bare
    at its end; notes written as a sentence (（X负责）, （X、Y按职责分工负责）, （X牵头，Y配合）);
    and a bare list of departments in the clause's final brackets (省卫生健康委、省教育厅，下同).
    Responsibilities written in the text are found as well and left in it (TEXT_LEAD,
    TEXT_SUBJECT). Where no lead is named, the first named unit leads.
    """
    lead: list[str] = []
    responsible: list[str] = []

    def labelled(note: str) -> None:
        named: list[str] | None = responsible
        # (A bracket inside the note that holds a comma is an aside, not a list: 各区县人民政府（含代管镇办的功能区
        # 管委会，下同）.)
        note = _ASIDE.sub("", note)
        # (Two labelled lines run together in the text: 牵头部门：X配合部门：Y.)
        for part in re.split(rf"[，；;,]|(?={DUTY_LABEL.pattern})", note.split("。")[0]):
            if _FIRST_LEADS.fullmatch(part.strip()):
                continue  # (…，排在第一位的为牵头单位: the first named leads, as without it)
            role, colon, names = part.replace(":", "：").partition("：")
            if colon:  # 牵头单位：X，Y；责任单位：Z — a part without a label goes on the list before it
                # (a field of another kind, 完成时限：2027年12月底前, names no one, nor what follows it unlabelled)
                named = None if OTHER_FIELD.fullmatch(role.strip()) else lead if role.strip() in _LEAD_ROLES \
                    else responsible
            if named is None:
                continue
            names = names if colon else role
            # A part may close with its own role (责任单位：省发展改革委牵头，省商务厅按职责分工负责); a sentence after
            # the list names no unit (…，各市人民政府。以下均需各市人民政府落实，不再列出).
            own = NAMED_ROLE.search(names)
            # 责任单位：X会同Y: X leads, Y shares, as in （X会同Y负责）.
            first, together, joined = (names[: own.start()] if own else names).partition("会同")
            if together:
                lead.extend(_units(first))
                responsible.extend(_units(joined))
                continue
            units = _units(first)
            (lead if own and own.group() == "牵头" else responsible if own else named).extend(units)

    def duty(found: re.Match[str]) -> str:
        # （X会同Y负责）: X leads, Y shares, as （X牵头，Y配合）.
        named, together, joined = (found.group(1) or "").partition("会同")
        units = _units(named if together else found.group(1) or found.group(2))
        # (Those after the lead may each say their part: （X牵头，Y配合，各县（市、区）人民政府负责落实）.)
        after = found.group("others") or found.group("joined") or ""
        # (… and each part is a list of its own: 各县（市）、区人民政府，各开发区管委会 — the governments of each county and each
        # district, then the zones' committees.)
        others = _units(joined) if together else \
            [unit for part in re.split("[，；]", after) for unit in _units(NAMED_ROLE.sub("", part))]
        if not all(ORGAN_END.search(unit) or EACH_PLACE.fullmatch(unit) for unit in units + others):
            return found.group(0)  # （含中医医院负责） is no note of departments
        # (A unit named by its part is none: （各责任单位按职责分工负责）, （市商务局牵头，各有关单位配合）.)
        units, others = ([unit for unit in names if not ROLE_UNIT.search(unit)] for names in (units, others))
        if found.group(2) and not found.group("shared") or together:
            lead.extend(units)
            responsible.extend(others)
        else:  # (X、Y按职责分工负责，Z负责落实: all share, the first named leads)
            responsible.extend(units + others)
        return ""

    # (A bare labelled note needs 单位 or 部门, a written duty one of _DUTY_VERBS: those patterns,
    # which try every position, run only where the words are. One clause in five has a label.)
    labels = "单位" in text or "部门" in text or "室" in text
    for note in RESPONSIBILITY_NOTE.finditer(text):
        labelled(note.group(1) or note.group(2))
    text = RESPONSIBILITY_NOTE.sub("", text).strip()
    bare = BARE_RESPONSIBILITY_NOTE.search(text) if labels else None
    if bare:
        labelled(bare.group(1))
        text = text[: bare.start()].strip()
    text = DUTY_NOTE.sub(duty, text)
    trailing = re.search(r"（([^（）]+)）$", text)
    if trailing:
        # 省卫生健康委、省教育厅，下同 / 市应急管理局，市交通运输局: its parts up to one that names none. After a sentence,
        # an institution's own offices by their names alone too (…覆盖率达到100%。（院感科、科教科）; not a name's alias,
        # 应急指挥中心（综合协调科）).
        sections = trailing.start() > 0 and text[trailing.start() - 1] in SENTENCE_END
        units = list(itertools.chain.from_iterable(
            itertools.takewhile(lambda part: part and all(
                AGENCY.fullmatch(unit) or sections and _SECTION_LABEL.fullmatch(unit) for unit in part),
                                map(_units, re.split(r"[，；]", trailing.group(1))))))
        if units:
            responsible.extend(units)
            text = text[: trailing.start()]
    def government(units: list[str]) -> bool:
        return bool(units) and all(_named_units([unit]) or _CENTRE.fullmatch(unit) and not NOT_A_UNIT.search(unit)
                                   for unit in units)

    notes = [_units(note.group(1)) for note in CLOSING_DUTY.finditer(text)] \
        if not lead and not responsible and "负责" in text else []
    if notes and all(map(government, notes)):
        units = list(itertools.chain.from_iterable(notes))
        return text.strip(), _agencies(units[:1], units[1:])
    # (Read without the abbreviations a name defines: 市人力资源和社会保障局（以下简称市人社局）牵头，….)
    kept, text = text, _ABBREVIATION.sub("", text) if "简称" in text else text
    sentences_led = set()  # the sentences (by their start) whose subject or leader is a government unit
    for found in itertools.chain(TEXT_LEAD.finditer(text), TEXT_TOGETHER.finditer(text) if "会同" in text else ()):
        if found.re is TEXT_TOGETHER and _DRAFTED.match(text, found.end()):
            continue
        charged = found.re is TEXT_LEAD and bool(found.group("charged"))  # 由X负责…
        led, joining = found.group("charged", "supporting") if charged else found.group(1, 2)
        if charged and (_NO_DUTY.match(text, _sentence_start(text, found.start()))
                        or "的" in re.split("[，。；]", text[found.end():], maxsplit=1)[0]):
            continue  # 本办法由…负责解释: the closing formula; 需要由交通运输部负责组织协调应对的…: who, not a duty
        units, others = _units(led), _units(joining or "")
        if charged and found.group("by_function"):
            units, others = units[:1], units[1:] + others
        # The lead is a government's; those it works with may be any organ (国网洛阳供电公司), but not
        # one named by its part (…会同管线权属单位: the owners, firms).
        if government(units):
            lead.extend(units)
            responsible.extend(unit for unit in others if _named_units([unit], ORGAN_END) or EACH_PLACE.fullmatch(unit))
            sentences_led.add(_sentence_start(text, found.start()))  # 由X牵头，会同Y…: Y shares (TOGETHER_AFTER)
    subjects = itertools.chain(TEXT_SUBJECT.finditer(text) if any(verb in text for verb in _DUTY_VERBS) else (),
                               RESPONSIBLE_BODY.finditer(text)
                               if "是" in text and ("责任主体" in text or "部门" in text) else ())
    # (TEXT_ACTOR is tried at each sentence's start and after each comma only: tried everywhere it cost the parse a
    # tenth.)
    starts = [0, *(end.end() for end in _SENTENCE_STOP.finditer(text))]
    commas = [comma.end() for comma in re.finditer("，", text)]
    listed = ((LISTED_ACTORS.match(text, start) for start in starts),
              (_actor_after_comma(text, comma, LISTED_ACTORS) for comma in commas)) if "、" in text else ()
    actors = itertools.chain((TEXT_ACTOR.match(text, start) for start in starts),
                             (_actor_after_comma(text, comma) for comma in commas), *listed)
    for found in sorted(itertools.chain(subjects, filter(None, actors)), key=lambda found: found.start()):
        sentence = _sentence_start(text, found.start())
        if _ATTENDED.match(text, sentence) or found.re is TEXT_ACTOR and _DRAFTED.match(text, sentence):
            continue  # those at a meeting; those whose work the sentence reports done (…会同…对草案进行了修改)
        # (The subject of 对: 上级人民政府对下级人民政府要加强指导 — the first is the one with the duty.)
        units = _units(_SHARED_BY.sub("", _TOWARDS.split(_INSERTION.sub("", found.group(1)), 1)[0]))
        if government(units):
            responsible.extend(units)
            sentences_led.add(sentence)
    for found in TOGETHER_AFTER.finditer(text) if sentences_led else ():
        if _sentence_start(text, found.start()) in sentences_led:
            responsible.extend(unit for unit in _units(found.group(1) or found.group(2))
                               if _named_units([unit], ORGAN_END))
    if not lead and responsible:
        # The first named leads: the first department by its own name, before a body named as a whole
        # (有关部门要…。生态环境部要加强统筹协调 — 生态环境部 leads).
        first = next((unit for unit in responsible if not BODY_AS_A_WHOLE.fullmatch(unit)), responsible[0])
        lead, responsible = [first], [unit for unit in responsible if unit != first]
    return kept.strip(), _agencies(lead, responsible)


def _actor_after_comma(text: str, at: int, actor: re.Pattern[str] = TEXT_ACTOR) -> re.Match[str] | None:
    """A department acting after a comma (…，县商务局每季度对…进行1次清算), named with its place (any name after any comma
    read so lost clauses in the probes e, v and z); not one announcing what it will do with the matter in hand
    (…报县卫健委办公室，县卫健委将把…纳入考核), nor in an account of what was done (…，市安委办组织6个督查组，…进行了明查暗访:
    _DRAFTED). So too several listed after a comma (每年12月底前，县委组织部、县农业农村局对…进行考核: LISTED_ACTORS)."""
    found = actor.match(text, at)
    if found is None or not _PLACED.match(found.group(1)) or text.startswith("将", found.end(1)) \
            or _DRAFTED.match(text, _sentence_start(text, at)) \
            or actor is LISTED_ACTORS and not _LISTED_ACTION.match(text, found.end()):
        return None
    return found


# What a list of departments after a comma does, when it acts: not a list of addressees whose last name it cut
# (…，市建设局、市公安局交通警察支队，…：), nor the issuers' decision opening a notice (…，县安委办、县市场监管局决定…) or
# their account of writing it (…，市委农办、市农业农村局共同研究制定本方案).
_LISTED_ACTION = re.compile(r"(?![^。；]*?(?:制定|起草|编制|出台|印发)本)(?:对|在|于|按|每|负责|要|应|须|联合|共同|组织|开展|牵头|会同"
                            r"|分别)")


# A sentence of a document's closing formula (本办法由市科技局负责解释, 本预案由…负责修订, 本政策由…): who answers for
# the text, no task. (Not an item of work, 此项工作由…具体组织.)
_NO_DUTY = re.compile(r"[本此](?!项)[^，。；由]{1,8}由")
# The abbreviation a name defines where it first stands (（以下简称市人社局）, （简称…）): no part of the sentence around.
_ABBREVIATION = re.compile(r"（(?:以下)?简称[^（）]{1,20}）")
# A government's centre (市投资促进中心, 县融媒体中心, 省大数据中心): a department too, named with its place (not with a
# level or a region: 县级水质检测中心, 区域养老服务中心 are facilities). A township's or a subdistrict's centres are its
# departments since their offices were merged (镇综治中心, 镇农业农村综合服务中心, 镇社会保障服务中心); not a care home,
# 街道综合养老服务中心, a facility, nor its service hall, 街道政务服务中心, where windows are set up. (Its name may hold the
# number of the service line it runs: 市12345热线管理中心, 县120急救指挥中心.)
_CENTRE = re.compile(r"(?:省|市|县|区(?!域)|州|自治区)(?!级)(?:\d{3,5})?[\u4e00-\u9fff]{2,14}中心"
                     r"|(?:镇|乡|街道)(?:综治中心|(?![\u4e00-\u9fff]*(?:养老|政务))[\u4e00-\u9fff]{2,12}?服务中心)")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``text[at]`` starts."""
    return max(text.rfind(stop, 0, at) for stop in SENTENCE_END) + 1


# Every place and every department at once (各地各部门要…, 各级各部门, 各地区各部门, 全市各级各部门): the document's
# addressees as a whole, no one made responsible — as 各地区、各部门 written as two is none of the names found.
EVERYONE_ADDRESSED = re.compile(r"(?:全[省市县区])?各(?:地区?|级)各(?:有关)?部门(?:和单位)?")


def _agencies(lead: Sequence[str], responsible: Sequence[str]) -> Agencies:
    """The departments as found, each named once, and a lead not again among those that share; not the addressees as a
    whole (where they were the lead, the first department named after them leads)."""
    named, responsible = ([unit for unit in dict.fromkeys(names) if not EVERYONE_ADDRESSED.fullmatch(unit)]
                          for names in (lead, responsible))
    lead = tuple(named or responsible[:1] if lead else ())
    return Agencies(lead, tuple(unit for unit in responsible if unit not in lead))


# Places that share the organ named after the last of them: 济南、青岛、济宁市政府 (济南市政府 …),
# 各省、自治区、直辖市人民政府 (各省人民政府 …), 勐角乡、勐董镇、班洪乡人民政府: the last place, its level (市, 自治区, 乡 …),
# the organ.
# (省级、地市级医疗保障部门: the level may say 级, and so may the places before.)
# (Not the 乡 or 镇 of 城乡, 城镇 inside a department's name, 住房城乡建设部门; nor a level's own units, 县直各单位. The organ's
# name may hold 和, 汨东、修阳、通阜县人力资源和社会保障局, but not before another place: 县财政局和乡镇.)
_PLACE_ORGAN = re.compile(r"[\u4e00-\u9fff]{0,6}?(自治区|直辖市|[省市县区]|(?<!城)[乡镇])(级?)(?!直)"
                          r"((?:[^及和与级]|和(?![省市县区乡镇各]))+)$")
_LEVEL_END = re.compile(r"(?:自治区|直辖市|[省市县区]|(?<!城)[乡镇])(级?)$")
# A place that is only a level of its own (各州、市人民政府: each autonomous prefecture's, 各盟、市).
_LEVEL_ONLY = re.compile(r"各?(?:州|盟|地区|自治州)")


# Fields sharing the 部门 that closes their list (发展改革、财政、国资、市场监管部门; 财政、税务等部门): each field's.
# (Not places: 各地方、各部门; not what someone does: 接到投诉、举报的部门.)
_SHARED_DEPARTMENT = re.compile(r"(?!各|有关|相关)([^等各的\W\d]{2,8}?)(?:等(?:有关|相关)?)?((?:主管|行政)?部门)")
_FIELD = re.compile(r"(?!各)[^的\W\d]{2,6}")
# … maybe after the government whose departments they are, which each of them keeps (省人民政府发展改革、财政等部门 →
# 省人民政府发展改革部门, 省人民政府财政部门). (Not a range of levels, 县级以上人民政府卫生、…等部门: bodies named by their
# level, which readers split on.)
_LEVEL_GOVERNMENT = re.compile(r"[省市县区州]人民政府")


# A list closed by 等 and joined to the bodies of each place (扶贫办、商务部等和各有关省级人民政府负责): the 等 closes the
# first list, the bodies after it are named too.
_CLOSED_AND = re.compile(r"(?<![高中初同平均对])等(?:有关|相关)?(?:部门)?[和及](?=各|有关|相关)")
# A unit's place at the start of its name (常澄市教育局, 果宁州发展改革委, 市委组织部; after 中共: 中共常澄市委组织部; a 区 before
# 市 is part of the place, 各设区市司法局, 各区市教育局).
_NAME_PLACE = re.compile(r"(?:中共)?([\u4e00-\u9fff]{0,6}?(?:自治区|[省市县州盟旗]|区(?!市)))(?=[\u4e00-\u9fff]{2})")
# A department named by its field alone, without its place, up to the end or a conjunction (卫生健康委, 商务局与…): the
# fields of a government's departments (not a place's name, 遵义市水务局, nor another organ, 民航贵州监管局).
_DEPARTMENT_FIELDS = ("发展改革|发展和改革|教育|科技|科学技术|工业和信息化|经济和信息化|民族宗教|公安|民政|司法|财政"
                      "|人力资源和?社会保障|自然资源(?:和规划)?|生态环境|住房和?城乡建设|交通运输|水利|水务|农业农村|农牧|商务"
                      "|文化和?旅游|文化广电(?:和|体育)?旅游|卫生健康|退役军人事务|应急管理|审计|国资|市场监督?管理|体育|统计"
                      "|医疗保障|医保|林业|乡村振兴|大数据|数据|信访|城市管理|税务|气象|外事|政务服务|能源|粮食|行政审批")
_UNPLACED = re.compile(rf"(?:{_DEPARTMENT_FIELDS})(?:委员会|委|厅|局)(?=$|[和与及])")


def _sharing_places(parts: list[str]) -> list[str]:
    """The parts of a list, a department named without its place taking the place of the unit before it (常澄市教育局、
    卫生健康委、农业农村局 → 常澄市卫生健康委, …; 常澄市发展改革委、商务局与果宁州发展改革委、商务局 → 常澄市商务局, then
    果宁州商务局): one place's departments listed after its first."""
    place = None
    shared = []
    for part in parts:
        if place and _UNPLACED.match(part):
            part = place + part
        shared.append(part)
        last = re.split("[和与及]", part)[-1]
        found = _NAME_PLACE.match(last) if ORGAN_END.search(last) else None
        place = found.group(1) if found else None
    return shared


def _joined(name: str) -> list[str]:
    """Two organs joined by 和 are two (公安部和交通运输部, 泉州港口管理局和市数据管理局, 省邮政管理局及省供销合作社: each
    half an organ's whole name); 工业和信息化部 is one, and so is 各级人民政府及其部门. A name may hold the conjunction
    itself: the two are parted where both sides are whole names (省农业农村厅和省工业和信息化厅, 国网赣州供电公司及各县
    人民政府)."""
    def whole(half: str) -> bool:
        if AGENCY.fullmatch(half) or _NAMED_COMPANY.fullmatch(half) or len(half) >= 5 and _named_units([half]) \
                or BODY_AS_A_WHOLE.fullmatch(half) or EACH_PLACE.fullmatch(half):
            # (消防救援机构和有关部门: a field's organ and the departments concerned; 交通运输部及各地区: and each region)
            return True
        # A placed organ (省妇联, 省供销合作社), not all levels of government (各级政府及有关职能部门) nor an organ of no
        # place (国有文化资产管理机构和企业主管主办部门 is one name).
        return len(half) >= 3 and bool(_PLACED.match(half)) and not half.startswith("各级") \
            and _named_units([half], ORGAN_END)

    halves = re.split("[和与及]", name)
    if len(halves) > 1 and all(map(whole, halves)):
        return halves
    for conjunction in re.finditer("[和与及]", name) if len(halves) > 2 else ():
        left, right = name[: conjunction.start()], name[conjunction.end():]
        if whole(left) and whole(right):
            return [left, right]
    return [name]


# Offices numbered in turn sharing the words of their name (市纪委监委第三、第四监督检查室: the third and the fourth): each is
# named whole.
_SHARED_ORDINALS = re.compile(r"([^、，,]*?)((?:第[一二三四五六七八九十]{1,3}、)+第[一二三四五六七八九十]{1,3})([^、，,第]{2,12})")


# The provincial level named whole (省、自治区、直辖市, maybe with 计划单列市 or 新疆生产建设兵团 after it): one level of place,
# not three, as 省（自治区、直辖市） is; its organs are one unit, named as written (各省、自治区、直辖市邮政管理局, 省、自治区、
# 直辖市人民政府管理专利工作的部门). Its marks are hidden while the list around it is parted.
_PROVINCIAL_LEVEL = re.compile(r"省、自治区、直辖市(?:[、及和](?:计划单列市|新疆生产建设兵团|副省级城市))*")
_HIDDEN = str.maketrans("、及和", "\ue000\ue001\ue002")
_SHOWN = str.maketrans("\ue000\ue001\ue002", "、及和")


def _units(names: str) -> list[str]:
    if "省、自治区、直辖市" in names:  # (the words _PROVINCIAL_LEVEL opens with, hidden in the call below)
        return [unit.translate(_SHOWN) for unit in
                _units(_PROVINCIAL_LEVEL.sub(lambda found: found.group().translate(_HIDDEN), names))]
    if "、第" in names:  # (only there can offices numbered in turn share a name: most lists are read without the scan)
        names = _SHARED_ORDINALS.sub(lambda found: "、".join(found.group(1) + ordinal + found.group(3)
                                                             for ordinal in found.group(2).split("、")), names)
    parts = [name.strip() for name in re.split(r"[、，,]", _CLOSED_AND.sub("、", _INSERTION.sub("", names)))]
    shared_department = _SHARED_DEPARTMENT.fullmatch(parts[-1]) if len(parts) > 1 else None
    level = _LEVEL_GOVERNMENT.match(parts[0]) if shared_department else None
    fields = [parts[0][level.end():] if level else parts[0], *parts[1:-1]]
    if shared_department and all(_FIELD.fullmatch(part) and not ORGAN_END.search(part)
                                 and not _LEVEL_END.search(part) for part in fields):
        organ, level = shared_department.group(2), level.group() if level else ""
        return [level + part + organ for part in fields] + [level + shared_department.group(1) + organ]
    units = []
    joined: list[str] = []  # the organs joined by 和 after the last part's first (…县（市）人民政府和…管委会)
    shared_parts = _sharing_places(parts)
    for k, part in enumerate(shared_parts):
        for j, name in enumerate(_joined(part)):
            # 省卫生健康委等相关主管部门; not the 等 of a word (教育部高等教育司, 中等职业学校).
            name = re.sub(r"(?<![高中初同平均对])等[\u4e00-\u9fff]*$", "", name)
            name = re.sub(r"^\d{4}年", "", name)  # 2004年发展改革委将会同…: the year is when it acts
            name = re.sub(r"^(?:以上[^由，、]{0,4})?由", "", name)  # （以上由省工业和信息化厅负责）: who, not how
            name = name.strip("“”‘’")  # 修改为：“乡镇人民政府、街道办事处应当…”: the quotation's marks are no part of it
            if name:
                (joined if j and k == len(shared_parts) - 1 else units).append(name)
    if not units:
        return joined
    shared = _PLACE_ORGAN.match(units[-1]) if len(units) > 1 and ORGAN_END.search(units[-1]) else None
    # (The places may close a list of departments: 省科技厅、济南市、青岛市人民政府 — 济南市人民政府.)
    places = len(list(itertools.takewhile(lambda unit: len(unit) <= 4 and not ORGAN_END.search(unit),
                                          reversed(units[:-1]))))
    # (A last unit named by its level alone, 直辖市人民政府 or 镇妇联, shares its organ only with levels: 各省、自治区、…; not
    # 各村小学、镇妇联, two units.)
    if shared and shared.start(1) == 0 and not all(_LEVEL_END.search(unit) or _LEVEL_ONLY.fullmatch(unit)
                                                   for unit in units[len(units) - 1 - places:-1]):
        shared = None
    if shared and places:
        level, grade, organ = shared.groups()

        def named(place: str) -> str:
            if _LEVEL_ONLY.fullmatch(place):
                return place + grade + organ  # 各州 → 各州人民政府 (a 州 ends 杭州, a city's name, too)
            ended = _LEVEL_END.search(place)
            if ended is None:
                return place + level + grade + organ  # 济南 → 济南市政府
            return place + ("" if ended.group(1) else grade) + organ  # 各省 → 各省人民政府, 省级 → 省级…部门

        first = len(units) - 1 - places
        units[first:-1] = [named(unit) for unit in units[first:-1]]
        if units[first].startswith("各"):  # 各区、县人民政府: each district's and each county's
            units[first + 1:] = [unit if unit.startswith("各") else "各" + unit for unit in units[first + 1:]]
    # (The places share the organ of the last part's first half: 各区、县（市）人民政府和…管委会 → 各区人民政府, 各县人民政府,
    # …管委会.)
    return units + joined


# ---------------------------------------------------------------- sentences

_OPEN = "“《（([【〔‘"
_CLOSE = "”》）)]】〕’"

# The characters split_sentences looks at; it passes over the others.
_SENTENCE_MARKS = re.compile("[" + re.escape(_OPEN + _CLOSE + SENTENCE_END) + "\n]")


def split_sentences(text: str) -> tuple[str, ...]:
    """Split at 。！？； — never inside “”, 《》 or brackets (unless they never close) — and at every
    line break (which only stands around a table's row: _body)."""
    sentences: list[str] = []
    depth = 0
    start = 0
    # A bracket that never closes does not hold back the sentence ends after the last closer.
    last_close = max(text.rfind(closer) for closer in _CLOSE)
    for found in _SENTENCE_MARKS.finditer(text):
        i, ch = found.start(), found.group()
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(depth - 1, 0)
        elif ch == "\n" or ch in SENTENCE_END and (depth == 0 or i > last_close):
            sentence = text[start: i + 1].strip()
            if sentence:
                sentences.append(sentence)
            start = i + 1
            depth = 0
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return tuple(sentences)
