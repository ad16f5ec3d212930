"""RDF terms as N-Triples text, the form the mapping builds an issue's triples in.

The loader writes N-Triples text to the store, so the mapping makes each term in that form from
the start: ``<iri>`` for an IRI, ``"text"@zh`` or ``"5"^^<…#integer>`` for a literal. Strings
hash and compare in C, where rdflib's terms do it in Python: on the synthetic corpus hashing
rdflib terms into the issue's set of triples took a sixth of the mapping, and writing them out as
N-Triples a third as long again as the mapping itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import regex
from rdflib import URIRef
from rdflib.namespace import XSD

NTriple = tuple[str, str, str]

_ISO_DATE = regex.compile(r"\d{4}-\d\d-\d\d")
_ESCAPED = regex.compile(r"\\(.)")
_UNESCAPE = {"n": "\n", "r": "\r", '"': '"', "\\": "\\"}


class Lit(str):
    """A literal in N-Triples form; a type of its own so that a plain value handed to the
    mapping (which becomes a literal) is told apart from one already made."""


def iri(term: str) -> str:
    return "".join(("<", term, ">"))  # twice as fast as an f-string on an rdflib URIRef


class Bracketed:
    """A namespace's terms as N-Triples IRIs (``Bracketed(GZ).statedIn`` → ``<…#statedIn>``)."""

    def __init__(self, namespace: object) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        term = iri(getattr(self._namespace, name))
        setattr(self, name, term)
        return term


def quoted(text: str) -> str:
    """``text`` as an N-Triples string: the four characters it may not hold raw are escaped."""
    if "\\" in text or '"' in text or "\n" in text or "\r" in text:
        text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{text}"'


@lru_cache(maxsize=1 << 16)
def tagged(text: str, lang: str) -> Lit:
    """A language-tagged literal, made once per text: names recur on every page."""
    return Lit(f"{quoted(text)}@{lang}")


def typed(lexical: str, datatype: URIRef) -> Lit:
    return Lit(f"{quoted(lexical)}^^<{datatype}>")


@lru_cache(maxsize=1 << 16, typed=True)  # typed: 1 and True are equal keys, and different literals
def plain(value: str | int | bool) -> Lit:
    """The literal of a plain value as rdflib's ``Literal(value)`` types it: a string, an
    xsd:integer or an xsd:boolean; made once per value (roles and kinds recur on every fact)."""
    if isinstance(value, bool):
        return typed("true" if value else "false", XSD.boolean)
    if isinstance(value, int):
        return typed(str(value), XSD.integer)
    if isinstance(value, str):
        return Lit(quoted(value))
    raise TypeError(f"no literal for {value!r} ({type(value).__name__})")


def integer(value: int) -> Lit:
    return plain(int(value))


def date(value: str | None) -> Lit | None:
    """An xsd:date of an ISO date; none for anything else."""
    return typed(value, XSD.date) if value and _ISO_DATE.fullmatch(value) else None


def lexical(literal: str) -> str:
    """The text of a literal in N-Triples form, its escapes undone."""
    body = literal[1 : literal.rindex('"')]
    return _ESCAPED.sub(lambda m: _UNESCAPE.get(m[1], m[0]), body) if "\\" in body else body


def ntriples_text(triples: Iterable[NTriple]) -> str:
    return "".join(f"{s} {p} {o} .\n" for s, p, o in triples)
