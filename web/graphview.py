"""The graph view: a resource's neighbourhood, a CONSTRUCT result or a built-in view as Cytoscape.js elements.

``/graph`` is the page; ``/graph.json`` gives the elements. Clicking a node on the page
asks ``/graph.json?iri=`` for that node's neighbourhood and adds it, so the graph grows
where the reader looks.
"""

from __future__ import annotations

import json

from flask import Blueprint, current_app, jsonify, render_template, request
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from gazette_kg.web.data import PREFIXES, local_link, rows, short
from gazette_kg.web.labels import labels
from gazette_kg.web.guard import Refused, check_query
from gazette_kg.web.i18n import current_language

blueprint = Blueprint("graphview", __name__)
NEIGHBOURS = 80

VIEWS = {
    # documents a document cites or repeals, and those citing or repealing it, two steps out
    "chain": """CONSTRUCT { ?a ?rel ?b } WHERE {
        { BIND($iri AS ?a) ?a ?rel ?b } UNION { BIND($iri AS ?b) ?a ?rel ?b }
        UNION { $iri ?r1 ?m . ?m ?rel ?b . FILTER(?r1 IN (eli:cites, eli:repeals)) BIND(?m AS ?a) }
        UNION { ?m ?r1 $iri . ?a ?rel ?m . FILTER(?r1 IN (eli:cites, eli:repeals)) BIND(?m AS ?b) }
        FILTER (?rel IN (eli:cites, eli:repeals)) }""",
    # an official's events, the posts and the deciding documents, and the bodies they lead
    "career": """CONSTRUCT { ?e gz:person $iri . ?e gz:post ?post . ?e gz:decidedBy ?doc . ?m org:member $iri . ?m org:organization ?body }
        WHERE { { ?e gz:person $iri ; gz:post ?post ; gz:decidedBy ?doc } UNION { ?m org:member $iri ; org:organization ?body } }""",
    # the documents that assign tasks to an agency, and the other agencies sharing them
    "responsibilities": """CONSTRUCT { ?doc gz:assignsTaskTo $iri . ?doc gz:assignsTaskTo ?other } WHERE {
        ?doc gz:assignsTaskTo $iri . OPTIONAL { ?doc gz:assignsTaskTo ?other } }""",
}


def _elements(triples: list[tuple], lang: str) -> dict:
    nodes: set[str] = set()
    edges = []
    for s, p, o in triples:
        if isinstance(o, Literal):
            continue
        nodes.update((str(s), str(o)))
        edges.append({"data": {"id": f"{s}|{p}|{o}", "source": str(s), "target": str(o), "label": short(str(p))}})
    if not nodes:
        return {"nodes": [], "edges": []}
    values = " ".join(URIRef(n).n3() for n in nodes)
    types: dict[str, str] = {}
    for row in rows(f"SELECT ?s ?t WHERE {{ VALUES ?s {{ {values} }} ?s a ?t }}"):
        current = types.get(str(row["s"]))
        candidate = short(str(row["t"]))
        if current is None or (candidate.startswith("gz:") and not current.startswith("gz:")):
            types[str(row["s"])] = candidate
    names = labels(list(nodes), lang)
    node_list = [{"data": {"id": n, "label": names.get(n, short(n))[:40], "type": types.get(n, "other"), "href": local_link(n)}}
                 for n in sorted(nodes)]
    return {"nodes": node_list, "edges": edges}


def neighbourhood(iri: URIRef) -> list[tuple]:
    found = rows(f"""SELECT DISTINCT ?s ?p ?o WHERE {{
        {{ BIND({iri.n3()} AS ?s) ?s ?p ?o . FILTER(isIRI(?o) && ?p != rdf:type) }}
        UNION {{ BIND({iri.n3()} AS ?o) ?s ?p ?o . FILTER(?p != rdf:type) }}
    }} LIMIT {NEIGHBOURS}""".replace("rdf:type", f"<{RDF.type}>"))
    return [(r["s"], r["p"], r["o"]) for r in found]


def construct(query: str) -> list[tuple]:
    check_query(query)
    result = current_app.extensions["executor"].run(query, "json|nt")
    if result.kind != "graph":
        raise Refused("the graph view shows CONSTRUCT or DESCRIBE results", 400)
    return list(Graph().parse(data=result.body, format="nt"))


@blueprint.route("/graph.json")
def elements():
    lang = current_language()
    iri = request.args.get("iri")
    view = request.args.get("view")
    query = request.args.get("query")
    if view in VIEWS and iri:
        triples = construct(PREFIXES + VIEWS[view].replace("$iri", URIRef(iri).n3()))
    elif query:
        triples = construct(query)
    elif iri:
        triples = neighbourhood(URIRef(iri))
    else:
        raise Refused("give iri=, view= with iri=, or query=", 400)
    return jsonify(_elements(triples, lang))


@blueprint.route("/graph")
def page():
    params = {k: request.args[k] for k in ("iri", "view", "query") if request.args.get(k)}
    return render_template("graph.html", params=json.dumps(params, ensure_ascii=False), views=list(VIEWS), iri=params.get("iri"))
