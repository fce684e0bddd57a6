"""Random mutations of corpus documents through compare: a valid result or our own error."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policydiff.cli import main

from conftest import CORPUS, DOCUMENT_IDS

MUTATIONS = st.lists(st.tuples(st.sampled_from(["delete", "duplicate", "bytes", "truncate", "swap"]),
                               st.floats(0, 1), st.binary(min_size=1, max_size=8)), min_size=1, max_size=4)


def mutate(data: bytes, mutations) -> bytes:
    lines = data.split(b"\n")
    for kind, where, noise in mutations:
        at = int(where * max(len(lines) - 1, 0))
        if kind == "delete" and lines:
            del lines[at]
        elif kind == "duplicate" and lines:
            lines.insert(at, lines[at])
        elif kind == "bytes" and lines:
            line = lines[at]
            cut = int(where * len(line))
            lines[at] = line[:cut] + noise + line[cut:]
        elif kind == "truncate":
            lines = b"\n".join(lines)[: int(where * len(b"\n".join(lines)))].split(b"\n")
        elif kind == "swap" and len(lines) > 1:
            other = (at + 7) % len(lines)
            lines[at], lines[other] = lines[other], lines[at]
    return b"\n".join(lines)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=st.sampled_from([d for d in DOCUMENT_IDS if d != "national"]), mutations=MUTATIONS)
def test_compare_mutated_documents(tmp_path, capsys, doc, mutations):
    path = tmp_path / f"{doc}-mutated.txt"
    path.write_bytes(mutate((CORPUS / f"{doc}.txt").read_bytes(), mutations))
    status = main(["compare", str(CORPUS / "national.txt"), str(path), "-f", "jsonl", "--no-cache"])
    captured = capsys.readouterr()
    if status == 2:
        assert captured.out == "" and captured.err.startswith("policydiff: error: ") and captured.err.count("\n") == 1
        return
    assert status == 0, captured.err
    record = json.loads(captured.out)
    ids = [c["id"] for c in record["clauses"]]
    assert len(ids) == len(set(ids)) == record["summary"]["clauses"]
    assert all(0 <= link["score"] <= 1 for c in record["clauses"] for link in c["base"])
