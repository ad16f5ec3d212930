"""Measures on small hand-built networks whose answers are known."""

import networkx as nx

from gazette_kg.analytics import measures


def _doc_graph(edges):
    graph = nx.DiGraph()
    for a, b in edges:
        graph.add_node(a, label=a, kind="document")
        graph.add_node(b, label=b, kind="document")
        graph.add_edge(a, b, weight=1)
    return graph


def test_most_cited_counts_citing_documents():
    graph = _doc_graph([("A", "X"), ("B", "X"), ("C", "X"), ("A", "Y")])
    rows = measures.most_cited(graph, 5).rows
    assert [r[0] for r in rows] == ["X", "Y"] and rows[0][1] == 3


def test_longest_repeal_chain():
    graph = _doc_graph([("D2023", "D2020"), ("D2020", "D2017"), ("D2017", "D2015"), ("E", "F")])
    rows = measures.repeal_chains(graph).rows
    assert rows[0][0] == 3 and rows[0][1] == "D2023 → D2020 → D2017 → D2015"
    assert rows[1][0] == 1


def test_star_centre_is_most_central_and_two_cliques_are_two_communities():
    graph = nx.Graph()
    left, right = ["a1", "a2", "a3", "a4"], ["b1", "b2", "b3", "b4"]
    for group in (left, right):
        for i, x in enumerate(group):
            for y in group[i + 1:]:
                graph.add_edge(x, y, weight=3)
    graph.add_edge("a1", "hub", weight=1)
    graph.add_edge("hub", "b1", weight=1)
    for node in graph:
        graph.nodes[node].update(label=node, kind="agency", tasks=1)
    measure, betweenness, membership = measures.centrality(graph)
    assert max(betweenness, key=betweenness.get) == "hub"
    assert membership["a2"] == membership["a3"] != membership["b2"]


def test_holders_at_a_date():
    graph = nx.MultiGraph()
    graph.add_node("p", label="副局长", kind="post")
    for person in ("old", "new"):
        graph.add_node(person, label=person, kind="official")
    graph.add_edge("old", "p", action="Appointment", date="2019-01-01", document="d1")
    graph.add_edge("old", "p", action="Removal", date="2021-06-30", document="d2")
    graph.add_edge("new", "p", action="Appointment", date="2021-06-30", document="d2")
    assert [r[1] for r in measures.holders_at(graph, "2020-01-01").rows] == ["old"]
    assert [r[1] for r in measures.holders_at(graph, "2022-01-01").rows] == ["new"]
    assert measures.holders_at(graph, "2018-01-01").rows == []
