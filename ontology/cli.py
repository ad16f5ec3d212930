"""``gazette-kg validate`` (SHACL) and ``gazette-kg reason`` (OWL, HermiT) over the store or an RDF file."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click
from rdflib import Dataset, Graph
from rdflib.util import guess_format

from gazette_kg.store import open_store
from gazette_kg.vocabulary import INFERRED_GRAPH

store_option = click.option("--store", "store_location", default=None, help="Store folder or SPARQL endpoint URL.")
file_option = click.option(
    "--file",
    "rdf_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Check this RDF file (Turtle, N-Triples, N-Quads, TriG, JSON-LD) instead of the store.",
)


def _file_graph(path: Path) -> Graph:
    """All triples of an RDF file, named graphs merged."""
    fmt = guess_format(str(path)) or "turtle"
    try:
        dataset = Dataset().parse(path, format=fmt)
    except Exception as err:  # rdflib raises many parser-specific types
        raise click.ClickException(f"{path}: not readable as {fmt}: {err}") from err
    graph = Graph()
    for s, p, o, _ in dataset.quads():
        graph.add((s, p, o))
    return graph


@click.command()
@store_option
@file_option
@click.option("--limit", default=50, show_default=True, help="Violations to print at most.")
def validate(store_location: str | None, rdf_file: Path | None, limit: int) -> None:
    """Check the graph against the SHACL shapes (ontology/shapes.ttl)."""
    from gazette_kg.ontology.validate import validate_graph, validate_store

    violations = validate_graph(_file_graph(rdf_file)) if rdf_file else validate_store(open_store(store_location))
    if not violations:
        click.echo("conforms: 0 violations")
        return
    for violation in violations[:limit]:
        click.echo(str(violation))
    click.echo(f"{len(violations)} violation(s)", err=True)
    sys.exit(1)


@click.command()
@store_option
@file_option
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="With --file: write the inferred triples to this Turtle file.",
)
def reason(store_location: str | None, rdf_file: Path | None, out: Path | None) -> None:
    """Check consistency with HermiT and write the inferences into their own named graph (or --out file)."""
    from gazette_kg.ontology.reason import infer
    from gazette_kg.ontology.reason import reason as run_reasoner
    from gazette_kg.ontology.validate import ontology_graph

    if rdf_file:
        start = time.perf_counter()
        consistent, inferred, message = infer(_file_graph(rdf_file) + ontology_graph())
        seconds, target = time.perf_counter() - start, out or "nowhere (no --out)"
        if consistent and out:
            inferred.serialize(out, format="turtle")
    else:
        report = run_reasoner(open_store(store_location))
        consistent, message, seconds, target = report.consistent, report.message, report.seconds, f"<{INFERRED_GRAPH}>"
        inferred = report.inferred
    if not consistent:
        click.echo(f"inconsistent ({seconds:.1f}s): {message}", err=True)
        sys.exit(1)
    count = inferred if isinstance(inferred, int) else len(inferred)
    click.echo(f"consistent; {count} inferred triples written to {target} in {seconds:.1f}s")
