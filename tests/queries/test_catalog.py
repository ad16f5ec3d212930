import pytest

from gazette_kg.queries.catalog import CatalogError, load_catalog, read_query


def test_at_least_twenty_saved_queries_with_complete_headers():
    catalog = load_catalog()
    assert len(catalog) >= 20
    for query in catalog:
        assert query.title_zh and query.title_en and query.description_zh and query.description_en, query.name
        for parameter in query.parameters:
            assert parameter.default is not None and parameter.label_zh and parameter.label_en, (query.name, parameter)


def test_a_declared_parameter_must_be_used(tmp_path):
    path = tmp_path / "bad.rq"
    path.write_text(
        "#+ title_zh: 坏\n#+ title_en: Bad\n#+ param: x string a | 甲 | A\nSELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8"
    )
    with pytest.raises(CatalogError, match=r"\$x is not used"):
        read_query(path)


def test_a_bad_param_line_names_file_and_line(tmp_path):
    path = tmp_path / "bad.rq"
    path.write_text("#+ title_zh: 坏\n#+ title_en: Bad\n#+ param: x colour red\nSELECT * WHERE { ?s ?p $x }\n", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"bad.rq:3"):
        read_query(path)


def test_a_parameter_without_default_is_required(tmp_path):
    path = tmp_path / "req.rq"
    path.write_text(
        "#+ title_zh: 甲\n#+ title_en: A\n#+ param: x string | 甲 | A\n#+ param: y integer 3 | 乙 | B\n"
        "SELECT * WHERE { ?s ?p $x } LIMIT $y\n",
        encoding="utf-8",
    )
    x, y = read_query(path).parameters
    assert (x.default, x.required, y.default, y.required) == (None, True, "3", False)
