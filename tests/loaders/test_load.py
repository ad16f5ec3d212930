import shutil

import pytest

from gazette_kg.loaders.load import LoadError, collect_files, load_paths, prepare
from gazette_kg.paths import seeds_dir
from gazette_kg.store import open_store
from tests.conftest import BASE
from tests.faults import fill_disk_on_bulk_load
from tests.seeds import seed_path
from tests.snapshots import store_lines


def test_load_is_idempotent(tmp_path):
    store = open_store(str(tmp_path / "s"))
    load_paths([seed_path("2021")], store, BASE)
    before = store_lines(store)
    load_paths([seed_path("2021")], store, BASE)
    assert store_lines(store) == before


def test_reload_replaces_only_that_issue(tmp_path):
    store = open_store(str(tmp_path / "s"))
    report = load_paths([seed_path("2021"), seed_path("2017")], store, BASE)
    other = report.issues[1].graph
    other_before = b"".join(store.graph_ntriples(other))
    changed = tmp_path / "changed.txt"
    changed.write_text(seed_path("2021").read_text(encoding="utf-8").replace("龙飞凤同志任", "张新同志任"), encoding="utf-8")
    load_paths([changed], store, BASE)
    assert b"".join(store.graph_ntriples(other)) == other_before
    names = {str(r["n"]) for r in store.select("PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT ?n WHERE { ?p foaf:name ?n }")}
    assert "张新" in names


def test_a_bad_file_leaves_the_store_as_it_was(tmp_path):
    store = open_store(str(tmp_path / "s"))
    load_paths([seed_path("2021")], store, BASE)
    before = store_lines(store)
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(seed_path("2022"), folder / "a.txt")
    changed = seed_path("2021").read_text(encoding="utf-8").replace("龙飞凤同志任", "张新同志任")
    (folder / "a2.txt").write_text(changed, encoding="utf-8")  # would replace a graph
    (folder / "b.txt").write_bytes(b"\x00\x01binary" * 50)
    with pytest.raises(LoadError, match=r"b\.txt: not a text file"):
        load_paths([folder], store, BASE)
    assert store_lines(store) == before


@pytest.mark.parametrize("base", ["https://ex ample.org/", "gazette-kg/", "https://example.org/<id>/"])
def test_a_base_that_is_no_iri_is_refused_before_anything_is_written(tmp_path, base):
    store = open_store(str(tmp_path / "s"))
    load_paths([seed_path("2021")], store, BASE)
    before = store_lines(store)
    with pytest.raises(LoadError, match="not an absolute IRI"):
        load_paths([seed_path("2017")], store, base)
    assert store_lines(store) == before


@pytest.mark.parametrize("batch_triples", [10**9, 1], ids=["one transaction", "a transaction per graph"])
def test_store_failure_mid_write_changes_nothing(tmp_path, monkeypatch, batch_triples):
    store = open_store(str(tmp_path / "s"))
    load_paths([seed_path("2021"), seed_path("2017")], store, BASE)
    before = store_lines(store)

    monkeypatch.setattr(store, "update_batch_triples", batch_triples)
    import gazette_kg.store.embedded as embedded_module

    original = embedded_module.replace_graph_update
    calls = []

    def broken(graph, body):
        calls.append(graph)
        return "THIS IS NOT SPARQL" if len(calls) == 2 else original(graph, body)  # the second graph's replacement fails

    monkeypatch.setattr(embedded_module, "replace_graph_update", broken)
    changed = tmp_path / "changed"
    changed.mkdir()
    for seed in ("2021", "2017"):  # both files change (their checksums), so a graph replaced before the failure would show
        (changed / f"{seed}.txt").write_text(seed_path(seed).read_text(encoding="utf-8") + "\n", encoding="utf-8")
    with pytest.raises(LoadError, match="refused the data"):
        load_paths([changed], store, BASE)
    assert len(calls) >= 2
    assert store_lines(store) == before


def test_counts(seed_store):
    [row] = seed_store.select(
        "PREFIX gz: <https://gazette-kg.org/ontology#> SELECT (COUNT(?d) AS ?n) WHERE { ?d gz:publishedIn ?i }"
    )
    assert int(row["n"]) == 45  # 9 + 15 + 9 + 6 + 6 documents in the five issues


def test_parallel_preparation_gives_what_one_process_gives():
    files = collect_files([seeds_dir()])
    one = prepare(files, BASE, workers=1)
    two = prepare(files, BASE, workers=2)
    assert [(i.path, i.graph, i.triples) for i in two] == [(i.path, i.graph, i.triples) for i in one]
    assert [sorted(i.ntriples.splitlines()) for i in two] == [sorted(i.ntriples.splitlines()) for i in one]


def test_parallel_preparation_names_the_file_that_fails(tmp_path):
    for n, seed in enumerate(("2021", "2017", "2022")):
        shutil.copy(seed_path(seed), tmp_path / f"{n}.txt")
    (tmp_path / "1b.txt").write_bytes(b"\x00\x01binary" * 50)
    with pytest.raises(LoadError, match=r"1b\.txt: not a text file"):
        prepare(collect_files([tmp_path]), BASE, workers=2)


def test_an_unchanged_file_is_skipped_before_parsing(tmp_path, monkeypatch):
    store = open_store(str(tmp_path / "s"))
    load_paths([seed_path("2021")], store, BASE)
    before = store_lines(store)
    import gazette_kg.loaders.load as load_module

    monkeypatch.setattr(load_module, "parse_paths", lambda *a, **k: pytest.fail("an unchanged file was parsed"))
    report = load_paths([seed_path("2021")], store, BASE)
    assert (report.issues, report.unchanged) == ([], [seed_path("2021")])
    assert store_lines(store) == before


def test_a_bulk_load_that_fails_part_way_undoes_the_whole_run(tmp_path, monkeypatch):
    store = open_store(str(tmp_path / "s"))
    load_paths([seed_path("2021")], store, BASE)
    before = store_lines(store)
    fill_disk_on_bulk_load(store, monkeypatch)
    changed = tmp_path / "changed.txt"
    changed.write_text(seed_path("2021").read_text(encoding="utf-8").replace("龙飞凤同志任", "张新同志任"), encoding="utf-8")
    with pytest.raises(LoadError, match="No space left"):
        load_paths([changed, seed_path("2017"), seed_path("2022")], store, BASE)
    monkeypatch.undo()
    assert store_lines(store) == before


def test_a_bad_file_after_issues_already_streamed_in_leaves_the_store_as_it_was(tmp_path):
    store = open_store(str(tmp_path / "s"))
    load_paths([seed_path("2021")], store, BASE)
    before = store_lines(store)
    folder = tmp_path / "batch"
    shutil.copytree(seeds_dir(), folder)
    for n in range(4):  # eight new files: parsed in worker processes while the writer loads the first ones
        (folder / f"zz{n}.txt").write_bytes(b"\x00\x01binary" * 50)
    with pytest.raises(LoadError, match=r"zz0\.txt: not a text file"):
        load_paths([folder], store, BASE)
    assert store_lines(store) == before
