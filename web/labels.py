"""Display labels for resources, in the page's language: what a reader sees instead of an IRI.

Most resources carry ``rdfs:label`` or ``skos:prefLabel``; documents and instruments
``eli:title``; officials ``foaf:name``. Citations and responsibilities have no label of
their own, so one is composed from what they hold: the cited title (else the cited or
repealed document's number), or the name as written in the document and its number.
"""

from __future__ import annotations

from rdflib import Literal, URIRef

from gazette_kg.web.data import rows

# Sources of a label, best first: a stated label, then the more specific fallbacks.
_QUERY = """SELECT ?s ?l ?rank WHERE {{ VALUES ?s {{ {values} }}
  {{ ?s rdfs:label ?l BIND (0 AS ?rank) }} UNION {{ ?s skos:prefLabel ?l BIND (0 AS ?rank) }}
  UNION {{ ?s eli:title ?l BIND (1 AS ?rank) }} UNION {{ ?s foaf:name ?l BIND (1 AS ?rank) }}
  UNION {{ ?s gz:citedTitle ?t BIND (CONCAT("《", STR(?t), "》") AS ?l) BIND (2 AS ?rank) }}
  UNION {{ ?s gz:asWritten ?w ; gz:responsibilityIn ?d . ?d gz:docNumber ?n
           BIND (CONCAT(STR(?w), " · ", STR(?n)) AS ?l) BIND (2 AS ?rank) }}
  UNION {{ ?s gz:citedDocument|gz:repealedDocument ?d . ?d gz:docNumber ?n BIND (STR(?n) AS ?l) BIND (3 AS ?rank) }}
}}"""


def _language_rank(label, lang: str) -> int:
    if not isinstance(label, Literal) or not label.language:
        return 1
    tag = label.language.lower()
    if tag == lang:
        return 0
    return 2 if "-" in tag else 1  # zh-latn-pinyin and the like only when nothing else is there


def labels(iris: list[str], lang: str) -> dict[str, str]:
    """A display label for each IRI that has one: the page's language first, then any other."""
    if not iris:
        return {}
    values = " ".join(URIRef(i).n3() for i in set(iris))
    found: dict[str, tuple[int, int, str]] = {}
    for row in rows(_QUERY.format(values=values)):
        key = (_language_rank(row["l"], lang), int(row["rank"]), str(row["l"]))
        subject = str(row["s"])
        if subject not in found or key < found[subject]:
            found[subject] = key
    return {iri: key[2] for iri, key in found.items()}
