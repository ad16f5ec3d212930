"""``?at=DATE`` and ``/id/<path>/at/DATE``: the same status as ``gazette-kg status --at``, in HTML and RDF."""

import datetime as dt
import string

import pytest
from rdflib import RDFS, Graph, Literal, URIRef

from gazette_kg.loaders.inforce import REASONS, Reason, status
from gazette_kg.web.i18n import REASONS_ZH
from gazette_kg.web.pointintime import LEGAL_FORCE, SCHEMA, reason_text

BASE = "https://gazette-kg.org/id/"
DAYS = [dt.date(2015, 1, 1), dt.date(2018, 6, 1), dt.date(2020, 1, 1), dt.date(2022, 7, 1), dt.date(2026, 1, 1)]


def _documents(seed_store) -> list[str]:
    return sorted(
        str(r["d"]) for r in seed_store.select("SELECT DISTINCT ?d WHERE { ?d <https://gazette-kg.org/ontology#docNumber> ?n }")
    )


def test_every_document_on_five_dates_agrees_with_the_status_command(client, seed_store):
    documents = _documents(seed_store)
    assert len(documents) > 100
    for document in documents:
        for day in DAYS:
            expected = status(seed_store, document, day)
            response = client.get(f"/id/{document[len(BASE) :]}/at/{day.isoformat()}.nt")
            assert response.status_code == 200, document
            graph = Graph().parse(data=response.data, format="nt")
            node = URIRef(f"{document}/at/{day.isoformat()}")
            assert graph.value(node, SCHEMA.legislationLegalForce) == LEGAL_FORCE.get(expected.in_force), (document, day)
            reasons = {str(c) for c in graph.objects(node, RDFS.comment) if c.language == "en"}
            assert reasons == {str(r) for r in expected.reasons}, (document, day)


def test_the_page_says_what_the_readme_example_of_the_status_command_says(client):
    # README: `gazette-kg status 永政发〔2018〕3号 --at 2022-07-01` — not in force: its term ended 2022-06-30
    page = client.get("/id/doc/yongzhengfa-f3d3-2018-3", query_string={"at": "2022-07-01", "lang": "en"}).get_data(as_text=True)
    assert "Status on 2022-07-01" in page and "Not in force" in page and "its term of validity ended" in page
    chinese = client.get("/id/doc/yongzhengfa-f3d3-2018-3", query_string={"at": "2022-07-01", "lang": "zh"}).get_data(
        as_text=True
    )
    assert "已失效或尚未施行" in chinese and "自 2022-07-01 起失效（有效期届满）" in chinese
    earlier = client.get("/id/doc/yongzhengfa-f3d3-2018-3", query_string={"at": "2021-07-01", "lang": "en"}).get_data(
        as_text=True
    )
    assert '<span class="verdict in-force">In force</span>' in earlier


@pytest.mark.parametrize(
    "accept, rdflib_format",
    [
        ("text/turtle", "turtle"),
        ("application/ld+json", "json-ld"),
        ("application/rdf+xml", "xml"),
        ("application/n-triples", "nt"),
    ],
)
def test_status_in_every_rdf_format(client, accept, rdflib_format):
    response = client.get("/id/doc/yongzhengfa-f3d3-2017-12", query_string={"at": "2023-01-01"}, headers={"Accept": accept})
    graph = Graph().parse(data=response.data, format=rdflib_format)
    node = URIRef(BASE + "doc/yongzhengfa-f3d3-2017-12/at/2023-01-01")
    assert graph.value(node, SCHEMA.legislationLegalForce) == SCHEMA.NotInForce
    assert Literal("自 2022-07-01 起失效（有效期届满）", lang="zh") in set(graph.objects(node, RDFS.comment))


def test_an_instrument_takes_its_documents_status(client):
    response = client.get("/id/doc/yongzhengfa-f3d3-2017-12/instrument/1/at/2020-01-01.ttl")
    graph = Graph().parse(data=response.data, format="turtle")
    assert (
        graph.value(URIRef(BASE + "doc/yongzhengfa-f3d3-2017-12/instrument/1/at/2020-01-01"), SCHEMA.legislationLegalForce)
        == SCHEMA.InForce
    )


def test_resource_turtle_declares_its_prefixes(client):
    body = client.get("/id/doc/yongzhengfa-f3d3-2017-12.ttl").get_data(as_text=True)
    assert "@prefix eli: <http://data.europa.eu/eli/ontology#> ." in body and "eli:title" in body


def test_a_date_for_a_non_document_or_a_bad_date_is_404(client):
    assert client.get("/id/agency/yongzhoushizhiliangjishujianduju-1913/at/2020-01-01.ttl").status_code == 404
    assert client.get("/id/doc/yongzhengfa-f3d3-2017-12/at/2020-13-45").status_code == 404


def test_every_reason_has_a_chinese_sentence_with_the_same_values():
    assert set(REASONS) == set(REASONS_ZH)
    for code, english in REASONS.items():
        names = {field for _, field, _, _ in string.Formatter().parse(english) if field}
        assert names == {field for _, field, _, _ in string.Formatter().parse(REASONS_ZH[code]) if field}, code


def test_a_repeal_reason_lists_its_documents_in_each_language():
    reason = Reason("repealed_from", {"end": "2020-01-01", "repealers": ["甲〔2019〕1号", "乙〔2019〕2号"]})
    assert reason_text(reason, "en") == "no longer in force from 2020-01-01 (repealed by 甲〔2019〕1号, 乙〔2019〕2号)"
    assert reason_text(reason, "zh") == "自 2020-01-01 起失效（被 甲〔2019〕1号、乙〔2019〕2号 废止）"
