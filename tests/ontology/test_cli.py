import json

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal
from rdflib.namespace import RDF

from gazette_kg.loaders.rdf.mapping import GZ, issue_to_graph
from gazette_kg.ontology.cli import reason, validate
from gazette_kg.paths import gold_dir
from tests.conftest import BASE


@pytest.fixture(scope="module")
def gold_graph():
    data = json.loads((gold_dir() / "001_83bcc1d680876aca.json").read_text(encoding="utf-8"))
    return issue_to_graph(data, BASE)


def test_validate_a_file(gold_graph, tmp_path):
    good = tmp_path / "good.ttl"
    gold_graph.serialize(good, format="turtle")
    result = CliRunner().invoke(validate, ["--file", str(good)])
    assert result.exit_code == 0 and "conforms: 0 violations" in result.output


def test_validate_reports_violations_readably(gold_graph, tmp_path):
    broken = Graph()
    broken += gold_graph
    event = next(broken.subjects(RDF.type, GZ.Appointment))
    broken.set((event, GZ.onProbation, Literal("maybe")))
    path = tmp_path / "broken.nt"
    broken.serialize(path, format="nt", encoding="utf-8")
    result = CliRunner().invoke(validate, ["--file", str(path)])
    assert result.exit_code == 1
    assert f"{event} {GZ.onProbation}" in result.output


def test_unreadable_file_names_the_file(tmp_path):
    path = tmp_path / "bad.ttl"
    path.write_text("this is not turtle", encoding="utf-8")
    result = CliRunner().invoke(validate, ["--file", str(path)])
    assert result.exit_code != 0 and "bad.ttl" in result.output


def test_reason_over_a_file(gold_graph, tmp_path):
    source, out = tmp_path / "issue.ttl", tmp_path / "inferred.ttl"
    gold_graph.serialize(source, format="turtle")
    result = CliRunner().invoke(reason, ["--file", str(source), "--out", str(out)])
    assert result.exit_code == 0 and result.output.startswith("consistent;")
    inferred = Graph().parse(out)
    assert len(inferred) > 0 and not set(inferred) & set(gold_graph)
