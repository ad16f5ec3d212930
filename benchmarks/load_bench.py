"""Loading speed at scale: our loader against pyoxigraph's own bulk_load of the same quads.

Builds a synthetic corpus, loads it in steps (to 10, 100, then all ``--issues``, each step one
``load_paths`` run as ``gazette-kg load`` of a folder) and prints one table: the cumulative seconds of
parsing + mapping (until the last file of a run is mapped), of writing (the rest), and end to end at each size, the growth exponent, the triples per second and,
last, the ratio to pyoxigraph's bulk_load of the same quads from N-Quads (the baseline, same run).
Then peak memory and store size, and the incremental case: ten more issues into the full store
against the same ten into an empty one, and the same ten loaded again (unchanged, skipped).
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
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
    """pyoxigraph's bulk_load of the store's quads (dumped to N-Quads) into a new store."""
    nquads = tmp_path / "all.nq"
    with nquads.open("wb") as out:
        for chunk in store.dump("nq"):
            out.write(chunk)
    began = time.perf_counter()
    baseline = ox.Store(str(tmp_path / "baseline"))
    baseline.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    baseline.flush()
    return time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks load", description=__doc__)
    parser.add_argument("--issues", type=int, default=1000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        files = generate_corpus(args.issues + EXTRA, tmp_path / "corpus")
        extra, files = files[args.issues:], files[:args.issues]
        store_dir = tmp_path / "store"
        store = open_store(str(store_dir))
        mapped: dict[int, float] = {}
        written: dict[int, float] = {}
        map_seconds = write_seconds = 0.0
        loaded = 0
        for size in sizes(args.issues):  # one load run per step, as `gazette-kg load` on a folder would be
            mapped_at = [0.0]  # when the last file of the step was parsed and mapped; writing follows
            began = time.perf_counter()
            load_paths(files[loaded:size], store, BASE, lambda _: mapped_at.__setitem__(0, time.perf_counter()))
            ended = time.perf_counter()
            map_seconds += mapped_at[0] - began
            write_seconds += ended - mapped_at[0]
            mapped[size], written[size], loaded = map_seconds, write_seconds, size
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        triples = len(store)
        bulk_seconds = _bulk_load_seconds(store, tmp_path)
        added = _timed(load_paths, extra, store, BASE)
        again = _timed(load_paths, extra, store, BASE)
        store.close()
        disk_mb = _size(store_dir) / 1e6
        empty = open_store(str(tmp_path / "alone"))
        alone = _timed(load_paths, extra, empty, BASE)
        empty.close()
    steps = sorted(mapped)
    total = {n: mapped[n] + written[n] for n in steps}
    print(f"issues {args.issues}, quads {triples:,}; seconds are cumulative (the store after each step); {os.cpu_count()} CPUs")
    print(f"{'':34} " + size_header(steps) + f" {'growth':>6} {'triples/s':>11} {'vs bulk_load':>13}")
    print(f"{'pyoxigraph bulk_load (baseline)':34} " + " ".join(f"{'':>11}" for _ in steps[:-1])
          + f" {bulk_seconds:11.1f} {'-':>6} {triples / bulk_seconds:11,.0f} {1.0:13.2f}")
    for label, times in (("parse + map", mapped), ("write (store bulk path)", written), ("end to end", total)):
        print(f"{label:34} " + size_cells(times)
              + f" {format_exponent(times):>6} {triples / times[steps[-1]]:11,.0f} {bulk_seconds / times[steps[-1]]:13.2f}"
              + (f"  {marks(times)}" if marks(times) else ""))
    print(f"peak memory {peak_mb:,.0f} MB, store on disk {disk_mb:,.0f} MB")
    print(f"incremental: {EXTRA} more issues into the {args.issues}-issue store {added:.1f} s, into an empty store {alone:.1f} s "
          f"(x {added / alone:.2f}); the same {EXTRA} again, unchanged: {again:.2f} s")
    print(footer())
    print("goal: end to end >= 0.6 of bulk_load at 1,000 issues, peak <= 3 GB; ten more issues <= 2 x ten alone")
    return 0
