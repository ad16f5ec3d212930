"""Load on the web app: concurrent clients on loopback, latency next to the same queries run directly.

Starts ``gazette-kg serve`` (waitress) on a free 127.0.0.1 port over a store of the seeds
(or of a synthetic corpus with ``--issues N``, after loading 10, 100 and all of it), runs ``--clients`` concurrent clients
(asyncio + aiohttp: a light client, so the numbers are the server's) for ``--seconds``,
each picking saved-query JSON, a resource page or /sparql at random, and prints per kind
the requests and errors (with their reasons) at each size, then one table: p50 at each size,
p95 and p99, the same SPARQL run directly on pyoxigraph in this process (the baseline, same
run), the ratio and the growth exponent. With ``--runaways N``, N more clients send a query
that runs past the time limit, again and again, to show what the light traffic suffers
meanwhile. Each client has its own loopback address (127.0.x.y), as distinct users would;
the rate limit is off (this measures capacity). Traffic goes to loopback only, bounded in
time and count.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from benchmarks.growth import footer, format_exponent, marks, size_cells, size_header, sizes
from benchmarks.steps import BASE, grown_store
from gazette_kg.loaders.load import load_paths
from gazette_kg.paths import seeds_dir
from gazette_kg.queries.catalog import get_query
from gazette_kg.queries.run import bind
from gazette_kg.store import open_store
from gazette_kg.store.embedded import EmbeddedStore
from gazette_kg.store.generation import Snapshot
from gazette_kg.vocabulary import GZ
from gazette_kg.web.data import PREFIXES
from gazette_kg.web.resources import facts_query
from tests.servers import free_port, wait_until_answering

MAX_REQUESTS = 200_000
BASELINE_SECONDS = 90  # the direct runs stop after this many rounds' worth on a large corpus
SAVED = [
    ("official-timeline", {"name": "陆强耀"}),
    ("repeals", {}),
    ("responsibilities-of-agency", {"agency": "财政局"}),
    ("documents-by-year", {"year": "2021"}),
    ("coordination-bodies", {"name": "领导小组"}),
]
SPARQL = f"PREFIX gz: <{GZ}> SELECT ?d ?n WHERE {{ ?d gz:docNumber ?n }} LIMIT 50"
# A query that runs past any time limit: a three-way cross product of the store.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . FILTER (STR(?c) < STR(?i)) }"


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def _resources(store) -> list[str]:
    rows = store.select(f"SELECT ?d WHERE {{ ?d <{GZ.publishedIn}> ?i }} LIMIT 200")
    return ["/id/" + str(r["d"])[len(BASE) :] for r in rows]


def _requests(resources: list[str]) -> dict[str, list[str]]:
    """Paths by kind; a client picks a kind at random, then a path of that kind."""
    return {
        "saved": [f"/queries/{name}?{urllib.parse.urlencode({**values, '_format': 'json'})}" for name, values in SAVED],
        "resource": resources[:50],
        "sparql": ["/sparql?" + urllib.parse.urlencode({"query": SPARQL})],
    }


async def _drive(
    root: str, paths: dict[str, list[str]], clients: int, seconds: float, runaways: int = 0
) -> tuple[dict[str, list[float]], dict[str, Counter]]:
    """``clients`` concurrent clients (and ``runaways`` more sending only RUNAWAY), each sending its
    next request when the last is answered, over a kept-alive connection from its own loopback
    address, until ``seconds`` or MAX_REQUESTS have passed."""
    import aiohttp

    runaway = {"runaway": ["/sparql?" + urllib.parse.urlencode({"query": RUNAWAY})]} if runaways else {}
    latencies: dict[str, list[float]] = {kind: [] for kind in {**paths, **runaway}}
    errors: dict[str, Counter] = {kind: Counter() for kind in latencies}
    deadline = time.monotonic() + seconds
    sent = 0

    async def client(number: int, kinds: dict[str, list[str]]) -> None:
        nonlocal sent
        rnd = random.Random(number)
        address = (f"127.0.{1 + number // 250}.{1 + number % 250}", 0)
        connector = aiohttp.TCPConnector(limit=1, local_addr=address)
        async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=30)) as session:
            while time.monotonic() < deadline and sent < MAX_REQUESTS:
                sent += 1
                kind = rnd.choice(list(kinds))
                start = time.perf_counter()
                try:
                    async with session.get(root + rnd.choice(kinds[kind])) as response:
                        await response.read()
                        if response.status != 200:
                            errors[kind][f"HTTP {response.status}"] += 1
                            continue
                    latencies[kind].append(time.perf_counter() - start)
                except (aiohttp.ClientError, asyncio.TimeoutError) as err:
                    errors[kind][type(err).__name__] += 1

    await asyncio.gather(*(client(i, paths) for i in range(clients)), *(client(clients + i, runaway) for i in range(runaways)))
    return latencies, errors


def _baseline(location: str, resources: list[str], rounds: int = 30) -> dict[str, list[float]]:
    """The same SPARQL straight on pyoxigraph: the saved queries, a resource page's facts query
    (its labels query not counted) and the /sparql query."""
    store = Snapshot(location).current()  # what the workers read
    times: dict[str, list[float]] = {"saved": [], "resource": [], "sparql": []}
    facts = [PREFIXES + facts_query(URIRef(BASE + path.removeprefix("/id/")), BASE) for path in resources[:50]]
    deadline = time.monotonic() + BASELINE_SECONDS
    for round_ in range(rounds):
        if time.monotonic() > deadline:
            break
        for name, values in SAVED:
            times["saved"].append(_direct(store, bind(get_query(name), values)))
        times["resource"].append(_direct(store, facts[round_ % len(facts)]))
        times["sparql"].append(_direct(store, SPARQL))
    return times


def _direct(store: ox.Store, query: str) -> float:
    start = time.perf_counter()
    list(store.query(query))
    return time.perf_counter() - start


def _serve(location: str, resources: list[str], args) -> tuple[dict[str, list[float]], dict[str, Counter]]:
    """Start ``gazette-kg serve`` over the store at ``location`` and drive it with the clients."""
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gazette_kg.cli",
            "serve",
            "--store",
            location,
            "--port",
            str(port),
            "--threads",
            str(args.clients + args.runaways),
            "--rate-limit",
            "",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, **({"GAZETTE_KG_CACHE_SECONDS": "0"} if args.no_cache else {})},
    )
    root = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(root + "/sparql?query=ASK%7B%7D", server, seconds=60)
        return asyncio.run(_drive(root, _requests(resources), args.clients, args.seconds, args.runaways))
    finally:
        server.terminate()
        server.wait(timeout=10)


def _stores(args, tmp: str) -> Iterator[tuple[int, EmbeddedStore]]:
    """The store to serve: one given, the seeds, or a synthetic corpus after each of its loading steps."""
    if args.store:
        store = open_store(args.store, read_only=True)
        yield len(store.graphs()), store
        store.close()
        return
    if args.issues:
        for step in grown_store(args.issues):
            yield step.issues, step.store
        return
    store = open_store(str(Path(tmp) / "store"))
    load_paths([seeds_dir()], store, BASE)
    yield 0, store
    store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks web", description=__doc__)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0, help="of load at each corpus size")
    parser.add_argument(
        "--issues",
        type=int,
        default=0,
        help="a synthetic corpus of this many issues, served after 10, 100 and all, instead of the seeds",
    )
    parser.add_argument("--store", help="serve this embedded store as it is (one size) instead of building one")
    parser.add_argument("--no-cache", action="store_true", help="serve with the result cache off (cache_seconds=0)")
    parser.add_argument("--runaways", type=int, default=0, help="clients sending only a query that runs past the time limit")
    args = parser.parse_args(argv)
    p50s: dict[str, dict[int, float]] = {}
    largest = sizes(args.issues)[-1] if args.issues and not args.store else None
    with tempfile.TemporaryDirectory() as tmp:
        for size, store in _stores(args, tmp):
            resources = _resources(store)
            latencies, errors = _serve(store.location, resources, args)
            for kind, values in latencies.items():
                p50s.setdefault(kind, {})[size] = _percentile(values, 0.5)
            print(
                f"-- {size or 'seed'} issues: "
                + ", ".join(
                    f"{kind} {len(values)} requests, {sum(errors[kind].values())} errors"
                    + (" (" + ", ".join(f"{reason}: {n}" for reason, n in errors[kind].items()) + ")" if errors[kind] else "")
                    for kind, values in latencies.items()
                ),
                flush=True,
            )
            if largest is None or size == largest:
                baseline = _baseline(store.location, resources)
    corpus = args.store or (f"{args.issues} synthetic issues" if args.issues else "the five seeds")
    measured = sorted(next(iter(p50s.values())))
    print(
        f"{args.clients} clients (and {args.runaways} sending runaway queries) for {args.seconds:g} s at each size of {corpus}, "
        f"result cache {'off' if args.no_cache else 'on'}; "
        f"p50 latency (ms); baseline: the same SPARQL straight on pyoxigraph at the largest size"
    )
    print(f"{'kind':>10} " + size_header(measured) + f" {'p95':>8} {'p99':>8} {'baseline':>9} {'ratio':>7} {'growth':>6}  marks")
    for kind, times in p50s.items():
        direct = baseline.get(kind, [])
        base = statistics.median(direct) if direct else float("nan")
        values = latencies[kind]
        print(
            f"{kind:>10} "
            + size_cells(times, 1000)
            + f" {_percentile(values, 0.95) * 1000:8.1f} {_percentile(values, 0.99) * 1000:8.1f} {base * 1000:9.1f} "
            f"{times[measured[-1]] / base:7.1f} "
            f"{format_exponent(times):>6}  {marks(times)}"
        )
    print(footer())
    print(
        "goal: zero errors; p50 of a saved query < 50 ms on the seed graph; with runaways, p99 of the others < 1 s "
        "(the runaways themselves are stopped: 503)"
    )
    return 0
