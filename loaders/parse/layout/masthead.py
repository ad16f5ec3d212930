"""Issue metadata from the masthead: title, year, issue and cumulative numbers, date, 主管/主办."""

from __future__ import annotations

import regex

from gazette_kg.loaders.model import IssueMeta
from gazette_kg.loaders.parse.documents.dates import parse_date
from gazette_kg.loaders.parse.spans import SourceLine

_TITLE = regex.compile(r"^(?P<t>\p{Han}{2,20}(?:公报|政报|政府公报|通讯|政务))$")
_DASH = r"[-—–~～－]"
_ISSUE = regex.compile(rf"(?P<y>(?:19|20)\d\d)\s*年\s*第\s*(?P<n>\d+(?:\s*{_DASH}+\s*\d+)?)\s*期")
_ISSUE_BARE = regex.compile(rf"^第\s*(?P<n>\d+(?:\s*{_DASH}+\s*\d+)?)\s*期$")
_CUMULATIVE = regex.compile(rf"总第\s*(?P<n>\d+(?:\s*{_DASH}+\s*\d+)?)\s*期")
_PUBLISHED = regex.compile(r"出版日期\s*[:：]?\s*(?P<d>.+)$")
_ROLE = regex.compile(r"^(?P<role>主管|主办)(?:单位)?\s*[:：]?\s*(?P<who>\p{Han}*)$")
# A masthead run together on one line (a page of a PDF read as one line): the title after the page's number,
# the body before its role (某某部办公厅主办主编某某).
_TITLE_OPENING = regex.compile(r"^(?:\d{1,3}\s*)?(?P<t>\p{Han}{2,20}?(?:公报|政报))(?=[\sA-Z]|$)")
_ROLE_AFTER = regex.compile(r"(?:^|[\s)）])(?P<who>\p{Han}{4,30}?)(?P<role>主管|主办)(?=主编|\s|$)")

# The masthead sits before the table of contents; looking further would read body text.
MASTHEAD_LINES = 200


def _range(text: str) -> str:
    return regex.sub(rf"\s*{_DASH}+\s*", "-", text.strip())


def parse_masthead(lines: list[SourceLine]) -> IssueMeta:
    meta = IssueMeta()
    head = [line for line in lines[:MASTHEAD_LINES] if line.text]
    for index, line in enumerate(head):
        text = line.text
        if meta.gazette_title is None and _TITLE.match(text) and "目录" not in text:
            meta.gazette_title = text
        elif meta.gazette_title is None and (opening := _TITLE_OPENING.match(text)) and _ISSUE.search(text):
            meta.gazette_title = opening["t"]
        if meta.issue_number is None and (match := _ISSUE.search(text)):
            meta.year, meta.issue_number = int(match["y"]), _range(match["n"])
        if meta.cumulative_number is None and (match := _CUMULATIVE.search(text)):
            meta.cumulative_number = _range(match["n"])
        if meta.publication_date is None and (match := _PUBLISHED.search(text)):
            meta.publication_date = parse_date(match["d"])
        if match := _ROLE.match(text):
            who = match["who"] or (head[index + 1].text if index + 1 < len(head) else "")
            attribute = "supervisor" if match["role"] == "主管" else "sponsor"
            if getattr(meta, attribute) is None and regex.fullmatch(r"\p{Han}{2,30}", who or ""):
                setattr(meta, attribute, who)
        for match in _ROLE_AFTER.finditer(text) if _ISSUE.search(text) else ():
            attribute = "supervisor" if match["role"] == "主管" else "sponsor"
            if getattr(meta, attribute) is None:
                setattr(meta, attribute, match["who"])
    if meta.issue_number is None:
        for index, line in enumerate(head):
            match = _ISSUE_BARE.match(line.text)
            if match:
                meta.issue_number = _range(match["n"])
                year = next((int(l.text) for l in head[index + 1 : index + 3] if regex.fullmatch(r"(?:19|20)\d\d", l.text)), None)
                meta.year = meta.year or year
                break
    return meta
