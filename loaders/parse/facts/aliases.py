"""Short forms of agency names used in a document, with their full names.

Every short form the gazetteer knows for the document's place and finds in its text
(市发改委, 区政府, 市府), and every name a responsibility lists that resolves to another.
"""

from __future__ import annotations

from gazette_kg.loaders.model import AgencyAlias, Responsibility
from gazette_kg.loaders.parse.facts.gazetteer import Gazetteer
from gazette_kg.loaders.parse.spans import DocumentSpan


def aliases_seen(span: DocumentSpan, records: list[Responsibility], gazetteer: Gazetteer | None = None) -> list[AgencyAlias]:
    gazetteer = gazetteer or Gazetteer.default()
    seen: dict[str, str] = {}
    read: set[str] = set()
    for word in gazetteer.short_forms_in(span.text(), span.city):
        if word not in read:  # the longest short form at each place, and those it begins with: 市监察委员会, 市监察委
            read.add(word)
            for alias, full in gazetteer.short_form_prefixes(word, span.city):
                seen.setdefault(alias, full)
    for record in records:
        for alias, full in zip(record.agencies, record.resolved):
            if full and alias != full:
                seen.setdefault(alias, full)
    return [AgencyAlias(alias, full) for alias, full in seen.items()]
