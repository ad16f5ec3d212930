"""``analyze`` and ``export-network`` on the seed store."""

from __future__ import annotations

import json

import networkx as nx
from click.testing import CliRunner

from gazette_kg.analytics.cli import analyze, export_network


def test_analyze_json_has_explanation_and_rows(seed_store):
    result = CliRunner().invoke(analyze, ["leaders-most-bodies", "--format", "json", "--store", seed_store.location])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["explanation"] and data["network"] == "bodies"
    assert "赵应云" in [r["leader"] for r in data["rows"][:3]]


def test_analyze_post_holders_at_date_as_csv(seed_store):
    result = CliRunner().invoke(
        analyze, ["post-holders", "--at", "2021-07-01", "--format", "csv", "--store", seed_store.location]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("post,official,since")
    assert "龙飞凤" in result.stdout


def test_analyze_rejects_unknown_measure():
    result = CliRunner().invoke(analyze, ["nonsense"])
    assert result.exit_code == 2 and "most-cited" in result.output


def test_export_network_writes_a_file_gephi_reads(seed_store, tmp_path):
    out = tmp_path / "coresp.gexf"
    result = CliRunner().invoke(
        export_network,
        ["co-responsibility", "--year", "2022", "--format", "gexf", "-o", str(out), "--store", seed_store.location],
    )
    assert result.exit_code == 0, result.output
    graph = nx.read_gexf(out)
    assert any(d["label"].endswith("农业农村局") for _, d in graph.nodes(data=True))
