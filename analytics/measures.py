"""Measures over the projected networks: each answers one question and says what its rows mean.

Every measure takes a networkx graph shaped like the ones in ``projections.py`` and returns a
``Measure`` (rows plus a short zh/en explanation), so the CLI and the web page print them alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import networkx as nx

from gazette_kg.analytics.projections import ENDS, STARTS

# Exact betweenness is O(V·E); above this many nodes it is estimated from this many sampled sources.
BETWEENNESS_SAMPLE = 256


@dataclass
class Measure:
    name: str
    network: str
    explanation: str
    columns: list[str]
    rows: list[dict] = field(default_factory=list)


def _label(graph: nx.Graph, node: str) -> str:
    return graph.nodes[node].get("label", node)


def most_cited(graph: nx.DiGraph, limit: int = 20) -> Measure:
    rows = sorted(
        (
            {
                "document": _label(graph, n),
                "title": graph.nodes[n].get("title", ""),
                "citing_documents": graph.in_degree(n),
                "citations": graph.in_degree(n, weight="weight"),
                "iri": n,
            }
            for n in graph
            if graph.in_degree(n)
        ),
        key=lambda r: (-r["citing_documents"], -r["citations"], r["document"]),
    )
    return Measure(
        "most-cited",
        "citations",
        "Documents cited by the most other documents (in-degree of the citation network); "
        "provincial and national documents outside the corpus count too. "
        "被最多公文引用的文件（引用网络的入度），含语料之外的省级、国家级文件。",
        ["document", "title", "citing_documents", "citations", "iri"],
        rows[:limit],
    )


def repeal_chains(graph: nx.DiGraph, limit: int = 20) -> Measure:
    """The longest path in each weakly connected part of the (acyclic) old -> new network."""
    rows = []
    for part in nx.weakly_connected_components(graph):
        sub = graph.subgraph(part)
        path = nx.dag_longest_path(sub) if nx.is_directed_acyclic_graph(sub) else []
        if len(path) > 1:
            rows.append(
                {
                    "length": len(path) - 1,
                    "chain": " → ".join(_label(graph, n) for n in path),
                    "relation": sub.edges[path[0], path[1]]["relation"],
                    "start": path[0],
                    "end": path[-1],
                }
            )
    rows.sort(key=lambda r: (-r["length"], r["chain"]))
    return Measure(
        "repeal-chains",
        "repeals",
        "Longest chains of replacement, oldest first: each arrow is a repeal (documents) or a takeover "
        "after a reform (organisations). 最长的废止（或机构承继）链，由旧到新。",
        ["length", "chain", "relation", "start", "end"],
        rows[:limit],
    )


def repealed_without_successor(graph: nx.DiGraph) -> Measure:
    """Repealed documents whose only repealer is a bare repeal decision (a 废止 title), so no new rules took over."""
    rows = []
    for node, data in graph.nodes(data=True):
        if data.get("kind") != "document":
            continue
        repealers = [n for n in graph.successors(node) if graph.edges[node, n]["relation"] == "repealed_by"]
        if repealers and all("废止" in graph.nodes[n].get("title", "") for n in repealers):
            rows.append(
                {
                    "document": data["label"],
                    "title": data.get("title", ""),
                    "repealed_by": "、".join(_label(graph, n) for n in repealers),
                    "iri": node,
                }
            )
    rows.sort(key=lambda r: r["document"])
    return Measure(
        "repealed-without-successor",
        "repeals",
        "Documents repealed only by a repeal decision (a document whose title says 废止), "
        "so no replacing document took over their rules. 仅被“废止决定”废止、没有新文件承接的文件。",
        ["document", "title", "repealed_by", "iri"],
        rows,
    )


def betweenness(graph: nx.Graph, weight: str | None = None) -> dict[str, float]:
    """Exact betweenness on small graphs, sampled (fixed seed) on large ones to stay well below O(V·E)."""
    k = BETWEENNESS_SAMPLE if graph.number_of_nodes() > BETWEENNESS_SAMPLE else None
    return nx.betweenness_centrality(graph, k=k, weight=weight, seed=0 if k else None)


def communities(graph: nx.Graph) -> dict[str, int]:
    """Community number per node (Louvain on edge weights, fixed seed), largest community = 0."""
    found = sorted(nx.community.louvain_communities(graph, weight="weight", seed=0), key=lambda c: (-len(c), min(c)))
    return {node: number for number, members in enumerate(found) for node in members}


def central_agencies(graph: nx.Graph, limit: int = 20) -> Measure:
    between = betweenness(graph)
    community = communities(graph)
    rows = sorted(
        (
            {
                "agency": _label(graph, n),
                "partners": graph.degree(n),
                "shared_provisions": graph.degree(n, weight="weight"),
                "betweenness": round(between[n], 4),
                "community": community[n],
                "iri": n,
            }
            for n in graph
        ),
        key=lambda r: (-r["partners"], -r["betweenness"], r["agency"]),
    )
    return Measure(
        "central-agencies",
        "co-responsibility",
        "Agencies at the centre of shared tasks: partners = other agencies named in the same provisions (degree), "
        "shared_provisions = weighted degree, betweenness = how often the agency lies on the shortest path between "
        "two others (a broker). 共同承担任务最多的机关：伙伴数（度）、共同条款数、中介中心性。",
        ["agency", "partners", "shared_provisions", "betweenness", "community", "iri"],
        rows[:limit],
    )


def agency_communities(graph: nx.Graph) -> Measure:
    community = communities(graph)
    groups: dict[int, list[str]] = {}
    for node, number in community.items():
        groups.setdefault(number, []).append(node)
    rows = [
        {
            "community": number,
            "size": len(members),
            "agencies": "、".join(_label(graph, n) for n in sorted(members, key=lambda n: -graph.degree(n, weight="weight"))),
        }
        for number, members in sorted(groups.items())
    ]
    return Measure(
        "agency-communities",
        "co-responsibility",
        "Groups of agencies that share tasks mostly with each other (Louvain modularity communities), "
        "each listed from its most to least connected member. 主要彼此协作的机关群（Louvain 社区）。",
        ["community", "size", "agencies"],
        rows,
    )


def officials_most_posts(graph: nx.MultiGraph, limit: int = 20) -> Measure:
    rows = []
    for node, data in graph.nodes(data=True):
        if data.get("kind") != "official":
            continue
        events = sorted((d["date"], d["event"], _label(graph, post), d["doc"]) for _, post, d in graph.edges(node, data=True))
        rows.append(
            {
                "official": data["label"],
                "posts": len(set(graph.neighbors(node))),
                "events": len(events),
                "timeline": "; ".join(f"{d or '?'} {e} {p} ({doc})" for d, e, p, doc in events),
                "iri": node,
            }
        )
    rows.sort(key=lambda r: (-r["posts"], -r["events"], r["official"]))
    return Measure(
        "officials-most-posts",
        "officials",
        "Officials linked to the most posts by personnel decisions, with their career timeline "
        "(appointments, confirmations, removals…, by date). 涉及职务最多的人员及其任免经历。",
        ["official", "posts", "events", "timeline", "iri"],
        rows[:limit],
    )


def post_holders(graph: nx.MultiGraph, at: date) -> Measure:
    """A person holds a post on ``at`` when their latest event on that post up to ``at`` starts a tenure."""
    rows = []
    day = at.isoformat()
    for person, data in graph.nodes(data=True):
        if data.get("kind") != "official":
            continue
        for post in set(graph.neighbors(person)):
            # on one day a removal counts after an appointment; events alike on one day tie harmlessly
            past = sorted(
                (d for d in graph.get_edge_data(person, post).values() if d["date"] and d["date"] <= day),
                key=lambda d: (d["date"], d["event"] in ENDS),
            )
            if past and past[-1]["event"] in STARTS:
                last = past[-1]
                rows.append(
                    {
                        "post": _label(graph, post),
                        "official": data["label"],
                        "since": last["date"],
                        "by": last["event"],
                        "doc": last["doc"],
                        "iri": person,
                    }
                )
    rows.sort(key=lambda r: (r["post"], r["official"]))
    return Measure(
        "post-holders",
        "officials",
        f"Who held which post on {day}, as far as the gazettes record it: the latest personnel event "
        f"up to that date starts a tenure (appointment, confirmation, secondment, concurrent post) and no "
        f"removal follows. {day} 在任情况（据公报所载任免推算）。",
        ["post", "official", "since", "by", "doc", "iri"],
        rows,
    )


def leaders_most_bodies(graph: nx.Graph, limit: int = 20) -> Measure:
    rows = []
    for node, data in graph.nodes(data=True):
        if data.get("kind") != "leader":
            continue
        bodies = list(graph.neighbors(node))
        rows.append(
            {
                "leader": data["label"],
                "bodies": len(bodies),
                "still_active": sum(not graph.nodes[b].get("abolished") for b in bodies),
                "roles": "、".join(sorted({r for b in bodies for r in graph.edges[node, b]["role"].split("、") if r})),
                "iri": node,
            }
        )
    rows.sort(key=lambda r: (-r["bodies"], r["leader"]))
    return Measure(
        "leaders-most-bodies",
        "bodies",
        "Leaders holding a leading role (组长, 副组长, 主任…) on the most coordination bodies; still_active "
        "leaves out bodies later abolished. 担任领导职务的议事协调机构最多的人员。",
        ["leader", "bodies", "still_active", "roles", "iri"],
        rows[:limit],
    )


# measure name -> (network it runs on, function)
MEASURES: dict[str, tuple[str, Callable[..., Measure]]] = {
    "most-cited": ("citations", most_cited),
    "repeal-chains": ("repeals", repeal_chains),
    "repealed-without-successor": ("repeals", repealed_without_successor),
    "central-agencies": ("co-responsibility", central_agencies),
    "agency-communities": ("co-responsibility", agency_communities),
    "officials-most-posts": ("officials", officials_most_posts),
    "post-holders": ("officials", post_holders),
    "leaders-most-bodies": ("bodies", leaders_most_bodies),
}


def measures_of(network: str) -> list[str]:
    return [name for name, (net, _) in MEASURES.items() if net == network]


def run(name: str, graph: nx.Graph, at: date | None = None) -> Measure:
    """Run measure ``name`` on its network; ``post-holders`` needs ``at`` (default: today)."""
    function = MEASURES[name][1]
    return function(graph, at or date.today()) if name == "post-holders" else function(graph)
