"""Document numbers (发文字号): find them in text and normalise them.

Gazettes print the year bracket in every style — 〔〕 [] ［］ () （） 【】 ﹝﹞ — with or
without spaces and line breaks inside; the normal form is ``永政办发〔2022〕11号``.
The issuer code (永政办发, 湘政发, 人社部发, 国办函) is the run of Han characters
before the bracket, less any leading words that belong to the sentence (按, 根据, 与…).
A closing bracket lost in extraction (国办发〔2018104号) is restored: the year is four digits.

Orders (政府令) are kept as written: 湖北省人民政府令第435号, 省政府令242号, and with a year
政府令〔2010〕第15号, 建设部〔2007〕第162号令. A number printed without an issuer code (〔2019〕第4号) is kept as written too.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from gazette_kg.loaders.model import DocNumber
from gazette_kg.loaders.parse.conventions import data_rows

_OPEN = "".join(pair[0] for pair in data_rows("number_brackets.txt"))
_CLOSE = "".join(pair[1] for pair in data_rows("number_brackets.txt"))

# A year's digits, a letter O typed for a zero among them (〔20O0〕, as 二OO八 in dates): read as 0.
_YEAR = r"(?:19|2[0Oo])[\dOo]{2}"
_LETTER_O = str.maketrans("Oo", "00")

# Han run (the code), bracket, year, bracket, serial, optional 号. The run is atomic: no shorter
# run can match either, as a bracket or space (never Han) must follow it; this spares the backtracking.
DOC_NUMBER_RE = regex.compile(
    r"(?P<code>(?>\p{Han}{1,12}))\s*["
    + regex.escape(_OPEN)
    + r"]\s*(?P<year>"
    + _YEAR
    + r")\s*(?:["
    + regex.escape(_CLOSE)
    + r"]|(?=\d{1,5}\s*号))\s*(?P<series>文(?=\d))?(?P<di>第\s*)?(?P<serial>\d{1,5})\s*(?P<hao>号)?(?P<ling>令)?"
)  # a series mark may stand before the serial: 闽政〔1996〕文39号 (not the same as 闽政〔1996〕39号)
# Orders: 湖南省人民政府令第301号, 国务院令735号.
ORDER_RE = regex.compile(r"(?<!\d)(?P<code>\p{Han}{1,20}?令)\s*(?P<di>第)?\s*(?P<n>\d{1,4})\s*号")
_ORDER_LEAD = regex.compile(r"^(?:.*?(?:根据|依据|按照|按|与|及|以及|的))(?=\p{Han}{2,}令)")
# A number without issuer code, as a document's own number line prints it: 〔2019〕第4号.
BARE_NUMBER_RE = regex.compile(
    r"[" + regex.escape(_OPEN) + r"]\s*(?:19|20)\d\d\s*[" + regex.escape(_CLOSE) + r"]\s*(?:第\s*)?\d{1,5}\s*号"
)

# Words that end the sentence part of the Han run before a code; a code never holds them.
_SENTENCE_WORDS = regex.compile(
    r"(?:按照|按|根据|依据|依照|参照|对照|以及|与|和|及|并|即|见|暨|或|的|是|将|对|由|印发|转发|关于|贯彻|落实|执行)"
)
# A site's field labels (文号, 发文字号) glued before the number once the spaces go: 发布机构区政府办公室文号蔡政办〔2023〕1号.
_FIELD_LABELS = regex.compile(
    "|".join(regex.escape(row[0]) for row in sorted(data_rows("page_fields.txt"), key=lambda r: -len(r[0])))
)
_LEADING_WORDS = regex.compile(r"^(?:文件|通知|号|在|为|从|自|同|原|现|已|另|请|凡|其中|附件)+")


def clean_code(raw: str) -> str:
    """Strip sentence words that the Han run before the bracket swallowed."""
    code = _FIELD_LABELS.split(_SENTENCE_WORDS.split(raw)[-1])[-1]
    stripped = _LEADING_WORDS.sub("", code)
    return stripped if len(stripped) >= 2 else code


def normalise(code: str, year: int | str, serial: int | str) -> str:
    """The number with 〔〕 brackets and its serial as written (a 05 printed so stays 05: the text's number)."""
    return f"{code}〔{int(year)}〕{str(serial).strip()}号"


def parse_doc_number(text: str) -> DocNumber | None:
    """Parse the first document number in ``text``; ``None`` when there is none."""
    for number in find_doc_numbers(text):
        return number
    return None


# What every document number holds: a year in its bracket. Text without it is not scanned for Han runs.
_YEAR_BRACKET = regex.compile(r"[" + regex.escape(_OPEN) + r"]\s*(?:" + _YEAR + ")")


def _is_space(char: str) -> bool:
    """What ``\\s`` matches: str's whitespace less the four separators \\x1c-\\x1f."""
    return char.isspace() and char not in "\x1c\x1d\x1e\x1f"


def doc_number_matches(text: str) -> Iterator[regex.Match]:
    """The matches of DOC_NUMBER_RE.finditer(text), found without its scan of every Han run: a
    match's code is a run of at most twelve Han characters before a year bracket, so the pattern
    is tried only at the twelve places before each bracket, leftmost first, as finditer would."""
    position = 0
    for anchor in _YEAR_BRACKET.finditer(text):
        end = anchor.start()
        while end > position and _is_space(text[end - 1]):
            end -= 1
        for start in range(max(position, end - 12), end):
            match = DOC_NUMBER_RE.match(text, start)
            if match:
                yield match
                position = match.end()
                break


def find_doc_numbers(text: str) -> list[DocNumber]:
    """Every document number in ``text``, normalised, in order of appearance."""
    found: list[DocNumber] = []
    for match in doc_number_matches(text):
        code = clean_code(match.group("code"))
        if code.startswith("日") and match.start("code") > 0 and text[match.start("code") - 1].isdigit():
            code = code[1:]  # a date glued before the number: (1985年5月4日皖政〔1985〕38号)
        if len(code) < 2 and not code.endswith(("发", "函")):
            continue
        if match.group("hao") is None and not code.endswith(("发", "函", "人", "字", "办", "令")):
            continue
        year, serial = int(match.group("year").translate(_LETTER_O)), int(match.group("serial"))
        written = normalise(code, year, match.group("serial"))
        if match.group("series"):
            written = f"{code}〔{year}〕{match.group('series')}{match.group('serial')}号"
        if code.endswith("令") or match.group("ling"):  # an order with its year is kept as written: 政府令〔2010〕第15号
            written = f"{code}〔{year}〕{'第' if match.group('di') else ''}{serial}号{match.group('ling') or ''}"
        found.append(DocNumber(written, code, year, serial))
    return found


def find_doc_number_spans(text: str) -> list[tuple[DocNumber, int, int]]:
    """Like ``find_doc_numbers`` with each match's (start, end) offsets in ``text``."""
    spans: list[tuple[DocNumber, int, int]] = []
    for match in doc_number_matches(text):
        numbers = find_doc_numbers(text[max(0, match.start() - 1) : match.end()])  # with the character before it
        if numbers:
            spans.append((numbers[0], match.start(), match.end()))
    return spans


def is_order_number(number: str) -> bool:
    """An order's number (湖南省人民政府令第301号, 政府令〔2010〕第15号), not a 发文字号."""
    orders = find_orders(number)
    if orders and orders[0][0] == number:
        return True
    return any(parts.issuer_code.endswith("令") for parts in find_doc_numbers(number))


# Numbers as written before the 〔年〕 after the code became the rule (GB/T 9704-1999): the year first, in
# parentheses, then the code ending in 字 and the serial: (88)财商字第277号, (1985)国办字第5号.
_YEAR_FIRST = regex.compile(
    r"(?<![\p{Han}\d])[" + regex.escape(_OPEN) + r"]?[(（](?:19)?\d\d[)）][" + regex.escape(_CLOSE) + r"]?"
    r"\s*\p{Han}{1,8}?字\s*第?\s*\d{1,5}\s*号"
)


def find_year_first(text: str) -> list[tuple[str, int, int]]:
    """Every number written year first ((88)财商字第277号) as written (less spaces), with its (start, end) offsets."""
    if "字" not in text:
        return []
    return [(regex.sub(r"\s", "", match[0]), match.start(), match.end()) for match in _YEAR_FIRST.finditer(text)]


def find_orders(text: str) -> list[tuple[str, int, int]]:
    """Every order number in ``text`` as written (less spaces), with its (start, end) offsets."""
    found: list[tuple[str, int, int]] = []
    if "令" not in text:
        return found
    for match in ORDER_RE.finditer(text):
        code = _ORDER_LEAD.sub("", match["code"])
        found.append((f"{code}{match['di'] or ''}{match['n']}号", match.start(), match.end()))
    return found


# A report to a higher body prints its signer beside the number (GB/T 9704 签发人).
_SIGNER = regex.compile(r"签发人[:：]?\p{Han}{2,4}(?:[、，,]\p{Han}{2,4})*$")


_WHITESPACE = regex.compile(r"\s+")
# A number line that lost its closing bracket and its 号 in extraction: 牟政办发〔201746 (the year has four digits).
_LOST_CLOSE = regex.compile(
    r"(?P<code>\p{Han}{1,12}(?:发|函|字))[" + regex.escape(_OPEN) + r"](?P<year>(?:19|20)\d\d)(?P<serial>\d{1,4})"
)
_DATE_BEFORE = regex.compile(r"^(?:19|20)\d\d年\d{1,2}月\d{1,2}日")
_ANY_OPEN = regex.compile("[" + regex.escape(_OPEN) + "]")
_ANY_CLOSE = regex.compile("[" + regex.escape(_CLOSE) + "]")


def number_in_line(text: str) -> tuple[str, DocNumber | None] | None:
    """The number a line consists of (in parentheses or not, 签发人 beside it): (as normalised, parts or None)."""
    compact = _SIGNER.sub("", _WHITESPACE.sub("", text).strip())
    if compact[:1] in "(（" and compact[-1:] in ")）":
        compact = _DATE_BEFORE.sub("", compact[1:-1])  # (1985年5月4日皖政〔1985〕38号): the date it was issued
    if compact and not compact.endswith("号") and (damaged := _LOST_CLOSE.fullmatch(compact)):
        code, year, serial = damaged["code"], int(damaged["year"]), int(damaged["serial"])
        return normalise(code, year, serial), DocNumber(normalise(code, year, serial), code, year, serial)
    if not compact or len(compact) > 40 or not compact.endswith("号"):
        return None
    match = DOC_NUMBER_RE.fullmatch(compact)
    if match and (numbers := find_doc_numbers(compact)):
        return numbers[0].text, numbers[0]
    orders = find_orders(compact)
    if orders and orders[0][1] == 0 and orders[0][2] == len(compact):
        return orders[0][0], None
    if BARE_NUMBER_RE.fullmatch(compact):
        return _ANY_OPEN.sub("〔", _ANY_CLOSE.sub("〕", compact)), None
    return None
