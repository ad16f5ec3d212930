"""Document genres (文种): the last word of a title, from the table in ``data/genres.txt``."""

from __future__ import annotations

from functools import cache

import regex

from gazette_kg.loaders.parse.conventions import data_rows

_TRAILING_NOTE = regex.compile(r"\s*[（(][^（()）]{1,16}[)）]\s*$")  # (试行), (2016-2020年)


@cache
def _rows() -> list[tuple[str, ...]]:
    return sorted(data_rows("genres.txt"), key=lambda r: -len(r[0]))


@cache
def genre_table() -> dict[str, str]:
    """Genre word → English label, longest word first."""
    return {row[0]: row[1] for row in _rows()}


@cache
def genre_kinds() -> dict[str, str]:
    """Genre word → kind (instrument, interpretation) for the genres that have one."""
    return {row[0]: row[2] for row in _rows() if len(row) > 2}


def genre_of(title: str) -> str | None:
    stripped = _TRAILING_NOTE.sub("", title).rstrip("）)】] ")
    for word in genre_table():
        if stripped.endswith(word):
            return word
    return None


def genre_kind(genre: str | None) -> str | None:
    return genre_kinds().get(genre or "")
