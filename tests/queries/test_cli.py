import json

from click.testing import CliRunner

from gazette_kg.queries.catalog import load_catalog
from gazette_kg.queries.cli import list_queries, query


def _query(*args: str):
    return CliRunner().invoke(query, list(args))


def test_queries_lists_every_saved_query_with_its_titles():
    result = CliRunner(env={"COLUMNS": "400"}).invoke(list_queries, [])
    assert result.exit_code == 0
    for saved in load_catalog():
        assert saved.name in result.output and saved.title_en in result.output


def test_a_saved_query_with_a_parameter_as_json_and_csv(seed_store):
    args = ["repeal-chain", "--param", "number=永政办函〔2020〕37号", "--store", seed_store.location]
    rows = json.loads(_query(*args, "--format", "json").output)
    assert [(r["direction"], r["otherNumber"]) for r in rows] == [("repealed it", "永政办发〔2021〕11号")]
    lines = _query(*args, "--format", "csv").output.splitlines()
    assert lines[0] == "direction,other,otherNumber,title" and "永政办发〔2021〕11号" in lines[1] and len(lines) == 2


def test_a_file_with_any_query_form(seed_store, tmp_path):
    ask, construct = tmp_path / "ask.rq", tmp_path / "construct.rq"
    ask.write_text(
        '# a plain file, no header\nASK { ?d <https://gazette-kg.org/ontology#docNumber> "永政办发〔2021〕11号" }\n',
        encoding="utf-8",
    )
    construct.write_text(
        'CONSTRUCT { ?d <urn:n> ?n } WHERE { ?d <https://gazette-kg.org/ontology#docNumber> "永政办发〔2021〕11号" , ?n }\n',
        encoding="utf-8",
    )
    assert _query("--file", str(ask), "--store", seed_store.location).output == "true\n"
    assert json.loads(_query("--file", str(ask), "--format", "json", "--store", seed_store.location).output) == {"boolean": True}
    assert '"永政办发〔2021〕11号"' in _query("--file", str(construct), "--store", seed_store.location).output


def test_a_file_with_a_header_takes_parameters(seed_store, tmp_path):
    mine = tmp_path / "mine.rq"
    mine.write_text(
        "#+ title_zh: 文号\n#+ title_en: By number\n#+ param: number string | 文号 | Number\n"
        "SELECT ?title WHERE { ?d <https://gazette-kg.org/ontology#docNumber> $number ; "
        "<http://data.europa.eu/eli/ontology#title> ?title }\n",
        encoding="utf-8",
    )
    result = _query(
        "--file", str(mine), "--param", "number=永政办发〔2021〕11号", "--format", "csv", "--store", seed_store.location
    )
    assert result.output.splitlines() == ["title", "永州市人民政府办公室关于加快推进生态廊道建设的实施意见"]
    assert "number: a value is required" in _query("--file", str(mine), "--store", seed_store.location).output


def test_bad_calls_say_what_is_wrong_and_exit_2(tmp_path):
    plain = tmp_path / "plain.rq"
    plain.write_text("SELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    for args, message in [
        (["no-such-query"], "no saved query 'no-such-query'"),
        (["documents-by-year", "--param", "year"], "--param takes K=V"),
        (["documents-by-year", "--param", "year=2021 OR 1"], "not a valid integer"),
        (["--file", str(plain), "--param", "x=1"], "takes no --param"),
        ([], "not both or neither"),
        (["documents-by-year", "--store", str(tmp_path / "missing")], "cannot open the store"),
    ]:
        result = _query(*args)
        assert result.exit_code == 2 and message in result.output, (args, result.output)
