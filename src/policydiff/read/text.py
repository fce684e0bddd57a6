"""Read plain text: bytes in any encoding Chinese government text comes in → str in
simplified characters. The other readers decode the text they hold with it too."""

from __future__ import annotations

import codecs
import functools
import re

from ..errors import InputError

# Signatures of formats that are certainly not plain text: said by name in the error.
_MAGIC = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP/Office file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an old Word/Excel file",
}

# Legacy encodings of Chinese government text, tried in order after UTF-8.
_LEGACY = ("gb18030", "big5")

# Share of CJK characters that t2s conversion changes above which a text is taken
# to be in traditional characters. Simplified texts change next to nothing
# (none at all in the bundled corpus); traditional copies of it change about 40 %.
_TRADITIONAL_SHARE = 0.05


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


# Control characters that no text file holds: every one below 32 but \t \n \v \f.
_CONTROL = re.compile(r"[\x00-\x08\x0d-\x1f]")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]+")


def _control_share(text: str) -> float:
    return len(_CONTROL.findall(text)) / max(len(text), 1)  # few or none: the list stays short


@functools.cache
def _converter():
    import opencc  # only here: the one place that converts scripts

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """``text`` in simplified characters when it is written in traditional ones."""
    cjk = len(_NOT_CJK.sub("", text))
    if not cjk:
        return text
    converted = _converter().convert(text)
    if converted == text:  # nearly every document: nothing to count
        return text
    changed = sum(1 for a, b in zip(text, converted) if a != b)
    if len(converted) == len(text) and changed / cjk < _TRADITIONAL_SHARE:
        return text
    return converted
