"""OWL reasoning with owlready2 and HermiT: consistency, and inferences kept apart.

The ontology and the data go to HermiT; what it adds — inverse properties, the
transitive ``gz:within``, class memberships implied by subclasses and domains — and the
links from confirmations to the probationary appointments they end are
written into their own named graph, so asserted and inferred facts never mix and a reload
of the inferences replaces only them. HermiT knows the OWL 2 datatype map only, so
literals of other types (xsd:date, xsd:gYear) are left out of its input; no axiom of the
ontology depends on them.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import owlready2
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from gazette_kg.sparql_text import bind, load_query
from gazette_kg.store.base import Store
from gazette_kg.vocabulary import INFERRED, INFERRED_GRAPH

_OWL2_DATATYPES = {
    XSD.string,
    XSD.integer,
    XSD.boolean,
    XSD.decimal,
    XSD.double,
    XSD.float,
    XSD.dateTime,
    XSD.nonNegativeInteger,
    XSD.anyURI,
    None,
}


@dataclass
class ReasoningReport:
    consistent: bool
    inferred: int
    seconds: float
    message: str = ""


def asserted_graph(store: Store) -> Graph:
    """Everything in the store except earlier inferences, as one graph."""
    return store.construct(bind(load_query("gazette_kg.ontology", "asserted"), inferred=INFERRED_GRAPH))


def reasoner_input(graph: Graph) -> Graph:
    kept = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and (o.language is None and o.datatype not in _OWL2_DATATYPES):
            continue
        if p == RDFS.range and isinstance(o, URIRef) and o.startswith(str(XSD)) and o not in _OWL2_DATATYPES:
            continue
        kept.add((s, p, o))
    return kept


def infer(graph: Graph) -> tuple[bool, Graph, str]:
    """(consistent, inferred triples, message) for ``graph`` under HermiT."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "input.nt"
        reasoner_input(graph).serialize(path, format="nt", encoding="utf-8")
        world = owlready2.World()
        ontology = world.get_ontology(path.as_uri()).load(format="ntriples")
        before = set(world.as_rdflib_graph())
        inferred_onto = world.get_ontology(str(INFERRED))
        try:
            with inferred_onto:
                owlready2.sync_reasoner_hermit([ontology], infer_property_values=True, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as err:
            return False, Graph(), f"inconsistent: {err}"
        inferred = Graph()
        for s, p, o in set(world.as_rdflib_graph()) - before:
            if isinstance(s, URIRef) and not str(s).startswith(str(INFERRED)) and not str(o).startswith(str(INFERRED)):
                inferred.add((s, p, o))
        inferred += superclass_memberships(graph)
        inferred += confirmed_appointments(graph)
        return True, inferred, "consistent"


def superclass_memberships(graph: Graph) -> Graph:
    """rdf:type statements implied by rdfs:subClassOf (an Appointment is a PersonnelEvent,
    a prov:Activity); owlready2 reports only the most specific classes HermiT finds."""
    ancestors: dict[URIRef, set[URIRef]] = {}
    for cls in set(graph.subjects(RDFS.subClassOf, None)):
        ancestors[cls] = {a for a in graph.transitive_objects(cls, RDFS.subClassOf) if isinstance(a, URIRef) and a != cls}
    implied = Graph()
    for individual, cls in graph.subject_objects(RDF.type):
        for ancestor in ancestors.get(cls, ()):
            if (individual, RDF.type, ancestor) not in graph:
                implied.add((individual, RDF.type, ancestor))
    return implied


def confirmed_appointments(graph: Graph) -> Graph:
    """gz:confirms from a confirmation to the probationary appointment it ends: the latest
    earlier one of the same person to the same post, usually printed in an earlier issue.
    A rule over dates, which OWL cannot state, so it runs as SPARQL beside HermiT."""
    return graph.query(load_query("gazette_kg.ontology", "confirms")).graph


def reason(store: Store) -> ReasoningReport:
    start = time.perf_counter()
    consistent, inferred, message = infer(asserted_graph(store))
    if consistent:
        store.replace_graph(INFERRED_GRAPH, inferred)
    return ReasoningReport(consistent, len(inferred), time.perf_counter() - start, message)
