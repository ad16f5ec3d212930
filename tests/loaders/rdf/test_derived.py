"""What the derived graph takes from one issue, computed from its triples (the whole store's derivation
is held to the same triples in tests/loaders/test_derive.py)."""

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, RDF

from gazette_kg.loaders.rdf import derived as derived_module
from gazette_kg.loaders.rdf.mapping import GZ, issue_triples, role_concept
from gazette_kg.loaders.rdf.terms import ntriples_text
from tests.conftest import BASE
from tests.seeds import parsed_seed

EX = "https://example.org/"


def _iri(name: str) -> URIRef:
    return URIRef(EX + name)


def _read(triples: set[tuple[str, str, str]]) -> set:
    return set(Graph().parse(data=ntriples_text(triples), format="nt"))


def issue_derived(triples: set) -> set:
    """The derived facts of rdflib triples, as rdflib triples (the derivation works in N-Triples terms)."""
    return _read(derived_module.issue_derived({tuple(term.n3() for term in triple) for triple in triples}))


def test_a_body_counts_named_leaders_in_roles_the_vocabulary_labels():
    body = _iri("body")
    triples = set()
    for person, role, named in [("a", "组长", True), ("b", "副组长", False), ("c", "联络员", True)]:
        membership = _iri(f"m-{person}")
        triples |= {
            (body, GZ.leader, membership),
            (membership, ORG.member, _iri(person)),
            (membership, ORG.role, role_concept(role)),
        }
        if named:
            triples.add((_iri(person), FOAF.name, Literal(person)))
    derived = issue_derived(triples)
    # b has no name; 联络员 is no leading role of the vocabulary
    assert {o for s, p, o in derived if p == GZ.countedLeader} == {_iri("a")}
    assert {o for s, p, o in derived if p == GZ.edgeLeader} == {_iri("a"), _iri("b"), _iri("c")}


def test_each_task_line_names_its_agencies():
    doc, task, other = _iri("doc"), _iri("task"), _iri("task2")
    triples = {
        (task, GZ.responsibilityIn, doc),
        (task, GZ.sourceLine, Literal(12)),
        (task, GZ.responsibleAgency, _iri("finance")),
        (other, GZ.responsibilityIn, doc),
        (other, GZ.sourceLine, Literal(12)),
        (other, GZ.responsibleAgency, _iri("tax")),
    }
    place = URIRef(f"{doc}/line/12")
    derived = issue_derived(triples)
    assert {o for s, p, o in derived if s == place and p == GZ.namesResponsible} == {_iri("finance"), _iri("tax")}
    assert {s for s, p, o in derived if p == GZ.onLine and o == place} == {task, other}


def test_a_personnel_event_without_a_date_has_an_edge_without_one():
    event = _iri("event")
    triples = {
        (event, RDF.type, GZ.Appointment),
        (event, GZ.person, _iri("official")),
        (event, GZ.post, _iri("post")),
        (event, GZ.decidedBy, _iri("doc")),
    }
    derived = issue_derived(triples)
    assert {(p, o) for s, p, o in derived if p == GZ.edgeEvent} == {(GZ.edgeEvent, Literal("Appointment"))}
    assert not [t for t in derived if t[1] == GZ.edgeDate]
    # the general class is no kind of event of its own (only its subclasses are)
    triples = (triples - {(event, RDF.type, GZ.Appointment)}) | {(event, RDF.type, GZ.PersonnelEvent)}
    assert not issue_derived(triples)


def test_a_seed_gives_every_kind_of_fact():
    derived = _read(derived_module.issue_derived(issue_triples(parsed_seed("2018-2").to_dict(), BASE)))
    used = {p for _, p, _ in derived}
    assert {GZ.onLine, GZ.namesResponsible, GZ.edgeLeader, GZ.countedLeader, GZ.edgeCiting} <= used
