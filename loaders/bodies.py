"""Coordination bodies (领导小组, 委员会, 联席会议, 指挥部): leaders, roles, office, abolitions."""

from __future__ import annotations

from gazette_kg.loaders.model import AbolishedBody, CoordinationBody, ParseWarning
from gazette_kg.loaders.spans import DocumentSpan


def extract_bodies(span: DocumentSpan) -> tuple[list[CoordinationBody], list[AbolishedBody], list[ParseWarning]]:
    return [], [], []
