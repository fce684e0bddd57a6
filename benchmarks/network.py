"""Network benchmark: time, memory, pruning ratio and source recovery on a synthetic policy family.

Run by hand (not by CI):

    .venv/bin/python benchmarks/network.py [--sizes 31x31 31x322] [--jobs 2] [--full-max 2000] [--sample 40]

A size PxC is a centre, P provinces and C cities per province (tests/network_corpus.py: provinces
copy the centre, cities their province or now and then an earlier city of it, half the copied
sentences reworded; every sentence's true source is known). 31x31 is 993 documents, 31x322 10,014.

For each size, in this process: the nodes (network.node), the candidate pairs (prune.candidates,
one process), then the scoring of every later document against its candidates on the worker
pool of --jobs processes (batch.run_pooled, as `policydiff network` does), timed separately
(time.perf_counter). Peak memory is getrusage's ru_maxrss of this process and the peak summed
PSS of it and its workers (benchmarks/scale.py's sampler). Recovery is the precision and recall
of the sentence sources against the planted ones.

Above --full-max documents the scoring is not run whole: --sample later documents, drawn at
random (seeded) among those with candidates, are scored in this process and the total is
extrapolated per candidate pair: their time ÷ their candidate pairs × all candidate pairs ÷
--jobs (the pool's tasks are independent; the pool's measured efficiency at the smaller sizes is
printed), and the reported pairs likewise. Results are
printed and written to benchmarks/network-results.md.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import network_corpus
from scale import TreeSampler, machine, revision

from policydiff.batch import run_pooled
from policydiff.network import MIN_SHARE, build_network, corpus, eligible_sources, node, score_task
from policydiff.prune import candidates


def measure(provinces: int, cities: int, jobs: int, full_max: int, sample: int, seed: int) -> dict:
    sampler = TreeSampler(os.getpid())
    sampler.start()
    started = time.perf_counter()
    planted = network_corpus.build(provinces, cities, seed=seed)
    nodes = [node(document) for document in planted.documents]
    prepared = time.perf_counter() - started
    size = len(nodes)
    row = {"size": size, "shape": f"{provinces}x{cities}", "prepare_s": prepared,
           "sentences": sum(len(n.sentences) for n in nodes)}
    started = time.perf_counter()
    eligible = eligible_sources(nodes)
    chosen = candidates(nodes, eligible)
    row["prune_s"] = time.perf_counter() - started
    row["possible"], row["candidates"] = sum(map(len, eligible)), sum(map(len, chosen))
    print(f"{size:,} documents: {row['candidates']:,} of {row['possible']:,} pairs are candidates "
          f"(pruning {row['prune_s']:.1f} s)", flush=True)
    if size <= full_max:
        started = time.perf_counter()
        network = build_network(nodes, run=lambda function, shared, tasks: run_pooled(function, shared, tasks, jobs),
                                chosen=chosen)
        row["score_s"] = time.perf_counter() - started
        row["measured"] = "whole"
        row["pairs"] = len(network.pairs)
        row["precision"], row["recall"] = network_corpus.attribution(planted, network.sources)
        row["wrong"], row["as_close"] = misattributed(planted, network.sources)
    else:
        # Later documents have more candidates: time and reported pairs are extrapolated per
        # candidate pair of the sample, not per document.
        with_candidates = [i for i in range(size) if chosen[i]]
        drawn = random.Random(seed).sample(with_candidates, min(sample, len(with_candidates)))
        shared = corpus(nodes)
        started, reported = time.perf_counter(), 0
        for i in drawn:
            reported += len(score_task(shared, i, chosen[i], MIN_SHARE).pairs)
        seconds, scored = time.perf_counter() - started, sum(len(chosen[i]) for i in drawn)
        row["score_s"] = seconds / scored * row["candidates"] / jobs
        row["measured"] = f"{len(drawn)} of {len(with_candidates)} later documents ({scored:,} pairs), extrapolated"
        row["pairs"] = round(reported / scored * row["candidates"])
    memory = sampler.stop()
    row["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    row["tree_rss_mb"], row["tree_pss_mb"] = memory.rss_sum / 2**20, memory.pss_sum / 2**20
    return row


def misattributed(planted, sources) -> tuple[int, int]:
    """Sentences given a source other than the planted one, and how many of those the text
    cannot tell apart: the source found holds a sentence at least as close (Indel similarity) to
    the sentence as any sentence of the planted source. A city rewording a sentence its
    province had already reworded at the same place is as close to the centre as to the
    province (ties go to the earliest); hundreds of sister cities rewording the same sentence
    one random word each make one sister's version, by chance, closer than the true source."""
    from rapidfuzz import fuzz

    texts = {d.id: {(c.id, i): s for c in d.clauses for i, s in enumerate(c.sentences)} for d in planted.documents}
    position: dict[str, int] = {}
    wrong = as_close = 0
    for source in sources:
        number = position[source.document] = position.get(source.document, -1) + 1
        true = planted.truth.get((source.document, number))
        if not source.source or source.source == true:
            continue
        wrong += 1
        found = fuzz.ratio(texts[source.source][(source.source_clause, source.source_index)], source.text)
        as_close += bool(true) and found >= max(fuzz.ratio(t, source.text) for t in texts[true].values())
    return wrong, as_close


def report(rows: list[dict], jobs: int) -> str:
    lines = ["# Network benchmark", "", f"Machine: {machine()}; {revision()}; {jobs} worker processes.", "",
             "| documents | sentences | pairs possible | candidates | ratio | reported pairs | pruning s | scoring s "
             "| scoring measured | peak MB: this process RSS / all processes PSS | source precision | recall "
             "| misattributed: all / found source as close as the true one |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['size']:,} | {r['sentences']:,} | {r['possible']:,} | {r['candidates']:,} | "
                     f"{r['candidates'] / r['possible']:.3f} | {r['pairs']:,} | {r['prune_s']:.1f} | {r['score_s']:.0f} | "
                     f"{r['measured']} | {r['rss_mb']:.0f} / {r['tree_pss_mb']:.0f} | "
                     + (f"{r['precision']:.3f} | {r['recall']:.3f} | {r['wrong']:,} / {r['as_close']:,} |"
                        if "precision" in r else "— | — | — |"))
    largest = rows[-1]
    per_pair = (largest["prune_s"] + largest["score_s"] * jobs) / largest["possible"]  # one core's seconds
    family = 3_200
    pairs = family * (family - 1) / 2
    one_family = per_pair * pairs
    lines += ["", "## Extrapolation", "",
              f"At {largest['size']:,} documents one core spends {per_pair * 1e6:.0f} µs per possible pair (pruning plus "
              "scoring). The work grows with the pairs (every document of a family carries the centre's text, so the "
              "reported pairs themselves grow with the square of the documents). A family of 3,200 documents has "
              f"{pairs / 1e6:.1f} million possible pairs: about {one_family / 3600:.1f} core-hours, "
              f"{one_family * 20 / 3600:.0f} core-hours for 20 families: {one_family * 20 / 3600 / jobs:.0f} h on this "
              f"machine, {one_family * 20 / 3600 / 64:.1f} h on a cluster of 64 single-core Dask workers (pruning runs "
              "in the parent and is counted as if it parallelised, which it does only family by family)."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", nargs="+", default=["31x31", "31x322"])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--full-max", type=int, default=2000, help="score whole only up to this many documents")
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "network-results.md")
    args = parser.parse_args()
    rows = []
    for shape in args.sizes:
        provinces, cities = map(int, shape.split("x"))
        rows.append(measure(provinces, cities, args.jobs, args.full_max, args.sample, args.seed))
        print(rows[-1], flush=True)
    text = report(rows, args.jobs)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
