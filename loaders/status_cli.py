"""``gazette-kg status DOC --at DATE``: whether a document was in force, and why."""

from __future__ import annotations

import datetime as dt
import sys

import click

from gazette_kg.loaders.inforce import status as document_status
from gazette_kg.store import open_store


@click.command()
@click.argument("document")
@click.option("--at", "at", default=None, help="Date (YYYY-MM-DD); default today.")
@click.option("--store", "store_location", default=None, help="Store folder or SPARQL endpoint URL.")
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
