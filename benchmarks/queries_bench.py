"""Saved queries at scale: each the way the web app runs it, next to the same SPARQL run directly.

Loads a synthetic corpus in steps (10, 100, then all ``--issues``) and after each step times every
saved query with its default parameters: p50 of ``RUNS`` warm runs through ``store.query`` with a
time limit (a read-only worker process, results serialised as JSON: the web app's path below its
result cache), and the same SPARQL straight on pyoxigraph in this process (the baseline, same run).
Prints one table: the time at each size, the baseline and the ratio at the largest, the growth
exponent, and marks for rows over the 1 s budget or growing faster than linear.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.growth import RUNS, footer, format_exponent, marks, p50, size_cells, size_header
from benchmarks.steps import grown_store
from gazette_kg.queries.catalog import load_catalog
from gazette_kg.queries.run import bind
from gazette_kg.store import open_store
from gazette_kg.store.generation import Snapshot
from gazette_kg.vocabulary import RESULT_FORMATS

BUDGET = 1.0  # seconds, p50 at 1,000 issues
JSON = RESULT_FORMATS["json"]


def _measure(location: str, queries: dict[str, str]) -> tuple[dict[str, float], dict[str, float]]:
    """p50 seconds per query the web app's way, and straight on pyoxigraph."""
    store = open_store(location, read_only=True, workers=1)  # opened anew: a read-only store is a snapshot
    try:
        ours = {name: p50(lambda q=sparql: store.query(q, accept=JSON, timeout=600)) for name, sparql in queries.items()}
    finally:
        store.close()
    direct_store = Snapshot(location).current()  # what the workers read
    direct = {name: p50(lambda q=sparql: list(direct_store.query(q))) for name, sparql in queries.items()}
    return ours, direct


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks queries", description=__doc__)
    parser.add_argument("--issues", type=int, default=1000)
    parser.add_argument(
        "--keep", type=Path, metavar="DIR", help="keep the store of each size in DIR/<issues>, and reuse them when all are there"
    )
    args = parser.parse_args(argv)
    queries = {query.name: bind(query, {}) for query in load_catalog()}
    ours: dict[str, dict[int, float]] = {name: {} for name in queries}
    direct: dict[str, float] = {}
    for step in grown_store(args.issues, args.keep):
        measured, direct = _measure(step.store.location, queries)
        for name, seconds in measured.items():
            ours[name][step.issues] = seconds
        print(f"-- {step.issues} issues loaded ({len(step.store):,} quads, load {step.load_seconds:.0f} s)", flush=True)
    sizes = sorted(next(iter(ours.values())))
    largest = sizes[-1]
    print(
        f"saved queries, p50 of {RUNS} warm runs through store.query in a worker, as the web app (ms); baseline: the same SPARQL on pyoxigraph directly"
    )
    print(f"{'query':>28} " + size_header(sizes) + f" {'baseline':>9} {'ratio':>6} {'growth':>6}  marks")
    for name, times in ours.items():
        print(
            f"{name:>28} "
            + size_cells(times, 1000)
            + f" {direct[name] * 1000:9.1f} {times[largest] / max(direct[name], 1e-9):6.2f} "
            f"{format_exponent(times):>6}  {marks(times, BUDGET)}"
        )
    print(footer())
    print(f"goal: every row <= {BUDGET:g} s at 1,000 issues and none superlinear from 100 to 1,000")
    return 0
