import pytest
from rdflib import Literal, URIRef

from gazette_kg.store import StoreError, open_store
from gazette_kg.store.base import ntriples
from tests.faults import fill_disk_on_bulk_load

G = URIRef("https://example.org/graph/1")
S, P = URIRef("https://example.org/s"), URIRef("https://example.org/p")


@pytest.fixture
def store(tmp_path):
    return open_store(str(tmp_path / "store"))


def test_replace_graph_swaps_content(store):
    store.replace_graph(G, [(S, P, Literal("一", lang="zh")), (S, P, Literal(2))])
    store.replace_graph(G, [(S, P, Literal("三"))])
    rows = store.select("SELECT ?o WHERE { ?s ?p ?o }")
    assert rows == [{"o": Literal("三")}]
    assert store.graphs() == [G] and len(store) == 2  # the graph's one triple, and the merge's


def test_the_default_graph_holds_each_triple_once_while_any_graph_states_it(store):
    g2 = URIRef("https://example.org/graph/2")
    store.replace_graph(G, [(S, P, Literal("x")), (S, P, Literal("only in 1"))])
    store.add_new_graphs([(g2, ntriples([(S, P, Literal("x"))]))])
    assert sorted(str(r["o"]) for r in store.select("SELECT ?o WHERE { ?s ?p ?o }")) == ["only in 1", "x"]
    assert len(store.select("SELECT * WHERE { ?s ?p ?o . ?s ?p ?o2 }")) == 4  # not 9: no repeats to multiply
    store.drop_graph(G)
    assert [str(r["o"]) for r in store.select("SELECT ?o WHERE { ?s ?p ?o }")] == ["x"]
    store.replace_graph(g2, [(S, P, Literal("y"))])
    assert [str(r["o"]) for r in store.select("SELECT ?o WHERE { ?s ?p ?o }")] == ["y"]


def test_query_forms_and_serialisations(store):
    store.replace_graph(G, [(S, P, Literal("x"))])
    assert store.ask("ASK { ?s ?p 'x' }")
    assert len(store.construct("CONSTRUCT WHERE { ?s ?p ?o }")) == 1
    result = store.query("SELECT * WHERE { ?s ?p ?o }", accept="text/csv")
    assert result.media_type.startswith("text/csv") and b"https://example.org/s" in result.body
    result = store.query("CONSTRUCT WHERE { ?s ?p ?o }", accept="application/n-triples")
    assert result.media_type == "application/n-triples" and result.body.count(b"\n") == 1


def test_bad_sparql_is_a_store_error(store):
    with pytest.raises(StoreError, match="syntax"):
        store.select("SELECT WHERE {")


def test_read_only_view_of_a_store(tmp_path):
    writer = open_store(str(tmp_path / "s"))
    writer.replace_graph(G, [(S, P, Literal("x"))])
    writer.close()
    reader = open_store(str(tmp_path / "s"), read_only=True)
    assert reader.ask("ASK { ?s ?p 'x' }")


def test_new_graphs_load_in_bulk(store):
    store.replace_graph(G, [(S, P, Literal("x"))])
    g2 = URIRef("https://example.org/graph/2")
    assert store.add_new_graphs([(g2, ntriples([(S, P, Literal("y")), (S, P, Literal("z"))]))]) == 2
    assert store.graphs() == [G, g2] and len(store) == 6  # three in graphs, three in the merge


def test_a_bulk_load_that_fails_part_way_leaves_the_store_as_it_was(store, monkeypatch):
    store.replace_graph(G, [(S, P, Literal("x"))])
    fill_disk_on_bulk_load(store, monkeypatch)
    new = [(URIRef(f"https://example.org/graph/new{n}"), ntriples([(S, P, Literal(n))])) for n in range(3)]
    with pytest.raises(StoreError, match="3 graph.*No space left"):
        store.add_new_graphs(new)
    monkeypatch.undo()
    assert store.graphs() == [G] and len(store) == 2
    assert [str(r["o"]) for r in store.select("SELECT ?o WHERE { ?s ?p ?o }")] == ["x"]
