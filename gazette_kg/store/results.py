"""A query's answer as bytes in the asked format, cut at a row cap, the same for every backend.

Solutions arrive as SPARQL-JSON term dicts (``{"type": "uri", "value": …}``), whether they
came from pyoxigraph or from a server's JSON; graphs as pyoxigraph triples. The writers take
the first ``cap`` rows or triples and say whether more were left, which neither pyoxigraph's
serialisers nor a server's answer can.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from gazette_kg.store.formats import CONTENT_TYPES
from gazette_kg.vocabulary import PREFIXES, RDF_FORMATS

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass(frozen=True)
class QueryResult:
    body: bytes
    media_type: str
    kind: str  # select | ask | graph
    rows: int
    truncated: bool


def take(items: Iterable, cap: int | None) -> tuple[list, bool]:
    """The first ``cap`` items (all if ``cap`` is None) and whether any were left over."""
    kept = []
    for item in items:
        if cap is not None and len(kept) == cap:
            return kept, True
        kept.append(item)
    return kept, False


def term_json(term) -> dict | None:
    """A pyoxigraph term as a SPARQL-JSON term dict."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}  # RDF-star triples, shown as text


def _ntriples_term(term: dict) -> str:
    """A term dict in N-Triples syntax, as TSV results write it."""
    value = term["value"]
    if term["type"] == "uri":
        return f"<{value}>"
    if term["type"] == "bnode":
        return f"_:{value}"
    text = (
        '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"'
    )
    if "xml:lang" in term:
        return f"{text}@{term['xml:lang']}"
    return f"{text}^^<{term['datatype']}>" if term.get("datatype") else text


def _select_json(variables: list[str], rows: list[dict]) -> bytes:
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": rows}}, ensure_ascii=False).encode("utf-8")


def _xml_term(term: dict) -> str:
    if term["type"] == "uri":
        return f"<uri>{escape(term['value'])}</uri>"
    if term["type"] == "bnode":
        return f"<bnode>{escape(term['value'])}</bnode>"
    attrs = (
        f" xml:lang={quoteattr(term['xml:lang'])}"
        if "xml:lang" in term
        else f" datatype={quoteattr(term['datatype'])}"
        if term.get("datatype")
        else ""
    )
    return f"<literal{attrs}>{escape(term['value'])}</literal>"


def _select_xml(variables: list[str], rows: list[dict]) -> bytes:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
    out += [f"<variable name={quoteattr(v)}/>" for v in variables]
    out.append("</head>\n<results>")
    for row in rows:
        out.append("<result>")
        out += [f"<binding name={quoteattr(v)}>{_xml_term(row[v])}</binding>" for v in variables if v in row]
        out.append("</result>")
    out.append("</results>\n</sparql>\n")
    return "".join(out).encode("utf-8")


def _select_csv(variables: list[str], rows: list[dict]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow([row[v]["value"] if v in row else "" for v in variables])
    return buffer.getvalue().encode("utf-8")


def _select_tsv(variables: list[str], rows: list[dict]) -> bytes:
    lines = ["\t".join("?" + v for v in variables)]
    lines += ["\t".join(_ntriples_term(row[v]) if v in row else "" for v in variables) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


_SELECT_WRITERS = {"json": _select_json, "xml": _select_xml, "csv": _select_csv, "tsv": _select_tsv}


def select_result(fmt: str, variables: list[str], rows: Iterable[dict], cap: int | None) -> QueryResult:
    """SELECT solutions (term dicts by variable, unbound ones absent) written in ``fmt``."""
    kept, truncated = take(rows, cap)
    return QueryResult(_SELECT_WRITERS[fmt](variables, kept), CONTENT_TYPES["results"][fmt], "select", len(kept), truncated)


def ask_result(fmt: str, value: bool) -> QueryResult:
    word = "true" if value else "false"
    if fmt == "xml":
        body = (
            f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
            f"<boolean>{word}</boolean></sparql>\n"
        )
    elif fmt in ("csv", "tsv"):
        body = ("_askResult\r\n" if fmt == "csv" else "?_askResult\n") + word + "\n"
    else:
        body = json.dumps({"head": {}, "boolean": value})
    return QueryResult(body.encode("utf-8"), CONTENT_TYPES["results"][fmt], "ask", 1, False)


def graph_result(fmt: str, triples: Iterable, cap: int | None) -> QueryResult:
    """CONSTRUCT or DESCRIBE triples (pyoxigraph's) written in ``fmt``."""
    kept, truncated = take(triples, cap)
    body = ox.serialize(kept, format=ox.RdfFormat.from_media_type(RDF_FORMATS[fmt]), prefixes=PREFIXES if fmt == "ttl" else None)
    return QueryResult(body, CONTENT_TYPES["graph"][fmt], "graph", len(kept), truncated)
