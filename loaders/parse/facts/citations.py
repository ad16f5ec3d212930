"""Document numbers cited inside a document, with the cited title where one is given.

A citation is a document number in the text (湘政发〔2019〕22号, 国务院令第735号) other than
the document's own. Its title is the 《…》 that stands right before the bracket holding
the number: 《湖南省人民政府关于…的实施意见》（湘政发〔2019〕22号）, else the one right after it, as
a document names the file it follows by number first (根据武政办发〔2008〕73号《关于…的意见》精神).
"""

from __future__ import annotations

import regex

from gazette_kg.loaders.model import Citation
from gazette_kg.loaders.parse.documents.docnumber import find_doc_number_spans, find_orders, find_year_first
from gazette_kg.loaders.parse.documents.segment import ORG_SUFFIX
from gazette_kg.loaders.parse.spans import DocumentSpan

_OPEN = "（(〔［["


_BOUNDARY = regex.compile(r"[，,。；;：:、（()）\t]")
_LEADING = regex.compile(r"^(?:\d{1,2}[.．、]|根据|依据|按照|参照|对照|贯彻落实|贯彻|落实|执行|是|的|和|与|及|以及|由)+")
_TITLE_END = regex.compile(r"(?:通知|意见|办法|规定|方案|决定|条例|细则|规划|纲要|批复|函|通报|公告|令)$")


# A number given with its date (《A》(2000年6月14日上海市人民政府令第84号公布…): the title stands before the date.
_PUBLISHED_ON = regex.compile(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日$")
_PUBLISHED_AS = regex.compile(r"\s*(?:(?:公布|发布|印发)的)?《(?P<title>(?:[^《》]|《[^《》]*》)+)》")
_LIST_MARKER = regex.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.．、](?=\p{Han})")


def _phrase_before(head: str) -> str:
    """The words before a position back to the last punctuation or list marker (1. 二、), less leading connectives."""
    return _LEADING.sub("", _LIST_MARKER.split(_BOUNDARY.split(head)[-1])[-1])


_ISSUING_LEAD = regex.compile(r"关于(?:印发|转发|批转)$")
_BODY = rf"\p{{Han}}{{2,30}}?(?:{ORG_SUFFIX}|中央)"  # 中共中央, 国务院, 某省人民政府
_ISSUED_BY = regex.compile(rf"^{_BODY}关于")
_JOINT_BODY = regex.compile(_BODY)


def _unquoted_title(head: str) -> str | None:
    """A title without 《》 ending ``head``: the words back to the last punctuation, with the issuers that
    join it by 、 (中共中央、国务院关于…的通知)."""
    phrase = _phrase_before(head)
    if len(phrase) < 6 or not _TITLE_END.search(phrase):
        return None
    rest = head[: len(head) - len(phrase)]
    while _ISSUED_BY.match(phrase) and rest.endswith("、"):
        joint = _phrase_before(rest[:-1])
        if not _JOINT_BODY.fullmatch(joint):
            break
        phrase, rest = f"{joint}、{phrase}", rest[: len(rest) - 1 - len(joint)]
    return phrase


def _title_before(text: str, start: int) -> str | None:
    """The title that ends right before the opening bracket preceding ``start``, or right before ``start``.

    Usually 《…》; where a quoted instrument sits inside an unquoted notice title —
    湖南省人民政府关于印发《…》的通知（湘政发…） — the whole phrase is the title.
    """
    head = _PUBLISHED_ON.sub("", text[:start].rstrip())
    if not head.endswith("》"):  # 《A》湘政发〔2019〕22号: the number right after its title, no bracket between
        if not head or head[-1] not in _OPEN:
            return None
        head = head[:-1].rstrip()
    if not head.endswith(("》", ">")):
        return _unquoted_title(head)
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
                if _ISSUING_LEAD.search(lead):  # …关于印发《X》: the notice is the title
                    return _phrase_before(lead) + head[index:]
                return title or None
        index -= 1
    return _unquoted_title(head[:-1])  # the opening 《 was lost: 2.岳阳市…的通知》(岳政办发…)


def _title_after(text: str, end: int) -> str | None:
    """A title named right after its number: …令第52号公布的《…》, 武政办发〔2008〕73号《…》."""
    match = _PUBLISHED_AS.match(text, end)
    return match["title"] if match else None


def _numbers_in(text: str) -> list[tuple[str, int, int]]:
    return [(n.text, start, end) for n, start, end in find_doc_number_spans(text)] + find_orders(text) + find_year_first(text)


def _line_numbers(text: str, following: str, covered: int) -> tuple[list[tuple[str, int, int]], int]:
    """Numbers of a line, one broken at its end read whole with the next line (湘政发〔2019〕2 / 2号);
    ``covered`` characters at the line's start finish a number of the line before. Also returns what
    of the next line this line's numbers cover."""
    numbers = [n for n in _numbers_in(text) if n[1] >= covered]
    across = [n for n in _numbers_in(text + following) if n[1] < len(text) < n[2]] if following else []
    starts = {start for _, start, _ in across}
    numbers = [n for n in numbers if n[1] not in starts] + [n for n in across if n[1] >= covered]
    return sorted(numbers, key=lambda n: n[1]), max((end - len(text) for _, _, end in across), default=0)


# A line that finishes the number the line before broke off (…〔2019〕 / 12号).
_CONTINUES = regex.compile(r"[\d号〕\]）)第]")


def _continues(text: str) -> bool:
    first = text[:1]
    return (first in "号〕]）)第" or first.isdigit()) and bool(_CONTINUES.match(text))


def extract_citations(span: DocumentSpan) -> list[Citation]:
    citations: list[Citation] = []
    previous = ""  # a title can break across lines: read it with the line before
    texts = [line for line in span.lines if line.text]
    covered = 0
    for line, after in zip(texts, texts[1:] + [None]):
        text = line.text
        context, previous = previous + text, text
        following = after.text if after is not None and _continues(after.text) else ""
        if "号" not in text + following[:8]:
            covered = 0
            continue
        numbers, covered = _line_numbers(text, following, covered)
        for number, start, end in numbers:
            if number == span.doc_number:
                continue
            # a line opening with the bracket ((2006年…令第297号公布…) follows a heading, not the rest of a title
            before = (text, start) if text[:1] in _OPEN else (context, start + len(context) - len(text))
            title = _title_before(*before) or _title_after(text + following, end)
            citations.append(Citation(span.doc_number, number, title, line.number))
    return citations
