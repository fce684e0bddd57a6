"""The files a run's arguments name: files, folders and globs. Light to import (no parser, no
aligner), so that a command can count its documents, and start its workers, first."""

from __future__ import annotations

import glob
from collections.abc import Sequence
from pathlib import Path

from .errors import InputError

# File kinds a folder is searched for (everything the readers take).
DOCUMENT_SUFFIXES = (".txt", ".html", ".htm", ".docx", ".pdf")
_GLOB_CHARS = set("*?[")


def expand_inputs(arguments: Sequence[Path], exclude: Path | None = None) -> list[Path]:
    """Files named by ``arguments``: files as given, folders searched (not recursively) for
    documents, globs expanded; each file once, in argument order (sorted within a folder or glob)."""
    found: list[Path] = []
    for argument in arguments:
        text = str(argument)
        if any(ch in _GLOB_CHARS for ch in text) and not argument.exists():
            matches = sorted(Path(p) for p in glob.glob(text, recursive=True))
            matches = [p for p in matches if p.is_file()]
            if not matches:
                raise InputError(f"{text}: matches no file", "check the pattern (quote it to stop the shell expanding it)")
            found.extend(matches)
        elif argument.is_dir():
            matches = sorted(p for p in argument.iterdir()
                             if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
            if not matches:
                raise InputError(f"{argument}: holds no documents ({', '.join(DOCUMENT_SUFFIXES)})",
                                 "name a folder with documents in it")
            found.extend(matches)
        else:
            found.append(argument)
    seen: set[Path] = set() if exclude is None else {exclude.resolve()}
    unique = []
    for path in found:
        resolved = path.resolve()
        if resolved in seen:
            continue
        seen.add(resolved)
        unique.append(path)
    return unique
