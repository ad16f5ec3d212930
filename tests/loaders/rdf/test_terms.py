"""N-Triples terms as text: each must be read back by an N-Triples parser as the term rdflib makes of the value."""

import pytest
from rdflib import Graph, Literal, URIRef, namespace

from gazette_kg.loaders.rdf import terms

S, P = URIRef("https://example.org/s"), URIRef("https://example.org/p")


def _read(term: str):
    (triple,) = Graph().parse(data=f"<{S}> <{P}> {term} .\n", format="nt")
    return triple[2]


@pytest.mark.parametrize(
    "text", ["永州市人民政府", 'a "quoted" word', "back\\slash", "two\nlines", "carriage\rreturn", "tab\tstays", ""]
)
def test_a_tagged_literal_reads_back_as_its_text(text):
    assert _read(terms.tagged(text, "zh")) == Literal(text, lang="zh")
    assert terms.lexical(terms.tagged(text, "zh")) == text


@pytest.mark.parametrize("value", ["二〇二二年", "05", 0, 7, 2022, True, False])
def test_a_plain_value_is_typed_as_rdflib_types_it(value):
    assert _read(terms.plain(value)) == Literal(value)
    assert terms.plain(value) == Literal(value).n3()


def test_one_and_true_are_different_literals():
    assert terms.plain(1) != terms.plain(True)


def test_a_value_no_literal_is_made_of_is_refused():
    with pytest.raises(TypeError, match="no literal"):
        terms.plain(1.5)


def test_only_an_iso_date_becomes_an_xsd_date():
    assert _read(terms.date("2022-03-01")) == Literal("2022-03-01", datatype=namespace.XSD.date)
    assert terms.date("2022年3月1日") is None
    assert terms.date(None) is None


def test_a_namespace_gives_its_terms_in_angle_brackets():
    names = terms.Bracketed(namespace.XSD)
    assert names.date == f"<{namespace.XSD.date}>"
    assert terms.iri(S) == f"<{S}>"


def test_triples_are_written_one_a_line():
    text = terms.ntriples_text([(terms.iri(S), terms.iri(P), terms.tagged("甲", "zh"))])
    assert set(Graph().parse(data=text, format="nt")) == {(S, P, Literal("甲", lang="zh"))}
