"""Write outputs whole or not at all: to a temporary file in the same folder, then rename.

Only a regular file is ever replaced. Through a symbolic link the link's target is replaced
(the link stays); a FIFO, a device or a terminal is written straight into, never renamed over.
"""

from __future__ import annotations

import glob
import os
import re
import secrets
import shutil
import stat
import sys
from pathlib import Path

from .errors import OutputError, ReaderGone


def write_output(path: Path, data: str | bytes, encoding: str = "utf-8") -> None:
    """Write ``data`` to ``path`` atomically; a failure leaves no half-written file."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    path, direct = destination(path)
    if direct:
        try:
            with open(path, "wb") as file:
                file.write(payload)
        except OSError as error:
            raise OutputError(f"{path}: cannot be written ({error.strerror})",
                              "choose a path you can write to") from None
        return
    handle, temporary = temporary_beside(path)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(payload)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot be written ({error.strerror})",
                          "choose a path you can write to") from None
    put_in_place(temporary, path)


def destination(path: Path) -> tuple[Path, bool]:
    """Where to write for ``path``: the target of a symbolic link, and whether it must be written
    straight into (it exists and is not a regular file: a FIFO, a device) rather than replaced."""
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    try:
        mode = path.stat().st_mode
    except OSError:
        return path, False  # not there yet: a new regular file
    return path, not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def temporary_beside(path: Path) -> tuple[int, str]:
    """An open handle and the name of a new temporary file in ``path``'s folder (mode 0600 until
    put in place), after removing what killed runs left there for ``path``."""
    if path.is_dir():
        raise OutputError(f"{path}: is a directory", "give a file name for the output")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(path)
        temporary = temporary_name(path)
        return os.open(temporary, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600), \
            str(temporary)
    except OSError as error:
        raise OutputError(f"{folder}: cannot write there ({error.strerror})",
                          "choose a folder you can write to") from None


# A temporary of an output is named .NAME.PID.RANDOM.part beside it: hidden, never taken for
# the output, and telling which process made it.
_TEMPORARY = re.compile(r"\.(?P<name>.+)\.(?P<pid>\d+)\.[0-9a-f]{8}\.part")


def temporary_name(path: Path) -> Path:
    """A new hidden name beside ``path`` for a temporary file or folder that becomes it."""
    return path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.part")


def remove_stale_temporaries(path: Path) -> None:
    """Remove the temporaries of ``path`` whose process is gone: a run killed outright (SIGKILL,
    the out-of-memory killer, a power cut) cannot clean up, so the next run writing ``path`` does.
    A temporary of a running process is left alone."""
    for entry in path.parent.glob(f".{glob.escape(path.name)}.*.part"):
        found = _TEMPORARY.fullmatch(entry.name)
        if found is None or found["name"] != path.name or _running(int(found["pid"])):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)  # never follows a link inside
        else:
            entry.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # another user's process, or not a number of this system: leave it
    return True


def put_in_place(temporary: str, path: Path) -> None:
    """Rename the finished temporary to ``path``, readable as any file the user creates."""
    try:
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; a report is for sharing
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot be written ({error.strerror})",
                          "choose a path you can write to") from None


# How errors name standard output.
STDOUT_NAME = "standard output"


def write_failure(where: str, error: OSError) -> Exception:
    """What to raise when writing to ``where`` failed: ReaderGone when the reader of a pipe
    went away (… | head), else the one-line OutputError."""
    if isinstance(error, BrokenPipeError):
        return ReaderGone()
    return OutputError(f"{where}: cannot be written ({error.strerror})", "free some space or write elsewhere")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class StreamOutput:
    """A text output written piece by piece: stdout, or a file that appears (atomically) only
    when the with-block succeeds; on failure the partial temporary is removed. Pieces are text,
    or text already encoded in UTF-8 (bytes), written as they are."""

    def __init__(self, path: Path | None, encoding: str = "utf-8") -> None:
        self.path = path
        self.encoding = encoding
        self._file = None
        self._temporary: str | None = None

    def __enter__(self) -> "StreamOutput":
        if self.path is None:
            return self
        target, direct = destination(self.path)
        try:
            if direct:
                self._file = open(target, "wb")
                return self
        except OSError as error:
            raise OutputError(f"{target}: cannot be written ({error.strerror})",
                              "choose a path you can write to") from None
        self.path = target
        handle, self._temporary = temporary_beside(target)
        self._file = os.fdopen(handle, "wb")
        return self

    def write(self, text: str | bytes) -> None:
        try:
            if self._file is not None:
                self._file.write(text.encode(self.encoding) if isinstance(text, str) else text)
            elif isinstance(text, str):
                sys.stdout.write(text)
            else:
                _write_stdout(text)
        except OSError as error:
            raise write_failure(self._name(), error) from None

    def _name(self) -> str:
        return STDOUT_NAME if self.path is None else str(self.path)

    def __exit__(self, kind, value, traceback) -> None:
        try:
            if self._file is None:
                sys.stdout.flush()
                return
            self._file.close()
        except OSError as error:
            if self._temporary is not None:
                Path(self._temporary).unlink(missing_ok=True)
            if kind is None or isinstance(error, BrokenPipeError):
                raise write_failure(self._name(), error) from None
            return
        if self._temporary is None:
            return  # written straight into a FIFO or device
        assert self.path is not None
        if kind is not None:
            Path(self._temporary).unlink(missing_ok=True)
            return
        put_in_place(self._temporary, self.path)


def _write_stdout(data: bytes) -> None:
    """UTF-8 text to stdout: into its byte layer, after the text written before it, when it has
    one (a stream that is only text gets it decoded)."""
    layer = getattr(sys.stdout, "buffer", None)
    if layer is None:
        sys.stdout.write(data.decode())
        return
    sys.stdout.flush()
    layer.write(data)


class AllOrNothing:
    """An output written whole or not at all. As a context manager: put in place (``close``) when
    the block succeeds, thrown away (``discard``) when it fails, leaving what was there before."""

    _closed: bool

    def close(self) -> object:
        raise NotImplementedError

    def discard(self) -> None:
        raise NotImplementedError

    def __enter__(self):  # noqa: ANN204 (the subclass)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: object) -> None:
        if kind is None:
            self.close()
        elif not self._closed:
            self.discard()
