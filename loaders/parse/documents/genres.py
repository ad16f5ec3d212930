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


@cache
def _interpretation_opening() -> regex.Pattern:
    words = "|".join(regex.escape(w) for w, kind in genre_kinds().items() if kind == "interpretation")
    # 文字解读《A》, 【政策解读】《A》, 图文解读:《A》: the word before the title it explains, a medium word before it
    return regex.compile(rf"^[【\[]?\p{{Han}}{{0,2}}?(?:{words})[】\]]?\s*[:：]?\s*《")


def is_interpretation_title(title: str) -> bool:
    """A title of an interpretation: ending in an interpretation's word (关于《A》的解读), or opening with it (文字解读《A》)."""
    return genre_kind(genre_of(title)) == "interpretation" or bool(_interpretation_opening().match(title))
