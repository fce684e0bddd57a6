"""YAML in and out: the one module that imports pyyaml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import InputError


# Bounds on a YAML input (a manifest of a few thousand documents is well under both): its
# size, and its number of nodes once aliases are expanded (an alias bomb of twelve lines
# expands to billions).
MAX_YAML_BYTES = 64 * 1024 * 1024
MAX_YAML_NODES = 5_000_000


def load_yaml(path: Path) -> Any:
    """The data of a YAML file; a malformed, oversized or alias-bombed file is an InputError."""
    try:
        if path.stat().st_size > MAX_YAML_BYTES:
            raise InputError(f"{path}: is larger than {MAX_YAML_BYTES // 2**20} MiB", "give a smaller YAML file")
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file", "check the path") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory", "name a YAML file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot be read ({error})", "give a UTF-8 YAML file") from None
    try:
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
            if node is not None and _expanded_size(node, {}) > MAX_YAML_NODES:
                raise InputError(f"{path}: expands to more than {MAX_YAML_NODES:,} values through its aliases",
                                 "write the values out instead of repeating anchors (&x / *x)")
            return loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except RecursionError:
        raise InputError(f"{path}: is nested too deeply", "give a YAML file of plain lists and mappings") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise InputError(f"{path}: malformed YAML{where}: {problem}", "fix the file's syntax") from None


def dump_yaml(data: Any) -> str:
    """``data`` as block-style YAML with Chinese kept readable."""
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


def _expanded_size(node: yaml.Node, sizes: dict[int, int]) -> int:
    """Number of nodes of ``node`` with every alias expanded, counted once per shared node
    (linear in the composed document, however far its aliases expand)."""
    known = sizes.get(id(node))
    if known is not None:
        return known
    sizes[id(node)] = 1  # a node that contains itself counts once, not forever
    if isinstance(node, yaml.MappingNode):
        size = 1 + sum(_expanded_size(key, sizes) + _expanded_size(value, sizes) for key, value in node.value)
    elif isinstance(node, yaml.SequenceNode):
        size = 1 + sum(_expanded_size(item, sizes) for item in node.value)
    else:
        size = 1
    sizes[id(node)] = size
    return size
