"""Source text → cleaned lines that keep their 1-based line numbers.

PDF extraction leaves markup and noise in the text: Markdown marks, HTML ``<p>``
fragments from tables, spaces inside Chinese text, page numbers, and running page heads
(the section name, the masthead slogan) spliced between the halves of a sentence.
Private citizens' phone numbers and home addresses are masked here, before any other
stage sees the text (``redact.py``).
Cleaning blanks or repairs each line in place, so line N of the output is line N of the
file and every fact can cite its source line.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass

import regex

from gazette_kg.loaders.parse.conventions import data_rows
from gazette_kg.loaders.parse.layout.redact import redact, suspect_lines
from gazette_kg.loaders.parse.layout.runon import (
    HEADER_LINES,
    MIN_LENGTH,
    header_parts,
    is_run_on,
    pieces,
    runs_elements_on,
)
from gazette_kg.loaders.parse.layout.unwrap import unwrap
from gazette_kg.loaders.parse.prefilter import line_indexes
from gazette_kg.loaders.parse.spans import SourceLine

_WHITESPACE = regex.compile(r"\s+")
_MARKDOWN_HEADING = regex.compile(r"^\s{0,3}#{1,6}\s+")
_CELL_GAP = regex.compile(r"\t[\t ]*|[ ]*\t")
_EMPHASIS = regex.compile(r"\*\*|__")
_HTML_TAG = regex.compile(r"</?[a-zA-Z][^<>]{0,200}>")
_CJK = r"[\p{Han}\p{Ps}\p{Pe}\p{Pi}\p{Pf}，。、；：？！…—]"
_SPACE_IN_CJK = regex.compile(rf"(?<={_CJK}|\d)[ \u3000\xa0]+(?={_CJK})|(?<={_CJK})[ \u3000\xa0]+(?=\d)")
_PAGE_MARKS = "-—–·•"  # a page number is set between dashes or middle dots: - 12 -, —12—, ·12·
_PAGE_NUMBER = regex.compile(rf"^[{_PAGE_MARKS}\s]*\d{{1,3}}[{_PAGE_MARKS}\s]*$")
_SECTION_HEADING = regex.compile(r"^[【\[]\s*(?P<name>[\p{Han}\s]{2,12})\s*[】\]]$")
# The contents' heading: 目录, or 目次 as periodicals name it (GB/T 3179), 本期目录, with or without CONTENTS.
CONTENTS_HEADING = regex.compile(r"^\s*(?:本期)?目\s*[录次](?:\s*(?i:contents))?\s*$")
# A contents' section heading printed without brackets (国务院文件, ◆ 部门文件 ◆): its last words are data.
_SECTION_ENDS = "|".join(row[0] for row in data_rows("toc_sections.txt"))
_SECTION_MARKS = r"[\s◆◇★☆■□●○▲△◎〖〗『』「」〔〕·•—－-]*"
PLAIN_SECTION = regex.compile(rf"^{_SECTION_MARKS}(?P<name>(?:(?!关于)\p{{Han}}){{0,10}}(?:{_SECTION_ENDS})){_SECTION_MARKS}$")
# A contents entry's page: in brackets (3), or bare after dot leaders or a slash (……… 5, /12), as ministries' gazettes set it
TOC_PAGE = regex.compile(r"(?:[(（\[［]\s*(?P<page>\d{1,4})\s*[)）\]］]|(?:[.．·…⋯]{2,}|[/／])\s*(?P<page>\d{1,4}))\s*$")
# A masthead slogan such as 发布政令 公开政务 指导工作 服务社会: three or more space-separated
# Han words of one length, repeated on several pages.
_SLOGAN = regex.compile(r"^(\p{Han}{2,6})(?:[ \u3000]+\p{Han}{2,6}){2,}$")


# str.split also cuts at the four separators \x1c-\x1f, ``\s`` does not: text holding one takes the regex.


def without_whitespace(text: str) -> str:
    """``text`` with every space and line break taken out: PDF extraction spaces Chinese text at random."""
    if "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text:
        return _WHITESPACE.sub("", text)
    return "".join(text.split())


@dataclass
class CleanText:
    lines: list[SourceLine]  # cleaned, index i holds line i+1 (or a piece of a run-on line: ``runon``)
    raw: list[str]  # the decoded lines, markup removed but spaces kept (issuer names split on them), as ``lines``
    running_heads: set[str]

    def text_of(self, number: int) -> str:
        if 0 < number <= len(self.lines) and self.lines[number - 1].number == number:
            return self.lines[number - 1].text
        return next(line.text for line in self.lines if line.number == number)


_TABLE_RULE = regex.compile(r"^\s*\|?[\s|:\-]*-{3,}[\s|:\-]*\|?\s*$")


def _markdown_table_row(line: str) -> str:
    """| a | b | → a<TAB>b; the |---| rule line → blank."""
    if _TABLE_RULE.match(line):
        return ""
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    return "\t".join(cells).strip("\t")


# The characters strip_markup acts on, besides trailing whitespace: a line without them only loses that.
_MARKUP = re.compile("[|#*_<&\ufeff【]")
_LOOKALIKES = str.maketrans(dict(data_rows("lookalike_marks.txt")))  # ∶ (ratio) typed for ：
# a law database's mark of what a line is (【章名】 第一章 总则): data/database_marks.txt
_DATABASE_MARK = regex.compile(rf"^\s*【(?:{'|'.join(row[0] for row in data_rows('database_marks.txt'))})】\s*")


def strip_markup(line: str) -> str:
    line = line.replace("\ufeff", "").rstrip("\r\n")
    if line.lstrip().startswith("|") and line.rstrip().endswith("|"):
        line = _markdown_table_row(line)
    if "#" in line:
        line = _MARKDOWN_HEADING.sub("", line)
    if "**" in line or "__" in line:
        line = _EMPHASIS.sub("", line)
    if "<" in line:  # a table cell's fragments: keep a cell boundary where the tags stood
        line = _CELL_GAP.sub("\t", _HTML_TAG.sub("\t", line)).strip("\t ")
    if "&" in line:
        line = html.unescape(line)
    if "【" in line:
        line = _DATABASE_MARK.sub("", line)
    return line.rstrip()


_BULLETS = ("-", "•", "·")
_BULLET = regex.compile(r"^\s*[-•·]\s+(?=\S)")


def squeeze(text: str) -> str:
    """Drop the spaces PDF extraction puts inside Chinese text (李 健 → 李健)."""
    if text.lstrip()[:1] in _BULLETS:  # lstrip: str's whitespace, a superset of \s
        text = _BULLET.sub("", text)
    if " " in text or "\u3000" in text or "\xa0" in text:
        text = _SPACE_IN_CJK.sub("", text)
    return text.strip(" \u3000\xa0")


def section_names(lines: list[str]) -> set[str]:
    """Names of the TOC sections (【市政府文件】 → 市政府文件): they double as running heads."""
    names = set()
    for line in lines:
        if "【" not in line and "[" not in line:
            continue
        stripped = line.strip().lstrip("-").strip()
        match = _SECTION_HEADING.match(stripped) if stripped[:1] in ("【", "[") else None
        if match:
            names.add(without_whitespace(match["name"]))
    return names


def running_heads(stripped: list[str]) -> set[str]:
    heads = section_names(stripped)
    # a slogan's words are spaced: a line without a space is none
    counts = Counter(line.strip() for line in stripped if (" " in line or "\u3000" in line) and _SLOGAN.match(line.strip()))
    heads.update(without_whitespace(line) for line, n in counts.items() if n >= 1)
    return heads


CONTENTS_LINES = 200  # the contents of an issue fit in this many lines after their heading


def plain_section_heads(raw: list[str]) -> set[str]:
    """Section headings the contents print without brackets (国务院文件), an entry with its page after each: printed
    again at the head of the body's pages. A decree's masthead (某某人民政府令) is never taken for one."""
    start = next((i for i, line in enumerate(raw[:300]) if "目" in line and CONTENTS_HEADING.match(line)), None)
    if start is None:
        return set()
    heads = set()
    for index in range(start + 1, min(len(raw), start + CONTENTS_LINES)):
        match = PLAIN_SECTION.match(squeeze(raw[index])) if raw[index].strip() else None
        following = [line for line in raw[index + 1 : index + 8] if line.strip()][:3]
        if match and not match["name"].endswith("令") and any(TOC_PAGE.search(squeeze(line)) for line in following):
            heads.add(without_whitespace(match["name"]))
    return heads


def _raw_lines(text: str) -> list[str]:
    """The decoded lines, wrapped paragraphs joined, markup stripped and private details masked: the
    lines with markup and those that may hold private details are found by scans of the whole text,
    the others only lose trailing whitespace."""
    if any(chr(code) in text for code in _LOOKALIKES):  # translate is slow on Chinese text: only where needed
        text = text.translate(_LOOKALIKES)
    split = text.split("\n")
    lines = unwrap(split)
    joined = text if lines is split else "\n".join(lines)
    raw = [line.rstrip() for line in lines]
    marked = set(line_indexes(_MARKUP, joined))  # redacted once its markup is stripped
    for index, phones in suspect_lines(raw, joined).items():
        if index not in marked:
            raw[index] = redact(raw[index], phones=phones)
    for index in marked:
        raw[index] = redact(strip_markup(lines[index]))
    return raw


def clean_lines(text: str) -> CleanText:
    raw = _raw_lines(text)
    if raw and raw[-1] == "" and text.endswith("\n"):
        raw.pop()
    numbers = list(range(1, len(raw) + 1))
    whole = is_run_on(raw)  # a page's text on one line, lines that ran elements together, a header row:
    header = next((i for i, line in enumerate(raw[:HEADER_LINES]) if header_parts(line)), None)
    if whole or header is not None or any(runs_elements_on(line) for line in raw):  # cut apart, each piece
        cut = [  # keeping the line's number
            (number, piece)
            for index, (number, line) in enumerate(zip(numbers, raw))
            for piece in (
                header_parts(line)
                if index == header
                else pieces(line)
                if whole and len(line) >= MIN_LENGTH or runs_elements_on(line)
                else [line]
            )
        ]
        numbers, raw = [number for number, _ in cut], [piece for _, piece in cut]
    heads = running_heads(raw)
    first = next((without_whitespace(squeeze(line)) for line in raw if line.strip()), "") if _is_issue(raw) else None
    sections = plain_section_heads(raw) if first is not None else set()
    seen_titles: set[str] = set()
    lines: list[SourceLine] = []
    for number, line in zip(numbers, raw):
        spaced = " " in line or "\u3000" in line or "\xa0" in line
        cleaned = squeeze(line) if spaced or line.lstrip()[:1] in _BULLETS else line  # squeeze leaves the rest as is
        compact = without_whitespace(cleaned)
        # the cheap tests first: a page number is short or dashed, a repeated title short
        if (
            compact in heads
            or (len(compact) <= 3 or compact[0] in _PAGE_MARKS or compact[-1] in _PAGE_MARKS)
            and _page_number(compact, cleaned)
            or first is not None
            and compact
            and len(compact) <= MAX_DECORATED_HEAD
            and _repeated_title(compact, first, seen_titles)
            or compact in sections
            and _seen(compact, seen_titles)
        ):
            cleaned = ""
        lines.append(SourceLine(number, cleaned))
    return CleanText(lines, raw, heads)


def _page_number(compact: str, cleaned: str) -> bool:
    """A page number alone on its line (- 12 -); ``compact`` is the line without whitespace."""
    return 0 < len(compact.strip(_PAGE_MARKS)) <= 3 and bool(_PAGE_NUMBER.match(cleaned))


# The gazette's own title (永州市人民政府公报), printed again at the head of its pages.
_GAZETTE_ENDS = ("公报", "政报")
_GAZETTE_TITLE = regex.compile(rf"^\p{{Han}}{{2,20}}(?:{'|'.join(_GAZETTE_ENDS)})$")
MAX_HEAD = 24  # characters: a running head is short
# A page's head may print the issue and the page beside the title (湖南省人民政府公报 2020年第5期 ·12·,
# 某某公报 2025·1, 某某公报 2019年第10号(总第1660号) 12): these are taken off before the title is compared.
_HEAD_PAGE = regex.compile(
    rf"^(?:[{_PAGE_MARKS}]\d{{1,4}}[{_PAGE_MARKS}]|\d{{1,4}}(?=\p{{Han}})(?!年))"
    rf"|(?<=[\p{{Han}}期号)）])[{_PAGE_MARKS}]?\d{{1,4}}[{_PAGE_MARKS}]?$"
)
_HEAD_ISSUE = regex.compile(
    r"(?:19|20)\d\d(?:年第?\d{1,3}(?:[-—]\d{1,3})?[期号]|[·.．]\d{1,2})|[(（]总第?\d{1,5}(?:[-—]\d{1,5})?[期号]?[)）]"
)
MAX_DECORATED_HEAD = 40  # characters: the title with its issue and page


def _is_issue(raw: list[str]) -> bool:
    """A whole issue (it has a table of contents), not one document whose title may repeat."""
    return any("目" in line and CONTENTS_HEADING.match(line) for line in raw[:300])


def _head_title(compact: str) -> str:
    """A page head without the issue and page printed beside the gazette's title."""
    if not any(c.isdigit() for c in compact):
        return compact
    return _HEAD_PAGE.sub("", _HEAD_ISSUE.sub("", compact))


def _seen(compact: str, seen: set[str]) -> bool:
    """``compact`` was printed before (its first appearance, in the contents, stays)."""
    if compact in seen:
        return True
    seen.add(compact)
    return False


def _repeated_title(compact: str, first: str | None, seen: set[str]) -> bool:
    """In an issue, the gazette's title (with its issue and page, or without), its issue alone, or the text's first
    line (内部资料 免费赠阅) after its first appearance."""
    if first is None or not compact:
        return False
    if compact != first:
        bare = _head_title(compact)
        if not bare and (issue := _HEAD_ISSUE.search(compact)):  # the issue alone (2019年第3期 ·12·), the facing page's head
            bare = issue.group(0)
        elif len(bare) > MAX_HEAD or not (bare.endswith(_GAZETTE_ENDS) and _GAZETTE_TITLE.match(bare)):
            return False
        compact = bare
    if compact in seen:
        return True
    seen.add(compact)
    return False
