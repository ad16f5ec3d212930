"""Which format a query's answer is written in: content negotiation over the SPARQL media types.

A SELECT or ASK answers in a results format, a CONSTRUCT or DESCRIBE in an RDF format.
``accept`` is an HTTP Accept value (``text/turtle, */*;q=0.1``); nothing acceptable for
the query's form raises ``NotAcceptable`` (406).
"""

from __future__ import annotations

from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from gazette_kg.store.base import RDF_FORMATS, RESULT_FORMATS, Refused

# Media types for each kind of answer, the preferred (the default for */*) first; aliases last.
RESULT_MEDIA = {**{media: name for name, media in RESULT_FORMATS.items()},
                "application/json": "json", "application/xml": "xml"}
GRAPH_MEDIA = {"text/turtle": "ttl", "application/n-triples": "nt", "application/ld+json": "jsonld",
               "application/rdf+xml": "xml", "text/plain": "nt", "application/x-turtle": "ttl"}
# Content-Type written for each format (text formats say their charset).
CONTENT_TYPES = {
    "results": {"json": RESULT_FORMATS["json"], "xml": RESULT_FORMATS["xml"],
                "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8"},
    "graph": {"ttl": "text/turtle; charset=utf-8", "nt": RDF_FORMATS["nt"], "jsonld": RDF_FORMATS["jsonld"],
              "xml": RDF_FORMATS["xml"]},
}


class NotAcceptable(Refused):
    def __init__(self, message: str) -> None:
        super().__init__(message, 406)


def kind_of(form: str) -> str:
    """``results`` for SELECT and ASK, ``graph`` for CONSTRUCT and DESCRIBE."""
    return "graph" if form in ("construct", "describe", "graph") else "results"


def negotiate(kind: str, accept: str | None) -> str:
    """The short name (json, xml, csv, tsv; ttl, nt, jsonld, xml) of the format to write."""
    table = GRAPH_MEDIA if kind == "graph" else RESULT_MEDIA
    if not accept or not accept.strip():
        return next(iter(table.values()))
    best = parse_accept_header(accept, MIMEAccept).best_match(list(table))
    if best is None:
        offered = ", ".join(dict.fromkeys(table))
        raise NotAcceptable(f"cannot answer this query as {accept[:80]}; ask for one of {offered}")
    return table[best]


def kind_for_accept(accept: str | None) -> str:
    """The kind of answer a caller that knows its query asks for: ``graph`` if only an RDF format is acceptable."""
    if not accept:
        return "results"
    parsed = parse_accept_header(accept, MIMEAccept)
    return "graph" if parsed.best_match(list(GRAPH_MEDIA)) and not parsed.best_match(list(RESULT_MEDIA)) else "results"
