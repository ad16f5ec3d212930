"""Where a fact was read: the page and line on the page for a PDF, the URL for a web page."""

from rdflib import URIRef
from rdflib.namespace import PROV

from gazette_kg.loaders.parse.pipeline import parse_file
from gazette_kg.loaders.rdf.mapping import GZ, issue_graph_iri, issue_to_graph
from tests.conftest import BASE


def test_a_fact_read_from_a_pdf_names_its_page_and_line(specimens):
    parsed = parse_file(specimens.pdf("2018-9"))
    graph = issue_to_graph(parsed.to_dict(), BASE)
    for node in graph.subjects(GZ.sourceLine, None):
        line = graph.value(node, GZ.sourceLine).toPython()
        page, on_page = parsed.source.locations[line - 1]
        assert (graph.value(node, GZ.sourcePage).toPython(), graph.value(node, GZ.pageLine).toPython()) == (page, on_page)
    pages = {o.toPython() for o in graph.objects(None, GZ.sourcePage)}
    assert len(pages) > 5


def test_a_web_page_names_its_url(specimens):
    url = "https://www.yzcity.gov.cn/zwgk/zfgb/2018-9.html"
    parsed = parse_file(specimens.page("2018-9"), url).to_dict()
    graph = issue_to_graph(parsed, BASE)
    assert graph.value(issue_graph_iri(parsed, BASE), PROV.hadPrimarySource) == URIRef(url)
    assert not list(graph.objects(None, GZ.sourcePage))


def test_a_graph_read_from_a_pdf_meets_the_shapes(specimens):
    from gazette_kg.ontology.validate import validate_graph

    assert validate_graph(issue_to_graph(parse_file(specimens.pdf("2018-9")).to_dict(), BASE)) == []
