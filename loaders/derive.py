"""The derived graph: what the slowest saved queries need, computed from the issue graphs after each load.

Some answers join every task, or every leading membership, of the corpus with another (agencies
named on the same line of a document; how many leaders each coordination body has), and at
1,000 issues that takes seconds however the query is written. Those facts are computed once a
load has written its issues, into one named graph of their own (``DERIVED_GRAPH``), and the
queries look them up there with ``GRAPH``. The derivations are SPARQL updates
(``sparql/derive*.rq``) run inside the store after every load, within the load's run (on the
embedded store readers see the old graph or the new one). A load that only added issues adds
what they bring (``derive-new*.rq``: their lines, staged in a graph of their own so that the
pair counts they raise are counted from them alone, and their bodies' leaders counted again), so adding 10 issues to 1,000 costs about what 10 cost; one that
replaced an issue drops the derived graph and computes it again from all of them.

On the embedded store the derived triples stay out of the default graph (the merge of what the
issues state); a remote store's union default graph shows them too, under their own predicates.
"""

from __future__ import annotations

from rdflib import URIRef

from gazette_kg.sparql_text import bind, load_query
from gazette_kg.store.base import Store
from gazette_kg.vocabulary import DERIVED_GRAPH

# The updates, in order: the second counts what the first wrote.
UPDATES = ("derive", "derive-pairs")
# For added issues, in order: their lines staged, the pair counts they raise, the staged lines added.
ADDING = ("derive-new", "derive-new-pairs", "derive-new-end")
STAGING_GRAPH = URIRef(f"{DERIVED_GRAPH}/staging")


def derive(store: Store, added: list[URIRef] | None = None) -> None:
    """Compute the derived graph again inside the store and swap it in; with ``added`` (a load
    that only added these issue graphs to a store already derived), add what they bring."""
    if added is not None and DERIVED_GRAPH in store.graphs():
        if added:
            for name in ADDING:
                query = load_query("gazette_kg.loaders", name)
                store.update(bind(query, graph=DERIVED_GRAPH, staging=STAGING_GRAPH, issues=added))
        return
    for name in UPDATES:
        store.update(bind(load_query("gazette_kg.loaders", name), graph=DERIVED_GRAPH))
