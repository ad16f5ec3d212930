"""Decisions of a people's congress (人大常委会决定), which carry no document number.

A standing committee prints its decision as the issuing body and 关于…的决定 (the title
often broken over two or three lines), or its list of appointments as the body and 任免名单
(某市人民代表大会常务委员会任免名单), then the note of its adoption in brackets —
(2023年5月31日某市第十五届人民代表大会常务委员会第七次会议通过) — then the text and the
signature. The note dates the decision. A page may hold several decisions, after a news
report of the session; an issue prints them among numbered documents (``with_adopted``).
"""

from __future__ import annotations

import regex

from gazette_kg.loaders.parse.documents.dates import parse_date
from gazette_kg.loaders.parse.documents.genres import genre_of
from gazette_kg.loaders.parse.documents.segment import ISSUER_TITLE, ORG_SUFFIX, DocHeader, previous_texts, split_issuers
from gazette_kg.loaders.parse.layout.clean import CleanText

# (2023年5月31日…会议通过), broken over two lines at most
_NOTE_START = regex.compile(r"^[（(]\s*(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年.{1,80}$")
_ADOPTED = regex.compile(r"(?:通过|批准)[)）]$")
MAX_TITLE_LINES = 4
DECISION_GENRES = ("决定", "决议")
# 某市人民代表大会常务委员会任免名单, …决定任免人员名单: the body, then the list
_LIST_TITLE = regex.compile(rf"^(?P<issuer>\p{{Han}}{{2,40}}?{ORG_SUFFIX})\p{{Han}}{{0,8}}名单$")


def _note(clean: CleanText, index: int) -> str | None:
    """The adoption note starting on line ``index`` (joined with the next line when broken), or None."""
    text = clean.lines[index].text
    if not _NOTE_START.match(text):
        return None
    if _ADOPTED.search(text):
        return text
    following = next((clean.lines[j].text for j in range(index + 1, min(len(clean.lines), index + 3)) if clean.lines[j].text), "")
    return text + following if _ADOPTED.search(following) else None


def _title_above(clean: CleanText, index: int) -> tuple[int, str] | None:
    """The decision's title in the lines just above its note: issuer and 关于…的决定."""
    above = previous_texts(clean, index, MAX_TITLE_LINES)
    for count in range(1, len(above) + 1):
        first = above[count - 1]
        title = "".join(clean.lines[j].text for j in reversed(above[:count]))
        if ISSUER_TITLE.match(title) and genre_of(title) in DECISION_GENRES or _LIST_TITLE.match(title):
            return first, title
    return None


def _issuers(clean: CleanText, title_index: int, title: str) -> list[str]:
    listed = _LIST_TITLE.match(title)
    return [listed["issuer"]] if listed and not ISSUER_TITLE.match(title) else split_issuers(clean, title_index, title)


def find_adopted(clean: CleanText) -> list[DocHeader]:
    """The headers of the congress decisions in ``clean``, each to the next one's title."""
    headers: list[DocHeader] = []
    for index, line in enumerate(clean.lines):
        if not line.text or (headers and index <= headers[-1].number_index):
            continue
        note = _note(clean, index)
        found = _title_above(clean, index) if note else None
        if found is None:
            continue
        title_index, title = found
        header = DocHeader(
            title=title,
            title_index=title_index,
            number_index=index,
            number=None,
            issuers=_issuers(clean, title_index, title),
            signed_date=parse_date(note),
        )
        header.text_index = index + 1
        headers.append(header)
    for header, following in zip(headers, headers[1:] + [None]):
        header.end_index = following.title_index if following else len(clean.lines)
    if headers:
        headers[0].span_start = 0  # the report of the session before them speaks of them too
    return headers


def with_adopted(clean: CleanText, headers: list[DocHeader]) -> list[DocHeader]:
    """``headers`` with the congress decisions and lists printed between them (they carry no number),
    each document ending where the next begins."""
    known = {index for header in headers for index in range(header.title_index, header.number_index + 1)}
    extra = [a for a in find_adopted(clean) if a.title_index not in known and a.number_index not in known]
    if not extra:
        return headers
    merged = sorted(headers + extra, key=lambda header: header.title_index)
    for header, following in zip(merged, merged[1:]):
        header.end_index = min(header.end_index, following.title_index)
        if following in extra:
            following.span_start = None
    return merged
