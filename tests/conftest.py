"""Session fixtures: one store holding the five seed issues, loaded once for all tests that read it."""

from __future__ import annotations

import pytest

from gazette_kg.loaders.load import load_paths
from gazette_kg.paths import seeds_dir
from gazette_kg.store import open_store

BASE = "https://gazette-kg.org/id/"


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    """An embedded store with the five seeds loaded (read it; do not write to it)."""
    store = open_store(str(tmp_path_factory.mktemp("seed-store")))
    load_paths([seeds_dir()], store, BASE)
    return store
