"""Policy interpretations (政策解读) printed after a document: who interprets what."""

from __future__ import annotations

import regex

from gazette_kg.loaders.parse.layout.clean import CleanText
from gazette_kg.loaders.model import Interpretation
from gazette_kg.loaders.parse.documents.segment import ORG_SUFFIX

_ORG = rf"(?:\p{{Han}}{{2,30}}?{ORG_SUFFIX})"
_HEADER = regex.compile(
    rf"^(?P<agency>{_ORG})?\s*(?:关于)?\s*(?:《(?P<t1>.+?)》?\s*(?:的)?(?:政策)?解读|(?:政策)?解读\s*(?:《(?P<t2>.+?)》?)?)$"
)
_ORG_ONLY = regex.compile(rf"^{_ORG}$")


def find_interpretation(clean: CleanText, start: int, end: int) -> tuple[int, Interpretation] | None:
    """The first interpretation header in lines [start, end): (0-based index, record)."""
    previous: int | None = None
    for index in range(start, end):
        text = clean.lines[index].text.replace(" ", "")
        if not text:
            continue
        if "解读" in text and len(text) <= 90:
            match = _HEADER.match(text)
            if match:
                agency = match["agency"]
                line_index = index
                if agency is None and previous is not None and _ORG_ONLY.match(clean.lines[previous].text):
                    agency, line_index = clean.lines[previous].text, previous
                title = match["t1"] or match["t2"]
                return line_index, Interpretation(agency, None, title, clean.lines[line_index].number)
        previous = index
    return None
