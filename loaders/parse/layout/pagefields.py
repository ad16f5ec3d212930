"""The fields a government site or a law database prints above a document.

A page copied from a site carries its catalogue record: ``文 号 | 涟政办发〔2021〕12号 |``,
``[成文日期] 2016-06-08``, ``发文字号:湖北省人民政府令第435号``, ``发布时间:2017-07-04 信息来源:…``.
The labels and the field each gives are data (``data/page_fields.txt``). A field line starts
with a label; one line may hold several fields, each value running to the next label.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import regex

from gazette_kg.loaders.parse.layout.clean import CleanText


@dataclass(frozen=True)
class PageField:
    field: str  # number, issuer, publisher, joint, signed, published, effective, source, title, other
    value: str
    index: int  # 0-based line index


@cache
def field_labels() -> dict[str, str]:
    text = resources.files("gazette_kg.loaders").joinpath("data/page_fields.txt").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {label: field for label, field in rows}


@cache
def _label_re() -> regex.Pattern:
    labels = "|".join(regex.escape(label) for label in sorted(field_labels(), key=len, reverse=True))
    return regex.compile(rf"\[?(?P<label>{labels})\]?\s*(?:[:：\t|]|(?<=\])|$)")


_LINE_START = regex.compile(r"^(?:\d{1,2}\s*[.．、]\s*)?")


def fields_of_line(text: str) -> list[tuple[str, str]]:
    """(field, value) pairs of a field line; [] when the line does not start with a label."""
    body = _LINE_START.sub("", text.strip())
    matches = list(_label_re().finditer(body))
    if not matches or matches[0].start() != 0:
        return []
    pairs = []
    for match, following in zip(matches, matches[1:] + [None]):
        value = body[match.end() : following.start() if following else len(body)]
        pairs.append((field_labels()[match["label"]], value.strip(" \t|:：[]")))
    return pairs


def page_fields(clean: CleanText, limit: int = 60) -> list[PageField]:
    """Every field in the first ``limit`` non-blank lines, in order."""
    found = []
    texts = (index for index, line in enumerate(clean.lines) if line.text)
    for _, index in zip(range(limit), texts):
        found.extend(PageField(field, value, index) for field, value in fields_of_line(clean.lines[index].text))
    return found
