"""schema.org ``Legislation`` JSON-LD for document pages, the way search engines and law libraries read them.

Built from what the page already holds (the document's properties, its timeline and its
status today); the context is inline (``@vocab`` schema.org) so that it parses offline.
"""

from __future__ import annotations

from rdflib import Literal

from gazette_kg.vocabulary import ELI, GZ, SCHEMA
from gazette_kg.web.timeline import Event

FORCE = {True: "InForce", False: "NotInForce"}


def _first(properties: dict[str, list], predicate: str) -> str | None:
    values = properties.get(predicate) or []
    return str(values[0]) if values else None


def _reference(iri: str, names: dict[str, str], kind: str | None = None) -> dict:
    node = {"@id": iri}
    if kind:
        node["@type"] = kind
    if iri in names:
        node["name"] = names[iri]
    return node


def legislation(iri: str, properties: dict[str, list], names: dict[str, str], events: list[Event], in_force: bool | None) -> dict:
    """The JSON-LD object of one document (or instrument)."""
    title = next((str(v) for v in properties.get(str(ELI.title), []) if isinstance(v, Literal)), names.get(iri))
    data: dict = {"@context": {"@vocab": str(SCHEMA)}, "@id": iri, "@type": "Legislation", "name": title, "inLanguage": "zh"}
    if number := _first(properties, str(GZ.docNumber)):
        data["legislationIdentifier"] = number
    if signed := _first(properties, str(ELI.date_document)):
        data["legislationDate"] = {"@value": signed, "@type": "Date"}
    passed_by = [str(a) for a in properties.get(str(GZ.issuedBy), [])]
    if passed_by:
        data["legislationPassedBy"] = [_reference(a, names, "GovernmentOrganization") for a in passed_by]
    if in_force is not None:
        data["legislationLegalForce"] = {"@id": str(SCHEMA) + FORCE[in_force]}
    changes = sorted({e.other for e in events if e.kind == "repeals" and e.other})
    if changes:
        data["legislationChanges"] = [_reference(c, names, "Legislation") for c in changes]
    genres = [str(g) for g in properties.get(str(ELI.type_document), [])]
    if genres:
        data["legislationType"] = [names.get(g, g) for g in genres]
    cited = [str(c) for c in properties.get(str(ELI.cites), [])]
    if cited:
        data["citation"] = [_reference(c, names, "Legislation") for c in cited]
    issue = next((e.issue for e in events if e.kind == "published" and e.issue), None)
    if issue:
        data["isPartOf"] = _reference(issue, names, "PublicationIssue")
    return data
