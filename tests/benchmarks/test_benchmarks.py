"""Every benchmark runs end to end on a tiny corpus and prints its table (so none rots unseen)."""

import pytest

from benchmarks.__main__ import BENCHMARKS, main

TINY = {
    "parse": ["--issues", "12", "--pdfs", "1"],
    "load": ["--issues", "12"],
    "queries": ["--issues", "12"],
    "analytics": ["--issues", "12"],
    "web": ["--issues", "12", "--seconds", "2", "--clients", "2"],
}
# a line each benchmark prints once it has measured something
SHOWS = {"parse": "goal:", "load": "incremental:", "queries": "goal:", "analytics": "goal:", "web": "goal:"}


@pytest.mark.parametrize("name", sorted(BENCHMARKS))
def test_benchmark_runs_on_a_tiny_corpus(name, capsys):
    assert main([name, *TINY[name]]) == 0
    assert SHOWS[name] in capsys.readouterr().out


def test_the_web_benchmark_serves_a_store_as_it_is(seed_store, capsys):
    assert main(["web", "--store", seed_store.location, "--seconds", "2", "--clients", "2", "--runaways", "1"]) == 0
    out = capsys.readouterr().out
    assert "runaway" in out and "goal:" in out and seed_store.location in out
