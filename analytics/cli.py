"""``gazette-kg analyze`` and ``gazette-kg export-network``."""

from __future__ import annotations

import csv
import json
import sys

import click
from rich.console import Console
from rich.table import Table

from gazette_kg.analytics.analyses import ANALYSES, run_analysis
from gazette_kg.analytics.export import FORMATS, serialise
from gazette_kg.analytics.projections import NETWORKS
from gazette_kg.store import open_store

store_option = click.option("--store", "store_location", default=None, help="Store folder or SPARQL endpoint URL.")


@click.command()
@click.argument("name", type=click.Choice(sorted(ANALYSES)))
@click.option("--at", default=None, help="Date (YYYY-MM-DD) for holders-at and lapsed; default today.")
@click.option("--year", type=int, default=None, help="Only documents of this year (co-responsibility analyses).")
@click.option("--limit", default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@store_option
def analyze(name: str, at: str | None, year: int | None, limit: int, fmt: str, store_location: str | None) -> None:
    """Compute a measure over one of the networks."""
    measure = run_analysis(name, open_store(store_location).select, at, limit, year)
    if fmt == "json":
        json.dump({"name": measure.name, "explanation": measure.explanation, "columns": measure.columns,
                   "rows": measure.rows}, sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
        return
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(measure.columns)
        writer.writerows(measure.rows)
        return
    console = Console()
    console.print(f"[bold]{measure.name}[/bold]: {measure.explanation}")
    table = Table(*measure.columns)
    for row in measure.rows:
        table.add_row(*(str(v) for v in row))
    console.print(table)


@click.command(name="export-network")
@click.argument("name", type=click.Choice(sorted(NETWORKS)))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="graphml", show_default=True)
@click.option("-o", "--output", type=click.File("wb"), default="-")
@store_option
def export_network(name: str, fmt: str, output, store_location: str | None) -> None:
    """Write a network as GraphML, GEXF, Cytoscape JSON or a CSV edge list."""
    output.write(serialise(NETWORKS[name](open_store(store_location).select), fmt))
