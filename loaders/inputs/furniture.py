"""Page furniture of a PDF: running heads and feet, and page numbers, taken out of the text.

A line counts as furniture when it stands in the top or bottom band of its page and
either is a page number (3, - 3 -, — 3 —, 第3页, 3/52) or, with its digits ignored, recurs
in that band on several pages (a gazette's title on even pages, the section name or a
slogan on odd ones). Body lines never recur in the same place page after page, so
nothing is lost from the text.
"""

from __future__ import annotations

from collections import Counter

import regex

from gazette_kg.loaders.inputs.pdf import PdfLine, PdfPage

BAND = 0.1  # share of the page height, at the top and at the bottom, where furniture stands
_PAGE_NUMBER = regex.compile(r"^[-—–－·\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–－·\s]*$")
_DIGITS = regex.compile(r"\d+")
_WHITESPACE = regex.compile(r"\s+")


def _in_band(line: PdfLine, page: PdfPage) -> bool:
    if not page.height or not line.height:  # no geometry: the first and last line of a page
        return line is page.lines[0] or line is page.lines[-1]
    return line.top > page.height * (1 - BAND) or line.top - line.height < page.height * BAND


def _shape(text: str) -> str:
    return _DIGITS.sub("#", _WHITESPACE.sub("", text))


def strip_furniture(pages: list[PdfPage]) -> list[PdfPage]:
    """The pages without their running heads, feet and page numbers."""
    counts = Counter(_shape(line.text) for page in pages for line in page.lines if _in_band(line, page))
    recurring = {shape for shape, n in counts.items() if n >= max(2, min(3, len(pages) // 3))}
    cleaned = []
    for page in pages:
        body = [line for line in page.lines
                if not (_in_band(line, page) and (_PAGE_NUMBER.match(line.text) or _shape(line.text) in recurring))]
        cleaned.append(PdfPage(page.number, page.width, page.height, body))
    return cleaned
