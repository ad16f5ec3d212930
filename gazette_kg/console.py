"""Where the command line prints tables: rich on a terminal; piped or redirected, wide enough
that no value is cut (rich otherwise assumes 80 columns and ellipsises long IRIs and titles)."""

from __future__ import annotations

from rich.console import Console

# Columns assumed when standard output is not a terminal: wider than any row we print.
PIPED_WIDTH = 100_000


def console(stderr: bool = False) -> Console:
    terminal = Console(stderr=stderr)
    return terminal if terminal.is_terminal else Console(stderr=stderr, width=PIPED_WIDTH)
