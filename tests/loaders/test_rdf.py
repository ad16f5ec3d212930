import json

from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from gazette_kg.loaders.iris import Minter
from gazette_kg.loaders.rdf import ELI, GZ, issue_graph_iri, issue_to_graph
from gazette_kg.paths import gold_dir
from tests.conftest import BASE
from tests.seeds import SEEDS, parsed_seed


def test_same_input_same_iris():
    data = parsed_seed("2021").to_dict()
    assert set(issue_to_graph(data, BASE)) == set(issue_to_graph(data, BASE))


def test_document_iris_are_ascii_readable_and_never_collide():
    numbers = {}
    for key in SEEDS:
        for doc in parsed_seed(key).documents:
            numbers[doc.doc_number] = Minter(BASE).document(doc.number)
        for citation in parsed_seed(key).citations:
            numbers.setdefault(citation.cited_doc_number, Minter(BASE).document(citation.cited_doc_number))
    iris = list(numbers.values())
    assert len(set(iris)) == len(iris)
    assert all(iri.isascii() for iri in iris)
    assert numbers["永政办发〔2022〕11号"].startswith(BASE + "doc/yongzhengbanfa-")


def test_homophone_codes_do_not_collide():
    from gazette_kg.loaders.docnumber import parse_doc_number

    a, b = parse_doc_number("湘政发〔2020〕1号"), parse_doc_number("襄政发〔2020〕1号")
    assert Minter(BASE).document(a) != Minter(BASE).document(b)


def test_facts_trace_to_issue_and_line():
    data = parsed_seed("2021").to_dict()
    graph = issue_to_graph(data, BASE)
    issue = issue_graph_iri(data, BASE)
    [repeal] = list(graph.subjects(RDF.type, GZ.Repeal))
    assert graph.value(repeal, GZ.statedIn) == issue
    assert graph.value(repeal, GZ.sourceLine) == Literal(324)
    repealed = graph.value(repeal, GZ.repealedDocument)
    assert graph.value(repealed, GZ.docNumber) == Literal("永政办函〔2020〕37号")


def test_cited_documents_outside_the_corpus_are_resources():
    graph = issue_to_graph(parsed_seed("2022").to_dict(), BASE)
    cited = {str(graph.value(d, GZ.docNumber)) for d in graph.objects(None, ELI.cites)}
    assert {"国发〔2018〕42号", "湘政发〔2019〕22号"} <= cited


def test_gold_json_maps_too():
    data = json.loads((gold_dir() / SEEDS["2018-2"].replace(".txt", ".json")).read_text(encoding="utf-8"))
    graph = issue_to_graph(data, BASE)
    assert len(list(graph.subjects(RDF.type, GZ.CoordinationBody))) == 144
    assert (URIRef(issue_graph_iri(data, BASE)), RDF.type, GZ.GazetteIssue) in graph
