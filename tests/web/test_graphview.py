"""The graph view: opens on an example, four views, the long tail grouped, reified facts left out, errors in JSON."""

import html
import json
import re

DOC = "https://gazette-kg.org/id/doc/yongzhengbanhan-5996-2017-108"
AGENCY = "https://gazette-kg.org/id/agency/yongzhoushizhiliangjishujianduju-1913"


def _params(page: str) -> dict:
    return json.loads(html.unescape(re.search(r'data-params="([^"]*)"', page)[1]))


def test_opens_on_an_example_for_every_view(client):
    params = _params(client.get("/graph").get_data(as_text=True))
    assert params["view"] == "citations" and params["iri"].startswith("https://gazette-kg.org/id/doc/")
    assert len(client.get("/graph.json", query_string=params).get_json()["nodes"]) > 5
    for view in ("citations", "repeals", "agency", "personnel"):
        params = _params(client.get("/graph", query_string={"view": view}).get_data(as_text=True))
        data = client.get("/graph.json", query_string=params).get_json()
        assert data["edges"], view


def test_tabs_switch_views_and_keep_a_resource_that_suits_them(client):
    page = client.get("/graph", query_string={"view": "agency", "iri": AGENCY, "lang": "en"}).get_data(as_text=True)
    tabs = dict(
        (html.unescape(h), text)
        for h, text in re.findall(r'<nav class="tabs"[^>]*>.*?</nav>', page, re.S)
        and re.findall(r'<a href="(/graph\?view=[^"]*)"[^>]*>([^<]*)</a>', page)
    )
    assert set(tabs.values()) == {"Citations", "Repeals and successions", "Agency tasks", "Personnel"}
    assert any("view=repeals&iri=" in h for h in tabs) and "/graph?view=citations" in tabs  # a document view opens on its example


def test_neighbourhood_leaves_out_reified_facts_and_groups_the_long_tail(client):
    data = client.get("/graph.json", query_string={"iri": DOC}).get_json()
    ids = [n["data"]["id"] for n in data["nodes"]]
    assert not [i for i in ids if "/responsibility/" in i or "/citation/" in i]
    [group] = [n for n in data["nodes"] if n["data"]["type"] == "group"]
    assert len(group["data"]["members"]) == len(group["data"]["edges"]) > 10
    assert len(data["nodes"]) <= 25  # was a hairball of some 60 nodes, most of them responsibility/NNN
    assert next(n for n in data["nodes"] if n["data"]["id"] == DOC)["data"]["label"] == "永政办函〔2017〕108号"


def test_agency_view_collapses_responsibilities_per_agency(client):
    data = client.get("/graph.json", query_string={"iri": AGENCY, "view": "agency", "lang": "zh"}).get_json()
    shares = [e for e in data["edges"] if e["data"]["rel"] == "shares" and not e["data"]["id"].startswith("group|")]
    assert shares and all(re.fullmatch(r"共同任务 \d+ 件", e["data"]["label"]) for e in shares)
    assert any(e["data"]["rel"] == "gz:successor" for e in data["edges"])


def test_graph_json_errors_are_json(client):
    for args in ({}, {"query": "SELECT * WHERE { ?s ?p ?o }"}, {"query": "CONSTRUCT nonsense"}):
        response = client.get("/graph.json", query_string=args)
        assert response.status_code == 400 and response.is_json and response.get_json()["error"]
