"""Is a document in force at a date? Computed from the graph: start rule, expiry, repeal, printed status.

A document's instruments carry ``eli:first_date_entry_in_force`` and
``eli:date_no_longer_in_force`` (from 有效期); a repeal sets the repealed document's
``eli:date_no_longer_in_force``. A document without dated instruments takes effect on
its own date (``eli:date_document``). A page that prints the document 已废止 or 已失效
(``gz:StatusStatement``) puts it out of force: from the date the page gives, or, without one,
at any date after its start (the date is unknown). A repeal or expiry found in the graph wins
over a printed status: a page that says 现行有效 does not bring back a document repealed
elsewhere (the page may be older than the repeal); its words are given as a reason all the same.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from gazette_kg.sparql_text import bind, is_iri, load_query
from gazette_kg.store.base import Store
from gazette_kg.vocabulary import GZ

# What each reason code says, in English; its values fill the braces. The web pages say the same
# codes in Chinese (``web/i18n.py``).
REASONS = {
    "starts": "in force from {start}",
    "starts_by_rule": "in force from {start} (start rule: {rules})",
    "term": "term of validity as written: {terms}",
    "repealed_from": "no longer in force from {end} (repealed by {repealers})",
    "expired_from": "no longer in force from {end} (its term of validity ended)",
    "not_yet": "not yet in force: takes effect {start}",
    "until": "in force until the day before {end}",
    "repealed_undated": "repealed by {repealers} (repeal date unknown)",
    "stated": "its page states it: {written}",
    "stated_not_in_force": "not in force: its page states it {written} (date unknown)",
    "stated_from": "no longer in force from {end}: its page states it {written}",
    "no_start": "no start date is known",
    "unknown_document": "no document {document} in the store",
}


@dataclass
class Reason:
    """One step of the verdict: ``code`` (a key of ``REASONS``) and the values it names; a value
    that is a list (start rules, terms, repealing documents) is joined by the sentence."""

    code: str
    values: dict[str, str | list[str]] = field(default_factory=dict)

    def text(self, templates: dict[str, str] = REASONS, separator: str = ", ") -> str:
        """The reason as a sentence from ``templates`` (English by default)."""
        filled = {key: separator.join(value) if isinstance(value, list) else value for key, value in self.values.items()}
        return templates[self.code].format(**filled)

    def __str__(self) -> str:
        return self.text()


def _reason(code: str, **values: str | list[str]) -> Reason:
    return Reason(code, values)


@dataclass
class Status:
    document: URIRef | None
    number: str | None
    at: str
    in_force: bool | None  # None: the graph does not say enough
    reasons: list[Reason] = field(default_factory=list)


# Printed statuses (gz:documentStatuses) that put a document out of force.
_OUT_OF_FORCE = {GZ + "status-repealed", GZ + "status-expired"}


def status(store: Store, document: str, at: dt.date) -> Status:
    """The status of ``document`` (its number or IRI) at ``at``."""
    target = URIRef(document) if is_iri(document) else URIRef("urn:none")
    rows = store.select(bind(load_query("gazette_kg.loaders", "status"), target=target, number=Literal(document)))
    day = at.isoformat()
    if not rows:
        return Status(None, None, day, None, [_reason("unknown_document", document=document)])
    doc, number = rows[0]["doc"], str(rows[0]["number"])
    starts = sorted({str(r["start"]) for r in rows if r.get("start")}) or sorted(
        {str(r["dated"]) for r in rows if r.get("dated")}
    )
    ends = sorted({str(r["end"]) for r in rows if r.get("end")} | {str(r["ended"]) for r in rows if r.get("ended")})
    repealers = sorted({str(r.get("by_number") or r["by"]) for r in rows if r.get("by")})
    rules = sorted({str(r["rule"]) for r in rows if r.get("rule")})
    terms = sorted({str(r["term"]) for r in rows if r.get("term")})
    stated = {
        (str(r["stated"]), str(r["written"]), str(r["stated_on"]) if r.get("stated_on") else "") for r in rows if r.get("stated")
    }
    stops = sorted((on, written) for status_iri, written, on in stated if status_iri in _OUT_OF_FORCE)
    reasons = []
    if starts:
        reasons.append(_reason("starts_by_rule", start=starts[0], rules=rules) if rules else _reason("starts", start=starts[0]))
    if terms:
        reasons.append(_reason("term", terms=terms))
    if others := sorted({written for status_iri, written, _ in stated if status_iri not in _OUT_OF_FORCE}):
        reasons.append(_reason("stated", written=others))
    ended = [e for e in ends if e <= day]
    if ended:  # a repeal or expiry in the graph wins over what a page prints
        why = _reason("repealed_from", end=ended[0], repealers=repealers) if repealers else _reason("expired_from", end=ended[0])
        return Status(doc, number, day, False, reasons + [why])
    if starts and day < starts[0]:
        return Status(doc, number, day, False, [_reason("not_yet", start=starts[0])])
    if stops and stops[0][0] <= day:  # undated ("" sorts first) or dated by the day
        written = sorted({w for _, w in stops})
        why = (
            _reason("stated_from", end=stops[0][0], written=written)
            if stops[0][0]
            else _reason("stated_not_in_force", written=written)
        )
        return Status(doc, number, day, False, reasons + [why])
    if not starts:
        return Status(doc, number, day, None, [_reason("no_start")])
    if stops:
        reasons.append(_reason("stated_from", end=stops[0][0], written=sorted({w for _, w in stops})))
    if ends:
        reasons.append(_reason("until", end=ends[0]))
    if repealers:
        reasons.append(_reason("repealed_undated", repealers=repealers))
        return Status(doc, number, day, None, reasons)
    return Status(doc, number, day, True, reasons)
