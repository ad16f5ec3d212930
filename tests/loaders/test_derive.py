"""The derived graph: adding issues to a derived store gives what deriving them all at once gives, and what the
workers derive from each issue as it is loaded is what a derivation afresh reads from the merge."""

import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic

from gazette_kg.loaders import derive
from gazette_kg.loaders.load import LoadError, load_paths
from gazette_kg.ontology import derived_properties
from gazette_kg.store import open_store
from gazette_kg.vocabulary import DERIVED_GRAPH, GZ
from tests.conftest import BASE
from tests.faults import fill_disk_on_bulk_load
from tests.seeds import seed_path
from tests.snapshots import store_lines


def _derived(store) -> Graph:
    return Graph().parse(data=b"".join(store.graph_ntriples(DERIVED_GRAPH)), format="nt")


# A load adding fewer issues than the store holds stages their facts; one adding more counts everything again.
PATHS = [
    pytest.param(derive.STAGE_BELOW, id="as-configured"),
    pytest.param(1e9, id="staged"),
    pytest.param(0, id="counted-again"),
]


@pytest.mark.parametrize("stage_below", PATHS)
def test_adding_issues_derives_what_deriving_them_all_at_once_does(stage_below, tmp_path, monkeypatch):
    monkeypatch.setattr(derive, "STAGE_BELOW", stage_below)
    # issues of the same years on both sides, so that counts of pairs already there grow
    first, later = ["2018-2", "2022"], ["2018-9", "2021", "2017"]
    stepwise, at_once = open_store(str(tmp_path / "stepwise")), open_store(str(tmp_path / "at-once"))
    try:
        load_paths([seed_path(key) for key in first], stepwise, BASE)
        before = _derived(stepwise)
        load_paths([seed_path(key) for key in later], stepwise, BASE)
        load_paths([seed_path(key) for key in first + later], at_once, BASE)
        whole = _derived(at_once)
        assert len(whole) > len(before) > 100
        assert any(weight.toPython() > 1 for weight in whole.objects(None, GZ.provisionCount))
        assert isomorphic(_derived(stepwise), whole)
        assert all(any(whole.subjects(source, None)) for source in (GZ.edgeCiting, GZ.edgeOfficial, GZ.edgeLeader))
        _assert_one_value_shown(whole)
        # the same issues again: nothing to add, and nothing changes
        load_paths([seed_path(key) for key in later], stepwise, BASE)
        assert isomorphic(_derived(stepwise), whole)
        assert Literal(0) not in set(whole.objects(None, GZ.leaderCount))
        # and deriving afresh from the merge, every step by SPARQL, gives the same again
        derive.derive(at_once)
        assert isomorphic(_derived(at_once), whole)
    finally:
        stepwise.close()
        at_once.close()


def test_a_replaced_issue_is_derived_afresh(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    for directory in (first, second):
        directory.mkdir()
    text = seed_path("2021").read_text(encoding="utf-8")
    (first / "issue.txt").write_text(text, encoding="utf-8")
    # the same issue, one personnel line fewer: its edge must leave the derived graph
    lines = text.splitlines(keepends=True)
    dropped = next(i for i, line in enumerate(lines) if "任命" in line or "免去" in line)
    (second / "issue.txt").write_text("".join(lines[:dropped] + lines[dropped + 1 :]), encoding="utf-8")
    replaced, fresh = open_store(str(tmp_path / "replaced")), open_store(str(tmp_path / "fresh"))
    try:
        load_paths([first / "issue.txt"], replaced, BASE)
        before = _derived(replaced)
        load_paths([second / "issue.txt"], replaced, BASE)
        load_paths([second / "issue.txt"], fresh, BASE)
        assert not isomorphic(before, _derived(fresh))
        assert isomorphic(_derived(replaced), _derived(fresh))
    finally:
        replaced.close()
        fresh.close()


SHOWN = (GZ.shownLabel, GZ.shownNumber, GZ.shownTitle, GZ.shownCitedTitle, GZ.shownDate, GZ.shownEnded)


def _assert_one_value_shown(derived: Graph) -> None:
    """Every node of the networks has a label, and no node two values of one kind (restated nodes included)."""
    nodes = {
        node
        for predicate in (GZ.edgeCiting, GZ.edgeOfficial, GZ.edgeLeader, GZ.edgeTarget)
        for node in derived.objects(None, predicate)
    }
    assert nodes and nodes <= set(derived.subjects(GZ.shownLabel, None))
    for predicate in SHOWN:
        values = list(derived.subject_objects(predicate))
        assert values and len(values) == len({node for node, _ in values}), predicate


def test_a_load_failing_while_deriving_leaves_the_store_as_it_was(tmp_path, monkeypatch):
    store = open_store(str(tmp_path / "s"))
    load_paths([seed_path("2021")], store, BASE)
    before = store_lines(store)
    fill_disk_on_bulk_load(store, monkeypatch, call=2)  # the issues are written, then the derived graph's lines fail
    with pytest.raises(LoadError, match="No space left"):
        load_paths([seed_path(key) for key in ("2017", "2022")], store, BASE)
    monkeypatch.undo()
    assert store_lines(store) == before


def test_the_derived_graph_states_only_the_properties_the_ontology_holds_there(seed_store):
    # pages and exports leave these properties out (web/data.py); none of them is stated by an issue
    held = derived_properties()
    used = set(_derived(seed_store).predicates())
    assert used and used <= held
    stated = seed_store.select("SELECT DISTINCT ?p WHERE { ?s ?p ?o }")
    assert not held & {row["p"] for row in stated}


# the leaders coordination-bodies.rq lists, counted straight from the issue graphs' merge
LEADERS = """PREFIX gz: <https://gazette-kg.org/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
SELECT ?body (COUNT(DISTINCT ?person) AS ?n) WHERE {
  ?body gz:leader ?m . ?m org:member ?person ; org:role ?r . ?person foaf:name [] .
  ?r skos:prefLabel ?role . FILTER (LANG(?role) = "zh") } GROUP BY ?body"""


@pytest.mark.parametrize("stage_below", PATHS)
def test_each_body_counts_the_leaders_the_merge_gives_it(stage_below, tmp_path, monkeypatch):
    monkeypatch.setattr(derive, "STAGE_BELOW", stage_below)
    store = open_store(str(tmp_path / "s"))
    try:
        load_paths([seed_path("2018-9")], store, BASE)  # one body; the 144 bodies of 2018-2 come with the second load
        load_paths([seed_path(key) for key in ("2018-2", "2017")], store, BASE)
        expected = {str(row["body"]): int(row["n"]) for row in store.select(LEADERS)}
        counted = {str(body): count.toPython() for body, count in _derived(store).subject_objects(GZ.leaderCount)}
        assert len(expected) > 5 and counted == expected
    finally:
        store.close()
