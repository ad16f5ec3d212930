"""The derived graph: what the slowest saved queries need, computed from the issue graphs after each load.

Some answers join every task, or every leading membership, of the corpus with another (agencies
named on the same line of a document; how many leaders each coordination body has), and at
1,000 issues that takes seconds however the query is written. Those facts are computed once a
load has written its issues, into one named graph of their own (``DERIVED_GRAPH``), and the
queries look them up there with ``GRAPH``. The derivations are SPARQL updates
(``sparql/derive*.rq``) run inside the store after every load, incremental ones too: they drop the
derived graph and compute it again, within the load's run (on the embedded store readers see the
old one or the new one).

On the embedded store the derived triples stay out of the default graph (the merge of what the
issues state); a remote store's union default graph shows them too, under their own predicates.
"""

from __future__ import annotations

from gazette_kg.sparql_text import bind, load_query
from gazette_kg.store.base import Store
from gazette_kg.vocabulary import DERIVED_GRAPH

# The updates, in order: the second counts what the first wrote.
UPDATES = ("derive", "derive-pairs")


def derive(store: Store) -> None:
    """Compute the derived graph again inside the store and swap it in."""
    for name in UPDATES:
        store.update(bind(load_query("gazette_kg.loaders", name), graph=DERIVED_GRAPH))
