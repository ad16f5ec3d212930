"""The conventions the parser reads as data (``loaders/data/``): ``*.txt`` one row a line, cells split by
tabs, # comments; ``*.yaml`` read with libyaml's C parser where PyYAML has it (several times faster
than its pure-Python one: the data files are most of the parser's start-up)."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _text(name: str) -> str:
    return resources.files("gazette_kg.loaders").joinpath("data", name).read_text(encoding="utf-8")


@cache
def data_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``loaders/data/<name>``, comments and blank lines left out."""
    return tuple(tuple(line.split("\t")) for line in _text(name).splitlines() if line.strip() and not line.startswith("#"))


def parse_yaml(text: str):
    """YAML text → data, as ``yaml.safe_load`` reads it."""
    return yaml.load(text, Loader=_LOADER)  # a safe loader, C or Python


def data_yaml(name: str):
    """``loaders/data/<name>`` read as YAML: a new copy each call (callers cache what they build from it)."""
    return parse_yaml(_text(name))
