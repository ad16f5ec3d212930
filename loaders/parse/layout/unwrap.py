"""Hard line breaks inside paragraphs undone in text wrapped at a fixed width.

Text copied from pdftotext, a mail or a site's ``<pre>`` block breaks every paragraph
wherever the line is full; the parser reads a paragraph as one line. Such a text shows
its width: many of its lines are about equally long and hardly any is longer. A line of
that width runs on into the next unless it ends a sentence or the next line opens a new
element (heading, article, list item, attachment note, date), by the conventions in
``loaders/data/paragraph_breaks.txt``. A text whose lines are paragraphs is left as it is.
The lines keep their numbers: a paragraph is written on its first line and the lines it
took up are left blank.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from itertools import accumulate

import regex

from gazette_kg.loaders.parse.conventions import data_rows

_ENDS = frozenset(row[1] for row in data_rows("paragraph_breaks.txt") if row[0] == "end")


def _pattern(kind: str) -> regex.Pattern:
    return regex.compile("|".join(f"(?:{row[1]})" for row in data_rows("paragraph_breaks.txt") if row[0] == kind))


_STARTS = _pattern("start")
_ROW_STARTS = _pattern("row")


RUN_ON_CUTS = _pattern("runon")  # where a run-on line is cut besides its stops


def element_start(text: str) -> bool:
    """``text`` opens an element of a document (article, outline item, annex note, date line)."""
    return bool(_STARTS.match(text))


_INDENT = regex.compile(r"^(?:\u3000|[ \t]{2,})")
MIN_WIDTH = 16  # characters: narrower lines are headings and lists, not a wrapped column
MIN_WRAPPED = 5  # full-width lines a wrapped text has at least
SHARE_AT_WIDTH = 0.3  # of the text's lines, at least this many are full-width in a wrapped text
SHARE_WIDER = 0.15  # and at most this many are longer (half-width digits let a line hold more)


def _slack(width: int) -> int:
    """How much shorter than the width a full line may be (a mark not allowed to start a line is pulled back)."""
    return max(2, width // 15)


def wrap_width(lines: list[str]) -> int | None:
    """The width the text was hard-wrapped at, or None when its lines are paragraphs."""
    lengths = Counter(len(line) for line in lines if line.strip())
    total = sum(lengths.values())
    sizes = sorted(lengths)  # the lines of each length counted once, each width's counts by bisection
    up_to = list(accumulate((lengths[size] for size in sizes), initial=0))  # up_to[i]: lines shorter than sizes[i]

    def at_most(length: int) -> int:
        return up_to[bisect_right(sizes, length)]

    best: tuple[int, int] | None = None
    for width in lengths:
        if width < MIN_WIDTH:
            continue
        full = at_most(width) - at_most(width - _slack(width) - 1)
        wider = total - at_most(width)
        if full >= max(MIN_WRAPPED, SHARE_AT_WIDTH * total) and wider <= SHARE_WIDER * total and (best is None or full > best[1]):
            best = (width, full)
    return best[0] if best else None


_OPEN = "（(《〈“‘【［"
_CLOSE = "）)》〉”’】］"


def _unclosed(paragraph: str) -> bool:
    """A bracket or quote opened in the paragraph and not yet closed: the paragraph goes on."""
    return sum(paragraph.count(mark) for mark in _OPEN) > sum(paragraph.count(mark) for mark in _CLOSE)


def _runs_on(paragraph: str, line: str, following: str, width: int) -> bool:
    """Does ``following`` continue ``paragraph``, whose last line so far is ``line``?"""
    text = line.rstrip()
    if not text or not following.strip():
        return False
    if len(line) < width - _slack(width) and not _unclosed(text):  # a title broken inside its 《》 goes on
        return False
    if "\t" in paragraph:  # a table row: runs on until another row opens
        return not _ROW_STARTS.match(following.strip(" \u3000"))
    if text[-1] in _ENDS and not _unclosed(paragraph):
        return False
    return not (_INDENT.match(following) or _STARTS.match(following.strip(" \u3000")))


def unwrap(lines: list[str]) -> list[str]:
    """``lines`` with each hard-wrapped paragraph joined on its first line; the same number of lines."""
    width = wrap_width(lines)
    if width is None:
        return lines
    out = [line.rstrip("\r") for line in lines]
    head = 0  # the line the current paragraph is written on
    for index in range(1, len(out)):
        if _runs_on(out[head], lines[index - 1].rstrip("\r"), out[index], width):
            out[head] += out[index]
            out[index] = ""
        else:
            head = index
    return out
