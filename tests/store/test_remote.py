"""The remote store against a real SPARQL 1.1 server: Oxigraph's, started on loopback."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from gazette_kg.loaders.load import load_paths
from gazette_kg.store import open_store
from tests.conftest import BASE
from tests.seeds import seed_path
from tests.servers import free_port, wait_until_answering


def _oxigraph_binary() -> str | None:
    beside_python = Path(sys.executable).parent / "oxigraph"
    return str(beside_python) if beside_python.exists() else shutil.which("oxigraph")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server (PyPI package 'oxigraph') is not installed")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph-server")
    process = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                                "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(url + "/query?query=ASK%7B%7D", process)
    except RuntimeError as err:
        pytest.fail(f"oxigraph server did not start: {err}")
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def remote(server, monkeypatch_module):
    monkeypatch_module.setenv("GAZETTE_KG_UPDATE_ENDPOINT", server + "/update")
    return open_store(server + "/query")


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def test_replace_and_query(remote):
    graph = URIRef("https://example.org/g")
    remote.replace_graph(graph, [(URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal("值", lang="zh"))])
    assert remote.select("SELECT ?o WHERE { ?s ?p ?o }") == [{"o": Literal("值", lang="zh")}]
    assert graph in remote.graphs()
    remote.drop_graph(graph)
    assert graph not in remote.graphs()


def test_load_a_seed_and_ask_it(remote):
    report = load_paths([seed_path("2021")], remote, BASE)
    rows = remote.select("""PREFIX gz: <https://gazette-kg.org/ontology#> PREFIX eli: <http://data.europa.eu/eli/ontology#>
        SELECT ?n WHERE { ?d eli:repeals ?r . ?r gz:docNumber ?n }""")
    assert [str(r["n"]) for r in rows] == ["永政办函〔2020〕37号"]
    assert len(remote) >= report.triples
    body, media = remote.query_serialized("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "tsv")
    assert media == "text/tab-separated-values" and body.startswith(b"?")


def test_same_answers_as_the_embedded_store(remote, tmp_path):
    embedded = open_store(str(tmp_path / "e"))
    load_paths([seed_path("2021")], embedded, BASE)
    query = "PREFIX gz: <https://gazette-kg.org/ontology#> SELECT ?p WHERE { ?e gz:person ?p } ORDER BY ?p"
    assert remote.select(query) == embedded.select(query)
