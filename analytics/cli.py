"""``gazette-kg analyze`` (a measure as a table, JSON or CSV) and ``gazette-kg export-network`` (a network as a file)."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date
from pathlib import Path

import click
from rich.table import Table

from gazette_kg.analytics.export import FORMATS, export
from gazette_kg.analytics.measures import MEASURES, run
from gazette_kg.analytics.projections import NETWORKS, project
from gazette_kg.console import console
from gazette_kg.store import StoreError, open_store

STORE_OPTION = click.option("--store", "store_location", default=None, help="Store folder or SPARQL endpoint URL.")
YEAR_OPTION = click.option("--year", type=int, default=None, help="Co-responsibility only: documents dated this year.")


def _project(name: str, store_location: str | None, year: int | None):
    try:
        return project(name, open_store(store_location, read_only=True), year)
    except StoreError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(2)


@click.command()
@click.argument("name", type=click.Choice(list(MEASURES)))
@click.option(
    "--at",
    "at",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="post-holders: the date to ask about (default today).",
)
@YEAR_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@STORE_OPTION
def analyze(name: str, at, year: int | None, fmt: str, store_location: str | None) -> None:
    """Run the measure NAME on its network and print what it found and what it means."""
    network, _ = MEASURES[name]
    at_date: date | None = at.date() if at else None
    result = run(name, _project(network, store_location, year), at_date)
    if fmt == "json":
        json.dump(
            {
                "measure": result.name,
                "network": result.network,
                "explanation": result.explanation,
                "columns": result.columns,
                "rows": result.rows,
            },
            sys.stdout,
            ensure_ascii=False,
            indent=1,
        )
        sys.stdout.write("\n")
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, result.columns)
        writer.writeheader()
        writer.writerows(result.rows)
    else:
        output = console()
        output.print(result.explanation, style="italic")
        table = Table(*[c for c in result.columns if c != "iri"])
        for row in result.rows:
            table.add_row(*(str(row[c]) for c in result.columns if c != "iri"))
        output.print(table)
        click.echo(f"{len(result.rows)} row(s)", err=True)


@click.command("export-network")
@click.argument("name", type=click.Choice(list(NETWORKS)))
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), required=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write (default: standard output).",
)
@YEAR_OPTION
@STORE_OPTION
def export_network(name: str, fmt: str, output: Path | None, year: int | None, store_location: str | None) -> None:
    """Write the network NAME as GraphML, GEXF (Gephi), Cytoscape JSON or a CSV edge list."""
    graph = _project(name, store_location, year)
    body = export(graph, fmt)
    if output is None:
        sys.stdout.buffer.write(body)
    else:
        output.write_bytes(body)
        click.echo(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges -> {output}", err=True)
