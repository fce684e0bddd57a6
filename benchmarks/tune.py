"""Grid search of the aligner's clause-level settings against the gold alignments, family by family.

Run by hand: .venv/bin/python benchmarks/tune.py [--show | --confidence | --sentences] [--grid small|full]

Gold: alignments/*.yaml (the bundled corpus) and, when ../shared/realworld is there,
alignments/realworld/*.yaml (pairs of the development collection). Settings are ranked by
(lowest per-family primary accuracy, lowest per-family pair F1, mean primary accuracy, mean F1),
so a setting that helps one family at another's cost does not win (families with fewer than
STEERING_MIN gold clauses are reported but do not steer).

For each family F it also reports leave-one-family-out figures: the best settings chosen on the
other families alone, measured on F. A setting that only helps the family it was tuned on shows
up as a gap between the tuned and the held-out figure.

--show prints, for the defaults, the clauses where the aligner disagrees with the gold;
--confidence how often a link of each confidence level was right, family by family;
--sentences the same grid search and leave-one-family-out figures for the sentence level's
settings against the sentence gold (alignments/sentences/, alignments/realworld/sentences/),
ranked by (lowest per-family F1 of "dropped", mean F1 of "dropped", mean location accuracy),
families with fewer than STEERING_MIN dropped sentences reported but not steering.
"""

from __future__ import annotations

import dataclasses
import itertools
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from policydiff.align import DEFAULT, compare  # noqa: E402
from policydiff.evaluate import Score, SentenceScore, overall, overall_sentences, score, score_sentences  # noqa: E402
from policydiff.gold import load_alignment_file, load_gold_file  # noqa: E402
from policydiff.load import load_document  # noqa: E402

REALWORLD = ROOT.parent / "shared" / "realworld"

GRIDS = {
    "small": {
        "added_threshold": [0.1, 0.15],
        "topic_weight": [0.6, 0.8],
        "tie_margin": [0.0, 0.05],
        "clause_tie": [0.0, 0.1],
        "cover_share": [0.4, 0.5, 0.6, 2.0],
    },
    "full": {
        "phrase_threshold": [0.45, 0.5, 0.55],
        "added_threshold": [0.05, 0.1, 0.15],
        "link_mass": [12.0, 16.0, 20.0],
        "topic_weight": [0.6, 0.8, 1.0],
        "tie_margin": [0.0, 0.05, 0.1],
        "clause_tie": [0.0, 0.1, 0.2],
    },
}


SENTENCE_GRID = {
    "home_threshold": [0.1, 0.15, 0.2, 0.25],
    "sentence_threshold": [0.35, 0.4, 0.45],
}


def gold_pairs(kind: str = "") -> list[tuple[object, object, object]]:
    """(gold, BASE, OTHER) for every clause gold file (``kind`` "sentences": every sentence gold
    file) whose documents are here."""
    sources = [(ROOT / "alignments" / kind, ROOT / "corpus")]
    if REALWORLD.is_dir():
        sources.append((ROOT / "alignments" / "realworld" / kind, REALWORLD))
    documents, pairs = {}, []
    for folder, corpus in sources:
        for path in sorted(folder.glob("*.yaml")):
            gold = load_gold_file(path) if kind else load_alignment_file(path)
            for doc_id in (gold.base, gold.other):
                if doc_id not in documents:
                    documents[doc_id] = load_document(corpus / f"{doc_id}.txt")
            pairs.append((gold, documents[gold.base], documents[gold.other]))
    return pairs


def family_scores(pairs, settings, show: bool = False) -> dict[str, Score]:
    """Pooled score of each family under ``settings``."""
    by_family: dict[str, list[Score]] = defaultdict(list)
    for gold, base, other in pairs:
        comparison = compare(base, other, settings)
        by_family[gold.family].append(score(gold, comparison))
        if show:
            print(by_family[gold.family][-1])
            found = {a.id: [link.id for link in a.base] for a in comparison.clauses}
            for pair in gold.pairs:
                ids = found.get(pair.local, [])
                if (ids[0] if ids else None) != pair.primary or set(ids) != set(pair.base):
                    print(f"   {pair.local}: gold {pair.primary} {list(pair.also)}  aligner {ids}")
    return {family: overall(scores) for family, scores in by_family.items()}


# A family with fewer gold clauses than this is reported but does not steer the choice: one
# clause of four moves its accuracy by 25 points.
STEERING_MIN = 20


def rank(scores: dict[str, Score], families: list[str]) -> tuple[float, ...]:
    chosen = [scores[f] for f in families if scores[f].clauses >= STEERING_MIN] or [scores[f] for f in families]
    return (min(s.primary_accuracy for s in chosen), min(s.f1 for s in chosen),
            sum(s.primary_accuracy for s in chosen) / len(chosen), sum(s.f1 for s in chosen) / len(chosen))


def sentence_family_scores(pairs, settings) -> dict[str, SentenceScore]:
    """Pooled sentence score of each family under ``settings``."""
    by_family: dict[str, list[SentenceScore]] = defaultdict(list)
    for gold, base, other in pairs:
        by_family[gold.family or gold.base].append(score_sentences(gold, compare(base, other, settings)))
    return {family: overall_sentences(scores, family) for family, scores in by_family.items()}


def _dropped_f1(s: SentenceScore) -> float:
    p, r = s.dropped_precision, s.dropped_recall
    return 2 * p * r / (p + r) if p + r else 0.0


def sentence_rank(scores: dict[str, SentenceScore], families: list[str]) -> tuple[float, ...]:
    chosen = [scores[f] for f in families if scores[f].dropped_expected >= STEERING_MIN] or [scores[f] for f in families]
    return (min(map(_dropped_f1, chosen)), sum(map(_dropped_f1, chosen)) / len(chosen),
            sum(s.location_accuracy for s in chosen) / len(chosen))


def sentence_table(pairs) -> None:
    """The sentence level's grid search, tuned on all families and left out one at a time."""
    grid_table(SENTENCE_GRID, lambda settings: sentence_family_scores(pairs, settings), sentence_rank,
               "sentences (dropped)", lambda s: f"{s.sentences} ({s.dropped_expected})",
               "dropped P / R / location",
               lambda s: f"{s.dropped_precision:.3f} / {s.dropped_recall:.3f} / {s.location_accuracy:.3f}")


def grid_table(grid: dict, scores_of, rank_of, count_label: str, count, figures_label: str, figures) -> None:
    """Every setting of ``grid`` scored family by family (``scores_of(settings)``), and a table:
    each family's figures under the defaults, under the best settings on all families and under
    the best settings chosen without it (leave-one-family-out), ranked by ``rank_of``."""
    runs = [(values, scores_of(dataclasses.replace(DEFAULT, **dict(zip(grid, values)))))
            for values in itertools.product(*grid.values())]
    families = list(runs[0][1])
    defaults = scores_of(DEFAULT)
    best_all = max(runs, key=lambda run: rank_of(run[1], families))
    print("settings:", ", ".join(grid), "defaults:", tuple(getattr(DEFAULT, name) for name in grid),
          "best on all families:", best_all[0])
    print(f"\n| family | {count_label} | defaults: {figures_label} | tuned on all | held out (tuned on the others) "
          "| settings chosen without it |")
    print("|---|---|---|---|---|---|")
    for family in families:
        others = [f for f in families if f != family]
        held_out = max(runs, key=lambda run: rank_of(run[1], others)) if others else best_all
        print(f"| {family} | {count(defaults[family])} | {figures(defaults[family])} | {figures(best_all[1][family])} "
              f"| {figures(held_out[1][family])} | {held_out[0]} |")


def confidence_table(pairs) -> None:
    """How often the aligner's primary (or its verdict "added") was right at each confidence level."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for gold, base, other in pairs:
        found = {a.id: a for a in compare(base, other).clauses}
        for pair in gold.pairs:
            alignment = found.get(pair.local)
            if alignment is None:
                continue
            right = (alignment.base[0].id if alignment.base else None) == pair.primary
            for family in (gold.family, "all"):
                counts[family, alignment.confidence.value][0] += right
                counts[family, alignment.confidence.value][1] += 1
    levels = ("high", "medium", "low")
    print("| family | " + " | ".join(f"{level}: right / links" for level in levels) + " |")
    print("|---|" + "---|" * len(levels))
    for family in [*dict.fromkeys(f for f, _ in counts if f != "all"), "all"]:
        cells = []
        for level in levels:
            right, total = counts.get((family, level), [0, 0])
            cells.append(f"{right} / {total} ({right / total:.1%})" if total else "—")
        print(f"| {family} | " + " | ".join(cells) + " |")


def main() -> None:
    if "--sentences" in sys.argv:
        sentence_table(gold_pairs("sentences"))
        return
    pairs = gold_pairs()
    if "--confidence" in sys.argv:
        confidence_table(pairs)
        return
    if "--show" in sys.argv:
        for family, total in family_scores(pairs, DEFAULT, show=True).items():
            print(family, total)
        return
    grid = GRIDS[sys.argv[sys.argv.index("--grid") + 1] if "--grid" in sys.argv else "small"]
    grid_table(grid, lambda settings: family_scores(pairs, settings), rank, "gold clauses", lambda s: s.clauses,
               "primary / F1", lambda s: f"{s.primary_accuracy:.3f} / {s.f1:.3f}")

if __name__ == "__main__":
    main()
