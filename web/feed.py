"""An Atom 1.0 change feed of the documents in the graph: ``/feed.atom``, per issuer and per genre.

``?issuer=IRI`` and ``?genre=IRI`` narrow it. The feed's id is under the base IRI and an
entry's id is the document's IRI, so both stay the same across hosts and reloads; ``published`` is the signing date and ``updated`` the
publication date of the gazette issue it appeared in (the graph records no load time, and
a reload must not change it), else the signing date. Conditional GET: ``ETag`` (a digest
of the feed) and ``Last-Modified`` (its newest entry) give 304 when nothing changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from urllib.parse import urlencode
from xml.etree import ElementTree as ET

from flask import Blueprint, Response, request
from rdflib import URIRef

from gazette_kg.store import Refused
from gazette_kg.web.data import local_link, page_query, rows, settings
from gazette_kg.web.i18n import current_language, translate
from gazette_kg.web.labels import labels

blueprint = Blueprint("feed", __name__)
ATOM = "http://www.w3.org/2005/Atom"
ENTRIES = 500
FILTERS = ("issuer", "genre")  # the IRI of an agency, of a genre
IRI = re.compile(r"https?://[^\s<>\"{}|\\^`]+")


def _stamp(day: str | None) -> str:
    return f"{day or '1970-01-01'}T00:00:00Z"


def _filters() -> dict[str, str]:
    """The ?issuer= and ?genre= given; a value that is not an IRI is refused (400)."""
    given = {name: request.args[name] for name in FILTERS if request.args.get(name)}
    for name, value in given.items():
        if not IRI.fullmatch(value):
            raise Refused(f"{name}= takes the IRI of an {'agency' if name == 'issuer' else 'genre'}", 400)
    return given


def _element(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    child = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
    if text is not None:
        child.text = text
    return child


def build_feed(root: str, filters: dict[str, str], lang: str) -> tuple[bytes, str]:
    """The feed's XML and its newest ``updated`` date (YYYY-MM-DD)."""
    found = rows(page_query("feed", **{name: URIRef(filters[name]) if name in filters else None for name in FILTERS}))
    entries = sorted(
        ({key: (str(value) if value is not None else None) for key, value in row.items()} for row in found),
        key=lambda e: (e["issued"] or e["signed"] or "", e["doc"]),
        reverse=True,
    )[:ENTRIES]
    names = labels([e["issue"] for e in entries] + [e["kind"] for e in entries if e["kind"]] + list(filters.values()), lang)
    newest = max((e["issued"] or e["signed"] or "" for e in entries), default="") or "1970-01-01"
    query = urlencode(sorted(filters.items()))
    self_link = f"{root}/feed.atom" + (f"?{query}" if query else "")
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": lang})
    _element(feed, "id", settings()["base_iri"] + "feed.atom" + (f"?{query}" if query else ""))
    title = translate("site") + "".join(f" · {names.get(v, v)}" for _, v in sorted(filters.items()))
    _element(feed, "title", title)
    _element(feed, "updated", _stamp(newest))
    _element(_element(feed, "author"), "name", translate("site"))
    _element(feed, "link", rel="self", href=self_link, type="application/atom+xml")
    _element(feed, "link", rel="alternate", href=f"{root}/", type="text/html")
    for entry in entries:
        item = _element(feed, "entry")
        _element(item, "id", entry["doc"])
        _element(item, "title", " ".join(v for v in (entry["number"], entry["title"]) if v))
        _element(item, "link", rel="alternate", href=root + local_link(entry["doc"]), type="text/html")
        _element(item, "updated", _stamp(entry["issued"] or entry["signed"]))
        if entry["signed"]:
            _element(item, "published", _stamp(entry["signed"]))
        if entry["kind"]:
            _element(item, "category", term=entry["kind"], label=names.get(entry["kind"], entry["kind"]))
        where = names.get(entry["issue"], entry["issue"]) + (f", {translate('page_n', n=entry['page'])}" if entry["page"] else "")
        _element(item, "summary", f"{translate('published')}: {where}")
    ET.register_namespace("", ATOM)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True), newest


@blueprint.route("/feed.atom")
def feed() -> Response:
    body, newest = build_feed(request.url_root.rstrip("/"), _filters(), current_language())
    response = Response(body, mimetype="application/atom+xml")
    response.set_etag(hashlib.sha256(body).hexdigest()[:32])
    response.last_modified = dt.datetime.fromisoformat(newest).replace(tzinfo=dt.timezone.utc)
    response.cache_control.public = True
    response.cache_control.max_age = 300
    return response.make_conditional(request)
