"""The parser against the hand-checked gold, scored by the shared scorer (../shared/tools)."""

import importlib.util
import io
import json
from contextlib import redirect_stdout

import pytest

from gazette_kg.paths import gold_dir, shared_dir
from tests.seeds import SEEDS, parsed_seed

GOLD_SEEDS = [key for key, name in SEEDS.items() if (gold_dir() / name.replace(".txt", ".json")).exists()]
THRESHOLD = 0.95


def _scorer():
    spec = importlib.util.spec_from_file_location("score_parse", shared_dir() / "tools" / "score_parse.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gold_is_there():
    assert len(GOLD_SEEDS) >= 3, "expected the three gold annotations in ../shared/gold"


@pytest.mark.parametrize("key", GOLD_SEEDS)
def test_micro_f1_on_gold(key, tmp_path):
    name = SEEDS[key].replace(".txt", ".json")
    (tmp_path / name).write_text(json.dumps(parsed_seed(key).to_dict(), ensure_ascii=False), encoding="utf-8")
    out = io.StringIO()
    with redirect_stdout(out):
        _scorer().main([str(tmp_path / name), str(gold_dir() / name)])
    micro = next(line for line in out.getvalue().splitlines() if line.startswith("micro"))
    f1 = float(micro.split()[5])
    assert f1 >= THRESHOLD, out.getvalue()


@pytest.mark.parametrize("key", sorted(SEEDS))
def test_no_document_of_a_seed_fails(key):
    assert not [w for w in parsed_seed(key).warnings if w.code == "internal-error"]
