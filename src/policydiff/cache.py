"""The parse cache: parsed documents and their segmented words, on disk between runs.

Keyed by the SHA-256 of a file's bytes, policydiff's version and a digest of the code that
reads, parses and segments, so an edited file, a new release or a changed parser parses
afresh: no result ever depends on what an older parser left in the cache. Entries are pickles written atomically; an entry that cannot be read
(truncated, corrupt, from another Python) is ignored and rewritten, never an error.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

from . import __version__

# Bumped when the pickled structures change shape within one release.
_FORMAT = 1
# The modules whose code decides what a cache entry holds (documents and their words).
_PIPELINE = ("read", "normalize.py", "numbering.py", "parse.py", "model.py", "tokenize.py", "align.py")


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
        return self.directory / key[:2] / f"{key}.{kind}.pickle"

    def get(self, key: str, kind: str) -> Any | None:
        """The entry ``kind`` ("document" or "words") for ``key``, or None."""
        try:
            with open(self._path(key, kind), "rb") as file:
                return pickle.load(file)
        except FileNotFoundError:
            return None
        except Exception:  # noqa: BLE001 — a damaged entry is a miss, and will be rewritten
            return None

    def put(self, key: str, kind: str, value: Any) -> None:
        """Store an entry; a cache that cannot be written is skipped silently (it is only a cache)."""
        path = self._path(key, kind)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
            with os.fdopen(handle, "wb") as file:
                pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except OSError:
            return
