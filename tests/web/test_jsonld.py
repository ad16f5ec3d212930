"""schema.org Legislation JSON-LD in document pages, parsed back as RDF."""

import json
import re

from rdflib import Graph, Literal, Namespace, URIRef

SCHEMA = Namespace("https://schema.org/")
DOC = "https://gazette-kg.org/id/doc/yongzhengfa-f3d3-2017-12"


def _embedded(page: str) -> str:
    return re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)[1]


def test_document_page_embeds_legislation_that_parses_as_rdf(client):
    text = _embedded(client.get("/id/doc/yongzhengfa-f3d3-2017-12").get_data(as_text=True))
    json.loads(text)
    graph = Graph().parse(data=text, format="json-ld")
    doc = URIRef(DOC)
    assert (doc, None, SCHEMA.Legislation) in graph
    assert graph.value(doc, SCHEMA.legislationIdentifier) == Literal("永政发〔2017〕12号")
    assert str(graph.value(doc, SCHEMA.legislationDate)) == "2017-11-27"
    passed_by = graph.value(doc, SCHEMA.legislationPassedBy)
    assert str(graph.value(passed_by, SCHEMA.name)) == "永州市人民政府"
    assert graph.value(doc, SCHEMA.legislationLegalForce) == SCHEMA.NotInForce  # its term ended 2022-07-01
    assert graph.value(doc, SCHEMA.legislationChanges) == URIRef("https://gazette-kg.org/id/doc/yongzhengfa-f3d3-2015-17")


def test_pages_that_are_not_documents_have_none(client):
    page = client.get("/id/agency/yongzhoushizhiliangjishujianduju-1913").get_data(as_text=True)
    assert 'application/ld+json">' not in page
