"""Home, search and the saved-query pages (a form from the parameters, results, downloads)."""

from __future__ import annotations

import json
from urllib.parse import urlencode

from flask import Blueprint, Response, abort, render_template, request
from rdflib import XSD, Literal, URIRef

from gazette_kg.queries.catalog import get_query, load_catalog
from gazette_kg.queries.run import CONTROL, ParameterError, bind
from gazette_kg.sparql_text import load_query
from gazette_kg.store import Refused
from gazette_kg.vocabulary import RESULT_FORMATS
from gazette_kg.web.data import page_query, rows, run, settings, short
from gazette_kg.web.i18n import boolean_text, column_label, current_language
from gazette_kg.web.labels import labels

blueprint = Blueprint("catalog", __name__)
DOWNLOADS = {name: RESULT_FORMATS[name] for name in ("csv", "tsv", "json")}
LABELLED = 2000  # result IRIs named by their labels; the rest show their short form


def counts() -> dict[str, int]:
    [row] = rows(page_query("counts"))
    # the default graph: the merge of the issue graphs, each triple once (as COUNT(*) on /sparql, VoID and `stats`)
    [total] = rows(load_query("gazette_kg.store", "triples"))
    return {**{k: int(v) for k, v in row.items()}, "triples": int(total["n"])}


@blueprint.route("/")
def home():
    return render_template("home.html", counts=counts(), queries=load_catalog())


@blueprint.route("/search")
def search():
    text = request.args.get("q", "").strip()
    if CONTROL.search(text):
        raise Refused("the search text holds a control character", 400)
    found = []
    if text:
        found = rows(page_query("search", needle=Literal(text), limit=int(settings()["search_limit"])))
    return render_template("search.html", q=text, found=found)


@blueprint.route("/queries")
def queries():
    return render_template("queries.html", queries=load_catalog())


@blueprint.route("/queries/<name>")
def saved(name: str):
    try:
        query = get_query(name)
    except KeyError:
        abort(404)
    values = {p.name: request.args.get(p.name, p.default or "") for p in query.parameters}
    try:
        sparql = bind(query, values, most=int(settings()["max_results"]))
    except ParameterError as err:
        raise Refused(str(err), 400) from None
    fmt = request.args.get("_format") or _accepted_download()
    if fmt in DOWNLOADS:
        result = run(sparql, DOWNLOADS[fmt])
        filename = f"{name}.{fmt}"
        return Response(
            result.body, headers={"Content-Type": result.media_type, "Content-Disposition": f'attachment; filename="{filename}"'}
        )
    if fmt:
        raise Refused(f"unknown format {fmt[:40]!r}; choose one of {', '.join(DOWNLOADS)}", 406)
    result = run(sparql, DOWNLOADS["json"])
    data = json.loads(result.body)
    columns = data["head"]["vars"]
    table = [[_term(b.get(c)) for c in columns] for b in data["results"]["bindings"]]
    iris = list(dict.fromkeys(str(v) for row in table for v in row if isinstance(v, URIRef)))[:LABELLED]
    names = labels(iris, current_language())
    permalink = f"/queries/{name}?{urlencode(values)}"
    return render_template(
        "query.html",
        query=query,
        values=values,
        sparql=sparql,
        columns=columns,
        table=table,
        truncated=result.truncated,
        permalink=permalink,
        downloads=DOWNLOADS,
        query_string=urlencode(values),
        column_label=column_label,
        boolean_text=boolean_text,
        name=lambda term: names.get(str(term)) or short(str(term)),
        BOOLEAN=XSD.boolean,
    )


def _accepted_download() -> str | None:
    """A download format asked for by ``Accept`` (text/csv, …) rather than ``_format``."""
    best = request.accept_mimetypes.best_match(["text/html", *DOWNLOADS.values()])
    if best == "text/html" or best is None or request.accept_mimetypes[best] <= request.accept_mimetypes["text/html"]:
        return None
    return next(fmt for fmt, media in DOWNLOADS.items() if media == best)


def _term(binding: dict | None):
    if binding is None:
        return None
    if binding["type"] == "uri":
        return URIRef(binding["value"])
    return Literal(binding["value"], lang=binding.get("xml:lang"), datatype=binding.get("datatype"))
