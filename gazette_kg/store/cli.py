"""``gazette-kg load``, ``stats`` and ``export``: thin commands over the loader and the store."""

from __future__ import annotations

import sys

import click
from rich.console import Console
from rich.progress import Progress
from rich.table import Table
from rdflib import URIRef

from gazette_kg import config
from gazette_kg.store import StoreError, open_store
from gazette_kg.store.dumps import dump_folder, write_dumps
from gazette_kg.store.export import FORMATS, export as export_store

store_option = click.option("--store", "store_location", default=None,
                            help="Store folder or SPARQL endpoint URL [GAZETTE_KG_STORE, default data/store].")


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@store_option
@click.option("--base", default=None, help="Base IRI for minted resources [GAZETTE_KG_BASE_IRI].")
@click.option("--source-url", default=None, metavar="URL", help="Where the one file given (a saved web page) came from.")
def load(paths: tuple[str, ...], store_location: str | None, base: str | None, source_url: str | None) -> None:
    """Parse gazette files (text, PDF, web pages; or folders of them) and load them, one named graph per issue."""
    from gazette_kg.loaders.load import LoadError, collect_files, load_paths

    console = Console(stderr=True)
    files = collect_files(paths)
    try:
        store = open_store(store_location)
        with Progress(console=console, transient=True) as progress:
            task = progress.add_task("parsing", total=len(files))
            report = load_paths(paths, store, config.get("base_iri", base), lambda _: progress.advance(task), source_url)
    except (LoadError, StoreError) as err:
        click.echo(f"error: {err}; nothing was written", err=True)
        sys.exit(1)
    unchanged = f" ({len(report.unchanged)} unchanged, skipped)" if report.unchanged else ""
    click.echo(f"loaded {len(report.issues)} issue(s), {report.triples} triples into {store.location}{unchanged}")
    folder = dump_folder(store.location)
    write_dumps(store, folder)
    click.echo(f"dumps written to {folder}")


@click.command()
@store_option
def stats(store_location: str | None) -> None:
    """Counts of resources per class, graphs and triples in the store."""
    store = open_store(store_location, read_only=False)
    rows = store.select("SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n)")
    table = Table("class", "resources")
    for row in rows:
        table.add_row(str(row["class"]).replace("https://gazette-kg.org/ontology#", "gz:"), str(row["n"]))
    console = Console()
    console.print(table)
    console.print(f"{len(store.graphs())} named graphs, {len(store)} quads")


@click.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="ttl", show_default=True)
@click.option("--graph", default=None, help="Export one issue's named graph (its IRI).")
@click.option("--with-ontology", is_flag=True, help="Include the ontology and vocabularies.")
@click.option("-o", "--output", type=click.File("wb"), default="-", help="Output file (default: standard output).")
def export(store_location: str | None, fmt: str, graph: str | None, with_ontology: bool, output) -> None:
    """Export the graph as Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML."""
    store = open_store(store_location)
    if graph and URIRef(graph) not in store.graphs():
        click.echo(f"error: no graph {graph} in the store", err=True)
        sys.exit(1)
    for chunk in export_store(store, fmt, URIRef(graph) if graph else None, with_ontology):
        output.write(chunk)
