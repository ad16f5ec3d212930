import json

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from gazette_kg.loaders.parse.documents.statuswords import status_words
from gazette_kg.loaders.parse.pipeline import parse_text
from gazette_kg.loaders.rdf.mapping import ELI, GZ, issue_graph_iri, issue_to_graph, status_concept
from gazette_kg.ontology import VOCABULARIES_FILE
from gazette_kg.ontology.validate import validate_graph
from gazette_kg.paths import gold_dir
from tests.conftest import BASE
from tests.seeds import SEEDS, parsed_seed
from tests.statuspages import page


def test_same_input_same_iris():
    data = parsed_seed("2021").to_dict()
    assert set(issue_to_graph(data, BASE)) == set(issue_to_graph(data, BASE))


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


GZQ = "PREFIX gz: <https://gazette-kg.org/ontology#> PREFIX eli: <http://data.europa.eu/eli/ontology#> "


def test_repeals_in_the_seeds(seed_store):
    by = seed_store.select(
        GZQ
        + """SELECT ?by WHERE { ?d eli:repeals ?r . ?d gz:docNumber ?by .
        ?r gz:docNumber "永政办函〔2020〕37号" }"""
    )
    assert [str(row["by"]) for row in by] == ["永政办发〔2021〕11号"]
    assert seed_store.ask(
        GZQ + 'ASK { ?d eli:repeals ?r . ?r gz:docNumber "永政发〔2015〕17号" ; eli:date_no_longer_in_force ?end }'
    )


def test_probation_and_confirmation_across_issues_are_one_person(seed_store):
    """The 2021 issue appoints on probation; the 2022 issue confirms: one IRI, both events, in two issue graphs."""
    rows = seed_store.select(
        GZQ
        + """SELECT ?person ?date ?g WHERE {
        GRAPH ?g { ?appoint a gz:Appointment ; gz:onProbation true ; gz:person ?person ; gz:eventDate ?date }
        GRAPH ?h { ?confirm a gz:Confirmation ; gz:person ?person ; gz:eventDate ?confirmed ; gz:actionType gz:action-confirm }
        FILTER (YEAR(?date) = 2021 && YEAR(?confirmed) = 2022 && ?g != ?h) }"""
    )
    assert rows, "no official appointed on probation in 2021 and confirmed in 2022"
    names = {str(r["person"]).rsplit("/", 1)[-1] for r in rows}
    assert any(name.startswith("lu-qiang-yao-") for name in names)


def test_renamed_agency_has_a_change_event_and_successor():
    data = {
        "issue": {"gazette_title": "永州市人民政府公报", "year": 2018, "issue_number": "2"},
        "documents": [
            {"title": "测试", "doc_number": "永政发〔2018〕1号", "issuer": "永州市人民政府", "signed_date": "2018-01-02"}
        ],
        "responsibilities": [{"doc_number": "永政发〔2018〕1号", "line": 10, "agencies": ["市卫计委"]}],
    }
    graph = issue_to_graph(data, BASE)
    [change] = graph.subjects(RDF.type, URIRef("http://www.w3.org/ns/org#ChangeEvent"))
    old = graph.value(change, URIRef("http://www.w3.org/ns/org#originalOrganization"))
    new = graph.value(change, URIRef("http://www.w3.org/ns/org#resultingOrganization"))
    assert graph.value(old, GZ.successor) == new
    assert str(graph.value(new, RDFS.label)) == "永州市卫生健康委员会"
    assert (old, SKOS.altLabel, Literal("市卫计委", lang="zh")) in graph


def test_documents_carry_their_instruments_validity(seed_store):
    [row] = seed_store.select(
        GZQ
        + 'SELECT ?start ?end WHERE { ?d gz:docNumber "永政发〔2018〕3号" ; eli:first_date_entry_in_force ?start ; eli:date_no_longer_in_force ?end }'
    )
    assert str(row["end"]) == "2022-07-01" and str(row["start"]) < "2022-07-01"


def test_mapping_tolerates_a_bare_issue():
    graph = issue_to_graph({"issue": {}, "documents": [{"title": "无文号的公文"}]}, BASE)
    assert len(list(graph.subjects(RDF.type, GZ.Document))) == 1


def test_sub_units_point_to_their_parent_agency():
    data = {
        "issue": {"gazette_title": "岳阳市人民政府公报", "year": 2020, "issue_number": "1"},
        "documents": [{"title": "测试", "doc_number": "岳政办发〔2020〕1号", "issuer": "岳阳市人民政府办公室"}],
        "responsibilities": [
            {"doc_number": "岳政办发〔2020〕1号", "line": 5, "agencies": ["岳阳市公安局", "岳阳市公安局交警支队", "岳阳市财政局"]}
        ],
    }
    graph = issue_to_graph(data, BASE)
    label = {str(graph.value(a, SKOS.prefLabel)): a for a in graph.subjects(RDF.type, GZ.Agency)}
    sub = URIRef("http://www.w3.org/ns/org#subOrganizationOf")
    assert graph.value(label["岳阳市公安局交警支队"], sub) == label["岳阳市公安局"]
    assert graph.value(label["岳阳市财政局"], sub) is None


def _parse_other(name: str) -> dict:
    from gazette_kg.loaders.parse.pipeline import parse_file

    return parse_file(gold_dir() / "others" / name).to_dict()


def test_facts_of_a_text_without_a_document_reach_the_graph():
    # a people's-congress session report: appointments, but no document and no number
    data = _parse_other("16.txt")
    assert not data["documents"] and data["personnel_actions"]
    graph = issue_to_graph(data, BASE)
    events = list(graph.subjects(GZ.person, None))
    assert len(events) == len(data["personnel_actions"])
    [text] = set(graph.objects(None, GZ.decidedBy))
    assert (text, RDF.type, GZ.Document) in graph and graph.value(text, GZ.statedIn) is not None
    assert graph.value(text, ELI.title) == Literal("16.txt", lang="zh")  # the shapes want a title or number


def test_facts_of_an_unnumbered_document_belong_to_it():
    data = _parse_other("06.txt")
    [doc] = data["documents"]
    assert doc["doc_number"] is None and data["responsibilities"]
    graph = issue_to_graph(data, BASE)
    [document] = set(graph.subjects(RDF.type, GZ.Document)) - set(graph.objects(None, ELI.cites))
    agencies = {a for r in data["responsibilities"] for a in r["agencies"]}
    assert len(set(graph.objects(document, GZ.assignsTaskTo))) == len(agencies)
    assert set(graph.objects(document, ELI.cites))  # its citations too


def test_a_body_set_up_by_an_unnumbered_document_is_established_by_it():
    data = _parse_other("09.txt")  # a 领导小组 set up by a numbered notice; the same notice as a page without its number
    number = data["documents"][0]["doc_number"]
    for record in data["documents"] + data["coordination_bodies"]:
        assert record["doc_number"] == number
        record["doc_number"] = None
    graph = issue_to_graph(data, BASE)
    [body] = set(graph.subjects(RDF.type, GZ.CoordinationBody))
    document = graph.value(body, GZ.establishedBy)
    assert document is not None and (document, RDF.type, GZ.Document) in graph


def test_a_printed_status_is_a_fact_with_its_line():
    data = parse_text(page(13), "status.txt").to_dict()  # 效力状态：已废止, 废止日期 on the next line
    graph = issue_to_graph(data, BASE)
    [statement] = list(graph.subjects(RDF.type, GZ.StatusStatement))
    doc = graph.value(statement, GZ.statusOf)
    assert graph.value(doc, GZ.docNumber) == Literal("某市人民政府令第13号")
    assert graph.value(statement, GZ.status) == GZ["status-repealed"] == graph.value(doc, GZ.statedStatus)
    assert graph.value(statement, GZ.asWritten) == Literal("已废止", lang="zh")
    assert str(graph.value(statement, GZ.statusDate)) == "2020-05-01"
    assert graph.value(statement, GZ.statedIn) == issue_graph_iri(data, BASE)
    assert graph.value(statement, GZ.sourceLine) == Literal(5)
    assert graph.value(doc, ELI.in_force) is None  # it depends on the date asked about: inforce.status
    assert validate_graph(graph) == []


def test_printed_statuses_match_elis_in_force_table():
    vocabulary = Graph().parse(VOCABULARIES_FILE)

    def matches(status: str) -> dict:
        concept = status_concept(status)
        return {str(p).rsplit("#")[-1]: o for p in (SKOS.exactMatch, SKOS.broadMatch) for o in vocabulary.objects(concept, p)}

    assert matches("in_force") == {"exactMatch": ELI["InForce-inForce"]}
    assert matches("partly_expired") == {"exactMatch": ELI["InForce-partiallyInForce"]}
    for status in ("repealed", "expired", "not_yet_in_force"):
        assert matches(status) == {"broadMatch": ELI["InForce-notInForce"]}
    assert matches("amended") == {}


def test_every_printed_status_has_its_concept():
    concepts = set(Graph().parse(VOCABULARIES_FILE).subjects(SKOS.inScheme, GZ.documentStatuses))
    assert {status_concept(status) for status in status_words().values()} <= concepts
