"""Seed files for the tests: read from ../shared beside the checkout, never copied here."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from gazette_kg.loaders.model import ParsedIssue
from gazette_kg.loaders.parse.pipeline import parse_file
from gazette_kg.paths import seeds_dir

SEEDS = {
    "2022": "000_e16c4514dca7f80b.txt",
    "2021": "001_83bcc1d680876aca.txt",
    "2018-2": "002_54e5d7d5810788de.txt",
    "2018-9": "003_5a7c5db296dc7e69.txt",
    "2017": "004_5be79ba69e0cd741.txt",
}


def seed_path(key: str) -> Path:
    path = seeds_dir() / SEEDS[key]
    if not path.exists():
        pytest.fail(f"seed corpus missing: {path} (the tests read ../shared/seeds beside the checkout)")
    return path


@cache
def parsed_seed(key: str) -> ParsedIssue:
    return parse_file(seed_path(key))
