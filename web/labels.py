"""Display labels for resources, in the page's language: what a reader sees instead of an IRI.

Most resources carry ``rdfs:label`` or ``skos:prefLabel``; documents and instruments
``eli:title``; officials ``foaf:name``. Citations and responsibilities have no label of
their own, so one is composed from what they hold: the cited title (else the cited or
repealed document's number), or the name as written in the document and its number.
"""

from __future__ import annotations

from rdflib import URIRef

from gazette_kg.web.data import bindings, page_query


def _language_rank(tag: str | None, lang: str) -> int:
    if not tag:
        return 1
    tag = tag.lower()
    if tag == lang:
        return 0
    return 2 if "-" in tag else 1  # zh-latn-pinyin and the like only when nothing else is there


def labels(iris: list[str], lang: str) -> dict[str, str]:
    """A display label for each IRI that has one: the page's language first, then any other."""
    if not iris:
        return {}
    found: dict[str, tuple[int, int, str]] = {}
    for row in bindings(page_query("labels", subjects=[URIRef(i) for i in set(iris)])):
        label, number = row["l"], row.get("number")
        if number:  # a responsibility: the name as written and the document's number, in no one language
            label = {"value": f"{label['value']} · {number['value']}"}
        key = (_language_rank(label.get("xml:lang"), lang), int(row["rank"]["value"]), label["value"])
        subject = row["s"]["value"]
        if subject not in found or key < found[subject]:
            found[subject] = key
    return {iri: key[2] for iri, key in found.items()}
