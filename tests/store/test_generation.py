"""The generation beside an embedded store: odd while a write runs, even once it is committed and
checkpointed; a read-only store follows it, reading each committed write's checkpoint without
being opened again by hand."""

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from gazette_kg.store import StoreError, open_store
from gazette_kg.store.generation import checkpoints_folder, generation_file, remove_store

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


def test_readers_open_a_checkpoint_of_each_commit_never_the_store_being_written(tmp_path, monkeypatch):
    location = str(tmp_path / "s")
    writer = open_store(location)
    reader = open_store(location, read_only=True)
    opened = []
    real_read_only = ox.Store.read_only

    def read_only(path):
        opened.append(Path(path))
        return real_read_only(path)

    monkeypatch.setattr(ox.Store, "read_only", staticmethod(read_only))
    for value in "xyz":
        writer.replace_graph(G, [(S, P, Literal(value))])
        assert reader.ask(f"ASK {{ ?s ?p '{value}' }}")
    folder = checkpoints_folder(location)
    assert opened == [folder / str(generation) for generation in (2, 4, 6)]
    assert sorted(int(p.name) for p in folder.iterdir()) == [4, 6]  # the latest, and one for readers not yet moved on


def test_a_store_without_checkpoints_is_checkpointed_when_opened_for_writing(tmp_path):
    location = tmp_path / "s"
    writer = open_store(str(location))
    writer.replace_graph(G, [(S, P, Literal("x"))])
    writer.close()
    shutil.rmtree(checkpoints_folder(location))  # as a store written before checkpoints were made
    assert open_store(str(location), read_only=True).ask("ASK { ?s ?p 'x' }")  # read directly: no writer
    open_store(str(location))
    assert (checkpoints_folder(location) / "2").is_dir()


def test_remove_store_leaves_nothing_beside(tmp_path):
    location = tmp_path / "s"
    open_store(str(location)).replace_graph(G, [(S, P, Literal("x"))])
    remove_store(location)
    assert list(tmp_path.iterdir()) == []
