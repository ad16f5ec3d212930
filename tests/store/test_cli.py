"""``stats``, ``graphs`` and ``export --graph NAME`` on the command line (over a store ``load`` wrote); one triple count everywhere."""

import re

import pytest
from click.testing import CliRunner
from rdflib import Graph

from gazette_kg.cli import main
from gazette_kg.store.cli import triples
from tests.seeds import seed_path


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    location = str(tmp_path_factory.mktemp("cli-store") / "store")
    result = CliRunner().invoke(main, ["load", str(seed_path("2017")), "--store", location])
    assert result.exit_code == 0, result.output
    assert re.search(r"\d+ triples as stated in their issue graphs; the default graph now holds \d+ triples", result.output)
    return location


def test_stats_names_every_class_by_prefix_and_says_what_it_counts(store):
    output = CliRunner().invoke(main, ["stats", "--store", store]).output
    classes = re.findall(r"│ (\S+)\s+│ \d+\s+│", output)
    assert "gz:Document" in classes and "owl:ObjectProperty" in classes and "skos:Concept" in classes
    assert not [c for c in classes if c.startswith("http")]
    assert "triples in the default graph (the merge of the named graphs, each triple once)" in output
    assert "quads in all" in output


def test_graphs_lists_names_that_export_takes(store):
    output = CliRunner().invoke(main, ["graphs", "--store", store]).output
    assert "yongzhouzhengbao-2017-1-2" in output and "004_5be79ba69e0cd741.txt" in output and "永州政报 2017年第12期" in output
    for name in (
        "yongzhouzhengbao-2017-1-2",
        "004_5be79ba69e0cd741.txt",
        "https://gazette-kg.org/id/issue/yongzhouzhengbao-2017-1-2",
    ):
        result = CliRunner().invoke(main, ["export", "--store", store, "--graph", name, "--format", "nt"])
        assert result.exit_code == 0 and len(Graph().parse(data=result.output, format="nt")) > 1000, name
    missing = CliRunner().invoke(main, ["export", "--store", store, "--graph", "no-such-issue"])
    assert missing.exit_code == 1 and "gazette-kg graphs" in missing.output


def test_tables_are_not_cut_when_piped(store):
    output = (
        CliRunner()
        .invoke(main, ["query", "documents-by-year", "--param", "year=2017", "--store", store, "--format", "table"])
        .output
    )
    assert "…" not in output
    assert "https://gazette-kg.org/id/doc/yongzhengfa-f3d3-2017-12" in output


def test_one_triple_count_on_home_void_and_endpoint(client, seed_store):
    expected = triples(seed_store)
    home = client.get("/").get_data(as_text=True)
    assert f"<strong>{expected}</strong> <abbr" in home
    void = Graph().parse(data=client.get("/.well-known/void").data, format="turtle")
    assert int(next(o for _, p, o in void if str(p) == "http://rdfs.org/ns/void#triples")) == expected
    counted = client.get(
        "/sparql",
        query_string={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"},
        headers={"Accept": "application/sparql-results+json"},
    ).get_json()
    assert int(counted["results"]["bindings"][0]["n"]["value"]) == expected
