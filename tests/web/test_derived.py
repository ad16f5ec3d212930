"""Pages show what the issues state: the derived graph (loaders/derive.py) is left out of a resource's
page, its description, its inbound links and its graph view on every backend, though a server's union
default graph holds it."""

import json
import urllib.parse

import pytest
from rdflib import Graph

from gazette_kg.vocabulary import DERIVED_GRAPH

BASE = "https://gazette-kg.org/id/"
# an agency the derived graph pairs with others and names on task lines; a document it gives shown values
AGENCY = BASE + "agency/yongzhoushizhiliangjishujianduju-1913"
DOC = BASE + "doc/yongzhengfa-f3d3-2017-12"


@pytest.fixture(scope="module")
def derived(seed_store):
    """The derived graph's properties, from the embedded store (where it stays out of the default graph)."""
    rows = seed_store.select(f"SELECT DISTINCT ?p WHERE {{ GRAPH <{DERIVED_GRAPH}> {{ ?s ?p ?o }} }}")
    return {str(row["p"]) for row in rows}


def _about(seed_store, iri: str) -> set[str]:
    """The derived graph's properties of ``iri`` or pointing at it."""
    query = f"SELECT DISTINCT ?p WHERE {{ GRAPH <{DERIVED_GRAPH}> {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?p <{iri}> }} }} }}"
    return {str(row["p"]) for row in seed_store.select(query)}


def _named(text: str, properties: set[str]) -> list[str]:
    """The properties ``text`` names: by IRI, as a link's parameter, or as a link to the ontology page."""
    forms = lambda p: (p, urllib.parse.quote(p, safe="/"), "/ontology#" + p.partition("#")[2])  # noqa: E731
    return [p for p in properties if any(form in text for form in forms(p))]


@pytest.mark.parametrize("iri", [AGENCY, DOC])
def test_resources_show_no_derived_property(client, seed_store, derived, iri):
    assert _about(seed_store, iri), "the derived graph has something of this resource to leave out"
    path = "/id/" + iri.removeprefix(BASE)
    assert not _named(client.get(path).get_data(as_text=True), derived)
    assert "/graph/derived/" not in client.get(path).get_data(as_text=True)
    described = Graph().parse(data=client.get(path + ".nt").data, format="nt")
    assert not derived & {str(p) for p in described.predicates()}
    assert not [s for s in described.subjects() if str(s).startswith(str(DERIVED_GRAPH))]
    neighbours = json.dumps(client.get("/graph.json", query_string={"iri": iri}).get_json(), ensure_ascii=False)
    assert "/graph/derived/" not in neighbours and not _named(neighbours, derived)


def test_no_resource_links_in_by_a_derived_property(client, derived):
    for p in derived:
        listed = client.get("/links", query_string={"iri": AGENCY, "p": p}).get_data(as_text=True)
        assert "/graph/derived/" not in listed and "/line/" not in listed, p
