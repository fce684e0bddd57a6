"""Where compare's results go, one document at a time: stdout/--out in a format, --html, --csv, --xlsx."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .model import Document
from .output import StreamOutput
from .report import Entry, Failure, Written
from .serialize import entry_dict, entry_json, failure_dict, json_line, line_head, report_head, to_json


class _Sinks:
    def __init__(self) -> None:
        self.sinks: list[Any] = []

    def add(self, result: Entry | Written | Failure) -> None:
        """Give every output a comparison (or its text, written where it was compared), or a
        document that was skipped."""
        for sink in self.sinks:
            if isinstance(result, Failure):
                sink.fail(result)
            elif isinstance(result, Written):
                sink.write(result.text)
            else:
                sink.add(result)


def written_format(format: str, html: Path | None, csv: Path | None, xlsx: Path | None) -> str | None:
    """The format in which workers can write each comparison themselves (serialize.entry_json):
    json or jsonl when that is the run's only output, else None (the Entry is needed)."""
    return format if format in ("json", "jsonl") and html is None and csv is None and xlsx is None else None


@contextlib.contextmanager
def open_sinks(base: Document, format: str, out: Path | None, html: Path | None, csv: Path | None,
               xlsx: Path | None = None, summary_only: bool = False) -> Iterator[_Sinks]:
    """Every output compare was asked for; each is finished when the block succeeds and
    removed (nothing half-written) when it fails."""
    sinks = _Sinks()
    with contextlib.ExitStack() as stack:
        if html is not None:
            from .render.html import HtmlReport

            sinks.sinks.append(stack.enter_context(HtmlReport(html, base)))
        if csv is not None:
            from .render.tables import CsvReport

            sinks.sinks.append(stack.enter_context(CsvReport(csv, base)))
        if xlsx is not None:
            from .render.xlsx import XlsxReport

            sinks.sinks.append(stack.enter_context(XlsxReport(xlsx, base)))
        stream = stack.enter_context(StreamOutput(out))
        sink = {"json": JsonSink, "jsonl": JsonLinesSink, "yaml": YamlSink, "table": TableSink}[format]
        sinks.sinks.append(stack.enter_context(sink(stream, base, summary_only)))
        yield sinks


class JsonSink:
    """The report as one JSON object, written entry by entry."""

    def __init__(self, stream: StreamOutput, base: Document, summary_only: bool = False) -> None:
        self.stream, self.base, self.count, self.errors = stream, base, 0, []

    def __enter__(self) -> "JsonSink":
        head = to_json(report_head(self.base), indent=True)
        self.stream.write(head[:-2] + ',\n  "comparisons": [')
        return self

    def add(self, entry: Entry) -> None:
        self.write(entry_json(entry, "json", self.base.id))

    def write(self, text: bytes) -> None:
        self.stream.write(("," if self.count else "") + "\n    ")
        self.stream.write(text)
        self.count += 1

    def fail(self, failure: Failure) -> None:
        self.errors.append(failure_dict(failure))

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            errors = to_json(self.errors, indent=True).replace("\n", "\n  ")
            self.stream.write(("\n  ]" if self.count else "]") + f',\n  "errors": {errors}\n}}\n')


class JsonLinesSink:
    """One comparison a line, each self-contained (schema version and BASE id included)."""

    def __init__(self, stream: StreamOutput, base: Document, summary_only: bool = False) -> None:
        self.stream, self.base = stream, base

    def __enter__(self) -> "JsonLinesSink":
        return self

    def add(self, entry: Entry) -> None:
        self.write(entry_json(entry, "jsonl", self.base.id))

    def write(self, text: bytes) -> None:
        self.stream.write(text)

    def fail(self, failure: Failure) -> None:
        self.stream.write(json_line({**line_head(self.base.id), "error": failure_dict(failure)}))

    def __exit__(self, kind, value, traceback) -> None:
        return None


class YamlSink:
    """The report as YAML (kept whole: for a few documents)."""

    def __init__(self, stream: StreamOutput, base: Document, summary_only: bool = False) -> None:
        self.stream, self.base, self.entries, self.errors = stream, base, [], []

    def __enter__(self) -> "YamlSink":
        return self

    def add(self, entry: Entry) -> None:
        self.entries.append(entry_dict(entry))

    def fail(self, failure: Failure) -> None:
        self.errors.append(failure_dict(failure))

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            from .yamlfile import dump_yaml

            self.stream.write(dump_yaml({**report_head(self.base), "comparisons": self.entries,
                                         "errors": self.errors}))


class TableSink:
    """The terminal report: the summary table, then each document (or the summary alone)."""

    def __init__(self, stream: StreamOutput, base: Document, summary_only: bool = False) -> None:
        self.stream, self.summary_only, self.entries = stream, summary_only, []

    def __enter__(self) -> "TableSink":
        return self

    def add(self, entry: Entry) -> None:
        self.entries.append(entry)

    def fail(self, failure: Failure) -> None:
        return None  # the command line says it on stderr as it happens

    def __exit__(self, kind, value, traceback) -> None:
        if kind is not None:
            return
        from .render.terminal import comparisons_view, print_view

        print_view(comparisons_view(self.entries, self.summary_only), self.stream)
