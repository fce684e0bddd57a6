"""The command line: parse options, call the library, render. No document logic here."""

from __future__ import annotations

import io
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer

from .errors import InputError, PolicydiffError
from .output import write_output

app = typer.Typer(
    help="Compare Chinese policy documents clause by clause: what each locality kept, "
    "reworded, dropped, added and quantified.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

CORPUS = Path("corpus")


class Format(str, Enum):
    """Output formats of the document commands."""

    table = "table"
    json = "json"
    yaml = "yaml"


_state: dict[str, bool] = {"debug": False}


@app.callback()
def _options(debug: bool = typer.Option(False, "--debug", help="Show the traceback of an error.")) -> None:
    """Compare Chinese policy documents clause by clause."""
    _state["debug"] = debug


@app.command()
def parse(
    files: list[Path] = typer.Argument(..., help="Document files (.txt in UTF-8, UTF-16 or GB18030)."),
    format: Format = typer.Option(Format.table, "--format", "-f", help="table, json or yaml."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to this file instead of stdout."),
) -> None:
    """Split documents into their numbered clauses and show the clause tree and metadata."""
    from .load import load_document
    from .serialize import SCHEMA_VERSION, document_dict

    documents = [load_document(path) for path in files]
    if format is Format.table:
        from .render.terminal import documents_view

        _print(documents_view(documents), out)
        return
    data: Any = [{"schema_version": SCHEMA_VERSION, **document_dict(d)} for d in documents]
    _emit(data[0] if len(data) == 1 else data, format, out)


@app.command()
def compare(
    base: Optional[Path] = typer.Argument(None, help="The document compared against (normally the national one)."),
    others: Optional[list[Path]] = typer.Argument(None, help="Documents compared with BASE."),
    format: Format = typer.Option(Format.table, "--format", "-f", help="table, json or yaml."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to this file instead of stdout."),
) -> None:
    """Compare each OTHER document with BASE; with no arguments, the bundled corpus."""
    base, others = _resolve_corpus(base, others or [])
    parse([base, *others], format=format, out=out)


def _resolve_corpus(base: Path | None, others: list[Path]) -> tuple[Path, list[Path]]:
    """BASE and OTHERs; with none given, national and every other document in corpus/."""
    if base is not None:
        if not others:
            raise InputError("compare needs BASE and at least one OTHER document",
                             "name the documents, or give none to compare the bundled corpus")
        return base, others
    if not CORPUS.is_dir():
        raise InputError("no corpus/ folder in the current directory",
                         "run from the repository root or name BASE and OTHER documents")
    from .manifest import manifest_entry

    files = sorted(CORPUS.glob("*.txt"))
    ids = {path: (manifest_entry(path) or {}).get("id", path.stem) for path in files}
    bases = [path for path in files if ids[path] == "national"]
    if not bases:
        raise InputError("corpus/ has no national document", "name BASE and OTHER documents")
    return bases[0], [path for path in files if path != bases[0]]


def _emit(data: Any, format: Format, out: Path | None) -> None:
    if format is Format.json:
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        from .yamlfile import dump_yaml

        text = dump_yaml(data)
    if out is None:
        sys.stdout.write(text)
    else:
        write_output(out, text)


def _print(renderable: Any, out: Path | None) -> None:
    from rich.console import Console

    if out is None:
        Console().print(renderable)
        return
    console = Console(record=True, width=120, file=io.StringIO())
    console.print(renderable)
    write_output(out, console.export_text())


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status: 0, or 2 for bad input or usage."""
    try:
        app(args=argv, prog_name="policydiff")
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else 0
    except PolicydiffError as error:
        if _state["debug"]:
            raise
        sys.stderr.write(f"policydiff: error: {error}\n")
        return 2
    return 0
