"""Networks to the formats analysts open: GraphML and GEXF (Gephi), Cytoscape JSON, CSV edge lists."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx

FORMATS = ("graphml", "gexf", "cytoscape-json", "csv-edges")


def _plain(graph: nx.Graph) -> nx.Graph:
    """A copy whose attribute values are all strings, numbers or booleans (GraphML and GEXF need that)."""
    simple = nx.DiGraph() if graph.is_directed() else nx.Graph()
    for node, data in graph.nodes(data=True):
        simple.add_node(node, **{k: v for k, v in data.items() if isinstance(v, (str, int, float, bool))})
    for a, b, data in graph.edges(data=True):
        attributes = {k: v for k, v in data.items() if isinstance(v, (str, int, float, bool))}
        if simple.has_edge(a, b):  # a multigraph's parallel edges become one edge with a count
            simple.edges[a, b]["weight"] = simple.edges[a, b].get("weight", 1) + 1
        else:
            simple.add_edge(a, b, **attributes)
    return simple


def serialise(graph: nx.Graph, fmt: str) -> bytes:
    if fmt == "graphml":
        buffer = io.BytesIO()
        nx.write_graphml(_plain(graph), buffer, encoding="utf-8")
        return buffer.getvalue()
    if fmt == "gexf":
        buffer = io.BytesIO()
        nx.write_gexf(_plain(graph), buffer, encoding="utf-8")
        return buffer.getvalue()
    if fmt == "cytoscape-json":
        return json.dumps(nx.cytoscape_data(_plain(graph)), ensure_ascii=False).encode("utf-8")
    if fmt == "csv-edges":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["source", "source_label", "target", "target_label", "weight"])
        for a, b, data in _plain(graph).edges(data=True):
            writer.writerow([a, graph.nodes[a].get("label", ""), b, graph.nodes[b].get("label", ""), data.get("weight", 1)])
        return buffer.getvalue().encode("utf-8")
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
