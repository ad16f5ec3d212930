"""``gazette-kg load`` and ``status``: what they say, and what a failed load leaves behind."""

import json

import pytest
from click.testing import CliRunner

from gazette_kg.loaders import load_cli


@pytest.fixture
def run(seed_store, monkeypatch):
    """The command over the session's seed store (an embedded store admits one opener at a time)."""
    monkeypatch.setattr(load_cli, "open_store", lambda location: seed_store)
    return lambda *args: CliRunner().invoke(load_cli.status, list(args))


def test_status_says_why(run):
    result = run("永政发〔2015〕17号", "--at", "2023-01-01")
    assert result.exit_code == 0
    assert result.output.startswith("永政发〔2015〕17号 on 2023-01-01: not in force")
    assert "repealed by 永政发〔2017〕12号" in result.output


def test_bad_date_and_unknown_document(run):
    assert run("永政发〔2015〕17号", "--at", "2023-13-01").exit_code == 2
    unknown = run("无此文〔2020〕1号")
    assert unknown.exit_code == 1 and "no document" in unknown.output


def test_a_failed_load_leaves_no_empty_store(tmp_path):
    issue_json = tmp_path / "issue.json"
    issue_json.write_text(json.dumps({"documents": []}), encoding="utf-8")
    target = tmp_path / "new-store"
    result = CliRunner().invoke(load_cli.load, [str(issue_json), "--store", str(target)])
    assert result.exit_code == 1 and "nothing was written" in result.output
    assert not target.exists()
