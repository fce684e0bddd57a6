"""Byte-compile the package before timing the command, as an installed package is.

pip compiles a package's modules when it installs it, and Python writes the bytecode of any other
on its first import. A machine that sets PYTHONDONTWRITEBYTECODE (this one does) never keeps it
for an editable install: every run then compiles the package's sources again, once in the command
and once in the fork server (0.07-0.09 s of CPU to import the aligner's modules), where the floor
this is measured against runs inside an interpreter that has compiled its code once. Python reads
the bytecode compileall writes whatever that variable says.
"""

from __future__ import annotations

import compileall
from pathlib import Path


def compile_package(src: Path) -> None:
    """Write the bytecode of every module under ``src`` that lacks a fresh one."""
    if not compileall.compile_dir(str(src), quiet=1):
        raise SystemExit(f"{src}: the package does not compile")
