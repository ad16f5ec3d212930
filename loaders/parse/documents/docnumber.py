"""Document numbers (发文字号): find them in text and normalise them.

Gazettes print the year bracket in every style — 〔〕 [] ［］ () （） 【】 ﹝﹞ — with or
without spaces and line breaks inside; the normal form is ``永政办发〔2022〕11号``.
The issuer code (永政办发, 湘政发, 人社部发, 国办函) is the run of Han characters
before the bracket, less any leading words that belong to the sentence (按, 根据, 与…).
"""

from __future__ import annotations

import regex

from gazette_kg.loaders.model import DocNumber

_OPEN = "〔[［(（【﹝"
_CLOSE = "〕]］)）】﹞"

# Han run (the code), bracket, year, bracket, serial, optional 号.
DOC_NUMBER_RE = regex.compile(
    r"(?P<code>\p{Han}{1,12})\s*[" + regex.escape(_OPEN) + r"]\s*(?P<year>(?:19|20)\d\d)\s*["
    + regex.escape(_CLOSE) + r"]\s*(?:第\s*)?(?P<serial>\d{1,5})\s*(?P<hao>号)?"
)

# Words that end the sentence part of the Han run before a code; a code never holds them.
_SENTENCE_WORDS = regex.compile(r"(?:按照|按|根据|依据|依照|参照|对照|以及|与|和|及|并|即|见|暨|或|的|是|将|对|由|印发|转发)")
_LEADING_WORDS = regex.compile(r"^(?:文件|通知|号|在|为|从|自|同|原|现|已|另|请|凡|其中|附件)+")


def clean_code(raw: str) -> str:
    """Strip sentence words that the Han run before the bracket swallowed."""
    code = _SENTENCE_WORDS.split(raw)[-1]
    stripped = _LEADING_WORDS.sub("", code)
    return stripped if len(stripped) >= 2 else code


def normalise(code: str, year: int | str, serial: int | str) -> str:
    return f"{code}〔{int(year)}〕{int(serial)}号"


def parse_doc_number(text: str) -> DocNumber | None:
    """Parse the first document number in ``text``; ``None`` when there is none."""
    for number in find_doc_numbers(text):
        return number
    return None


def find_doc_numbers(text: str) -> list[DocNumber]:
    """Every document number in ``text``, normalised, in order of appearance."""
    found: list[DocNumber] = []
    for match in DOC_NUMBER_RE.finditer(text):
        code = clean_code(match.group("code"))
        if len(code) < 2 and not code.endswith(("发", "函")):
            continue
        if match.group("hao") is None and not code.endswith(("发", "函", "人", "字", "办", "令")):
            continue
        year, serial = int(match.group("year")), int(match.group("serial"))
        found.append(DocNumber(normalise(code, year, serial), code, year, serial))
    return found


def find_doc_number_spans(text: str) -> list[tuple[DocNumber, int, int]]:
    """Like ``find_doc_numbers`` with each match's (start, end) offsets in ``text``."""
    spans: list[tuple[DocNumber, int, int]] = []
    for match in DOC_NUMBER_RE.finditer(text):
        numbers = find_doc_numbers(match.group(0))
        if numbers:
            spans.append((numbers[0], match.start(), match.end()))
    return spans
