"""The web app over the seed store, for the Flask test client and for a real browser."""

from __future__ import annotations

import socket
import threading

import pytest

from gazette_kg import config
from gazette_kg.web.app import create_app


@pytest.fixture(scope="session")
def app(seed_store):
    settings = config.settings(store=seed_store.location, query_timeout=3.0, max_results=500, query_workers=2)
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

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = create_server(app, host="127.0.0.1", port=port, threads=6)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}"
    server.close()
