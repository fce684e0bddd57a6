"""Write outputs whole or not at all: to a temporary file in the same folder, then rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import OutputError


def write_output(path: Path, data: str | bytes, encoding: str = "utf-8") -> None:
    """Write ``data`` to ``path`` atomically; a failure leaves no half-written file."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(f"{path}: is a directory", "give a file name for the output")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as error:
        raise OutputError(f"{folder}: cannot write there ({error.strerror})",
                          "choose a folder you can write to") from None
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(payload)
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
