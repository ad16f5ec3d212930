"""What a query from outside may do, decided from a real parse of it (rdflib's SPARQL grammar).

A text scan cannot tell a keyword in a comment, a string or an IRI from one in the query
(a SERVICE between two ``# '''`` comment lines passed the old scan); the parse tree can.
Updates are refused (403), SERVICE too (400) unless its endpoint is on the allow-list, and
text that is no SPARQL query is a syntax error (400). The decision is remembered per text.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import NamedTuple

from pyparsing import ParseBaseException
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import URIRef

from gazette_kg.sparql_text import is_iri
from gazette_kg.store.base import Refused
from gazette_kg.store.formats import kind_of, negotiate

# Query forms by the name of rdflib's parse node.
_FORMS = {"SelectQuery": "select", "AskQuery": "ask", "ConstructQuery": "construct", "DescribeQuery": "describe"}


class Verdict(NamedTuple):
    form: str  # select, ask, construct, describe
    # no LIMIT and no trailing VALUES: "LIMIT n" may be appended to the text to bound the answer
    open_ended: bool


def admit(
    query: str, accept: str | None, dataset: tuple[list[str], list[str]] | None, allowed_services: tuple[str, ...] = ()
) -> Verdict:
    """Check a query from outside before it runs: its form, the format asked, the dataset's IRIs."""
    verdict = check_query(query, allowed_services)
    negotiate(kind_of(verdict.form), accept)
    for iri in [*(dataset or ([], []))[0], *(dataset or ([], []))[1]]:
        if not is_iri(iri):
            raise Refused(f"not an absolute IRI: {iri[:200]!r}", 400)
    return verdict


def check_query(query: str, allowed_services: tuple[str, ...] = ()) -> Verdict:
    """What the query is, if it may run; else raise ``Refused``."""
    verdict = _verdict(query, tuple(allowed_services))
    if isinstance(verdict, Refused):
        raise Refused(str(verdict), verdict.status)
    return verdict


def bounded(query: str, verdict: Verdict, rows: int | None) -> str:
    """The query asking for at most ``rows`` solutions, where its text allows saying so."""
    if rows is None or not verdict.open_ended or verdict.form == "ask":
        return query
    return f"{query}\nLIMIT {rows}"


# rdflib's SPARQL grammar (pyparsing) keeps parse state in shared objects: two parses at once in
# two request threads fail with a TypeError deep inside pyparsing. One parse at a time.
_PARSING = threading.Lock()


@lru_cache(maxsize=2048)
def _verdict(query: str, allowed_services: tuple[str, ...]) -> Verdict | Refused:
    try:
        with _PARSING:
            prologue, body = parseQuery(query)
    except RecursionError:
        return Refused("the query is nested too deeply to check", 400)
    except ParseBaseException as err:
        if _is_update(query):
            return Refused("this endpoint is read-only: SPARQL Update is not accepted", 403)
        return Refused(f"SPARQL syntax error: {err}", 400)
    for service in _services(body):
        if not (isinstance(service, URIRef) and str(service) in allowed_services):
            return Refused(f"SERVICE {service} is not allowed: this endpoint does not call other endpoints", 400)
    return Verdict(_FORMS[body.name], "limitoffset" not in body and "valuesClause" not in body)


def _is_update(text: str) -> bool:
    try:
        with _PARSING:
            parseUpdate(text)
    except (ParseBaseException, RecursionError):
        return False
    return True


def _services(node) -> list:
    """The endpoint (an IRI or a variable) of every SERVICE pattern anywhere in the parse tree."""
    found = []
    if isinstance(node, CompValue):
        if node.name == "ServiceGraphPattern":
            found.append(node.get("term"))
        children = list(node.values())
    elif isinstance(node, (list, tuple)):
        children = list(node)
    else:
        return found
    for child in children:
        found += _services(child)
    return found
