"""Run a benchmark by name: ``python -m benchmarks parse`` (``python -m benchmarks`` lists them)."""

from __future__ import annotations

import importlib
import sys

BENCHMARKS = {
    "parse": "benchmarks.parse_bench:main",
    "load": "benchmarks.load_bench:main",
    "queries": "benchmarks.queries_bench:main",
    "analytics": "benchmarks.analytics_bench:main",
    "web": "benchmarks.web_load:main",
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in BENCHMARKS:
        print("usage: python -m benchmarks NAME [ARGS]\nbenchmarks: " + ", ".join(sorted(BENCHMARKS)))
        return 2
    module_name, function = BENCHMARKS[argv[0]].split(":")
    return getattr(importlib.import_module(module_name), function)(argv[1:]) or 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
