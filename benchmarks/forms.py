"""The parser on PDFs and web pages typeset from the seeds, next to the extraction library alone.

For PDFs: pages per second of pypdfium2 reading the text layer and nothing else (the
baseline), of the input adapter (text layer, furniture, reflow), and of the whole parse.
For web pages: pages per second of trafilatura alone and of the whole parse. With
``--compare-libraries``, the libraries that were candidates (pdfplumber, pdfminer.six,
readability-lxml; installed by hand, they are not dependencies) are measured on the same
files, for speed and for the share of the seed's lines found in what they extract.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import regex

from benchmarks.specimens import Layout, government_page, typeset_pdf
from gazette_kg.loaders.inputs.source import read_source
from gazette_kg.loaders.parse.pipeline import parse_file

_SPACE = regex.compile(r"\s+")


def make_specimens(seeds: list[Path], folder: Path) -> tuple[list[tuple[Path, Path]], list[tuple[Path, Path]]]:
    """(seed, PDF) and (seed, web page) pairs, written into ``folder``."""
    pdfs, pages = [], []
    for seed in seeds:
        text = seed.read_text(encoding="utf-8")
        pdf = folder / f"{seed.stem}.pdf"
        pdf.write_bytes(typeset_pdf(text, Layout()))
        page = folder / f"{seed.stem}.html"
        page.write_text(government_page(text, text.strip().split("\n", 1)[0]), encoding="utf-8")
        pdfs.append((seed, pdf))
        pages.append((seed, page))
    return pdfs, pages


def document_pages(seeds: list[Path], folder: Path) -> list[tuple[str, Path]]:
    """(text, web page) for each document of each seed alone, as sites publish them: from its
    title to the next document's (a policy interpretation printed after it included)."""
    pages = []
    for seed in seeds:
        lines = seed.read_text(encoding="utf-8").split("\n")
        starts = [doc.body_line for doc in parse_file(seed).documents]
        for index, (start, stop) in enumerate(zip(starts, starts[1:] + [len(lines) + 1])):
            text = "\n".join(lines[start - 1 : stop - 1])
            page = folder / f"{seed.stem}-{index}.html"
            page.write_text(government_page(text, text.strip().split("\n", 1)[0]), encoding="utf-8")
            pages.append((text, page))
    return pages


def line_recall(reference: str, extracted: str) -> float:
    """The share of the reference's lines (spaces ignored) found in the extracted text."""
    haystack = _SPACE.sub("", extracted)
    lines = [_SPACE.sub("", line) for line in reference.split("\n") if line.strip() and "\t" not in line]
    return sum(line in haystack for line in lines) / max(1, len(lines))


def _pdfium_text(path: Path) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(path.read_bytes())
    try:
        return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


def _pdfplumber_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(BytesIO(path.read_bytes())) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _pdfminer_text(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(BytesIO(path.read_bytes()))


def _trafilatura_text(path: Path) -> str:
    import trafilatura

    return trafilatura.extract(path.read_text(encoding="utf-8"), include_tables=True, favor_recall=True) or ""


def _readability_text(path: Path) -> str:
    import lxml.html
    from readability import Document

    return lxml.html.fromstring(Document(path.read_text(encoding="utf-8")).summary(html_partial=True)).text_content()


def _timed(job: Callable[[Path], object], paths: list[Path]) -> tuple[float, float, list[object]]:
    """Wall-clock and CPU seconds of ``job`` over ``paths``, and its results."""
    start, cpu = time.perf_counter(), time.process_time()
    results = [job(path) for path in paths]
    return time.perf_counter() - start, time.process_time() - cpu, results


def _page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(path.read_bytes())
    try:
        return len(document)
    finally:
        document.close()


def report(pdfs: list[tuple[Path, Path]], pages: list[tuple[Path, Path]], compare: bool) -> None:
    """Print pages per second for each stage and, with ``compare``, for each candidate library
    (the web extractors also on each document of the seeds in a page of its own)."""
    pdf_paths = [pdf for _, pdf in pdfs]
    page_paths = [page for _, page in pages]
    count = sum(_page_count(path) for path in pdf_paths)
    stages: list[tuple[str, list[Path], int, Callable[[Path], object], str]] = [
        ("PDF: pypdfium2 text alone (baseline)", pdf_paths, count, _pdfium_text, "pdf"),
        ("PDF: input adapter", pdf_paths, count, lambda p: read_source(p).text, "pdf"),
        ("PDF: adapter + parse", pdf_paths, count, parse_file, "pdf"),
        ("web: trafilatura alone (baseline)", page_paths, len(page_paths), _trafilatura_text, "html"),
        ("web: adapter + parse", page_paths, len(page_paths), parse_file, "html"),
    ]
    if compare:
        stages[1:1] = [
            ("PDF: pdfplumber text alone", pdf_paths, count, _pdfplumber_text, "pdf"),
            ("PDF: pdfminer.six text alone", pdf_paths, count, _pdfminer_text, "pdf"),
        ]
        stages.insert(-1, ("web: readability-lxml alone", page_paths, len(page_paths), _readability_text, "html"))
    references = [seed.read_text(encoding="utf-8") for seed, _ in pdfs]
    if compare:
        singles = document_pages([seed for seed, _ in pages], page_paths[0].parent)
        single_paths = [page for _, page in singles]
        stages += [
            ("web, one document a page: trafilatura", single_paths, len(single_paths), _trafilatura_text, "single"),
            ("web, one document a page: readability", single_paths, len(single_paths), _readability_text, "single"),
        ]
    print(f"\n{'stage':>38} {'files':>6} {'pages':>6} {'s':>8} {'pages/s':>8} {'CPU p/s':>8} {'x base':>7} {'line recall':>12}")
    baseline = {}
    for label, paths, units, job, form in stages:
        try:
            seconds, cpu, results = _timed(job, paths)
        except ImportError as err:
            print(f"{label:>38}  not installed ({err.name})")
            continue
        baseline.setdefault(form, cpu)
        texts = [r for r in results if isinstance(r, str)]
        wanted = [text for text, _ in singles] if form == "single" else references
        recall = f"{sum(map(line_recall, wanted, texts)) / len(texts):12.3f}" if texts else f"{'':>12}"
        print(
            f"{label:>38} {len(paths):>6} {units:>6} {seconds:8.2f} {units / seconds:8.1f} {units / max(cpu, 1e-9):8.1f} "
            f"{cpu / baseline[form]:7.1f} {recall}"
        )
