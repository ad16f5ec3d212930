"""Lines of PDF pages → paragraphs: columns read in order, hard line breaks undone.

A PDF breaks a paragraph wherever the column ends; the parser reads a paragraph as one
line, as PDF-to-Markdown extractors write it. A line runs on into the next when it
reaches the column's right edge and the next line starts at the left edge (not indented
as a new paragraph starts) without a wider gap than the line pitch; this holds across a
page break too. A title set centred in a larger size runs on over its lines. A page set in
two columns is read left column first (its last column may be short).
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
_WORD_START = regex.compile(r"^[〔\[(（《“\"']?[A-Za-z0-9][A-Za-z0-9.\-/_%]*")
MIN_LEFT, MIN_RIGHT = 5, 1  # lines wholly left and wholly right of the middle a two-column page has at least
RIGHT_START = 0.25  # a right column starts within this share of the page's text height from its top
SPANNING = 2  # the column of a line across both columns of a two-column page
SET_RIGHT = 0.33  # a line starting further into its column than this share is set right or centred
FULL = 0.8  # a column narrower than this share of the widest one set the same way has only short lines
HEADING = 1.15  # lines this much larger than the body text are a heading (a title centred over lines)
HEADING_PITCH = 2.0  # a heading's lines stand at most this many of their heights apart (GB/T 9704 sets a
# 22 pt title on the body's 29 pt grid)


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
    two = (
        page.width
        and len(left) >= MIN_LEFT
        and len(right) >= MIN_RIGHT
        and len(left) + len(right) >= 0.6 * len(page.lines)
        and _starts_high(right, page.lines)
    )
    if not two:
        return [_Placed(line, 0, n) for n, line in enumerate(page.lines, start=1)]
    top = max(l.top for l in left + right)
    on_left, on_right = {id(l) for l in left}, {id(l) for l in right}

    def column(line: PdfLine) -> int:  # a line across the middle (a heading over both columns) is its own
        return 0 if id(line) in on_left else 1 if id(line) in on_right else SPANNING

    def order(line: PdfLine) -> tuple[int, float]:
        where = column(line)
        return (-1 if line.top >= top else 2) if where == SPANNING else where, -line.top

    ordered = sorted(page.lines, key=order)
    return [_Placed(line, column(line), n) for n, line in enumerate(ordered, start=1)]


def _starts_high(right: list[PdfLine], lines: list[PdfLine]) -> bool:
    """Does the right-hand text start near the top of the page's text, as a column does (a
    document's last column may be short), rather than at its foot, as a signature set right does?"""
    top, foot = max(l.top for l in lines), min(l.top for l in lines)
    return max(l.top for l in right) >= top - RIGHT_START * (top - foot)


def _unbreakable(line: PdfLine) -> float:
    """The width of the word a line starts with where it is one a browser or word processor
    does not break (〔2018〕104号, ISO9001): it went to this line whole, leaving the line above
    short by up to its width."""
    word = _WORD_START.match(line.text)
    return (line.x1 - line.x0) * len(word.group()) / len(line.text) if word and len(word.group()) > 1 else 0.0


def _join(a: str, b: str, spaced: bool = False) -> str:
    """Two pieces of a paragraph: a line broken at a space the PDF draws (某县人民政府 | 2020年6月3日 in a
    page's text on one line) and English words broken at a space get it back; a number broken
    over two lines (鲁政发〔1983〕9 | 0号: Chinese is set on a grid, broken anywhere) does not."""
    if spaced:
        return a + " " + b
    if a.endswith("-") or not (_ASCII_WORD.match(a[-1]) and _ASCII_WORD.match(b[0])) or (a[-1].isdigit() and b[0].isdigit()):
        return a + b
    return a + " " + b


def _pitch(placed: list[tuple[PdfPage, _Placed]]) -> float:
    """The usual distance between two lines of one column."""
    steps = [
        a.line.top - b.line.top
        for (pa, a), (pb, b) in zip(placed, placed[1:])
        if pa is pb and a.column == b.column and a.line.top > b.line.top
    ]
    return median(steps) if steps else 0.0


def _edges(columns: dict[tuple[int, int], list[PdfLine]], widths: dict[int, float]) -> dict[tuple[int, int], tuple[float, float]]:
    """Each column's left and right edge: where its lines start and end, or, on a page whose lines are all
    short (the last page, a signature and a few lines), those of the fullest page set the same way (as
    wide, as many columns; a landscape table page is not), one of the same side (odd or even) first, as
    a book's margins alternate."""
    own = {  # a line running off its page (clipped text) ends at the page's edge
        (number, column): (min(l.x0 for l in lines), max(min(l.x1, widths[number] or l.x1) for l in lines))
        for (number, column), lines in columns.items()
    }
    two_columns = {number for number, column in own if column == 1}

    def alike(n: int, number: int) -> bool:
        return (n in two_columns) == (number in two_columns) and abs(widths[n] - widths[number]) < 1

    edges = {}
    for (number, column), (left, right) in own.items():
        peers = [
            (n % 2 != number % 2, -(r - l), (l, r))
            for (n, c), (l, r) in own.items()
            if c == column != SPANNING and alike(n, number)
        ]
        full = -min((width for _, width, _ in peers), default=0.0)
        if right - left < FULL * full:
            edges[number, column] = min(peer for peer in peers if -peer[1] >= FULL * full)[2]
        else:
            edges[number, column] = (left, right)
    return edges


def reflow(pages: list[PdfPage]) -> list[Paragraph]:
    placed = [(page, p) for page in pages for p in _columns(page)]
    heights = [p.line.height for _, p in placed if p.line.height]
    columns: dict[tuple[int, int], list[PdfLine]] = defaultdict(list)
    for page, here in placed:
        columns[page.number, here.column].append(here.line)
    size = median(heights) if heights else 0.0
    layout = _Layout(size, _pitch(placed), _edges(columns, {page.number: page.width for page in pages}))
    paragraphs: list[Paragraph] = []
    for index, (page, here) in enumerate(placed):
        if index and layout.size and layout.runs_on(placed[index - 1], (page, here)):
            last = paragraphs[-1]
            spaced = placed[index - 1][1].line.spaced
            paragraphs[-1] = Paragraph(_join(last.text, here.line.text, spaced), last.page, last.line)
        else:
            paragraphs.append(Paragraph(here.line.text, page.number, here.number))
    return paragraphs


@dataclass
class _Layout:
    size: float  # the usual character height
    pitch: float  # the usual line pitch
    edges: dict[tuple[int, int], tuple[float, float]]  # (page, column) -> (left, right) edge

    def _heading(self, edges: tuple[float, float], a: PdfLine, b: PdfLine) -> bool:
        """Two lines of one heading: larger than the body, the same size, the first wide enough to
        have been broken (a title set centred breaks short of the column's edges)."""
        left, right = edges
        return (
            a.height > HEADING * self.size and abs(a.height - b.height) <= 0.05 * a.height and a.x1 - a.x0 >= 0.6 * (right - left)
        )

    def runs_on(self, previous: tuple[PdfPage, _Placed], here: tuple[PdfPage, _Placed]) -> bool:
        """Does the line ``here`` continue the paragraph of the line before it?"""
        (page_a, a), (page_b, b) = previous, here
        if "\t" in a.line.text or "\t" in b.line.text:
            return False
        if page_a is page_b and a.column == b.column and self._heading(self.edges[page_a.number, a.column], a.line, b.line):
            return 0 < a.line.top - b.line.top <= HEADING_PITCH * a.line.height
        left_a, right_a = self.edges[page_a.number, a.column]
        left_b = self.edges[page_b.number, b.column][0]
        if a.line.x0 > left_a + SET_RIGHT * (right_a - left_a):
            return False  # set right or centred (a signature, its date): no paragraph's line starts there
        if a.line.x1 < right_a - 1.5 * self.size - _unbreakable(b.line) or b.line.x0 > left_b + 0.8 * self.size:
            return False
        if page_a is page_b and a.column == b.column:
            return 0 < a.line.top - b.line.top <= 1.3 * self.pitch
        return True
