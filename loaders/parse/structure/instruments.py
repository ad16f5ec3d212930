"""Instruments: what a document promulgates (印发《…》), or a structured document itself.

A notice that promulgates prints each instrument after its signature, headed by the
instrument's title; a stand-alone opinion or notice whose text is laid out in numbered
parts (一、二、…) is its own instrument.
"""

from __future__ import annotations

import regex

from gazette_kg.loaders.model import Document, Instrument
from gazette_kg.loaders.parse.conventions import data_rows
from gazette_kg.loaders.parse.documents.genres import genre_kind
from gazette_kg.loaders.parse.documents.segment import DocHeader
from gazette_kg.loaders.parse.layout.clean import CleanText
from gazette_kg.loaders.parse.structure.provisions import build_tree, counts, outline_items
from gazette_kg.loaders.parse.structure.validity import effective_date, expiry_date, start_rule, term

# A document is its own instrument when its text is laid out in at least this many
# top-level parts of substance (a short notice listing three one-line points is not);
# one part is enough for a genre that is an instrument by nature (意见, 方案, 办法…).
MIN_TOP_ITEMS = 2
MIN_CHARS_PER_ITEM = 150
_ANNEX_START = regex.compile(r"^附件\s*\d*\s*[:：]?")
# Titles of documents that act rather than lay down rules (关于成立…领导小组的通知, 关于废止…的决定): data/not_instruments.txt.
_NOT_OWN_INSTRUMENT = regex.compile("|".join(row[0] for row in data_rows("not_instruments.txt")))
# Titles of documents that are instruments by nature (关于修改…的决定): data/instrument_titles.txt.
_OWN_INSTRUMENT = regex.compile("|".join(row[0] for row in data_rows("instrument_titles.txt")))
_TITLE_NOISE = regex.compile(r"[\s《》〈〉“”\"'()（）\[\]【】]")


def _norm(text: str) -> str:
    return _TITLE_NOISE.sub("", text)


def _find_title(clean: CleanText, title: str, start: int, end: int) -> int | None:
    """0-based index where ``title`` stands on one to three lines in [start, end)."""
    target = _norm(title)
    for index in range(start, end):
        if not clean.lines[index].text:
            continue
        acc = ""
        for j in range(index, min(end, index + 6)):
            if not clean.lines[j].text:
                continue
            acc += _norm(clean.lines[j].text)
            if acc == target:
                return index
            if not target.startswith(acc):
                break
    return None


def _instrument(
    clean: CleanText, title: str, doc: Document, start: int, end: int, title_line: int, fallback_rule: str | None = None
) -> Instrument:
    lines = []
    for line in clean.lines[start:end]:
        if line.text.startswith("附件") and _ANNEX_START.match(line.text):
            break  # the annexes that follow are not provisions of the instrument
        if line.text:
            lines.append(line)
    tree = build_tree(lines)
    chapters, articles, top_items = counts(tree)
    text = "\n".join(line.text for line in lines)
    rule, expiry = start_rule(text) or start_rule(fallback_rule or ""), term(text)
    begin = effective_date(rule, doc.signed_date)
    return Instrument(
        title=title,
        promulgated_by=doc.doc_number,
        line=title_line,
        chapters=chapters,
        articles=articles,
        top_items=top_items,
        effective=rule,
        expiry=expiry,
        effective_date=begin,
        expiry_date=expiry_date(expiry, begin),
        provisions=tree,
    )


def build_instruments(clean: CleanText, header: DocHeader, doc: Document, content_end: int) -> list[Instrument]:
    # the text after the signature; unsigned (a 规章 printed under its history line), the text itself
    after = header.signature_index + 1 if header.signature_index is not None else header.text_index
    if doc.title and _NOT_OWN_INSTRUMENT.search(doc.title) and doc.promulgates in ([], [doc.title]):
        return []  # a notice setting up a body, a decision repealing documents (by order or not): acts, not rules
    if doc.promulgates:
        found = [(title, _find_title(clean, title, after, content_end)) for title in doc.promulgates]
        located = sorted((index, title) for title, index in found if index is not None)
        instruments = []
        for k, (index, title) in enumerate(located):
            stop = located[k + 1][0] if k + 1 < len(located) else content_end
            instruments.append(_instrument(clean, title, doc, index + 1, stop, clean.lines[index].number, header.start_rule_text))
        unlocated = [title for title, index in found if index is None]
        if unlocated and not located:  # title not printed: the text after the signature is the first instrument
            title_line = clean.lines[min(after, len(clean.lines)) - 1].number
            instruments.append(_instrument(clean, unlocated.pop(0), doc, after, content_end, title_line, header.start_rule_text))
        instruments.extend(_not_printed(title, doc) for title in unlocated)
        return instruments
    if doc.number is not None and doc.number.issuer_code.endswith("人") or doc.title is None:
        return []  # personnel decisions have no structure of their own
    end = header.signature_index if header.signature_index is not None else content_end
    own = _instrument(clean, doc.title, doc, header.text_index, end, doc.body_line, header.stated_start)
    by_nature = genre_kind(doc.genre) == "instrument" or doc.genre is None or bool(_OWN_INSTRUMENT.search(doc.title))
    substantial = _substantial(own, by_nature)
    return [own] if own.articles or own.chapters or substantial else []


def _not_printed(title: str, doc: Document) -> Instrument:
    """An instrument the document issues but the text does not print: its structure is unknown."""
    return Instrument(
        title=title, promulgated_by=doc.doc_number, line=doc.body_line, chapters=None, articles=None, top_items=None
    )


def _size(node) -> int:
    return len(node.text) + sum(_size(child) for child in node.children)


def _substantial(instrument: Instrument, by_genre: bool) -> bool:
    """Laid out in parts: any where the genre is an instrument's (意见, 方案…), else two or more of substance."""
    items = outline_items(instrument.provisions)
    if not items or instrument.top_items < (1 if by_genre else MIN_TOP_ITEMS):
        return False
    return by_genre or sum(_size(p) for p in items) / len(items) >= MIN_CHARS_PER_ITEM
