"""Explicit repeals: 《…》（永政办函〔2020〕37号）同时废止 / 废止《…》."""

from __future__ import annotations

import regex

from gazette_kg.loaders.parse.documents.docnumber import find_doc_numbers
from gazette_kg.loaders.model import Repeal
from gazette_kg.loaders.parse.spans import DocumentSpan

_SENTENCE = regex.compile(r"[^。；;]*废止[^。；;]*")
_ALREADY = regex.compile(r"已(?:经)?(?:被)?废止|废止的")
_CITED = regex.compile(r"《(?P<title>(?:[^《》]|《[^《》]*》)+)》\s*(?:[（(](?P<number>[^（()）]{4,30})[)）])?")


def extract_repeals(span: DocumentSpan) -> list[Repeal]:
    repeals: list[Repeal] = []
    for line in span.lines:
        if "废止" not in line.text:
            continue
        for sentence in _SENTENCE.findall(line.text):
            if _ALREADY.search(sentence):
                continue  # a note that something was repealed earlier, not a repeal by this document
            clause = next(c for c in regex.split(r"[，,]", sentence) if "废止" in c)
            cited = list(_CITED.finditer(clause))
            if not cited:  # 《A》（…号），自…起同时废止: the title stands in an earlier clause
                before = list(_CITED.finditer(sentence[: sentence.index("废止")]))
                cited = before[-1:]
            for match in cited:
                numbers = find_doc_numbers(match["number"] or "")
                title = match["title"].replace("〈", "《").replace("〉", "》")
                repeals.append(Repeal(span.doc_number, title, numbers[0].text if numbers else None, line.number))
            if not cited:
                for number in find_doc_numbers(sentence):
                    repeals.append(Repeal(span.doc_number, None, number.text, line.number))
    return repeals
