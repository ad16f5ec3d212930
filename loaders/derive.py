"""The derived graph: what the slowest saved queries and the analytics networks need, computed from
the issue graphs after each load.

Some answers join every task, or every leading membership, of the corpus with another (agencies
named on the same line of a document; how many leaders each coordination body has), and at
1,000 issues that takes seconds however the query is written. Those facts are computed once a
load has written its issues, into one named graph of their own (``DERIVED_GRAPH``), and the
queries look them up there with ``GRAPH``. So are the edges of the citation, officials and bodies
networks (one resource per citation, personnel event or leading membership) and what the networks
show of their nodes, one value of each kind a node (display name; a document's number, title,
date): a fact restated in many issues is there once. The derivations are SPARQL updates
(``sparql/derive*.rq``) run inside the store after every load, within the load's run (on the
embedded store readers see the old graph or the new one). A load that only added issues adds
what they bring (``derive-new*.rq``: their lines, staged in a graph of their own so that the pair
counts they raise are counted from them alone, and their bodies' leaders counted again; their edges,
and the shown values of the nodes they touch computed again), so adding 10 issues to 1,000 costs
about what 10 cost; one that replaced an issue drops the derived graph and computes it again from
all of them.

On the embedded store the derived triples stay out of the default graph (the merge of what the
issues state); a remote store's union default graph shows them too, under their own predicates.
"""

from __future__ import annotations

from rdflib import URIRef

from gazette_kg.sparql_text import bind, load_query
from gazette_kg.store.base import Store
from gazette_kg.vocabulary import DERIVED_GRAPH

# The updates, in order: the pairs counted from the lines the first wrote, the network edges, their nodes'
# shown values.
UPDATES = ("derive", "derive-pairs", "derive-edges", "derive-shown")
# For added issues, in order: their lines staged, the pair counts they raise, the staged lines added, their
# network edges, the shown values of the nodes these touch.
ADDING = ("derive-new", "derive-new-pairs", "derive-new-end", "derive-new-edges", "derive-shown")
STAGING_GRAPH = URIRef(f"{DERIVED_GRAPH}/staging")
# The nodes whose shown values are to be computed (again), marked by the edge updates for derive-shown.rq.
TOUCHED_GRAPH = URIRef(f"{DERIVED_GRAPH}/touched")


def derive(store: Store, added: list[URIRef] | None = None) -> None:
    """Compute the derived graph again inside the store and swap it in; with ``added`` (a load
    that only added these issue graphs to a store already derived), add what they bring."""
    if added is not None and DERIVED_GRAPH in store.graphs():
        names, issues = ADDING if added else (), added
    else:
        names, issues = UPDATES, []
    for name in names:
        query = load_query("gazette_kg.loaders", name)
        store.update(bind(query, graph=DERIVED_GRAPH, staging=STAGING_GRAPH, touched=TOUCHED_GRAPH, issues=issues))
