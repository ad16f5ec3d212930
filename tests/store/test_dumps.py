"""Dumps are written whole, beside the store, and replace the old ones in one step."""

from rdflib import Graph

from gazette_kg.store.dumps import dump_folder, dump_path, write_dumps


def test_dumps_are_written_beside_the_store_and_replaced_whole(seed_store, tmp_path):
    assert dump_folder(str(tmp_path / "store")) == tmp_path / "store-dumps"
    assert dump_folder("http://127.0.0.1:7878/query").name == "dumps"
    folder = tmp_path / "dumps"
    [path] = write_dumps(seed_store, folder, ["nt"])
    assert path == dump_path(folder, "nt") and len(Graph().parse(path, format="nt")) > 30000
    first = path.stat().st_ino
    write_dumps(seed_store, folder, ["nt"])
    assert path.stat().st_ino != first  # a new file renamed over the old one, never rewritten in place
    assert [p.name for p in folder.iterdir()] == ["gazette-kg.nt"]  # no partial file left behind
