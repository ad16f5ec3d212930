"""Session fixtures: one store holding the five seed issues, and the web app over it.

``--backend embedded|oxigraph|virtuoso`` (default embedded) says which store the session's app
serves: the embedded seed store, or a server of that kind started on loopback (tests/servers.py)
with the seeds loaded into it. ``seed_store`` stays the embedded store, the reference the
app's answers are checked against. Two markers make a backend's difference visible in the report:
``embedded_only(reason)`` skips a test on a server with that reason, and
``differs_on(backend, ..., reason=...)`` makes it an xfail there (strict unless ``strict=False``).
"""

from __future__ import annotations

import threading

import pytest

from gazette_kg import config
from gazette_kg.loaders.load import load_paths
from gazette_kg.paths import seeds_dir
from gazette_kg.store import open_store
from gazette_kg.store.dumps import write_dumps
from gazette_kg.store.remote import RemoteStore
from gazette_kg.web.app import create_app
from tests.servers import SERVERS, free_port, running_server

BASE = "https://gazette-kg.org/id/"
BACKENDS = ("embedded", *SERVERS)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        choices=BACKENDS,
        default="embedded",
        help="the store the session's web app serves (a server is started on loopback with the seeds loaded)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On a server, ``embedded_only`` tests are skipped and ``differs_on`` tests xfail, each with its reason."""
    backend = config.getoption("backend")
    if backend == "embedded":
        return
    for item in items:
        for mark in item.iter_markers("embedded_only"):
            item.add_marker(pytest.mark.skip(reason=f"embedded store only: {mark.args[0]}"))
        for mark in item.iter_markers("differs_on"):
            if backend in mark.args:
                item.add_marker(
                    pytest.mark.xfail(reason=f"{backend}: {mark.kwargs['reason']}", strict=mark.kwargs.get("strict", True))
                )


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    """An embedded store with the five seeds loaded (read it; do not write to it)."""
    store = open_store(str(tmp_path_factory.mktemp("seed-store")))
    load_paths([seeds_dir()], store, BASE)
    return store


@pytest.fixture(scope="session")
def served_store(pytestconfig, seed_store, tmp_path_factory):
    """The store the session's app serves, holding the seeds: ``seed_store``, or a server of ``--backend``
    whose default graph is the union of the issue graphs (read it; do not write to it)."""
    backend = pytestconfig.getoption("backend")
    if backend == "embedded":
        yield seed_store
        return
    with running_server(backend, tmp_path_factory.mktemp(backend)) as (query_url, update_url):
        load_paths([seeds_dir()], RemoteStore(query_url, update_url), BASE)
        yield open_store(query_url)


@pytest.fixture(scope="session")
def seed_dumps(seed_store, tmp_path_factory):
    """The seeds' dumps in every format, as `gazette-kg load` writes them."""
    folder = tmp_path_factory.mktemp("dumps")
    write_dumps(seed_store, folder)
    return folder


@pytest.fixture(scope="session")
def app(served_store, seed_dumps):
    # no rate limit and two queries per client: the tests are one client asking fast (tests/web/test_protection.py
    # checks the limits themselves)
    settings = config.settings(
        store=served_store.location,
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
