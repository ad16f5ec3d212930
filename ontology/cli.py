"""``gazette-kg validate`` (SHACL) and ``gazette-kg reason`` (OWL, HermiT) over the store."""

from __future__ import annotations

import sys

import click

from gazette_kg.store import open_store

store_option = click.option("--store", "store_location", default=None, help="Store folder or SPARQL endpoint URL.")


@click.command()
@store_option
@click.option("--limit", default=50, show_default=True, help="Violations to print at most.")
def validate(store_location: str | None, limit: int) -> None:
    """Check the graph against the SHACL shapes (ontology/shapes.ttl)."""
    from gazette_kg.ontology.reason import asserted_graph
    from gazette_kg.ontology.validate import validate_graph

    violations = validate_graph(asserted_graph(open_store(store_location)))
    if not violations:
        click.echo("conforms: 0 violations")
        return
    for violation in violations[:limit]:
        click.echo(str(violation))
    click.echo(f"{len(violations)} violation(s)", err=True)
    sys.exit(1)


@click.command()
@store_option
def reason(store_location: str | None) -> None:
    """Check consistency with HermiT and write the inferences into their own named graph."""
    from gazette_kg.ontology.reason import INFERRED_GRAPH, reason as run_reasoner

    report = run_reasoner(open_store(store_location))
    if not report.consistent:
        click.echo(f"inconsistent ({report.seconds:.1f}s): {report.message}", err=True)
        sys.exit(1)
    click.echo(f"consistent; {report.inferred} inferred triples written to <{INFERRED_GRAPH}> in {report.seconds:.1f}s")
