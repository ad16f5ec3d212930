"""Linked data out: full dumps, the ontology as HTML and Turtle, VoID, and a listing of resources."""

from __future__ import annotations

from flask import Blueprint, Response, abort, render_template, request, send_file
from rdflib import Graph
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, VOID

from gazette_kg.ontology import ONTOLOGY_FILE, VOCABULARIES_FILE
from gazette_kg.sparql_text import load_query
from gazette_kg.store import Refused
from gazette_kg.store.dumps import dump_folder, dump_path
from gazette_kg.store.export import FORMATS
from gazette_kg.vocabulary import ELI, GZ, ORG, RDF_CONTENT_TYPES, RDF_FORMATS, RDFLIB_FORMATS
from gazette_kg.web.data import page_number, page_query, rows, settings
from gazette_kg.web.i18n import current_language, translate
from gazette_kg.web.resources import resource_iri

blueprint = Blueprint("linkeddata", __name__)
# The formats /ontology.<fmt> is offered in
ONTOLOGY_FORMATS = ("ttl", "xml", "jsonld", "nt")


@blueprint.route("/dump.<fmt>")
def dump(fmt: str):
    """The dump written at the last load, as a file: ETag, Last-Modified and Range come with it."""
    if fmt not in FORMATS:
        abort(404)
    path = dump_path(dump_folder(str(settings()["store"]), settings().get("dump_dir")), fmt)
    if not path.is_file():
        raise Refused(translate("no_dump"), 404)
    return send_file(
        path,
        mimetype=RDF_CONTENT_TYPES[fmt],
        as_attachment=True,
        download_name=path.name,
        conditional=True,
        etag=True,
        max_age=300,
    )


def _ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE).parse(VOCABULARIES_FILE)


@blueprint.route("/ontology")
@blueprint.route("/ontology.<fmt>")
def ontology(fmt: str | None = None):
    offered = {RDF_FORMATS[name]: name for name in ONTOLOGY_FORMATS if name != "nt"}  # N-Triples by suffix only
    wants = fmt or offered.get(request.accept_mimetypes.best_match(["text/html", *offered]) or "")
    if wants:
        if wants not in ONTOLOGY_FORMATS:
            abort(404)
        return Response(_ontology().serialize(format=RDFLIB_FORMATS[wants]), headers={"Content-Type": RDF_CONTENT_TYPES[wants]})
    graph = _ontology()
    lang = current_language()

    def text(term, predicate):
        values = list(graph.objects(term, predicate))
        preferred = [v for v in values if getattr(v, "language", None) == lang] or values
        return str(preferred[0]) if preferred else ""

    sections = []
    for kind, key in (
        (OWL.Class, "classes"),
        (OWL.ObjectProperty, "object_properties"),
        (OWL.DatatypeProperty, "datatype_properties"),
    ):
        terms = sorted(t for t in graph.subjects(RDF.type, kind) if t in GZ)
        sections.append(
            (
                key,
                [
                    {
                        "name": str(t).split("#")[1],
                        "iri": str(t),
                        "label": text(t, RDFS.label),
                        "definition": text(t, SKOS.definition),
                        "parents": [
                            str(p) for p in list(graph.objects(t, RDFS.subClassOf)) + list(graph.objects(t, RDFS.subPropertyOf))
                        ],
                    }
                    for t in terms
                ],
            )
        )
    return render_template("ontology.html", sections=sections)


@blueprint.route("/.well-known/void")
def void():
    base = settings()["base_iri"]
    # the default graph, the merge of the issue graphs: each triple once, as the endpoint counts it
    counts = rows(page_query("void-counts"))[0]
    classes = rows(load_query("gazette_kg.store", "classes"))
    root = request.url_root.rstrip("/")
    lines = [
        f"@prefix void: <{VOID}> .",
        f"@prefix dcterms: <{DCTERMS}> .",
        "",
        f"<{root}/.well-known/void#dataset> a void:Dataset ;",
        '    dcterms:title "Gazette knowledge graph"@en , "政府公报知识图谱"@zh ;',
        f'    void:uriSpace "{base}" ;',
        f"    void:sparqlEndpoint <{root}/sparql> ;",
        f"    void:dataDump <{root}/dump.nq> , <{root}/dump.ttl> ;",
        f"    void:vocabulary <{GZ}> , <{ELI}> , <{ORG}> ;",
        f"    void:triples {int(counts['triples'])} ;",
        f"    void:distinctSubjects {int(counts['subjects'])} ;",
    ]
    lines += [f"    void:classPartition [ void:class <{r['class']}> ; void:entities {int(r['n'])} ] ;" for r in classes]
    lines[-1] = lines[-1].rstrip(" ;") + " ."
    return Response("\n".join(lines) + "\n", headers={"Content-Type": RDF_CONTENT_TYPES["ttl"]})


@blueprint.route("/resources")
def resources():
    chosen = resource_iri(request.args.get("class", str(GZ.Document)))
    page = page_number()
    size = int(settings()["page_size"])
    classes = rows(page_query("ontology-classes"))
    listed = rows(page_query("resources", type=chosen, limit=size + 1, offset=page * size))
    return render_template(
        "resources.html", classes=classes, chosen=str(chosen), listed=listed[:size], page=page, more=len(listed) > size
    )
