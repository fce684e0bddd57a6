"""Read a document file: bytes → text in simplified Chinese with ``\\n`` line ends.

The format is told by the bytes, not the file name: plain text, an HTML page (or a
fragment of one), a Word (.docx) file or a PDF. This package's __init__ is the dispatcher:
it sniffs the format and hands the bytes to one reader module (text, html, docx, pdf);
the non-text readers are imported only when a file of their format comes, so that lxml
and pdfplumber stay out of start-up. Readers never import the dispatcher back.
"""

from __future__ import annotations

import codecs
import os
import re
from enum import Enum
from pathlib import Path

from ..errors import InputError
from .text import decode, to_simplified


class InputFormat(str, Enum):
    """Input formats that read_document understands."""

    text = "text"
    html = "html"
    docx = "docx"
    pdf = "pdf"


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
# A fragment of a page, without <html>: saved article blocks (<div class="wrap">…),
# database cells, clipboard copies. It opens with an element of the body (after whitespace
# and comments), or it holds several closing tags of such elements early on. Text that
# mentions a tag once (…写在正文里的 <html>) is neither.
HTML_FRAGMENT = re.compile(
    rb"\s*(?:<!--.*?-->\s*)*<(?:div|p|table|tbody|tr|td|span|font|section|article|main|center|h[1-6]|ul|ol|li"
    rb"|a|b|strong|br|img|style|script|link|form)\b[^>]*>",
    re.IGNORECASE | re.DOTALL,
)
BODY_CLOSING_TAG = re.compile(rb"</(?:div|p|td|tr|table|span|font|li|h[1-6]|section|article)\s*>", re.IGNORECASE)
_FRAGMENT_TAGS = 3
_SNIFF_WINDOW = 4096



def read_document(path: Path) -> str:
    """Text of the document at ``path`` (text, HTML, .docx or PDF, told by its bytes),
    decoded and converted to simplified characters."""
    return document_text(read_bytes(path), str(path))


# Limits on what one document may be: the largest of the 138 real documents of the collection
# is 265 KB of HTML; a policy document a thousand times larger is no document (or an attack).
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_TEXT_CHARS = 5_000_000


def read_bytes(path: Path) -> bytes:
    """The bytes of a document file; a missing, unreadable, oversized or not regular (directory,
    FIFO, device, socket) path is an InputError. Never blocks on a FIFO: it is not opened."""
    if not path.exists():
        raise InputError(f"{path}: no such file", "check the path")
    if path.is_dir():
        raise InputError(f"{path}: is a directory", "name a document file inside it")
    if not path.is_file():
        raise InputError(f"{path}: is not a regular file (a FIFO, device or socket)",
                         "save the document to a file and give that")
    try:
        with open(path, "rb") as file:
            # What the file holds and a byte more (a file that grew meanwhile is read on, up to
            # the limit and a byte): asking for the limit at once would allocate it every time.
            size = min(os.fstat(file.fileno()).st_size, MAX_FILE_BYTES)
            data = file.read(size + 1)
            if len(data) > size:
                data += file.read(MAX_FILE_BYTES + 1 - len(data))
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})", "check its permissions") from None
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"{path}: is larger than {MAX_FILE_BYTES // 2**20} MiB, too large for one policy document",
                         "give the document alone, not an archive or a collection")
    return data


def document_text(data: bytes, name: str = "<input>") -> str:
    """Text of a document's bytes in any format read_document understands; a text longer than
    MAX_TEXT_CHARS is an InputError."""
    text = _document_text(data, name)
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(f"{name}: holds {len(text):,} characters of text, more than the {MAX_TEXT_CHARS:,} "
                         "one policy document may have", "split it into its documents")
    return text


def _document_text(data: bytes, name: str) -> str:
    kind = sniff(data, name)
    if kind is InputFormat.text:
        return decode(data, name)
    if kind is InputFormat.html:
        from .html import html_text

        text = html_text(data, name)
    elif kind is InputFormat.docx:
        from .docx import docx_text

        text = docx_text(data, name)
    else:
        from .pdf import pdf_text

        text = pdf_text(data, name)
    return to_simplified(text.replace("\r\n", "\n").replace("\r", "\n"))


def sniff(data: bytes, name: str = "<input>") -> InputFormat:
    """The format of a document's bytes, by their content alone (``name`` only names the file
    in errors): a page or a fragment of one is HTML whatever the file is called.

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
    if (HTML_START.match(head) or HTML_FRAGMENT.match(head)
            or len(BODY_CLOSING_TAG.findall(head)) >= _FRAGMENT_TAGS):
        return InputFormat.html
    return InputFormat.text


def _ascii_head(data: bytes) -> bytes:
    """The first bytes, as ASCII-compatible bytes whatever the Unicode encoding form."""
    head = data[:_SNIFF_WINDOW]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", errors="ignore").encode("ascii", errors="ignore")
    return head.removeprefix(codecs.BOM_UTF8)


