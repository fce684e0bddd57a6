"""Read a document file: bytes → text in simplified Chinese with ``\\n`` line ends.

The format is told by the bytes, not the file name: plain text, an HTML page, a Word
(.docx) file or a PDF. Each non-text format has its own module (read_html, read_docx,
read_pdf), imported only when a file of that format comes, so that lxml and pdfplumber
stay out of start-up.
"""

from __future__ import annotations

import codecs
import functools
import re
from enum import Enum
from pathlib import Path

from .errors import InputError


class InputFormat(str, Enum):
    """Input formats that read_document understands."""

    text = "text"
    html = "html"
    docx = "docx"
    pdf = "pdf"


# Signatures of formats that are certainly not plain text: said by name in the error.
_MAGIC = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP/Office file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an old Word/Excel file",
}

# Signatures of files that are no document at all, said by name in the error.
_NOT_DOCUMENTS = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
}
# The PDF header may follow a few bytes of junk: readers look within the first kilobyte.
_PDF_WINDOW = 1024
# The opening of an HTML page, after whitespace, comments and an XML declaration.
HTML_START = re.compile(
    rb"\s*(?:<!--.*?-->\s*|<\?xml[^>]*>\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.IGNORECASE | re.DOTALL,
)
# Within the first bytes of an XML file: the root or doctype of an XHTML page.
XHTML_ROOT = re.compile(rb"<(?:!doctype\s+)?html\b", re.IGNORECASE)
_SNIFF_WINDOW = 4096
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")

# Legacy encodings of Chinese government text, tried in order after UTF-8.
_LEGACY = ("gb18030", "big5")

# Share of CJK characters that t2s conversion changes above which a text is taken
# to be in traditional characters. Simplified texts change next to nothing
# (none at all in the bundled corpus); traditional copies of it change about 40 %.
_TRADITIONAL_SHARE = 0.05


def read_document(path: Path) -> str:
    """Text of the document at ``path`` (text, HTML, .docx or PDF, told by its bytes),
    decoded and converted to simplified characters."""
    return document_text(read_bytes(path), str(path))


def read_bytes(path: Path) -> bytes:
    """The bytes of a document file; a missing, unreadable or directory path is an InputError."""
    if not path.exists():
        raise InputError(f"{path}: no such file", "check the path")
    if path.is_dir():
        raise InputError(f"{path}: is a directory", "name a document file inside it")
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})", "check its permissions") from None


def document_text(data: bytes, name: str = "<input>") -> str:
    """Text of a document's bytes in any format read_document understands."""
    kind = sniff(data, name)
    if kind is InputFormat.text:
        return decode(data, name)
    if kind is InputFormat.html:
        from .read_html import html_text

        text = html_text(data, name)
    elif kind is InputFormat.docx:
        from .read_docx import docx_text

        text = docx_text(data, name)
    else:
        from .read_pdf import pdf_text

        text = pdf_text(data, name)
    return to_simplified(text.replace("\r\n", "\n").replace("\r", "\n"))


def sniff(data: bytes, name: str = "<input>") -> InputFormat:
    """The format of a document's bytes, by their signature; the file name only breaks a tie
    (markup without an <html> opening is read as HTML when the name ends in .html).

    Raises InputError for files that are certainly no document: images, old Office files.
    """
    if b"%PDF-" in data[:_PDF_WINDOW]:
        return InputFormat.pdf
    if data.startswith(b"PK\x03\x04"):
        return InputFormat.docx  # the Word reader says so when the archive holds no document
    for magic, what in _NOT_DOCUMENTS.items():
        if data.startswith(magic):
            raise InputError(f"{name}: is {what}, not a text document",
                             "if it is a scanned page, run OCR on it first and give policydiff the text")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(f"{name}: is an old Word/Excel file (.doc, .xls) or a password-protected Office file",
                         "save it as .docx (without a password) or as text")
    if data.startswith(b"{\\rtf"):
        raise InputError(f"{name}: is an RTF file", "save it as .docx or as text")
    head = _ascii_head(data)
    if head.lstrip().startswith(b"<?xml") and not XHTML_ROOT.search(head):
        raise InputError(f"{name}: is an XML file but not an HTML page",
                         "give the document as text, .html, .docx or .pdf")
    if HTML_START.match(head) or (name.lower().endswith(_HTML_SUFFIXES) and head.lstrip().startswith(b"<")):
        return InputFormat.html
    return InputFormat.text


def _ascii_head(data: bytes) -> bytes:
    """The first bytes, as ASCII-compatible bytes whatever the Unicode encoding form."""
    head = data[:_SNIFF_WINDOW]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", errors="ignore").encode("ascii", errors="ignore")
    return head.removeprefix(codecs.BOM_UTF8)


def decode(data: bytes, name: str = "<input>") -> str:
    """Decode document bytes (UTF-8 with or without BOM, UTF-16 with BOM, GB18030, Big5)."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty", "give a document with text")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{name}: is {what}, not a text document", "convert it to text first")
    text = _decode_bytes(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text or _control_share(text) > 0.01:
        raise InputError(f"{name}: looks like binary data, not text", "give a UTF-8 or GB18030 text file")
    if not text.strip():
        raise InputError(f"{name}: the file holds only whitespace", "give a document with text")
    return to_simplified(text)


# Declared charsets that name a subset of a wider codec which pages really use:
# pages labelled gb2312 hold GBK characters, GBK pages GB18030 ones.
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "x-gbk": "gb18030",
          "euc-cn": "gb18030", "hz-gb-2312": "gb18030", "big5": "big5hkscs", "ascii": "utf-8",
          "us-ascii": "utf-8"}


def decode_declared(data: bytes, name: str, declared: str | None) -> str:
    """Decode bytes whose container (an HTML page, an XML file) declares a charset:
    the declared one when it is a Unicode or Chinese codec and fits the bytes, otherwise
    the detection of decode(). Western single-byte labels fit any bytes and are often
    wrong on Chinese pages, so they are tried only after detection fails."""
    codec = None
    if declared:
        label = declared.strip().lower()
        try:
            codec = codecs.lookup(_WIDER.get(label, label)).name
        except LookupError:
            codec = None
    if codec and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        if codec.startswith(("utf", "gb", "big5", "hz")):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                pass
        else:
            try:
                return _decode_bytes(data, name)
            except InputError:
                return data.decode(codec, errors="replace")
    return _decode_bytes(data, name)


def _decode_bytes(data: bytes, name: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name)
    if b"\x00" in data:
        raise InputError(f"{name}: looks like binary data, not text", "give a UTF-8 or GB18030 text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding in _LEGACY:
        try:
            candidates.append(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise InputError(f"{name}: the bytes are neither UTF-8, GB18030 nor Big5",
                         "re-save the file as UTF-8")
    # Big5 bytes often decode as GB18030 too, into rare characters: keep the reading
    # in which most CJK characters are common ones.
    return max(candidates, key=_common_share)


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(f"{name}: has a {encoding} byte-order mark but invalid {encoding} bytes",
                         "re-save the file as UTF-8") from None


def _common_share(text: str) -> float:
    """Share of non-ASCII characters that are common CJK characters or punctuation."""
    wide = [ch for ch in text if ord(ch) > 127]
    if not wide:
        return 0.0
    common = sum(1 for ch in wide if _encodable(ch, "gb2312") or _encodable(ch, "big5"))
    return common / len(wide)


def _encodable(ch: str, encoding: str) -> bool:
    try:
        ch.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _control_share(text: str) -> float:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\t\f\v")
    return controls / max(len(text), 1)


@functools.cache
def _converter():
    import opencc  # only here: the one place that converts scripts

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """``text`` in simplified characters when it is written in traditional ones."""
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    if not cjk:
        return text
    converted = _converter().convert(text)
    changed = sum(1 for a, b in zip(text, converted) if a != b)
    if len(converted) == len(text) and changed / cjk < _TRADITIONAL_SHARE:
        return text
    return converted
