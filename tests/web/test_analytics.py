"""The analytics pages through the Flask test client on the seed store."""

from __future__ import annotations

import io
import json
import re

import networkx as nx


def test_index_lists_every_network(client):
    page = client.get("/analytics?lang=en").get_data(as_text=True)
    for name in ("citations", "repeals", "co-responsibility", "officials", "bodies"):
        assert f"/analytics/{name}" in page


def test_bodies_page_has_measure_table_view_and_downloads(client):
    response = client.get("/analytics/bodies")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "leaders-most-bodies" in page and "赵应云" in page
    assert "/vendor/cytoscape.min.js" in page and "cdn" not in page.lower()
    elements = json.loads(re.search(r'<script id="elements" type="application/json">(.*?)</script>', page, re.S).group(1))
    sizes = {n["data"]["size"] for n in elements["nodes"]}
    assert len(sizes) > 1 and all("community" in n["data"] for n in elements["nodes"])
    assert "/analytics/bodies/download/gexf" in page


def test_co_responsibility_page_for_a_year(client):
    page = client.get("/analytics/co-responsibility?year=2022").get_data(as_text=True)
    assert "农业农村局" in page and "central-agencies" in page


def test_officials_page_answers_for_a_date(client):
    page = client.get("/analytics/officials?at=2021-07-01").get_data(as_text=True)
    assert "龙飞凤" in page and "2021-07-01" in page


def test_download_reads_back(client):
    response = client.get("/analytics/citations/download/graphml")
    assert response.status_code == 200 and "attachment" in response.headers["Content-Disposition"]
    graph = nx.read_graphml(io.BytesIO(response.data))
    assert any(d["label"] == "湘政发〔2019〕22号" for _, d in graph.nodes(data=True))


def test_unknown_network_and_format_are_404(client):
    assert client.get("/analytics/nonsense").status_code == 404
    assert client.get("/analytics/citations/download/dot").status_code == 404


def test_script_is_served_from_the_blueprint(client):
    assert b"cytoscape(" in client.get("/static/analytics.js").data


def test_network_pages_are_all_in_the_pages_language(client):
    import re

    for name in ("citations", "bodies", "officials"):
        chinese = client.get(f"/analytics/{name}", query_string={"lang": "zh"}).get_data(as_text=True)
        text = re.sub(r"<script.*?</script>|<[^>]+>", " ", chinese, flags=re.S)
        assert not re.search(r"\d+ (nodes|edges)", text)
        for english in (
            "Download",
            "Node size",
            "most-cited",
            "citing_documents",
            "leaders-most-bodies",
            "Documents cited",
            "Leaders holding",
        ):
            assert english not in text, (name, english)
        english_page = client.get(f"/analytics/{name}", query_string={"lang": "en"}).get_data(as_text=True)
        assert "Download:" in english_page and "Node size" in english_page and "被最多公文引用" not in english_page
    assert "<h2>被引最多的文件</h2>" in client.get("/analytics/citations", query_string={"lang": "zh"}).get_data(as_text=True)
