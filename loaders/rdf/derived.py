"""What the derived graph takes from one issue alone, computed from that issue's triples where it is
mapped (in a loader's worker process); the writer adds it after the issues.

Three kinds of derived facts depend on one issue graph and nothing else (``loaders/derive.py`` says
what the derived graph is for): the lines that assign tasks, with the agencies each names; the edges of
the citation, bodies and officials networks; and the leaders counted for each coordination body. Read
by SPARQL after the load, they took a third of a 1,000-issue load's derivation; here they cost a few
milliseconds an issue beside its mapping. The same facts are read from the whole store, for a derivation
afresh, by ``sparql/derive-lines.rq``, ``derive-edges.rq`` and ``derive-counted-leaders.rq``: the two
ways must give the same triples (``tests/loaders/test_derive.py`` holds them to it).

What this needs beyond the issue — which roles have a Chinese label, which classes are personnel events
— it reads from the vocabulary graph, as the queries read it from the store.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

from rdflib import Literal, URIRef
from rdflib.namespace import FOAF, ORG, RDF, RDFS, SKOS
from rdflib.term import Identifier

from gazette_kg.loaders.rdf.mapping import GZ, Triple, vocabulary_graph
from gazette_kg.vocabulary import DERIVED_GRAPH


@cache
def _vocabulary() -> tuple[frozenset[Identifier], frozenset[Identifier]]:
    """The roles with a Chinese label, and the classes of personnel events (direct subclasses, as the queries read them)."""
    graph = vocabulary_graph()
    roles = frozenset(s for s, label in graph.subject_objects(SKOS.prefLabel) if getattr(label, "language", None) == "zh")
    events = frozenset(graph.subjects(RDFS.subClassOf, GZ.PersonnelEvent))
    return roles, events


# The predicates the derived facts are read from.
_READ = frozenset(
    {
        GZ.responsibilityIn,
        GZ.sourceLine,
        GZ.responsibleAgency,
        RDF.type,
        GZ.citingDocument,
        GZ.citedDocument,
        GZ.leader,
        ORG.member,
        ORG.role,
        FOAF.name,
        GZ.person,
        GZ.post,
        GZ.decidedBy,
        GZ.eventDate,
    }
)


class _Index:
    """The issue's triples of the predicates read here: for each predicate, the values of each subject."""

    def __init__(self, triples: Iterable[Triple]) -> None:
        self.by: dict[URIRef, dict[Identifier, list[Identifier]]] = {p: defaultdict(list) for p in _READ}
        for s, p, o in triples:
            if p in _READ:
                self.by[p][s].append(o)

    def values(self, subject: Identifier, predicate: URIRef) -> list[Identifier]:
        return self.by[predicate].get(subject, [])

    def pairs(self, predicate: URIRef) -> Iterable[tuple[Identifier, Identifier]]:
        return ((s, o) for s, values in self.by[predicate].items() for o in values)


def issue_derived(triples: Iterable[Triple]) -> set[Triple]:
    """The derived graph's facts of one issue, from its triples (``mapping.issue_triples``)."""
    index = _Index(triples)
    derived: set[Triple] = set()
    derived |= _lines(index)
    derived |= _citations(index)
    derived |= _leaders(index)
    derived |= _events(index)
    return derived


def _lines(index: _Index) -> set[Triple]:
    """Each line that assigns tasks (<document>/line/<n>): the agencies it names, and the tasks on it."""
    out: set[Triple] = set()
    for task, doc in index.pairs(GZ.responsibilityIn):
        for line in index.values(task, GZ.sourceLine):
            place = URIRef(f"{doc}/line/{line}")
            out.add((task, GZ.onLine, place))
            out.update((place, GZ.namesResponsible, agency) for agency in index.values(task, GZ.responsibleAgency))
    return out


def _citations(index: _Index) -> set[Triple]:
    out: set[Triple] = set()
    for citation, citing in index.pairs(GZ.citingDocument):
        if GZ.Citation in index.values(citation, RDF.type):
            for cited in index.values(citation, GZ.citedDocument):
                out |= {(citation, GZ.edgeCiting, citing), (citation, GZ.edgeTarget, cited)}
    return out


def _leaders(index: _Index) -> set[Triple]:
    """The bodies network's edges (a leading membership from the leader to the body, with its role),
    and the leaders counted for each body: members with a name, in a role with a Chinese label."""
    roles, _ = _vocabulary()
    out: set[Triple] = set()
    for body, membership in index.pairs(GZ.leader):
        for person in index.values(membership, ORG.member):
            out |= {(membership, GZ.edgeLeader, person), (membership, GZ.edgeTarget, body)}
            held = index.values(membership, ORG.role)
            out.update((membership, GZ.edgeRole, role) for role in held)
            if index.values(person, FOAF.name) and any(role in roles for role in held):
                out.add((body, GZ.countedLeader, person))
    return out


def _events(index: _Index) -> set[Triple]:
    """The officials network's edges: one resource per way the issue states a personnel event."""
    _, kinds = _vocabulary()
    out: set[Triple] = set()
    for event, official in index.pairs(GZ.person):
        for kind in index.values(event, RDF.type):
            if kind not in kinds:
                continue
            name = str(kind).partition("#")[2]
            for post in index.values(event, GZ.post):
                for doc in index.values(event, GZ.decidedBy):
                    for date in index.values(event, GZ.eventDate) or [None]:
                        day = "" if date is None else str(date)
                        key = f"{event} {official} {post} {name} {doc} {day}"
                        edge = URIRef(f"{DERIVED_GRAPH}/officials/{hashlib.sha1(key.encode('utf-8')).hexdigest()}")
                        out |= {
                            (edge, GZ.edgeFact, event),
                            (edge, GZ.edgeOfficial, official),
                            (edge, GZ.edgeTarget, post),
                            (edge, GZ.edgeEvent, Literal(name)),
                            (edge, GZ.edgeDocument, doc),
                        }
                        if date is not None:
                            out.add((edge, GZ.edgeDate, Literal(day)))
    return out
