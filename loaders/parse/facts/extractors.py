"""Fact extraction per document: personnel actions, coordination bodies, repeals,
citations, responsibilities and agency aliases.

``pipeline.py`` calls ``extract_facts`` once per document span and merges the results.
Short forms resolve relative to the issuing government's place: the issuer's, or for a
document that names none, the place its text names (``places.place_in_text``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from gazette_kg.loaders.model import (
    AbolishedBody,
    AgencyAlias,
    Citation,
    CoordinationBody,
    ParseWarning,
    PersonnelAction,
    Repeal,
    Responsibility,
)
from gazette_kg.loaders.parse.facts.aliases import aliases_seen
from gazette_kg.loaders.parse.facts.bodies import extract_bodies
from gazette_kg.loaders.parse.facts.citations import extract_citations
from gazette_kg.loaders.parse.facts.gazetteer import Gazetteer
from gazette_kg.loaders.parse.facts.personnel import extract_personnel_actions
from gazette_kg.loaders.parse.facts.places import level_prefix, place_in_text, with_city
from gazette_kg.loaders.parse.facts.repeals import extract_repeals
from gazette_kg.loaders.parse.facts.responsibilities import extract_responsibilities
from gazette_kg.loaders.parse.spans import DocumentSpan


@dataclass
class Facts:
    personnel_actions: list[PersonnelAction] = field(default_factory=list)
    coordination_bodies: list[CoordinationBody] = field(default_factory=list)
    abolished_bodies: list[AbolishedBody] = field(default_factory=list)
    repeals: list[Repeal] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    responsibilities: list[Responsibility] = field(default_factory=list)
    agency_aliases: list[AgencyAlias] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)


def extract_facts(span: DocumentSpan) -> Facts:
    """All facts of one document."""
    if span.city is None and (span.issuer is None or level_prefix(span.issuer)):  # not 国务院: 县司法局, 市人民政府
        span = replace(span, city=place_in_text(span.title, [line.text for line in span.lines]))
    span = replace(span, city=with_city(span.city, [line.text for line in span.lines]))
    gazetteer = Gazetteer.default()
    responsibilities = extract_responsibilities(span, gazetteer)
    bodies, abolished, warnings = extract_bodies(span)
    return Facts(
        personnel_actions=extract_personnel_actions(span),
        coordination_bodies=bodies,
        abolished_bodies=abolished,
        repeals=extract_repeals(span),
        citations=extract_citations(span),
        responsibilities=responsibilities,
        agency_aliases=aliases_seen(span, responsibilities, gazetteer),
        warnings=warnings,
    )
