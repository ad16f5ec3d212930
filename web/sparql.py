"""``/sparql``: the SPARQL 1.1 Protocol, read-only, with YASGUI for browsers.

GET with ``query=``, POST form-encoded or with the query as the body
(``application/sparql-query``); results as SPARQL JSON/XML/CSV/TSV, graphs as Turtle,
N-Triples, JSON-LD or RDF/XML, chosen by ``Accept`` (or ``format=``). Updates are refused,
SERVICE too; every query runs in a worker that is stopped at the time limit, and results
stop at the row cap with an ``X-Result-Truncated`` header.
"""

from __future__ import annotations

from flask import Blueprint, Response, current_app, render_template, request

from gazette_kg.web.guard import Refused, check_query

blueprint = Blueprint("sparql", __name__)

RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "ttl", "application/n-triples": "nt", "application/ld+json": "jsonld",
    "application/rdf+xml": "xml", "text/plain": "nt",
}
SHORT_NAMES = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "ttl": "ttl", "turtle": "ttl",
               "nt": "nt", "jsonld": "jsonld", "rdfxml": "xml"}


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


def _formats() -> tuple[str, str]:
    """(results format, graph format) from format= or the Accept header."""
    asked = request.values.get("format") or request.values.get("output")
    if asked in SHORT_NAMES:
        name = SHORT_NAMES[asked]
        return (name if name in ("json", "xml", "csv", "tsv") else "json"), (name if name in GRAPH_TYPES.values() else "ttl")
    accept = request.accept_mimetypes
    result = RESULT_TYPES.get(accept.best_match(list(RESULT_TYPES)) or "", "json")
    graph = GRAPH_TYPES.get(accept.best_match(list(GRAPH_TYPES)) or "", "ttl")
    return result, graph


def _wants_page() -> bool:
    """A browser asking for /sparql without a query gets YASGUI."""
    accept = request.accept_mimetypes
    html = accept["text/html"]
    return request.method == "GET" and "query" not in request.args and html > 0 and html >= accept["application/sparql-results+json"]


@blueprint.route("/sparql", methods=["GET", "POST", "OPTIONS"])
def endpoint():
    if request.method == "OPTIONS":
        return Response(status=204, headers=_cors())
    if _wants_page():
        return render_template("yasgui.html")
    query = _query_text()
    if not query.strip():
        raise Refused("the query is empty", 400)
    check_query(query)
    result_format, graph_format = _formats()
    executor = current_app.extensions["executor"]
    dataset = (request.args.getlist("default-graph-uri") + request.form.getlist("default-graph-uri"),
               request.args.getlist("named-graph-uri") + request.form.getlist("named-graph-uri"))
    # relative IRIs in a query resolve against the endpoint's own URL
    result = executor.run(query, f"{result_format}|{graph_format}", dataset=dataset if any(dataset) else None,
                          base=request.base_url)
    headers = {"Content-Type": result.media_type, **(_cors() if request.method == "GET" else {})}
    if result.truncated:
        headers["X-Result-Truncated"] = f"true; only the first {result.rows} results (max_results)"
    return Response(result.body, headers=headers)


def _cors() -> dict:
    return {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
            "Access-Control-Allow-Headers": "Accept, Content-Type"}
