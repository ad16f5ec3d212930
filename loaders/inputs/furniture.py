"""Page furniture of a PDF: running heads and feet, and page numbers, taken out of the text.

A line counts as furniture when it stands in the top or bottom band of its page and
either is a page number (3, - 3 -, — 3 —, 第3页, 3/52, 第3页/共5页) or, with its digits ignored, recurs
in that band on several pages (a gazette's title on even pages, the section name or a
slogan on odd ones), or is the page's topmost line set smaller than the text (the running
head of a document too short for it to recur). Body lines never recur in the same place page after page, so
nothing is lost from the text.
"""

from __future__ import annotations

from collections import Counter
from statistics import median

import regex

from gazette_kg.loaders.inputs.pdf import PdfLine, PdfPage

HEAD_SIZE = 0.9  # a running head is set smaller than this share of the body text's size
BAND = 0.1  # share of the page height, at the top and at the bottom, where furniture stands
_PAGE_NUMBER = regex.compile(
    r"^[-—–－·\s]*(?:共\s*\d{1,4}\s*页[\s,，/／]*)?(?:第\s*)?\d{1,4}(?:\s*页)?"
    r"(?:\s*[/／]\s*\d{1,4}|[\s,，/／]*共\s*\d{1,4}\s*页)?[-—–－·\s]*$"
)
_DIGITS = regex.compile(r"\d+")
_WHITESPACE = regex.compile(r"\s+")


def _in_band(line: PdfLine, page: PdfPage) -> bool:
    if not page.height or not line.height:  # no geometry: the first and last line of a page
        return line is page.lines[0] or line is page.lines[-1]
    return line.top > page.height * (1 - BAND) or line.top - line.height < page.height * BAND


def _shape(text: str) -> str:
    return _DIGITS.sub("#", _WHITESPACE.sub("", text))


def _small_head(line: PdfLine, page: PdfPage, size: float) -> bool:
    """The topmost line of a page, in its top band, set smaller than the text: a running head
    that a document of one or two pages does not print often enough to recur."""
    return (
        line is max(page.lines, key=lambda l: l.top)
        and line.top > page.height * (1 - BAND)
        and 0 < line.height < HEAD_SIZE * size
    )


def strip_furniture(pages: list[PdfPage]) -> list[PdfPage]:
    """The pages without their running heads, feet and page numbers."""
    counts = Counter(_shape(line.text) for page in pages for line in page.lines if _in_band(line, page))
    recurring = {shape for shape, n in counts.items() if n >= max(2, min(3, len(pages) // 3))}
    heights = [line.height for page in pages for line in page.lines if line.height]
    size = median(heights) if heights else 0.0
    cleaned = []
    for page in pages:
        body = [
            line
            for line in page.lines
            if not (
                _in_band(line, page)
                and (_PAGE_NUMBER.match(line.text) or _shape(line.text) in recurring or _small_head(line, page, size))
            )
        ]
        cleaned.append(PdfPage(page.number, page.width, page.height, body))
    return cleaned
