"""Parse every document of the real-world collection and measure the clause trees.

    python benchmarks/realworld.py [--collection ../shared/realworld] [--record]
    python benchmarks/realworld.py --collection tests/forms/docs --expected tests/forms/expected

Reports: documents parsed without error (and the one-line reason of each that was not),
and, against the expected clause trees in tests/realworld/expected/ (written by reading
the documents), exact-id documents, clause-id F1 and heading accuracy, pooled and per
document; then the documents whose parse changed since the run recorded in
benchmarks/realworld-parses.json (``--record`` writes the current parses there). With
``--expected`` another folder of documents and expected trees is measured (tests/forms/), and no
parse is compared with the record.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from policydiff.errors import InputError
from policydiff.model import Document
from policydiff.parse import parse_text
from policydiff.read import document_text
from policydiff.structure import fold_heading, load_expected, parsed_units, pooled, score_structure

HERE = Path(__file__).resolve().parent
EXPECTED = HERE.parent / "tests" / "realworld" / "expected"
RECORD = HERE / "realworld-parses.json"
_NOT_DOCUMENTS = {"README.md", "MANIFEST.csv"}


def parse_collection(collection: Path) -> dict[str, Document | str]:
    """Each document's parse, or the one-line reason it has none."""
    results: dict[str, Document | str] = {}
    for path in sorted(collection.iterdir()):
        if path.name in _NOT_DOCUMENTS or not path.is_file():
            continue
        try:
            results[path.name] = parse_text(document_text(path.read_bytes(), path.name), path.stem, path.name)
        except InputError as error:
            results[path.name] = str(error)
    return results


def fingerprint(result: Document | str) -> str:
    """A short digest of a parse's ids, headings and texts (or of its error)."""
    if isinstance(result, str):
        return "error: " + result
    body = json.dumps([(c.id, c.heading, c.text) for c in result.clauses]
                      + [(s.id, s.heading) for s in result.sections], ensure_ascii=False)
    return hashlib.sha256(body.encode()).hexdigest()[:16]


def differences(expected, result: Document | str | None) -> list[str]:
    """Lines naming each id missing, extra or with another heading."""
    if not isinstance(result, Document):
        return [f"  parse failed: {result}"]
    found, wanted = dict(parsed_units(result)), dict(expected.units)
    lines = [f"  missing {unit} {wanted[unit]!r}" for unit in wanted if unit not in found]
    lines += [f"  extra   {unit} {found[unit]!r}" for unit in found if unit not in wanted]
    lines += [f"  heading {unit} {found[unit]!r} ≠ {wanted[unit]!r}" for unit in wanted
              if unit in found and fold_heading(found[unit]) != fold_heading(wanted[unit])]
    return lines


def evaluate(collection: Path, expected_trees: Path = EXPECTED) -> dict:
    """Every figure the report prints, as data (the tests assert floors on it)."""
    results = parse_collection(collection)
    scores = []
    for path in sorted(expected_trees.glob("*.yaml")):
        expected = load_expected(path)
        result = results.get(expected.file)
        scores.append(score_structure(expected, result if isinstance(result, Document) else None))
    return {"results": results, "scores": scores, "overall": pooled(scores)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--collection", type=Path, default=HERE.parent.parent / "shared" / "realworld")
    parser.add_argument("--record", action="store_true", help="record the current parses as the reference")
    parser.add_argument("--show", action="store_true", help="print each expected document's differences")
    parser.add_argument("--expected", type=Path, default=EXPECTED, help="the folder of expected trees")
    args = parser.parse_args(argv)
    if not args.collection.is_dir():
        print(f"{args.collection}: no such folder — give --collection", file=sys.stderr)
        return 2
    figures = evaluate(args.collection, args.expected)
    results, scores, total = figures["results"], figures["scores"], figures["overall"]
    failed = {name: result for name, result in results.items() if isinstance(result, str)}
    print(f"documents parsed without error: {len(results) - len(failed)} of {len(results)}")
    for name, reason in failed.items():
        print(f"  {name}: {reason}")
    print(f"\nexpected clause trees: {len(scores)} documents, {total.expected} ids")
    print(f"exact-id documents: {total.exact} of {len(scores)} ({total.exact / len(scores):.1%})")
    print(f"clause-id F1: {total.f1:.3f}   heading accuracy: {total.heading_accuracy:.3f}")
    print("\n| document | expected | found | correct | F1 | headings | exact |\n|---|---:|---:|---:|---:|---:|---|")
    for s in scores:
        print(f"| {s.name} | {s.expected} | {s.found} | {s.correct} | {s.f1:.3f} | {s.heading_accuracy:.3f} | "
              f"{'yes' if s.exact else 'no'} |")
    if args.show:
        for path in sorted(args.expected.glob("*.yaml")):
            expected = load_expected(path)
            result = results.get(expected.file)
            print(f"\n## {expected.file}")
            print("\n".join(differences(expected, result)) or "  (same)")
    if args.expected != EXPECTED:
        return 0
    current = {name: fingerprint(result) for name, result in results.items()}
    recorded = json.loads(RECORD.read_text(encoding="utf-8")) if RECORD.exists() else {}
    changed = sorted(name for name in current if recorded.get(name) != current[name])
    print(f"\nparses changed since the recorded run: {len(changed)}" + (f" ({', '.join(changed)})" if changed else ""))
    if args.record:
        RECORD.write_text(json.dumps(current, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"recorded {len(current)} parses in {RECORD.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
