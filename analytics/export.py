"""Write a projected network in the formats analysts open: GraphML and GEXF (Gephi), Cytoscape JSON, CSV edges.

Node size and colour hints go in as plain attributes (``centrality``, ``community``) so Gephi and
Cytoscape desktop can map them; GraphML and GEXF only hold scalars, so values are flattened first.
"""

from __future__ import annotations

import csv
import io
import json

import networkx as nx

from gazette_kg.analytics.measures import betweenness, communities

FORMATS = {
    "graphml": ("application/graphml+xml", "graphml"),
    "gexf": ("application/gexf+xml", "gexf"),
    "cytoscape-json": ("application/json", "cyjs"),
    "csv-edges": ("text/csv", "csv"),
}


def annotate(graph: nx.Graph) -> nx.Graph:
    """A simple-graph copy with ``centrality`` (betweenness) and ``community`` on every node.

    Parallel edges of a multigraph (several personnel events on one post) become one edge whose
    ``weight`` counts them and whose ``events`` lists them."""
    simple = nx.DiGraph() if graph.is_directed() else nx.Graph()
    simple.graph.update(graph.graph)
    simple.add_nodes_from(graph.nodes(data=True))
    for u, v, data in graph.edges(data=True):
        if graph.is_multigraph():
            edge = simple.get_edge_data(u, v) or {"weight": 0, "events": ""}
            event = f"{data.get('date') or '?'} {data.get('event', '')} {data.get('doc', '')}".strip()
            simple.add_edge(u, v, weight=edge["weight"] + 1, events="; ".join(filter(None, [edge["events"], event])))
        else:
            simple.add_edge(u, v, **data)
    undirected = simple.to_undirected(as_view=True) if simple.is_directed() else simple
    between = betweenness(undirected)
    community = communities(undirected) if simple.number_of_edges() else {n: 0 for n in simple}
    for node in simple:
        simple.nodes[node]["centrality"] = round(between.get(node, 0.0), 6)
        simple.nodes[node]["community"] = community.get(node, 0)
    return simple


def _scalars(graph: nx.Graph) -> nx.Graph:
    """Copy with every attribute a str, int, float or bool (GraphML/GEXF cannot hold None or lists)."""
    flat = graph.copy()
    for _, data in list(flat.nodes(data=True)) + [(None, d) for *_, d in flat.edges(data=True)]:
        for key, value in list(data.items()):
            if value is None:
                data[key] = ""
            elif not isinstance(value, (str, int, float, bool)):
                data[key] = str(value)
    flat.graph = {"name": str(graph.graph.get("name", ""))}
    return flat


def export(graph: nx.Graph, fmt: str) -> bytes:
    """The annotated network serialised in ``fmt`` (a ``FORMATS`` key)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; formats: {', '.join(FORMATS)}")
    annotated = _scalars(annotate(graph))
    if fmt == "graphml":
        return "\n".join(nx.generate_graphml(annotated, encoding="utf-8")).encode("utf-8")
    if fmt == "gexf":
        return "\n".join(nx.generate_gexf(annotated, encoding="utf-8")).encode("utf-8")
    if fmt == "cytoscape-json":
        return json.dumps(cytoscape(annotated), ensure_ascii=False).encode("utf-8")
    return _csv_edges(annotated).encode("utf-8")


def cytoscape(graph: nx.Graph) -> dict:
    """Cytoscape.js / Cytoscape desktop JSON (``elements`` with nodes and edges), node ``name`` = label."""
    return nx.cytoscape_data(graph, name="label", ident="id")


def _csv_edges(graph: nx.Graph) -> str:
    keys = sorted({key for *_, data in graph.edges(data=True) for key in data})
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["source", "target", "source_label", "target_label", *keys])
    for u, v, data in graph.edges(data=True):
        writer.writerow([u, v, graph.nodes[u].get("label", u), graph.nodes[v].get("label", v), *(data.get(k, "") for k in keys)])
    return out.getvalue()
