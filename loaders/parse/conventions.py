"""The conventions the parser reads as data (``loaders/data/*.txt``): one row a line, cells split by tabs, # comments."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def data_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``loaders/data/<name>``, comments and blank lines left out."""
    text = resources.files("gazette_kg.loaders").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t")) for line in text.splitlines() if line.strip() and not line.startswith("#"))
