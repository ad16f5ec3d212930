"""Document numbers cited inside a document, with the cited title where one is given.

A citation is a document number in the text (湘政发〔2019〕22号, 国务院令第735号) other than
the document's own. Its title is the 《…》 that stands right before the bracket holding
the number: 《湖南省人民政府关于…的实施意见》（湘政发〔2019〕22号）.
"""

from __future__ import annotations

import regex

from gazette_kg.loaders.parse.documents.docnumber import find_doc_number_spans
from gazette_kg.loaders.model import Citation
from gazette_kg.loaders.parse.spans import DocumentSpan

# Orders (令) are numbered without a year: 湖南省人民政府令第301号, 国务院令735号.
ORDER_RE = regex.compile(r"(?P<code>\p{Han}{1,20}?令)\s*(?P<di>第)?\s*(?P<n>\d{1,4})\s*号")
_ORDER_LEAD = regex.compile(r"^(?:.*?(?:根据|依据|按照|按|与|及|以及|的))(?=\p{Han}{2,}令)")
_OPEN = "（(〔［["


_BOUNDARY = regex.compile(r"[，,。；;：:、（()）\t]")
_LEADING = regex.compile(r"^(?:\d{1,2}[.．、]|根据|依据|按照|参照|对照|贯彻落实|贯彻|落实|执行|是|的|和|与|及|以及|由)+")
_TITLE_END = regex.compile(r"(?:通知|意见|办法|规定|方案|决定|条例|细则|规划|纲要|批复|函|通报|公告|令)$")


_LIST_MARKER = regex.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.．、](?=\p{Han})")


def _phrase_before(head: str) -> str:
    """The words before a position back to the last punctuation or list marker (1. 二、), less leading connectives."""
    return _LEADING.sub("", _LIST_MARKER.split(_BOUNDARY.split(head)[-1])[-1])


def _title_before(text: str, start: int) -> str | None:
    """The title that ends right before the opening bracket preceding ``start``.

    Usually 《…》; where a quoted instrument sits inside an unquoted notice title —
    湖南省人民政府关于印发《…》的通知（湘政发…） — the whole phrase is the title.
    """
    head = text[:start].rstrip()
    if not head or head[-1] not in _OPEN:
        return None
    head = head[:-1].rstrip()
    if not head.endswith(("》", ">")):
        phrase = _phrase_before(head)
        return phrase if len(phrase) >= 6 and _TITLE_END.search(phrase) else None
    closing = head[-1]
    opening = "《" if closing == "》" else "<"
    depth, index = 0, len(head) - 1
    while index >= 0:
        char = head[index]
        if char == closing:
            depth += 1
        elif char == opening:
            depth -= 1
            if depth == 0:
                title = head[index + 1 : -1]
                lead = head[:index]
                if regex.search(r"关于(?:印发|转发|批转)$", lead):  # …关于印发《X》: the notice is the title
                    return _phrase_before(lead) + head[index:]
                return title or None
        index -= 1
    return None


def _orders(text: str) -> list[tuple[str, int, int]]:
    found = []
    for match in ORDER_RE.finditer(text):
        code = _ORDER_LEAD.sub("", match["code"])
        number = f"{code}{match['di'] or ''}{match['n']}号"
        found.append((number, match.start(), match.end()))
    return found


def extract_citations(span: DocumentSpan) -> list[Citation]:
    citations: list[Citation] = []
    previous = ""  # a title can break across lines: read it with the line before
    for line in span.lines:
        text = line.text
        context, previous = previous + text, text or previous
        if "号" not in text:
            continue
        numbers = [(n.text, start, end) for n, start, end in find_doc_number_spans(text)]
        numbers += _orders(text)
        for number, start, _end in sorted(numbers, key=lambda item: item[1]):
            if number == span.doc_number:
                continue
            title = _title_before(context, start + len(context) - len(text))
            citations.append(Citation(span.doc_number, number, title, line.number))
    return citations
