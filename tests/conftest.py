"""Session fixtures: one store holding the five seed issues, and the web app over it."""

from __future__ import annotations

import threading

import pytest

from gazette_kg import config
from gazette_kg.loaders.load import load_paths
from gazette_kg.paths import seeds_dir
from gazette_kg.store import open_store
from gazette_kg.store.dumps import write_dumps
from gazette_kg.web.app import create_app
from tests.servers import free_port

BASE = "https://gazette-kg.org/id/"


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    """An embedded store with the five seeds loaded (read it; do not write to it)."""
    store = open_store(str(tmp_path_factory.mktemp("seed-store")))
    load_paths([seeds_dir()], store, BASE)
    return store


@pytest.fixture(scope="session")
def seed_dumps(seed_store, tmp_path_factory):
    """The seeds' dumps in every format, as `gazette-kg load` writes them."""
    folder = tmp_path_factory.mktemp("dumps")
    write_dumps(seed_store, folder)
    return folder


@pytest.fixture(scope="session")
def app(seed_store, seed_dumps):
    # no rate limit and two queries per client: the tests are one client asking fast (tests/web/test_protection.py
    # checks the limits themselves)
    settings = config.settings(
        store=seed_store.location,
        query_timeout=3.0,
        max_results=500,
        query_workers=2,
        rate_limit="",
        client_queries=2,
        public_queries=2,
        dump_dir=str(seed_dumps),
    )
    application = create_app(settings)
    yield application
    application.extensions["executor"].close()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def live_server(app):
    """The app under waitress on a free loopback port."""
    from waitress.server import create_server

    port = free_port()
    server = create_server(app, host="127.0.0.1", port=port, threads=6)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}"
    server.close()
