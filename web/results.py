"""SPARQL results in the four standard formats, written from pyoxigraph solutions with a row cap.

The endpoint must stop at ``max_results`` rows and say so, which pyoxigraph's own
serialisers cannot; these writers take the first rows of an iterator and report whether
more were left.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
}


def term_json(term) -> dict | None:
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
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}  # RDF-star triples, shown as text


def take(solutions: Iterable, cap: int) -> tuple[list, bool]:
    rows = []
    for solution in solutions:
        if len(rows) == cap:
            return rows, True
        rows.append(solution)
    return rows, False


def select_json(variables: list[str], rows: list) -> bytes:
    bindings = [{v: t for v in variables if (t := term_json(row[v])) is not None} for row in rows]
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}, ensure_ascii=False).encode("utf-8")


def select_xml(variables: list[str], rows: list) -> bytes:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
    out += [f"<variable name={quoteattr(v)}/>" for v in variables]
    out.append("</head>\n<results>")
    for row in rows:
        out.append("<result>")
        for v in variables:
            term = term_json(row[v])
            if term is None:
                continue
            if term["type"] == "uri":
                inner = f"<uri>{escape(term['value'])}</uri>"
            elif term["type"] == "bnode":
                inner = f"<bnode>{escape(term['value'])}</bnode>"
            else:
                attrs = (f" xml:lang={quoteattr(term['xml:lang'])}" if "xml:lang" in term else
                         f" datatype={quoteattr(term['datatype'])}" if "datatype" in term else "")
                inner = f"<literal{attrs}>{escape(term['value'])}</literal>"
            out.append(f"<binding name={quoteattr(v)}>{inner}</binding>")
        out.append("</result>")
    out.append("</results>\n</sparql>\n")
    return "".join(out).encode("utf-8")


def select_csv(variables: list[str], rows: list) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow(["" if row[v] is None else (row[v].value if hasattr(row[v], "value") else str(row[v])) for v in variables])
    return buffer.getvalue().encode("utf-8")


def select_tsv(variables: list[str], rows: list) -> bytes:
    lines = ["\t".join("?" + v for v in variables)]
    for row in rows:
        lines.append("\t".join("" if row[v] is None else str(row[v]) for v in variables))
    return ("\n".join(lines) + "\n").encode("utf-8")


def boolean(value: bool, fmt: str) -> bytes:
    if fmt == "xml":
        return (f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                f"<boolean>{'true' if value else 'false'}</boolean></sparql>\n").encode("utf-8")
    if fmt in ("csv", "tsv"):
        return (("_askResult\r\n" if fmt == "csv" else "?_askResult\n") + ("true" if value else "false") + "\n").encode("utf-8")
    return json.dumps({"head": {}, "boolean": bool(value)}).encode("utf-8")


SELECT_WRITERS = {"json": select_json, "xml": select_xml, "csv": select_csv, "tsv": select_tsv}
