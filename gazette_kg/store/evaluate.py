"""One query on a pyoxigraph store, answered as bytes in the negotiated format, cut at the cap.

Run in the embedded store's worker processes (and in-process when no time limit is asked);
the only module besides ``embedded.py`` that evaluates SPARQL on pyoxigraph.
"""

from __future__ import annotations

import pyoxigraph as ox

from gazette_kg.store.base import Refused
from gazette_kg.store.formats import negotiate
from gazette_kg.store.results import QueryResult, ask_result, graph_result, select_result, term_json

# (default graph IRIs, named graph IRIs) given by the protocol's default-graph-uri / named-graph-uri
Dataset = tuple[list[str], list[str]]


def evaluate(
    store: ox.Store, query: str, accept: str | None, cap: int | None, dataset: Dataset | None = None, base: str | None = None
) -> QueryResult:
    default, named = dataset or ([], [])
    try:
        # without a dataset, the default graph holds the merge of the issue graphs
        solutions = store.query(
            query,
            base_iri=base,
            default_graph=[ox.NamedNode(g) for g in default] or None,
            named_graphs=[ox.NamedNode(g) for g in named] or None,
        )
    except SyntaxError as err:
        raise Refused(f"SPARQL syntax error: {err}", 400) from None
    if isinstance(solutions, ox.QueryBoolean):
        return ask_result(negotiate("results", accept), bool(solutions))
    if isinstance(solutions, ox.QuerySolutions):
        fmt = negotiate("results", accept)
        variables = [v.value for v in solutions.variables]
        rows = ({v: t for v in variables if (t := term_json(solution[v])) is not None} for solution in solutions)
        return select_result(fmt, variables, rows, cap)
    return graph_result(negotiate("graph", accept), solutions, cap)
