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

Each step is a CONSTRUCT (``sparql/derive-*.rq``) whose triples the store adds to the graph
(``Store.add_constructed``), within the load's run (on the embedded store readers see the old
graph or the new one). A load that only added issues derives from them alone: their lines are
staged in a graph of their own, the pair counts they raise are counted from those and added to
the old counts, the lines join the derived graph, the leaders they state join those counted for
each body, and the bodies they name have their leaders counted again; their edges are added, and the nodes they touch have their shown values computed
again. So adding 10 issues to 1,000 costs about what 10 cost. A load that replaced an
issue, or one that adds more issues than the store held, empties the derived graph and derives
it afresh from the merge.

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

STAGING_GRAPH = URIRef(f"{DERIVED_GRAPH}/staging")
# The nodes whose shown values are to be computed (again), for the length of a derivation.
TOUCHED_GRAPH = URIRef(f"{DERIVED_GRAPH}/touched")
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
# Deriving from added issues costs per issue added, deriving afresh per issue held; past this share of
# added to held issues, deriving afresh is the cheaper.
AFRESH_FROM = 1.0


def _query(name: str, **values) -> str:
    return bind(load_query("gazette_kg.loaders", name), **values)


def derive(store: Store, added: list[URIRef] | None = None) -> None:
    """Bring the derived graph in step with the issue graphs: with ``added`` (a load that only added
    these issue graphs to a store already derived), from those alone; otherwise afresh."""
    graphs = store.graphs()
    issues = [g for g in graphs if g != VOCABULARY_GRAPH and not is_derived(g)]
    if added is not None and DERIVED_GRAPH in graphs and len(added) < AFRESH_FROM * (len(issues) - len(added)):
        if added:
            _add_issues(store, added)
        return
    store.clear_graph(DERIVED_GRAPH)
    # the lines go straight into the derived graph, and every one is counted (none is in the empty staging graph)
    store.add_constructed(DERIVED_GRAPH, _query("derive-lines"))
    store.add_constructed(DERIVED_GRAPH, _query("derive-counted-leaders"))
    _count(store, lines=DERIVED_GRAPH, counted=STAGING_GRAPH, issues=issues)
    store.add_constructed(DERIVED_GRAPH, _query("derive-edges", graph=DERIVED_GRAPH))
    _show(store, _query("derive-touched", graph=DERIVED_GRAPH))


def _add_issues(store: Store, added: list[URIRef]) -> None:
    """Add what the issue graphs ``added`` bring: their lines staged, counted unless the derived graph
    holds them already, then added to it."""
    store.clear_graph(STAGING_GRAPH)
    store.add_constructed(STAGING_GRAPH, _query("derive-issue-lines", issues=added))
    store.add_constructed(DERIVED_GRAPH, _query("derive-new-counted-leaders", issues=added))
    _count(store, lines=STAGING_GRAPH, counted=DERIVED_GRAPH, issues=added)
    store.add_constructed(DERIVED_GRAPH, _query("derive-staged", staging=STAGING_GRAPH))
    store.clear_graph(STAGING_GRAPH)
    store.add_constructed(DERIVED_GRAPH, _query("derive-new-edges", graph=DERIVED_GRAPH, issues=added))
    _show(store, _query("derive-new-touched", graph=DERIVED_GRAPH, issues=added))


def _count(store: Store, lines: URIRef, counted: URIRef, issues: list[URIRef]) -> None:
    """Raise the pair counts by the ``lines`` not in ``counted``, and count again the leaders of the
    bodies ``issues`` name (from the leaders the derived graph counts for each body)."""
    pairs = _query("derive-pairs", graph=DERIVED_GRAPH, lines=lines, counted=counted)
    store.add_constructed(DERIVED_GRAPH, pairs, replacing=[GZ.provisionCount])
    store.add_constructed(DERIVED_GRAPH, _query("derive-leaders", graph=DERIVED_GRAPH, issues=issues), replacing=[GZ.leaderCount])


def _show(store: Store, touched: str) -> None:
    """Compute the shown values of the nodes the CONSTRUCT ``touched`` marks, in place of those held."""
    store.clear_graph(TOUCHED_GRAPH)
    store.add_constructed(TOUCHED_GRAPH, touched)
    store.add_constructed(DERIVED_GRAPH, _query("derive-shown", graph=DERIVED_GRAPH, touched=TOUCHED_GRAPH), replacing=SHOWN)
    store.clear_graph(TOUCHED_GRAPH)
