"""Networks projected from the RDF graph with SPARQL (the queries live in ``sparql/*.rq``).

Each projection takes any ``Store`` (embedded or remote) and returns a networkx graph whose
nodes are resource IRIs with a ``label`` and a ``kind`` attribute, so measures, exports and the
web page treat every network alike. The citation, officials and bodies networks read their edges,
and what they show of their nodes, from the derived graph, where each load keeps them
(``loaders/derive.py``): two reads, whatever the number of issues restating a fact.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

import networkx as nx
import regex
from rdflib import URIRef

from gazette_kg.sparql_text import bind, load_query
from gazette_kg.store.base import Row, Store
from gazette_kg.vocabulary import GZ

_HAN = regex.compile(r"\p{Han}")
# Personnel event classes that start holding a post, and those that end it.
STARTS = {"Appointment", "Confirmation", "Secondment", "ConcurrentAppointment"}
ENDS = {"Removal", "ConcurrentRemoval"}


def sparql(name: str) -> str:
    """The text of the projection query ``sparql/<name>.rq``."""
    return load_query("gazette_kg.analytics", name)


def _select(store: Store, name: str) -> list[dict[str, str | None]]:
    """Rows of a saved projection query with every term as a plain string (None when unbound)."""
    return [_plain(row) for row in store.select(sparql(name))]


def _plain(row: Row) -> dict[str, str | None]:
    return {key: None if value is None else str(value) for key, value in row.items()}


# Resources asked about per query where a projection looks its own nodes up (labels, document facts):
# the cost follows the network, not the store.
BATCH = 500


def _batched(store: Store, name: str, iris: Iterable[str | None]) -> Iterator[dict[str, str | None]]:
    """Rows of the projection query ``name`` for ``iris`` (its ``$subjects``), asked in batches."""
    wanted = sorted({iri for iri in iris if iri})
    for start in range(0, len(wanted), BATCH):
        batch = [URIRef(iri) for iri in wanted[start : start + BATCH]]
        yield from map(_plain, store.select(bind(sparql(name), subjects=batch)))


def _labels(store: Store, iris: Iterable[str | None]) -> dict[str, str]:
    """One display name for each of ``iris``, a Chinese one where there is one (names are joined here,
    not in SPARQL)."""
    labels: dict[str, str] = {}
    for row in _batched(store, "labels", iris):
        subject, label = str(row["s"]), str(row["label"])
        current = labels.get(subject)
        if current is None or (not _HAN.search(current) and _HAN.search(label)):
            labels[subject] = label
    return labels


def _documents(store: Store, iris: Iterable[str | None]) -> dict[str, dict[str, str]]:
    """For each of the documents ``iris``: number, title, citedTitle, date, ended (the first value of
    each, dates the earliest). Asked for the network's own documents only: all of them were 23,000
    rows at 1,000 issues."""
    docs: dict[str, dict[str, str]] = defaultdict(dict)
    for row in sorted(_batched(store, "documents", iris), key=lambda r: r["value"]):
        docs[row["s"]].setdefault(row["field"], row["value"])
    return docs


# What the derived graph shows of the nodes of its networks, one value of each a node (loaders/sparql/derive-shown.rq).
SHOWN = {
    str(GZ.shownLabel): "label",
    str(GZ.shownNumber): "number",
    str(GZ.shownTitle): "title",
    str(GZ.shownCitedTitle): "citedTitle",
    str(GZ.shownDate): "date",
    str(GZ.shownEnded): "ended",
}


def _shown(store: Store, iris: Iterable[str | None]) -> dict[str, dict[str, str]]:
    """For each of ``iris`` (nodes of the derived networks): its label, and of a document its number,
    title, citedTitle, date and ended, as the derived graph shows them (one value each)."""
    shown: dict[str, dict[str, str]] = defaultdict(dict)
    for row in _batched(store, "shown", iris):
        shown[str(row["s"])][SHOWN[str(row["shown"])]] = str(row["value"])
    return shown


def _document(iri: str, docs: dict[str, dict[str, str]]) -> dict[str, str]:
    """The attributes of a document node: label (number, else title), title, date, ended."""
    info = docs.get(iri, {})
    return {
        "kind": "document",
        "label": info.get("number") or info.get("title") or info.get("citedTitle") or iri,
        "title": info.get("title") or info.get("citedTitle") or "",
        "date": info.get("date") or "",
        "ended": info.get("ended") or "",
    }


def citation_network(store: Store) -> nx.DiGraph:
    """Citing document -> cited document, ``weight`` = citations; external documents included."""
    rows = _select(store, "citations")
    docs = {
        str(row["doc"]): {field: value for field, value in row.items() if value and field != "doc"}
        for row in _select(store, "citation-documents")
    }
    graph = nx.DiGraph(name="citations")
    graph.add_nodes_from((iri, _document(iri, docs)) for row in rows for iri in (row["citing"], row["cited"]))
    graph.add_edges_from((row["citing"], row["cited"], {"weight": int(row["times"]), "relation": "cites"}) for row in rows)
    return graph


def repeal_network(store: Store) -> nx.DiGraph:
    """Old -> new: a repealed document points to the document that repealed it (``repealed_by``),
    and an organisation to the one that took over after a reform (``succeeded_by``), so every path
    reads forward in time and a chain is a path."""
    rows = _select(store, "repeals")
    docs = _documents(store, [iri for row in rows for iri in (row["repealed"], row["repealing"])])
    graph = nx.DiGraph(name="repeals")
    for row in rows:
        graph.add_node(row["repealed"], **_document(row["repealed"], docs))
        graph.add_node(row["repealing"], **_document(row["repealing"], docs))
        graph.add_edge(row["repealed"], row["repealing"], relation="repealed_by", weight=1)
    successors = _select(store, "successors")
    labels = _labels(store, [iri for row in successors for iri in (row["old"], row["new"])])
    for row in successors:
        graph.add_node(row["old"], kind="organisation", label=labels.get(row["old"], row["old"]))
        graph.add_node(row["new"], kind="organisation", label=labels.get(row["new"], row["new"]))
        graph.add_edge(row["old"], row["new"], relation="succeeded_by", weight=1)
    return graph


def coresponsibility_network(store: Store, year: int | None = None) -> nx.Graph:
    """Agencies linked when one provision (document + source line) names both; ``weight`` = provisions.

    ``year`` keeps only documents dated that year. Node attribute ``provisions`` counts every
    provision naming the agency, shared or not. Paired and counted at load time (see
    ``sparql/coresponsibility.rq``)."""
    query = bind(sparql("coresponsibility"), year="" if year is None else str(year))
    rows = [(str(row["a"]), str(row["b"]), int(row["weight"])) for row in store.select(query)]
    graph = nx.Graph(name="co-responsibility" if year is None else f"co-responsibility-{year}")
    labels = _labels(store, [a for a, b, _ in rows if a == b])
    for a, b, weight in rows:
        if a == b:
            graph.add_node(a, kind="agency", label=labels.get(a, a), provisions=weight)
    for a, b, weight in rows:
        if a != b:
            graph.add_edge(a, b, weight=weight)
    return graph


def official_post_network(store: Store) -> nx.MultiGraph:
    """Bipartite officials <-> posts; one edge per personnel event with ``event``, ``date``, ``doc``."""
    rows = _select(store, "personnel")
    events = {str(row["person"]): [record.split(" ") for record in str(row["events"]).split("\n")] for row in rows}
    shown = _shown(store, [iri for records in events.values() for post, _, _, doc, _ in records for iri in (post, doc)])
    graph = nx.MultiGraph(name="officials")
    graph.add_nodes_from(
        (row["person"], {"kind": "official", "label": row["name"] or row["person"], "bipartite": 0}) for row in rows
    )
    for person, records in events.items():
        for post, event, kind, doc, date in records:
            graph.add_node(post, kind="post", label=shown[post].get("label", post), bipartite=1)
            graph.add_edge(person, post, event, event=kind, date=date, doc=shown[doc].get("number", doc))
    return graph


def body_membership_network(store: Store) -> nx.Graph:
    """Bipartite leaders <-> coordination bodies; the edge carries the ``role`` (组长, 副组长…)."""
    rows = _select(store, "leadership")
    held = {str(row["person"]): str(row["held"]).split(" ") for row in rows}
    shown = _shown(store, [iri for pairs in held.values() for iri in pairs])
    abolished = {row["body"] for row in _select(store, "abolished")}
    graph = nx.Graph(name="bodies")
    graph.add_nodes_from(
        (row["person"], {"kind": "leader", "label": row["name"] or row["person"], "bipartite": 0}) for row in rows
    )
    roles: dict[tuple[str, str], list[str]] = {}
    for person, pairs in held.items():
        for body, role in zip(pairs[::2], pairs[1::2]):
            label = shown[role].get("label")
            named = roles.setdefault((person, body), [])
            if label and label not in named:
                named.append(label)
    bodies = {body for _, body in roles}
    graph.add_nodes_from(
        (body, {"kind": "body", "label": shown[body].get("label", body), "bipartite": 1, "abolished": body in abolished})
        for body in bodies
    )
    graph.add_edges_from((person, body, {"role": "、".join(named), "weight": 1}) for (person, body), named in roles.items())
    return graph


NETWORKS: dict[str, Callable[..., nx.Graph]] = {
    "citations": citation_network,
    "repeals": repeal_network,
    "co-responsibility": coresponsibility_network,
    "officials": official_post_network,
    "bodies": body_membership_network,
}


def project(name: str, store: Store, year: int | None = None) -> nx.Graph:
    """The network called ``name``; ``year`` only narrows the co-responsibility network."""
    if name not in NETWORKS:
        raise KeyError(f"no network {name!r}; networks: {', '.join(NETWORKS)}")
    return NETWORKS[name](store, year) if name == "co-responsibility" else NETWORKS[name](store)
