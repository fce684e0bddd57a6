"""YAML in and out: the one module that imports pyyaml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import InputError


def load_yaml(path: Path) -> Any:
    """The data of a YAML file; a malformed file is an InputError naming its line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file", "check the path") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory", "name a YAML file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot be read ({error})", "give a UTF-8 YAML file") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise InputError(f"{path}: malformed YAML{where}: {problem}", "fix the file's syntax") from None


def dump_yaml(data: Any) -> str:
    """``data`` as block-style YAML with Chinese kept readable."""
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
