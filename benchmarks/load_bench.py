"""Loading speed at scale: our loader against pyoxigraph's own bulk_load of the same quads.

Builds a synthetic corpus, loads it in steps (to 10, 100, then all ``--issues``, each step one
``load_paths`` run as ``gazette-kg load`` of a folder) and prints one table: end to end wall
seconds at each size, the growth exponent, the triples per second and, last, the ratio to
pyoxigraph's bulk_load of the same quads (every quad of the store, the merge in the default
graph included, from N-Quads; the baseline, same run). Then the CPU seconds of each stage
(parsing, the model as a dict, mapping, serialising in the worker processes; writing in the
one writer), peak memory of this process and of the largest worker, the store's size, and
the incremental case: ten more issues into the full store against the same ten into an empty
one, and the same ten loaded again (unchanged, skipped).
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

from benchmarks.growth import footer, format_exponent, marks, size_cells, size_header, sizes
from benchmarks.steps import BASE
from benchmarks.synth import generate_corpus
from gazette_kg.loaders.load import load_paths
from gazette_kg.store import open_store

EXTRA = 10  # issues added to the full store for the incremental rows


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _timed(function, *args) -> float:
    began = time.perf_counter()
    function(*args)
    return time.perf_counter() - began


def _bulk_load_seconds(store, tmp_path: Path) -> float:
    """pyoxigraph's bulk_load, into a new store, of every quad of ``store``: the named graphs
    and the merge in the default graph."""
    nquads = tmp_path / "all.nq"
    store.write_nquads(nquads)
    began = time.perf_counter()
    baseline = ox.Store(str(tmp_path / "baseline"))
    baseline.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    baseline.flush()
    seconds = time.perf_counter() - began
    if len(baseline) != len(store):
        raise AssertionError(f"the baseline holds {len(baseline)} quads, the store {len(store)}")
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks load", description=__doc__)
    parser.add_argument("--issues", type=int, default=1000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        files = generate_corpus(args.issues + EXTRA, tmp_path / "corpus")
        extra, files = files[args.issues :], files[: args.issues]
        store_dir = tmp_path / "store"
        store = open_store(str(store_dir))
        total: dict[int, float] = {}
        stages: Counter[str] = Counter()
        seconds = 0.0
        loaded = 0
        for size in sizes(args.issues):  # one load run per step, as `gazette-kg load` on a folder would be
            began = time.perf_counter()
            stages.update(load_paths(files[loaded:size], store, BASE).seconds)
            seconds += time.perf_counter() - began
            total[size], loaded = seconds, size
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        quads = len(store)
        bulk_seconds = _bulk_load_seconds(store, tmp_path)
        added = _timed(load_paths, extra, store, BASE)
        again = _timed(load_paths, extra, store, BASE)
        store.close()
        disk_mb = _size(store_dir) / 1e6
        empty = open_store(str(tmp_path / "alone"))
        alone = _timed(load_paths, extra, empty, BASE)
        empty.close()
    steps = sorted(total)
    print(
        f"issues {args.issues}, quads {quads:,} (issue graphs and their merge); seconds are cumulative "
        f"(the store after each step); {os.cpu_count()} CPUs"
    )
    print(f"{'':34} " + size_header(steps) + f" {'growth':>6} {'quads/s':>11} {'vs bulk_load':>13}")
    print(
        f"{'pyoxigraph bulk_load (baseline)':34} "
        + " ".join(f"{'':>11}" for _ in steps[:-1])
        + f" {bulk_seconds:11.1f} {'-':>6} {quads / bulk_seconds:11,.0f} {1.0:13.2f}"
    )
    print(
        f"{'end to end':34} " + size_cells(total) + f" {format_exponent(total):>6} {quads / total[steps[-1]]:11,.0f}"
        f" {bulk_seconds / total[steps[-1]]:13.2f}" + (f"  {marks(total)}" if marks(total) else "")
    )
    cpu = sum(stages.values())
    print(
        f"CPU seconds by stage, all steps ({cpu:.1f} s; wall {total[steps[-1]]:.1f} s): "
        + ", ".join(f"{stage} {spent:.1f} ({spent / cpu:.0%})" for stage, spent in stages.items())
    )
    print(f"peak memory {peak_mb:,.0f} MB (writer), {worker_mb:,.0f} MB (largest worker); store on disk {disk_mb:,.0f} MB")
    print(
        f"incremental: {EXTRA} more issues into the {args.issues}-issue store {added:.1f} s, into an empty store {alone:.1f} s "
        f"(x {added / alone:.2f}); the same {EXTRA} again, unchanged: {again:.2f} s"
    )
    print(footer())
    print("goal: end to end >= 0.6 of bulk_load at 1,000 issues, peak <= 3 GB; ten more issues <= 2 x ten alone")
    return 0
