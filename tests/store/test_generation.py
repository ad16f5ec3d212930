"""The generation beside an embedded store: odd while a write runs, even once it is committed; a
read-only store follows it and sees each committed write without being opened again by hand."""

import pytest
from rdflib import Literal, URIRef

from gazette_kg.store import StoreError, open_store
from gazette_kg.store.generation import generation_file

G = URIRef("https://example.org/graph/1")
S, P = URIRef("https://example.org/s"), URIRef("https://example.org/p")


def test_a_run_of_writes_is_one_odd_generation_committed_even(tmp_path):
    store = open_store(str(tmp_path / "s"))
    assert store.generation() == 0 and not generation_file(tmp_path / "s").exists()
    with store.writing():
        store.replace_graph(G, [(S, P, Literal("x"))])
        store.replace_graph(G, [(S, P, Literal("y"))])
        assert store.generation() == 1
    assert store.generation() == 2
    store.drop_graph(G)  # a write on its own is a generation of its own
    assert store.generation() == 4


def test_a_failed_write_is_committed_too(tmp_path):
    store = open_store(str(tmp_path / "s"))
    with pytest.raises(StoreError):
        store.update("NOT SPARQL")
    assert store.generation() == 2


def test_a_reader_sees_each_committed_write(tmp_path):
    writer = open_store(str(tmp_path / "s"))
    writer.replace_graph(G, [(S, P, Literal("x"))])
    reader = open_store(str(tmp_path / "s"), read_only=True)
    assert reader.ask("ASK { ?s ?p 'x' }")
    with writer.writing():
        writer.replace_graph(G, [(S, P, Literal("y"))])
        assert reader.ask("ASK { ?s ?p 'x' }")  # the write is not committed: the reader keeps its snapshot
    assert reader.ask("ASK { ?s ?p 'y' }") and not reader.ask("ASK { ?s ?p 'x' }")


def test_a_read_failing_on_files_compacted_away_is_made_again_on_a_fresh_opening(seed_store):
    store = open_store(seed_store.location, read_only=True)

    class Compacted:  # what a read-only opening does after the writer's compaction removed a file it listed
        def query(self, *args, **kwargs):
            raise OSError("IO error: No such file or directory: 000039.sst")

    store._snapshot._store = Compacted()
    rows = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(rows[0]["n"]) > 30000
    store.close()
