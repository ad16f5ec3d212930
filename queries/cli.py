"""``gazette-kg query`` and ``gazette-kg queries``: run saved (or ad hoc) SPARQL from the shell."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click
from rich.table import Column, Table

from gazette_kg.console import console
from gazette_kg.queries.catalog import CatalogError, get_query, load_catalog, read_query
from gazette_kg.queries.run import ParameterError, bind, form_of
from gazette_kg.store import StoreError, open_store
from gazette_kg.vocabulary import RDF_FORMATS


def _cell(value) -> str:
    return "" if value is None else str(value)


@click.command()
@click.argument("name", required=False)
@click.option("--param", "params", multiple=True, metavar="K=V", help="A parameter value (repeatable).")
@click.option(
    "--file", "query_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Run a .rq file instead."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="For SELECT and ASK; a CONSTRUCT or DESCRIBE prints Turtle, or JSON-LD with --format json.",
)
@click.option("--store", "store_location", default=None, help="Store folder or SPARQL endpoint URL.")
def query(name: str | None, params: tuple[str, ...], query_file: Path | None, fmt: str, store_location: str | None) -> None:
    """Run the saved query NAME (see `gazette-kg queries`) or --file my.rq."""
    try:
        sparql = _sparql(name, params, query_file)
        form = form_of(sparql)
        store = open_store(store_location, read_only=True)  # a query never writes; a loader may hold the lock
        if form == "SELECT":
            _print_rows(store.select(sparql), fmt)
        elif form == "ASK":
            _print_boolean(store.ask(sparql), fmt)
        else:
            result = store.query(sparql, accept=RDF_FORMATS["jsonld" if fmt == "json" else "ttl"])
            sys.stdout.write(result.body.decode("utf-8"))
    except KeyError:
        click.echo(f"error: no saved query {name!r}; `gazette-kg queries` lists them", err=True)
        sys.exit(2)
    except (ParameterError, CatalogError, StoreError) as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(2)


def _sparql(name: str | None, params: tuple[str, ...], query_file: Path | None) -> str:
    """The query text to run: a saved or headed file with its parameters bound, or a plain file as it is."""
    if bool(name) == bool(query_file):
        raise ParameterError("give a saved query NAME or --file, not both or neither")
    malformed = [p for p in params if "=" not in p]
    if malformed:
        raise ParameterError(f"--param takes K=V, got {', '.join(map(repr, malformed))}")
    values = dict(p.split("=", 1) for p in params)
    if query_file and not _has_header(query_file):
        if values:
            raise ParameterError(f"{query_file} has no '#+ param:' header, so it takes no --param")
        return query_file.read_text(encoding="utf-8")
    return bind(read_query(query_file) if query_file else get_query(name or ""), values)


def _print_rows(rows: list, fmt: str) -> None:
    columns = list(rows[0]) if rows else []
    if fmt == "json":
        json.dump([{k: _cell(v) for k, v in row.items()} for row in rows], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows([[_cell(row[c]) for c in columns] for row in rows])
    else:
        table = Table(*columns)
        for row in rows:
            table.add_row(*(_cell(row[c]) for c in columns))
        console().print(table)
        click.echo(f"{len(rows)} row(s)", err=True)


def _print_boolean(answer: bool, fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps({"boolean": answer}))
    elif fmt == "csv":
        click.echo(f"boolean\n{str(answer).lower()}")
    else:
        click.echo(str(answer).lower())


def _has_header(path: Path) -> bool:
    return path.read_text(encoding="utf-8").startswith("#+")


@click.command(name="queries")
def list_queries() -> None:
    """List the saved queries with their parameters."""
    table = Table("title", "parameters")
    table.columns.insert(0, Column("name", no_wrap=True))  # names stay whole, to copy into `gazette-kg query`
    for saved in load_catalog():
        params = ", ".join(f"{p.name}:{p.type}={p.default}" for p in saved.parameters)
        table.add_row(saved.name, f"{saved.title_zh} / {saved.title_en}", params)
    console().print(table)
