"""Grid search of the aligner's clause-level settings against the gold alignments.

Run by hand: .venv/bin/python benchmarks/tune.py [--show]
Prints the best settings by (lowest per-file primary accuracy, lowest per-file pair F1,
overall primary accuracy, overall F1). --show prints the disagreements of the defaults.
"""

from __future__ import annotations

import dataclasses
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from policydiff.align import DEFAULT, compare  # noqa: E402
from policydiff.evaluate import overall, score  # noqa: E402
from policydiff.gold import load_alignment_file  # noqa: E402
from policydiff.load import load_document  # noqa: E402

GRID = {
    "phrase_char_weight": [0.3, 0.5, 0.7],
    "phrase_threshold": [0.4, 0.45, 0.5, 0.55, 0.6],
    "added_threshold": [0.05, 0.1, 0.15],
    "link_mass": [12.0, 16.0, 20.0],
    "topic_weight": [0.4, 0.6, 0.8, 1.0],
}


def main() -> None:
    golds = [load_alignment_file(path) for path in sorted((ROOT / "alignments").glob("*.yaml"))]
    documents = {}
    for gold in golds:
        for doc_id in (gold.base, gold.other):
            documents.setdefault(doc_id, load_document(ROOT / "corpus" / f"{doc_id}.txt"))

    def run(settings, show=False):
        scores = []
        for gold in golds:
            comparison = compare(documents[gold.base], documents[gold.other], settings)
            scores.append(score(gold, comparison))
            if show:
                print(scores[-1])
                found = {a.id: [link.id for link in a.base] for a in comparison.clauses}
                for pair in gold.pairs:
                    ids = found[pair.local]
                    if (ids[0] if ids else None) != pair.primary or set(ids) != set(pair.base):
                        print(f"   {pair.local}: gold {pair.primary} {list(pair.also)}  aligner {ids}")
        return scores

    if "--show" in sys.argv:
        print(overall(run(DEFAULT, show=True)))
        return
    results = []
    for values in itertools.product(*GRID.values()):
        settings = dataclasses.replace(DEFAULT, **dict(zip(GRID, values)))
        scores = run(settings)
        total = overall(scores)
        key = (min(s.primary_accuracy for s in scores), min(s.f1 for s in scores), total.primary_accuracy, total.f1)
        results.append((key, values))
    results.sort(reverse=True)
    print("min primary, min F1, overall primary, overall F1 |", ", ".join(GRID))
    for key, values in results[:20]:
        print(" ".join(f"{k:.4f}" for k in key), "|", values)


if __name__ == "__main__":
    main()
