"""The derived graph: what the slowest saved queries and the analytics networks need, computed from
the issue graphs after each load.

Some answers join every task, or every leading membership, of the corpus with another (agencies
named on the same line of a document; how many leaders each coordination body has), and at
1,000 issues that takes seconds however the query is written. Those facts are computed once a
load has written its issues, into one named graph of their own (``DERIVED_GRAPH``), and the
queries look them up there with ``GRAPH``. So are the edges of the citation, officials and bodies
networks (one resource per citation, leading membership or personnel event as an issue states it) and
what the networks show of their nodes, one value of each kind a node (display name; a document's
number, title, date; an official's events and a leader's bodies packed in one string), so that a fact
restated in many issues is read once.

What the derived graph takes from one issue alone — the lines that assign tasks, the networks' edges,
each body's counted leaders — the loader's workers compute as they map the issue (``rdf/derived.py``),
and the writer adds it after the issues, in the same run (``streamed_into`` says into which graph). What depends on many issues is derived
after they are written, each step a CONSTRUCT (``sparql/derive-*.rq``) whose triples the store adds to
the graph (``Store.add_constructed``), within the load's run (on the embedded store readers see the old
graph or the new one).

A load that adds fewer issues than the store holds stages their facts in a graph of their own: the pair
counts their lines raise are counted and added to the old counts, the staged facts join the derived
graph (a line stated again is not counted twice), the bodies the issues name have their leaders counted
again, and the nodes they touch have their shown values computed again. So adding 10 issues to 1,000
costs about what 10 cost. A load that adds as many issues as the store holds, or more, writes their facts
straight into the derived graph and counts every pair, leader and shown value again (emptying a staging
graph of that size would cost more: Oxigraph takes 30–100 µs to delete a triple). A load that replaced
an issue (or the vocabulary), or a store with issues and no derived graph, empties the derived graph and
derives it afresh from the merge, every step by SPARQL.

On the embedded store the derived triples stay out of the default graph (the merge of what the
issues state); a remote store's union default graph shows them too. They are stated with properties
of their own, which the ontology marks as held in the derived graph (``gz:heldIn``), so that resource
pages leave them out on every store (``web/data.py``); exports leave the derived graph out.
"""

from __future__ import annotations

from rdflib import URIRef

from gazette_kg.sparql_text import bind, load_query
from gazette_kg.store.base import Store
from gazette_kg.vocabulary import DERIVED_GRAPH, GZ, VOCABULARY_GRAPH, is_derived

# Where a load that adds issues to a derived store puts what its workers derived from them, until counted.
STAGING_GRAPH = URIRef(f"{DERIVED_GRAPH}/staging")
# The nodes whose shown values are to be computed (again), for the length of a derivation.
TOUCHED_GRAPH = URIRef(f"{DERIVED_GRAPH}/touched")
# A load stages its issues' facts while it adds fewer than this share of the issues the store holds.
STAGE_BELOW = 1.0
# What the derived graph shows of a node, one value of each (sparql/derive-shown.rq).
SHOWN = [
    GZ.shownLabel,
    GZ.shownNumber,
    GZ.shownTitle,
    GZ.shownCitedTitle,
    GZ.shownDate,
    GZ.shownEnded,
    GZ.shownEvents,
    GZ.shownLeads,
]


def _query(name: str, **values) -> str:
    return bind(load_query("gazette_kg.loaders", name), **values)


def _issues(graphs: list[URIRef]) -> list[URIRef]:
    return [g for g in graphs if g != VOCABULARY_GRAPH and not is_derived(g)]


def streamed_into(store: Store, adding: int) -> URIRef | None:
    """The graph a load of ``adding`` issues writes their own derived facts into (``rdf/derived.py``): the
    (emptied) staging graph of a derived store that holds more issues than that, else the derived graph;
    none where the load must derive afresh anyway (a store with issues and no derived graph)."""
    graphs = store.graphs()
    held = len(_issues(graphs))
    if DERIVED_GRAPH not in graphs:
        return None if held else DERIVED_GRAPH
    store.clear_graph(STAGING_GRAPH)  # left by a run that died
    return STAGING_GRAPH if adding < STAGE_BELOW * held else DERIVED_GRAPH


def derive(store: Store, added: list[URIRef] | None = None, streamed: URIRef | None = None) -> None:
    """Bring the derived graph in step with the issue graphs after a load that only added the issue graphs
    ``added``, their own derived facts written into ``streamed`` (``streamed_into``); afresh otherwise."""
    issues = _issues(store.graphs())
    if added is None or streamed is None:
        _afresh(store, issues)
    elif streamed == DERIVED_GRAPH:  # every line is in the derived graph: count them all again
        _count_pairs(store, staged=False)
        _finish(store, issues, _query("derive-touched", graph=DERIVED_GRAPH))
    elif added:
        _count_pairs(store, staged=True)
        store.add_constructed(DERIVED_GRAPH, _query("derive-staged", staging=STAGING_GRAPH))
        store.clear_graph(STAGING_GRAPH)
        _finish(store, added, _query("derive-new-touched", graph=DERIVED_GRAPH, issues=added))


def _afresh(store: Store, issues: list[URIRef]) -> None:
    """The derived graph emptied and derived from the merge, every step by SPARQL."""
    store.clear_graph(STAGING_GRAPH)
    store.clear_graph(DERIVED_GRAPH)
    # the lines go straight into the derived graph, and every one is counted (none is in the empty staging graph)
    store.add_constructed(DERIVED_GRAPH, _query("derive-lines"))
    store.add_constructed(DERIVED_GRAPH, _query("derive-counted-leaders"))
    store.add_constructed(DERIVED_GRAPH, _query("derive-edges", graph=DERIVED_GRAPH))
    _count_pairs(store, staged=False)
    _finish(store, issues, _query("derive-touched", graph=DERIVED_GRAPH))


def _count_pairs(store: Store, staged: bool) -> None:
    """Raise the pair counts by the staged lines the derived graph does not hold, or count every line of
    the derived graph (the staging graph empty: no line is held there, and it holds no old count)."""
    if staged:
        graphs = {"lines": STAGING_GRAPH, "counted": DERIVED_GRAPH, "totals": DERIVED_GRAPH}
    else:
        graphs = {"lines": DERIVED_GRAPH, "counted": STAGING_GRAPH, "totals": STAGING_GRAPH}
    store.add_constructed(DERIVED_GRAPH, _query("derive-pairs", graph=DERIVED_GRAPH, **graphs), replacing=[GZ.provisionCount])


def _finish(store: Store, issues: list[URIRef], touched: str) -> None:
    """Count again the leaders of the bodies ``issues`` name (from the leaders the derived graph counts for
    each), and compute the shown values of the nodes the CONSTRUCT ``touched`` marks, in place of those held."""
    store.add_constructed(DERIVED_GRAPH, _query("derive-leaders", graph=DERIVED_GRAPH, issues=issues), replacing=[GZ.leaderCount])
    store.clear_graph(TOUCHED_GRAPH)
    store.add_constructed(TOUCHED_GRAPH, touched)
    store.add_constructed(DERIVED_GRAPH, _query("derive-shown", graph=DERIVED_GRAPH, touched=TOUCHED_GRAPH), replacing=SHOWN)
    store.clear_graph(TOUCHED_GRAPH)
