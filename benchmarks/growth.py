"""Corpus sizes a benchmark steps through, timing helpers, and how a time grows between sizes.

Every scale benchmark loads one synthetic corpus in steps (10, 100, then all ``--issues``) and
measures after each step; the growth exponent between the last two sizes says how a row scales
(1 = linear, 2 = quadratic). A row is marked when it grows faster than linear beyond the noise
of a shared machine, or when it passes its time budget.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable

# Exponents up to this count as linear: a shared 2-core machine makes single timings jitter.
LINEAR_UP_TO = 1.15
# Below this many seconds at the largest size a time is mostly interpreter and timer overhead,
# and its growth says nothing about the query.
NOISE_FLOOR = 0.01
RUNS = 5


def sizes(issues: int) -> list[int]:
    """The corpus sizes to measure at: 10, 100 and ``issues``, those not above ``issues``."""
    return sorted({n for n in (10, 100) if n < issues} | {issues})


def p50(function: Callable[[], object], runs: int = RUNS) -> float:
    """Median seconds of ``runs`` calls, after one warm-up call that is not counted."""
    function()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def exponent(times: dict[int, float]) -> float | None:
    """Growth exponent of a time between the two largest sizes, None with fewer than two."""
    if len(times) < 2:
        return None
    (small, t_small), (large, t_large) = sorted(times.items())[-2:]
    return math.log(max(t_large, 1e-6) / max(t_small, 1e-6)) / math.log(large / small)


def marks(times: dict[int, float], budget: float | None = None) -> str:
    """'superlinear' and/or 'over budget' for a row, or '' when it scales and fits."""
    found = []
    grows = exponent(times)
    if grows is not None and grows > LINEAR_UP_TO and max(times.values()) >= NOISE_FLOOR:
        found.append("superlinear")
    if budget is not None and times[max(times)] > budget:
        found.append(f"over {budget:g} s")
    return ", ".join(found)


def format_exponent(times: dict[int, float]) -> str:
    grows = exponent(times)
    return "-" if grows is None else f"{grows:.2f}"


def footer() -> str:
    return (
        f"growth: exponent of time between the two largest sizes (1 = linear); marked above {LINEAR_UP_TO} "
        f"when the largest time is at least {NOISE_FLOOR * 1000:g} ms. The machine may be shared: compare ratios."
    )


def size_header(sizes_measured: list[int]) -> str:
    """Column headings, one per corpus size (0 stands for the five seeds)."""
    return " ".join(f"{f'{n or 5} issues':>11}" for n in sizes_measured)


def size_cells(times: dict[int, float], scale: float = 1.0, digits: int = 1) -> str:
    """A row's times, one cell per size, multiplied by ``scale`` (1000 for milliseconds)."""
    return " ".join(f"{times[n] * scale:11.{digits}f}" for n in sorted(times))
