"""Exports read back with networkx: same nodes, edges and attributes as the projected network."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest

from gazette_kg.analytics.export import FORMATS, export
from gazette_kg.analytics.projections import project


def _read(body: bytes, fmt: str) -> nx.Graph:
    if fmt == "graphml":
        return nx.read_graphml(io.BytesIO(body))
    if fmt == "gexf":
        return nx.read_gexf(io.BytesIO(body))
    return nx.cytoscape_graph(json.loads(body))


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "cytoscape-json"])
@pytest.mark.parametrize("network", ["citations", "officials", "bodies"])
def test_export_reads_back(seed_store, network, fmt):
    graph = project(network, seed_store)
    back = _read(export(graph, fmt), fmt)
    assert set(map(str, back.nodes)) == set(graph.nodes)
    # parallel personnel events on one post are merged into one weighted edge
    assert back.number_of_edges() == len({frozenset((u, v)) if not graph.is_directed() else (u, v) for u, v in graph.edges()})
    node = next(iter(graph))
    assert back.nodes[node]["label"] == graph.nodes[node]["label"]
    assert {"centrality", "community"} <= set(back.nodes[node])


def test_multigraph_events_survive_as_weight_and_list(seed_store):
    graph = project("officials", seed_store)
    back = nx.read_graphml(io.BytesIO(export(graph, "graphml")))
    total = sum(int(d["weight"]) for *_, d in back.edges(data=True))
    assert total == graph.number_of_edges()


def test_csv_edges_has_a_row_per_edge_with_labels(seed_store):
    graph = project("bodies", seed_store)
    rows = list(csv.DictReader(io.StringIO(export(graph, "csv-edges").decode("utf-8"))))
    assert len(rows) == graph.number_of_edges()
    assert any(r["source_label"] == "赵应云" or r["target_label"] == "赵应云" for r in rows)


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="formats"):
        export(nx.Graph(), "dot")
    assert "dot" not in FORMATS
