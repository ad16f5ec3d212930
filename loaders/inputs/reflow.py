"""Lines of PDF pages → paragraphs: columns read in order, hard line breaks undone.

A PDF breaks a paragraph wherever the column ends; the parser reads a paragraph as one
line, as PDF-to-Markdown extractors write it. A line runs on into the next when it
reaches the column's right edge and the next line starts at the left edge (not indented
as a new paragraph starts) without a wider gap than the line pitch; this holds across a
page break too. A page set in two columns is read left column first.
Each paragraph keeps the page and the line on the page (furniture not counted) where it
starts.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from statistics import median

import regex

from gazette_kg.loaders.inputs.pdf import PdfLine, PdfPage

_ASCII_WORD = regex.compile(r"[A-Za-z0-9]")


@dataclass(frozen=True)
class Paragraph:
    text: str
    page: int
    line: int  # line on its page where it starts, 1-based, running heads and page numbers not counted


@dataclass(frozen=True)
class _Placed:
    line: PdfLine
    column: int
    number: int  # line on the page


def _columns(page: PdfPage) -> list[_Placed]:
    """The page's lines in reading order: left column, then right, where the page has two."""
    middle = page.width / 2
    left = [l for l in page.lines if l.x1 and l.x1 < middle]
    right = [l for l in page.lines if l.x0 > middle]
    two = page.width and len(left) >= 5 and len(right) >= 5 and len(left) + len(right) >= 0.6 * len(page.lines)
    if not two:
        return [_Placed(line, 0, n) for n, line in enumerate(page.lines, start=1)]
    ordered = sorted(page.lines, key=lambda l: (l.x0 > middle, -l.top))
    return [_Placed(line, int(line.x0 > middle), n) for n, line in enumerate(ordered, start=1)]


def _join(a: str, b: str) -> str:
    if a.endswith("-") or not (_ASCII_WORD.match(a[-1]) and _ASCII_WORD.match(b[0])):
        return a + b
    return a + " " + b


def _pitch(placed: list[tuple[PdfPage, _Placed]]) -> float:
    """The usual distance between two lines of one column."""
    steps = [a.line.top - b.line.top for (pa, a), (pb, b) in zip(placed, placed[1:])
             if pa is pb and a.column == b.column and a.line.top > b.line.top]
    return median(steps) if steps else 0.0


def reflow(pages: list[PdfPage]) -> list[Paragraph]:
    placed = [(page, p) for page in pages for p in _columns(page)]
    heights = [p.line.height for _, p in placed if p.line.height]
    columns: dict[tuple[int, int], list[PdfLine]] = defaultdict(list)
    for page, here in placed:
        columns[page.number, here.column].append(here.line)
    edges = {key: (min(l.x0 for l in lines), max(l.x1 for l in lines)) for key, lines in columns.items()}
    layout = _Layout(median(heights) if heights else 0.0, _pitch(placed), edges)
    paragraphs: list[Paragraph] = []
    for index, (page, here) in enumerate(placed):
        if index and layout.size and layout.runs_on(placed[index - 1], (page, here)):
            last = paragraphs[-1]
            paragraphs[-1] = Paragraph(_join(last.text, here.line.text), last.page, last.line)
        else:
            paragraphs.append(Paragraph(here.line.text, page.number, here.number))
    return paragraphs


@dataclass
class _Layout:
    size: float  # the usual character height
    pitch: float  # the usual line pitch
    edges: dict[tuple[int, int], tuple[float, float]]  # (page, column) -> (left, right) edge

    def runs_on(self, previous: tuple[PdfPage, _Placed], here: tuple[PdfPage, _Placed]) -> bool:
        """Does the line ``here`` continue the paragraph of the line before it?"""
        (page_a, a), (page_b, b) = previous, here
        if "\t" in a.line.text or "\t" in b.line.text:
            return False
        right_a = self.edges[page_a.number, a.column][1]
        left_b = self.edges[page_b.number, b.column][0]
        if a.line.x1 < right_a - 1.5 * self.size or b.line.x0 > left_b + 0.8 * self.size:
            return False
        if page_a is page_b and a.column == b.column:
            return 0 < a.line.top - b.line.top <= 1.3 * self.pitch
        return True
