"""Reading: encodings, line ends and traditional characters all give the same clauses."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from policydiff import InputError, decode, parse_text, read_document

from conftest import CORPUS, DOCUMENT_IDS


@functools.cache
def to_traditional(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(text)


def clauses(text: str) -> list[tuple[str, str, str]]:
    return [(c.id, c.heading, c.text) for c in parse_text(text).clauses]


VARIANTS = {
    "utf-8-bom": lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
    "utf-16": lambda text: text.encode("utf-16"),
    "utf-16-be": lambda text: b"\xfe\xff" + text.encode("utf-16-be"),
    "gb18030": lambda text: text.encode("gb18030"),
    "crlf": lambda text: text.replace("\n", "\r\n").encode("utf-8"),
    "cr": lambda text: text.replace("\n", "\r").encode("utf-8"),
    "traditional-utf8": lambda text: to_traditional(text).encode("utf-8"),
}


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("doc", DOCUMENT_IDS)
def test_variants_parse_to_the_same_clauses(doc, variant):
    original = (CORPUS / f"{doc}.txt").read_bytes().decode("utf-8")
    try:
        data = VARIANTS[variant](original)
    except UnicodeEncodeError:
        pytest.skip(f"{doc} has characters outside {variant}")
    assert data != original.encode("utf-8")
    assert clauses(decode(data, doc)) == clauses(original)


def test_traditional_copy_really_differs():
    original = (CORPUS / "jilin.txt").read_text(encoding="utf-8")
    traditional = to_traditional(original)
    assert "醫療衛生服務體系" in traditional and "医疗卫生服务体系" not in traditional
    assert decode(traditional.encode("utf-8")) == original.replace("\r\n", "\n")


def test_big5_traditional_text():
    data = "一、總體要求\n\n（一）指導思想。以人民健康為中心，堅持預防為主。\n".encode("big5")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode(data) == "一、总体要求\n\n（一）指导思想。以人民健康为中心，坚持预防为主。\n"


def test_simplified_text_is_left_alone():
    text = "着眼于全省拳击项目的可持续发展。著作权。"
    assert decode(text.encode("utf-8")) == text


@pytest.mark.parametrize("data, message", [
    (b"", "the file is empty"),
    (b"  \n\t \r\n", "the file is empty"),
    ("\u3000\u3000\n".encode("utf-8"), "only whitespace"),
    (b"%PDF-1.7 ...", "is a PDF file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "is a PNG image"),
    (b"PK\x03\x04\x14\x00", "is a ZIP/Office file"),
    (bytes(range(256)) * 4, "binary data"),
    (b"\xff\xfe\x00\xd8", "invalid utf-16"),
    (b"\x81\x30\x81", "neither UTF-8, GB18030 nor Big5"),
])
def test_bad_bytes(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "sample.txt")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_document(tmp_path)


def test_html_fragment_is_read_as_html_whatever_its_name_and_cache_history(tmp_path):
    from policydiff import load_document
    from policydiff.cache import ParseCache

    fragment = ('<div class="wrap"><table><tr><td>索引号：000</td></tr></table>'
                '<td id="UCAP-CONTENT"><p>为推动发展，制定本方案。</p><p>一、总体要求</p>'
                '<p>（一）坚持创新，协同推进。加强研发。</p><p>（二）完善机制。健全制度。</p></td></div>').encode("utf-8")
    cache = ParseCache(tmp_path / "cache")
    (tmp_path / "page.txt").write_bytes(fragment)
    (tmp_path / "page.html").write_bytes(fragment)
    first = load_document(tmp_path / "page.txt", cache)
    assert [(c.id, c.heading, c.text) for c in first.clauses] == [
        ("0", "", "为推动发展，制定本方案。"), ("1.1", "坚持创新，协同推进", "加强研发。"), ("1.2", "完善机制", "健全制度。")]
    assert load_document(tmp_path / "page.html", cache).clauses == first.clauses
    assert load_document(tmp_path / "page.txt").clauses == first.clauses  # no cache at all


def test_cache_key_changes_with_the_parsing_code(tmp_path, monkeypatch):
    import shutil

    from policydiff import cache

    package = tmp_path / "policydiff"
    shutil.copytree(Path(cache.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "__file__", str(package / "cache.py"))
    before = cache.code_version.__wrapped__()
    (package / "render" / "html.py").write_text("# a renderer changes nothing cached\n")
    assert cache.code_version.__wrapped__() == before
    (package / "parse.py").write_text((package / "parse.py").read_text() + "\n# a parser change\n")
    changed = cache.code_version.__wrapped__()
    (package / "read" / "text.py").write_text((package / "read" / "text.py").read_text() + "\n# a reader change\n")
    assert len({before, changed, cache.code_version.__wrapped__()}) == 3
    assert cache.ParseCache(tmp_path).directory.name.endswith(cache.code_version())


def test_fifo_is_refused_without_blocking(tmp_path):
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match=r"pipe.txt: is not a regular file \(a FIFO, device or socket\)"):
        read_document(fifo)


def test_text_over_the_limit_is_refused(monkeypatch):
    import policydiff.read as read

    monkeypatch.setattr(read, "MAX_TEXT_CHARS", 1000)
    with pytest.raises(InputError, match=r"x.txt: holds 1,200 characters of text, more than the 1,000"):
        read.document_text(("一、总体要求。" * 200).encode("utf-8")[: 3600], "x.txt")


def test_a_file_up_to_the_size_limit_is_read_whole_and_a_larger_one_refused(tmp_path, monkeypatch):
    from policydiff import read

    monkeypatch.setattr(read, "MAX_FILE_BYTES", 100)
    at_limit, over = tmp_path / "at.txt", tmp_path / "over.txt"
    at_limit.write_bytes(b"a" * 100)
    over.write_bytes(b"a" * 101)
    assert read.read_bytes(at_limit) == b"a" * 100
    with pytest.raises(InputError, match="over.txt: is larger than 0 MiB"):
        read.read_bytes(over)


def test_cache_key_covers_every_module_the_pipeline_imports():
    """A module the cached pipeline imports (parse imports tasks …) changes what an entry holds: its
    code is part of the key, or an old entry would outlive a new rule."""
    import ast

    from policydiff import cache

    package = Path(cache.__file__).parent
    covered = {name.removesuffix(".py") for name in cache._PIPELINE}
    sources = [path for name in cache._PIPELINE
               for path in (sorted((package / name).glob("*.py")) if (package / name).is_dir() else [package / name])]
    # (Imports of the package's modules: one dot from a module of the package, two from a reader's.)
    imported = {node.module.split(".")[0] for source in sources for node in ast.walk(ast.parse(source.read_text()))
                if isinstance(node, ast.ImportFrom) and node.module
                and node.level == (1 if source.parent == package else 2)}
    # (The readers' errors and the cache's own reading of entries decide nothing an entry holds.)
    assert imported - covered <= {"errors", "cache"}, imported - covered


def test_a_portals_title_over_the_article_is_the_documents(tmp_path):
    """A portal sets the document's title in an <h1> over the article's container: it is the document's title
    (here a notice's, which names the plan it sends: the plan after the notice's date is read, and the document
    is the plan); a title the container repeats is not doubled."""
    article = ("<p>各县区人民政府：</p><p>现将《某市全民健身实施计划》印发给你们，并提出以下要求。</p>"
               "<p>一、提高思想认识。各地要高度重视。</p><p>二、加强督导落实。定期督导。</p><p>某市人民政府</p>"
               "<p>2024年4月12日</p><p>某市全民健身实施计划</p><p>为建设体育强市，制定本计划。</p><p>一、工作目标</p>"
               "<p>到2025年，人均体育场地面积达到2.8平方米。</p><p>二、重点任务</p><p>完善健身设施。建设步道。</p>")
    page = ("<html><head><title>某市人民政府</title></head><body><div class='nav'><a href='/'>首页</a></div>"
            "<h1 class='art_title'>某市人民政府关于印发某市全民健身实施计划的通知</h1>"
            f"<div class='TRS_UEDITOR'>{article}</div></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    document = parse_text(read_document(tmp_path / "page.html"))
    assert document.meta.title == "某市全民健身实施计划"
    assert [c.id for c in document.clauses] == ["0", "1", "2", "1'", "2'"]
    (tmp_path / "repeated.html").write_text(page.replace("<div class='TRS_UEDITOR'>", "<div class='TRS_UEDITOR'><p>"
                                                         "某市人民政府关于印发某市全民健身实施计划的通知</p>"),
                                            encoding="utf-8")
    assert read_document(tmp_path / "repeated.html").count("某市人民政府关于印发某市全民健身实施计划的通知") == 1


def test_a_portals_heading_its_page_title_opens_with_is_the_title(tmp_path):
    """An <h1> over the article naming no kind of document the title list knows (…批前公示) is still the title when
    the page's own <title> opens with it (the title, then the column's and the site's names); an <h1> the <title>
    does not name (the site's banner) is not."""
    article = "<div class='article-content'><p>现将规划草案主要内容予以公示。</p><p>一、规划范围</p><p>市域国土总面积8496平方公里。</p></div>"
    page = ("<html><head><title>《某市国土空间总体规划（2021—2035年）》批前公示_规划公示_某市自然资源和规划局</title></head>"
            "<body><h1>{}</h1>" + article + "</body></html>")
    (tmp_path / "page.html").write_text(page.format("《某市国土空间总体规划（2021—2035年）》批前公示"), encoding="utf-8")
    assert parse_text(read_document(tmp_path / "page.html")).meta.title == "《某市国土空间总体规划（2021—2035年）》批前公示"
    (tmp_path / "banner.html").write_text(page.format("某市自然资源和规划局欢迎您"), encoding="utf-8")
    assert parse_text(read_document(tmp_path / "banner.html")).meta.title == ""


def test_a_content_systems_own_container_tag_holds_the_article(tmp_path):
    """<UCAPCONTENT> (a content system's own tag, no HTML block) holding the article's paragraphs is its container:
    the whole article is read, not its longest paragraph alone."""
    body = ("<p>为提升耕地质量，制定本方案。</p><p>一、目标任务<br>到2027年，建成高标准农田95万亩。</p>"
            "<p>二、建设内容<br>（一）土地平整。合理归并田块，实施土地平整工程，满足机械化作业要求，提高耕地质量。<br>"
            "（二）灌溉与排水。配套完善渠系、管网、泵站、蓄水池等设施，推广高效节水灌溉技术。<br>"
            "（三）田间道路。合理布局机耕路和生产路，配套建设错车道、下田坡道等附属设施。</p>")
    page = f"<html><body><div class='nav'><a href='/'>首页</a></div><UCAPCONTENT>{body}</UCAPCONTENT></body></html>"
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    document = parse_text(read_document(tmp_path / "page.html"))
    assert [c.id for c in document.clauses] == ["0", "1", "2.1", "2.2", "2.3"]
