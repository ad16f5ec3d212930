"""Resource pages: every IRI under the base, readable by people and by machines.

``/id/<path>`` shows a resource's labels, types, properties and inbound links, each fact
with the issue and line it was stated in; ``Accept`` (text/turtle, application/ld+json,
application/rdf+xml, application/n-triples) or a suffix (.ttl, .jsonld, .rdf, .nt) gives
the same description as RDF. ``/resource?iri=`` does the same for IRIs outside the base.
"""

from __future__ import annotations

from collections import defaultdict

from flask import Blueprint, Response, abort, render_template, request
from rdflib import Literal, URIRef

from gazette_kg.store import Refused
from gazette_kg.store.terms import is_iri
from gazette_kg.web.data import labels, rows, run, settings
from gazette_kg.web.i18n import current_language, translate

blueprint = Blueprint("resources", __name__)

SUFFIXES = {".ttl": "text/turtle", ".jsonld": "application/ld+json", ".rdf": "application/rdf+xml",
            ".nt": "application/n-triples"}
MEDIA = list(SUFFIXES.values())
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PROVENANCE = ("https://gazette-kg.org/ontology#statedIn", "https://gazette-kg.org/ontology#sourceLine")


def describe_query(iri: URIRef) -> str:
    return f"CONSTRUCT {{ {iri.n3()} ?p ?o . ?s ?q {iri.n3()} }} WHERE {{ {{ {iri.n3()} ?p ?o }} UNION {{ ?s ?q {iri.n3()} }} }}"


def _rdf(iri: URIRef, media: str) -> Response:
    result = run(describe_query(iri), media)
    if not result.rows:
        abort(404)
    return Response(result.body, headers={"Content-Type": result.media_type, "Access-Control-Allow-Origin": "*"})


def resource_iri(text: str) -> URIRef:
    """``text`` as an IRI to look up; 400 if it is none."""
    if not is_iri(text):
        raise Refused(translate("bad_iri", iri=text[:200]), 400)
    return URIRef(text)


@blueprint.route("/id/<path:rest>")
def page(rest: str):
    for suffix, media in SUFFIXES.items():
        if rest.endswith(suffix):
            return _rdf(resource_iri(settings()["base_iri"] + rest[: -len(suffix)]), media)
    return _negotiate(resource_iri(settings()["base_iri"] + rest))


@blueprint.route("/resource")
def outside():
    return _negotiate(resource_iri(request.args.get("iri", "")))


def _negotiate(iri: URIRef):
    best = request.accept_mimetypes.best_match(["text/html", *MEDIA])
    if best in MEDIA and request.accept_mimetypes[best] > request.accept_mimetypes["text/html"]:
        return _rdf(iri, best)
    if best is None and request.accept_mimetypes:
        raise Refused(translate("not_acceptable"), 406)
    return render_resource(iri)


def facts_query(iri: URIRef, base: str) -> str:
    """Outgoing facts, inbound links and the issues (and lines) a resource was stated in, in
    one query (``?part`` says which), so that a page costs two trips to the store with the labels."""
    node = iri.n3()
    return f"""SELECT ?part ?p ?o ?s ?issue ?line WHERE {{
      {{ {{ SELECT DISTINCT ?p ?o WHERE {{ {node} ?p ?o }} LIMIT 2000 }} BIND ("out" AS ?part) }}
      UNION {{ {{ SELECT DISTINCT ?s ?p WHERE {{ ?s ?p {node} }} LIMIT 500 }} BIND ("in" AS ?part) }}
      UNION {{ {{ SELECT DISTINCT ?issue ?line WHERE {{
          {{ {node} gz:statedIn ?issue . OPTIONAL {{ {node} gz:sourceLine ?line }} }}
          UNION {{ GRAPH ?g {{ {node} ?p ?o }} FILTER (STRSTARTS(STR(?g), "{base}issue/")) BIND (?g AS ?issue) }}
        }} }} BIND ("source" AS ?part) }}
    }}"""


def render_resource(iri: URIRef):
    lang = current_language()
    facts: dict[str, list[dict]] = {"out": [], "in": [], "source": []}
    for row in rows(facts_query(iri, settings()["base_iri"])):
        facts[str(row["part"])].append(row)
    outgoing, inbound, provenance = facts["out"], facts["in"], facts["source"]
    if not outgoing and not inbound:
        abort(404)
    names = labels([str(r["o"]) for r in outgoing if isinstance(r["o"], URIRef)] + [str(r["s"]) for r in inbound]
                   + [str(r["p"]) for r in outgoing + inbound] + [str(iri)] + [str(r["issue"]) for r in provenance], lang)
    types = [str(r["o"]) for r in outgoing if str(r["p"]) == RDF_TYPE]
    properties: dict[str, list] = defaultdict(list)
    for row in outgoing:
        if str(row["p"]) not in (RDF_TYPE, *PROVENANCE):
            properties[str(row["p"])].append(row["o"])
    for values in properties.values():
        values.sort(key=lambda v: (not (isinstance(v, Literal) and v.language == lang), str(v)))
    referenced: dict[str, list] = defaultdict(list)
    for row in inbound:
        referenced[str(row["p"])].append(str(row["s"]))
    sources = sorted({(str(r["issue"]), int(r["line"]) if r.get("line") is not None else None) for r in provenance},
                     key=lambda s: (s[0], s[1] or 0))
    return render_template("resource.html", iri=str(iri), title=names.get(str(iri), str(iri)), types=types,
                           properties=sorted(properties.items()), referenced=sorted(referenced.items()),
                           sources=sources, names=names, Literal=Literal, URIRef=URIRef)
