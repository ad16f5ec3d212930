"""Networks projected from the RDF graph with SPARQL (never by re-parsing text).

Each projection takes ``select`` — any function that runs a SELECT and returns rows of
rdflib terms (``Store.select``, or the web app's executor) — and returns a networkx graph
whose nodes are IRIs carrying a ``label`` and a ``kind``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from itertools import combinations

import networkx as nx

Select = Callable[[str], list[dict]]
PREFIXES = """PREFIX gz: <https://gazette-kg.org/ontology#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
"""


def _str(value) -> str | None:
    return None if value is None else str(value)


def citation_network(select: Select, year: int | None = None) -> nx.DiGraph:
    """Documents → the documents they cite (provincial and national ones included); weight = times cited."""
    graph = nx.DiGraph()
    for row in select(PREFIXES + """SELECT ?a ?an ?b ?bn (COUNT(DISTINCT ?c) AS ?n) (SAMPLE(?inCorpus) AS ?local) WHERE {
            ?c gz:citingDocument ?a ; gz:citedDocument ?b . ?a gz:docNumber ?an . ?b gz:docNumber ?bn .
            OPTIONAL { ?b gz:publishedIn ?issue } BIND(BOUND(?issue) AS ?inCorpus) } GROUP BY ?a ?an ?b ?bn"""):
        graph.add_node(str(row["a"]), label=str(row["an"]), kind="document", in_corpus=True)
        if str(row["b"]) not in graph:
            graph.add_node(str(row["b"]), label=str(row["bn"]), kind="document", in_corpus=str(row["local"]) == "true")
        graph.add_edge(str(row["a"]), str(row["b"]), weight=int(row["n"]))
    return graph


def repeal_network(select: Select, year: int | None = None) -> nx.DiGraph:
    """Repealing document → repealed document, with the repeal's line."""
    graph = nx.DiGraph()
    for row in select(PREFIXES + """SELECT DISTINCT ?a ?an ?b ?bn ?title WHERE {
            ?a eli:repeals ?b . ?a gz:docNumber ?an . OPTIONAL { ?b gz:docNumber ?bn } OPTIONAL { ?b eli:title ?title } }"""):
        graph.add_node(str(row["a"]), label=str(row["an"]), kind="document")
        graph.add_node(str(row["b"]), label=_str(row.get("bn")) or _str(row.get("title")) or str(row["b"]), kind="document")
        graph.add_edge(str(row["a"]), str(row["b"]))
    return graph


def co_responsibility_network(select: Select, year: int | None = None) -> nx.Graph:
    """Agencies linked when one provision names both; weight = the number of such provisions.

    ``year`` keeps the documents numbered in that year only (a city's agenda changes).
    """
    provisions: dict[tuple[str, str], set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    in_year = f'?doc gz:year ?y . FILTER(STR(?y) = "{int(year)}")' if year else ""
    for row in select(PREFIXES + f"""SELECT DISTINCT ?doc ?line ?agency ?name WHERE {{
            ?r gz:responsibilityIn ?doc ; gz:sourceLine ?line ; gz:responsibleAgency ?agency . {in_year}
            ?agency rdfs:label ?name . FILTER(LANG(?name) = "zh") }}"""):
        provisions[(str(row["doc"]), str(row["line"]))].add(str(row["agency"]))
        names[str(row["agency"])] = str(row["name"])
    graph = nx.Graph()
    for agency, name in names.items():
        graph.add_node(agency, label=name, kind="agency", tasks=0)
    for agencies in provisions.values():
        for agency in agencies:
            graph.nodes[agency]["tasks"] += 1
        for a, b in combinations(sorted(agencies), 2):
            weight = graph.edges[a, b]["weight"] + 1 if graph.has_edge(a, b) else 1
            graph.add_edge(a, b, weight=weight)
    return graph


def career_network(select: Select, year: int | None = None) -> nx.MultiGraph:
    """Officials ↔ posts, one edge per personnel event (kind, date, document)."""
    graph = nx.MultiGraph()
    for row in select(PREFIXES + """SELECT DISTINCT ?e ?person ?name ?post ?postName ?class ?date ?number WHERE {
            ?e gz:person ?person ; gz:post ?post ; a ?class ; gz:decidedBy ?doc .
            ?class rdfs:subClassOf gz:PersonnelEvent .
            ?person foaf:name ?name . ?post rdfs:label ?postName . ?doc gz:docNumber ?number .
            OPTIONAL { ?e gz:eventDate ?date } }"""):
        graph.add_node(str(row["person"]), label=str(row["name"]), kind="official", bipartite=0)
        graph.add_node(str(row["post"]), label=str(row["postName"]), kind="post", bipartite=1)
        graph.add_edge(str(row["person"]), str(row["post"]), key=str(row["e"]), action=str(row["class"]).split("#")[-1],
                       date=_str(row.get("date")) or "", document=str(row["number"]))
    return graph


def body_membership_network(select: Select, year: int | None = None) -> nx.Graph:
    """Leaders ↔ coordination bodies, with the leader's role."""
    graph = nx.Graph()
    for row in select(PREFIXES + """SELECT DISTINCT ?person ?name ?body ?bodyName ?role WHERE {
            ?m org:member ?person ; org:organization ?body ; org:role ?r .
            ?r skos:prefLabel ?role . FILTER(LANG(?role) = "zh")
            ?person foaf:name ?name . ?body rdfs:label ?bodyName }"""):
        graph.add_node(str(row["person"]), label=str(row["name"]), kind="official", bipartite=0)
        graph.add_node(str(row["body"]), label=str(row["bodyName"]), kind="body", bipartite=1)
        graph.add_edge(str(row["person"]), str(row["body"]), role=str(row["role"]))
    return graph


NETWORKS = {
    "citations": citation_network,
    "repeals": repeal_network,
    "co-responsibility": co_responsibility_network,
    "careers": career_network,
    "bodies": body_membership_network,
}
