"""Policy interpretations (政策解读): printed after a document, or published on their own.

An interpretation is titled 解读, 解读说明, 起草说明 or 答记者问 (某局负责人就《A》答记者问: the body
answers), the words of ``data/genres.txt``. On its own (关于《A》的解读说明), the interpreted document is named by its title; its number is
the one printed in the title or right after the title in the text (《A》(岳政发〔2020〕5号)).
"""

from __future__ import annotations

from functools import cache

import regex

from gazette_kg.loaders.model import Interpretation
from gazette_kg.loaders.parse.documents.docnumber import find_doc_number_spans, find_doc_numbers
from gazette_kg.loaders.parse.documents.genres import genre_kinds
from gazette_kg.loaders.parse.documents.segment import ORG_SUFFIX
from gazette_kg.loaders.parse.layout.clean import CleanText

_ORG = rf"(?:\p{{Han}}{{2,30}}?{ORG_SUFFIX})"
_ORG_ONLY = regex.compile(rf"^{_ORG}$")
# 某局负责人就《A》答记者问: the body whose head answers
_SPOKESMAN = regex.compile(rf"^(?P<agency>{_ORG})(?:有关)?(?:主要)?负责(?:人|同志)就")


@cache
def _words() -> list[str]:
    """The words that make a title an interpretation (解读, 起草说明, 答记者问…): data/genres.txt."""
    return sorted((word for word, kind in genre_kinds().items() if kind == "interpretation"), key=len, reverse=True)


@cache
def _header() -> regex.Pattern:
    words = "|".join(map(regex.escape, _words()))
    return regex.compile(
        rf"^(?P<agency>{_ORG})?\s*(?:(?:有关)?(?:主要)?负责(?:人|同志)就)?\s*(?:关于)?\s*"
        rf"(?:《(?P<t1>.+?)》?\s*(?:的)?(?:政策)?(?:{words})|(?:政策)?(?:{words})\s*(?:《(?P<t2>.+?)》?)?)$"
    )


def find_interpretation(clean: CleanText, start: int, end: int) -> tuple[int, Interpretation] | None:
    """The first interpretation header in lines [start, end): (0-based index, record)."""
    previous: int | None = None
    for index in range(start, end):
        text = clean.lines[index].text.replace(" ", "")
        if not text:
            continue
        if len(text) <= 90 and any(word in text for word in _words()):
            match = _header().match(text)
            if match:
                agency = match["agency"]
                line_index = index
                if agency is None and previous is not None and _ORG_ONLY.match(clean.lines[previous].text):
                    agency, line_index = clean.lines[previous].text, previous
                title = match["t1"] or match["t2"]
                return line_index, Interpretation(agency, None, title, clean.lines[line_index].number)
        previous = index
    return None


def standalone_interpretation(clean: CleanText, title: str, title_index: int, agency: str | None) -> Interpretation:
    """The interpretation a page consists of, from its title (关于《A》的解读说明)."""
    if agency is None and (spokesman := _SPOKESMAN.match(title)):
        agency = spokesman["agency"]
    books = regex.findall(r"《(.+)》", title)
    interpreted = books[0] if books else None
    numbers = find_doc_numbers(title)
    number = numbers[0].text if numbers else (_number_after(clean, interpreted) if interpreted else None)
    return Interpretation(agency, number, interpreted or title, clean.lines[title_index].number)


def _number_after(clean: CleanText, title: str) -> str | None:
    """The number printed right after 《title》 anywhere in the text."""
    quoted = f"《{title}》"
    for line in clean.lines:
        at = line.text.find(quoted)
        if at < 0:
            continue
        after = line.text[at + len(quoted) :]
        spans = find_doc_number_spans(after)
        if spans and spans[0][1] <= 2:
            return spans[0][0].text
    return None
