"""Loading speed at scale: our loader against pyoxigraph's own bulk_load of the same quads.

Builds a synthetic corpus (default 1,000 issues), loads it in three runs (to 10, 100 and
all issues, each as one ``gazette-kg load`` of a folder would), and prints: triples,
triples/s end to end (parse + map + write) and for the write alone, the same quads
bulk-loaded by pyoxigraph from N-Quads (the baseline, same run), the ratio, peak memory,
store size on disk, and three typical queries timed after each run.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from benchmarks.synth import generate_corpus
from gazette_kg.loaders.load import VOCABULARY_GRAPH, prepare, write
from gazette_kg.loaders.rdf.mapping import vocabulary_graph
from gazette_kg.queries.catalog import get_query
from gazette_kg.queries.run import bind
from gazette_kg.store import open_store
from gazette_kg.store.base import ntriples

BASE = "https://gazette-kg.org/id/"
QUERIES = (("agencies-by-tasks", {"limit": "20"}), ("official-timeline", {"name": "陆强耀"}), ("in-force-on", {"date": "2022-07-01"}))


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _time_queries(store) -> list[float]:
    times = []
    for name, values in QUERIES:
        sparql = bind(get_query(name), values)
        start = time.perf_counter()
        store.select(sparql)
        times.append(time.perf_counter() - start)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks load", description=__doc__)
    parser.add_argument("--issues", type=int, default=1000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        files = generate_corpus(args.issues, tmp_path / "corpus")
        store_dir = tmp_path / "store"
        store = open_store(str(store_dir))
        write(store, [(VOCABULARY_GRAPH, ntriples(vocabulary_graph()))])
        map_seconds = write_seconds = 0.0
        query_rows = []
        loaded = 0
        checkpoints = sorted({c for c in (10, 100, args.issues) if c <= args.issues})
        for checkpoint in checkpoints:  # one load run per step, as `gazette-kg load` on a folder would be
            chunk = files[loaded:checkpoint]
            began = time.perf_counter()
            prepared = prepare(chunk, BASE)
            map_seconds += time.perf_counter() - began
            began = time.perf_counter()
            write(store, [(issue.graph, issue.ntriples) for issue in prepared])
            write_seconds += time.perf_counter() - began
            del prepared
            loaded = checkpoint
            query_rows.append((loaded, _time_queries(store)))
        triples = len(store)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        disk_mb = _size(store_dir) / 1e6
        nquads = tmp_path / "all.nq"
        with nquads.open("wb") as out:
            for chunk in store.dump("nq"):
                out.write(chunk)
        store.close()
        baseline_dir = tmp_path / "baseline"
        began = time.perf_counter()
        baseline = ox.Store(str(baseline_dir))
        baseline.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
        baseline.flush()
        bulk_seconds = time.perf_counter() - began
    total = map_seconds + write_seconds
    print(f"issues {args.issues}, quads {triples:,}")
    print(f"{'':32} {'seconds':>9} {'triples/s':>12} {'vs bulk_load':>13}")
    print(f"{'pyoxigraph bulk_load (baseline)':32} {bulk_seconds:9.1f} {triples / bulk_seconds:12,.0f} {1.0:13.2f}")
    print(f"{'our write (store bulk path)':32} {write_seconds:9.1f} {triples / write_seconds:12,.0f} {bulk_seconds / write_seconds:13.2f}")
    print(f"{'our load end to end':32} {total:9.1f} {triples / total:12,.0f} {bulk_seconds / total:13.2f}")
    print(f"  of which parse + map to N-Triples: {map_seconds:.1f} s ({os.cpu_count()} processes)")
    print(f"peak memory {peak_mb:,.0f} MB, store on disk {disk_mb:,.0f} MB")
    print(f"{'issues loaded':>14} " + " ".join(f"{name:>20}" for name, _ in QUERIES))
    for count, times in query_rows:
        print(f"{count:>14} " + " ".join(f"{t * 1000:17.1f} ms" for t in times))
    return 0
