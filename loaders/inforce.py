"""Is a document in force at a date? Computed from the graph: start rule, expiry, repeal.

A document's instruments carry ``eli:first_date_entry_in_force`` and
``eli:date_no_longer_in_force`` (from 有效期); a repeal sets the repealed document's
``eli:date_no_longer_in_force``. A document without dated instruments takes effect on
its own date (``eli:date_document``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from gazette_kg.store.base import Store

_QUERY = """
PREFIX gz: <https://gazette-kg.org/ontology#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
SELECT ?doc ?number ?dated ?instrument ?start ?end ?rule ?term ?ended ?by ?by_number WHERE {
  ?doc gz:docNumber ?number .
  FILTER (?doc = ?target || ?number = ?target_number)
  OPTIONAL { ?doc eli:date_document ?dated }
  OPTIONAL { ?doc gz:promulgates ?instrument .
             OPTIONAL { ?instrument eli:first_date_entry_in_force ?start }
             OPTIONAL { ?instrument eli:date_no_longer_in_force ?end }
             OPTIONAL { ?instrument gz:startRule ?rule }
             OPTIONAL { ?instrument gz:validity ?term } }
  OPTIONAL { ?doc eli:date_no_longer_in_force ?ended }
  OPTIONAL { ?by eli:repeals ?doc OPTIONAL { ?by gz:docNumber ?by_number } }
}
"""


@dataclass
class Status:
    document: URIRef | None
    number: str | None
    at: str
    in_force: bool | None  # None: the graph does not say enough
    reasons: list[str] = field(default_factory=list)


def status(store: Store, document: str, at: dt.date) -> Status:
    """The status of ``document`` (its number or IRI) at ``at``."""
    target = URIRef(document) if document.startswith("http") else URIRef("urn:none")
    rows = store.select(_QUERY.replace("?target_number", Literal(document).n3()).replace("?target", target.n3()))
    day = at.isoformat()
    if not rows:
        return Status(None, None, day, None, [f"no document {document} in the store"])
    doc, number = rows[0]["doc"], str(rows[0]["number"])
    starts = sorted({str(r["start"]) for r in rows if r.get("start")}) or sorted({str(r["dated"]) for r in rows if r.get("dated")})
    ends = sorted({str(r["end"]) for r in rows if r.get("end")} | {str(r["ended"]) for r in rows if r.get("ended")})
    repealers = sorted({str(r.get("by_number") or r["by"]) for r in rows if r.get("by")})
    rules = sorted({str(r["rule"]) for r in rows if r.get("rule")})
    terms = sorted({str(r["term"]) for r in rows if r.get("term")})
    reasons = [f"in force from {starts[0]}" + (f" (start rule: {', '.join(rules)})" if rules else "")] if starts else []
    if terms:
        reasons.append(f"term of validity as written: {', '.join(terms)}")
    ended = [e for e in ends if e <= day]
    if ended:
        why = f"repealed by {', '.join(repealers)}" if repealers else "its term of validity ended"
        return Status(doc, number, day, False, reasons + [f"no longer in force from {ended[0]} ({why})"])
    if not starts:
        return Status(doc, number, day, None, ["no start date is known"])
    if day < starts[0]:
        return Status(doc, number, day, False, [f"not yet in force: takes effect {starts[0]}"])
    if ends:
        reasons.append(f"in force until the day before {ends[0]}")
    if repealers:
        reasons.append(f"repealed by {', '.join(repealers)} (repeal date unknown)")
        return Status(doc, number, day, None, reasons)
    return Status(doc, number, day, True, reasons)
