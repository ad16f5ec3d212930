"""A document's status on a date, for pages and RDF: the same answer as ``gazette-kg status --at``.

The rule lives in ``loaders.inforce.status``; this module runs it through the app's query
workers, says it in the page's language and as RDF (schema.org's legal-force terms).
An instrument takes the status of the document that promulgates it.
"""

from __future__ import annotations

import datetime as dt

from rdflib import RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from gazette_kg.loaders.inforce import Reason, Status, status
from gazette_kg.vocabulary import GZ, SCHEMA
from gazette_kg.web.data import ExecutorStore, page_query, rows
from gazette_kg.web.i18n import REASONS_ZH

LEGAL_FORCE = {True: SCHEMA.InForce, False: SCHEMA.NotInForce}


def parse_day(text: str | None) -> dt.date | None:
    """A date from ``?at=`` (YYYY-MM-DD), or None when absent or not a date."""
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def governing_document(iri: URIRef) -> URIRef | None:
    """The document whose status ``iri`` has: itself if it is a numbered document, its promulgating
    document if it is an instrument, else None."""
    found = rows(page_query("governing-document", iri=iri))
    return found[0]["doc"] if found else None


def governing_document_among(iri: URIRef, properties: dict[str, list]) -> URIRef | None:
    """``governing_document`` read from the resource's outgoing facts (predicate → values), when a page has them."""
    if properties.get(str(GZ.docNumber)):
        return iri
    return next(iter(properties.get(str(GZ.promulgatedBy), [])), None)


def status_on(document: URIRef, day: dt.date) -> Status:
    return status(ExecutorStore(), str(document), day)


def reason_text(reason: Reason, lang: str) -> str:
    """A reason of ``inforce.status`` as a sentence in ``lang``."""
    return reason.text(REASONS_ZH, "、") if lang == "zh" else reason.text()


def status_iri(iri: URIRef, day: dt.date) -> URIRef:
    """The dereferenceable IRI of ``iri`` as it stood on ``day``."""
    return URIRef(f"{iri}/at/{day.isoformat()}")


def status_graph(iri: URIRef, day: dt.date, result: Status) -> Graph:
    """The status as RDF: the resource on that day, its legal force and the reasons (en and zh)."""
    graph = Graph()
    graph.bind("schema", SCHEMA)
    node = status_iri(iri, day)
    graph.add((node, PROV.specializationOf, iri))
    graph.add((node, DCTERMS.date, Literal(day.isoformat(), datatype=XSD.date)))
    if result.in_force is not None:
        graph.add((node, SCHEMA.legislationLegalForce, LEGAL_FORCE[result.in_force]))
    for reason in result.reasons:
        graph.add((node, RDFS.comment, Literal(reason_text(reason, "en"), lang="en")))
        graph.add((node, RDFS.comment, Literal(reason_text(reason, "zh"), lang="zh")))
    return graph
