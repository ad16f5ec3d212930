"""Pages: home, saved queries, resources with provenance and content negotiation, escaping, i18n."""

import re

import pytest
from rdflib import Graph

from gazette_kg.web.resources import INBOUND_SHOWN

DOC = "/id/doc/yongzhengbanfa-0980-2021-11"


def test_home_counts_and_catalogue(client):
    page = client.get("/").get_data(as_text=True)
    assert "<strong>5</strong>" in page  # five issues
    assert "/queries/official-timeline" in page


def test_saved_query_page_form_results_links_and_downloads(client):
    page = client.get("/queries/official-timeline", query_string={"name": "陆强耀"}).get_data(as_text=True)
    assert 'name="name" value="陆强耀"' in page
    assert "正式任职" in page and 'href="/id/person/' in page
    assert "/queries/official-timeline?name=%E9%99%86%E5%BC%BA%E8%80%80" in page  # permalink
    csv_response = client.get("/queries/official-timeline", query_string={"name": "陆强耀", "_format": "csv"})
    assert csv_response.mimetype == "text/csv" and "attachment" in csv_response.headers["Content-Disposition"]
    assert csv_response.get_data(as_text=True).count("\r\n") == 3


def test_bad_parameter_is_a_clear_400(client):
    response = client.get("/queries/most-cited", query_string={"limit": "ten"})
    assert response.status_code == 400 and "not a valid integer" in response.get_data(as_text=True)


def test_resource_page_shows_labels_properties_inbound_and_provenance(client):
    page = client.get(DOC).get_data(as_text=True)
    assert "永州市人民政府办公室关于加快推进生态廊道建设的实施意见" in page
    assert "第 248 行" in page or "line 248" in page
    assert "/id/doc/yongzhengbanhan-5996-2020-37" in page  # the repealed document, linked


@pytest.mark.parametrize(
    "accept, rdflib_format",
    [
        ("text/turtle", "turtle"),
        ("application/ld+json", "json-ld"),
        ("application/rdf+xml", "xml"),
        ("application/n-triples", "nt"),
    ],
)
def test_resource_content_negotiation(client, accept, rdflib_format):
    response = client.get(DOC, headers={"Accept": accept})
    assert response.mimetype == accept
    graph = Graph().parse(data=response.data, format=rdflib_format)
    assert len(graph) > 10


@pytest.mark.parametrize("suffix, rdflib_format", [(".ttl", "turtle"), (".jsonld", "json-ld"), (".nt", "nt"), (".rdf", "xml")])
def test_resource_suffixes(client, suffix, rdflib_format):
    assert len(Graph().parse(data=client.get(DOC + suffix).data, format=rdflib_format)) > 10


def test_unknown_resource_is_404(client):
    assert client.get("/id/doc/nothing-here").status_code == 404


def test_search(client):
    page = client.get("/search", query_string={"q": "陆强耀"}).get_data(as_text=True)
    assert "/id/person/yongzhoushi/lu-qiang-yao" in page


def test_a_control_character_in_the_search_is_a_client_error(client):
    assert client.get("/search", query_string={"q": "陆\x00强耀"}).status_code == 400  # Virtuoso answered 500


def test_values_are_escaped(client):
    page = client.get("/search", query_string={"q": "<script>alert(1)</script>"}).get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page


def test_english_and_chinese_interface(app):
    english = app.test_client().get("/", query_string={"lang": "en"}).get_data(as_text=True)
    assert "Saved queries" in english and "issues" in english
    chinese = app.test_client().get("/", headers={"Accept-Language": "zh-CN"}).get_data(as_text=True)
    assert "常用查询" in chinese


def test_graph_json_neighbourhood_and_views(client):
    iri = "https://gazette-kg.org/id/doc/yongzhengbanfa-0980-2021-11"
    data = client.get("/graph.json", query_string={"iri": iri}).get_json()
    assert any(n["data"]["id"] == iri for n in data["nodes"]) and data["edges"]
    chain = client.get("/graph.json", query_string={"iri": iri, "view": "repeals"}).get_json()
    assert {e["data"]["rel"] for e in chain["edges"]} >= {"eli:repeals"}
    construct = client.get(
        "/graph.json",
        query_string={
            "query": "CONSTRUCT { ?a <http://data.europa.eu/eli/ontology#repeals> ?b } WHERE { ?a <http://data.europa.eu/eli/ontology#repeals> ?b }"
        },
    ).get_json()
    assert len(construct["edges"]) == 2


def test_void_partitions_the_classes_as_the_store_counts_them(client, seed_store):
    void = Graph().parse(data=client.get("/.well-known/void").data, format="turtle")
    entities = {
        str(c): int(n)
        for c, n in void.query(
            "SELECT ?c ?n WHERE { ?d <http://rdfs.org/ns/void#classPartition> [ <http://rdfs.org/ns/void#class> ?c ; "
            "<http://rdfs.org/ns/void#entities> ?n ] }"
        )
    }
    documents = seed_store.select("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <https://gazette-kg.org/ontology#Document> }")
    assert entities["https://gazette-kg.org/ontology#Document"] == int(documents[0]["n"]) > 100


def test_linked_data_out(client):
    assert Graph().parse(data=client.get("/ontology", headers={"Accept": "text/turtle"}).data, format="turtle")
    assert "gz:Document" in client.get("/ontology").get_data(as_text=True)
    void = Graph().parse(data=client.get("/.well-known/void").data, format="turtle")
    assert len(void) > 5
    dump = client.get("/dump.nt")
    assert dump.status_code == 200 and len(Graph().parse(data=dump.data, format="nt")) > 30000
    assert "gz:Official" in client.get("/resources").get_data(as_text=True)


def test_dumps_are_files_with_etag_and_range(client, seed_dumps):
    whole = client.get("/dump.ttl")
    assert whole.status_code == 200 and whole.headers["ETag"] and whole.headers["Last-Modified"]
    assert whole.data == (seed_dumps / "gazette-kg.ttl").read_bytes()
    assert client.get("/dump.ttl", headers={"If-None-Match": whole.headers["ETag"]}).status_code == 304
    part = client.get("/dump.ttl", headers={"Range": "bytes=0-99"})
    assert part.status_code == 206 and part.data == whole.data[:100]
    assert client.get("/dump.rdf").status_code == 404  # no such format


def test_inbound_links_past_a_dozen_are_counted_and_listed_a_page_at_a_time(client):
    """An agency made responsible by 81 tasks names the first 12 and links to all of them."""
    agency = "https://gazette-kg.org/id/agency/yongzhoushizhiliangjishujianduju-1913"
    responsible = "https://gazette-kg.org/ontology#responsibleAgency"
    page = client.get("/id/agency/yongzhoushizhiliangjishujianduju-1913", query_string={"lang": "en"}).get_data(as_text=True)
    shown = re.findall(r'<a href="/id/doc/[^"/]+/responsibility/[^"]+">', page)
    assert len(shown) == INBOUND_SHOWN
    total = re.search(
        r'<a href="/links\?iri=[^"]+&amp;p=https%3A//gazette-kg.org/ontology%23responsibleAgency">all (\d+)</a>', page
    )
    assert total and int(total[1]) > INBOUND_SHOWN
    listed = client.get("/links", query_string={"iri": agency, "p": responsible}).get_data(as_text=True)
    names = re.findall(r'<li><a href="/id/doc/[^"]+/responsibility/[^"]+">([^<]+)</a></li>', listed)
    assert len(names) == int(total[1]) and "市质监局 · 永政办函〔2017〕108号" in names
    beyond = client.get("/links", query_string={"iri": agency, "p": responsible, "page": "1"}, headers={"Accept": "text/html"})
    assert beyond.status_code == 200 and "responsibility/" not in beyond.get_data(as_text=True)  # one page of 200 holds them all
    assert client.get("/links", query_string={"iri": agency, "p": responsible, "page": "x"}).status_code == 400
