"""The derived graph: adding issues to a derived store gives what deriving them all at once gives."""

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


@pytest.mark.parametrize("afresh_from", [derive.AFRESH_FROM, 1e9], ids=["as-configured", "always-from-added"])
def test_adding_issues_derives_what_deriving_them_all_at_once_does(afresh_from, tmp_path, monkeypatch):
    # more issues added than held derive afresh; with a high threshold the same load derives from the added alone
    monkeypatch.setattr(derive, "AFRESH_FROM", afresh_from)
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
    finally:
        stepwise.close()
        at_once.close()


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


@pytest.mark.parametrize("afresh_from", [derive.AFRESH_FROM, 1e9], ids=["as-configured", "always-from-added"])
def test_each_body_counts_the_leaders_the_merge_gives_it(afresh_from, tmp_path, monkeypatch):
    monkeypatch.setattr(derive, "AFRESH_FROM", afresh_from)
    store = open_store(str(tmp_path / "s"))
    try:
        load_paths([seed_path("2018-9")], store, BASE)  # one body; the 144 bodies of 2018-2 come with the second load
        load_paths([seed_path(key) for key in ("2018-2", "2017")], store, BASE)
        expected = {str(row["body"]): int(row["n"]) for row in store.select(LEADERS)}
        counted = {str(body): count.toPython() for body, count in _derived(store).subject_objects(GZ.leaderCount)}
        assert len(expected) > 5 and counted == expected
    finally:
        store.close()
