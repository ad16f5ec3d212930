"""A page whose whole text stands on one line, cut back into the elements it ran together.

Some sites and databases store a document with its line breaks lost: title, number,
addressees, paragraphs, signature and date follow one another on a single line, parted by
spaces or by nothing. Such a text has a line far longer than a title and hardly any other
line. It is cut where a space parts two runs of text (not where it spaces out a name, 曹 亚)
and after a stop (。；：) where an element of the document opens — an outline item, an
article, an annex note (the ``start`` rules of ``data/paragraph_breaks.txt``), and where a title, its
addressees or a role heading opens with nothing before it (the ``runon`` rules). Every piece
keeps the number of the line it came from, so facts still point at the source line.

A page may also keep a few lines of its own (catalogue fields, a heading, the site's footer) beside
a long line that ran its elements together: such a line is told by the elements its spaces open
(outline items, an annex note, the date under a signature), which the spaces of a wrapped
paragraph (``200 米``, ``(三) 落实``) do not. A database's header row runs the heading elements of
GB/T 9704 together the same way, title, number, issuer and date parted by spaces at the top of the
page (某某关于…的批复 某函〔1996〕38号 某某人民政府 1996年5月31日): it is cut likewise.
"""

from __future__ import annotations

import regex

from gazette_kg.loaders.parse.documents.docnumber import number_in_line
from gazette_kg.loaders.parse.documents.genres import genre_of
from gazette_kg.loaders.parse.layout.unwrap import RUN_ON_CUTS, element_start

MIN_LENGTH = 200  # characters: a run-on line is longer than any title
MAX_OTHER_LINES = 4  # besides it, a run-on page has a few short lines (its address, headline, byline, a link label)
_SPACE = regex.compile(r"(?<=\S)[ \t\u3000\xa0]+(?=\S)")
# a name or label spaced out (组 长:曹 亚): a space after a lone Han character (after a mark or a space)
_SPACED = regex.compile(r"(?:^|[^\p{Han}\d])\p{Han}$")
# a clock time after a date (2023年1月20日 17:00-22:30) belongs to it
_CLOCK = regex.compile(r"\d{1,2}[:：]\d{2}")
# where an element may open within a run: after a stop, or after a bracket closing a note ((市财政局负责)二、)
_STOP = regex.compile(r"(?<=[。；;：:！？!?)）])")
_HAN_CHARACTER = regex.compile(r"\p{Han}")


HEADER_LINES = 8  # a database's header row stands among the first lines of its page
MIN_SPACED_ELEMENTS = 2  # elements opened after a space in one line: its line breaks became spaces


def is_run_on(lines: list[str]) -> bool:
    """A text whose content stands on one long line (a translation printed after it, with no Chinese
    character, is no content of the document)."""
    texts = [line for line in lines if _HAN_CHARACTER.search(line)]
    long = [line for line in texts if len(line) >= MIN_LENGTH]
    return len(long) == 1 and len(texts) - 1 <= MAX_OTHER_LINES


def runs_elements_on(line: str) -> bool:
    """A long line whose spaces open several elements of a document: its line breaks were lost (a table's
    row, its cells parted by tabs, is not one)."""
    if len(line) < MIN_LENGTH or "\t" in line:
        return False
    opened = sum(1 for part in _spaced_parts(line.strip())[1:] if element_start(part))
    return opened >= MIN_SPACED_ELEMENTS


def header_parts(line: str) -> list[str] | None:
    """The elements of a header row (a title, its number, then a date after it), else ``None``."""
    parts = _spaced_parts(line.strip(" \t|｜"))
    for i in range(1, len(parts) - 1):
        if genre_of(parts[i - 1]) and number_in_line(parts[i]) and any(map(_is_date, parts[i + 1 :])):
            return parts
    return None


def _is_date(part: str) -> bool:
    """A date standing alone (the ``start`` rule of a date line)."""
    return part.endswith("日") and element_start(part)


def pieces(line: str) -> list[str]:
    """The elements a run-on line holds, in order."""
    found: list[str] = []
    for part in _spaced_parts(line.strip()):
        start = 0
        for stop in _STOP.finditer(part):
            if start < stop.end() < len(part) and element_start(part[stop.end() :].lstrip()):
                found.append(part[start : stop.end()])
                start = stop.end()
        found.append(part[start:])
    return [cut.strip() for piece in found for cut in _cut(piece) if cut.strip()]


def _cut(piece: str) -> list[str]:
    """``piece`` cut where a title, its addressees or a role heading opens with no stop or space before
    (the ``runon`` rules of ``data/paragraph_breaks.txt``)."""
    cuts = [0, *(match.start() for match in RUN_ON_CUTS.finditer(piece) if 0 < match.start() < len(piece)), len(piece)]
    return [piece[a:b] for a, b in zip(cuts, cuts[1:]) if b > a]


def _spaced_parts(line: str) -> list[str]:
    """The runs a line's spaces part, a space inside a spaced-out name or label left in place."""
    parts, start = [], 0
    for space in _SPACE.finditer(line):
        if _SPACED.search(line[start : space.start()]) or _CLOCK.match(line, space.end()):
            continue
        parts.append(line[start : space.start()])
        start = space.end()
    return parts + [line[start:]]
