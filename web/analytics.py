"""The analytics pages: one page per network with its measures as tables, a Cytoscape view and downloads.

The web side of ``gazette_kg.analytics`` (which knows nothing of the web). Projections run
through the app's query executor, so the endpoint's worker processes and timeout apply here too.
"""

from __future__ import annotations

import re
from datetime import date

import networkx as nx
from flask import Blueprint, Response, abort, render_template, request

from gazette_kg.analytics.export import FORMATS, annotate, cytoscape, export
from gazette_kg.analytics.measures import measures_of, run
from gazette_kg.analytics.projections import NETWORKS, project
from gazette_kg.web.data import ExecutorStore, local_link
from gazette_kg.web.i18n import current_language

blueprint = Blueprint("analytics", __name__)

TITLES = {
    "citations": ("引用网络", "Citation network"),
    "repeals": ("废止与承继网络", "Repeal and succession network"),
    "co-responsibility": ("机关共同责任网络", "Agency co-responsibility network"),
    "officials": ("人员—职务网络", "Official–post network"),
    "bodies": ("议事协调机构领导网络", "Coordination-body leadership network"),
}
MEASURE_TITLES = {
    "most-cited": ("被引最多的文件", "Most-cited documents"),
    "repeal-chains": ("最长的废止与承继链", "Longest repeal and succession chains"),
    "repealed-without-successor": ("被废止而无替代的文件", "Repealed without a successor"),
    "central-agencies": ("居于中心的机关", "Central agencies"),
    "agency-communities": ("机关群落", "Agency communities"),
    "officials-most-posts": ("职务最多的人员", "Officials with the most posts"),
    "post-holders": ("某日在任情况", "Who held which post"),
    "leaders-most-bodies": ("领导议事协调机构最多的人员", "Leaders of the most bodies"),
}
COLUMNS = {
    "document": ("文件", "Document"),
    "title": ("标题", "Title"),
    "citing_documents": ("引用文件数", "Citing documents"),
    "citations": ("被引次数", "Citations"),
    "length": ("长度", "Length"),
    "chain": ("链", "Chain"),
    "relation": ("关系", "Relation"),
    "start": ("起点", "Start"),
    "end": ("终点", "End"),
    "repealed_by": ("废止文件", "Repealed by"),
    "agency": ("机关", "Agency"),
    "partners": ("合作机关数", "Partners"),
    "shared_provisions": ("共同条款数", "Shared provisions"),
    "betweenness": ("中介中心度", "Betweenness"),
    "community": ("群落", "Community"),
    "size": ("规模", "Size"),
    "agencies": ("机关", "Agencies"),
    "official": ("人员", "Official"),
    "posts": ("职务数", "Posts"),
    "events": ("任免次数", "Events"),
    "timeline": ("经历", "Timeline"),
    "post": ("职务", "Post"),
    "since": ("起始", "Since"),
    "by": ("方式", "By"),
    "doc": ("依据文件", "Document"),
    "leader": ("领导", "Leader"),
    "bodies": ("机构数", "Bodies"),
    "still_active": ("仍存续", "Still active"),
    "roles": ("职务", "Roles"),
}
# The English sentence of a measure's explanation ends where only the Chinese one (no Latin letters) follows.
_LAST_SENTENCE = re.compile(r"(?<=[.)])\s+(?=[^A-Za-z]*$)")
# The browser view shows at most this many nodes (the most central ones); downloads hold all of them.
VIEW_NODES = 400
# Rows a projection query may return through the executor (the endpoint's own cap is for strangers' queries).
PROJECTION_ROWS = 2_000_000


def explanation(text: str, lang: str) -> str:
    """The sentence of a bilingual explanation in the page's language (all of it if it cannot be split)."""
    parts = _LAST_SENTENCE.split(text, maxsplit=1)
    if len(parts) != 2:
        return text
    return parts[1] if lang == "zh" else parts[0]


def _words(table: dict[str, tuple[str, str]], key: str) -> str:
    zh, en = table.get(key, (key, key))
    return zh if _lang() == "zh" else en


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
    networks = [(name, _title(name), [_words(MEASURE_TITLES, m) for m in measures_of(name)]) for name in NETWORKS]
    return render_template("analytics_index.html", networks=networks)


@blueprint.route("/analytics/<name>")
def network_page(name: str):
    graph = _network(name)
    results = [run(measure, graph, _at()) for measure in measures_of(name)]
    return render_template(
        "analytics_network.html",
        name=name,
        title=_title(name),
        graph=graph,
        results=results,
        elements=view_elements(graph),
        view_nodes=VIEW_NODES,
        formats=FORMATS,
        year=_year(),
        at=_at().isoformat(),
        explain=lambda text: explanation(text, _lang()),
        measure_title=lambda key: _words(MEASURE_TITLES, key),
        column=lambda key: _words(COLUMNS, key),
    )


@blueprint.route("/analytics/<name>/download/<fmt>")
def download(name: str, fmt: str):
    if fmt not in FORMATS:
        abort(404)
    media, extension = FORMATS[fmt]
    suffix = f"-{_year()}" if _year() else ""
    return Response(
        export(_network(name), fmt),
        mimetype=media,
        headers={"Content-Disposition": f'attachment; filename="{name}{suffix}.{extension}"'},
    )
