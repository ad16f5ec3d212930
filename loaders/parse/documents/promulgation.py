"""What a document promulgates (印发): from its title, or from the sentence that issues it.

``关于印发《A》的通知`` issues A. A page that lacks the title still says what it issues:
``现将《A》印发给你们``, ``《A》《B》已经…审议通过，现印发(给)你们``; the 《》 form there is the
instrument's own title (the notice title may drop a 的).
"""

from __future__ import annotations

import regex

from gazette_kg.loaders.parse.documents.segment import ORG_SUFFIX
from gazette_kg.loaders.parse.spans import SourceLine

_PROMULGATE = regex.compile(r"(?P<verb>印发|转发|批转|发布)(?P<what>.+?)的(?:通知|决定|通告|公告)$")
# A notice forwarded (关于转发某厅《关于印发…的通知》的通知) is a document, not an instrument the forwarding one issues
_FORWARDED_NOTICE = regex.compile(r"(?:通知|通报|通告|公告)$")
_BOOK = regex.compile(r"《(?P<t>(?:[^《》]|《[^《》]*》)+)》")
_ISSUING = regex.compile(r"(?:印发|转发|下发)给?你们|发给你们|现予印发|予以印发")  # 现印发给你们, 现印发你们
_NOTE_AFTER = regex.compile(r"\s*[（(]\p{Han}{2,6}[)）]")  # 《…实施细则》(试行)
_DRAFTER = regex.compile(rf"\p{{Han}}{{1,30}}?{ORG_SUFFIX}")  # 市财政局 in 批转市财政局《…》
_JOINED = regex.compile(r"[和及与、]?")  # 《A》《B》, 《A》和《B》: titles side by side
_SHORT_NAME = regex.compile(r"[（(](?:以下简称|下称|简称)[^（()）]*[)）]")


def book_marks(text: str) -> str:
    """Nested title marks become plain ones once the outer pair is gone: 〈…〉 → 《…》."""
    return text.replace("〈", "《").replace("〉", "》")


def promulgated_titles(title: str) -> list[str]:
    """Titles of the instruments a document issues: 关于印发《A》的通知 → [A].

    ``印发X《A》《B》Y的通知`` (or 《A》和《B》) issues two instruments, X《A》Y and X《B》Y; ``批转市财政局《A》的通知``
    issues A; a title without book-title marks issues what stands between 印发 and 的通知.
    """
    match = _PROMULGATE.search(title)
    if not match:
        return []
    titles = _titles(match["what"])
    if match["verb"] in ("转发", "批转"):
        return [t for t in titles if not _FORWARDED_NOTICE.search(t)]
    return titles


def _titles(what: str) -> list[str]:
    """The titles that ``what`` (between 印发 and 的通知) names: in 《》, side by side, or the whole of it."""
    books = list(_BOOK.finditer(what))
    if not books:
        return [what]
    if len(books) == 1 and books[0].start() == 0:
        rest = what[books[0].end() :]
        return [book_marks(books[0]["t"]) + rest]
    if len(books) == 1 and books[0].end() == len(what) and _DRAFTER.fullmatch(what[: books[0].start()]):
        return [book_marks(books[0]["t"])]  # 批转市财政局《A》: the body that drafted A is no part of its title
    first, last = books[0], books[-1]
    adjacent = all(_JOINED.fullmatch(what[a.end() : b.start()]) for a, b in zip(books, books[1:]))
    if len(books) > 1 and adjacent:
        prefix, suffix = what[: first.start()], what[last.end() :]
        return [prefix + b.group(0) + suffix if prefix or suffix else book_marks(b["t"]) for b in books]
    return [what]


def _note_after(text: str, end: int) -> str:
    note = _NOTE_AFTER.match(text, end)
    return note.group(0).strip() if note else ""


_SENTENCE_END = regex.compile(r"[。；;！？!?：:]\s*$")


def _sentences_over_lines(lines: list[SourceLine], limit: int) -> list[str]:
    """The first ``limit`` text lines, a line that ends no sentence joined to the next (a paragraph wrapped
    or broken into lines: …现将《某市\n某办法》印发给你们)."""
    texts, current = [], ""
    for text in [line.text for line in lines if line.text][:limit]:
        current += text.strip()
        if _SENTENCE_END.search(current):
            texts.append(current)
            current = ""
    return texts + [current] if current else texts


def promulgated_in_text(lines: list[SourceLine], limit: int = 12) -> list[str]:
    """Titles in 《》 of the sentence that issues them (…现印发给你们), in the first ``limit`` text lines, line by
    line, else in their sentences where lines broke them."""
    texts = [line.text for line in lines if line.text][:limit]
    return _issued_in(texts) or _issued_in(_sentences_over_lines(lines, limit))


def _issued_in(texts: list[str]) -> list[str]:
    for text in texts:
        for sentence in regex.split(r"[。；;]", text):
            issuing = _ISSUING.search(sentence)
            if not issuing:
                continue
            clauses = regex.split(r"[，,]", _SHORT_NAME.sub("", sentence[: issuing.start()]))
            for clause in reversed(clauses):
                books = [book_marks(m["t"]) + _note_after(clause, m.end()) for m in _BOOK.finditer(clause)]
                if books and "转发" in issuing.group(0):
                    return [book for book in books if not _FORWARDED_NOTICE.search(book)]
                if books:
                    return books
            return []
    return []


_START_RULE = regex.compile(r"自\p{Han}{2,4}之日起(?:施行|执行|实施|生效)")


def issuing_rule(lines: list[SourceLine], limit: int = 12) -> str | None:
    """The sentence that issues the instruments when it also says when they take effect (…现印发给你们，
    自印发之日起施行): their start, where they do not state their own."""
    texts = [line.text for line in lines if line.text][:limit]
    for text in texts + _sentences_over_lines(lines, limit):  # line by line, else over the lines that broke it
        for sentence in regex.split(r"[。；;]", text):
            if _ISSUING.search(sentence) and _START_RULE.search(sentence):
                return sentence + "。"
    return None
