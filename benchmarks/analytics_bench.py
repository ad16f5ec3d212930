"""Network analytics at scale: each projection next to its SPARQL queries alone, at growing corpus sizes.

Loads a synthetic corpus into one embedded store in steps (10, 100, then all ``--issues``) and after
each step times, per network, building it (SPARQL + networkx, p50 of ``RUNS`` warm runs) and its
SPARQL queries alone (the baseline: fetching the rows, same run). Prints one table: the build time at
each size, the baseline and the ratio at the largest, nodes, edges, the measures' time, the peak
Python memory of projection + measures, and the growth exponent, marking rows over the 1 s budget or
growing faster than linear (betweenness is sampled above ``BETWEENNESS_SAMPLE`` nodes).
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from datetime import date
from pathlib import Path

from benchmarks.growth import RUNS, footer, format_exponent, marks, p50, size_cells, size_header
from benchmarks.steps import grown_store
from gazette_kg.analytics import projections
from gazette_kg.analytics.measures import BETWEENNESS_SAMPLE, measures_of, run

BUDGET = 1.0  # seconds to build a network at 1,000 issues
# The SPARQL queries each projection runs (the baseline cost of getting the rows out of the store);
# the names and document facts it then asks for its own nodes only are left out.
QUERIES = {
    "citations": ["citations", "citation-documents"],
    "repeals": ["repeals", "successors"],
    "co-responsibility": ["coresponsibility"],
    "officials": ["personnel"],
    "bodies": ["leadership", "abolished"],
}
AT = date(2021, 7, 1)


def _measures(network: str, graph) -> float:
    """Seconds of every measure of the network."""
    start = time.perf_counter()
    for measure in measures_of(network):
        run(measure, graph, AT)
    return time.perf_counter() - start


def _peak_mb(network: str, store) -> float:
    """Peak traced MB of projection + measures, in a run of its own (tracing slows Python several
    times, so that run is not timed)."""
    tracemalloc.start()
    traced = projections.project(network, store)
    for measure in measures_of(network):
        run(measure, traced, AT)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks analytics", description=__doc__)
    parser.add_argument("--issues", type=int, default=1000, help="synthetic issues in the full corpus")
    parser.add_argument(
        "--keep", type=Path, metavar="DIR", help="keep the store of each size in DIR/<issues>, and reuse them when all are there"
    )
    args = parser.parse_args(argv)
    built: dict[str, dict[int, float]] = {network: {} for network in projections.NETWORKS}
    last: dict[str, tuple] = {}
    for step in grown_store(args.issues, args.keep):
        store = step.store
        for network in projections.NETWORKS:
            built[network][step.issues] = p50(lambda n=network: projections.project(n, store), RUNS)
            baseline = sum(p50(lambda q=q: store.select(projections.sparql(q)), RUNS) for q in QUERIES[network])
            graph = projections.project(network, store)
            measures_s = _measures(network, graph)
            last[network] = (baseline, graph.number_of_nodes(), graph.number_of_edges(), measures_s, _peak_mb(network, store))
        print(f"-- {step.issues} issues loaded ({len(store):,} quads, load {step.load_seconds:.0f} s)", flush=True)
    sizes = sorted(next(iter(built.values())))
    largest = sizes[-1]
    print(
        f"networks built, p50 of {RUNS} warm runs (s); baseline: the projection's SPARQL queries alone; "
        f"betweenness exact up to {BETWEENNESS_SAMPLE} nodes, sampled above"
    )
    print(
        f"{'network':>18} "
        + size_header(sizes)
        + f" {'baseline':>9} {'ratio':>6} {'nodes':>7} {'edges':>8} {'measure s':>9} {'peak MB':>8} {'growth':>6}  marks"
    )
    for network, times in built.items():
        baseline, nodes, edges, measures_s, peak = last[network]
        print(
            f"{network:>18} "
            + size_cells(times, digits=3)
            + f" {baseline:9.3f} {times[largest] / max(baseline, 1e-9):6.2f} {nodes:>7} {edges:>8} {measures_s:9.2f} "
            f"{peak:8.1f} {format_exponent(times):>6}  {marks(times, BUDGET)}"
        )
    print(footer())
    print(f"goal: every network built in <= {BUDGET:g} s at 1,000 issues, none superlinear from 100 to 1,000")
    return 0
