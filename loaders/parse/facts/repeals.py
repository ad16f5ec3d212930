"""Explicit repeals: a document repeals (废止) or declares void (宣布失效) earlier documents.

Three layouts state it. The object after the verb: 废止《A》(2000年…令第84号公布…). The object
before it: 《A》（永政办函〔2020〕37号）同时废止, and so a clean-up's result, 《A》等4件规范性文件失效. And a list after a sentence that announces it
(决定废止以下规章： / 宣布失效的文件目录如下： / 决定对以下2件规章予以废止：), one document per numbered item
(一、山东省信访规定(省政府令第114号)。) or per row of a 文件名称 | 文号 table.
The verb inside a title (关于废止《…》的决定, 《…废止目录的通知》) or used as an adjective
(宣布废止和失效的文件) states nothing; nor does a remark that something was repealed before (已废止).
"""

from __future__ import annotations

import regex

from gazette_kg.loaders.model import Repeal
from gazette_kg.loaders.parse.documents.docnumber import find_doc_number_spans, find_orders
from gazette_kg.loaders.parse.spans import DocumentSpan, SourceLine

_VERB = regex.compile(r"废止|宣布失效|失效")  # 失效 alone closes a clause whose object stands before it
_SENTENCE = regex.compile(r"[^。；;]+")
_PAST = regex.compile(r"已(?:经)?(?:被)?(?:宣布)?(?:废止|失效)")
_ALREADY = regex.compile(_PAST.pattern + r"|(?:废止|失效)的")
_BOOK = regex.compile(r"《(?P<title>(?:[^《》]|《[^《》]*》)+)》")
_BOOKS_OPEN = regex.compile(r"《(?:[^《》]|《[^《》]*》)*$")  # text ending inside a 《》 title
_PARENS = regex.compile(r"^\s*[（(](?P<inner>(?:[^（()）]|[（(][^（()）]*[)）])*)[)）]")
_LIST_LEAD = regex.compile(r"(?:以下|下列|如下|附件)[^。；;，,]{0,20}[:：]?\s*$")
# …决定对以下2件规章予以废止: — the list announced before the verb, the verb closing the sentence.
_LIST_LEAD_BEFORE = regex.compile(r"(?:以下|下列)[^。；;，,]{0,20}$")
_LIST_VERB_END = regex.compile(r"^\s*[:：]?\s*$")
_ITEM = regex.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*(?P<rest>.+)$"
)
_OBJECT_BEFORE = regex.compile(r"^\s*(?:[。；;，,]|$)")  # 《A》…同时废止。: the verb ends its clause
_TABLE_TITLE = regex.compile(r"(?:文件)?(?:名称|标题)")
_TABLE_NUMBER = regex.compile(r"文号|字号|发文号|令号")
_CELL_BREAK = regex.compile(r"\s*[\t|]\s*|\s+")  # a table row's cells: tabs, bars, or (a page's text) spaces
_SERIAL = regex.compile(r"^[\s|]*\d{1,4}[\s|.．、]+")
_HAN = regex.compile(r"\p{Han}")


def _numbers(text: str) -> list[str]:
    found = [(n.text, start) for n, start, _end in find_doc_number_spans(text)] + [
        (o, start) for o, start, _ in find_orders(text)
    ]
    return [number for number, _ in sorted(found, key=lambda item: item[1])]


def _titled(text: str) -> tuple[str, str | None]:
    """Title and number of one listed document: 山东省信访规定(省政府令第114号) / 《A》(鲁政发〔1983〕90号)."""
    book = _BOOK.search(text)
    cut = regex.search(r"[（(]", text)
    title = book["title"] if book else (text[: cut.start()] if cut else text)
    after = text[book.end() :] if book else (text[cut.start() :] if cut else "")
    numbers = _numbers(after) or _numbers(text)
    return title.strip(" 。；;，,").replace("〈", "《").replace("〉", "》"), numbers[0] if numbers else None


def _in_title(sentence: str, verb: regex.Match) -> bool:
    """Inside a title, or the subject of one (关于废止…的决定)."""
    before = sentence[: verb.start()]
    return bool(_BOOKS_OPEN.search(before)) or before.endswith("关于")


def _already(sentence: str, verb: regex.Match, pattern: regex.Pattern = _ALREADY) -> bool:
    """已废止, 废止的…: a remark about an earlier repeal, or the verb as an adjective."""
    return bool(pattern.search(sentence[max(0, verb.start() - 4) : verb.end() + 1]))


def _object_after(rest: str) -> tuple[str, str | None] | None:
    book = _BOOK.match(rest.lstrip())
    if not book:
        return None
    tail = rest.lstrip()[book.end() :]
    parens = _PARENS.match(tail)
    numbers = _numbers(parens["inner"]) if parens else []
    return book["title"].replace("〈", "《").replace("〉", "》"), numbers[0] if numbers else None


def _object_before(before: str) -> list[tuple[str, str | None]]:
    clause = regex.split(r"[。；;]", before)[-1]
    books = list(_BOOK.finditer(clause))
    if books:
        return [_titled(clause[books[-1].start() :])]
    return [(None, number) for number in _numbers(clause)]


def _subject(before: str) -> bool:
    """The clause before a bare 失效 names what becomes void (《A》等3件规范性文件失效), not a rule (应宣布废止或失效)."""
    clause = regex.split(r"[，,。；;]", before)[-1]
    return bool(_BOOK.search(clause) or _numbers(clause))


def _row(text: str) -> tuple[str, str | None] | None:
    """One row of a 序号 | 文件名称 | 文号 table, its cells parted by tabs, bars or spaces: the title runs
    from after the serial number to the document number (a title may hold a space: 中共中央 国务院…)."""
    if len(_CELL_BREAK.split(text.strip(" |"))) < 2:
        return None
    serial = _SERIAL.match(text)
    body = text[serial.end() :] if serial else text
    spans = sorted(
        [(start, end, number.text) for number, start, end in find_doc_number_spans(body)]
        + [(start, end, order) for order, start, end in find_orders(body)]
    )
    if not serial and not spans:
        return None
    title = (body[: spans[0][0]] if spans else body).strip(" \t|《》")
    if spans and not _HAN.search(title):  # the 文号 column before the 文件名称 column
        title = body[spans[0][1] :].strip(" \t|《》")
    if not _HAN.search(title):
        return None
    return title.replace("〈", "《").replace("〉", "》"), spans[0][2] if spans else None


def _listed(lines: list[SourceLine], start: int) -> list[tuple[str, str | None, int]]:
    """Documents listed after the announcing line: numbered items, or the rows of a 文件名称 | 文号 table."""
    found: list[tuple[str, str | None, int]] = []
    columns: tuple[int, int] | None = None
    for line in lines[start:]:
        text = line.text
        if not text:
            continue
        cells = [c.strip() for c in _CELL_BREAK.split(text.strip(" |"))]
        if columns is None and len(cells) > 1:
            title_col = next((i for i, c in enumerate(cells) if _TABLE_TITLE.search(c)), None)
            number_col = next((i for i, c in enumerate(cells) if _TABLE_NUMBER.search(c)), None)
            if title_col is not None and number_col is not None:
                columns = (title_col, number_col)
                continue
        if columns is not None and (row := _row(text)):
            found.append((*row, line.number))
            continue
        item = _ITEM.match(text)
        if not item or columns is not None:
            break
        title, number = _titled(item["rest"])
        found.append((title, number, line.number))
    return found


def extract_repeals(span: DocumentSpan) -> list[Repeal]:
    repeals: list[Repeal] = []
    for index, line in enumerate(span.lines):
        if "废止" not in line.text and "失效" not in line.text:  # _VERB's words
            continue
        for sentence in _SENTENCE.findall(line.text):
            for verb in _VERB.finditer(sentence):
                if _in_title(sentence, verb):
                    continue
                rest = sentence[verb.end() :]
                if verb[0] == "失效" and not (_OBJECT_BEFORE.match(rest) and _subject(sentence[: verb.start()])):
                    continue
                announces = _LIST_LEAD.search(rest) or (
                    _LIST_VERB_END.match(rest) and _LIST_LEAD_BEFORE.search(regex.sub(r"予以$", "", sentence[: verb.start()]))
                )
                if announces and _already(sentence, verb, _PAST):  # 除已废止的文件外，现将清理结果公布如下：
                    continue
                if announces and index + 1 < len(span.lines) and sentence == _SENTENCE.findall(line.text)[-1]:
                    repeals.extend(Repeal(span.doc_number, t, n, at) for t, n, at in _listed(span.lines, index + 1))
                elif _already(sentence, verb):
                    continue
                elif found := _object_after(rest):
                    repeals.append(Repeal(span.doc_number, found[0], found[1], line.number))
                elif _OBJECT_BEFORE.match(rest):
                    repeals.extend(
                        Repeal(span.doc_number, t, n, line.number) for t, n in _object_before(sentence[: verb.start()])
                    )
    return repeals
