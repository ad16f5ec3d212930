"""Projections and measures on the seed graph, against facts checkable in the seed text."""

import io

import networkx as nx
import pytest

from gazette_kg.analytics.analyses import run_analysis
from gazette_kg.analytics.export import FORMATS, serialise
from gazette_kg.analytics.projections import NETWORKS


def test_citations_include_national_documents(seed_store):
    graph = NETWORKS["citations"](seed_store.select)
    labels = {d["label"]: n for n, d in graph.nodes(data=True)}
    source = labels["永政办发〔2022〕11号"]
    cited = {graph.nodes[t]["label"] for t in graph.successors(source)}
    assert {"国发〔2018〕42号", "湘政发〔2019〕22号", "农经发〔2022〕1号"} <= cited
    assert graph.nodes[labels["国发〔2018〕42号"]]["in_corpus"] is False


def test_repeal_chains_on_the_seeds(seed_store):
    chains = {r[1] for r in run_analysis("repeal-chains", seed_store.select).rows}
    assert "永政办发〔2021〕11号 → 永政办函〔2020〕37号" in chains
    assert "永政发〔2017〕12号 → 永政发〔2015〕17号" in chains


def test_agriculture_bureau_rises_in_the_2022_network(seed_store):
    def rank(year=None):
        names = [r[0] for r in run_analysis("central-agencies", seed_store.select, limit=400, year=year).rows]
        return names.index("永州市农业农村局"), names

    in_2022, names_2022 = rank(2022)
    overall, names_all = rank()
    assert in_2022 < 15 and in_2022 < overall  # 永政办发〔2022〕11号 names it in all nine measures
    assert names_all[0] == names_2022[0] == "永州市发展和改革委员会"


def test_zhao_yingyun_leads_many_bodies(seed_store):
    rows = run_analysis("leaders-most-bodies", seed_store.select, limit=5).rows
    by_name = {r[0]: r for r in rows}
    assert by_name["赵应云"][1] >= 30 and "组长" in by_name["赵应云"][2]


def test_who_held_the_deputy_secretary_general_post(seed_store):
    rows = run_analysis("holders-at", seed_store.select, at="2021-08-01").rows
    holders = {r[1] for r in rows if r[0] == "市人民政府副秘书长"}
    assert {"龙飞凤", "黄守平"} <= holders and "吴军臣" not in holders


def test_lapsed_policies(seed_store):
    rows = run_analysis("lapsed", seed_store.select, at="2022-07-01").rows
    assert "永政发〔2018〕3号" in [r[0] for r in rows]
    assert "永政发〔2018〕3号" not in [r[0] for r in run_analysis("lapsed", seed_store.select, at="2022-06-30").rows]


@pytest.mark.parametrize("fmt", FORMATS)
def test_exports_read_back_with_networkx(seed_store, fmt):
    graph = NETWORKS["bodies"](seed_store.select)
    data = serialise(graph, fmt)
    if fmt == "graphml":
        back = nx.read_graphml(io.BytesIO(data))
    elif fmt == "gexf":
        back = nx.read_gexf(io.BytesIO(data))
    elif fmt == "cytoscape-json":
        import json

        back = nx.cytoscape_graph(json.loads(data))
    else:
        back = nx.read_edgelist(io.StringIO("\n".join(",".join(l.split(",")[0:3:2]) for l in data.decode().splitlines()[1:])), delimiter=",")
    assert back.number_of_edges() == graph.number_of_edges()
    assert back.number_of_nodes() == graph.number_of_nodes()


def test_analytics_pages(app):
    client = app.test_client()
    assert "赵应云" in client.get("/analytics/leaders-most-bodies").get_data(as_text=True)
    data = client.get("/analytics/network/co-responsibility.json").get_json()
    assert data["nodes"] and data["edges"] and all(n["data"]["size"] > 0 for n in data["nodes"])
    download = client.get("/analytics/network/citations.graphml")
    assert download.status_code == 200 and b"graphml" in download.data
