"""Network analytics at scale: projections and measures on a synthetic corpus loaded at growing sizes.

Loads the corpus into one embedded store in three steps (a tenth, half, all of it) and after each
step prints, per network, the time of its SPARQL query alone (the baseline: fetching the rows),
of building the networkx graph from them, of each of its measures, the peak Python memory of
projection + measures, and the time per thousand edges, which should stay roughly flat as the
corpus grows (no quadratic step; betweenness is sampled above ``BETWEENNESS_SAMPLE`` nodes).
"""

from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

from benchmarks.synth import generate_corpus
from gazette_kg import config
from gazette_kg.analytics import projections
from gazette_kg.analytics.measures import BETWEENNESS_SAMPLE, measures_of, run
from gazette_kg.loaders.load import load_paths
from gazette_kg.store import open_store

# The SPARQL queries each projection runs (the baseline cost of getting the rows out of the store).
QUERIES = {
    "citations": ["citations", "documents"],
    "repeals": ["repeals", "successors", "documents", "labels"],
    "co-responsibility": ["responsibilities", "labels"],
    "officials": ["personnel", "labels", "documents"],
    "bodies": ["leadership", "abolished", "labels"],
}


def _timed(function, *args):
    start = time.perf_counter()
    value = function(*args)
    return time.perf_counter() - start, value


def _measure_sizes(store, issues: int) -> None:
    for network in projections.NETWORKS:
        query_s = sum(_timed(store.select, projections.sparql(q))[0] for q in QUERIES[network])
        project_s, graph = _timed(projections.project, network, store)
        times = {m: _timed(run, m, graph, date(2021, 7, 1))[0] for m in measures_of(network)}
        # memory in a second, traced run (tracing slows Python down several times, so it is not timed)
        tracemalloc.start()
        traced = projections.project(network, store)
        for m in measures_of(network):
            run(m, traced, date(2021, 7, 1))
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        edges = max(graph.number_of_edges(), 1)
        total = project_s + sum(times.values())
        print(f"{issues:>6} {network:>18} {graph.number_of_nodes():>7} {graph.number_of_edges():>8} {query_s:8.2f} "
              f"{project_s:8.2f} {project_s / max(query_s, 1e-9):7.2f} {sum(times.values()):9.2f} "
              f"{1000 * total / edges:9.3f} {peak / 1e6:8.1f}  " + " ".join(f"{m}={s:.2f}" for m, s in times.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks analytics", description=__doc__)
    parser.add_argument("--issues", type=int, default=1000, help="synthetic issues in the full corpus")
    args = parser.parse_args(argv)
    print(f"betweenness exact up to {BETWEENNESS_SAMPLE} nodes, sampled with k={BETWEENNESS_SAMPLE} above")
    print(f"{'issues':>6} {'network':>18} {'nodes':>7} {'edges':>8} {'query s':>8} {'proj s':>8} {'x query':>7} "
          f"{'measure s':>9} {'ms/kedge':>9} {'peak MB':>8}  per measure (s)")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = generate_corpus(args.issues, Path(tmp) / "corpus")
        store = open_store(str(Path(tmp) / "store"))
        loaded = 0
        for size in sorted({max(1, args.issues // 10), max(1, args.issues // 2), args.issues}):
            load_s, _ = _timed(load_paths, corpus[loaded:size], store, config.get("base_iri"))
            loaded = size
            print(f"-- {size} issues loaded ({len(store)} quads, +{load_s:.0f} s)")
            _measure_sizes(store, size)
        store.close()
    print("goal: ms/kedge roughly flat across sizes (near-linear); projection a small multiple of its query")
    return 0
