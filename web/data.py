"""Reading the graph for pages: every page query goes through the app's executor and the store's time limit."""

from __future__ import annotations

import io
import json
from functools import cache
from urllib.parse import quote

from flask import current_app, request
from rdflib.plugins.sparql.results.jsonresults import JSONResultParser

from gazette_kg.ontology import derived_properties
from gazette_kg.sparql_text import bind, load_query
from gazette_kg.store import QueryResult, Refused
from gazette_kg.vocabulary import GZ, RESULT_FORMATS, SITE
from gazette_kg.vocabulary import PREFIXES as BASE_PREFIXES
from gazette_kg.web.i18n import translate

# The project's prefixes (gazette_kg/vocabulary.py) declared before every page query, and used to shorten IRIs.
PREFIXES = "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in BASE_PREFIXES.items())
SHORT = {namespace: prefix + ":" for prefix, namespace in BASE_PREFIXES.items()}
VOCABULARIES = tuple(namespace for namespace in SHORT if not namespace.startswith(SITE))


@cache
def _derived() -> frozenset[str]:
    return frozenset(map(str, derived_properties()))


def derived(predicate: str) -> bool:
    """Whether ``predicate`` is one of the derived graph's properties (``gz:heldIn`` in the ontology), which
    pages leave out: they are no facts of a resource. The embedded store's default graph never holds them;
    a server's, the union of the named graphs, does. They are left out here, not in the page queries: a
    FILTER NOT EXISTS or MINUS there cost the embedded store time for nothing (at 200 issues, describing an
    agency of 5,000 links: 59 -> 116 ms; the facts of 50 documents: 85 -> 110 ms)."""
    return str(predicate) in _derived()


def run(query: str, accept: str, **options) -> QueryResult:
    """A query through the app's executor (its time limit, cap and cache), on behalf of this request's client."""
    return current_app.extensions["executor"].run(query, accept, client=request.remote_addr or "", **options)


def select_rows(result: QueryResult) -> list[dict]:
    """SPARQL JSON results as rows of rdflib terms."""
    parsed = JSONResultParser().parse(io.BytesIO(result.body))
    return [{str(v): b.get(v) for v in parsed.vars} for b in parsed.bindings]


class ExecutorStore:
    """Just enough of ``Store`` (``select``) for library code that takes a store — the in-force
    rule, the analytics projections — run through the app's executor."""

    def __init__(self, cap: int | None = None) -> None:
        self.cap = cap

    def select(self, query: str) -> list[dict]:
        return select_rows(run(query, RESULT_FORMATS["json"], cap=self.cap))


def rows(sparql: str) -> list[dict]:
    """SELECT rows as rdflib terms for one of the app's own queries, the usual prefixes declared."""
    return ExecutorStore().select(PREFIXES + sparql)


def bindings(sparql: str) -> list[dict[str, dict]]:
    """SELECT rows as SPARQL JSON terms (``{"type", "value", "xml:lang"?, "datatype"?}`` by variable) for
    one of the app's own queries: for a page that needs only the values, rdflib terms (several times
    the cost of reading the JSON) are not made."""
    return json.loads(run(PREFIXES + sparql, RESULT_FORMATS["json"]).body)["results"]["bindings"]


def page_query(name: str, **values) -> str:
    """The app's query ``web/sparql/<name>.rq`` with its ``$name`` placeholders bound to ``values`` (terms,
    or lists of terms). These files leave the project's prefixes to ``rows``, which declares them."""
    return bind(load_query("gazette_kg.web", name), **values)


def page_number() -> int:
    """The listing page asked for (``?page=``, from 0); 400 if it is not a number."""
    raw = request.args.get("page", "0") or "0"
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 6):
        raise Refused(translate("bad_page"), 400)
    return int(raw)


def settings() -> dict:
    return current_app.config["GAZETTE"]


def local_link(iri: str) -> str:
    """Where a resource's page lives in this app."""
    base = settings()["base_iri"]
    if iri.startswith(base):
        return "/id/" + iri[len(base) :]
    if iri.startswith(str(GZ).rstrip("#")):
        return "/ontology#" + iri.partition("#")[2] if "#" in iri else "/ontology"
    if iri.startswith(VOCABULARIES):
        return iri  # a term of a published vocabulary (eli:, skos:, org:, …) is documented where it lives
    return "/resource?iri=" + quote(iri, safe="")


def short(iri: str) -> str:
    for namespace, prefix in SHORT.items():
        if iri.startswith(namespace):
            return prefix + iri[len(namespace) :]
    base = settings()["base_iri"]
    return iri[len(base) :] if iri.startswith(base) else iri
