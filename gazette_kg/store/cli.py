"""``gazette-kg stats``, ``graphs`` and ``export``: thin commands over the store.

Counts say what they count: *triples* are those of the default graph, the merge of the issue
graphs (and the vocabulary) with each triple once — what ``SELECT (COUNT(*) AS ?n) WHERE
{ ?s ?p ?o }`` gives on the endpoint, on the home page and in VoID. A triple stated in two
issues is in both issue graphs, so the issue graphs hold more (*as stated*), and *quads*
count the merge and every named graph together.
"""

from __future__ import annotations

import sys

import click
from rdflib import URIRef
from rich.table import Table

from gazette_kg.console import console
from gazette_kg.store import open_store
from gazette_kg.store.base import Store, store_query
from gazette_kg.store.export import FORMATS
from gazette_kg.store.export import export as export_store
from gazette_kg.vocabulary import PREFIXES

store_option = click.option(
    "--store", "store_location", default=None, help="Store folder or SPARQL endpoint URL [GAZETTE_KG_STORE, default data/store]."
)


def triples(store: Store) -> int:
    """Triples in the default graph: the merge, each triple once (what COUNT(*) on the endpoint gives)."""
    return int(store.select(store_query("triples"))[0]["n"])


def prefixed(iri: str) -> str:
    """``gz:Document`` for https://gazette-kg.org/ontology#Document: the project's prefixes, else the IRI."""
    return next((f"{prefix}:{iri[len(namespace) :]}" for prefix, namespace in PREFIXES.items() if iri.startswith(namespace)), iri)


def issue_graphs(store: Store) -> list[dict]:
    """Every named graph with its triples and, for an issue, its label and the file it came from."""
    found = store.select(store_query("issue-graphs"))
    return [
        {
            "graph": str(r["g"]),
            "name": str(r["g"]).rstrip("/").rsplit("/", 1)[-1],
            "triples": int(r["n"]),
            "title": str(r["title"] or ""),
            "source": str(r["source"] or ""),
        }
        for r in found
    ]


@click.command()
@store_option
def stats(store_location: str | None) -> None:
    """Resources per class, and the store's triples: in the default graph, as stated, and quads."""
    store = open_store(store_location, read_only=False)
    rows = store.select(store_query("classes"))
    table = Table("class", "resources")
    for row in rows:
        table.add_row(prefixed(str(row["class"])), str(row["n"]))
    output = console()
    output.print(table)
    graphs = issue_graphs(store)
    output.print(
        f"{triples(store)} triples in the default graph (the merge of the named graphs, each triple once)\n"
        f"{len(graphs)} named graphs holding {sum(g['triples'] for g in graphs)} triples as stated "
        f"(`gazette-kg graphs` lists them)\n{len(store)} quads in all (the merge and every named graph)"
    )


@click.command()
@store_option
def graphs(store_location: str | None) -> None:
    """List the named graphs: the name `export --graph` takes, triples, the issue and its file."""
    table = Table("name", "triples", "issue", "file", "graph")
    for graph in issue_graphs(open_store(store_location, read_only=False)):
        table.add_row(graph["name"], str(graph["triples"]), graph["title"], graph["source"], graph["graph"])
    console().print(table)


def resolve_graph(store: Store, graph: str) -> URIRef | None:
    """A named graph given by its IRI, its name (the IRI's last segment) or the file the issue came from."""
    for known in issue_graphs(store):
        if graph in (known["graph"], known["name"], known["source"]):
            return URIRef(known["graph"])
    return None


@click.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="ttl", show_default=True)
@click.option("--graph", default=None, help="Export one named graph: its name (`gazette-kg graphs`), IRI or source file.")
@click.option("--with-ontology", is_flag=True, help="Include the ontology and vocabularies.")
@click.option("-o", "--output", type=click.File("wb"), default="-", help="Output file (default: standard output).")
def export(store_location: str | None, fmt: str, graph: str | None, with_ontology: bool, output) -> None:
    """Export the graph as Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML."""
    store = open_store(store_location)
    chosen = resolve_graph(store, graph) if graph else None
    if graph and chosen is None:
        click.echo(f"error: no graph {graph} in the store (`gazette-kg graphs` lists them)", err=True)
        sys.exit(1)
    for chunk in export_store(store, fmt, chosen, with_ontology):
        output.write(chunk)
