"""Reading HTML pages, Word files and PDFs: the same clauses as the text, one clear error for bad bytes.

Every corpus document is wrapped by these tests in the shapes the formats take in the
wild (government web pages, Word files with and without automatic numbering, a typeset
PDF) and must parse to exactly the clauses of its .txt.
"""

from __future__ import annotations

import functools
import html
import io
import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policydiff import InputError, load_document, parse_text, read_document
from policydiff.normalize import normalize_line
from policydiff.numbering import match_marker
from policydiff.paragraphs import paragraphs
from policydiff.read import InputFormat, document_text, sniff
from policydiff.read.docx import docx_text, format_number
from policydiff.read.html import html_text

from conftest import CORPUS, DOCUMENT_IDS


def corpus_text(doc: str) -> str:
    return (CORPUS / f"{doc}.txt").read_bytes().decode("utf-8").replace("\r\n", "\n")


def clauses(text: str) -> list[tuple[str, str, str]]:
    return [(c.id, c.heading, c.text) for c in parse_text(text).clauses]


def blocks(text: str) -> list[list[str]]:
    """The text's blocks of non-blank lines (its paragraphs as the copy laid them out)."""
    found: list[list[str]] = [[]]
    for line in text.split("\n"):
        if line.strip(" \u3000\t"):
            found[-1].append(line)
        elif found[-1]:
            found.append([])
    return [block for block in found if block]


# ---------------------------------------------------------------- HTML pages

# Site furniture that must not reach the text: none of these words occurs in the corpus.
NOISE = ("网站首页", "政务公开", "当前位置", "分享到", "相关链接", "主办单位", "联系电话", "ICP备", "打印本页", "var ")

_HEAD_LINKS = "".join(f'<li><a href="/{i}/">{name}</a></li>'
                      for i, name in enumerate(["网站首页", "政务公开", "政策文件", "互动交流", "办事服务"]))
_RELATED = ('<div class="xgwj"><h3>相关链接</h3><ul>'
            + "".join(f'<li><a href="/doc/{i}.html">关于印发第{i}批卫生健康工作要点的通知</a>'
                      f'<span>2023-0{i}-01</span></li>' for i in range(1, 6))
            + "</ul></div>")
_FOOTER_TEXT = ("<p>主办单位：人民政府办公厅　承办：政务服务数据管理局</p>"
                "<p>地址：人民大街7号　联系电话：0431-88888888　邮编：130051</p>"
                "<p>网站标识码：2200000001　ICP备05002022号</p>")


def _p_page(text: str) -> str:
    """A modern page: nav bar, breadcrumb, the text in nested divs with a <p> per paragraph."""
    paras = "\n".join("<p>" + "<br/>".join(html.escape(line) for line in block) + "</p>" for block in blocks(text))
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>政策文件_人民政府门户网站</title>
<script>var _hmt = _hmt || []; // 一、统计代码</script><style>p {{ text-indent: 2em }}</style></head>
<body>
<div class="header"><div class="logo"><img src="logo.png" alt="人民政府"></div>
<div class="search"><form><input name="q"><button>搜索</button></form></div></div>
<div class="nav-bar"><ul>{_HEAD_LINKS}</ul></div>
<div class="breadcrumb">当前位置：<a href="/">网站首页</a> &gt; <a href="/zw/">政务公开</a> &gt; 正文</div>
<div class="container"><div class="main-left"><div class="article">
<div class="article-info"><span>发布时间：2023-08-22</span><span>来源：办公厅</span>
<a href="javascript:window.print()">打印本页</a></div>
<div class="article-content"><div class="TRS_Editor"><div class="Custom_UnionStyle">
{paras}
</div></div></div>
<div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>
</div>{_RELATED}</div></div>
<div class="footer">{_FOOTER_TEXT}</div>
<script src="/js/common.js"></script>
</body></html>"""


def _br_page(text: str) -> str:
    """An older page: table layout, the text as lines with <br> inside one div, an unmarked footer."""
    lines = "<br>\n".join(("&nbsp;&nbsp;&nbsp;&nbsp;" + html.escape(line)) if line.strip() else ""
                          for line in text.split("\n"))
    menu = "".join(f'<td><a href="#">{name}</a></td>' for name in ["网站首页", "政务公开", "政策文件"])
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><table width="100%"><tr><td><table><tr>{menu}</tr></table></td></tr>
<tr><td><div id="position">当前位置：<a href="/">网站首页</a>-<a href="#">政策文件</a></div></td></tr>
<tr><td><table class="content"><tr><td><div id="zoom"><font style="font-size:16px">
{lines}
</font></div></td></tr></table></td></tr>
<tr><td>{_RELATED}</td></tr></table>
<div id="bottom" style="text-align:center">{_FOOTER_TEXT}</div>
<div style="display:none">一、隐藏的统计区块。</div>
</body></html>"""


def _gbk_page(text: str) -> bytes:
    """A page in GBK declared as gb2312, one <div> per paragraph inside section divs."""
    paras = "\n".join("<div>" + "<br/>".join(html.escape(line) for line in block) + "</div>" for block in blocks(text))
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "xhtml1-transitional.dtd">
<html><head><meta charset="gb2312"><title>政策文件</title></head>
<body><div id="nav"><a>网站首页</a> | <a>政务公开</a></div>
<div class="wrap"><section><article><div class="con">{paras}</div></article>
<aside>{_RELATED}</aside></section></div>
<footer>{_FOOTER_TEXT}</footer></body></html>"""
    return page.encode("gbk", errors="xmlcharrefreplace")  # U+00A0 goes in as &#160;


def _xhtml_page(text: str) -> str:
    """An XHTML page with an XML declaration, the text in <p>s directly inside the body's main div."""
    paras = "\n".join("<p>" + "<br />".join(html.escape(line) for line in block) + "</p>" for block in blocks(text))
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>政策文件</title></head>
<body><ul class="menu">{_HEAD_LINKS}</ul><div class="main">{paras}</div><!-- 一、注释不是正文。 -->
<div class="copyright">{_FOOTER_TEXT}</div></body></html>"""


HTML_SHAPES = {
    "p-nested-divs": lambda text: _p_page(text).encode("utf-8"),
    "br-one-div": lambda text: _br_page(text).encode("utf-8"),
    "gbk-divs": _gbk_page,
    "xhtml": lambda text: _xhtml_page(text).encode("utf-8"),
}


@pytest.mark.parametrize("shape", HTML_SHAPES)
@pytest.mark.parametrize("doc", DOCUMENT_IDS)
def test_html_pages_parse_to_the_same_clauses(doc, shape):
    original = corpus_text(doc)
    data = HTML_SHAPES[shape](original)
    assert sniff(data, f"{doc}.html") is InputFormat.html
    text = document_text(data, f"{doc}.html")
    assert not [noise for noise in NOISE if noise in text]
    assert clauses(text) == clauses(original)


def test_gbk_page_is_not_utf8_and_is_decoded_by_its_declaration():
    data = _gbk_page(corpus_text("jilin"))
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert "&#160;" in data.decode("gbk")
    assert "吉林省人民政府办公厅" in html_text(data)


def test_html_file_is_told_by_content_whatever_its_name(tmp_path):
    path = tmp_path / "saved-page.txt"
    path.write_bytes(HTML_SHAPES["p-nested-divs"](corpus_text("yantai")))
    document = load_document(path)
    assert [(c.id, c.text) for c in document.clauses] == \
        [(c.id, c.text) for c in load_document(CORPUS / "yantai.txt").clauses]
    assert document.meta.doc_number == "烟政办字〔2024〕42号"


def test_traditional_page_reads_as_simplified():
    import opencc

    traditional = opencc.OpenCC("s2t").convert(corpus_text("hunan"))
    text = document_text(HTML_SHAPES["br-one-div"](traditional), "hunan.html")
    assert clauses(text) == clauses(corpus_text("hunan"))


@pytest.mark.parametrize("page, expected", [
    # <br> ends a line, blocks end paragraphs, source line breaks and spaces collapse.
    ("<html><body><div><p>一、总体\n   要求</p><p>（一）甲。<br>乙。</p></div></body></html>",
     "一、总体 要求\n\n（一）甲。\n乙。\n"),
    # A link list inside the article (related documents) is left out, links in prose stay.
    ("<html><body><div><p>一、见<a href='#'>附件</a>。</p><ul><li><a>其他文件一</a></li><li><a>其他文件二</a></li></ul>"
     "<p>二、完。</p></div></body></html>",
     "一、见附件。\n\n二、完。\n"),
    # The article's wrapper may carry a furniture word when it holds numbered text.
    ("<html><body><div class='nav'><a>首页</a></div><div class='share-content'><p>一、甲。</p><p>二、乙。</p>"
     "<p>三、丙。</p></div></body></html>",
     "一、甲。\n\n二、乙。\n\n三、丙。\n"),
    # The numbered text wins over a longer block of prose without numbers.
    ("<html><body><div><p>" + "这是一段很长的网站说明文字，" * 4 + "</p></div>"
     "<div><p>一、第一条。</p><p>二、第二条。</p><p>三、第三条。</p></div></body></html>",
     "一、第一条。\n\n二、第二条。\n\n三、第三条。\n"),
    # <pre> keeps its lines.
    ("<html><body><pre>一、甲。\n二、乙。</pre></body></html>", "一、甲。\n二、乙。\n"),
    # A data table in the article: one line a row, its cells parted by " | "; a table of one cell a
    # row lays text out and is read as text.
    ("<html><body><div><p>一、检查。</p><table><tr><td>类型</td><td>频次</td></tr><tr><td>1.飞行检查</td>"
     "<td>每年1次</td></tr></table><table><tr><td>二、完善。</td></tr></table><p>三、附则。</p></div></body></html>",
     "一、检查。\n\n类型 | 频次\n\n1.飞行检查 | 每年1次\n\n二、完善。\n\n三、附则。\n"),
    # A data table is read as a grid: a cell spanning rows stands in each row it spans, one spanning
    # columns fills the first, an empty cell keeps its place (at either end too), a hostile span is
    # bounded.
    ("<html><body><div><p>一、分工。</p><table><tr><th rowspan='3'>类别</th><th>任务</th><th colspan='2'>责任分工</th>"
     "</tr><tr><th>任务</th><th>牵头</th><th>配合</th></tr><tr><td>甲</td><td>县财政局</td><td></td></tr>"
     "<tr><td>乙</td><td>丙</td><td>县农业农村局</td><td colspan='99999999'>县财政局</td></tr></table><p>二、附则。</p>"
     "</div></body></html>",
     "一、分工。\n\n类别 | 任务 | 责任分工 |\n\n类别 | 任务 | 牵头 | 配合\n\n类别 | 甲 | 县财政局 |\n\n"
     "乙 | 丙 | 县农业农村局 | 县财政局" + (" | " * 63).rstrip() + "\n\n二、附则。\n"),
    # A cell's lines (<br>, paragraphs): two words meeting across a line are a list's items, set apart
    # by ，; a bracketed note or a number on the next line runs on.
    ("<html><body><div><p>一、分工。</p><table><tr><td>任务</td><td>单位</td><td>目标</td></tr><tr><td>推进\n改造</td>"
     "<td><p>县财政局</p><p>县民政局</p></td><td>8左右<br>（力争10）</td></tr></table><p>二、附则。</p></div></body></html>",
     "一、分工。\n\n任务 | 单位 | 目标\n\n推进 改造 | 县财政局，县民政局 | 8左右（力争10）\n\n二、附则。\n"),
    # A document split over two containers of one class, an image between: both, in page order.
    ("<html><body><div class='content'><p>一、总体要求。</p><p>（一）指导思想。</p></div>"
     "<div class='insert'><img src='a.jpg'></div><div class='content'><p>（二）主要目标。</p><p>二、保障措施。</p>"
     "<p>三、附则。</p></div><div class='foot'><p>打印本页</p></div></body></html>",
     "一、总体要求。\n\n（一）指导思想。\n\n（二）主要目标。\n\n二、保障措施。\n\n三、附则。\n"),
])
def test_html_article_text(page, expected):
    assert html_text(page.encode("utf-8")) == expected


@pytest.mark.parametrize("data", [
    # labelled gb2312 but holding a GBK-only character (堃), as real pages do
    '<html><head><meta charset="gb2312"></head><body><p>一、王堃同志。</p></body></html>'.encode("gbk"),
    # declared in http-equiv with quotes and spaces
    '<html><head><meta http-equiv="content-type" content="text/html; charset = \'GBK\'">'
    '</head><body><p>一、王堃同志。</p></body></html>'.encode("gbk"),
    # labelled utf-8 but really GBK: the label is wrong, detection decides
    '<html><head><meta charset="utf-8"></head><body><p>一、王堃同志。</p></body></html>'.encode("gbk"),
    # labelled with a Western charset but really UTF-8
    '<html><head><meta charset="iso-8859-1"></head><body><p>一、王堃同志。</p></body></html>'.encode("utf-8"),
    # no label at all, GB18030 bytes; and UTF-16 with its byte-order mark
    '<html><body><p>一、王堃同志。</p></body></html>'.encode("gb18030"),
    '<html><body><p>一、王堃同志。</p></body></html>'.encode("utf-16"),
])
def test_html_charsets(data):
    assert document_text(data, "page.html") == "一、王堃同志。\n"


# ---------------------------------------------------------------- Word files

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Target="word/document.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
</Relationships>"""


def make_docx(body: str, numbering: str | None = None, styles: str | None = None,
              document_path: str = "word/document.xml") -> bytes:
    """A .docx (a ZIP) around the paragraphs ``body`` (WordprocessingML), as Word lays it out."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS.replace("word/document.xml", document_path))
        archive.writestr(document_path, f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                        f'<w:document xmlns:w="{_W}"><w:body>{body}<w:sectPr/></w:body></w:document>')
        if numbering is not None:
            archive.writestr("word/numbering.xml", f'<w:numbering xmlns:w="{_W}">{numbering}</w:numbering>')
        if styles is not None:
            archive.writestr("word/styles.xml", f'<w:styles xmlns:w="{_W}">{styles}</w:styles>')
    return buffer.getvalue()


def _runs(line: str) -> str:
    """A line as Word stores it: split into runs with formatting and proofing marks between."""
    chunks = [line[i:i + 7] for i in range(0, len(line), 7)] or [""]
    return "<w:proofErr w:type=\"spellStart\"/>".join(
        f'<w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(chunk)}</w:t></w:r>' for chunk in chunks)


def _paragraph(lines: list[str], properties: str = "") -> str:
    # Tracked deletions and hidden text sit in the paragraph but are not its text.
    gone = ('<w:del w:id="9" w:author="审核"><w:r><w:delText>已删除的字</w:delText></w:r></w:del>'
            '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的字</w:t></w:r>')
    runs = '<w:r><w:br/></w:r>'.join(_runs(line) for line in lines)
    return f'<w:p><w:pPr>{properties}<w:jc w:val="both"/></w:pPr>{gone}<w:bookmarkStart w:id="0" w:name="_GoBack"/>' \
           f'{runs}<w:bookmarkEnd w:id="0"/></w:p>'


def plain_docx(text: str) -> bytes:
    """One paragraph per block of the text, its lines separated by line breaks (Shift+Enter)."""
    return make_docx("".join(_paragraph(block) for block in blocks(text)))


# Word levels for the marker kinds: ilvl, w:numFmt, w:lvlText.
_LEVELS = {"section": (0, "chineseCounting", "%1、"), "clause": (1, "chineseCountingThousand", "（%2）"),
           "item": (2, "decimal", "%3.")}


def numbered_docx(text: str) -> tuple[bytes, int]:
    """The text with its markers (一、 （一） 1.) taken out and stored as Word list numbering.

    Sections are numbered through their paragraph style (as with Word's 标题 1), clauses
    and items through the paragraph's own w:numPr. A level that numbers on across its
    parents (jilin's （一）…（二十三）) gets w:lvlRestart 0. Returns the file and the
    number of markers moved into numbering.
    """
    values: dict[str, list[int]] = {kind: [] for kind in _LEVELS}
    for line in text.split("\n"):
        marker = match_marker(normalize_line(line))
        if marker is not None:
            values[marker.kind].append(marker.value)
    paragraphs_xml: list[str] = []
    moved = 0
    for block in blocks(text):
        current: list[str] = []
        properties = ""
        for line in block:
            marker = match_marker(normalize_line(line))
            if marker is None:
                current.append(line)
                continue
            if current:
                paragraphs_xml.append(_paragraph(current, properties))
            ilvl = _LEVELS[marker.kind][0]
            properties = ('<w:pStyle w:val="Heading1"/>' if marker.kind == "section" else
                          f'<w:pStyle w:val="BodyText"/>'
                          f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="3"/></w:numPr>')
            current = [normalize_line(line)[marker.end:]]
            moved += 1
        paragraphs_xml.append(_paragraph(current, properties))
    levels = []
    for kind, (ilvl, fmt, lvl_text) in _LEVELS.items():
        continuous = values[kind] == list(range(1, len(values[kind]) + 1))
        restart = '<w:lvlRestart w:val="0"/>' if continuous and ilvl else ""
        levels.append(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{restart}'
                      f'<w:lvlText w:val="{lvl_text}"/><w:lvlJc w:val="left"/></w:lvl>')
    numbering = (f'<w:abstractNum w:abstractNumId="7"><w:multiLevelType w:val="multilevel"/>{"".join(levels)}'
                 f'</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>')
    styles = ('<w:style w:type="paragraph" w:styleId="Heading1Base"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr>'
              '</w:pPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Heading1Base"/>'
              '<w:pPr><w:numPr><w:ilvl w:val="0"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="BodyText"/>')
    return make_docx("".join(paragraphs_xml), numbering, styles), moved


@pytest.mark.parametrize("doc", DOCUMENT_IDS)
def test_plain_docx_parses_to_the_same_clauses(doc):
    original = corpus_text(doc)
    data = plain_docx(original)
    assert sniff(data) is InputFormat.docx
    text = document_text(data, f"{doc}.docx")
    assert "已删除的字" not in text and "隐藏的字" not in text
    assert clauses(text) == clauses(original)


@pytest.mark.parametrize("doc", DOCUMENT_IDS)
def test_numbered_docx_parses_to_the_same_clauses(doc):
    original = corpus_text(doc)
    data, moved = numbered_docx(original)
    markers = sum(1 for line in original.split("\n") if match_marker(normalize_line(line)))
    assert moved == markers > 10
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert "（一）" not in archive.read("word/document.xml").decode("utf-8")
    assert clauses(document_text(data, f"{doc}.docx")) == clauses(original)


def test_docx_read_from_a_file_with_another_name(tmp_path):
    path = tmp_path / "download.bin"
    path.write_bytes(numbered_docx(corpus_text("hunan"))[0])
    assert [c.id for c in load_document(path).clauses] == [c.id for c in load_document(CORPUS / "hunan.txt").clauses]


def _numbered(*paragraphs: tuple[str, str, str]) -> str:
    return "".join(
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
        f'<w:r><w:t>{text}</w:t></w:r></w:p>' for num, ilvl, text in paragraphs)


def _abstract(abstract_id: str, *levels: str) -> str:
    return f'<w:abstractNum w:abstractNumId="{abstract_id}">{"".join(levels)}</w:abstractNum>'


def _lvl(ilvl: int, fmt: str, text: str, extra: str = "") -> str:
    return f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{extra}' \
           f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/></w:lvl>'


_TWO_LEVELS = _abstract("0", _lvl(0, "chineseCounting", "%1、"), _lvl(1, "chineseCounting", "（%2）"))


@pytest.mark.parametrize("body, numbering, expected", [
    # deeper levels restart when a higher one counts on
    (_numbered(("1", "0", "甲"), ("1", "1", "子"), ("1", "1", "丑"), ("1", "0", "乙"), ("1", "1", "寅")),
     _TWO_LEVELS + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
     ["一、甲", "（一）子", "（二）丑", "二、乙", "（一）寅"]),
    # w:lvlRestart 0: the level numbers on across its parents
    (_numbered(("1", "0", "甲"), ("1", "1", "子"), ("1", "0", "乙"), ("1", "1", "丑")),
     _abstract("0", _lvl(0, "chineseCounting", "%1、"), _lvl(1, "decimal", "%2.", '<w:lvlRestart w:val="0"/>'))
     + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
     ["一、甲", "1.子", "二、乙", "2.丑"]),
    # counters are kept per list (numId); a startOverride starts a list at its value; numId 0 is no list
    (_numbered(("1", "0", "甲"), ("2", "0", "乙"), ("1", "0", "丙"), ("0", "0", "丁")),
     _TWO_LEVELS + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
     '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/>'
     '</w:lvlOverride></w:num>',
     ["一、甲", "五、乙", "二、丙", "丁"]),
    # multi-level text, legal numbering, bullets, a level numbered "none"
    (_numbered(("1", "0", "甲"), ("1", "1", "子"), ("1", "2", "点"), ("1", "3", "空")),
     _abstract("0", _lvl(0, "chineseCounting", "第%1章"), _lvl(1, "decimal", "%1.%2", "<w:isLgl/>"),
               _lvl(2, "bullet", "\uf0b7"), _lvl(3, "none", ""))
     + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
     ["第一章甲", "1.1子", "点", "空"]),
    # a numId that numbering.xml does not define, and no numbering.xml at all
    (_numbered(("4", "0", "甲")), _TWO_LEVELS, ["甲"]),
    (_numbered(("1", "0", "甲")), None, ["甲"]),
])
def test_word_numbering(body, numbering, expected):
    assert docx_text(make_docx(body, numbering)).split("\n\n") == expected[:-1] + [expected[-1] + "\n"]


@pytest.mark.parametrize("value, fmt, expected", [
    (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
    (23, "chineseCountingThousand", "二十三"), (105, "chineseCountingThousand", "一百零五"),
    (110, "chineseCounting", "一百一十"), (2024, "ideographDigital", "二〇二四"),
    (3, "ideographTraditional", "丙"), (11, "ideographTraditional", "甲"), (3, "decimalEnclosedCircle", "③"),
    (12, "decimalFullWidth", "１２"), (7, "decimal", "7"), (28, "upperLetter", "BB"), (4, "lowerRoman", "iv"),
    (9, "someFutureFormat", "9"),
])
def test_number_formats(value, fmt, expected):
    assert format_number(value, fmt) == expected


def test_docx_paragraph_contents():
    body = ('<w:p><w:r><w:t xml:space="preserve">一、</w:t><w:tab/><w:t>甲乙</w:t><w:br/><w:t>丙</w:t>'
            '<w:br w:type="page"/><w:t>丁</w:t><w:noBreakHyphen/><w:t>戊</w:t></w:r>'
            '<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:p>'
            '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>表格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
            '<w:p><w:ins><w:r><w:t>插入的字</w:t></w:r></w:ins><w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink></w:p>')
    assert docx_text(make_docx(body)) == "一、\t甲乙\n丙丁-戊\n\n文本框\n\n表格\n\n插入的字链接\n"


def test_docx_data_table_is_read_as_rows_of_cells():
    """A Word table of data is read as the HTML reader reads one: one line a row, cells parted by
    " | ", a cell spanning columns filling the first, one merged down (vMerge) standing again in the
    rows it spans, empty cells in place, a cell's paragraphs (and a table inside it) one text, its
    unpunctuated lines set apart by ，; a table of one cell a row lays text out and is read as
    paragraphs."""
    def cell(text: str, props: str = "") -> str:
        return f'<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>'

    inner = '<w:tbl><w:tr>' + cell("甲") + cell("乙") + '</w:tr><w:tr>' + cell("丙") + cell("丁") + '</w:tr></w:tbl>'
    body = ('<w:p><w:r><w:t>附件</w:t></w:r></w:p><w:tbl>'
            '<w:tr>' + cell("序号") + cell("重点任务") + cell("责任分工", '<w:gridSpan w:val="2"/>') + '</w:tr>'
            '<w:tr>' + cell("1") + cell("扎实推进农村厕所革命", '<w:vMerge w:val="restart"/>') + cell("县农业农村局")
            + cell("") + '</w:tr>'
            '<w:tr>' + cell("2") + cell("", "<w:vMerge/>") + cell("县财政局")
            + f'<w:tc><w:p><w:r><w:t>县民政局</w:t></w:r></w:p>{inner}</w:tc>' + '</w:tr>'
            '</w:tbl><w:tbl><w:tr>' + cell("版式") + '</w:tr></w:tbl>')
    assert docx_text(make_docx(body)) == ("附件\n\n序号 | 重点任务 | 责任分工 | \n\n1 | 扎实推进农村厕所革命 | 县农业农村局 | "
                                          "\n\n2 | 扎实推进农村厕所革命 | 县财政局 | 县民政局，甲，乙，丙，丁\n\n版式\n")


def test_docx_paragraph_whose_mark_a_tracked_change_deleted_runs_into_the_next():
    """Word shows a paragraph whose mark is deleted (a tracked change) as part of the next one and
    numbers the list without it: an item deleted whole leaves no gap in the numbers."""
    numbering = ('<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                 '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    number = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    deleted_mark = '<w:rPr><w:del w:id="1" w:author="审核"/></w:rPr>'
    body = (f'<w:p><w:pPr>{number}</w:pPr><w:r><w:t>甲。</w:t></w:r></w:p>'
            f'<w:p><w:pPr>{number}{deleted_mark}</w:pPr><w:del w:id="2" w:author="审核"><w:r><w:delText>乙。'
            '</w:delText></w:r></w:del></w:p>'
            f'<w:p><w:pPr>{number}{deleted_mark}</w:pPr><w:r><w:t>留下的字，</w:t></w:r></w:p>'
            f'<w:p><w:pPr>{number}</w:pPr><w:r><w:t>丙。</w:t></w:r></w:p>')
    assert docx_text(make_docx(body, numbering)) == "1.\t甲。\n\n2.\t留下的字，丙。\n"


def test_docx_main_part_found_through_the_package_relations():
    data = make_docx("<w:p><w:r><w:t>一、甲。</w:t></w:r></w:p>", document_path="word/document2.xml")
    assert docx_text(data) == "一、甲。\n"


# ---------------------------------------------------------------- PDF


def minimal_pdf(content: bytes, resources: bytes = b"<<>>", pages: int = 1) -> bytes:
    """A PDF written by hand: ``pages`` pages drawing ``content`` (no text layer unless it sets text)."""
    objects = [b"<</Type/Catalog/Pages 2 0 R>>",
               b"<</Type/Pages/Kids[" + b" ".join(b"%d 0 R" % (4 + i) for i in range(pages))
               + b"]/Count %d>>" % pages,
               b"<</Length %d>>stream\n" % len(content) + content + b"\nendstream"]
    objects += [b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 3 0 R/Resources " + resources + b">>"
                for _ in range(pages)]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


# A page of drawing only: what a scanner's PDF has instead of text (here lines, not an image).
SCANNED = minimal_pdf(b"0.5 w 72 72 m 523 770 l S 72 770 m 523 72 l S", pages=2)


def _reportlab_pdf(text: str, password: str | None = None) -> bytes:
    """The text's paragraphs typeset as an official document: A4, justified lines of a CJK font,
    first-line indent of two characters, a running header and a page number on every page."""
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font, size, pitch = "STSong-Light", 12, 21
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    width, height = 595, 842
    left, right, top, bottom = 79, 516, 770, 80
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(width, height), encrypt=password)
    page = 1

    def furniture() -> None:
        pdf.setFont(font, 9)
        pdf.drawCentredString(width / 2, height - 40, "医疗卫生服务体系政策文件汇编（内部资料）")
        pdf.drawCentredString(width / 2, 40, f"- {page} -")
        pdf.setFont(font, size)

    furniture()
    y = top
    for para in paragraphs(text):
        x, line = left + 2 * size, ""
        lines = []
        for ch in para:
            if pdfmetrics.stringWidth(line + ch, font, size) > right - x:
                lines.append((x, line))
                x, line = left, ""
            line += ch
        lines.append((x, line))
        for x, line in lines:
            if y < bottom:
                pdf.showPage()
                page += 1
                furniture()
                y = top
            pdf.drawString(x, y, line)
            y -= pitch
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_pdf_table_drawn_with_rules_is_read_as_rows_of_cells():
    """A table ruled in the PDF (a task-division table after the text) is read as the HTML and
    Word readers read one: a line a row, cells parted by " | ", an empty cell in place; a box
    framing one paragraph is text."""
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("body", fontName="STSong-Light", fontSize=12, leading=20)
    ruled = TableStyle([("FONTNAME", (0, 0), (-1, -1), "STSong-Light"), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)])
    story = [Paragraph(text, style) for text in ("一、重点任务", "（一）推进厕所革命。新建户厕2000座。", "附件")]
    story += [Table([["序号", "重点任务", "牵头单位", "配合单位"], ["1", "推进厕所革命", "县农业农村局", ""]],
                    style=ruled),
              Table([["框内的一段文字。"]], style=ruled)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(story)
    assert document_text(buffer.getvalue(), "plan.pdf") == (
        "一、重点任务\n\n（一）推进厕所革命。新建户厕2000座。\n\n附件\n\n序号 | 重点任务 | 牵头单位 | 配合单位\n\n"
        "1 | 推进厕所革命 | 县农业农村局 | \n\n框内的一段文字。\n")


def test_pdf_table_cells_merged_down_and_on_several_lines():
    """A cell merged over two rows (SPAN) stands in both; a cell's lines that end short are a list's
    items (centred or not), a line filling the cell wraps into the next."""
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), "STSong-Light"), ("FONTSIZE", (0, 0), (-1, -1), 12),
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                        ("SPAN", (1, 1), (1, 2))])
    rows = [["重点任务", "牵头单位", "配合单位"], ["推进厕所革命", "县农业农村局", "县财政局\n县自然资源局"],
            ["健全收运体系", "", "县城管局、各乡镇人\n民政府"]]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([Table(rows, colWidths=[100, 100, 110], style=style)])
    assert document_text(buffer.getvalue(), "plan.pdf") == (
        "重点任务 | 牵头单位 | 配合单位\n\n推进厕所革命 | 县农业农村局 | 县财政局，县自然资源局\n\n"
        "健全收运体系 | 县农业农村局 | 县城管局、各乡镇人民政府\n")


def test_pdf_footnote_at_a_page_foot_is_no_text():
    """A footnote set small under the body at a page's foot (①…) is left out, and the paragraph it
    interrupts runs on onto the next page."""
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595, 842))
    pdf.setFont("STSong-Light", 16)
    pdf.drawString(111, 700, "第一条　为了规范共用设施设备①的维修，制定本办法。")
    pdf.drawString(111, 671, "第二条　业主应当按照规定交存维修资金，每平方米建筑面积交存首")
    pdf.line(79, 160, 227, 160)
    pdf.setFont("STSong-Light", 10.5)
    pdf.drawString(79, 145, "①共用设施设备，是指住宅业主共有的附属设施设备。")
    pdf.showPage()
    pdf.setFont("STSong-Light", 16)
    pdf.drawString(79, 760, "期维修资金的数额为造价的5%。")
    pdf.showPage()
    pdf.save()
    assert document_text(buffer.getvalue(), "rules.pdf") == (
        "第一条 为了规范共用设施设备①的维修，制定本办法。\n\n"
        "第二条 业主应当按照规定交存维修资金，每平方米建筑面积交存首期维修资金的数额为造价的5%。\n")


def test_pdf_table_cells_are_read_in_time_linear_in_the_table():
    """A ruled table's characters are narrowed to it and to each row once: doubling its rows (each cell
    holding text) about doubles the time, where reading each cell among the page's characters took
    four times as long. Both sizes measured in turn, best of three."""
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from doubling import doubling_ratio
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

    def grid(rows: int) -> bytes:
        buffer = io.BytesIO()
        pdf = canvas.Canvas(buffer, pagesize=(595, 842))
        pdf.setFont("STSong-Light", 4)
        width, height = 500 / 25, 700 / 54
        for k in range(rows + 1):
            pdf.line(40, 60 + k * height, 540, 60 + k * height)
        for k in range(26):
            pdf.line(40 + k * width, 60, 40 + k * width, 60 + rows * height)
        for row in range(rows):
            for column in range(25):
                pdf.drawString(41 + column * width, 62 + row * height, "甲乙")
        pdf.showPage()
        pdf.save()
        return buffer.getvalue()

    small, large = grid(27), grid(54)
    ratio = doubling_ratio(lambda: document_text(small, "grid.pdf"), lambda: document_text(large, "grid.pdf"))
    assert ratio < 3, ratio


def test_pdf_page_ruled_too_densely_is_not_searched_for_tables():
    """A page of rules crossing at thousands of places (a hostile grid of 120 × 120) is read as
    text: the table finder's work grows with the square of the cells."""
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595, 842))
    for k in range(121):
        pdf.line(20 + k * 4.5, 40, 20 + k * 4.5, 800)
        pdf.line(20, 40 + k * 6.3, 560, 40 + k * 6.3)
    pdf.setFont("STSong-Light", 4)
    for row, (left, right) in enumerate(("甲乙", "丙丁")):
        pdf.drawString(21, 795 - row * 6.3, left)
        pdf.drawString(25.5, 795 - row * 6.3, right)
    pdf.showPage()
    pdf.save()
    assert document_text(buffer.getvalue(), "grid.pdf") == "甲乙丙丁\n"


@pytest.mark.parametrize("doc", DOCUMENT_IDS)
def test_pdf_parses_to_the_same_clauses(doc):
    pytest.importorskip("pdfplumber")
    original = corpus_text(doc)
    data = _reportlab_pdf(original)
    assert sniff(data) is InputFormat.pdf
    text = document_text(data, f"{doc}.pdf")
    assert "汇编" not in text and not re.search(r"^- \d+ -$", text, re.MULTILINE)
    assert clauses(text) == clauses(original)


def test_pdf_paragraph_layout():
    """Lines join into paragraphs by indent, short last lines and gaps; running lines go."""
    from policydiff.read.pdf import _drop_running_lines, _Line, _paragraphs

    def line(text, x0, x1, top, page=0):
        return _Line(text, x0, x1, top, top + 10, 10, page)

    pages = [
        ([line("某某市人民政府文件", 200, 300, 30),  # running header (every page)
          line("一、总体要求", 120, 180, 100),  # indented: its own paragraph
          line("（一）指导思想。以人民健康为中", 120, 500, 115),
          line("心，坚持预防为主。", 100, 190, 130),  # short: ends the paragraph
          line("（二）工作目标。到2025", 120, 500, 145),
          line("年，床位数达到7.5张。", 100, 500, 160),  # full line, then a gap
          line("三、", 100, 120, 200),
          line("第 1 页 共 2 页", 250, 330, 800)],
         842),
        ([line("某某市人民政府文件", 200, 300, 30),
          line("（三）组织实施。各地要加强", 120, 500, 100),
          line("领导。", 100, 130, 115),
          line("- 2 -", 280, 300, 800)],
         842),
    ]
    assert _paragraphs(_drop_running_lines(pages)) == [
        "一、总体要求", "（一）指导思想。以人民健康为中心，坚持预防为主。",
        "（二）工作目标。到2025年，床位数达到7.5张。", "三、", "（三）组织实施。各地要加强领导。"]


def test_pdf_without_text_layer_says_ocr(tmp_path):
    pytest.importorskip("pdfplumber")
    path = tmp_path / "scan.pdf"
    path.write_bytes(SCANNED)
    with pytest.raises(InputError) as raised:
        read_document(path)
    assert str(raised.value) == (f"{path}: the PDF has no text layer (a scanned document) — run OCR on it first "
                                 "(for example ocrmypdf) and give policydiff the result")


def test_pdf_without_the_extra_names_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pdfplumber", None)  # import pdfplumber now raises ImportError
    path = tmp_path / "document.pdf"
    path.write_bytes(SCANNED)
    with pytest.raises(InputError) as raised:
        read_document(path)
    assert str(raised.value) == (f"{path}: reading PDF files needs the optional pdfplumber package — "
                                 "install it with pip install 'policydiff[pdf]'")


def test_password_protected_pdf():
    pytest.importorskip("pdfplumber")
    data = _reportlab_pdf("一、总体要求\n\n（一）指导思想。坚持预防为主。\n", password="secret")
    with pytest.raises(InputError, match="the PDF is password-protected — remove the password"):
        document_text(data, "locked.pdf")


@pytest.mark.parametrize("data", [
    SCANNED[: len(SCANNED) // 2],
    b"%PDF-1.7\n" + bytes(range(256)) * 8,
    b"%PDF-",
])
def test_damaged_pdf(data):
    pytest.importorskip("pdfplumber")
    with pytest.raises(InputError, match=r"^damaged\.pdf: the PDF (cannot be read \(.*\) — check that the file "
                                         r"is complete|has no text layer)"):
        document_text(data, "damaged.pdf")


# ---------------------------------------------------------------- telling formats apart


@pytest.mark.parametrize("data, name, expected", [
    (b"%PDF-1.7\n", "x.txt", InputFormat.pdf),
    (b"\r\n\r\n%PDF-1.4\n", "x", InputFormat.pdf),  # junk before the header, as some generators write
    (b"PK\x03\x04\x14\x00", "x.txt", InputFormat.docx),
    (b"<!DOCTYPE html>\n<html>", "x.txt", InputFormat.html),
    (b"\xef\xbb\xbf  <HTML><BODY>", "x", InputFormat.html),
    (b"<!-- saved from url=(0014)about:internet -->\n<html>", "x", InputFormat.html),
    (b'<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', "x", InputFormat.html),
    ("<html><body>一、总体要求</body></html>".encode("utf-16"), "x", InputFormat.html),
    (b"<div><p>fragment</p></div>", "page.htm", InputFormat.html),
    (b"<div><p>fragment</p></div>", "page.txt", InputFormat.html),  # the content decides, not the name
    ("<!-- 正文 -->\n<p>一、总体要求</p>".encode("utf-8"), "x", InputFormat.html),
    ("标题\n<p>一、</p><p>二、</p><p>三、</p>".encode("utf-8"), "x", InputFormat.html),
    ("一、总体要求。\n二、见 <div> 标签。".encode("utf-8"), "x", InputFormat.text),
    ("一、总体要求 <html> 写在正文里".encode("utf-8"), "x.html", InputFormat.text),
    ("一、总体要求".encode("utf-8"), "x.pdf", InputFormat.text),
])
def test_sniff(data, name, expected):
    assert sniff(data, name) is expected


def _zip(members: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return buffer.getvalue()


_GOOD_DOCX = plain_docx("一、总体要求\n\n（一）指导思想。坚持预防为主。\n")

# Each bad input, the name it is saved under, and the message it gets ({path} is the file).
BAD_INPUTS = [
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(64),
     "{path}: is a PNG image, not a text document — if it is a scanned page, run OCR on it first and give "
     "policydiff the text"),
    ("photo.pdf", b"\xff\xd8\xff\xe0" + bytes(64),
     "{path}: is a JPEG image, not a text document — if it is a scanned page, run OCR on it first and give "
     "policydiff the text"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64),
     "{path}: is an old Word/Excel file (.doc, .xls) or a password-protected Office file — save it as .docx "
     "(without a password) or as text"),
    ("letter.rtf", b"{\\rtf1\\ansi ...}", "{path}: is an RTF file — save it as .docx or as text"),
    ("data.xml", b'<?xml version="1.0"?><policy><clause/></policy>',
     "{path}: is an XML file but not an HTML page — give the document as text, .html, .docx or .pdf"),
    ("archive.zip", _zip({"readme.txt": "一、总体要求"}),
     "{path}: is a ZIP archive without a Word document inside (no word/document.xml) — give the .docx file "
     "itself, or unpack the archive and give the document in it"),
    ("sheet.docx", _zip({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"}),
     "{path}: is an Excel workbook, not a Word document — save the document as .docx or as text"),
    ("empty.docx", make_docx("<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>"),
     "{path}: the Word document holds no text — check that it is the right file (a scanned document needs "
     "OCR first)"),
    ("empty.html", b"<html><head><title>\xe9\xa6\x96\xe9\xa1\xb5</title><script>var a = 1;</script></head>"
                   b"<body><div class='nav'><a href='/'>\xe9\xa6\x96\xe9\xa1\xb5</a></div></body></html>",
     "{path}: the HTML page holds no article text — save the page from a browser once it has loaded (some "
     "sites fill it in with JavaScript), or copy its text into a .txt file"),
    ("links.html", "<html><body><ul><li><a>关于甲的通知</a></li><li><a>关于乙的通知</a></li></ul></body></html>"
     .encode(),
     "{path}: the HTML page holds no article text — save the page from a browser once it has loaded (some "
     "sites fill it in with JavaScript), or copy its text into a .txt file"),
]
# Inputs whose message carries the parser's own words: checked up to them.
DAMAGED_INPUTS = [
    ("truncated.docx", _GOOD_DOCX[: len(_GOOD_DOCX) // 2],
     r"is a damaged ZIP/Word file \(.+\) — download it again, or open and save it again in Word"),
    ("garbled.docx", b"PK\x03\x04" + bytes(range(256)) * 4,
     r"is a damaged ZIP/Word file \(.+\) — download it again, or open and save it again in Word"),
    ("broken-xml.docx", _zip({"word/document.xml": "<w:document><w:body><w:p>"}),
     r"the Word document is damaged \(word/document.xml: .+\) — open and save it again in Word, or save it as text"),
    ("entity.docx", _zip({"word/document.xml": '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                                               f'<w:document xmlns:w="{_W}"><w:body><w:p><w:r><w:t>&x;</w:t>'
                                               '</w:r></w:p></w:body></w:document>'}),
     r"the Word document holds no text — .+"),
]


@pytest.mark.parametrize("name, data, message", BAD_INPUTS, ids=[case[0] for case in BAD_INPUTS])
def test_bad_inputs(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as raised:
        read_document(path)
    assert str(raised.value) == message.format(path=path)


@pytest.mark.parametrize("name, data, message", DAMAGED_INPUTS, ids=[case[0] for case in DAMAGED_INPUTS])
def test_damaged_inputs(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as raised:
        read_document(path)
    assert re.fullmatch(re.escape(f"{path}: ") + message, str(raised.value))
    assert "\n" not in str(raised.value)


# ---------------------------------------------------------------- fuzzing


@functools.cache
def fuzz_sample(kind: str) -> bytes:
    """One corpus document in each format, the seed of the mutations."""
    text = corpus_text("hunan")
    if kind == "pdf":
        pytest.importorskip("pdfplumber")
        return _reportlab_pdf(text)
    return {"txt": lambda: text.encode("gb18030"), "html": lambda: HTML_SHAPES["p-nested-divs"](text),
            "gbk-html": lambda: _gbk_page(text), "docx": lambda: numbered_docx(text)[0]}[kind]()


@st.composite
def mutations(draw, data: bytes) -> bytes:
    """``data`` with lines deleted or duplicated, random bytes written or inserted, or cut short."""
    data = bytearray(data)
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["truncate", "overwrite", "insert", "delete-lines", "duplicate-lines"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "truncate":
            del data[at:]
        elif kind == "overwrite":
            noise = draw(st.binary(min_size=1, max_size=32))
            data[at:at + len(noise)] = noise
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        else:
            lines = bytes(data).split(b"\n")
            first = draw(st.integers(0, len(lines) - 1))
            last = draw(st.integers(first, min(first + 20, len(lines))))
            lines[first:last] = [] if kind == "delete-lines" else lines[first:last] * 2
            data = bytearray(b"\n".join(lines))
    return bytes(data)


@pytest.mark.parametrize("kind", ["txt", "html", "gbk-html", "docx", "pdf"])
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_mutated_files_give_text_or_the_projects_error(kind, data):
    mutated = data.draw(mutations(fuzz_sample(kind)))
    try:
        text = document_text(mutated, f"mutated.{kind}")
    except InputError as error:
        assert "\n" not in str(error) and " — " in str(error)
    else:
        assert isinstance(text, str) and text.strip()


def _parse_under_500_mb(path: Path):
    """`policydiff parse PATH` in a process of its own whose address space is limited to 500 MB."""
    import subprocess
    import sys

    code = ("import resource, sys\n"
            "resource.setrlimit(resource.RLIMIT_AS, (500 * 2**20, 500 * 2**20))\n"
            "from policydiff.cli import main\n"
            f"sys.exit(main(['parse', {str(path)!r}, '--no-cache']))\n")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_zip_bomb_docx_is_refused_within_bounded_memory(tmp_path):
    """A .docx whose document.xml inflates to 300 MiB (from about 300 KB) is one line, under
    a 500 MB address-space limit in a process of its own."""
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
            chunk = b" " * 2**20
            for _ in range(300):
                part.write(chunk)
    result = _parse_under_500_mb(bomb)
    assert result.returncode == 2, result.stderr
    assert result.stderr == (f"policydiff: error: {bomb}: word/document.xml is too large to be a document "
                             "(over 32 MiB uncompressed) — check that this is the right file\n")


def _pdf_with_stream(payload: bytes, dictionary: bytes = b"/Filter /FlateDecode") -> bytes:
    """A one-page PDF whose page content is ``payload`` compressed with zlib."""
    import zlib

    stream = zlib.compress(payload, 9)
    return (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
            b"4 0 obj\n<< /Length " + str(len(stream)).encode() + b" " + dictionary + b" >>\nstream\n"
            + stream + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


def test_pdf_inflated_size_counts_zlib_streams_but_not_images():
    from policydiff.read.pdf import INFLATE_LIMIT, _inflated_size

    assert _inflated_size(_pdf_with_stream(b"BT ET " * 1000)) == 6000
    image = _pdf_with_stream(b"\0" * 3_000_000, b"/Type /XObject /Subtype /Image /Filter /FlateDecode")
    assert _inflated_size(image) == 0
    # Counting stops just past the limit: no more is inflated than that.
    assert INFLATE_LIMIT < _inflated_size(_pdf_with_stream(b" " * (INFLATE_LIMIT + 5 * 2**20))) <= INFLATE_LIMIT + 2**20


def test_pdf_bomb_is_refused_within_bounded_memory(tmp_path):
    """A PDF whose page content inflates to 300 MiB (from about 300 KB) is one line, under a
    500 MB address-space limit in a process of its own."""
    pytest.importorskip("pdfplumber")
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(_pdf_with_stream(b" " * (300 * 2**20)))
    assert bomb.stat().st_size < 400_000
    result = _parse_under_500_mb(bomb)
    assert result.returncode == 2, result.stderr
    assert result.stderr == (f"policydiff: error: {bomb}: the PDF's compressed streams inflate past 64 MiB, "
                             "too large to be a document — check that this is the right file\n")


def test_html_with_control_characters_in_its_markup_is_read():
    """A C0 control character (here inside a tag and in text) is dropped, not an lxml ValueError."""
    page = ("<html><body><div><form><input name=q>\x01button>搜索</button></form></div>"
            "<div class=article><p>一、总体要求\x02</p><p>（一）加强领导。各地要\x1f高度重视。</p></div></body></html>")
    text = document_text(page.encode(), "page.html")
    assert "一、总体要求" in text and "（一）加强领导。各地要高度重视。" in text
    assert not any("\x00" < ch < "\x09" or "\x0d" < ch < "\x20" for ch in text)
