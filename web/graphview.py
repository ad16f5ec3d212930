"""The graph view: a resource's neighbourhood, a CONSTRUCT result or a built-in view as Cytoscape.js elements.

``/graph`` is the page; ``/graph.json`` gives the elements. Clicking a node on the page
asks ``/graph.json?iri=`` for that node's neighbourhood and adds it, so the graph grows
where the reader looks.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict

from flask import Blueprint, jsonify, render_template, request
from rdflib import Graph, Literal, URIRef

from gazette_kg.store import Refused
from gazette_kg.store.guard import check_query
from gazette_kg.vocabulary import GZ, RDF_FORMATS
from gazette_kg.web.data import PREFIXES, SHORT, derived, local_link, page_query, rows, run, settings, short
from gazette_kg.web.i18n import current_language, translate
from gazette_kg.web.labels import labels
from gazette_kg.web.resources import resource_iri
from gazette_kg.web.sparql import checked_size

blueprint = Blueprint("graphview", __name__)
# Past this many edges with one predicate, one direction, from one node, the rest (the long
# tail: forty agencies made responsible by one plan) become one group node that opens on a click.
FAN = 10
# The built-in views (web/sparql/view-<name>.rq, each a CONSTRUCT around $iri) and the resource each
# opens on when none is given (example-<name>.rq: one that shows what the view is for).
VIEWS = ("citations", "repeals", "agency", "personnel")
# Facts held twice: as a direct link (eli:cites, gz:assignsTaskTo) and as a node of their own
# (with the line they were stated on); the graph shows the direct link only.
REIFIED = (GZ.Citation, GZ.Responsibility, GZ.Repeal)
# The types of resource each view is drawn for; another view opens on its own example.
SUITS = {
    "citations": {"gz:Document"},
    "repeals": {"gz:Document", "gz:Agency"},
    "agency": {"gz:Agency"},
    "personnel": {"gz:Official"},
}


def _types(nodes: set[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Each node's most specific type (gz: first) and, for documents, their number (a short, distinct label)."""
    types: dict[str, str] = {}
    numbers: dict[str, str] = {}
    if not nodes:
        return types, numbers
    for row in rows(page_query("node-types", nodes=[URIRef(n) for n in nodes])):
        current = types.get(str(row["s"]))
        candidate = short(str(row["t"]))
        if current is None or (candidate.startswith("gz:") and not current.startswith("gz:")):
            types[str(row["s"])] = candidate
        if row.get("n") is not None:
            numbers[str(row["s"])] = str(row["n"])
    return types, numbers


def _expand(name: str) -> str:
    prefix, _, local = name.partition(":")
    return next((namespace + local for namespace, short_prefix in SHORT.items() if short_prefix == prefix + ":"), name)


def _grouped(edges: list[dict], nodes: dict[str, dict]) -> tuple[list[dict], list[dict]]:
    """Fans of more than ``FAN`` edges (one node, one predicate, one direction) folded into a
    group node that carries its members, for the page to open on a click."""
    degree = Counter(n for e in edges for n in (e["data"]["source"], e["data"]["target"]))
    fans: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for edge in edges:
        data = edge["data"]
        fans[(data["source"], data["rel"], "out")].append(edge)
        fans[(data["target"], data["rel"], "in")].append(edge)
    folded: set[str] = set()
    groups = []
    for (hub, rel, direction), fan in sorted(fans.items(), key=lambda item: -len(item[1])):
        fan = [e for e in fan if e["data"]["id"] not in folded]
        leaves = [e["data"]["target" if direction == "out" else "source"] for e in fan]
        leaves = [n for n in leaves if n != hub and degree[n] == 1]
        if len(leaves) <= FAN + 1:
            continue
        members = set(leaves[FAN:])
        kept = [e for e in fan if e["data"]["target" if direction == "out" else "source"] in members]
        folded.update(e["data"]["id"] for e in kept)
        group_id = f"group|{hub}|{rel}|{direction}"
        groups.append(
            {
                "node": {
                    "data": {
                        "id": group_id,
                        "label": translate("n_more", n=len(members)),
                        "type": "group",
                        "typeLabel": translate("group"),
                        "members": [nodes[m] for m in sorted(members)],
                        "edges": kept,
                    }
                },
                "edge": {
                    "data": {
                        "id": group_id + "|edge",
                        "rel": rel,
                        "label": "",
                        "source": hub if direction == "out" else group_id,
                        "target": group_id if direction == "out" else hub,
                    }
                },
                "members": members,
            }
        )
    hidden = set().union(*(g["members"] for g in groups)) if groups else set()
    node_list = [n for key, n in sorted(nodes.items()) if key not in hidden] + [g["node"] for g in groups]
    edge_list = [e for e in edges if e["data"]["id"] not in folded] + [g["edge"] for g in groups]
    return node_list, edge_list


_REIFIED_SHORT = {short(str(kind)) for kind in REIFIED}


def _elements(triples: list[tuple], lang: str) -> dict:
    # predicates as strings, except the agency view's "shares N" labels, which stay Literals
    links = [(str(s), p if isinstance(p, Literal) else str(p), str(o)) for s, p, o in triples if not isinstance(o, Literal)]
    types, numbers = _types({n for s, _, o in links for n in (s, o)})
    links = [(s, p, o) for s, p, o in links if types.get(s) not in _REIFIED_SHORT and types.get(o) not in _REIFIED_SHORT]
    ends = {n for s, _, o in links for n in (s, o)}
    if not ends:
        return {"nodes": [], "edges": []}
    predicates = {p for _, p, _ in links if not isinstance(p, Literal)}
    names = labels(list(ends) + [_expand(t) for t in set(types.values())] + list(predicates), lang)
    nodes = {
        n: {
            "data": {
                "id": n,
                "label": numbers.get(n) or names.get(n, short(n)),
                "title": names.get(n, short(n)),
                "type": types.get(n, "other"),
                "typeLabel": names.get(_expand(types.get(n, "")), types.get(n, "other")),
                "href": local_link(n),
            }
        }
        for n in ends
    }
    edges = [
        {
            "data": {
                "id": f"{s}|{p}|{o}",
                "source": s,
                "target": o,
                "rel": "shares" if isinstance(p, Literal) else short(str(p)),
                "label": p if isinstance(p, Literal) else names.get(p, short(p)),
            }
        }
        for s, p, o in links
    ]
    node_list, edge_list = _grouped(edges, nodes)
    return {"nodes": node_list, "edges": edge_list}


def neighbourhood(iri: URIRef) -> list[tuple]:
    found = rows(page_query("neighbourhood", iri=iri, reified=list(REIFIED), limit=int(settings()["graph_neighbours"])))
    return [(r["s"], r["p"], r["o"]) for r in found if not derived(r["p"])]


def shared_tasks(agency: URIRef) -> list[tuple]:
    """The agency view's long tail collapsed: one edge per agency sharing tasks with ``agency``
    (labelled with how many documents they share), most shared first."""
    found = rows(page_query("shared-tasks", agency=agency))
    return [(agency, Literal(translate("shares_n", n=int(r["n"]))), r["other"]) for r in found]


def construct(query: str, *, public: bool) -> list[tuple]:
    """The triples of a CONSTRUCT or DESCRIBE; a ``public`` one (from the reader) is checked first."""
    if public and check_query(checked_size(query)).form not in ("construct", "describe"):
        raise Refused("the graph view shows CONSTRUCT or DESCRIBE results", 400)
    result = run(query, RDF_FORMATS["nt"], public=public)
    return list(Graph().parse(data=result.body, format="nt"))


@blueprint.route("/graph.json")
def elements():
    lang = current_language()
    iri = request.args.get("iri")
    view = request.args.get("view")
    query = request.args.get("query")
    if view and view not in VIEWS:
        raise Refused(f"unknown view {view[:40]!r}; choose one of {', '.join(VIEWS)}", 400)
    if view and iri:
        triples = construct(PREFIXES + page_query(f"view-{view}", iri=resource_iri(iri)), public=False)
        if view == "agency":
            triples += shared_tasks(resource_iri(iri))
    elif query:
        triples = construct(query, public=True)
    elif iri:
        triples = neighbourhood(resource_iri(iri))
    else:
        raise Refused("give iri=, view= with iri=, or query=", 400)
    return jsonify(_elements(triples, lang))


def example(view: str) -> str | None:
    found = rows(page_query(f"example-{view}"))
    return str(found[0]["x"]) if found else None


@blueprint.route("/graph")
def page():
    params = {k: request.args[k] for k in ("iri", "view", "query") if request.args.get(k)}
    if params.get("view") not in VIEWS:
        params.pop("view", None)
    if not params.get("iri") and not params.get("query"):  # open on an example rather than on nothing
        params["view"] = params.get("view") or "citations"
        params["iri"] = example(params["view"]) or ""
    kind = _types({str(resource_iri(params["iri"]))})[0].get(params["iri"]) if params.get("iri") else None
    tabs = {view: params["iri"] if kind in SUITS[view] else None for view in VIEWS}
    return render_template(
        "graph.html",
        params=json.dumps(params, ensure_ascii=False),
        views=list(VIEWS),
        iri=params.get("iri"),
        view=params.get("view"),
        query=params.get("query"),
        tabs=tabs,
    )
