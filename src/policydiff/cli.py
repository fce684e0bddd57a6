"""The command line: parse options, call the library, render. No document logic here."""

from __future__ import annotations

import dataclasses
import io
import os
import signal
import sys
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from .errors import InputError, OutputError, PolicydiffError, ReaderGone
from .serialize import SCHEMA_VERSION, json_line, to_json

app = typer.Typer(
    help="Compare Chinese policy documents clause by clause: what each locality kept, "
    "reworded, dropped, added and quantified.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

CORPUS = Path("corpus")
# Exit status of a compare run that skipped some documents (and compared the others).
SKIPPED_STATUS = 3

# Options several commands share.
Out = Annotated[Optional[Path], typer.Option("--out", "-o", help="Write to this file instead of stdout.")]
CacheDir = Annotated[Optional[Path], typer.Option(
    "--cache-dir", help="Parse cache folder (default: the user cache directory).")]
NoCache = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the parse cache.")]


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
    files: list[Path] = typer.Argument(..., help="Documents: text (UTF-8, UTF-16, GB18030, Big5), .html, .docx "
                                       "or .pdf (with the pdf extra) files, folders of them or quoted globs."),
    format: Format = typer.Option(Format.table, "--format", "-f", help="table, json or yaml."),
    out: Out = None,
    cache_dir: CacheDir = None,
    no_cache: NoCache = False,
) -> None:
    """Split documents into their numbered clauses and show the clause tree and metadata.

    Exit status: 0 when every document was read, 3 when some were skipped, 2 on bad usage or
    when none could be read (the same for targets and agencies)."""
    from .serialize import document_dict

    inputs = _Documents(files, cache_dir, no_cache)
    documents = list(inputs)
    inputs.check()
    if format is Format.table:
        from .render.terminal import documents_view

        _print(documents_view(documents), out)
    else:
        data: Any = [{"schema_version": SCHEMA_VERSION, **document_dict(d)} for d in documents]
        _emit(data[0] if len(data) == 1 else data, format, out)
    inputs.finish()


class CompareFormat(str, Enum):
    """Output formats of compare."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    yaml = "yaml"


@app.command()
def compare(
    base: Optional[Path] = typer.Argument(None, help="The document compared against (normally the national one)."),
    others: Optional[list[Path]] = typer.Argument(
        None, help="Documents compared with BASE: files, folders (their .txt .html .docx .pdf) or quoted globs."),
    format: CompareFormat = typer.Option(CompareFormat.table, "--format", "-f",
                                         help="table, json, jsonl (one comparison a line, streamed) or yaml."),
    out: Out = None,
    alignments: Optional[list[Path]] = typer.Option(
        None, "--alignments", "-a", help="Corrections: an alignment file (format of alignments/*.yaml) whose "
        "pairs replace the automatic ones for the clauses it lists. Repeat for several documents."),
    summary_only: bool = typer.Option(False, "--summary", help="table format: only the summary table."),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write an HTML report into this folder: "
                                        "index.html (adoption matrix) and one page per document."),
    csv: Optional[Path] = typer.Option(None, "--csv", help="Also write clauses.csv, sentences.csv, targets.csv "
                                       "and matrix.csv into this folder (UTF-8 with BOM)."),
    xlsx: Optional[Path] = typer.Option(None, "--xlsx", help="Also write the CSV tables as one Excel workbook, "
                                        "a sheet per table, ids and ratios kept as text."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes (default: all cores).", min=0),
    fail_fast: bool = typer.Option(False, "--fail-fast", help="Stop at the first document that cannot be "
                                   "compared (by default it is skipped, said on stderr and listed in every output)."),
    cache_dir: CacheDir = None,
    no_cache: NoCache = False,
) -> None:
    """Compare each OTHER document with BASE; with no arguments, the bundled corpus.

    Exit status: 0 when every document was compared, 3 when some were skipped, 2 on bad usage
    or when none could be compared."""
    from .inputs import expand_inputs
    from .workers import pooled, start_early

    base, others = _resolve_corpus(base, others or [])
    paths = expand_inputs(others, exclude=base)
    if not paths:
        raise InputError(f"{base}: the only OTHER document given is BASE itself",
                         "name at least one other document to compare with it")
    workers = min(jobs or os.cpu_count() or 1, len(paths))
    if pooled(workers, len(paths)):
        start_early()  # before the imports below
    from .batch import compare_many
    from .load import load_document
    from .report import Failure
    from .sinks import open_sinks, written_format

    ids = _assign_ids([base, *paths])
    _refuse_to_overwrite_inputs([base, *paths], ids[1:], out, html, csv, xlsx)
    cache = _cache(cache_dir, no_cache)
    base_document = load_document(base, cache, ids[0])
    corrections = []
    if alignments:  # (gold imports pyyaml)
        from .gold import load_alignment_file

        corrections = [load_alignment_file(path) for path in alignments]
    seen: set[str] = set()
    skipped = 0
    # One document: its error is the run's (exit 2), as for any single input.
    results = compare_many(base_document, paths, workers, cache, corrections, ids[1:], fail_fast or len(paths) == 1,
                           written_format(format.value, html, csv, xlsx))
    with open_sinks(base_document, format.value, out, html, csv, xlsx, summary_only) as sinks:
        for result in _progress(results, len(paths)):
            if isinstance(result, Failure):
                skipped += 1
                typer.echo(f"policydiff: skipped: {result.message}", err=True)
            else:
                seen.add(result.id)
            sinks.add(result)
        if skipped and not seen:
            raise InputError(f"none of the {skipped} documents could be compared", "see the reasons above")
        unused = {c.other for c in corrections} - seen
        if unused:
            raise InputError(f"alignment file for {', '.join(sorted(unused))} matches no compared document",
                             "check its 'local' id against the documents' ids")
    if skipped:
        typer.echo(f"policydiff: {skipped} of {len(paths)} documents skipped", err=True)
        raise typer.Exit(SKIPPED_STATUS)


def _refuse_to_overwrite_inputs(inputs: list[Path], ids: list[str], out: Path | None, html: Path | None,
                                csv: Path | None, xlsx: Path | None) -> None:
    """An InputError when an output would replace one of the documents read (--html into the
    folder of .html inputs, --out onto an input), before anything is written."""
    outputs = [path for path in (out, xlsx) if path is not None]
    if html is not None:  # imported only when asked for: the HTML renderer loads lxml
        from .render.html import INDEX, page_name

        outputs += [html / INDEX, *(html / page_name(doc_id) for doc_id in ids)]
    if csv is not None:
        from .render.tables import FILES

        outputs += [csv / name for name in FILES]
    documents = {path.resolve() for path in inputs}
    for output in outputs:
        if output.resolve() in documents:
            raise InputError(f"{output}: writing the report there would replace an input document",
                             "write the report into another folder")


def _cache(cache_dir: Path | None, no_cache: bool):
    from .cache import ParseCache, default_cache_dir

    return None if no_cache else ParseCache(cache_dir or default_cache_dir())


class _Documents:
    """The documents a command's arguments name (files, folders, quoted globs), parsed one at a
    time through the parse cache. One that cannot be read is skipped with a line on stderr, as
    in compare; a single document's error is the run's (exit 2). After the documents are read,
    ``check()`` ends the run when none could be; after the output, ``finish()`` says how many
    were skipped and exits 3 when any were."""

    def __init__(self, files: list[Path], cache_dir: Path | None, no_cache: bool) -> None:
        from .inputs import expand_inputs

        self.paths = expand_inputs(files)
        self.ids = _assign_ids(self.paths)
        self.cache = _cache(cache_dir, no_cache)
        self.skipped = 0

    def __iter__(self):
        from .load import load_document

        for path, doc_id in zip(self.paths, self.ids):
            try:
                yield load_document(path, self.cache, doc_id)
            except PolicydiffError as error:
                if len(self.paths) == 1:
                    raise
                self.skipped += 1
                typer.echo(f"policydiff: skipped: {error}", err=True)

    def check(self) -> None:
        if self.paths and self.skipped == len(self.paths):
            raise InputError(f"none of the {len(self.paths)} documents could be read", "see the reasons above")

    def finish(self) -> None:
        if self.skipped:
            typer.echo(f"policydiff: {self.skipped} of {len(self.paths)} documents skipped", err=True)
            raise typer.Exit(SKIPPED_STATUS)


def _assign_ids(paths: list[Path]) -> list[str]:
    """Distinct ids for the run's documents; a notice on stderr for each id given twice."""
    from .manifest import assign_ids

    ids, notices = assign_ids(paths)
    for notice in notices:
        typer.echo(notice, err=True)
    return ids


def _progress(entries, total: int):
    """``entries`` unchanged, with a progress bar on stderr when it is a terminal and the batch is big."""
    if total < 3 or not sys.stderr.isatty():
        yield from entries
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("comparing", total=total)
        for entry in entries:
            yield entry
            progress.advance(task)


@app.command()
def evaluate(
    files: list[Path] = typer.Argument(..., help="Gold files: clause alignments (alignments/*.yaml) or sentence "
                                       "gold (alignments/sentences/*.yaml)."),
    corpus: Optional[list[Path]] = typer.Option(None, "--corpus", help="Folder holding the documents the files "
                                                "name (default corpus/); repeat for several."),
    format: Format = typer.Option(Format.table, "--format", "-f", help="table, json or yaml."),
    out: Out = None,
    cache_dir: CacheDir = None,
    no_cache: NoCache = False,
) -> None:
    """Measure the aligner against gold: clause primary accuracy and pair F1, sentence dropped precision and
    recall, per file and per family."""
    from .align import compare as align
    from .evaluate import family_scores, overall, overall_sentences, score, score_sentences
    from .gold import SentenceFile, load_gold_file
    from .load import load_document
    from .serialize import score_dict

    clause_scores, clause_families, sentence_scores, sentence_families = [], [], [], []
    documents, comparisons = {}, {}
    cache = _cache(cache_dir, no_cache)
    for path in files:
        gold = load_gold_file(path)
        for doc_id in (gold.base, gold.other):
            if doc_id not in documents:
                documents[doc_id] = load_document(_find_document(corpus or [CORPUS], doc_id, path), cache)
        base, other = documents[gold.base], documents[gold.other]
        if (gold.base, gold.other) not in comparisons:
            comparisons[gold.base, gold.other] = align(base, other)
        comparison = comparisons[gold.base, gold.other]
        if isinstance(gold, SentenceFile):
            sentence_scores.append(score_sentences(gold, comparison))
            sentence_families.append(gold.family)
            continue
        # A clause the parser did not find cannot be aligned: it counts as a miss, said once.
        for message, _ in gold.unknown_ids(base, other):
            typer.echo(f"policydiff: note: {message}: counted as a miss", err=True)
        clause_scores.append(score(gold, comparison))
        clause_families.append(gold.family)
    families = family_scores(clause_scores, clause_families) if len(set(clause_families)) > 1 else []
    if clause_scores:
        clause_scores.append(overall(clause_scores))
    if sentence_scores:
        sentence_scores.append(overall_sentences(sentence_scores))
    if format is Format.table:
        from rich.console import Group

        from .render.terminal import scores_table, sentence_scores_table

        tables = ([scores_table(clause_scores)] if clause_scores else []) + \
            ([scores_table(families, "By policy family", "family")] if families else []) + \
            ([sentence_scores_table(sentence_scores)] if sentence_scores else [])
        _print(Group(*tables), out)
        return
    _emit({"schema_version": SCHEMA_VERSION, "scores": [score_dict(s) for s in clause_scores],
           "families": [score_dict(s) for s in families],
           "sentence_scores": [dataclasses.asdict(s) for s in sentence_scores]}, format, out)


class TableFormat(str, Enum):
    """Output formats of the table commands."""

    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


class TargetOrder(str, Enum):
    """Row orders of the targets table."""

    indicator = "indicator"
    document = "document"


@app.command()
def targets(
    files: list[Path] = typer.Argument(..., help="Documents: files, folders or quoted globs."),
    format: TableFormat = typer.Option(TableFormat.table, "--format", "-f", help="table, csv, json or jsonl (one JSON object a line)."),
    sort: TargetOrder = typer.Option(TargetOrder.indicator, "--sort", help="indicator (bars side by side) or document."),
    out: Out = None,
    cache_dir: CacheDir = None,
    no_cache: NoCache = False,
) -> None:
    """List the quantified targets of documents: year, indicator, comparator, value, unit."""
    from .load import load_targets
    from .serialize import target_dict
    from .targets import IndicatorGroups

    rows = []
    groups = IndicatorGroups()
    inputs = _Documents(files, cache_dir, no_cache)
    for document in inputs:
        rows.extend({"document": document.id, **target_dict(t), "group": groups.group(t)}
                    for t in load_targets(document, inputs.cache))
    inputs.check()
    if sort is TargetOrder.indicator:  # the same indicator written differently side by side
        rows.sort(key=lambda row: (int(row["group"][1:]), row["document"], row["indicator"]))
    columns = ["document", "clause", "year", "indicator", "group", "comparator", "value", "unit", "period", "text"]
    _emit_rows(rows, columns, format, out, "Targets")
    inputs.finish()


@app.command()
def agencies(
    files: list[Path] = typer.Argument(..., help="Documents: files, folders or quoted globs."),
    format: TableFormat = typer.Option(TableFormat.table, "--format", "-f", help="table, csv, json or jsonl (one JSON object a line)."),
    out: Out = None,
    cache_dir: CacheDir = None,
    no_cache: NoCache = False,
) -> None:
    """List the departments each document makes responsible and the clauses they lead or share."""
    from .agencies import agency_table

    rows = []
    inputs = _Documents(files, cache_dir, no_cache)
    for document in inputs:
        for row in agency_table(document):
            rows.append({"document": row.document, "agency": row.agency, "department": row.department,
                         "leads": list(row.leads), "shares": list(row.shares)})
    inputs.check()
    _emit_rows(rows, ["document", "agency", "department", "leads", "shares"], format, out, "Agencies")
    inputs.finish()


@app.command()
def network(
    files: Optional[list[Path]] = typer.Argument(
        None, help="Documents: files, folders (their .txt .html .docx .pdf) or quoted globs; "
        "with none, the bundled corpus."),
    format: TableFormat = typer.Option(TableFormat.table, "--format", "-f",
                                       help="table, csv or jsonl (the pairs), or json (the pairs and the per-document "
                                       "summary)."),
    out: Out = None,
    csv: Optional[Path] = typer.Option(None, "--csv", help="Also write pairs.csv, sources.csv and summary.csv "
                                       "into this folder (UTF-8 with BOM)."),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write an HTML report into this folder: "
                                        "index.html and one page per document, its sentences coloured by source."),
    min_share: float = typer.Option(0.1, "--min-share", min=0.0, max=1.0,
                                    help="Report a pair when at least this share of the later document's "
                                    "sentences carry the earlier one's text."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes (default: all cores).", min=0),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Run the scoring on this dask.distributed "
                                            "scheduler (host:port) instead of local worker processes."),
    no_prune: bool = typer.Option(False, "--no-prune", help="Score every pair, not only the candidates."),
    cache_dir: CacheDir = None,
    no_cache: NoCache = False,
) -> None:
    """Every document against every earlier one: shares of reused text per pair, and the most
    likely source of every sentence (textual learning across a corpus)."""
    from .batch import run_pooled
    from .network import TABLES, build_network, date_conflicts, node, serial

    if not files and not CORPUS.is_dir():
        raise InputError("no corpus/ folder in the current directory", "run from the repository root or name documents")
    inputs = _Documents(files or [CORPUS], cache_dir, no_cache)
    if len(inputs.paths) < 2:
        raise InputError("the network needs at least two documents", "name more documents")
    _refuse_to_overwrite_inputs(inputs.paths, inputs.ids, out, html, None, None)
    nodes = [node(document) for document in inputs]
    if len(nodes) < 2:
        raise InputError(f"{len(nodes)} of the {len(inputs.paths)} documents could be read",
                         "the network needs at least two")
    metas = {n.id: n.meta for n in nodes}
    for earlier, later in date_conflicts(metas):
        typer.echo(f"policydiff: note: {later} (dated {metas[later].date}) implements, cites or finalises {earlier} "
                   f"(dated {metas[earlier].date}); {earlier} is taken as the earlier: check the dates", err=True)
    workers = min(jobs or os.cpu_count() or 1, len(nodes))
    if scheduler:
        run = _dask_runner(scheduler)
    elif workers > 1 and len(nodes) >= NETWORK_POOL_MIN:
        def run(function, shared, tasks):
            return run_pooled(function, shared, tasks, workers)
    else:
        run = serial
    result = build_network(nodes, min_share, prune=not no_prune, run=run)
    tables = {name: (columns, rows(result)) for name, (columns, rows) in TABLES.items()}
    if csv is not None:
        _write_tables(csv, tables)
    if html is not None:
        from .render.network_html import write_network_html

        write_network_html(html, result)
    if format is TableFormat.json:
        _emit({"schema_version": SCHEMA_VERSION, "scored": result.candidates, "possible": result.possible,
               **{name.removesuffix(".csv"): [dict(zip(columns, row)) for row in rows]
                  for name, (columns, rows) in tables.items() if name != "sources.csv"}}, Format.json, out)
    else:
        columns, rows = tables["pairs.csv"]
        pairs = [dict(zip(columns, row)) for row in rows]
        if format is TableFormat.table:
            from .render.terminal import pairs_table

            _print(pairs_table(pairs), out)
        else:
            _emit_rows(pairs, list(columns), format, out, "Pairs (earlier → later)")
    inputs.finish()


# Fewer documents than this are scored in this process (starting workers costs more).
NETWORK_POOL_MIN = 40


def _dask_runner(address: str):
    def run(function, shared, tasks):
        import collections

        from distributed import Client

        with Client(address, set_as_default=False) as client:
            # The shared inputs go to every worker once (as one object: a list would be
            # scattered item by item); a task names them by their future.
            [on_workers] = client.scatter([shared], broadcast=True, hash=False)
            window: collections.deque = collections.deque()
            for task in tasks:
                window.append(client.submit(function, on_workers, *task, pure=False))
                if len(window) >= 64:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()
    return run


def _write_tables(folder: Path, tables: dict[str, tuple[Sequence[str], list]]) -> None:
    """Each table as folder/NAME (UTF-8 with BOM), each written whole or not at all."""
    from .output import write_output

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{folder}: cannot write there ({error.strerror})", "choose a folder you can write to") from None
    for name, (columns, rows) in tables.items():
        write_output(folder / name, _csv_text(columns, rows))


def _csv_text(columns: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A CSV table as Excel reads Chinese text correctly: UTF-8 with a byte-order mark, CRLF."""
    from .render.tables import SafeWriter

    buffer = io.StringIO()
    writer = SafeWriter(buffer)
    writer.writerow(columns)
    writer.writerows(rows)
    return "\ufeff" + buffer.getvalue()


def _emit_rows(rows: list[dict[str, Any]], columns: list[str], format: TableFormat, out: Path | None,
               title: str) -> None:
    if format is TableFormat.json:
        _emit({"schema_version": SCHEMA_VERSION, "rows": rows}, Format.json, out)
        return
    if format is TableFormat.jsonl:
        _write("".join(map(json_line, rows)), out)
        return
    cells = [[_cell(row[column]) for column in columns] for row in rows]
    if format is TableFormat.csv:
        _write(_csv_text(columns, cells), out)
        return
    from .render.terminal import rows_table

    _print(rows_table(title, columns, cells), out)


def _cell(value: Any) -> str:
    from .targets import format_value

    if value is None:
        return ""
    if isinstance(value, list) and value and all(isinstance(v, float) for v in value):  # a range, as in targets.csv
        return format_value(tuple(value), "~")
    if isinstance(value, list):
        return " ".join(value)
    if isinstance(value, float):
        return format_value(value)
    return str(value)


def _find_document(folders: list[Path], doc_id: str, named_in: Path) -> Path:
    from .manifest import document_id

    for corpus in folders:
        for path in sorted(corpus.glob("*.txt")):
            if document_id(path) == doc_id:
                return path
    raise InputError(f"{named_in}: names document {doc_id!r}, which is not in {', '.join(f'{f}/' for f in folders)}",
                     "give the folder holding it with --corpus")


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
    from .manifest import document_id

    files = sorted(CORPUS.glob("*.txt"))
    bases = [path for path in files if document_id(path) == "national"]
    if not bases:
        raise InputError("corpus/ has no national document", "name BASE and OTHER documents")
    return bases[0], [path for path in files if path != bases[0]]


def _emit(data: Any, format: Format, out: Path | None) -> None:
    if format is Format.json:
        text = to_json(data, indent=True) + "\n"
    else:
        from .yamlfile import dump_yaml

        text = dump_yaml(data)
    _write(text, out)


def _write(text: str, out: Path | None) -> None:
    """``text`` to stdout or, whole or not at all, to ``out``."""
    from .output import StreamOutput

    with StreamOutput(out) as stream:
        stream.write(text)


def _print(renderable: Any, out: Path | None) -> None:
    from .output import StreamOutput
    from .render.terminal import print_view

    with StreamOutput(out) as stream:
        print_view(renderable, stream)


def _silence_stdout() -> None:
    """Point stdout at nothing, so that Python's final flush does not fail on the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass  # not a real file: nothing will flush into the pipe


class _Stopped(BaseException):
    """Ctrl-C or SIGTERM, turned into an exception that typer leaves alone, so that every
    output's with-block removes its temporaries on the way out and main says it in one line."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _stop(signum, frame) -> None:
    if _state.get("program"):
        # The outputs are cleaned up on the way out; should the worker pool's threads block that
        # for ever (a signal that killed the workers can leave one on a half-written result), the
        # process is made to end EXIT_GRACE seconds from now.
        import threading

        watchdog = threading.Timer(EXIT_GRACE, os._exit, (128 + signum,))
        watchdog.daemon = True
        watchdog.start()
    raise _Stopped(signum)


# Seconds a process stopped by a signal may take to clean up and exit before it is made to.
EXIT_GRACE = 10.0


_STOP_SIGNALS = {signal.SIGINT: "interrupted", signal.SIGTERM: "terminated"}


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status: 0, 3 when a batch skipped documents,
    2 for bad input or usage, 130 / 143 when interrupted or terminated, 141 when the reader
    of standard output went away."""
    try:
        previous = {signum: signal.signal(signum, _stop) for signum in _STOP_SIGNALS}
    except ValueError:  # not the main thread: leave signals alone
        previous = {}
    _state["program"] = argv is None  # the command itself, not a caller in this process
    try:
        return _main(argv)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _main(argv: list[str] | None) -> int:
    try:
        app(args=argv, prog_name="policydiff")
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else 0
    except PolicydiffError as error:
        if _state["debug"]:
            raise
        sys.stderr.write(f"policydiff: error: {error}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("policydiff: interrupted\n")
        return 130
    except _Stopped as stop:
        sys.stderr.write(f"policydiff: {_STOP_SIGNALS[stop.signum]}\n")
        return 128 + stop.signum
    except (ReaderGone, BrokenPipeError):
        # The reader went away (… | head): stop quietly with the shell's status for SIGPIPE.
        _silence_stdout()
        return 141
    except Exception as error:  # a bug: one line, the traceback on request
        if _state["debug"]:
            raise
        sys.stderr.write(f"policydiff: internal error: {type(error).__name__}: {error} — "
                         "rerun with --debug for the traceback and report it\n")
        return 1
    return 0
