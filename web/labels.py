"""Display labels for resources, in the page's language: what a reader sees instead of an IRI.

Most resources carry ``rdfs:label`` or ``skos:prefLabel``; documents and instruments
``eli:title``; officials ``foaf:name``. Citations and responsibilities have no label of
their own, so one is composed from what they hold: the cited title (else the cited or
repealed document's number), or the name as written in the document and its number.
"""

from __future__ import annotations

from rdflib import Literal, URIRef

from gazette_kg.web.data import page_query, rows


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
    found: dict[str, tuple[int, int, str]] = {}
    for row in rows(page_query("labels", subjects=[URIRef(i) for i in set(iris)])):
        key = (_language_rank(row["l"], lang), int(row["rank"]), str(row["l"]))
        subject = str(row["s"])
        if subject not in found or key < found[subject]:
            found[subject] = key
    return {iri: key[2] for iri, key in found.items()}
