"""Resource pages: every IRI under the base, readable by people and by machines.

``/id/<path>`` shows a resource's labels, types, properties and inbound links, each fact
with the issue and line it was stated in; ``Accept`` (text/turtle, application/ld+json,
application/rdf+xml, application/n-triples) or a suffix (.ttl, .jsonld, .rdf, .nt) gives
the same description as RDF. ``/resource?iri=`` does the same for IRIs outside the base.

Documents and instruments show their timeline and their status on a date (``?at=DATE``,
or the IRI form ``/id/<path>/at/DATE``, in HTML and every RDF format); agencies their
history; officials their appointments. Document pages embed schema.org JSON-LD.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from urllib.parse import urlencode

from flask import Blueprint, Response, abort, render_template, request
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql.results.jsonresults import parseJsonTerm

from gazette_kg.ontology import derived_properties
from gazette_kg.sparql_text import is_iri
from gazette_kg.store import Refused
from gazette_kg.vocabulary import ELI, GZ, PREFIXES, RDF_CONTENT_TYPES, RDF_FORMATS, RDF_SUFFIXES, RDFLIB_FORMATS, SCHEMA
from gazette_kg.web import pointintime, timeline
from gazette_kg.web.data import bindings, derived, page_number, page_query, rows, run, settings, short
from gazette_kg.web.i18n import current_language, translate
from gazette_kg.web.jsonld import legislation
from gazette_kg.web.labels import labels

blueprint = Blueprint("resources", __name__)

# The RDF formats a resource is offered in, by media type (its suffix, /id/….ttl, says the same)
MEDIA = {RDF_FORMATS[name]: name for name in RDF_SUFFIXES.values()}
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PROVENANCE = (str(GZ.statedIn), str(GZ.sourceLine))
# /id/<path>/at/<date>: a resource as it stood on a date.
AT_PATH = re.compile(r"(?P<path>.+)/at/(?P<day>\d{4}-\d{2}-\d{2})")
# Resources linking in by one property that a page names (the first by IRI); all of them are a link away,
# on /links a page at a time: an agency made responsible by 6,000 tasks lists 12 and the count.
INBOUND_SHOWN = 12
# Documents a history lists of each kind, the newest: an agency's issued and made-it-responsible
# documents (all of them on /history, a page at a time), a document's citations (all the citing documents
# on /links). The "all" link counts what the property beside each kind links in.
HISTORY_SHOWN = 20
AGENCY_DOCUMENTS_COUNTED = {"issued": str(GZ.issuedBy), "responsible": str(GZ.responsibleAgency)}


def _rdf(iri: URIRef, fmt: str, day: dt.date | None) -> Response:
    """The resource's description (with its status on ``day`` when given), prefixes bound."""
    result = run(page_query("describe", iri=iri), RDF_FORMATS["nt"])
    graph = Graph().parse(data=result.body, format="nt")
    for predicate in derived_properties():
        graph.remove((None, predicate, None))
    if not len(graph):
        abort(404)
    if day is not None:
        document = pointintime.governing_document(iri)
        if document is None:
            abort(404)
        graph += pointintime.status_graph(iri, day, pointintime.status_on(document, day))
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    graph.bind("schema", SCHEMA)
    body = graph.serialize(format=RDFLIB_FORMATS[fmt], encoding="utf-8")
    return Response(body, headers={"Content-Type": RDF_CONTENT_TYPES[fmt], "Access-Control-Allow-Origin": "*"})


def resource_iri(text: str) -> URIRef:
    """``text`` as an IRI to look up; 400 if it is none."""
    if not is_iri(text):
        raise Refused(translate("bad_iri", iri=text[:200]), 400)
    return URIRef(text)


@blueprint.route("/id/<path:rest>")
def page(rest: str):
    fmt = next((f for suffix, f in RDF_SUFFIXES.items() if rest.endswith(suffix)), None)
    if fmt:
        rest = rest[: rest.rindex(".")]
    day = pointintime.parse_day(request.args.get("at"))
    if match := AT_PATH.fullmatch(rest):
        rest, day = match["path"], pointintime.parse_day(match["day"])
        if day is None:
            abort(404)
    iri = resource_iri(settings()["base_iri"] + rest)
    return _rdf(iri, fmt, day) if fmt else _negotiate(iri, day)


@blueprint.route("/resource")
def outside():
    iri = resource_iri(request.args.get("iri", ""))
    return _negotiate(iri, pointintime.parse_day(request.args.get("at")))


def _negotiate(iri: URIRef, day: dt.date | None):
    best = request.accept_mimetypes.best_match(["text/html", *MEDIA])
    if best in MEDIA and request.accept_mimetypes[best] > request.accept_mimetypes["text/html"]:
        return _rdf(iri, MEDIA[best], day)
    if best is None and request.accept_mimetypes:
        raise Refused(translate("not_acceptable"), 406)
    return render_resource(iri, day)


def facts_query(iri: URIRef, base: str) -> str:
    """Outgoing facts, inbound links (the first few, and how many by property) and the issues (and
    lines) a resource was stated in, in one query (``?part`` says which)."""
    return page_query("facts", iri=iri, issues=Literal(base + "issue/"))


@blueprint.route("/links")
def links():
    """The resources linking to ``iri`` by the property ``p``, named, a page at a time."""
    iri, predicate = resource_iri(request.args.get("iri", "")), resource_iri(request.args.get("p", ""))
    page, size = page_number(), int(settings()["page_size"])
    query = page_query("links", iri=iri, p=predicate, limit=size + 1, offset=page * size)
    found = [] if derived(predicate) else [row["s"] for row in rows(query)]
    names = labels([str(s) for s in found[:size]] + [str(iri), str(predicate)], current_language())
    return render_template(
        "links.html",
        iri=str(iri),
        p=str(predicate),
        listed=[str(s) for s in found[:size]],
        page=page,
        more=len(found) > size,
        name=lambda term: names.get(str(term)) or short(str(term)),
    )


@blueprint.route("/history")
def agency_documents():
    """The documents an agency issued (``kind=issued``) or that made it responsible (``responsible``),
    the newest first, a page at a time."""
    iri, kind = resource_iri(request.args.get("iri", "")), request.args.get("kind", "")
    if kind not in timeline.AGENCY_DOCUMENTS:
        abort(404)
    page, size = page_number(), int(settings()["page_size"])
    found, more = timeline.agency_history(iri, size, page * size)
    events = [e for e in found if e.kind == kind]
    names = labels([str(iri)] + [v for e in events for v in (e.other, e.issue) if v], current_language())
    return render_template(
        "history.html",
        iri=str(iri),
        kind=kind,
        events=events,
        page=page,
        more=kind in more,
        name=lambda term: names.get(str(term)) or short(str(term)),
    )


def render_resource(iri: URIRef, day: dt.date | None = None):
    lang = current_language()
    facts: dict[str, list[dict]] = {"out": [], "in": [], "links": [], "source": [], "issues": []}
    for row in bindings(facts_query(iri, settings()["base_iri"])):
        if not ("p" in row and derived(row["p"]["value"])):
            facts[row["part"]["value"]].append(_fact(row))
    outgoing, inbound, provenance = facts["out"], facts["in"], facts["source"]
    if not outgoing and not inbound:
        abort(404)
    types = [str(r["o"]) for r in outgoing if str(r["p"]) == RDF_TYPE]
    properties: dict[str, list] = defaultdict(list)
    for row in outgoing:
        if str(row["p"]) not in (RDF_TYPE, *PROVENANCE):
            properties[str(row["p"])].append(row["o"])
    for values in properties.values():
        values.sort(key=lambda v: (not (isinstance(v, Literal) and v.language == lang), str(v)))
    history = _history(iri, types, properties)
    referenced: dict[str, list] = {str(r["p"]): [] for r in facts["links"]}
    for row in inbound:
        referenced.setdefault(str(row["p"]), []).append(str(row["s"]))
    referenced = {p: sorted(subjects)[:INBOUND_SHOWN] for p, subjects in referenced.items()}
    linking = {str(r["p"]): int(r["n"]) for r in facts["links"]}
    stated = {(str(r["issue"]), int(r["line"]) if r.get("line") is not None else None) for r in provenance}
    with_line = {issue for issue, line in stated if line is not None}
    sources = sorted((s for s in stated if s[1] is not None or s[0] not in with_line), key=lambda s: (s[0], s[1] or 0))
    issues = max([len({issue for issue, _ in sources})] + [int(r["n"]) for r in facts["issues"]])
    names = labels(
        [str(r["o"]) for r in outgoing if isinstance(r["o"], URIRef)]
        + [s for shown in referenced.values() for s in shown]
        + [str(r["p"]) for r in outgoing]
        + list(referenced)
        + [str(iri)]
        + [issue for issue, _ in sources[:INBOUND_SHOWN]]
        + history.iris(),
        lang,
    )
    json_ld = None
    if history.document is not None:
        json_ld = legislation(str(iri), properties, names, history.events, history.today.in_force)
    return render_template(
        "resource.html",
        iri=str(iri),
        title=names.get(str(iri), str(iri)),
        types=types,
        properties=sorted(properties.items()),
        referenced=[(p, shown, linking.get(p, len(shown))) for p, shown in sorted(referenced.items())],
        more_documents=_more_documents(iri, history, linking),
        sources=sources[:INBOUND_SHOWN],
        issues=issues,
        name=lambda term: names.get(str(term)) or short(str(term)),
        history=history,
        day=day,
        json_ld=json_ld,
        status=history.on(day) if history.document is not None else None,
        reason=lambda text: pointintime.reason_text(text, lang),
    )


def _more_documents(iri: URIRef, history: _History, linking: dict[str, int]) -> dict[str, tuple[str, int]]:
    """The kinds of documents a history lists in part: where all of them are, and how many."""
    more = {
        kind: ("/history?" + urlencode({"iri": iri, "kind": kind}), linking.get(AGENCY_DOCUMENTS_COUNTED[kind], 0))
        for kind in sorted(history.more)
    }
    if history.document == iri and linking.get(str(GZ.citedDocument), 0) > HISTORY_SHOWN:
        more["cited_by"] = ("/links?" + urlencode({"iri": iri, "p": ELI.cites}), linking.get(str(ELI.cites), 0))
    return more


def _fact(row: dict[str, dict]) -> dict:
    """A row of the facts query as the page reads it: values as text, the object of an outgoing fact
    as an rdflib term (the page shows literals with their language). Making terms of every value
    (up to 500 inbound links) was a third of a page's time."""
    found: dict = {var: term["value"] for var, term in row.items()}
    if "o" in row:
        found["o"] = parseJsonTerm(row["o"])
    return found


class _History:
    """What a resource page shows over time: a document's events and status, an agency's
    history or an official's appointments (each empty when the resource is none of these)."""

    def __init__(self, document: URIRef | None, events: list, tenures: list, more: set[str] | None = None) -> None:
        self.document, self.events, self.tenures = document, events, tenures
        self.more = more or set()  # the kinds of documents the page lists in part
        self.today = pointintime.status_on(document, dt.date.today()) if document is not None else None

    def on(self, day: dt.date | None):
        return self.today if day is None else pointintime.status_on(self.document, day)

    def iris(self) -> list[str]:
        found = [v for e in self.events for v in (e.other, e.issue) if v]
        found += [v for t in self.tenures for v in (t.post, t.document, t.issue) if v]
        return found + ([str(self.document)] if self.document is not None else [])


def _history(iri: URIRef, types: list[str], properties: dict[str, list]) -> _History:
    if str(GZ.Document) in types or str(GZ.Instrument) in types:
        document = pointintime.governing_document_among(iri, properties)
        if document is not None:
            return _History(document, timeline.document_timeline(iri, document, HISTORY_SHOWN), [])
    if str(GZ.Agency) in types:
        events, more = timeline.agency_history(iri, HISTORY_SHOWN)
        return _History(None, events, [], more)
    if str(GZ.Official) in types:
        return _History(None, [], timeline.official_timeline(iri))
    return _History(None, [], [])
