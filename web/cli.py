"""``gazette-kg serve``: the web app under waitress (the Flask dev server only with --debug)."""

from __future__ import annotations

import socket
import sys

import click
from waitress import serve as waitress_serve

from gazette_kg import config
from gazette_kg.web.app import create_app


@click.command()
@click.option("--store", "store_location", default=None, help="Store folder or SPARQL endpoint URL.")
@click.option("--host", default=None, help=f"Address to listen on [GAZETTE_KG_HOST, default {config.default('host')}].")
@click.option("--port", default=None, type=int, help=f"Port to listen on [GAZETTE_KG_PORT, default {config.default('port')}].")
@click.option(
    "--timeout", "query_timeout", type=float, default=None, help="Query time limit in seconds [GAZETTE_KG_QUERY_TIMEOUT]."
)
@click.option("--max-results", type=int, default=None, help="Row cap of the public endpoint [GAZETTE_KG_MAX_RESULTS].")
@click.option(
    "--threads",
    type=int,
    default=None,
    help=f"waitress worker threads [GAZETTE_KG_THREADS, default {config.default('threads')}].",
)
@click.option("--rate-limit", default=None, help="Requests per client, e.g. 60/minute [GAZETTE_KG_RATE_LIMIT].")
@click.option("--debug", is_flag=True, help="Flask's development server with the debugger (never in production).")
def serve(store_location, host, port, query_timeout, max_results, threads, rate_limit, debug) -> None:
    """Serve the catalogue, /sparql, resource pages and the graph view."""
    settings = config.settings(
        store=store_location,
        query_timeout=query_timeout,
        max_results=max_results,
        threads=threads,
        rate_limit=rate_limit,
        host=host,
        port=port,
    )
    host, port = settings["host"], settings["port"]
    if busy := _in_use(host, port):
        click.echo(
            f"error: cannot listen on {host}:{port} ({busy}); choose another port: "
            f"`gazette-kg serve --port {port + 1}`, GAZETTE_KG_PORT={port + 1} or `make demo PORT={port + 1}`",
            err=True,
        )
        sys.exit(1)
    app = create_app(settings)
    click.echo(f"serving {app.config['GAZETTE']['store']} at http://{host}:{port}/")
    if debug:
        app.run(host=host, port=port, debug=True, use_reloader=False)
        return
    waitress_serve(app, host=host, port=port, threads=settings["threads"], ident="gazette-kg")


def _in_use(host: str, port: int) -> str | None:
    """Why ``host:port`` cannot be listened on (taken by another program, say), or None if it can."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        try:
            probe.bind((host, port))
        except OSError as err:
            return err.strerror or str(err)
    return None
