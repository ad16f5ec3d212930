"""Measures on small hand-built graphs whose answers can be worked out by hand."""

from __future__ import annotations

from datetime import date

import networkx as nx

from gazette_kg.analytics import measures


def _citations() -> nx.DiGraph:
    g = nx.DiGraph()
    for doc in "ABCDE":
        g.add_node(doc, kind="document", label=doc, title="")
    # C is cited by A, B and D; E by A twice (one citing document, two citations)
    g.add_edge("A", "C", weight=1)
    g.add_edge("B", "C", weight=1)
    g.add_edge("D", "C", weight=1)
    g.add_edge("A", "E", weight=2)
    return g


def test_most_cited_ranks_by_citing_documents_then_citations():
    rows = measures.most_cited(_citations()).rows
    assert [(r["document"], r["citing_documents"], r["citations"]) for r in rows] == [("C", 3, 3), ("E", 1, 2)]


def _repeals() -> nx.DiGraph:
    g = nx.DiGraph()
    titles = {"old": "办法", "mid": "办法", "new": "办法", "x": "规定", "repealer": "关于废止部分文件的决定"}
    for doc, title in titles.items():
        g.add_node(doc, kind="document", label=doc, title=title)
    g.add_edge("old", "mid", relation="repealed_by")
    g.add_edge("mid", "new", relation="repealed_by")
    g.add_edge("x", "repealer", relation="repealed_by")
    return g


def test_longest_repeal_chain_first():
    rows = measures.repeal_chains(_repeals()).rows
    assert rows[0]["chain"] == "old → mid → new" and rows[0]["length"] == 2
    assert rows[1]["length"] == 1


def test_repealed_without_successor_is_only_the_bare_repeal():
    assert [r["document"] for r in measures.repealed_without_successor(_repeals()).rows] == ["x"]


def _two_triangles_and_a_bridge() -> nx.Graph:
    g = nx.Graph()
    for a, b in [
        ("a1", "a2"),
        ("a2", "a3"),
        ("a1", "a3"),
        ("b1", "b2"),
        ("b2", "b3"),
        ("b1", "b3"),
        ("a1", "hub"),
        ("hub", "b1"),
    ]:
        g.add_edge(a, b, weight=1)
    for n in g:
        g.nodes[n].update(kind="agency", label=n)
    return g


def test_bridge_agency_has_the_highest_betweenness_and_triangles_are_communities():
    g = _two_triangles_and_a_bridge()
    rows = {r["agency"]: r for r in measures.central_agencies(g).rows}
    assert max(rows, key=lambda n: rows[n]["betweenness"]) == "hub"
    assert rows["a1"]["partners"] == 3 and rows["a2"]["partners"] == 2
    community = measures.communities(g)
    assert community["a2"] == community["a3"] and community["b2"] == community["b3"]
    assert community["a2"] != community["b2"]


def test_sampled_betweenness_on_large_graph_still_finds_the_bridge():
    g = nx.disjoint_union(nx.complete_graph(150), nx.complete_graph(150))
    g.add_edges_from([(0, "bridge"), ("bridge", 150)])
    assert g.number_of_nodes() > measures.BETWEENNESS_SAMPLE
    scores = measures.betweenness(g)
    # only the three cut vertices carry shortest paths between the two cliques
    assert set(sorted(scores, key=scores.get)[-3:]) == {0, "bridge", 150}
    assert scores["bridge"] > 0.4 and scores[1] == 0.0


def _careers() -> nx.MultiGraph:
    g = nx.MultiGraph()
    g.add_node("p1", kind="official", label="甲")
    g.add_node("p2", kind="official", label="乙")
    g.add_node("post", kind="post", label="局长")
    g.add_node("post2", kind="post", label="副局长")
    g.add_edge("p1", "post2", event="Appointment", date="2018-01-01", doc="d0")
    g.add_edge("p1", "post2", event="Removal", date="2020-01-01", doc="d2")
    g.add_edge("p1", "post", event="Appointment", date="2020-01-01", doc="d2")
    g.add_edge("p1", "post", event="Removal", date="2022-01-01", doc="d3")
    g.add_edge("p2", "post", event="Appointment", date="2022-01-01", doc="d3")
    return g


def test_post_holders_follow_appointments_and_removals():
    def holders(day: str) -> set[tuple[str, str]]:
        return {(r["post"], r["official"]) for r in measures.post_holders(_careers(), date.fromisoformat(day)).rows}

    assert holders("2017-12-31") == set()
    assert holders("2019-06-01") == {("副局长", "甲")}
    assert holders("2021-06-01") == {("局长", "甲")}
    assert holders("2022-06-01") == {("局长", "乙")}


def test_post_holders_with_events_on_the_same_day():
    g = _careers()
    g.add_edge("p2", "post2", event="Appointment", date="2023-03-01", doc="d4")  # restated by a second document
    g.add_edge("p2", "post2", event="Appointment", date="2023-03-01", doc="d5")
    g.add_edge("p1", "post2", event="Removal", date="2023-03-01", doc="d6")  # removal and appointment on one day
    g.add_edge("p1", "post2", event="Appointment", date="2023-03-01", doc="d6")
    rows = measures.post_holders(g, date(2023, 6, 1)).rows
    assert {(r["post"], r["official"]) for r in rows} == {("局长", "乙"), ("副局长", "乙")}


def test_officials_most_posts_counts_distinct_posts_and_orders_the_timeline():
    rows = measures.officials_most_posts(_careers()).rows
    assert (rows[0]["official"], rows[0]["posts"], rows[0]["events"]) == ("甲", 2, 4)
    assert rows[0]["timeline"].startswith("2018-01-01 Appointment 副局长")


def test_leaders_most_bodies_counts_bodies_and_active_ones():
    g = nx.Graph()
    g.add_node("z", kind="leader", label="赵")
    g.add_node("q", kind="leader", label="钱")
    for body, abolished in [("b1", False), ("b2", True), ("b3", False)]:
        g.add_node(body, kind="body", label=body, abolished=abolished)
        g.add_edge("z", body, role="组长")
    g.add_edge("q", "b1", role="副组长")
    rows = measures.leaders_most_bodies(g).rows
    assert [(r["leader"], r["bodies"], r["still_active"]) for r in rows] == [("赵", 3, 2), ("钱", 1, 1)]
