"""Analytics pages: each measure as a table with its explanation, the network drawn, and downloads."""

from __future__ import annotations

import networkx as nx
from flask import Blueprint, Response, abort, jsonify, render_template, request

from gazette_kg.analytics.analyses import ANALYSES, run_analysis
from gazette_kg.analytics.export import FORMATS, serialise
from gazette_kg.analytics.measures import centrality
from gazette_kg.analytics.projections import NETWORKS

blueprint = Blueprint("analytics", __name__, template_folder="templates")
MEDIA = {"graphml": "application/graphml+xml", "gexf": "application/gexf+xml", "cytoscape-json": "application/json", "csv-edges": "text/csv"}
# Networks larger than this are drawn by their most central nodes only.
DRAWN_NODES = 150


def _select(sparql: str) -> list[dict]:
    from gazette_kg.web.data import rows

    return rows(sparql)


@blueprint.route("/analytics")
def index():
    return render_template("analytics_index.html", analyses=ANALYSES, networks=NETWORKS)


@blueprint.route("/analytics/<name>")
def analysis(name: str):
    if name not in ANALYSES:
        abort(404)
    at = request.args.get("at") or None
    year = request.args.get("year", type=int)
    measure = run_analysis(name, _select, at, request.args.get("limit", 20, type=int), year)
    return render_template("analytics.html", name=name, measure=measure, network=ANALYSES[name].network,
                           formats=FORMATS, at=at or "")


@blueprint.route("/analytics/network/<network>.json")
def elements(network: str):
    if network not in NETWORKS:
        abort(404)
    graph = NETWORKS[network](_select)
    simple = nx.Graph(graph)
    if network == "co-responsibility":
        _, scores, membership = centrality(simple)
    else:
        scores = nx.degree_centrality(simple) if simple.number_of_nodes() > 1 else {n: 1.0 for n in simple}
        membership = {n: data.get("kind") for n, data in simple.nodes(data=True)}
    keep = sorted(simple.nodes, key=lambda n: -simple.degree(n))[:DRAWN_NODES]
    sub = simple.subgraph(keep)
    top = max(scores.values(), default=1) or 1
    nodes = [{"data": {"id": n, "label": d.get("label", n)[:30], "size": 12 + 40 * scores.get(n, 0) / top,
                       "group": str(membership.get(n, ""))}} for n, d in sub.nodes(data=True)]
    edges = [{"data": {"id": f"{a}|{b}", "source": a, "target": b, "weight": d.get("weight", 1)}} for a, b, d in sub.edges(data=True)]
    return jsonify({"nodes": nodes, "edges": edges, "total_nodes": simple.number_of_nodes()})


@blueprint.route("/analytics/network/<network>.<fmt>")
def download(network: str, fmt: str):
    if network not in NETWORKS or fmt not in FORMATS:
        abort(404)
    body = serialise(NETWORKS[network](_select), fmt)
    suffix = {"cytoscape-json": "cyjs", "csv-edges": "csv"}.get(fmt, fmt)
    return Response(body, headers={"Content-Type": MEDIA[fmt], "Content-Disposition": f'attachment; filename="{network}.{suffix}"'})
