"""The analytics pages: one page per network with its measures as tables, a Cytoscape view and downloads.

Registered by the web app factory (``gazette_kg.web.app._register_analytics``). Projections run
through the app's query executor, so the endpoint's worker processes and timeout apply here too.
"""

from __future__ import annotations

from datetime import date

import networkx as nx
from flask import Blueprint, Response, abort, render_template, request

from gazette_kg.analytics.export import FORMATS, annotate, cytoscape, export
from gazette_kg.analytics.measures import measures_of, run
from gazette_kg.analytics.projections import NETWORKS, project
from gazette_kg.web.data import ExecutorStore, local_link
from gazette_kg.web.i18n import current_language

blueprint = Blueprint("analytics", __name__, template_folder="templates", static_folder="static",
                      static_url_path="/analytics/static")

TITLES = {
    "citations": ("引用网络", "Citation network"),
    "repeals": ("废止与承继网络", "Repeal and succession network"),
    "co-responsibility": ("机关共同责任网络", "Agency co-responsibility network"),
    "officials": ("人员—职务网络", "Official–post network"),
    "bodies": ("议事协调机构领导网络", "Coordination-body leadership network"),
}
# The browser view shows at most this many nodes (the most central ones); downloads hold all of them.
VIEW_NODES = 400
# Rows a projection query may return through the executor (the endpoint's own cap is for strangers' queries).
PROJECTION_ROWS = 2_000_000


def _title(network: str) -> str:
    zh, en = TITLES[network]
    return zh if _lang() == "zh" else en


def _lang() -> str:
    return current_language()


def _year() -> int | None:
    raw = request.args.get("year", "")
    return int(raw) if raw.isdigit() else None


def _at() -> date:
    try:
        return date.fromisoformat(request.args.get("at", ""))
    except ValueError:
        return date.today()


def _network(name: str) -> nx.Graph:
    if name not in NETWORKS:
        abort(404)
    return project(name, ExecutorStore(PROJECTION_ROWS), _year())


def view_elements(graph: nx.Graph) -> dict:
    """Cytoscape.js elements of the most central ``VIEW_NODES`` nodes, with ``size`` from centrality."""
    annotated = annotate(graph)
    keep = sorted(annotated, key=lambda n: (-annotated.nodes[n]["centrality"], -annotated.degree(n)))[:VIEW_NODES]
    shown = annotated.subgraph(keep)
    top = max((d["centrality"] for _, d in shown.nodes(data=True)), default=0) or 1
    for node in shown:
        shown.nodes[node]["size"] = round(12 + 48 * shown.nodes[node]["centrality"] / top, 1)
        shown.nodes[node]["href"] = local_link(node)
    return cytoscape(shown)["elements"]


@blueprint.route("/analytics")
def index():
    networks = [(name, _title(name), measures_of(name)) for name in NETWORKS]
    return render_template("analytics_index.html", networks=networks)


@blueprint.route("/analytics/<name>")
def network_page(name: str):
    graph = _network(name)
    results = [run(measure, graph, _at()) for measure in measures_of(name)]
    return render_template("analytics_network.html", name=name, title=_title(name), graph=graph, results=results,
                           elements=view_elements(graph), view_nodes=VIEW_NODES, formats=FORMATS,
                           year=_year(), at=_at().isoformat())


@blueprint.route("/analytics/<name>/download/<fmt>")
def download(name: str, fmt: str):
    if fmt not in FORMATS:
        abort(404)
    media, extension = FORMATS[fmt]
    suffix = f"-{_year()}" if _year() else ""
    return Response(export(_network(name), fmt), mimetype=media,
                    headers={"Content-Disposition": f'attachment; filename="{name}{suffix}.{extension}"'})
