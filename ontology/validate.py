"""SHACL validation of the graph with pyshacl, reported one readable line per violation.

A store is validated one issue graph at a time: provenance (gz:statedIn, gz:sourceLine) is
complete within the issue that states a fact, while a document or coordination body printed
in two issues rightly has two of each in the union of the graphs.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from pyshacl import validate as shacl_validate
from rdflib import Graph
from rdflib.namespace import RDF, SH

from gazette_kg.ontology import ONTOLOGY_FILE, SHAPES_FILE, VOCABULARIES_FILE
from gazette_kg.sparql_text import bind, load_query
from gazette_kg.store.base import Store
from gazette_kg.vocabulary import INFERRED_GRAPH, VOCABULARY_GRAPH


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str | None
    message: str
    shape: str
    graph: str | None = None

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        graph = f" (graph <{self.graph}>)" if self.graph else ""
        return f"{self.focus}{where}: {self.message} [{self.shape}]{graph}"


def shapes_graph() -> Graph:
    return Graph().parse(SHAPES_FILE)


def ontology_graph() -> Graph:
    graph = Graph().parse(ONTOLOGY_FILE)
    graph.parse(VOCABULARIES_FILE)
    return graph


def validate_graph(data: Graph, shapes: Graph | None = None) -> list[Violation]:
    """Violations of the shapes by ``data``; [] when it conforms.

    The ontology and vocabularies are validated together with the data (pyshacl mixes an
    ``ont_graph`` in only when it infers), so sh:class sees the class hierarchy and a
    concept's scheme even when ``data`` is one issue's graph without them.
    """
    combined = ontology_graph()
    combined += data
    conforms, report, _ = shacl_validate(
        combined,
        shacl_graph=shapes or shapes_graph(),
        inference="none",
        advanced=True,
        allow_warnings=True,
    )
    if conforms:
        return []
    violations = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        path = report.value(result, SH.resultPath)
        violations.append(
            Violation(
                focus=str(report.value(result, SH.focusNode)),
                path=str(path) if path is not None else None,
                message=str(report.value(result, SH.resultMessage) or "violation"),
                shape=str(report.value(result, SH.sourceShape)),
            )
        )
    return sorted(violations, key=lambda v: (v.focus, v.path or ""))


def validate_store(store: Store) -> list[Violation]:
    """Violations in every issue graph of ``store`` (the vocabulary and inference graphs are not data)."""
    shapes = shapes_graph()
    violations = []
    for graph in sorted(set(store.graphs()) - {VOCABULARY_GRAPH, INFERRED_GRAPH}):
        data = store.construct(bind(load_query("gazette_kg.ontology", "graph"), graph=graph))
        violations += [replace(v, graph=str(graph)) for v in validate_graph(data, shapes)]
    return violations
