"""Keep private citizens' contact details out of everything the parser outputs.

Commendations and lists print people with their home address (刘汉成 邵东县廉桥镇丛光村砂糖组327号,
张三，家住…路12号) and notices sometimes print phone numbers, in any of their written forms
(+86 138 1234 5678, 138.1234.5678, full-width digits, （0746）8368335). Phone numbers are
replaced everywhere. A home address is replaced after the words that announce one (家住, 住址,
现住 …) and where a line is only a person's name and an address ending in a house number.
Law text (第十六条 湘桂铁路永州地区扩能改造工程), project names and an agency's own address
(地址：…路1号) are none of these and stay.
"""

from __future__ import annotations

import re

import regex

from gazette_kg.loaders.parse.prefilter import line_indexes

PHONE_MASK = "〔电话已隐去〕"
ADDRESS_MASK = "〔住址已隐去〕"

# Full-width digits and signs read as their ASCII twins, one character for one, so a match in
# the folded text has the same span in the original.
_FOLD = tuple(zip("０１２３４５６７８９（）＋－．　", "0123456789()+-. "))


def _folded(text: str) -> str:
    """``text`` with full-width digits and signs folded (replace, not translate: translate walks a
    long line of Chinese text character by character in Python's slow path)."""
    for wide, narrow in _FOLD:
        if wide in text:
            text = text.replace(wide, narrow)
    return text


_SEP = r"[-.\s—]?"
_MOBILE = regex.compile(rf"(?<![\d+])(?:\+?86{_SEP})?1[3-9]\d{_SEP}\d{{4}}{_SEP}\d{{4}}(?!\d)")
_LANDLINE = regex.compile(r"(?<!\d)(?:\(0\d{2,3}\)\s?|0\d{2,3}[-—\s])\d{7,8}(?!\d)")
# The words that announce a private home address, then the address up to the next punctuation.
_ANNOUNCED = regex.compile(
    r"(?P<lead>家住|现住|现居住?于?|家庭住址[:：]?|住址[:：]?|户籍地[:：]?|居住地[:：]?)"
    r"(?P<address>\p{Han}[\p{Han}\d\-（）()#]*\d[\p{Han}\d\-（）()#]*)"
)
# A line that is a person's name (not a provision heading like 第十六条), a gap, and an address
# ending in a house number, group, village, building or room.
_PERSON_ADDRESS = regex.compile(
    r"^(?P<name>(?!第)\p{Han}{1,2}\s?\p{Han}{1,2})[\s\t]+"
    r"(?P<address>\p{Han}[\p{Han}\d\-－]*(?:\d+号|\d+室|\d+栋|\d+单元|组\d*号?|村|宿舍))$"
)


# The last character of each ending of _PERSON_ADDRESS, but the digits (组3).
_ADDRESS_ENDS = frozenset("号室栋元组村舍")


# Every phone number has four digits followed by a digit or a separator (13812345678,
# 138 1234 5678, 0746-8368335), its full-width forms too; a year (2023年) has not.
_PHONE_HINT = regex.compile(r"\d{4}[\d\-.\s—．－]")


def _mask_phones(text: str) -> str:
    if not _PHONE_HINT.search(text):
        return text
    folded = _folded(text)
    spans = [m.span() for pattern in (_MOBILE, _LANDLINE) for m in pattern.finditer(folded)]
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + PHONE_MASK + text[end:]
    return text


def phone_lines(text: str) -> set[int]:
    """Indexes of the lines of ``text`` (split at line breaks) that may hold a phone number: one scan."""
    return set(line_indexes(_PHONE_HINT, text))


_LEADS = re.compile("住|户籍地")  # every lead word of _ANNOUNCED holds one of these


def _may_end_in_address(stripped: str) -> bool:
    return stripped[-1:] in _ADDRESS_ENDS or stripped[-1:].isdigit()


def suspect_lines(lines: list[str], text: str) -> dict[int, bool]:
    """The indexes of ``lines`` (without trailing whitespace) that ``redact`` may change, each with
    whether it may hold a phone number. ``text`` is the lines joined by line breaks: phone numbers
    and address words are found in one scan of it; a name and address line by its last character."""
    found = dict.fromkeys(line_indexes(_LEADS, text), False)
    found.update((index, False) for index, line in enumerate(lines) if _may_end_in_address(line))
    found.update(dict.fromkeys(phone_lines(text), True))
    return found


def redact(text: str, phones: bool = True) -> str:
    """``text`` with phone numbers (unless ``phones`` is false: it holds none) and home addresses masked."""
    if phones:
        text = _mask_phones(text)
    if _LEADS.search(text):
        text = _ANNOUNCED.sub(lambda m: m["lead"] + ADDRESS_MASK, text)
    stripped = text.strip()
    match = _PERSON_ADDRESS.match(stripped) if _may_end_in_address(stripped) else None
    if match:
        return f"{match['name']} {ADDRESS_MASK}"
    return text
