"""Projections and measures on the five seeds, against facts a reader can check in the gazette text."""

from __future__ import annotations

from datetime import date

import pytest

from gazette_kg.analytics import measures
from gazette_kg.analytics.projections import project


@pytest.fixture(scope="module")
def citations(seed_store):
    return project("citations", seed_store)


def _node(graph, label: str) -> str:
    (node,) = [n for n, d in graph.nodes(data=True) if d["label"] == label]
    return node


def test_citations_of_yzbf_2022_11_lead_with_provincial_and_national_documents(citations):
    citing = _node(citations, "永政办发〔2022〕11号")
    cited = sorted(citations.out_edges(citing, data="weight"), key=lambda e: -e[2])
    top = [citations.nodes[v]["label"] for _, v, _ in cited[:2]]
    assert set(top) == {"湘政发〔2019〕22号", "国发〔2018〕42号"}


def test_external_documents_are_nodes_with_their_titles(citations):
    node = _node(citations, "国发〔2018〕42号")
    assert citations.nodes[node]["title"]
    assert citations.in_degree(node) >= 1


def test_most_cited_lists_the_provincial_document(citations):
    rows = measures.most_cited(citations, limit=len(citations)).rows
    assert "湘政发〔2019〕22号" in [r["document"] for r in rows]
    assert all(r["citing_documents"] >= rows[-1]["citing_documents"] for r in rows)


def test_repeal_network_holds_the_two_seed_repeals(seed_store):
    graph = project("repeals", seed_store)
    chains = {r["chain"] for r in measures.repeal_chains(graph).rows}
    assert "永政发〔2015〕17号 → 永政发〔2017〕12号" in chains
    assert "永政办函〔2020〕37号 → 永政办发〔2021〕11号" in chains


def test_agricultural_bureau_among_central_agencies_of_2022(seed_store):
    graph = project("co-responsibility", seed_store, year=2022)
    rows = measures.central_agencies(graph, limit=len(graph)).rows
    rank = [i for i, r in enumerate(rows) if r["agency"].endswith("农业农村局")]
    assert rank and rank[0] < len(rows) / 3
    assert rows[rank[0]]["betweenness"] > 0


def test_zhao_yingyun_leads_many_bodies(seed_store):
    rows = measures.leaders_most_bodies(project("bodies", seed_store)).rows
    zhao = next(r for r in rows if r["leader"] == "赵应云")
    assert zhao["bodies"] >= 20 and "组长" in zhao["roles"]
    assert rows.index(zhao) < 3


def test_post_holders_at_a_date(seed_store):
    graph = project("officials", seed_store)
    before = {(r["post"], r["official"]) for r in measures.post_holders(graph, date(2021, 6, 1)).rows}
    after = {(r["post"], r["official"]) for r in measures.post_holders(graph, date(2021, 7, 1)).rows}
    assert ("市人民政府副秘书长", "龙飞凤") in after - before
