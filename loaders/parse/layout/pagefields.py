"""The fields a government site or a law database prints above a document.

A page copied from a site carries its catalogue record: ``文 号 | 涟政办发〔2021〕12号 |``,
``[成文日期] 2016-06-08``, ``【发文字号】津政发[2008]31号``, ``发文字号:湖北省人民政府令第435号``, ``发布时间:2017-07-04 信息来源:…``.
The labels and the field each gives are data (``data/page_fields.txt``). A field line starts
with a label; one line may hold several fields, each value running to the next label.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from gazette_kg.loaders.parse.conventions import data_rows
from gazette_kg.loaders.parse.documents.dates import parse_date
from gazette_kg.loaders.parse.documents.docnumber import number_in_line
from gazette_kg.loaders.parse.documents.statuswords import status_of
from gazette_kg.loaders.parse.layout.clean import CleanText, squeeze


@dataclass(frozen=True)
class PageField:
    field: str  # number, issuer, publisher, joint, signed, published, effective, source, title, status, ended, other
    value: str
    index: int  # 0-based line index


@cache
def field_labels() -> dict[str, str]:
    return {label: field for label, field in data_rows("page_fields.txt")}


def _spaced(label: str) -> str:
    """A label as a pattern that also matches it letter-spaced: 文    号, 索 引 号 (标<TAB>题 where a
    PDF's text layer made the wide space a cell boundary)."""
    return "[ \u3000\t]*".join(regex.escape(char) for char in label)


@cache
def _label_re() -> regex.Pattern:
    """A label, then a colon, tab or bar; or, standing after a space or at the start, then a space (发布机构 区政府)."""
    labels = "|".join(_spaced(label) for label in sorted(field_labels(), key=len, reverse=True))
    return regex.compile(
        rf"[\[【［]?(?P<label>{labels})[\]】］]?\s*(?:[:：\t|]|(?<=[\]】］])|$)"
        rf"|(?<=^|\s)(?P<label>{labels})[ \u3000\t]+(?=\S)"
    )


_LINE_START = regex.compile(r"^(?:[-•·]\s*)?(?:\d{1,2}\s*[.．、]\s*)?")


def fields_of_line(text: str) -> list[tuple[str, str]]:
    """(field, value) pairs of a field line; [] when the line does not start with a label."""
    body = _LINE_START.sub("", text.strip())
    matches = list(_label_re().finditer(body))
    if not matches or matches[0].start() != 0:
        return []
    pairs = []
    for match, following in zip(matches, matches[1:] + [None]):
        value = body[match.end() : following.start() if following else len(body)]
        label = regex.sub(r"\s", "", match["label"])
        field = field_labels()[label]
        value = value.strip(" \t|:：[]【】［］\u3000")
        if field == "issuer":  # a body's name ends at a stop (解读单位:某局,咨询电话:…)
            value = _STOP.split(value, maxsplit=1)[0]
        pairs.append((field, value))
    return pairs


_STOP = regex.compile(r"[，,；;。]")


# Fields whose value a list may print on the line under its label (• 发文字号: / 镇政发〔2024〕7号), and the test of the value.
_VALUE_BELOW = {
    "number": lambda v: number_in_line(v) is not None,
    "signed": lambda v: parse_date(v) is not None,
    "published": lambda v: parse_date(v) is not None,
    "effective": lambda v: parse_date(v) is not None,
    "status": lambda v: status_of(v) is not None,
    "ended": lambda v: parse_date(v) is not None,
}


def page_fields(clean: CleanText, limit: int = 60) -> list[PageField]:
    """Every field in the first ``limit`` non-blank lines, in order.

    Labels are read on the lines as printed (``clean.raw``): a space may be all that parts a label from its value.
    """
    found = []
    texts = [index for index, line in enumerate(clean.lines) if line.text][:limit]
    pending: str | None = None  # a field whose label ended the line above, its value not given
    for index in texts:
        pairs = [(field, squeeze(value)) for field, value in fields_of_line(clean.raw[index])]
        if not pairs and pending and _VALUE_BELOW[pending](clean.lines[index].text):
            found.append(PageField(pending, clean.lines[index].text, index))
        found.extend(PageField(field, value, index) for field, value in pairs if value)  # a field left empty says nothing
        pending = pairs[0][0] if len(pairs) == 1 and not pairs[0][1] and pairs[0][0] in _VALUE_BELOW else None
    return found
