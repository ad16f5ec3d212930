"""Document genres (文种): the last word of a title, from the table in ``data/genres.txt``."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def genre_table() -> dict[str, str]:
    """Genre word → English label, longest word first."""
    text = resources.files("gazette_kg.loaders").joinpath("data/genres.txt").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {word: label for word, label in sorted(rows, key=lambda r: -len(r[0]))}


def genre_of(title: str) -> str | None:
    stripped = title.rstrip("）)】] ")
    for word in genre_table():
        if stripped.endswith(word):
            return word
    return None
