"""Reading the graph for pages: every page query goes through the app's executor and the store's time limit."""

from __future__ import annotations

import io
from urllib.parse import quote

from flask import current_app, request
from rdflib import Literal, URIRef
from rdflib.plugins.sparql.results.jsonresults import JSONResultParser

from gazette_kg.store import QueryResult
from gazette_kg.store.base import RESULT_FORMATS

PREFIXES = """PREFIX gz: <https://gazette-kg.org/ontology#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
"""
SHORT = {
    "https://gazette-kg.org/ontology#": "gz:",
    "http://data.europa.eu/eli/ontology#": "eli:",
    "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:",
    "http://www.w3.org/2004/02/skos/core#": "skos:",
    "http://xmlns.com/foaf/0.1/": "foaf:",
    "http://www.w3.org/ns/org#": "org:",
    "http://www.w3.org/ns/prov#": "prov:",
    "http://purl.org/dc/terms/": "dcterms:",
    "http://www.w3.org/2002/07/owl#": "owl:",
    "http://www.w3.org/2001/XMLSchema#": "xsd:",
}


def run(query: str, accept: str, **options) -> QueryResult:
    """A query through the app's executor (its time limit, cap and cache), on behalf of this request's client."""
    return current_app.extensions["executor"].run(query, accept, client=request.remote_addr or "", **options)


def select_rows(result: QueryResult) -> list[dict]:
    """SPARQL JSON results as rows of rdflib terms."""
    parsed = JSONResultParser().parse(io.BytesIO(result.body))
    return [{str(v): b.get(v) for v in parsed.vars} for b in parsed.bindings]


def rows(sparql: str) -> list[dict]:
    """SELECT rows as rdflib terms for one of the app's own queries."""
    return select_rows(run(PREFIXES + sparql, RESULT_FORMATS["json"]))


def settings() -> dict:
    return current_app.config["GAZETTE"]


def local_link(iri: str) -> str:
    """Where a resource's page lives in this app."""
    base = settings()["base_iri"]
    if iri.startswith(base):
        return "/id/" + iri[len(base):]
    if iri.startswith("https://gazette-kg.org/ontology"):
        return "/ontology#" + iri.partition("#")[2] if "#" in iri else "/ontology"
    return "/resource?iri=" + quote(iri, safe="")


def short(iri: str) -> str:
    for namespace, prefix in SHORT.items():
        if iri.startswith(namespace):
            return prefix + iri[len(namespace):]
    base = settings()["base_iri"]
    return iri[len(base):] if iri.startswith(base) else iri


def labels(iris: list[str], lang: str) -> dict[str, str]:
    """A display label for each IRI: rdfs:label or skos:prefLabel, the page's language first."""
    if not iris:
        return {}
    values = " ".join(URIRef(i).n3() for i in set(iris))
    found: dict[str, tuple[int, str]] = {}
    for row in rows(f"SELECT ?s ?l WHERE {{ VALUES ?s {{ {values} }} {{ ?s rdfs:label ?l }} UNION {{ ?s skos:prefLabel ?l }} }}"):
        label = row["l"]
        rank = 0 if isinstance(label, Literal) and label.language == lang else 1 if isinstance(label, Literal) and label.language in ("zh", "en") else 2
        current = found.get(str(row["s"]))
        if current is None or rank < current[0]:
            found[str(row["s"])] = (rank, str(label))
    return {iri: text for iri, (_, text) in found.items()}
