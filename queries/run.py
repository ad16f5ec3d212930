"""Bind a saved query's parameters safely and run it.

Values are checked against the parameter's type and written into the query as RDF terms
(an escaped literal, a typed literal or an IRI) in place of the ``$name`` variable, never
pasted as text: a string value cannot close its quotes or add a clause. The query is scanned
once and token by token: a ``$name`` inside a comment, string or IRI of the query is left
alone, and an inserted value is never scanned again, so one value cannot carry another
parameter's placeholder into the query.
"""

from __future__ import annotations

import datetime as dt

import regex
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from gazette_kg.queries.catalog import Parameter, SavedQuery
from gazette_kg.sparql_text import query_form, substitute, term_text
from gazette_kg.store.base import Row, Store

_IRI_FORBIDDEN = regex.compile(r'[\s<>"{}|^`\\]')
# NUL and the like: no name or title holds one, and some stores fail on them (Virtuoso answers 500)
CONTROL = regex.compile(r"[^\P{Cc}\t\n\r]")


class ParameterError(ValueError):
    """A parameter value that does not fit its type; the message says which and why."""


def term_for(parameter: Parameter, value: str):
    """The RDF term a value stands for, after checking it against the parameter's type."""
    kind = parameter.type
    if CONTROL.search(value):
        raise ParameterError(f"{parameter.name}: {value!r} holds a control character")
    try:
        if kind == "integer":
            return Literal(int(value), datatype=XSD.integer)
        if kind == "year":
            year = int(value)
            if not 1 <= year <= 9999:
                raise ValueError
            return Literal(year, datatype=XSD.integer)
        if kind == "date":
            return Literal(dt.date.fromisoformat(value).isoformat(), datatype=XSD.date)
    except ValueError:
        raise ParameterError(f"{parameter.name}: {value!r} is not a valid {kind}") from None
    if kind == "iri":
        if not regex.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", value) or _IRI_FORBIDDEN.search(value):
            raise ParameterError(f"{parameter.name}: {value!r} is not an IRI")
        return URIRef(value)
    if kind == "zh":
        return Literal(value, lang="zh")
    return Literal(value)


def _counts(sparql: str, name: str, keywords: str = "LIMIT|OFFSET") -> bool:
    """Whether ``$name`` stands after LIMIT or OFFSET (``keywords``) in ``sparql``, where a negative number
    is a syntax error (which a server answers as its own failure: Virtuoso's became a 502)."""
    return regex.search(rf"\b(?:{keywords})\s+\${regex.escape(name)}\b", sparql, regex.IGNORECASE) is not None


def bind(query: SavedQuery, values: dict[str, str], most: int | None = None) -> str:
    """The query's SPARQL with every parameter replaced by its (checked, escaped) term; a LIMIT may ask for
    at most ``most`` rows (the public endpoint's cap: Virtuoso refuses to sort for more than 10,000, a 502)."""
    unknown = set(values) - {p.name for p in query.parameters}
    if unknown:
        raise ParameterError(f"unknown parameter(s): {', '.join(sorted(unknown))}")
    texts = {}
    for parameter in query.parameters:
        value = values.get(parameter.name, parameter.default)
        if value is None or value == "":
            raise ParameterError(f"{parameter.name}: a value is required")
        term = term_for(parameter, str(value))
        if parameter.type == "integer" and int(term) < 0 and _counts(query.sparql, parameter.name):
            raise ParameterError(f"{parameter.name}: {value!r} is negative, and it counts rows")
        if (
            most is not None
            and parameter.type == "integer"
            and int(term) > most
            and _counts(query.sparql, parameter.name, "LIMIT")
        ):
            raise ParameterError(f"{parameter.name}: {value!r} asks for more rows than a query here returns ({most})")
        # an integer goes in bare, so that it also fits where only a number may stand (LIMIT 20)
        texts[parameter.name] = term_text(int(term) if parameter.type in ("integer", "year") else term)
    return substitute(query.sparql, texts)


def form_of(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE, or a ParameterError for text that is none of them."""
    form = query_form(sparql)
    if form is None:
        raise ParameterError("not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE")
    return form


def run(store: Store, query: SavedQuery, values: dict[str, str] | None = None) -> list[Row]:
    return store.select(bind(query, values or {}))
