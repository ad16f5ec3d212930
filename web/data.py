"""Reading the graph for pages: every page query goes through the killable executor."""

from __future__ import annotations

import io
from urllib.parse import quote

from flask import current_app
from rdflib.plugins.sparql.results.jsonresults import JSONResultParser

PREFIXES = """PREFIX gz: <https://gazette-kg.org/ontology#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
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
VOCABULARIES = tuple(namespace for namespace in SHORT if not namespace.startswith("https://gazette-kg.org/"))


def rows(sparql: str) -> list[dict]:
    """SELECT rows as rdflib terms, run by the app's executor (with its timeout), the usual prefixes declared."""
    return ExecutorStore().select(PREFIXES + sparql)


class ExecutorStore:
    """Just enough of ``Store`` (``select``) for library code that takes a store — the in-force
    rule, the analytics projections — run through the app's killable query workers."""

    def __init__(self, cap: int | None = None) -> None:
        self.cap = cap

    def select(self, query: str) -> list[dict]:
        result = current_app.extensions["executor"].run(query, "json", cap=self.cap)
        parsed = JSONResultParser().parse(io.BytesIO(result.body))
        return [{str(v): b.get(v) for v in parsed.vars} for b in parsed.bindings]


def settings() -> dict:
    return current_app.config["GAZETTE"]


def local_link(iri: str) -> str:
    """Where a resource's page lives in this app."""
    base = settings()["base_iri"]
    if iri.startswith(base):
        return "/id/" + iri[len(base):]
    if iri.startswith("https://gazette-kg.org/ontology"):
        return "/ontology#" + iri.partition("#")[2] if "#" in iri else "/ontology"
    if iri.startswith(VOCABULARIES):
        return iri  # a term of a published vocabulary (eli:, skos:, org:, …) is documented where it lives
    return "/resource?iri=" + quote(iri, safe="")


def short(iri: str) -> str:
    for namespace, prefix in SHORT.items():
        if iri.startswith(namespace):
            return prefix + iri[len(namespace):]
    base = settings()["base_iri"]
    return iri[len(base):] if iri.startswith(base) else iri

