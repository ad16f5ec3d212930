"""A synthetic corpus loaded into one embedded store in steps, for benchmarks that measure at each size."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks.growth import sizes
from benchmarks.synth import generate_corpus
from gazette_kg import config
from gazette_kg.loaders.load import load_paths
from gazette_kg.store import open_store
from gazette_kg.store.embedded import EmbeddedStore

BASE = config.get("base_iri")


@dataclass
class Step:
    issues: int
    store: EmbeddedStore
    load_seconds: float  # this step's load run alone


def grown_store(issues: int) -> Iterator[Step]:
    """Load ``issues`` synthetic issues in steps (10, 100, all), one load run per step as
    ``gazette-kg load`` of a folder would be, and yield the store after each step."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = generate_corpus(issues, Path(tmp) / "corpus")
        store = open_store(str(Path(tmp) / "store"))
        loaded = 0
        try:
            for size in sizes(issues):
                began = time.perf_counter()
                load_paths(corpus[loaded:size], store, BASE)
                loaded = size
                yield Step(size, store, time.perf_counter() - began)
        finally:
            store.close()
