"""Measures over the projected networks, each with a sentence saying what it answers."""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx
from networkx.algorithms import community

# Above this many nodes betweenness is estimated from a sample of sources (exact is O(nm)).
EXACT_BETWEENNESS_NODES = 500
BETWEENNESS_SAMPLE = 200

START_EVENTS = {"Appointment", "Confirmation", "Secondment", "ConcurrentAppointment"}
END_EVENTS = {"Removal", "ConcurrentRemoval"}


@dataclass
class Measure:
    name: str
    explanation: str
    columns: list[str]
    rows: list[list] = field(default_factory=list)


def most_cited(graph: nx.DiGraph, limit: int = 20) -> Measure:
    ranked = sorted(graph.nodes, key=lambda n: (-graph.in_degree(n), -graph.in_degree(n, weight="weight"), graph.nodes[n]["label"]))
    rows = [[graph.nodes[n]["label"], graph.in_degree(n), graph.in_degree(n, weight="weight"), graph.nodes[n].get("in_corpus", True), n]
            for n in ranked[:limit] if graph.in_degree(n)]
    return Measure("most-cited", "Documents cited by the most documents of the corpus; a high count outside the corpus marks the provincial and national policies the city builds on.",
                   ["document", "citing documents", "citations", "in corpus", "iri"], rows)


def repeal_chains(graph: nx.DiGraph, limit: int = 20) -> Measure:
    rows = []
    for component in nx.weakly_connected_components(graph):
        sub = graph.subgraph(component)
        path = nx.dag_longest_path(sub) if nx.is_directed_acyclic_graph(sub) else list(component)
        rows.append([len(path) - 1, " → ".join(graph.nodes[n]["label"] for n in path), path[0]])
    rows.sort(key=lambda r: (-r[0], r[1]))
    return Measure("repeal-chains", "Longest chains of repeal: each document repealed the next; long chains show a policy rewritten again and again.",
                   ["length", "chain (newest first)", "iri"], rows[:limit])


def centrality(graph: nx.Graph, limit: int = 20) -> tuple[Measure, dict[str, float], dict[str, int]]:
    """Degree and betweenness of agencies, and communities; also returns the scores for drawing."""
    if graph.number_of_nodes() == 0:
        return Measure("central-agencies", "", []), {}, {}
    k = None if graph.number_of_nodes() <= EXACT_BETWEENNESS_NODES else BETWEENNESS_SAMPLE
    betweenness = nx.betweenness_centrality(graph, k=k, seed=0, weight=None)
    groups = community.greedy_modularity_communities(graph, weight="weight") if graph.number_of_edges() else [set(graph)]
    membership = {node: index for index, group in enumerate(groups) for node in group}
    ranked = sorted(graph.nodes, key=lambda n: (-graph.degree(n), -betweenness[n], graph.nodes[n]["label"]))
    rows = [[graph.nodes[n]["label"], graph.degree(n), graph.degree(n, weight="weight"), graph.nodes[n].get("tasks", 0),
             round(betweenness[n], 4), membership[n], n] for n in ranked[:limit]]
    measure = Measure("central-agencies",
                      "Agencies that share tasks with the most others (degree) and that connect otherwise separate groups of agencies (betweenness); community = agencies that mostly work together.",
                      ["agency", "partners", "shared provisions", "tasks", "betweenness", "community", "iri"], rows)
    return measure, betweenness, membership


def communities(graph: nx.Graph, limit: int = 10) -> Measure:
    _, _, membership = centrality(graph, limit)
    groups: dict[int, list[str]] = {}
    for node, index in membership.items():
        groups.setdefault(index, []).append(node)
    rows = []
    for index, nodes in sorted(groups.items(), key=lambda item: -len(item[1]))[:limit]:
        top = sorted(nodes, key=lambda n: -graph.degree(n, weight="weight"))[:6]
        rows.append([index, len(nodes), "、".join(graph.nodes[n]["label"] for n in top)])
    return Measure("communities", "Groups of agencies that are named together far more often than with others (greedy modularity).",
                   ["community", "agencies", "most connected members"], rows)


def officials_with_most_posts(graph: nx.MultiGraph, limit: int = 20) -> Measure:
    officials = [n for n, d in graph.nodes(data=True) if d["kind"] == "official"]
    ranked = sorted(officials, key=lambda n: (-len(set(graph.neighbors(n))), graph.nodes[n]["label"]))
    rows = [[graph.nodes[n]["label"], len(set(graph.neighbors(n))), graph.degree(n), n] for n in ranked[:limit]]
    return Measure("officials-most-posts", "Officials named with the most different posts in the corpus (appointed, confirmed, removed, seconded or concurrent).",
                   ["official", "posts", "events", "iri"], rows)


def leaders_on_most_bodies(graph: nx.Graph, limit: int = 20) -> Measure:
    leaders = [n for n, d in graph.nodes(data=True) if d["kind"] == "official"]
    ranked = sorted(leaders, key=lambda n: (-graph.degree(n), graph.nodes[n]["label"]))
    rows = []
    for n in ranked[:limit]:
        roles: dict[str, int] = {}
        for _, _, data in graph.edges(n, data=True):
            roles[data["role"]] = roles.get(data["role"], 0) + 1
        rows.append([graph.nodes[n]["label"], graph.degree(n), "、".join(f"{r}×{c}" for r, c in sorted(roles.items(), key=lambda x: -x[1])), n])
    return Measure("leaders-most-bodies", "Leaders who head or deputise on the most coordination bodies: where coordination work concentrates.",
                   ["leader", "bodies", "roles", "iri"], rows)


def holders_at(graph: nx.MultiGraph, at: str) -> Measure:
    """Who held which post on a date: the latest start event on or before it, not ended since."""
    rows = []
    for post, data in graph.nodes(data=True):
        if data["kind"] != "post":
            continue
        for person in set(graph.neighbors(post)):
            events = sorted((e["date"], e["action"]) for e in graph.get_edge_data(person, post).values() if e["date"] and e["date"] <= at)
            if events and events[-1][1] in START_EVENTS:
                rows.append([data["label"], graph.nodes[person]["label"], events[-1][0], events[-1][1], person])
    rows.sort()
    return Measure("holders-at", f"Posts and the officials holding them on {at}, by the latest decision on or before that day (a post left by a later decision, or never recorded, is not listed).",
                   ["post", "official", "since", "by", "iri"], rows)


def lapsed_without_successor(select, at: str) -> Measure:
    """Instruments whose term ran out by ``at`` while no document repealed or replaced them."""
    rows = select(f"""PREFIX gz: <https://gazette-kg.org/ontology#>
        PREFIX eli: <http://data.europa.eu/eli/ontology#>
        SELECT DISTINCT ?number ?title ?until ?doc WHERE {{
            ?i a gz:Instrument ; eli:title ?title ; gz:promulgatedBy ?doc ; eli:date_no_longer_in_force ?until .
            ?doc gz:docNumber ?number .
            FILTER (STR(?until) <= "{at}")
            FILTER NOT EXISTS {{ ?other eli:repeals ?doc }}
        }} ORDER BY ?until""")
    return Measure("lapsed", f"Instruments whose term of validity had ended by {at} with no document in the corpus repealing or replacing them: policies that simply lapsed.",
                   ["document", "instrument", "no longer in force from", "iri"],
                   [[str(r["number"]), str(r["title"]), str(r["until"]), str(r["doc"])] for r in rows])
