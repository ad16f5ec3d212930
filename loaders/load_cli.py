"""``gazette-kg load`` and ``status``: the loader's commands that need a store — files into it,
one named graph per issue (with its dumps), and whether a loaded document is in force on a date, and why."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import Progress

from gazette_kg import config
from gazette_kg.loaders.inforce import status as document_status
from gazette_kg.loaders.load import LoadError, collect_files, load_paths
from gazette_kg.store import StoreError, open_store
from gazette_kg.store.cli import store_option, triples
from gazette_kg.store.dumps import dump_folder, write_dumps
from gazette_kg.store.generation import remove_store


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@store_option
@click.option("--base", default=None, help="Base IRI for minted resources [GAZETTE_KG_BASE_IRI].")
@click.option("--source-url", default=None, metavar="URL", help="Where the one file given (a saved web page) came from.")
def load(paths: tuple[str, ...], store_location: str | None, base: str | None, source_url: str | None) -> None:
    """Parse gazette files (text, PDF, web pages; or folders of them) and load them, one named graph per issue."""
    files = collect_files(paths)
    location = config.get("store", store_location)
    created = not str(location).startswith(("http://", "https://")) and not Path(location).exists()
    try:
        store = open_store(store_location)
        with Progress(console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task("parsing", total=len(files))
            report = load_paths(paths, store, config.get("base_iri", base), lambda _: progress.advance(task), source_url)
    except (LoadError, StoreError) as err:
        if created:  # a store this run created and wrote nothing to is not left behind
            remove_store(location)
        click.echo(f"error: {err}; nothing was written", err=True)
        sys.exit(1)
    unchanged = f" ({len(report.unchanged)} unchanged, skipped)" if report.unchanged else ""
    click.echo(
        f"loaded {len(report.issues)} issue(s) into {store.location}{unchanged}: {report.triples} triples as "
        f"stated in their issue graphs; the default graph now holds {triples(store)} triples (each once)"
    )
    folder = dump_folder(store.location)
    write_dumps(store, folder)
    click.echo(f"dumps written to {folder}")


@click.command()
@click.argument("document")
@click.option("--at", "at", default=None, help="Date (YYYY-MM-DD); default today.")
@store_option
def status(document: str, at: str | None, store_location: str | None) -> None:
    """Is DOCUMENT (a number such as 永政发〔2018〕3号, or an IRI) in force at a date?"""
    try:
        day = dt.date.fromisoformat(at) if at else dt.date.today()
    except ValueError:
        click.echo(f"error: --at {at!r} is not a date (YYYY-MM-DD)", err=True)
        sys.exit(2)
    result = document_status(open_store(store_location), document, day)
    verdict = {True: "in force", False: "not in force", None: "unknown"}[result.in_force]
    click.echo(f"{result.number or document} on {result.at}: {verdict}")
    for reason in result.reasons:
        click.echo(f"  - {reason}")
    if result.document is None:
        sys.exit(1)
