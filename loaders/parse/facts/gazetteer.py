"""The agency gazetteer: short forms as written → full names, per issuing city.

The data lives in ``data/agencies.yaml`` (templates with {city}, {short}, {province});
a file named by ``GAZETTE_KG_GAZETTEER`` is merged over it, so a user adds bodies,
aliases or places by configuration. A 市X局 form that no entry knows still resolves by
rule to {city}X局 when its tail is a full department name.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import regex
import yaml

ENV_VAR = "GAZETTE_KG_GAZETTEER"
_DEPARTMENT_TAIL = regex.compile(r"^\p{Han}{2,20}(?:局|委员会|办公室|厅|中心|支队|管理处)$")


@dataclass(frozen=True)
class Agency:
    full: str
    renamed_to: str | None = None
    year: int | None = None


def _normalise(name: str) -> str:
    return regex.sub(r"\s+", "", name).replace("(", "（").replace(")", "）")


class Gazetteer:
    def __init__(self, data: dict) -> None:
        self.places: dict[str, str] = dict(data.get("places") or {})
        self.entries: list[dict] = list(data.get("agencies") or [])
        self._by_city: dict[str | None, dict[str, Agency]] = {}

    @classmethod
    @cache
    def default(cls) -> Gazetteer:
        text = resources.files("gazette_kg.loaders").joinpath("data/agencies.yaml").read_text(encoding="utf-8")
        data = yaml.safe_load(text)
        extra = os.environ.get(ENV_VAR)
        if extra:
            more = yaml.safe_load(Path(extra).read_text(encoding="utf-8")) or {}
            data["places"] = {**data.get("places", {}), **(more.get("places") or {})}
            data["agencies"] = list(more.get("agencies") or []) + data.get("agencies", [])
        return cls(data)

    def province_of(self, place: str | None) -> str | None:
        """The province of a city, or the place itself when it is a province (a provincial document)."""
        if not place:
            return None
        return self.places.get(place) or (place if place.endswith(("省", "自治区")) else None)

    def _fill(self, template: str, city: str | None) -> str | None:
        if city is None and "{" in template:
            return None
        short = regex.sub(r"(?:市|地区|自治州|州|盟)$", "", city or "")
        province = self.province_of(city) or ""
        if "{province}" in template and not province:
            return None
        return template.format(city=city or "", short=short, province=province)

    def aliases_for(self, city: str | None) -> dict[str, Agency]:
        """Every alias (and full name) known for ``city`` → its agency."""
        if city not in self._by_city:
            table: dict[str, Agency] = {}
            for entry in self.entries:
                full = self._fill(entry["full"], city)
                if full is None:
                    continue
                renamed = self._fill(entry["renamed_to"], city) if entry.get("renamed_to") else None
                agency = Agency(full, renamed, entry.get("year"))
                for alias in [entry["full"], *entry.get("aliases", [])]:
                    filled = self._fill(alias, city)
                    if filled:
                        table.setdefault(_normalise(filled), agency)
            self._by_city[city] = table
        return self._by_city[city]

    def lookup(self, name: str, city: str | None) -> Agency | None:
        key = _normalise(name)
        found = self.aliases_for(city).get(key)
        if found:
            return found
        if city and key.startswith("市") and _DEPARTMENT_TAIL.match(key[1:]):
            return Agency(city + key[1:])
        province = self.province_of(city)
        if province and key.startswith("省") and _DEPARTMENT_TAIL.match(key[1:]):
            return Agency(province + key[1:])
        return None

    def resolve(self, name: str, city: str | None) -> str | None:
        """The full name of the agency written ``name`` in a document of ``city``."""
        agency = self.lookup(name, city)
        return agency.full if agency else None
