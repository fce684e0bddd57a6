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


CELLS = st.text(alphabet=st.sampled_from(list("县市农业农村局财政厅委牵头配合责任单位（）、，。；|12 0.%一二三\t　")), max_size=14)


@settings(max_examples=60, deadline=None)
@given(header=st.lists(st.sampled_from(["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "责任单位", "完成时限",
                                        "指标名称", "2025年目标", "备注", ""]), min_size=1, max_size=7),
       rows=st.lists(st.lists(CELLS, min_size=0, max_size=8), max_size=6),
       separator=st.sampled_from(["\t", "  ", "　", " | ", "│"]), attached=st.booleans())
def test_random_tables_parse_to_clauses_and_departments_of_the_document(header, rows, separator, attached):
    """Tables of any header, width and cells, typed with any separator, in the body or attached: the
    document parses, its targets are read, and every department is given to one of its clauses."""
    from policydiff.agencies import agency_table
    from policydiff.parse import parse_text
    from policydiff.targets import extract_targets

    table = "\n".join(separator.join(cells) for cells in [header, *rows])
    text = ("某县实施方案\n\n一、重点任务\n\n（一）推进厕所革命。新建户厕2000座。\n\n（二）健全收运体系。"
            "完善垃圾治理。\n\n" + ("附件\n\n" if attached else "三、任务分工\n\n") + table + "\n")
    document = parse_text(text, "plan")
    extract_targets(document)
    ids = {clause.id for clause in document.clauses}
    assert all(set(row.leads) | set(row.shares) <= ids for row in agency_table(document))
