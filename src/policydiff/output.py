"""Write outputs whole or not at all: to a temporary file in the same folder, then rename."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from .errors import OutputError


def write_output(path: Path, data: str | bytes, encoding: str = "utf-8") -> None:
    """Write ``data`` to ``path`` atomically; a failure leaves no half-written file."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    handle, temporary = _temporary_beside(path)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(payload)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot be written ({error.strerror})",
                          "choose a path you can write to") from None
    _put_in_place(temporary, path)


def _temporary_beside(path: Path) -> tuple[int, str]:
    """An open handle and the name of a new temporary file in ``path``'s folder."""
    if path.is_dir():
        raise OutputError(f"{path}: is a directory", "give a file name for the output")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as error:
        raise OutputError(f"{folder}: cannot write there ({error.strerror})",
                          "choose a folder you can write to") from None


def _put_in_place(temporary: str, path: Path) -> None:
    """Rename the finished temporary to ``path``, readable as any file the user creates."""
    try:
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; a report is for sharing
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot be written ({error.strerror})",
                          "choose a path you can write to") from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class StreamOutput:
    """A text output written piece by piece: stdout, or a file that appears (atomically) only
    when the with-block succeeds; on failure the partial temporary is removed."""

    def __init__(self, path: Path | None, encoding: str = "utf-8") -> None:
        self.path = path
        self.encoding = encoding
        self._file = None
        self._temporary: str | None = None

    def __enter__(self) -> "StreamOutput":
        if self.path is None:
            return self
        handle, self._temporary = _temporary_beside(self.path)
        self._file = os.fdopen(handle, "w", encoding=self.encoding, newline="")
        return self

    def write(self, text: str) -> None:
        if self._file is None:
            sys.stdout.write(text)
        else:
            self._file.write(text)

    def __exit__(self, kind, value, traceback) -> None:
        if self._file is None:
            sys.stdout.flush()
            return
        self._file.close()
        assert self._temporary is not None and self.path is not None
        if kind is not None:
            Path(self._temporary).unlink(missing_ok=True)
            return
        _put_in_place(self._temporary, self.path)
