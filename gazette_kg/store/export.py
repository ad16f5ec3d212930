"""Linked-data exports of the store: Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML.

JSON-LD uses the published context (ontology/context.jsonld) so that exports read as
plain JSON keys; ``with_ontology`` adds the ontology and vocabularies to the output.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from rdflib import Dataset, Graph, URIRef

from gazette_kg.ontology import CONTEXT_FILE
from gazette_kg.store.base import Store
from gazette_kg.vocabulary import PREFIXES, RDF_FORMATS, RDFLIB_FORMATS, VOCABULARY_GRAPH

FORMATS = tuple(RDF_FORMATS)


def context() -> dict:
    return json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))


def export(store: Store, fmt: str, graph: URIRef | None = None, with_ontology: bool = False) -> Iterator[bytes]:
    """The store (or one issue graph) serialised in ``fmt``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt != "jsonld" and (graph is not None or with_ontology):
        if graph is not None and not with_ontology:
            yield from store.dump(fmt, graph)
            return
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    names = [graph] if graph is not None else [g for g in store.graphs() if with_ontology or g != VOCABULARY_GRAPH]
    if with_ontology and VOCABULARY_GRAPH not in names:
        names.append(VOCABULARY_GRAPH)
    for name in names:
        for chunk in store.dump("nt", name):
            dataset.graph(name).parse(data=chunk, format="nt")
    if fmt in ("nq", "trig"):
        yield dataset.serialize(format=RDFLIB_FORMATS[fmt]).encode("utf-8")
        return
    merged = Graph()
    for prefix, namespace in PREFIXES.items():
        merged.bind(prefix, namespace)
    for name in names:
        merged += dataset.graph(name)
    if fmt == "jsonld":
        yield merged.serialize(format="json-ld", context=context()["@context"], auto_compact=True).encode("utf-8")
        return
    yield merged.serialize(format=RDFLIB_FORMATS[fmt]).encode("utf-8")
