import re
from importlib import resources

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

from gazette_kg.sparql_text import bind, load_query, placeholders, query_form, skeleton, substitute, term_text
from gazette_kg.web.data import PREFIXES

QUERY = '''PREFIX ex: <http://e.org/#$iri>
# ASK about $comment
SELECT ?s WHERE { ?s ex:p $a ; ex:q "$b" , 'single $c' , """a " $d """ . FILTER (?s != $a_long) } LIMIT $n
'''


def test_placeholders_are_found_outside_comments_strings_and_iris():
    assert placeholders(QUERY) == {"a", "a_long", "n"}


def test_substitution_is_one_pass_and_leaves_other_names_alone():
    text = substitute(QUERY, {"a": '"$n"', "n": "5", "comment": "X"})
    assert 'ex:p "$n" ;' in text and "$a_long" in text and "LIMIT 5" in text and "# ASK about $comment" in text


def test_the_query_form_is_the_first_keyword_outside_comments_and_strings():
    assert query_form(QUERY) == "SELECT"
    assert query_form('# SELECT\nCONSTRUCT { ?s <urn:select> "ASK" } WHERE { ?s ?p ?o }') == "CONSTRUCT"
    assert query_form("# only a comment with SELECT in it") is None


def test_bound_terms_cannot_leave_their_place():
    sparql = "SELECT ?s WHERE { VALUES ?s { $subjects } ?s ?p $name } LIMIT $n"
    bound = bind(sparql, subjects=[URIRef("https://e.org/a"), URIRef("urn:x:b")], name=Literal('x" } ; DROP ALL ; #\n$n'), n=5)
    assert bound == 'SELECT ?s WHERE { VALUES ?s { <https://e.org/a> <urn:x:b> } ?s ?p "x\\" } ; DROP ALL ; #\\n$n" } LIMIT 5'
    with pytest.raises(ValueError):
        bind(sparql, subjects=[URIRef("https://e.org/a> } SERVICE <https://evil.example/")], name="x", n=1)
    with pytest.raises(KeyError):
        bind(sparql, subjects=[], name="x")


def test_terms_keep_their_language_and_datatype():
    assert term_text(Literal("永州", lang="zh")) == '"永州"@zh'
    assert term_text(Literal("2022-07-01", datatype=XSD.date)) == '"2022-07-01"^^<http://www.w3.org/2001/XMLSchema#date>'
    with pytest.raises(TypeError):
        term_text(True)


# a placeholder standing for a number of rows
_COUNTED = re.compile(r"\b(?:LIMIT|OFFSET)\s+\$(\w+)", re.I)
_UPDATE = re.compile(r"\b(INSERT|DELETE|WITH|CLEAR|DROP|LOAD|CREATE)\b|\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)


def test_every_query_file_is_sparql_once_its_placeholders_are_bound():
    """The web app's own queries leave the project's prefixes to ``web.data.rows``, which declares them.
    A file whose first keyword is an update's (the loader's derivations) is parsed as an update."""
    for package in ("gazette_kg.store", "gazette_kg.loaders", "gazette_kg.ontology", "gazette_kg.analytics", "gazette_kg.web"):
        files = [path for path in resources.files(package).joinpath("sparql").iterdir() if path.name.endswith(".rq")]
        assert files, package
        for path in files:
            text = load_query(package, path.name.removesuffix(".rq"))
            counts = set(_COUNTED.findall(text))
            values = {name: 3 if name in counts else URIRef("urn:x") for name in placeholders(text)}
            first = _UPDATE.search(skeleton(text))
            (parseUpdate if first and first.group(1) else parseQuery)(PREFIXES + bind(text, **values))
