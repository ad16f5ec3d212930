from gazette_kg.queries.sparql_text import placeholders, query_form, substitute

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
