"""Resource pages name things: agencies, citations and responsibilities by label, in the page's language."""

import re

DOC = "/id/doc/yongzhengfa-f3d3-2017-12"


def _link_texts(page: str) -> list[str]:
    return re.findall(r'<a href="/id/[^"]*">([^<]*)</a>', page)


def test_agencies_issues_and_citations_are_named_not_iri_tails(client):
    page = client.get(DOC, query_string={"lang": "zh"}).get_data(as_text=True)
    texts = _link_texts(page)
    assert "永州市人民政府" in texts  # the issuer, was agency/yongzhoushirenminzhengfu-c5c4
    assert "永州政报 2017年第12期" in texts  # the issue
    assert any(t.startswith("《") for t in texts)  # the citation, by the title it cites
    assert not [t for t in texts if re.fullmatch(r"(doc|agency|issue|person)/\S+", t)]


def test_inbound_responsibilities_read_as_name_and_document(client):
    page = client.get("/id/agency/yongzhoushizhiliangjishujianduju-1913", query_string={"lang": "zh"}).get_data(as_text=True)
    assert "市质监局 · 永政办函〔2017〕108号" in _link_texts(page)
    assert not [t for t in _link_texts(page) if "/responsibility/" in t]


def test_english_page_prefers_english_labels(client):
    page = client.get(DOC, query_string={"lang": "en"}).get_data(as_text=True)
    assert "<h1>Notice 永政发〔2017〕12号</h1>" in page


def test_vocabulary_terms_link_to_where_they_are_defined(client):
    page = client.get("/id/agency/yongzhoushizhiliangjishujianduju-1913").get_data(as_text=True)
    for term in (
        "http://www.w3.org/2000/01/rdf-schema#label",
        "http://www.w3.org/2004/02/skos/core#prefLabel",
        "http://www.w3.org/2004/02/skos/core#altLabel",
        "http://www.w3.org/ns/org#changedBy",
    ):
        assert f'href="{term}"' in page
    assert "/resource?iri=http" not in page
    assert 'href="http://data.europa.eu/eli/ontology#title"' in client.get(DOC).get_data(as_text=True)
