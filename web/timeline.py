"""Histories for resource pages, as a law library shows them (法规沿革).

A document's (or an instrument's) timeline: signed, published in issue N (page), in force,
expires, repealed by, repeals, the status its page prints (已废止, dated where the page dates it), cited by,
interpreted by. An agency's history: renames and
successors, and the documents that issued through it or made it responsible, by date.
An official's appointment timeline: post, from, to, probation, confirmation. Every line
names the document it comes from and the gazette issue and line it was stated in.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from gazette_kg.vocabulary import GZ
from gazette_kg.web.data import page_query, rows


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


ORDER = [
    "signed",
    "published",
    "effective",
    "interpreted_by",
    "repeals",
    "expires",
    "ended",
    "stated_status",
    "repealed_by",
    "cited_by",
    "renamed_from",
    "issued",
    "responsible",
    "renamed_to",
    "dissolved",
]

# Personnel event classes that end a tenure of the post they name.
_ENDS = {"Removal", "ConcurrentRemoval"}


def _events(query: str) -> list[Event]:
    events = []
    for row in rows(query):
        events.append(
            Event(
                kind=str(row["kind"]),
                date=str(row["date"]) if row.get("date") is not None else None,
                other=str(row["other"]) if row.get("other") is not None else None,
                note=str(row["note"]) if row.get("note") is not None else None,
                issue=str(row["issue"]) if row.get("issue") is not None else None,
                line=int(row["line"]) if row.get("line") is not None else None,
                count=int(row["count"]) if row.get("count") is not None else None,
            )
        )
    return events


def _sorted(events: list[Event]) -> list[Event]:
    signed = min((e.date for e in events if e.kind == "signed" and e.date), default="")
    return sorted(events, key=lambda e: e.sort_key(signed))


def document_timeline(iri: URIRef, document: URIRef, citations: int) -> list[Event]:
    """The history of ``document`` with its ``citations`` newest citations; for an instrument (``iri``
    differs) its own dates stand in for those of all the document's instruments."""
    events = _events(page_query("timeline-document", doc=document, only=iri, citations=citations))
    unique = {(e.kind, e.date, e.other, e.note, e.issue, e.line): e for e in events}
    return _sorted(list(unique.values()))


# The kinds of an agency's history that list documents (the others, renames and dissolution, are few).
AGENCY_DOCUMENTS = ("issued", "responsible")


def _newest_first(documents: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """(date, IRI) pairs as the query orders them: newest first (no date last), then by IRI."""
    by_iri = sorted(documents, key=lambda d: d[1])
    return sorted(by_iri, key=lambda d: d[0], reverse=True)


def agency_history(iri: URIRef, limit: int, offset: int = 0) -> tuple[list[Event], set[str]]:
    """Renames, successors and dissolution; ``limit`` documents it issued and ``limit`` that made it
    responsible, the newest first from ``offset``; and the kinds with more documents after these."""
    events = _events(page_query("timeline-agency", agency=iri, limit=limit + 1, offset=offset))
    listed = {kind: _newest_first({(e.date or "", e.other or "") for e in events if e.kind == kind}) for kind in AGENCY_DOCUMENTS}
    dropped = {(kind, other) for kind, found in listed.items() for _, other in found[limit:]}
    kept = [e for e in events if (e.kind, e.other or "") not in dropped]
    return _sorted(kept), {kind for kind, found in listed.items() if len(found) > limit}


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
    found = rows(page_query("timeline-official", person=iri))
    events = sorted({str(r["event"]): r for r in found}.values(), key=lambda r: (str(r.get("date") or ""), str(r["event"])))
    tenures = []
    for index, row in enumerate(events):
        kind = str(row["type"])[len(GZ) :]
        post, date = row.get("post"), row.get("date")
        later = [e for e in events[index + 1 :] if e.get("post") == post and e.get("date") is not None]
        until = next((str(e["date"]) for e in later if str(e["type"])[len(GZ) :] in _ENDS), None)
        probation = str(row.get("probation")) == "true"
        confirmed = next((str(e["date"]) for e in later if str(e["type"])[len(GZ) :] == "Confirmation"), None)
        tenures.append(
            Tenure(
                kind=kind,
                date=str(date) if date is not None else None,
                post=str(post) if post is not None else None,
                until=until if kind not in _ENDS else None,
                probation=probation,
                confirmed=confirmed if probation else None,
                document=str(row["doc"]) if row.get("doc") is not None else None,
                issue=str(row["issue"]) if row.get("issue") is not None else None,
                line=int(row["line"]) if row.get("line") is not None else None,
            )
        )
    return tenures
