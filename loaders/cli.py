"""``gazette-kg parse``: gazette files (text, PDF, web page) → JSON (or a readable summary)."""

from __future__ import annotations

import json
import sys

import click
from rich.console import Console
from rich.table import Table

from gazette_kg.console import console
from gazette_kg.loaders.model import ParsedIssue
from gazette_kg.loaders.parse.pipeline import parse_paths


def _summary(issue: ParsedIssue, console: Console) -> None:
    meta = issue.issue
    console.print(
        f"[bold]{issue.seed}[/bold]  {meta.gazette_title or '?'} {meta.year or ''} 第{meta.issue_number or '?'}期"
        f"  ({issue.encoding})"
    )
    table = Table("line", "doc number", "date", "genre", "title")
    for doc in issue.documents:
        table.add_row(str(doc.body_line), doc.doc_number or "", doc.signed_date or "", doc.genre or "", doc.title)
    console.print(table)
    counts = {
        k: len(getattr(issue, k))
        for k in (
            "instruments",
            "interpretations",
            "personnel_actions",
            "coordination_bodies",
            "repeals",
            "citations",
            "responsibilities",
            "warnings",
        )
    }
    console.print(", ".join(f"{k}: {v}" for k, v in counts.items()))
    for warning in issue.warnings:
        where = f" line {warning.line}" if warning.line else ""
        console.print(f"[yellow]warning[/yellow]{where}: {warning.message}")


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print JSON (an object for one file, an array for several).")
@click.option(
    "--source-url", default=None, metavar="URL", help="Where the file (a saved web page) came from: kept as its provenance."
)
def parse(files: tuple[str, ...], as_json: bool, source_url: str | None) -> None:
    """Parse gazette FILES (text in any encoding, PDF with a text layer, or a web page) into
    documents, instruments and facts."""
    if source_url and len(files) > 1:
        raise click.UsageError("--source-url names the source of one file; give one file with it")
    issues, errors = parse_paths(files, source_url)
    if as_json:
        data = [issue.to_dict() for issue in issues]
        out = data[0] if len(files) == 1 and data else data
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        out = console()
        for issue in issues:
            _summary(issue, out)
    for error in errors:
        click.echo(f"error: {error}", err=True)
    if errors:
        sys.exit(1)
