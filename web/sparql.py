"""``/sparql``: the SPARQL 1.1 Protocol, read-only, with YASGUI for browsers.

GET with ``query=``, POST form-encoded or with the query as the body
(``application/sparql-query``); results as SPARQL JSON/XML/CSV/TSV, graphs as Turtle,
N-Triples, JSON-LD or RDF/XML, chosen by ``Accept`` (or ``format=``). Updates are refused,
SERVICE too; every query runs in a worker that is stopped at the time limit, and results
stop at the row cap with an ``X-Result-Truncated`` header.
"""

from __future__ import annotations

from flask import Blueprint, Response, render_template, request

from gazette_kg.store import Refused
from gazette_kg.store.formats import GRAPH_MEDIA, RESULT_MEDIA
from gazette_kg.vocabulary import RDF_FORMATS, RESULT_FORMATS
from gazette_kg.web.data import run, settings

blueprint = Blueprint("sparql", __name__)

# format= / output= short names, for clients that cannot set Accept
SHORT_NAMES = {
    **RESULT_FORMATS,
    **{name: RDF_FORMATS[name] for name in ("ttl", "nt", "jsonld")},
    "turtle": RDF_FORMATS["ttl"],
    "rdfxml": RDF_FORMATS["xml"],
}


def _query_text() -> str:
    if request.method == "POST":
        content_type = (request.mimetype or "").lower()
        charset = request.mimetype_params.get("charset", "utf-8").lower()
        if charset not in ("utf-8", "utf8"):
            raise Refused(f"queries must be sent as UTF-8, not {charset}", 400)
        if content_type == "application/sparql-update" or "update" in request.form:
            raise Refused("this endpoint is read-only: SPARQL Update is not accepted", 403)
        if content_type == "application/sparql-query":
            return _decode(request.get_data())
        if content_type == "application/x-www-form-urlencoded":
            queries = request.form.getlist("query")
        else:
            raise Refused(f"unsupported content type {content_type or '(none)'}: send application/sparql-query or a form", 415)
    else:
        if "update" in request.args:
            raise Refused("this endpoint is read-only: SPARQL Update is not accepted", 403)
        queries = request.args.getlist("query")
    if len(queries) != 1:
        raise Refused("give exactly one query parameter", 400)
    return queries[0]


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused("the query is not UTF-8", 400) from None


def checked_size(query: str) -> str:
    """The query, if it is no longer than ``max_query_bytes``; else 413."""
    limit = int(settings()["max_query_bytes"])
    if len(query.encode("utf-8")) > limit:
        raise Refused(f"the query is longer than {limit:,} bytes", 413)
    return query


def _accept() -> str:
    """The Accept value to answer: format= or output= if given (a short name or a media type), else the header."""
    asked = request.values.get("format") or request.values.get("output")
    if asked:
        if asked in SHORT_NAMES:
            return SHORT_NAMES[asked]
        if asked in RESULT_MEDIA or asked in GRAPH_MEDIA:
            return asked
        raise Refused(f"unknown format {asked[:40]!r}; use one of {', '.join(SHORT_NAMES)}", 406)
    return request.headers.get("Accept", "")


def _wants_page() -> bool:
    """A browser asking for /sparql without a query gets YASGUI."""
    accept = request.accept_mimetypes
    html = accept["text/html"]
    return (
        request.method == "GET" and "query" not in request.args and html > 0 and html >= accept["application/sparql-results+json"]
    )


@blueprint.route("/sparql", methods=["GET", "POST", "OPTIONS"])
def endpoint():
    if request.method == "OPTIONS":
        return Response(status=204, headers=_cors())
    if _wants_page():
        return render_template("yasgui.html")
    query = checked_size(_query_text())
    if not query.strip():
        raise Refused("the query is empty", 400)
    dataset = (
        request.args.getlist("default-graph-uri") + request.form.getlist("default-graph-uri"),
        request.args.getlist("named-graph-uri") + request.form.getlist("named-graph-uri"),
    )
    # relative IRIs in a query resolve against the endpoint's own URL
    result = run(query, _accept(), dataset=dataset if any(dataset) else None, base=request.base_url, public=True)
    headers = {"Content-Type": result.media_type, **(_cors() if request.method == "GET" else {})}
    if result.truncated:
        headers["X-Result-Truncated"] = f"true; only the first {result.rows} results (max_results)"
    return Response(result.body, headers=headers)


def _cors() -> dict:
    return {
        "Access-Control-Allow-Origin": "*",
        "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        "Access-Control-Allow-Headers": "Accept, Content-Type",
    }
