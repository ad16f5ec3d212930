"""The named analyses: which network each reads and which measure it computes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from gazette_kg.analytics import measures
from gazette_kg.analytics.projections import NETWORKS, Select


@dataclass(frozen=True)
class Analysis:
    network: str
    compute: Callable  # (graph, select, at, limit) -> Measure


ANALYSES: dict[str, Analysis] = {
    "most-cited": Analysis("citations", lambda g, s, at, n: measures.most_cited(g, n)),
    "repeal-chains": Analysis("repeals", lambda g, s, at, n: measures.repeal_chains(g, n)),
    "lapsed": Analysis("repeals", lambda g, s, at, n: measures.lapsed_without_successor(s, at)),
    "central-agencies": Analysis("co-responsibility", lambda g, s, at, n: measures.centrality(g, n)[0]),
    "communities": Analysis("co-responsibility", lambda g, s, at, n: measures.communities(g, n)),
    "officials-most-posts": Analysis("careers", lambda g, s, at, n: measures.officials_with_most_posts(g, n)),
    "holders-at": Analysis("careers", lambda g, s, at, n: measures.holders_at(g, at)),
    "leaders-most-bodies": Analysis("bodies", lambda g, s, at, n: measures.leaders_on_most_bodies(g, n)),
}


def run_analysis(name: str, select: Select, at: str | None = None, limit: int = 20, year: int | None = None) -> measures.Measure:
    """``year`` narrows the co-responsibility network to one year's documents (other networks ignore it)."""
    analysis = ANALYSES[name]
    graph = NETWORKS[analysis.network](select, year=year)
    return analysis.compute(graph, select, at or dt.date.today().isoformat(), limit)
