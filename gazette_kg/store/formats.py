"""Which format a query's answer is written in: content negotiation over the SPARQL media types.

A SELECT or ASK answers in a results format, a CONSTRUCT or DESCRIBE in an RDF format.
``accept`` is an HTTP Accept value (``text/turtle, */*;q=0.1``); nothing acceptable for
the query's form raises ``NotAcceptable`` (406).
"""

from __future__ import annotations

from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from gazette_kg.store.base import Refused
from gazette_kg.vocabulary import RDF_CONTENT_TYPES, RDF_FORMATS, RESULT_CONTENT_TYPES, RESULT_FORMATS

# Media types for each kind of answer, the preferred (the default for */*) first; aliases last.
RESULT_MEDIA = {**{media: name for name, media in RESULT_FORMATS.items()}, "application/json": "json", "application/xml": "xml"}
# A CONSTRUCT or DESCRIBE answers in a graph format (not a dataset format: N-Quads, TriG).
GRAPH_ANSWERS = ("ttl", "nt", "jsonld", "xml")
GRAPH_MEDIA = {**{RDF_FORMATS[name]: name for name in GRAPH_ANSWERS}, "text/plain": "nt", "application/x-turtle": "ttl"}
# Content-Type written for each format (text formats say their charset).
CONTENT_TYPES = {
    "results": RESULT_CONTENT_TYPES,
    "graph": {name: RDF_CONTENT_TYPES[name] for name in GRAPH_ANSWERS},
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
