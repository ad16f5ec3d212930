"""Issue metadata from the masthead: title, year, issue and cumulative numbers, date, 主管/主办.

Gazettes count their issues by 期 (most local gazettes) or by 号 (the State Council's and many ministries':
1993年第2号, 总号:720 or 总第1658号), in Arabic or Chinese numerals (一九五五年第三号); a masthead that
prints its date beside the issue number (3月12日 1993年第2号) dates the issue by it.
"""

from __future__ import annotations

import regex

from gazette_kg.loaders.model import IssueMeta
from gazette_kg.loaders.parse.documents.dates import DATE_RE, HAN_NUMBER, han_number, parse_date, to_iso
from gazette_kg.loaders.parse.spans import SourceLine

_TITLE = regex.compile(r"^(?P<t>\p{Han}{2,20}(?:公报|政报|政府公报|通讯|政务))$")
_DASH = r"[-—–~～－、/／]"  # a double issue: 第7-8期, 第7、8期, 第7/8期
_UNIT = r"[期号]"  # an issue is a 期, or in the State Council's and ministries' gazettes a 号
_COUNT = rf"(?:\d+(?:\s*{_DASH}+\s*\d+)?|{HAN_NUMBER})"
_YEAR = r"(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})"
# the year and the number apart by spaces, or by a slash in a page's path to the issue (某公报/1954年/第1号)
_ISSUE = regex.compile(rf"(?P<y>{_YEAR})\s*年\s*[/／]?\s*第\s*(?P<n>{_COUNT})\s*(?P<unit>{_UNIT})")
_ISSUE_BARE = regex.compile(rf"^第\s*(?P<n>{_COUNT})\s*期$")
_CUMULATIVE = regex.compile(rf"总\s*(?:第\s*(?P<n>{_COUNT})\s*{_UNIT}|号\s*[:：]?\s*(?P<n>\d+))")
_MONTH_DAY = regex.compile(r"(?<![\d年])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
# 出版日期：2019年3月20日, or the date with 出版 after it (2019年3月20日出版)
_PUBLISHED = regex.compile(r"出版日期\s*[:：]?\s*(?P<d>.+)$|^(?P<d>(?:19|20)\d\d\s*年.{1,8}日)\s*出版$")
# 主管 and 主办 each on its line, or one body holding both (主管主办：某县人民政府办公室)
_ROLE = regex.compile(r"^(?P<role>(?:主管|主办)(?:[、/和]?(?:主管|主办))?)(?:单位)?\s*[:：]?\s*(?P<who>\p{Han}*)$")
# A masthead run together on one line (a page of a PDF read as one line): the title after the page's number,
# the body before its role (某某部办公厅主办主编某某).
_TITLE_OPENING = regex.compile(r"^(?:\d{1,3}\s*)?(?P<t>\p{Han}{2,20}?(?:公报|政报))(?=[\sA-Z/／]|$)")
_ROLE_AFTER = regex.compile(r"(?:^|[\s)）])(?P<who>\p{Han}{4,30}?)(?P<role>主管|主办)(?=主编|\s|$)")

# A masthead may set the word on a line of its own under the body's name (某县人民政府 / 公报).
_BARE_NAMES = ("公报", "政报", "政府公报")
_PLACE_LINE = regex.compile(r"^\p{Han}{2,16}$")

# The masthead sits before the table of contents; looking further would read body text.
MASTHEAD_LINES = 200


def _range(text: str) -> str:
    """An issue count as the gazette prints it, ranges joined by -, Chinese numerals as digits (第三号: 3)."""
    text = text.strip()
    if regex.fullmatch(HAN_NUMBER, text):
        return str(han_number(text))
    return regex.sub(rf"\s*{_DASH}+\s*", "-", text)


def _dated_beside(text: str, year: int) -> str | None:
    """The date a masthead prints on the issue number's line: in full, or its month and day (3月12日 1993年第2号)."""
    if match := DATE_RE.search(text):
        return parse_date(match.group(0))
    if match := _MONTH_DAY.search(text):
        return to_iso(year, int(match["m"]), int(match["d"]))
    return None


def _full_title(title: str, head: list[SourceLine]) -> str:
    """The gazette's full name where the masthead breaks it over lines (中华人民共和国 / 国务院公报) and prints it
    whole elsewhere: the longest name in the head that ends with the title found."""
    pattern = regex.compile(rf"(?<![^\s《“「])\p{{Han}}{{0,18}}{regex.escape(title)}(?!\p{{Han}})")
    names = [match.group(0) for line in head for match in pattern.finditer(line.text)]
    return max(names, key=len, default=title)


def _issue(text: str, title: str | None) -> regex.Match | None:
    """The issue's year and number on a masthead line. 第N号 numbers decrees and announcements too
    (某部令2019年第1号), so it counts an issue only on a gazette's masthead: after its title, or beside 总号."""
    match = _ISSUE.search(text)
    if match and match["unit"] == "号" and not (title or _CUMULATIVE.search(text)):
        return None
    return match


def _year(text: str) -> int:
    return int(text) if text.isdigit() else han_number(text)


def parse_masthead(lines: list[SourceLine]) -> IssueMeta:
    meta = IssueMeta()
    head = [line for line in lines[:MASTHEAD_LINES] if line.text]
    dated: str | None = None
    for index, line in enumerate(head):
        text = line.text
        if meta.gazette_title is None and _TITLE.match(text) and "目录" not in text:
            meta.gazette_title = text
        elif meta.gazette_title is None and text in _BARE_NAMES and index and _PLACE_LINE.match(head[index - 1].text):
            meta.gazette_title = head[index - 1].text + text  # the body's name over the word: 某县人民政府 / 公报
        elif meta.gazette_title is None and (opening := _TITLE_OPENING.match(text)) and _ISSUE.search(text):
            meta.gazette_title = opening["t"]
        if (match := _issue(text, meta.gazette_title)) and meta.issue_number in (None, _range(match["n"])):
            meta.year, meta.issue_number = meta.year or _year(match["y"]), _range(match["n"])
            dated = dated or _dated_beside(text[: match.start()] + " " + text[match.end() :], meta.year)
        if meta.cumulative_number is None and (match := _CUMULATIVE.search(text)):
            meta.cumulative_number = _range(match["n"])
        if meta.publication_date is None and (match := _PUBLISHED.search(text)):
            meta.publication_date = parse_date(match["d"])
        if match := _ROLE.match(text):
            who = match["who"] or (head[index + 1].text if index + 1 < len(head) else "")
            for role, attribute in (("主管", "supervisor"), ("主办", "sponsor")):
                if role in match["role"] and getattr(meta, attribute) is None and regex.fullmatch(r"\p{Han}{2,30}", who or ""):
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
    meta.publication_date = meta.publication_date or dated  # 出版日期, where printed, says it outright
    if meta.gazette_title:
        meta.gazette_title = _full_title(meta.gazette_title, head)
    return meta
