"""Load on the web app: concurrent clients on loopback, latency next to the same queries run directly.

Starts ``gazette-kg serve`` (waitress) on a free 127.0.0.1 port over a store of the seeds
(or of a synthetic corpus with ``--issues N``), runs ``--clients`` threads for
``--seconds`` mixing saved-query JSON, resource pages and /sparql, and prints per kind the
requests, errors, p50 and p95, next to the same SPARQL run directly on pyoxigraph in this
process (the baseline, same run) and the ratio. Traffic goes to loopback only, bounded in
time and count.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox

from benchmarks.synth import generate_corpus
from gazette_kg.loaders.load import load_paths
from gazette_kg.paths import seeds_dir
from gazette_kg.queries.catalog import get_query
from gazette_kg.queries.run import bind
from gazette_kg.store import open_store
from tests.servers import free_port, wait_until_answering

BASE = "https://gazette-kg.org/id/"
MAX_REQUESTS = 200_000
SAVED = [("official-timeline", {"name": "陆强耀"}), ("repeals", {}), ("responsibilities-of-agency", {"agency": "财政局"}),
         ("documents-by-year", {"year": "2021"}), ("coordination-bodies", {"name": "领导小组"})]
SPARQL = "PREFIX gz: <https://gazette-kg.org/ontology#> SELECT ?d ?n WHERE { ?d gz:docNumber ?n } LIMIT 50"


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def _resources(store) -> list[str]:
    rows = store.select("PREFIX gz: <https://gazette-kg.org/ontology#> SELECT ?d WHERE { ?d gz:publishedIn ?i } LIMIT 200")
    return ["/id/" + str(r["d"])[len(BASE):] for r in rows]


def _requests(resources: list[str]) -> list[tuple[str, str]]:
    mix = [("saved", f"/queries/{name}?{urllib.parse.urlencode({**values, '_format': 'json'})}") for name, values in SAVED]
    mix += [("resource", path) for path in resources[:50]]
    mix += [("sparql", "/sparql?" + urllib.parse.urlencode({"query": SPARQL}))]
    return mix


def _baseline(location: str, rounds: int = 30) -> dict[str, list[float]]:
    """The same SPARQL straight on pyoxigraph: saved queries and the /sparql query."""
    store = ox.Store.read_only(location)
    times: dict[str, list[float]] = {"saved": [], "sparql": []}
    for _ in range(rounds):
        for name, values in SAVED:
            start = time.perf_counter()
            list(store.query(bind(get_query(name), values), use_default_graph_as_union=True))
            times["saved"].append(time.perf_counter() - start)
        start = time.perf_counter()
        list(store.query(SPARQL, use_default_graph_as_union=True))
        times["sparql"].append(time.perf_counter() - start)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks web", description=__doc__)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--issues", type=int, default=0, help="a synthetic corpus of this many issues instead of the seeds")
    parser.add_argument("--no-cache", action="store_true", help="serve with the result cache off (cache_seconds=0)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        location = str(Path(tmp) / "store")
        store = open_store(location)
        sources = generate_corpus(args.issues, Path(tmp) / "corpus") if args.issues else [seeds_dir()]
        for start in range(0, len(sources), 50):
            load_paths(sources[start : start + 50], store, BASE)
        resources = _resources(store)
        store.close()
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "gazette_kg.cli", "serve", "--store", location, "--port", str(port),
                                   "--threads", str(args.clients)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                  env={**os.environ, **({"GAZETTE_KG_CACHE_SECONDS": "0"} if args.no_cache else {})})
        root = f"http://127.0.0.1:{port}"
        try:
            wait_until_answering(root + "/sparql?query=ASK%7B%7D", server, seconds=60)
            mix = _requests(resources)
            latencies: dict[str, list[float]] = {"saved": [], "resource": [], "sparql": []}
            errors: dict[str, int] = {kind: 0 for kind in latencies}
            deadline = time.monotonic() + args.seconds
            lock = threading.Lock()
            count = [0]

            def client(seed: int) -> None:
                rnd = random.Random(seed)
                while time.monotonic() < deadline:
                    with lock:
                        if count[0] >= MAX_REQUESTS:
                            return
                        count[0] += 1
                    kind, path = rnd.choice(mix)
                    start = time.perf_counter()
                    try:
                        with urllib.request.urlopen(root + path, timeout=30) as response:
                            response.read()
                        with lock:
                            latencies[kind].append(time.perf_counter() - start)
                    except OSError:
                        with lock:
                            errors[kind] += 1

            threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        finally:
            server.terminate()
            server.wait(timeout=10)
        baseline = _baseline(location)
    corpus = f"{args.issues} synthetic issues" if args.issues else "the five seeds"
    print(f"{args.clients} clients for {args.seconds:g} s on {corpus}, result cache {'off' if args.no_cache else 'on'}")
    print(f"{'kind':>10} {'requests':>9} {'errors':>7} {'p50 ms':>8} {'p95 ms':>8} {'direct p50':>11} {'direct p95':>11} {'x p50':>7}")
    for kind, values in latencies.items():
        direct = baseline.get(kind, [])
        ratio = statistics.median(values) / statistics.median(direct) if values and direct else float("nan")
        direct_p50 = f"{_percentile(direct, .5) * 1000:9.1f}ms" if direct else "-"
        direct_p95 = f"{_percentile(direct, .95) * 1000:9.1f}ms" if direct else "-"
        print(f"{kind:>10} {len(values):>9} {errors[kind]:>7} {_percentile(values, .5) * 1000:8.1f} {_percentile(values, .95) * 1000:8.1f} "
              f"{direct_p50:>11} {direct_p95:>11} {ratio:7.1f}")
    print("goal: zero errors; p50 of a saved query < 50 ms on the seed graph")
    return 0
