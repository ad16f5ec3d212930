"""Bad input through the command line: one error line naming the file, exit 1, the store unchanged.

A scanned PDF, a password-protected PDF, a web page with no document, binary data and an
empty file, each given to ``gazette-kg parse`` and to ``gazette-kg load`` (with a good
issue beside it, which must not be loaded either).
"""

import gc

import pytest
from click.testing import CliRunner

from gazette_kg.loaders.cli import parse
from gazette_kg.loaders.load import load_paths
from gazette_kg.loaders.load_cli import load
from gazette_kg.store import open_store
from tests.conftest import BASE
from tests.seeds import seed_path
from tests.snapshots import store_lines

BAD = {
    "scan": (lambda s, tmp: s.scanned(), "no text layer"),
    "encrypted": (lambda s, tmp: s.encrypted(), "encrypted PDF"),
    "page without document": (lambda s, tmp: s.empty_page(), "web page with no document"),
    "binary": (lambda s, tmp: _write(tmp / "data.bin", b"\x00\x01\x02\xff" * 500), "binary data"),
    "empty": (lambda s, tmp: _write(tmp / "issue.txt", b""), "empty file"),
}


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("case", sorted(BAD))
def test_parse_names_the_file_and_says_why(case, specimens, tmp_path):
    make, says = BAD[case]
    path = make(specimens, tmp_path)
    result = CliRunner().invoke(parse, [str(path), "--json"])
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and str(path) in errors[0] and says in errors[0]


@pytest.mark.parametrize("case", sorted(BAD))
def test_load_names_the_file_and_writes_nothing(case, specimens, tmp_path):
    make, says = BAD[case]
    path = make(specimens, tmp_path)
    location = str(tmp_path / "store")
    store = open_store(location)
    load_paths([seed_path("2018-9")], store, BASE)
    before = store_lines(store)
    store.close()
    result = CliRunner().invoke(load, [str(seed_path("2017")), str(path), "--store", location, "--base", BASE])
    code, errors = result.exit_code, result.stderr.strip().splitlines()
    del result  # its traceback holds the command's open store
    gc.collect()
    assert code == 1
    assert len(errors) == 1 and str(path) in errors[0] and says in errors[0]
    assert store_lines(open_store(location)) == before


def test_load_keeps_a_pages_url(specimens, tmp_path):
    url = "https://www.yzcity.gov.cn/zwgk/zfgb/2018-9.html"
    location = str(tmp_path / "store")
    result = CliRunner().invoke(load, [str(specimens.page("2018-9")), "--store", location, "--base", BASE, "--source-url", url])
    code = result.exit_code
    del result
    gc.collect()
    assert code == 0
    assert open_store(location).ask(f"ASK {{ ?issue <http://www.w3.org/ns/prov#hadPrimarySource> <{url}> }}")
