from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from gazette_kg.loaders.rdf.mapping import GZ
from gazette_kg.ontology import ONTOLOGY_FILE, VOCABULARIES_FILE


def _terms(graph):
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, SKOS.Concept, SKOS.ConceptScheme)
    return {s for kind in kinds for s in graph.subjects(RDF.type, kind) if str(s).startswith(str(GZ))}


def test_every_term_has_zh_and_en_labels_and_definitions():
    graph = Graph().parse(ONTOLOGY_FILE).parse(VOCABULARIES_FILE)
    terms = _terms(graph)
    assert len(terms) > 80
    for term in terms:
        labels = list(graph.objects(term, RDFS.label)) + list(graph.objects(term, SKOS.prefLabel))
        definitions = list(graph.objects(term, SKOS.definition))
        for lang in ("zh", "en"):
            assert any(l.language == lang for l in labels), f"{term} lacks a {lang} label"
            assert any(d.language == lang for d in definitions), f"{term} lacks a {lang} definition"


def test_aligned_to_standards_by_subclass_and_subproperty():
    graph = Graph().parse(ONTOLOGY_FILE)
    eli = "http://data.europa.eu/eli/ontology#"
    assert (GZ.Document, RDFS.subClassOf, URIRef(eli + "LegalResource")) in graph
    assert (GZ.Agency, RDFS.subClassOf, URIRef("http://www.w3.org/ns/org#Organization")) in graph
    assert (GZ.Official, RDFS.subClassOf, URIRef("http://xmlns.com/foaf/0.1/Person")) in graph
    assert (GZ.issuedBy, RDFS.subPropertyOf, URIRef(eli + "passed_by")) in graph
    assert (GZ.docNumber, RDFS.subPropertyOf, URIRef(eli + "id_local")) in graph
    assert (GZ.within, RDF.type, OWL.TransitiveProperty) in graph


def test_every_gz_term_used_in_data_is_declared(seed_store):
    declared = _terms(Graph().parse(ONTOLOGY_FILE).parse(VOCABULARIES_FILE)) | {GZ.genres}
    used = {
        row["t"]
        for row in seed_store.select(
            "SELECT DISTINCT ?t WHERE { { ?s ?t ?o } UNION { ?s a ?t } FILTER(STRSTARTS(STR(?t), 'https://gazette-kg.org/ontology#')) }"
        )
    }
    assert used - declared == set()
