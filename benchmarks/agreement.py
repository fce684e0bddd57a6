"""How far two readers of one pair agree, and how far the aligner agrees with each.

Run by hand: .venv/bin/python benchmarks/agreement.py alignments/realworld/pku-c-166.yaml alignments/second/pku-c-166.yaml
Both files are clause gold (alignments/CONVENTIONS.md) of the same national→local pair, made by two readers who did
not see each other's reading. Prints, over the local clauses both list: how often their primaries agree (null with
null counting), the pair F1 of the second reading against the first (primary and also), and the aligner's primary
accuracy against each reading. Where readers of a loose pair agree far better than the aligner does with either, the
link is in the text and the aligner misses it; where they disagree, no aligner can meet a goal set on one of them.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from policydiff.align import compare  # noqa: E402
from policydiff.gold import AlignmentFile, load_alignment_file  # noqa: E402
from policydiff.load import load_document  # noqa: E402

_FOLDERS = (ROOT / "corpus", ROOT.parent / "shared" / "realworld", ROOT / "tests" / "forms" / "pairs")


def _document(doc_id: str):
    path = next(path for folder in _FOLDERS for path in sorted(folder.glob(doc_id + ".*")))
    return load_document(path, None)


def _links(gold: AlignmentFile) -> dict[str, tuple[str | None, set[str]]]:
    return {pair.local: (pair.primary, set(pair.also)) for pair in gold.pairs}


def _f1(truth: set[tuple[str, str]], found: set[tuple[str, str]]) -> float:
    hits = len(truth & found)
    return 2 * hits / (len(truth) + len(found)) if truth or found else 1.0


def main() -> None:
    first, second = (load_alignment_file(Path(name)) for name in sys.argv[1:3])
    if (first.base, first.other) != (second.base, second.other):
        sys.exit("the two readings are not of the same pair")
    a, b = _links(first), _links(second)
    common = [local for local in a if local in b]
    pairs = [{(local, base) for local in common for base in {links[local][0], *links[local][1]} if base}
             for links in (a, b)]
    found = {clause.id: (clause.base[0].id if clause.base else None) for clause in
             compare(_document(first.base), _document(first.other)).clauses}
    agree = sum(a[local][0] == b[local][0] for local in common)
    print(f"{first.other} ← {first.base}: {len(common)} clauses read by both")
    print(f"  readers' primaries agree: {agree} of {len(common)} ({agree / len(common):.3f}); "
          f"pair F1 of the second against the first {_f1(*pairs):.3f}")
    for name, links in (("first", a), ("second", b)):
        right = sum(found.get(local) == links[local][0] for local in common)
        print(f"  aligner against the {name} reading: primary {right} of {len(common)} ({right / len(common):.3f})")
    for local in common:
        if a[local][0] != b[local][0]:
            print(f"  {local}: first {a[local][0]}, second {b[local][0]}, aligner {found.get(local)}")


if __name__ == "__main__":
    main()
