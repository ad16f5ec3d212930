import pytest
from click.testing import CliRunner

from gazette_kg.loaders import status_cli


@pytest.fixture
def run(seed_store, monkeypatch):
    """The command over the session's seed store (an embedded store admits one opener at a time)."""
    monkeypatch.setattr(status_cli, "open_store", lambda location: seed_store)
    return lambda *args: CliRunner().invoke(status_cli.status, list(args))


def test_status_says_why(run):
    result = run("永政发〔2015〕17号", "--at", "2023-01-01")
    assert result.exit_code == 0
    assert result.output.startswith("永政发〔2015〕17号 on 2023-01-01: not in force")
    assert "repealed by 永政发〔2017〕12号" in result.output


def test_bad_date_and_unknown_document(run):
    assert run("永政发〔2015〕17号", "--at", "2023-13-01").exit_code == 2
    unknown = run("无此文〔2020〕1号")
    assert unknown.exit_code == 1 and "no document" in unknown.output
