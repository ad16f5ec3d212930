"""One document given alone, not in a gazette issue: a page of a government site, a decree, a database copy.

GB/T 9704-2012 lays a document out as 发文字号, 标题, 主送机关, 正文, 发文机关署名 and 成文日期.
A page keeps some of these and adds its catalogue fields (``layout/pagefields``); a 政府令 prints
its preamble (《…》已经…通过，现予公布), the head of government's signature (省长 某某) and the
date before the 规章 it publishes, under a masthead 某某人民政府令 / 第N号; a 规章 printed without
its decree names the order in its history under the title (2019年3月1日某市人民政府令第12号公布). Each element is
looked for where it stands, and the header returned covers the whole text. A text with neither
a title nor a number is a document when it opens with its 主送机关 and is signed and dated (a page
whose head was left on another page); else (a news report of a session) it has no document
header: ``None``.
"""

from __future__ import annotations

from functools import cache

import regex

from gazette_kg.loaders.parse.conventions import data_rows
from gazette_kg.loaders.parse.documents.dates import is_date_line, parse_date
from gazette_kg.loaders.parse.documents.decree import (
    PREAMBLE,
    SIGNER,
    is_masthead,
    is_ordinal,
    masthead_number,
    order_issuer,
    preamble_text,
)
from gazette_kg.loaders.parse.documents.docnumber import find_doc_number_spans, find_orders, is_order_number, number_in_line
from gazette_kg.loaders.parse.documents.genres import genre_of, is_interpretation_title
from gazette_kg.loaders.parse.documents.promulgation import issuing_rule, promulgated_in_text, promulgated_titles
from gazette_kg.loaders.parse.documents.segment import (
    COLUMN_TAG,
    ISSUER_TITLE,
    ORG_LINE,
    ORG_SUFFIX,
    DocHeader,
    find_title,
    is_number_line,
    previous_texts,
    read_preamble,
    split_issuers,
)
from gazette_kg.loaders.parse.documents.status import stated_status
from gazette_kg.loaders.parse.documents.statuswords import status_pattern
from gazette_kg.loaders.parse.facts.places import place_data
from gazette_kg.loaders.parse.layout.clean import CleanText
from gazette_kg.loaders.parse.layout.pagefields import PageField, page_fields

_SENTENCE = regex.compile(r"[。；;！？!?]")
_CLAUSE_END = regex.compile(r"[:：，,、]$")
# 版记 (GB/T 9704-2012 7.4): 抄送机关, 印发机关和印发日期 (某某办公室 2021年3月8日印发), 主题词 and 印数 of older ones
_COLOPHON = regex.compile(
    r"^\s*(?:抄送\s*[:：]|主题词\s*[:：]|[（(]共印\d+份[)）]\s*$|\S.{0,40}?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发\s*$)"
)
# The 主送机关 line: 各区人民政府，市人民政府各部门： (the text may go on after the colon; not 分享到: or 页面宽度(px):)
_ADDRESSED_TO = regex.compile(rf"^\p{{Han}}[^。；;！？:：]{{2,200}}?(?:{ORG_SUFFIX}|单位|部门|机构|机关|办事处)[)）]?\s*[:：∶]")
# (失效), a quoted site section (“党政混合信息公开”), a site's column (政务服务丨) or a list's ordinal (第一篇:)
# before a title in a site's list
# (a status in square brackets too: 【已废止】; status_words.txt)
_STATUS_TAG = regex.compile(
    rf"^(?:[（(]\p{{Han}}{{1,4}}[)）]|[【\[［](?:{status_pattern()})[】\]］]|“\p{{Han}}{{2,12}}”|{COLUMN_TAG}"
    rf"|第[一二三四五六七八九十\d]{{1,3}}篇\s*[:：])\s*"
)
_VERSION_TAG = regex.compile(
    r"\s*[（(【\[［]\s*(?:(?:19|20)\d\d\s*年?)?\s*(?:"
    + "|".join(row[0] for row in data_rows("version_tags.txt"))
    + r")\s*[)）】\]］]$"
)  # …条例(2003年修正), …规定【已废止】
_TRAILING_NUMBER = regex.compile(r"[（(](?P<number>[^（()）]{4,30}号)[)）]$")  # …的通知(岳办发〔2017〕2号)
_TITLE_START = regex.compile(rf"^(?:\p{{Han}}{{2,40}}?{ORG_SUFFIX})?(?:关于|印发|转发|批转)")
_NOT_CHINESE = regex.compile(r"[A-Za-z]{3,}")
_ADDRESS = regex.compile(r"https?[:：]//|www\.")  # the page's address (a provenance line)
_OUTLINE = regex.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.．、]|第\p{Han}{1,4}[章条])"
)
# a 规章's history under its title: (2019年3月1日某市人民政府令第12号公布 根据…令第20号修正)
_PUBLISHED = regex.compile(r"\s*(?:公布|发布|颁布)")  # matched where the order ends
_HISTORY_STEP = regex.compile(r"[，,;；\s]+")  # parts the steps of a history: (…会议通过，…令第18号发布)
_GOVERNMENT_WORD = regex.compile(r"^(?:人民)?政府")  # what follows a province's level word in its government's name
_LEVEL_WORD_FIRST = regex.compile(r"^(?:自治区|自治州|自治县|[省市县区州旗盟])")  # a body named by its level alone
_LEVEL_ONLY = regex.compile(r"^[省市县区州旗](?:人民)?政府")  # an issuer named by its level word alone: 区人民政府办公室
# a government's body (not 返回顶部): named with its place, or a national ministry, commission, bureau or the
# central bank (财政部, 中国气象局, 中国人民银行)
_GOVERNMENT_BODY = regex.compile(
    r"^\p{Han}{0,12}?(?:省|市|县|区|州|盟|旗|国务院|中华人民共和国)|^(?!返回|回到)\p{Han}{1,10}(?:部|委员会|总局|署|局|人民银行)$"
)
_QUOTED_ORG = regex.compile(rf"^(?:\p{{Han}}|[（()）“”\"])+?{ORG_SUFFIX}(?:[（(]\p{{Han}}+[)）])?$")  # 某县“双创”办
_SIGNERS_APART = regex.compile(r"[、\s]+")
_MASTHEAD = regex.compile(r"^(?P<org>\p{Han}{2,40}?)\s*文\s*件$")  # 发文机关标志: 某某省国土资源厅文件
_NOT_IN_TITLE = regex.compile(r"[:：]|\d{4}-\d{2}-\d{2}|[〔\[［]\d{4}[〕\]］]")  # a page's byline, a date, a number
_DATE_START = r"(?:(?:19|20)\d\d|[〇○零一二三四五六七八九OＯ0]{4})\s*年[^年]{2,8}?日"
_DATED_NOTE = regex.compile(
    rf"^[（(]\s*{_DATE_START}.*?(?:通过|公布|发布|施行|批准)[^（()）]*[)）]$"
    rf"|^{_DATE_START}\s*\p{{Han}}{{4,60}}?会议(?:审议)?(?:通过|批准)$"  # a database prints the note without brackets
)
_DATED_ISSUER = regex.compile(rf"^{_DATE_START}\s*[,，、]?\s*(?P<org>\p{{Han}}{{2,30}})$")
_DATED_NUMBER = regex.compile(rf"^[（(]\s*(?:{_DATE_START})?\s*(?P<number>[^（()）\s]{{4,30}}号)\s*[)）]")
DATED_NOTE_LINES = 8  # lines under a title where a database states its date
BLANK_BETWEEN = 0.9  # share of lines with a blank one after them in a text that sets every line apart
BESIDE_TITLE = 6  # lines under a page's heading that may name the issuer (a database: heading, byline, issuer, title)
MAX_TITLE = 100
MAX_HEADLINE = 40  # a site's headline above a document is shorter than a paragraph
_FULL_TEXT_FOLLOWS = regex.compile(r"(?:全文|原文)如下[:：]$")  # a news report's lead before the document it prints
MAX_TITLE_LINES = 6
MAX_JOINT_ISSUERS = 4
HEADER_LINES = 40  # a document's number and title stand in its first lines of text


def _head(clean: CleanText) -> list[int]:
    """Indexes of the first ``HEADER_LINES`` non-blank lines."""
    return [index for index, line in enumerate(clean.lines) if line.text][:HEADER_LINES]


def _is_title(text: str) -> bool:
    if not 4 <= len(text) <= MAX_TITLE or _SENTENCE.search(text) or _CLAUSE_END.search(text) or _NOT_CHINESE.search(text):
        return False
    return bool(_TITLE_START.match(text)) or genre_of(text) is not None or is_interpretation_title(text)


def _is_headline(text: str) -> bool:
    """A short line that is not a sentence: a title without a genre word (…任务分工(2016-2020年))."""
    return (
        4 <= len(text) <= 60
        and not _SENTENCE.search(text)
        and not _CLAUSE_END.search(text)
        and ":" not in text
        and "：" not in text
        and not _OUTLINE.match(text)
        and not _NOT_CHINESE.search(text)
    )


def _is_header_furniture(text: str) -> bool:
    """Lines of a document's header that are neither its title nor its text."""
    return bool(
        _ADDRESS.search(text)
        or PREAMBLE.match(text)
        or SIGNER.match(text)
        or is_date_line(text)
        or is_number_line(text)
        or ORG_LINE.match(text)
        or is_masthead(text)
        or is_ordinal(text)
        or (text[:1] in "(（" and text[-1:] in ")）")
    )


def _untagged(text: str) -> str:
    """A title line less the tags a site or database puts before or after it: (失效)…, …(2019修订), …【已废止】."""
    return _VERSION_TAG.sub("", _STATUS_TAG.sub("", text))


def _strip_number(text: str) -> tuple[str, str | None]:
    """A title line less its status tag, its number before it or in parentheses after it, and 《》 around it.

    (失效)西政办发〔2017〕14号 北京市… → (title, number); …的通知(岳办发〔2017〕2号) → (…的通知, number);
    …条例(2003年修正) → …条例; 某公报/1954年/第1号/某某的决定 (a page's path) → 某某的决定;
    《…关于印发〈…〉的通知》 → …关于印发《…》的通知.
    """
    rest = _path_tail(_untagged(text))
    if rest.startswith("《") and rest.endswith("》") and "《" not in rest[1:-1]:
        rest = rest[1:-1].replace("〈", "《").replace("〉", "》")
    spans = find_doc_number_spans(rest)
    if spans and spans[0][1] == 0:
        return rest[spans[0][2] :].strip(), spans[0][0].text
    trailing = _TRAILING_NUMBER.search(rest)
    if trailing and (found := number_in_line(trailing["number"])):
        return rest[: trailing.start()].strip(), found[0]
    return rest, None


# A page's path before its title (某公报/一九五四年/第一号/<title>, 首页 > 政策文件 > <title>): parts apart by a slash or >
_PATH_STEP = regex.compile(r"\s*[/／>»›]\s*")
MIN_PATH_PARTS = 3


def _path_tail(text: str) -> str:
    """The last part of a heading that is a path to it, where that part reads as a title; else the heading."""
    if not _PATH_STEP.search(text) or "《" in text:
        return text
    parts = [part for part in _PATH_STEP.split(text) if part]
    return parts[-1] if len(parts) >= MIN_PATH_PARTS and _is_title(parts[-1]) else text


def _title(clean: CleanText, skip: set[int], before: int | None, headline_ok: bool) -> tuple[int, str, str | None] | None:
    """(index, title, number glued before it) of the title: the first one, or the last above a decree masthead."""
    found: list[tuple[int, str, str | None]] = []
    headline: tuple[int, str, str | None] | None = None
    lines = clean.lines
    for index in _head(clean):
        if before is not None and index >= before:
            break
        text = lines[index].text
        if index in skip or _is_header_furniture(text):
            continue
        candidate, number = _strip_number(text)
        if _is_title(candidate):
            found.append(_joined(clean, index, candidate, number))
            if before is None:
                break
            continue
        if headline is None and (headline_ok or number) and _is_headline(candidate):
            headline = (index, candidate, number)
        if _FULL_TEXT_FOLLOWS.search(text):
            continue  # a news report's lead: 据中国政府网消息，…全文如下： the document follows
        if (
            _SENTENCE.search(text)
            and (len(text) > MAX_HEADLINE or text[-1] in "。；;")
            or _ADDRESSED_TO.match(text)
            or len(text) > MAX_TITLE
        ):
            break  # the text has begun (not a site's exclaiming headline: 注意!县城这些地方禁止种植农作物!)
    return found[-1] if found else headline


def _joined(clean: CleanText, index: int, title: str, number: str | None) -> tuple[int, str, str | None]:
    """A title broken over lines (…关于印发 / 《…》 / 的通知), with its issuer alone on the line above."""
    following = [j for j in range(index + 1, min(len(clean.lines), index + 2 * MAX_TITLE_LINES)) if clean.lines[j].text]
    joined = title
    for j in following[: MAX_TITLE_LINES - 1]:
        if genre_of(joined) is not None or not _TITLE_START.match(joined):
            break
        text = clean.lines[j].text
        if _is_header_furniture(text) or _SENTENCE.search(text) or not _is_title(joined + text):
            break
        joined += text
    joined = joined if genre_of(joined) else title
    issuers = _issuer_lines_above(clean, index)
    if issuers and _TITLE_START.match(joined) and not ISSUER_TITLE.match(joined):
        return issuers[0], "".join(clean.lines[i].text for i in issuers) + joined, number
    return index, joined, number


def _title_over_number(clean: CleanText, number_index: int, skip: set[int]) -> tuple[int, str, None] | None:
    """The title printed just above the number (GB/T 9704), when a page's heading above it names the
    document otherwise (a database heads 关于印发某细则的通知 with the 细则's name): lines up to an
    issuer's line of its own, ending in a genre, or as soon as they make a formal title."""
    lines: list[int] = []
    index = number_index - 1
    while index >= 0 and not clean.lines[index].text:
        index -= 1
    spaced = _blank_between(clean)
    while index >= 0 and len(lines) < MAX_TITLE_LINES and (text := clean.lines[index].text):  # a title's lines stand together
        if (
            index in skip
            or (ORG_LINE.match(text) or _is_header_furniture(text))
            and not _continues_title(clean, index)
            or _SENTENCE.search(text)
            or _NOT_IN_TITLE.search(text)
        ):
            break
        lines.insert(0, index)
        index -= 1
        if _formal_title("".join(clean.lines[i].text for i in lines)):
            break  # whole from its issuer to its genre: what stands above is not of it (a heading, a site's tab)
        if spaced and index > 0 and not clean.lines[index].text:
            index -= 1  # together as every line of a text with a blank line after each (a PDF's, an extractor's)
    title = _untagged("".join(clean.lines[i].text for i in lines))
    return (lines[0], title, None) if lines and _is_title(title) and genre_of(title) else None


def _blank_between(clean: CleanText) -> bool:
    """A blank line follows nearly every line of the text: its paragraphs, and a title's broken lines, are
    set apart alike (one paragraph a line, a blank line between, as PDF extractors and web pages write)."""
    filled = [i for i, line in enumerate(clean.lines[:-1]) if line.text]
    return len(filled) >= 4 and sum(not clean.lines[i + 1].text for i in filled) >= BLANK_BETWEEN * len(filled)


def _title_field(fields: list[PageField]) -> tuple[int, str, None] | None:
    """The catalogue's 标题 (名称) field, for a page whose text gives the title nowhere it is looked for."""
    field = next((f for f in fields if f.field == "title" and _is_title(f.value) and genre_of(f.value)), None)
    return (field.index, field.value, None) if field else None


def _formal_title(text: str) -> bool:
    """A title whole from its issuer to its genre (某某人民政府关于…的批复)."""
    return bool(ISSUER_TITLE.match(text) and genre_of(text) and _is_title(text))


def _continues_title(clean: CleanText, index: int) -> bool:
    """A line that reads as a body's name (…科技创新中心) but goes on a title begun above it and not ended
    (某某办公厅关于成立某省 / 推进…科技创新中心 / 建设领导小组的通知)."""
    above = previous_texts(clean, index, 1)
    text = clean.lines[above[0]].text if above else ""
    return (
        bool(ORG_LINE.match(clean.lines[index].text) and _TITLE_START.match(text))
        and genre_of(text) is None
        and not _SENTENCE.search(text)
    )


def _title_in_brackets_over(clean: CleanText, number_index: int, skip: set[int]) -> tuple[int, str, None] | None:
    """A compilation (文件汇编) prints a document's number in brackets under its title: (某署办发〔2007〕22号)."""
    text = clean.lines[number_index].text.strip()
    if text[:1] not in "(（" or text[-1:] not in ")）" or not (found := find_title(clean, number_index, 0)):
        return None
    return (found[0], found[1], None) if found[0] not in skip and genre_of(found[1]) else None


def _formal_title_under(
    clean: CleanText, skip: set[int], number_index: int, title: tuple[int, str, str | None]
) -> tuple[int, str, str | None]:
    """GB/T 9704 prints the title under the number: there, a title that reads as one (某某关于…的通知)
    wins over a page's heading above the number that does not (乌兰浩特市公文…有关规定、格式细则)."""
    if _TITLE_START.match(title[1]):
        return title
    under = _title(clean, skip | set(range(number_index + 1)), None, False)
    return under if under and _TITLE_START.match(under[1]) else title


def _issuer_lines_above(clean: CleanText, index: int) -> list[int]:
    """The issuers on lines of their own above a title, top first (joint issuers stand one a line)."""
    found: list[int] = []
    for i in previous_texts(clean, index, MAX_JOINT_ISSUERS):
        if not ORG_LINE.match(clean.lines[i].text):
            break
        found.insert(0, i)
    return found


def _title_end(clean: CleanText, index: int, title: str) -> int:
    """Index of the last line of a title that starts at ``index``."""
    length = 0
    for j in range(index, min(len(clean.lines), index + 2 * MAX_TITLE_LINES + 2)):
        length += len(clean.lines[j].text)
        if length >= len(title):
            return j
    return index


def _decree_masthead(clean: CleanText) -> tuple[int, str] | None:
    """某某人民政府令 over 第N号 (letter-spaced or not): (index of the masthead, the order number)."""
    return next((found for i in _head(clean) if (found := masthead_number(clean, i))), None)


def _number(clean: CleanText, fields: list[PageField]) -> tuple[int | None, str, object] | None:
    """(line index or None, number as written/normalised, parts or None): a number line, else a page field."""
    for index in _head(clean):
        text = clean.lines[index].text
        if is_number_line(text):
            written, parts = number_in_line(text)
            return index, written, parts
    for field in fields:
        if field.field == "number" and (found := number_in_line(field.value)):
            return None, found[0], found[1]
    return None


def _history_order(clean: CleanText, title_index: int) -> tuple[int, str, str | None] | None:
    """(index, order, date) of the order that published a 规章 printed without its decree, as its
    history under the title states it: (2019年3月1日某市人民政府令第12号公布 根据…修正). A database prints
    the title again under its heading and fields: the history is looked for up to the first provision."""
    for index in [i for i in _head(clean) if i > title_index][:DATED_NOTE_LINES]:
        text = clean.lines[index].text
        if text[:1] not in "(（":
            if _OUTLINE.match(text) or _SENTENCE.search(text):
                return None
            continue
        for order, start, end in find_orders(text):
            if _PUBLISHED.match(text, end):  # the date of the order, not of the meeting adopting it before
                return index, order, parse_date(_HISTORY_STEP.split(text[:start].strip())[-1]) or parse_date(text[:start])
    return None


def _dated_number(clean: CleanText, title_index: int) -> tuple[int, str, str, object, str | None] | None:
    """(title index, title, number, parts, date) of the number a copy prints under the title with the date,
    in brackets before the text ((1985年5月4日皖政〔1985〕38号) 根据…): the document's own, not a citation.
    The title it stands under may be a second printing of it, below a page's heading and fields."""
    for index in [i for i in _head(clean) if i >= title_index]:
        note = _DATED_NUMBER.match(clean.lines[index].text)
        above = previous_texts(clean, index, 1)
        if note and above and _is_title(clean.lines[above[0]].text) and (found := number_in_line(note["number"])):
            return above[0], clean.lines[above[0]].text, found[0], found[1], parse_date(note.group(0))
    return None


def _date_under_title(clean: CleanText, title_index: int) -> str | None:
    """The date a text without a signature states under its title: the note of its adoption or
    publication (1993年10月28日…会议通过 1993年10月28日公布施行), or a database's date and issuer
    (1990年3月10日,铁道部); not past the first provision."""
    for index in [i for i in _head(clean) if i > title_index][:DATED_NOTE_LINES]:
        text = clean.lines[index].text
        if _DATED_NOTE.match(text):  # its steps may part at a stop: (…会议通过;…会议批准)
            return parse_date(text)
        if _OUTLINE.match(text) or _SENTENCE.search(text):
            return None
        if (glued := _DATED_ISSUER.match(text)) and ORG_LINE.match(glued["org"]):
            return parse_date(text)
    return None


def _field(fields: list[PageField], name: str) -> str | None:
    return next((f.value for f in fields if f.field == name and f.value), None)


def _field_issuer(fields: list[PageField]) -> str | None:
    """The body a database's issuer field names, less the province it puts before a city (四川省成都市人民政府)."""
    issuer = _field(fields, "issuer")
    return _without_province(issuer) if issuer else None


def _signature(clean: CleanText, start: int) -> tuple[int, str | None] | None:
    """(index of the signing date, the signing body above it) for the first date line from ``start``."""
    for index in range(start, len(clean.lines)):
        text = clean.lines[index].text
        if text and is_date_line(text):
            above = previous_texts(clean, index, 1)
            org = clean.lines[above[0]].text if above and ORG_LINE.match(clean.lines[above[0]].text) else None
            return index, org
    return None


def _closing_org(clean: CleanText) -> str | None:
    """The body signing at the very end of the text (GB/T 9704 发文机关署名), when no date follows it."""
    last = previous_texts(clean, len(clean.lines), 1)
    return clean.lines[last[0]].text if last and ORG_LINE.match(clean.lines[last[0]].text) else None


def read_single(clean: CleanText) -> DocHeader | None:
    """The header of a text that is one document, or ``None`` when it has no document header."""
    fields = page_fields(clean)
    skip = {f.index for f in fields}
    masthead = _decree_masthead(clean)
    number = _number(clean, fields)
    headline_ok = any(f.field in ("number", "issuer") for f in fields)
    title = _title(clean, skip, masthead[0] if masthead else None, headline_ok)
    bracketed = None
    if title is None and number and number[0] is not None:  # page chrome above the masthead: the title is under the number
        bracketed = _title_in_brackets_over(clean, number[0], skip)
        title = bracketed or _title(clean, skip | set(range(number[0])), None, headline_ok)
    if title is None:
        title = _title_field(fields)
    if masthead:
        number = (masthead[0], masthead[1], None)
    elif title and number and number[0] is not None and title[0] < number[0] and not bracketed:
        over = _title_over_number(clean, number[0], skip)
        title = over if over and not title[1].endswith(over[1]) else title  # not the same title with its issuer's line
        title = _formal_title_under(clean, skip, number[0], title)
    if title and title[2] and number is None:
        number = (title[0], title[2], (number_in_line(title[2]) or (None, None))[1])
    history = _history_order(clean, title[0]) if title and number is None and not masthead else None
    if history:
        number = (history[0], history[1], None)
    dated = _dated_number(clean, title[0]) if title and number is None and not masthead and not history else None
    if dated:
        title, number = (dated[0], dated[1], None), (None, dated[2], dated[3])
    if title is None and number is None:
        return _addressed(clean, fields)
    title_index = title[0] if title else min([i for i in [number[0]] + sorted(skip) if i is not None], default=0)
    written, parts = (number[1], number[2]) if number else (None, None)
    decree = bool(masthead) or bool(written and is_order_number(written)) or _published_above(clean, title)
    header = DocHeader(
        title=title[1] if title else None,
        title_index=title_index,
        number_index=max(
            i
            for i in (_title_end(clean, title_index, title[1]) if title else None, title_index, number[0] if number else None)
            if i is not None
        ),
        number=parts,
        issuers=[],
        number_text=written,
        decree=decree,
        end_index=len(clean.lines),
        span_start=0,
    )
    read_preamble(clean, header)
    _read_close(clean, header, fields)
    if history and header.signed_date is None:
        header.signed_date = history[2]
    if header.signed_date is None and title:
        header.signed_date = dated[4] if dated else _date_under_title(clean, title[0])
    header.promulgates = _promulgates(clean, header, fields)
    header.issuers = _issuers(header, fields, clean)
    header.start_rule_text = _start_rule(clean, header)
    header.stated_start = _effective_field(fields)
    header.stated_status = stated_status(clean, header, fields)
    return header


def _effective_field(fields: list[PageField]) -> str | None:
    """A database's 实施日期 (施行日期, 生效日期) field stated as the rule it records: the start of the document the
    page holds, where that document is itself the instrument and states none."""
    start = parse_date(_field(fields, "effective") or "")
    if start is None:
        return None
    year, month, day = (int(part) for part in start.split("-"))
    return f"自{year}年{month}月{day}日起施行"


def _published_above(clean: CleanText, title: tuple[int, str, str | None] | None) -> bool:
    """A decree whose masthead and number a copy left out: its preamble above the 规章's title publishes it
    (《某市某规定》已经…常务会议讨论通过，现予公布 / 市长 / date / 某市某规定 / 第一条…)."""
    if title is None or title[2]:
        return False
    return any(
        (found := PREAMBLE.match(clean.lines[i].text)) and found["title"] == title[1] for i in _head(clean) if i < title[0]
    )


def _start_rule(clean: CleanText, header: DocHeader) -> str | None:
    """When what the document issues takes effect: a decree's preamble, else its issuing sentence (anywhere
    above the signature, where one closes the notice: a page's furniture may stand between title and text)."""
    preamble = next((preamble_text(clean, i) for i in _head(clean) if PREAMBLE.match(clean.lines[i].text)), None)
    notice = clean.lines[header.text_index : header.signature_index or len(clean.lines)]
    return preamble or issuing_rule(notice, len(notice) if header.signature_index else 12)


def _addressed(clean: CleanText, fields: list[PageField]) -> DocHeader | None:
    """A page whose title and number were left on another page: it starts at the 主送机关, or it ends
    with the signature, the issuing body over the date (a page holding the end of a document)."""
    skip = {f.index for f in fields}
    first = next((i for i in _head(clean) if i not in skip and not _is_header_furniture(clean.lines[i].text)), None)
    if first is None or not (_ADDRESSED_TO.match(clean.lines[first].text) or _signed_at_end(clean)):
        return None
    header = DocHeader(
        title=None, title_index=first, number_index=first - 1, number=None, issuers=[], end_index=len(clean.lines), span_start=0
    )
    read_preamble(clean, header)
    _read_close(clean, header, fields)
    header.promulgates = _promulgates(clean, header, fields)
    header.issuers = _issuers(header, fields, clean)
    header.start_rule_text = _start_rule(clean, header)
    return header


def _signed_at_end(clean: CleanText) -> bool:
    """The text ends with its signature: a body's line, then the date (a table's bar after it aside, and
    the 版记 under it: 抄送, 印发机关和印发日期, GB/T 9704)."""
    end = len(clean.lines)
    while (last := previous_texts(clean, end, 1)) and _COLOPHON.match(clean.lines[last[0]].text):
        end = last[0]
    last = previous_texts(clean, end, 2)
    return len(last) == 2 and is_date_line(clean.lines[last[0]].text) and bool(ORG_LINE.match(clean.lines[last[1]].text))


def _promulgates(clean: CleanText, header: DocHeader, fields: list[PageField]) -> list[str] | None:
    """A decree's 规章; the titles in 《》 of a title that quotes them; else those of the issuing sentence
    (sought in the first lines of the text, the page's catalogue fields not counted)."""
    if header.decree and header.title:
        return [header.title]
    catalogue = {field.index for field in fields}
    in_text = promulgated_in_text([line for i, line in enumerate(clean.lines) if i >= header.text_index and i not in catalogue])
    if header.title and "《" in header.title and len(in_text) <= len(promulgated_titles(header.title)):
        return None  # read from the title, unless the text names more (a title quoting only a report within them)
    titled = promulgated_titles(header.title) if header.title else []
    if len(titled) == len(in_text) and _printed_headings(clean, header, titled) > _printed_headings(clean, header, in_text):
        return titled  # the sentence misnames what the title names and the text prints as its heading
    return in_text or None


def _printed_headings(clean: CleanText, header: DocHeader, titles: list[str]) -> int:
    """How many of ``titles`` stand as a line of their own below the issuing text."""
    lines = {line.text for line in clean.lines[header.text_index :] if line.text}
    return sum(title in lines for title in titles)


def _document_signature(clean: CleanText, header: DocHeader) -> tuple[int, str | None] | None:
    """The signature: the first date line after the number and title (a page's date of publication may
    stand above them), else the first of the text (a decree's stands above the title of its 规章)."""
    after = None if header.decree else _signature(clean, header.number_index + 1)
    return after or _signature(clean, 0)


def _read_close(clean: CleanText, header: DocHeader, fields: list[PageField]) -> None:
    """成文日期: the signature's date, else the page's 成文日期 field."""
    signature = _document_signature(clean, header)
    if signature:
        header.signed_date = parse_date(clean.lines[signature[0]].text)
        if signature[0] > header.number_index:
            header.signature_index = signature[0]
    else:
        header.signed_date = parse_date(_field(fields, "signed") or "")


def _order_issuer(clean: CleanText, code: str) -> str:
    """The body an order's number names; its full name from a header line when the number shortens it (政府令)
    or names it by its level alone (省人民政府令第18号 under a database's line 某某省人民政府)."""
    if len(code) > 3 and not _LEVEL_WORD_FIRST.match(code):
        return code
    lines = (clean.lines[i].text for i in _head(clean))
    return next((text for text in lines if text != code and text.endswith(code) and ORG_LINE.match(text)), code)


def _spelt_out(full: str, short: str) -> bool:
    """``full`` names in full the body ``short`` names shortly (某省科学技术厅 for 某省科技厅): longer, with the
    same first and last characters and every character of ``short`` in order."""
    if len(full) <= len(short) or full[0] != short[0] or full[-1] != short[-1]:
        return False
    rest = iter(full)
    return all(char in rest for char in short)


def _issuers(header: DocHeader, fields: list[PageField], clean: CleanText) -> list[str]:
    """From the title, a decree's number (某某人民政府令), the signature, the page's issuer field, or
    the body named on a line of its own beside the title (a database copy: 广东省清远市人民政府办公室)."""
    signature = _document_signature(clean, header)
    signer = signature[1] if signature else _closing_org(clean)
    if header.title and (titled := ISSUER_TITLE.match(header.title)):
        full = [name for name in (signer, _field(fields, "issuer")) if name and name.endswith(titled["issuer"])]
        if full and _LEVEL_ONLY.match(titled["issuer"]):
            return full[:1]  # 区人民政府办公室关于… signed (or catalogued as issued by) 蔡甸区人民政府办公室
        named = (signer, _field(fields, "issuer"), _field(fields, "publisher"))
        if _LEVEL_ONLY.match(titled["issuer"]) and (placed := _placed(titled["issuer"], named)):
            return [placed]  # 区人民政府办公室关于… published by 下陆区政府办公室: 下陆区人民政府办公室
        if provincial := _provincial_issuer(titled["issuer"], header):
            return [provincial]  # 省人民政府关于… numbered 鄂政发: 湖北省人民政府
        issuers = split_issuers(clean, header.title_index, header.title)
        if len(issuers) == 1 and signer and _spelt_out(signer, issuers[0]):
            return [signer]  # 云南省科技厅关于… signed 云南省科学技术厅: the name in full
        signing = _signing_bodies(clean, signature[0]) if signature and len(issuers) == 1 else []
        return (
            signing if len(signing) > 1 and "".join(signing) == issuers[0] else issuers
        )  # joint issuers, one a line above the date
    if header.decree and header.number_text:
        code = order_issuer(header.number_text)
        issuer = _order_issuer(clean, code)
        return [issuer] if ORG_LINE.match(issuer) else _lines_beside_title(clean, header) or [issuer]
    if signer is None and signature and (block := _signing_block(clean, signature[0])):
        return block
    if signer and signature and len(signing := _signing_bodies(clean, signature[0])) > 1:
        return signing  # joint issuers sign one a line above the date, the lead first (GB/T 9704)
    issuer = (
        signer
        or _masthead_org(clean, header)
        or _field_issuer(fields)
        or _coded_issuer(header, clean)
        or _government_opening(header.title)
    )
    if issuer is None and (adopting := _adopting_government(clean, header)):
        return [adopting]
    return [issuer] if issuer else _lines_beside_title(clean, header)


# 《…》已经自治州人民政府(第N次全体会议)审议通过，现予印发: a government issuing what it adopted (not 经市政府同意,
# the formula of its office issuing with its consent)
_ADOPTED_AND_ISSUED = regex.compile(r"已?经(?P<body>\p{Han}{0,20}?(?:人民政府|政府))[^。，,]{0,24}?审议通过[，,]\s*现予?印发")


def _adopting_government(clean: CleanText, header: DocHeader) -> str | None:
    """The government an unsigned notice says adopted what it issues, named in full by the instrument's title
    where the notice names it by level (自治州人民政府 → 博尔塔拉蒙古自治州人民政府 of 博尔塔拉蒙古自治州人民政府工作规则)."""
    for line in clean.lines[header.text_index : header.signature_index or len(clean.lines)]:
        if "审议通过" in line.text and (found := _ADOPTED_AND_ISSUED.search(line.text)):
            body = found["body"]
            named = [t[: t.find(body)] + body for t in header.promulgates or [] if t.find(body) > 0]
            return named[0] if named else body if not _LEVEL_WORD_FIRST.match(body) else None
    return None


@cache
def _issuer_codes() -> dict[str, str]:
    return {row[0]: row[1] for row in data_rows("issuer_codes.txt")}


def _loose(name: str) -> str:
    return name.replace("人民政府", "政府")


def _placed(issuer: str, names: tuple[str | None, ...]) -> str | None:
    """An issuer named by level alone (区人民政府办公室) with the place another name of it gives, in full
    or in short (a page's publisher 下陆区政府办公室)."""
    for name in names:
        if name and _loose(name).endswith(_loose(issuer)) and (place := _loose(name)[: -len(_loose(issuer))]):
            return place + issuer if regex.fullmatch(r"\p{Han}{1,12}", place) else None
    return None


@cache
def _province_codes() -> dict[str, str]:
    return {row[0]: row[1] for row in data_rows("province_codes.txt")}


def _provincial_issuer(issuer: str, header: DocHeader) -> str | None:
    """A province's body its title names by level alone (省人民政府, 自治区人民政府办公厅, a municipality's
    市人民政府), named in full by the province its number opens with (data/province_codes.txt)."""
    province = _province_codes().get(header.number.issuer_code[:1]) if header.number else None
    if province is None:
        return None
    level = next((end for end in ("自治区", "省", "市") if province.endswith(end)), "")
    return province + issuer[len(level) :] if issuer.startswith(level) and _GOVERNMENT_WORD.match(issuer[len(level) :]) else None


# a title opening with a government's name and no 关于 after it (GB/T 9704: 发文机关 + 事由 + 文种, as
# 公告 and 通告 are titled: 某县人民政府拟征收土地启动公告)
_GOVERNMENT_OPENING = regex.compile(
    r"^(?!印发|转发|批转|关于)\p{Han}{1,12}?[省市县区州盟旗](?:人民政府|政府)(?:办公室|办公厅)?(?=\p{Han})"
)


def _government_opening(title: str | None) -> str | None:
    """The government an unsigned document's title opens with."""
    found = _GOVERNMENT_OPENING.match(title or "")
    return found[0] if found else None


def _coded_issuer(header: DocHeader, clean: CleanText) -> str | None:
    """The body a number's issuer code names wherever it stands (国发 → 国务院: data/issuer_codes.txt), or a
    place's government its code and the text name together (华政发 with 华容县政府: data/government_codes.txt),
    or a city's by its 简称 (穗府 → 广州市人民政府: data/city_codes.txt)."""
    if header.number is None:
        return None
    return _issuer_codes().get(header.number.issuer_code) or _placed_government(header.number.issuer_code, clean)


@cache
def _government_codes() -> dict[str, str]:
    return {row[0]: row[1] for row in data_rows("government_codes.txt")}


@cache
def _city_codes() -> dict[str, str]:
    return {row[0]: row[1] for row in data_rows("city_codes.txt")}


_PLACE_GOVERNMENT = regex.compile(r"(?P<place>\p{Han}{1,8}?(?:自治县|自治州|县|市|区|旗|州|盟|省))(?:人民)?政府")


def _placed_government(code: str, clean: CleanText) -> str | None:
    """华政发 → 华容县人民政府 where the text names 华容县政府 (or 华容县人民政府…): the place opening with the code's character."""
    body = next((name for ending, name in _government_codes().items() if code.endswith(ending) and len(code) > len(ending)), None)
    if body is None:
        return None
    if city := _city_codes().get(code[0]):  # 穗府 → 广州市人民政府: a city's 简称 names it wherever it stands
        return city + body
    for line in clean.lines:
        for found in _PLACE_GOVERNMENT.finditer(line.text):
            place = found["place"][max(found["place"].find(code[0]), 0) :]
            if place[0] == code[0] and len(place) >= 2:  # 经华容县人民政府同意: the place, less the word before it
                return place + body
    return None


def _signing_block(clean: CleanText, date_index: int) -> list[str]:
    """Joint issuers signing above the date several to a line (A、B / C、D), a quoted word in a name
    (某县“双创”办): every one of them, top first."""
    bodies: list[str] = []
    for index in previous_texts(clean, date_index, MAX_JOINT_ISSUERS):
        parts = [part for part in _SIGNERS_APART.split(clean.lines[index].text) if part]
        if not parts or not all(_QUOTED_ORG.match(part) for part in parts):
            break
        bodies[:0] = parts
    return bodies


def _masthead_org(clean: CleanText, header: DocHeader) -> str | None:
    """The body of the 发文机关标志 above the number (GB/T 9704): 某某厅文件 → 某某厅."""
    for index in _head(clean):
        if index >= header.title_index:
            break
        if (found := _MASTHEAD.match(clean.lines[index].text)) and ORG_LINE.match(found["org"]):
            return found["org"]
    return None


def _signing_bodies(clean: CleanText, date_index: int) -> list[str]:
    """The bodies signing above the date, one a line, top first (GB/T 9704: joint issuers sign so)."""
    bodies: list[str] = []
    for index in previous_texts(clean, date_index, MAX_JOINT_ISSUERS):
        if not ORG_LINE.match(clean.lines[index].text):
            break
        bodies.insert(0, clean.lines[index].text)
    return bodies


def _lines_beside_title(clean: CleanText, header: DocHeader) -> list[str]:
    """The bodies named on a line of their own just above or below the title (财政部、司法部), less the
    province a database puts before a city's name (辽宁省沈阳市人民政府 → 沈阳市人民政府)."""
    near = previous_texts(clean, header.title_index, 2) + [i for i in _head(clean) if i > header.title_index][:BESIDE_TITLE]
    for index in near:
        text = clean.lines[index].text
        bodies = text.split("、")
        if all(ORG_LINE.match(b) and _GOVERNMENT_BODY.match(b) for b in bodies) and not (header.title or "").startswith(text):
            return [_without_province(body) for body in bodies]
    return []


def _without_province(name: str) -> str:
    for province, cities in place_data()["provinces"].items():
        if name.startswith(province) and name[len(province) :].startswith(tuple(cities)):
            return name[len(province) :]
    return name
