"""Histories for resource pages, as a law library shows them (法规沿革).

A document's (or an instrument's) timeline: signed, published in issue N (page), in force,
expires, repealed by, repeals, cited by, interpreted by. An agency's history: renames and
successors, and the documents that issued through it or made it responsible, by date.
An official's appointment timeline: post, from, to, probation, confirmation. Every line
names the document it comes from and the gazette issue and line it was stated in.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from gazette_kg.vocabulary import GZ
from gazette_kg.web.data import rows


@dataclass
class Event:
    kind: str  # a key of i18n.STRINGS ("signed", "repealed_by", …)
    date: str | None
    other: str | None = None  # the resource the line links to
    note: str | None = None  # page number, start rule, term as written, role, …
    issue: str | None = None
    line: int | None = None
    count: int | None = None  # how many facts the line stands for (responsibilities in a document)

    def sort_key(self, fallback: str) -> tuple:
        return (self.date or fallback, ORDER.index(self.kind) if self.kind in ORDER else len(ORDER), self.other or "")


ORDER = ["signed", "published", "effective", "interpreted_by", "repeals", "expires", "ended", "repealed_by",
         "cited_by", "renamed_from", "issued", "responsible", "renamed_to", "dissolved"]

_DOCUMENT = """SELECT ?kind ?date ?other ?note ?issue ?line WHERE {{
  {{ {doc} eli:date_document ?date BIND ("signed" AS ?kind)
     OPTIONAL {{ {doc} gz:statedIn ?issue }} OPTIONAL {{ {doc} gz:sourceLine ?line }} }}
  UNION {{ {doc} gz:publishedIn ?issue BIND ("published" AS ?kind) OPTIONAL {{ {doc} gz:tocPage ?note }} }}
  UNION {{ {instruments} ?other eli:first_date_entry_in_force ?date BIND ("effective" AS ?kind)
     OPTIONAL {{ ?other gz:startRule ?note }} OPTIONAL {{ ?other gz:statedIn ?issue }} OPTIONAL {{ ?other gz:sourceLine ?line }} }}
  UNION {{ {instruments} ?other eli:date_no_longer_in_force ?date BIND ("expires" AS ?kind)
     OPTIONAL {{ ?other gz:validity ?note }} OPTIONAL {{ ?other gz:statedIn ?issue }} OPTIONAL {{ ?other gz:sourceLine ?line }} }}
  UNION {{ {doc} eli:date_no_longer_in_force ?date BIND ("ended" AS ?kind) }}
  UNION {{ ?act gz:repealedDocument {doc} ; gz:repealingDocument ?other BIND ("repealed_by" AS ?kind)
     OPTIONAL {{ ?other eli:date_document ?date }} OPTIONAL {{ ?act gz:statedIn ?issue }} OPTIONAL {{ ?act gz:sourceLine ?line }} }}
  UNION {{ ?act gz:repealingDocument {doc} ; gz:repealedDocument ?other BIND ("repeals" AS ?kind)
     OPTIONAL {{ {doc} eli:date_document ?date }} OPTIONAL {{ ?act gz:statedIn ?issue }} OPTIONAL {{ ?act gz:sourceLine ?line }} }}
  UNION {{ ?act gz:citedDocument {doc} ; gz:citingDocument ?other BIND ("cited_by" AS ?kind)
     OPTIONAL {{ ?other eli:date_document ?date }} OPTIONAL {{ ?act gz:statedIn ?issue }} OPTIONAL {{ ?act gz:sourceLine ?line }} }}
  UNION {{ ?other gz:interprets {doc} BIND ("interpreted_by" AS ?kind)
     OPTIONAL {{ ?other gz:statedIn ?issue }} OPTIONAL {{ ?other gz:sourceLine ?line }} }}
}}"""

_AGENCY = """SELECT ?kind ?date ?other ?note ?issue ?line (COUNT(DISTINCT ?fact) AS ?count) WHERE {{
  {{ ?fact org:originalOrganization {agency} ; org:resultingOrganization ?other BIND ("renamed_to" AS ?kind)
     OPTIONAL {{ ?fact dcterms:date ?date }} OPTIONAL {{ ?fact rdfs:label ?note }} }}
  UNION {{ ?fact org:resultingOrganization {agency} ; org:originalOrganization ?other BIND ("renamed_from" AS ?kind)
     OPTIONAL {{ ?fact dcterms:date ?date }} OPTIONAL {{ ?fact rdfs:label ?note }} }}
  UNION {{ {agency} prov:invalidatedAtTime ?date BIND ("dissolved" AS ?kind) BIND ({agency} AS ?fact) }}
  UNION {{ ?other gz:issuedBy {agency} BIND ("issued" AS ?kind) BIND (?other AS ?fact)
     OPTIONAL {{ ?other eli:date_document ?date }} OPTIONAL {{ ?other gz:statedIn ?issue }} OPTIONAL {{ ?other gz:sourceLine ?line }} }}
  UNION {{ ?fact gz:responsibleAgency {agency} ; gz:responsibilityIn ?other BIND ("responsible" AS ?kind)
     OPTIONAL {{ ?other eli:date_document ?date }} OPTIONAL {{ ?other gz:statedIn ?issue }} }}
}} GROUP BY ?kind ?date ?other ?note ?issue ?line"""

_OFFICIAL = """SELECT ?event ?type ?date ?post ?probation ?doc ?issue ?line WHERE {{
  ?event gz:person {person} ; a ?type .
  FILTER (STRSTARTS(STR(?type), "{gz}"))
  OPTIONAL {{ ?event gz:eventDate ?date }} OPTIONAL {{ ?event gz:post ?post }}
  OPTIONAL {{ ?event gz:onProbation ?probation }} OPTIONAL {{ ?event gz:decidedBy ?doc }}
  OPTIONAL {{ ?event gz:statedIn ?issue }} OPTIONAL {{ ?event gz:sourceLine ?line }}
}}"""

# Personnel event classes that end a tenure of the post they name.
_ENDS = {"Removal", "ConcurrentRemoval"}


def _events(query: str) -> list[Event]:
    events = []
    for row in rows(query):
        events.append(Event(
            kind=str(row["kind"]), date=str(row["date"]) if row.get("date") is not None else None,
            other=str(row["other"]) if row.get("other") is not None else None,
            note=str(row["note"]) if row.get("note") is not None else None,
            issue=str(row["issue"]) if row.get("issue") is not None else None,
            line=int(row["line"]) if row.get("line") is not None else None,
            count=int(row["count"]) if row.get("count") is not None else None))
    return events


def _sorted(events: list[Event]) -> list[Event]:
    signed = min((e.date for e in events if e.kind == "signed" and e.date), default="")
    return sorted(events, key=lambda e: e.sort_key(signed))


def document_timeline(iri: URIRef, document: URIRef) -> list[Event]:
    """The history of ``document``; for an instrument (``iri`` differs) its own dates stand in
    for those of all the document's instruments."""
    instruments = f"BIND ({iri.n3()} AS ?other)" if iri != document else f"{document.n3()} gz:promulgates ?other ."
    events = _events(_DOCUMENT.format(doc=document.n3(), instruments=instruments))
    unique = {(e.kind, e.date, e.other, e.note, e.issue, e.line): e for e in events}
    return _sorted(list(unique.values()))


def agency_history(iri: URIRef) -> list[Event]:
    """Renames, successors and dissolution; documents it issued and documents that made it responsible."""
    return _sorted(_events(_AGENCY.format(agency=iri.n3())))


@dataclass
class Tenure:
    kind: str  # the event class, without the namespace: Appointment, Removal, Confirmation, …
    date: str | None
    post: str | None
    until: str | None
    probation: bool
    confirmed: str | None  # date of the later confirmation in the same post that ended the probation
    document: str | None
    issue: str | None
    line: int | None


def official_timeline(iri: URIRef) -> list[Tenure]:
    """Each personnel event of an official, with the date the post was left when a later event says so."""
    found = rows(_OFFICIAL.format(person=iri.n3(), gz=GZ))
    events = sorted({str(r["event"]): r for r in found}.values(), key=lambda r: (str(r.get("date") or ""), str(r["event"])))
    tenures = []
    for index, row in enumerate(events):
        kind = str(row["type"])[len(GZ):]
        post, date = row.get("post"), row.get("date")
        later = [e for e in events[index + 1:] if e.get("post") == post and e.get("date") is not None]
        until = next((str(e["date"]) for e in later if str(e["type"])[len(GZ):] in _ENDS), None)
        probation = str(row.get("probation")) == "true"
        confirmed = next((str(e["date"]) for e in later if str(e["type"])[len(GZ):] == "Confirmation"), None)
        tenures.append(Tenure(
            kind=kind, date=str(date) if date is not None else None, post=str(post) if post is not None else None,
            until=until if kind not in _ENDS else None,
            probation=probation, confirmed=confirmed if probation else None,
            document=str(row["doc"]) if row.get("doc") is not None else None,
            issue=str(row["issue"]) if row.get("issue") is not None else None,
            line=int(row["line"]) if row.get("line") is not None else None))
    return tenures
