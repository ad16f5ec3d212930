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

from rdflib.namespace import FOAF as FOAF_NAMESPACE
from rdflib.namespace import ORG as ORG_NAMESPACE
from rdflib.namespace import RDF as RDF_NAMESPACE
from rdflib.namespace import RDFS, SKOS

from gazette_kg.loaders.rdf import terms
from gazette_kg.loaders.rdf.mapping import GZ as GZ_TERMS
from gazette_kg.loaders.rdf.mapping import vocabulary_graph
from gazette_kg.loaders.rdf.terms import Bracketed, NTriple
from gazette_kg.vocabulary import DERIVED_GRAPH

GZ, FOAF, ORG, RDF = map(Bracketed, (GZ_TERMS, FOAF_NAMESPACE, ORG_NAMESPACE, RDF_NAMESPACE))


@cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """The roles with a Chinese label, and the classes of personnel events (direct subclasses, as the queries read them)."""
    graph = vocabulary_graph()
    roles = frozenset(
        terms.iri(s) for s, label in graph.subject_objects(SKOS.prefLabel) if getattr(label, "language", None) == "zh"
    )
    events = frozenset(terms.iri(s) for s in graph.subjects(RDFS.subClassOf, GZ_TERMS.PersonnelEvent))
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

    def __init__(self, triples: Iterable[NTriple]) -> None:
        self.by: dict[str, dict[str, list[str]]] = {p: defaultdict(list) for p in _READ}
        for s, p, o in triples:
            if p in _READ:
                self.by[p][s].append(o)

    def values(self, subject: str, predicate: str) -> list[str]:
        return self.by[predicate].get(subject, [])

    def pairs(self, predicate: str) -> Iterable[tuple[str, str]]:
        return ((s, o) for s, values in self.by[predicate].items() for o in values)


def issue_derived(triples: Iterable[NTriple]) -> set[NTriple]:
    """The derived graph's facts of one issue, from its triples (``mapping.issue_triples``), as N-Triples terms."""
    index = _Index(triples)
    derived: set[NTriple] = set()
    derived |= _lines(index)
    derived |= _citations(index)
    derived |= _leaders(index)
    derived |= _events(index)
    return derived


def _lines(index: _Index) -> set[NTriple]:
    """Each line that assigns tasks (<document>/line/<n>): the agencies it names, and the tasks on it."""
    out: set[NTriple] = set()
    for task, doc in index.pairs(GZ.responsibilityIn):
        for line in index.values(task, GZ.sourceLine):
            place = f"{doc[:-1]}/line/{terms.lexical(line)}>"
            out.add((task, GZ.onLine, place))
            out.update((place, GZ.namesResponsible, agency) for agency in index.values(task, GZ.responsibleAgency))
    return out


def _citations(index: _Index) -> set[NTriple]:
    out: set[NTriple] = set()
    for citation, citing in index.pairs(GZ.citingDocument):
        if GZ.Citation in index.values(citation, RDF.type):
            for cited in index.values(citation, GZ.citedDocument):
                out |= {(citation, GZ.edgeCiting, citing), (citation, GZ.edgeTarget, cited)}
    return out


def _leaders(index: _Index) -> set[NTriple]:
    """The bodies network's edges (a leading membership from the leader to the body, with its role),
    and the leaders counted for each body: members with a name, in a role with a Chinese label."""
    roles, _ = _vocabulary()
    out: set[NTriple] = set()
    for body, membership in index.pairs(GZ.leader):
        for person in index.values(membership, ORG.member):
            out |= {(membership, GZ.edgeLeader, person), (membership, GZ.edgeTarget, body)}
            held = index.values(membership, ORG.role)
            out.update((membership, GZ.edgeRole, role) for role in held)
            if index.values(person, FOAF.name) and any(role in roles for role in held):
                out.add((body, GZ.countedLeader, person))
    return out


def _events(index: _Index) -> set[NTriple]:
    """The officials network's edges: one resource per way the issue states a personnel event."""
    _, kinds = _vocabulary()
    out: set[NTriple] = set()
    for event, official in index.pairs(GZ.person):
        for kind in index.values(event, RDF.type):
            if kind not in kinds:
                continue
            name = kind[1:-1].partition("#")[2]
            for post in index.values(event, GZ.post):
                for doc in index.values(event, GZ.decidedBy):
                    for date in index.values(event, GZ.eventDate) or [None]:
                        day = "" if date is None else terms.lexical(date)
                        key = " ".join(term[1:-1] for term in (event, official, post)) + f" {name} {doc[1:-1]} {day}"
                        edge = terms.iri(f"{DERIVED_GRAPH}/officials/{hashlib.sha1(key.encode('utf-8')).hexdigest()}")
                        out |= {
                            (edge, GZ.edgeFact, event),
                            (edge, GZ.edgeOfficial, official),
                            (edge, GZ.edgeTarget, post),
                            (edge, GZ.edgeEvent, terms.plain(name)),
                            (edge, GZ.edgeDocument, doc),
                        }
                        if date is not None:
                            out.add((edge, GZ.edgeDate, terms.plain(day)))
    return out
