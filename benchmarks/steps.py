"""A synthetic corpus loaded into one embedded store in steps, for benchmarks that measure at each size."""

from __future__ import annotations

import shutil
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
    load_seconds: float  # this step's load run alone (0 for a kept store opened again)


def grown_store(issues: int, keep: Path | None = None) -> Iterator[Step]:
    """Load ``issues`` synthetic issues in steps (10, 100, all), one load run per step as
    ``gazette-kg load`` of a folder would be, and yield the store after each step.

    With ``keep``, a copy of the store after each step is kept in ``keep/<issues>``, and when
    copies of every size are there already they are opened instead of loading again (to measure
    again after changing a query; load a corpus anew after changing the loader)."""
    kept = [keep / str(size) for size in sizes(issues)] if keep else []
    if kept and all(path.is_dir() for path in kept):
        for size, path in zip(sizes(issues), kept):
            store = open_store(str(path))
            try:
                yield Step(size, store, 0.0)
            finally:
                store.close()
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = generate_corpus(issues, Path(tmp) / "corpus")
        location = str(Path(tmp) / "store")
        store = open_store(location)
        loaded = 0
        try:
            for size in sizes(issues):
                began = time.perf_counter()
                load_paths(corpus[loaded:size], store, BASE)
                loaded = size
                yield Step(size, store, time.perf_counter() - began)
                if keep:
                    store.close()
                    shutil.rmtree(keep / str(size), ignore_errors=True)
                    shutil.copytree(location, keep / str(size))
                    store = open_store(location)
        finally:
            store.close()
