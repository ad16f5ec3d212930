"""A file → ``SourceText``: the text to parse and where each of its lines came from.

The front door of the input adapters. What the file holds is told from its bytes
(``detect``): text in any common encoding, the Markdown-like text PDF extractors write, a
PDF with a text layer, or a web page. Every form comes out as lines of text for the
parser; a PDF's lines also name their page and their line on the page, a web page's
text its URL where one is given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from gazette_kg.loaders.inputs.decode import decode_bytes
from gazette_kg.loaders.inputs.detect import kind_of
from gazette_kg.loaders.inputs.errors import UnreadableInput


class EmptyInput(UnreadableInput):
    """A file with nothing in it."""


@dataclass(frozen=True)
class SourceText:
    text: str
    name: str  # the file's name
    encoding: str  # the text's encoding, or what it was read from ("PDF text layer")
    kind: str = "text"  # text | pdf | html
    url: str | None = None
    # for a PDF, (page, line on the page) for each line of ``text``; empty for other forms
    locations: list[tuple[int, int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the reader should know (pages without text)


def _text(paragraph) -> str:
    return paragraph.text


def _pdf(data: bytes, name: str, url: str | None) -> SourceText:
    from gazette_kg.loaders.inputs.furniture import strip_furniture
    from gazette_kg.loaders.inputs.pdf import read_pdf
    from gazette_kg.loaders.inputs.reflow import reflow
    from gazette_kg.loaders.inputs.webprint import site_free, without_file_list

    pages = read_pdf(data)
    blank = [str(page.number) for page in pages if not page.lines]
    notes = [f"no text layer on page(s) {', '.join(blank)} (scanned pages?): their text is not read"] if blank else []
    paragraphs = without_file_list(reflow(site_free(strip_furniture(pages))), _text)
    lines, locations = [], []
    for paragraph in paragraphs:  # one paragraph a line, a blank line between, as extractors write
        lines += [paragraph.text, ""]
        locations += [(paragraph.page, paragraph.line)] * 2
    return SourceText("\n".join(lines), name, "PDF text layer", "pdf", url, locations, notes)


def _html(data: bytes, name: str, url: str | None) -> SourceText:
    from gazette_kg.loaders.inputs.html import page_text

    markup, encoding = decode_bytes(data)
    return SourceText(page_text(markup), name, encoding, "html", url)


def source_text(data: bytes, name: str, url: str | None = None) -> SourceText:
    """The text of ``data`` (a file's bytes) for the parser. Raises ``UnreadableInput``."""
    if not data.strip():
        raise EmptyInput("empty file")
    kind = kind_of(data)
    if kind == "pdf":
        return _pdf(data, name, url)
    if kind == "html":
        return _html(data, name, url)
    text, encoding = decode_bytes(data)
    return SourceText(text, name, encoding, "text", url)


def read_source(path: str | Path, url: str | None = None) -> SourceText:
    """Read and decode one file. Raises OSError or ``UnreadableInput``."""
    path = Path(path)
    return source_text(path.read_bytes(), path.name, url)
