"""The table of contents: sections (【市政府文件】), entry titles, document numbers, pages.

A line of prose (a sentence) is never part of an entry: a document's own 目录 lists its chapters,
and its text follows. Sections are headed 【市政府文件】, or by a short line of their own without brackets
(国务院文件, ◆部门文件◆: their last words in ``loaders/data/toc_sections.txt``). The contents end at the
colophon (编辑出版, 主管), or where the body begins: a line that repeats a listed title, not followed by a page. Entries come in many layouts: one line with tabs or dot leaders, a title split over
several lines with the number and page on the last, a ``- `` list prefix, a number glued
to the title. An entry is complete at the line that carries its page ``(N)`` or its
document number.
"""

from __future__ import annotations

import unicodedata

import regex

from gazette_kg.loaders.model import TocEntry
from gazette_kg.loaders.parse.documents.decree import is_masthead, is_ordinal
from gazette_kg.loaders.parse.documents.docnumber import find_doc_number_spans, find_orders
from gazette_kg.loaders.parse.layout.clean import CONTENTS_HEADING, CleanText, without_whitespace
from gazette_kg.loaders.parse.layout.clean import PLAIN_SECTION as _PLAIN_SECTION
from gazette_kg.loaders.parse.layout.clean import TOC_PAGE as _PAGE

_SECTION = regex.compile(r"^[【\[]\s*(?P<name>\p{Han}{2,12})\s*[】\]]$")
_NORMATIVE = regex.compile(r"[A-Z]{2,6}-\d{4}-\d{3,6}")
_LEADERS = regex.compile(r"[.．。·…⋯]{3,}|…{2}|\t+")  # dot leaders; …… (two ellipses) is one
_END_MARKERS = regex.compile(r"^(?:编辑出版|编辑委员会|主\s*管|主\s*办)")
# A sentence's end: prose, never part of an entry (a document's own 目录 of its chapters is followed by its text)
_PROSE = regex.compile(r"[。；;]")
NORMATIVE_CODE_RE = _NORMATIVE


def find_toc_start(clean: CleanText, limit: int = 300) -> int | None:
    """Index (0-based) of the 目录 line, if the issue has one near its top."""
    for index, line in enumerate(clean.lines[:limit]):
        if CONTENTS_HEADING.match(line.text):
            return index
    return None


def parse_toc(clean: CleanText) -> tuple[list[TocEntry], int]:
    """The TOC entries and the 0-based index of the first line after the TOC."""
    start = find_toc_start(clean)
    if start is None:
        return [], 0
    entries: list[TocEntry] = []
    section: str | None = None
    pending: list[tuple[int, str]] = []
    index = start + 1
    for index in range(start + 1, len(clean.lines)):
        text = clean.lines[index].text.lstrip("-•· ").strip()
        if not text:
            continue
        if _END_MARKERS.match(text):
            break
        if not pending and entries and _body_begins(clean, index, entries):
            break
        if match := _SECTION.match(text) or (not pending and _plain_section(clean, index, text)):
            section, pending = match["name"], []
            continue
        if _PROSE.search(text):
            pending = []
            continue
        pending.append((clean.lines[index].number, text))
        joined = "".join(t for _, t in pending)
        numbers = find_doc_number_spans(joined)
        page = _PAGE.search(joined)
        if not (page or numbers):
            if len(pending) > 4:  # prose, not a TOC entry: the TOC has ended
                pending = pending[-1:]
            continue
        if numbers and not page and index + 1 < len(clean.lines):
            following = clean.lines[index + 1 : index + 3]
            if any(_PAGE.fullmatch(l.text.strip()) for l in following if l.text):
                continue  # the page stands on the next line
        entries.append(_entry(section, pending, joined, numbers, page))
        pending = []
    return entries, index


def _plain_section(clean: CleanText, index: int, text: str) -> regex.Match | None:
    """A section heading without brackets, not a decree's masthead (某某人民政府令 over 第N号)."""
    match = _PLAIN_SECTION.match(text)
    following = next((line.text for line in clean.lines[index + 1 : index + 4] if line.text), "")
    return None if match is None or is_ordinal(following) else match


_NESTED_QUOTES = str.maketrans("〈〉", "《》")


def title_key(title: str) -> str:
    """A title as the contents and the body may both print it: widths, spaces and 〈〉 for 《》 aside."""
    return unicodedata.normalize("NFKC", without_whitespace(title)).translate(_NESTED_QUOTES)


BODY_TITLE_LINES = 3  # a title in the body is set on up to this many lines


def _body_begins(clean: CleanText, index: int, entries: list[TocEntry]) -> bool:
    """The line at ``index`` starts a listed title again (on up to three lines) and no page follows it, or a decree's
    masthead over its ordinal: the body."""
    titles = {title_key(entry.title) for entry in entries}
    joined, following = "", [line.text.strip() for line in clean.lines[index:] if line.text.strip()]
    if len(following) > 1 and is_masthead(following[0]) and is_ordinal(following[1]):  # a decree: 某某人民政府令 / 第88号
        return True
    for count, text in enumerate(following[:BODY_TITLE_LINES], 1):
        if _PAGE.search(text) or find_doc_number_spans(text):
            return False
        joined += text
        if title_key(joined) in titles:
            after = following[count] if count < len(following) else ""
            return not _PAGE.search(after)
    return False


_ORDER_AFTER = regex.compile(r"^(?P<title>.+?)[(（](?P<order>[^()（）]+)[)）]$")


def _order(title: str) -> tuple[str, str | None] | None:
    """An order an entry lists: by its number alone (某省人民政府令第201号), or after the title of the 规章 it
    publishes, in brackets: (number, that title or None)."""
    orders = find_orders(title)
    if orders and orders[0][0] == title:
        return title, None
    after = _ORDER_AFTER.match(title)
    orders = find_orders(after["order"]) if after else []
    return (orders[0][0], after["title"].strip()) if orders and orders[0][0] == after["order"] else None


_OPEN_AT_END = regex.compile(r"[(（\[［【]\s*$")


def _entry(section, pending, joined, numbers, page) -> TocEntry:
    cut = numbers[0][1] if numbers else page.start()
    title = _LEADERS.sub("", joined[:cut]).strip()
    title = _OPEN_AT_END.sub("", title).strip()
    normative = _NORMATIVE.search(joined)
    order = None if numbers else _order(title)
    if order and order[1] is not None:  # 某省某某办法（某省人民政府令第88号）: the 规章's title, its order's number
        title = order[1]
    return TocEntry(
        section=section,
        title=title,
        doc_number=numbers[0][0].text if numbers else order[0] if order else None,
        normative_code=normative.group(0) if normative else None,
        page=int(page["page"]) if page else None,
        line=pending[0][0],
    )
