"""Loading while the web app serves: `gazette-kg load` runs in its own process while queries keep
coming to the app; every answer shows the store as it was before the load or as it is after it,
never a load half done, and the new issues appear without a restart (the cache included)."""

import json
import subprocess
import sys

import pytest

from gazette_kg import config
from gazette_kg.loaders.load import load_paths
from gazette_kg.store import open_store
from gazette_kg.web.app import create_app
from tests.conftest import BASE
from tests.seeds import seed_path

# Triples in each issue graph and in the merge, in one query: one consistent view of the store.
COUNTS = """SELECT ?g (COUNT(*) AS ?n) WHERE {
  { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o BIND ("merge" AS ?g) }
} GROUP BY ?g"""


def _counts(client, tag: int = 0) -> dict[str, int]:
    """The counts as the app answers them; a new ``tag`` makes a query the result cache has not seen."""
    query = f"{COUNTS}\n# {tag}" if tag else COUNTS
    response = client.get("/sparql", query_string={"query": query}, headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 200, response.data
    rows = json.loads(response.data)["results"]["bindings"]
    return {row["g"]["value"]: int(row["n"]["value"]) for row in rows}


@pytest.mark.embedded_only("builds its own embedded store and loads into it from another process (a server's own concern)")
def test_a_load_while_the_app_serves_is_seen_whole_and_without_a_restart(tmp_path):
    location = tmp_path / "store"
    store = open_store(str(location))
    load_paths([seed_path("2021"), seed_path("2017")], store, BASE)
    store.close()
    settings = config.settings(
        store=str(location),
        query_timeout=30.0,
        max_results=500,
        query_workers=2,
        rate_limit="",
        client_queries=4,
        public_queries=2,
        cache_seconds=300,
    )
    app = create_app(settings)
    client = app.test_client()
    try:
        before = _counts(client)
        load = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gazette_kg.cli",
                "load",
                str(seed_path("2022")),
                str(seed_path("2018-2")),
                "--store",
                str(location),
                "--base",
                BASE,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        seen = []
        while load.poll() is None:  # each query asked afresh, so the store answers it
            seen.append(_counts(client, len(seen) + 1))
        out, err = load.communicate()
        assert load.returncode == 0, err.decode()
        after = _counts(client)
    finally:
        app.extensions["executor"].close()
    truth = open_store(str(location), read_only=True)
    expected = {str(row["g"]): int(row["n"]) for row in truth.select(COUNTS)}
    assert after == expected  # the new issues, served without a restart (not the cached answer from before)
    assert len(after) == len(before) + 2
    assert any(counts == before for counts in seen), "no query ran while the load did"
    assert all(counts in (before, after) for counts in seen), [c for c in seen if c not in (before, after)][:1]
