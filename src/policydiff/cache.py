"""The parse cache: parsed documents, their segmented words and targets, on disk between runs.

Keyed by the SHA-256 of a file's bytes, policydiff's version and a digest of the code that
reads, parses and segments, so an edited file, a new release or a changed parser parses
afresh: no result ever depends on what an older parser left in the cache.

Entries are JSON written atomically: plain data, never code (a cache folder may be shared, and
a planted file must not run anything). Each names the key it was written for; an entry that
cannot be read, has another shape or names another key (copied over another's name) is
ignored and rewritten, never an error and never taken for the document it is not.
"""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from . import __version__
from .model import Agencies, Clause, Document, Meta, Section
from .serialize import document_dict, target_dict
from .targets import Target, Value

if TYPE_CHECKING:
    from .tokenize import Segmentation

# Bumped when the stored structures change shape within one release.
_FORMAT = 6  # 6: a document's words as a tokenize.Segmentation
# The modules whose code decides what a cache entry holds (documents and their words).
# (A test holds it to every module they import.)
_PIPELINE = ("read", "normalize.py", "paragraphs.py", "typed_tables.py", "numbering.py", "parse.py", "tasks.py",
             "model.py", "tokenize.py", "align.py", "similarity.py", "targets.py")


@functools.cache
def code_version() -> str:
    """A digest of the reading, parsing and segmenting code (12 hex digits)."""
    package = Path(__file__).resolve().parent
    code = hashlib.sha256()
    for name in _PIPELINE:
        path = package / name
        for source in sorted(path.glob("*.py")) if path.is_dir() else [path]:
            code.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
    return code.hexdigest()[:12]


def default_cache_dir() -> Path:
    """The platform's user cache directory for policydiff."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("policydiff", appauthor=False))


def digest(data: bytes) -> str:
    """The cache key of a file's bytes."""
    return hashlib.sha256(data).hexdigest()


class ParseCache:
    """Parsed documents and segmented words under one directory."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory / f"v{__version__}-{_FORMAT}-{code_version()}"

    def _path(self, key: str, kind: str) -> Path:
        return self.directory / key[:2] / f"{key}.{kind}.json"

    def get(self, key: str, kind: str) -> Any | None:
        """The entry ``kind`` for ``key``, or None: "document", a Document; "words", the Segmentation
        of the texts the aligner segments in every document ("base-words", of those it segments
        only in BASE); "targets", the document's targets (their ``document`` empty: the id belongs
        to the path)."""
        try:
            with open(self._path(key, kind), "rb") as file:
                data = orjson.loads(file.read())
            if data["key"] != key or data["kind"] != kind:
                return None
            return _READERS[kind](data["value"], key)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # missing, damaged or foreign: a miss, rewritten by the next put

    def put(self, key: str, kind: str, value: Any) -> None:
        """Store an entry; a cache that cannot be written is skipped silently (it is only a cache)."""
        path = self._path(key, kind)
        data = {"key": key, "kind": kind, "value": _WRITERS[kind](value)}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
            with os.fdopen(handle, "wb") as file:
                file.write(orjson.dumps(data))
            os.replace(temporary, path)
        except OSError:
            return


def _document(data: dict[str, Any], key: str) -> Document:
    """A Document from its stored data (serialize.document_dict, the shape of ``parse --format
    json``); TypeError, KeyError or ValueError when the data has another shape."""
    meta = {name: _text(value) for name, value in data["meta"].items() if name != "cites"}
    meta = Meta(**meta, cites=tuple(_text(number) for number in data["meta"]["cites"]))
    clauses = tuple(Clause(_text(c["id"]), _level(c["level"]), _text(c["heading"]), _text(c["text"]),
                           tuple(map(_text, c["sentences"])),
                           Agencies(tuple(map(_text, c["agencies"]["lead"])),
                                    tuple(map(_text, c["agencies"]["responsible"]))))
                    for c in data["clauses"])
    sections = tuple(Section(_text(s["id"]), _level(s["level"]), _text(s["heading"])) for s in data["sections"])
    return Document(_text(data["id"]), meta, clauses, sections, digest=key)


def _segmentation(data: dict[str, Any], key: str) -> Segmentation:
    from .tokenize import Segmentation  # with numpy: only where words are read

    # The vocabulary is stored joined by spaces (a content word never holds one: tokenize.words).
    return Segmentation(tuple(_text(data["vocabulary"]).split(" ")) if data["vocabulary"] else (), data["texts"])


def _stored_segmentation(segmentation: Segmentation) -> dict[str, Any]:
    return {"vocabulary": " ".join(segmentation.vocabulary), "texts": segmentation.texts}


def _targets(data: list[Any], key: str) -> tuple[Target, ...]:
    return tuple(Target("", _text(t["clause"]), _index(t["sentence"]), _text(t["indicator"]), _value(t["value"]),
                        _optional(t["unit"]), _text(t["comparator"]), _year(t["year"]), _optional(t["period"]),
                        _text(t["text"]))
                 for t in data)


_READERS = {"document": _document, "words": _segmentation, "base-words": _segmentation, "targets": _targets}
_WRITERS = {"document": document_dict, "words": _stored_segmentation, "base-words": _stored_segmentation,
            "targets": lambda targets: [target_dict(t) for t in targets]}


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not a string")
    return value


def _level(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("not a level")
    return value


_index = _level


def _optional(value: Any) -> str | None:
    return None if value is None else _text(value)


def _year(value: Any) -> int | None:
    return None if value is None else _level(value)


def _value(value: Any) -> Value:
    """A target's value: a number, a ratio string, or a range (stored as a two-item list)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and len(value) == 2:
        return (_number(value[0]), _number(value[1]))
    return _number(value)


def _number(value: Any) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise TypeError("not a number")
    return float(value)
