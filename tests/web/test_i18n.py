"""The language switch keeps the page: path, query string and form values."""

import html
import re


def _switch(page: str) -> str:
    return html.unescape(re.search(r'<a class="lang"[^>]*href="([^"]*)"', page)[1])


def test_switch_keeps_resource_iri_and_leads_to_a_page(client):
    iri = "https://gazette-kg.org/ontology#Document"
    page = client.get("/resource", query_string={"iri": "https://gazette-kg.org/id/doc/yongzhengfa-f3d3-2017-12", "lang": "zh"})
    target = _switch(page.get_data(as_text=True))
    assert target.startswith("/resource?iri=https%3A%2F%2Fgazette-kg.org") and target.endswith("lang=en")
    assert client.get(target).status_code == 200
    assert iri  # the ontology IRI is not a /resource page; documents outside /id/ are


def test_switch_keeps_saved_query_form_search_and_graph(client):
    for path, args in [
        ("/queries/official-timeline", {"name": "陆强耀"}),
        ("/search", {"q": "陆强耀"}),
        ("/graph", {"iri": "https://gazette-kg.org/id/doc/yongzhengfa-f3d3-2017-12", "view": "chain"}),
    ]:
        target = _switch(client.get(path, query_string={**args, "lang": "en"}).get_data(as_text=True))
        assert target.startswith(path + "?") and "lang=zh" in target
        followed = client.get(target)
        assert followed.status_code == 200
        for value in args.values():
            assert html.escape(value) in followed.get_data(as_text=True) or value in target
