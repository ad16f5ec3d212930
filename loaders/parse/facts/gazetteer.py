"""The agency gazetteer: short forms as written → full names, relative to the issuing government.

The data lives in ``data/agencies.yaml``: ``departments``, the bodies every government has,
written with a level word in front (市发改委, 区发改局, 省住建厅, 县政府), and ``agencies``,
bodies named by template ({city}, {short}, {province}). A file named by
``GAZETTE_KG_GAZETTEER`` is merged over it, so a user adds bodies, aliases or places by
configuration. A level-word form that no entry knows still resolves by rule when its tail is
a full department name: 区水务局 → 昆明市官渡区水务局 in a document of 昆明市官渡区.

``place`` arguments are places as ``places.place_of`` gives them (永州市, 昆明市官渡区, 湖南省).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import regex

from gazette_kg.loaders.parse.conventions import data_yaml, parse_yaml
from gazette_kg.loaders.parse.facts.places import LEVELS, Place, level_prefix, parse_place, place_data

ENV_VAR = "GAZETTE_KG_GAZETTEER"
PATTERN_AFTER = (
    40_000  # characters of a place's texts read by lookups (0.17 µs each) before its short-form pattern is compiled (6–9 ms)
)
_DEPARTMENT_TAIL = regex.compile(r"^\p{Han}{2,20}(?:局|委员会|办公室|厅|中心|支队|管理处)$")


@dataclass(frozen=True)
class Agency:
    full: str
    renamed_to: str | None = None
    year: int | None = None


_SPACE = regex.compile(r"\s+")


@lru_cache(maxsize=65536)  # the same ~2,200 level-word forms are normalised for every place
def _normalise(name: str) -> str:
    return _SPACE.sub("", name).replace("(", "（").replace(")", "）")


def trie_pattern(words: Iterable[str]) -> str:
    """A pattern for ``words`` as a trie (市发改委|市发展和改革委员会 → 市发(?:改委|展和改革委员会)):
    where several words match, the longest does, as in an alternation sorted longest first."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(root)


def _render(node: dict) -> str:
    branches = [re.escape(char) + _render(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return ("(?:" + body + ")" if len(branches) == 1 and len(body) > 1 else body) + "?"


class Gazetteer:
    def __init__(self, data: dict) -> None:
        self.places: dict[str, str] = dict(data.get("places") or {})
        self.entries: list[dict] = list(data.get("agencies") or [])
        self.departments: list[dict] = list(data.get("departments") or [])
        self._templated: dict[str | None, dict[str, Agency]] = {}
        self._aliases: dict[str | None, dict[str, Agency]] = {}
        self._looked_up: dict[tuple[str, str | None], Agency | None] = {}
        self._places: dict[str | None, Place] = {}
        self._read_for: dict[str | None, int] = {}  # characters of text read for short forms, by place
        self._candidates: dict[str | None, tuple[frozenset[str], list[int]]] = {}  # first characters and lengths
        self._known: dict[str | None, dict[str, str | None]] = {}  # names → their full name when a short form, by place
        self._forms: tuple[frozenset[str], frozenset[str], frozenset[int]] | None = None
        self._prefixes: dict[str | None, dict[str, list[tuple[str, str]]]] = {}
        self._short_forms: dict[str | None, dict[str, str]] = {}
        self._patterns: dict[str | None, re.Pattern | None] = {}
        self._by_level: dict[str, dict[str, dict]] = {}
        for level in LEVELS:
            table: dict[str, dict] = {}
            for entry in self.departments:
                if level in entry.get("levels", LEVELS):
                    for alias in [entry["full"], *entry.get("aliases", [])]:
                        table.setdefault(_normalise(alias), entry)
            self._by_level[level] = table

    @classmethod
    @cache
    def default(cls) -> Gazetteer:
        data = data_yaml("agencies.yaml")
        places = place_data()
        provinces = {city: province for province, cities in (places.get("provinces") or {}).items() for city in cities}
        data["places"] = provinces | dict(places.get("places") or {})
        extra = os.environ.get(ENV_VAR)
        if extra:
            more = parse_yaml(Path(extra).read_text(encoding="utf-8")) or {}
            data["places"].update(more.get("places") or {})
            for key in ("agencies", "departments"):
                data[key] = list(more.get(key) or []) + data.get(key, [])
        return cls(data)

    def _place(self, place: str | None) -> Place:
        if place not in self._places:
            found = parse_place(place)
            self._places[place] = (
                found if found.province or not found.city else Place(self.places.get(found.city), found.city, found.county)
            )
        return self._places[place]

    def province_of(self, place: str | None) -> str | None:
        """The province of a place, or the place itself when it is a province (a provincial document)."""
        return self._place(place).province

    def _fill(self, template: str, place: str | None) -> str | None:
        found = self._place(place)
        if found.city is None and "{" in template:
            return None
        short = regex.sub(r"(?:市|地区|自治州|州|盟)$", "", found.city or "")
        if "{province}" in template and not found.province:
            return None
        return template.format(city=found.city or "", short=short, province=found.province or "")

    def _templated_for(self, place: str | None) -> dict[str, Agency]:
        if place not in self._templated:
            table: dict[str, Agency] = {}
            for entry in self.entries:
                full = self._fill(entry["full"], place)
                if full is None:
                    continue
                renamed = self._fill(entry["renamed_to"], place) if entry.get("renamed_to") else None
                agency = Agency(full, renamed, entry.get("year"))
                for alias in [entry["full"], *entry.get("aliases", [])]:
                    filled = self._fill(alias, place)
                    if filled:
                        table.setdefault(_normalise(filled), agency)
            self._templated[place] = table
        return self._templated[place]

    def aliases_for(self, place: str | None) -> dict[str, Agency]:
        """Every alias (and full name) known for ``place`` → its agency, level-word forms included."""
        if place not in self._aliases:
            table = dict(self._templated_for(place))
            for word, level in place_data()["levels"].items():
                for alias in self._by_level[level]:
                    agency = self.lookup(word + alias, place)
                    if agency:
                        table.setdefault(word + alias, agency)
            self._aliases[place] = table
        return self._aliases[place]

    def short_forms(self, place: str | None) -> dict[str, str]:
        """The short forms known for ``place`` → full names."""
        if place not in self._short_forms:
            table = self.aliases_for(place)
            self._short_forms[place] = {alias: agency.full for alias, agency in table.items() if alias != agency.full}
        return self._short_forms[place]

    def _level_forms(self) -> tuple[frozenset[str], frozenset[str], frozenset[int]]:
        """Every level word before every department alias of its level (市发改委, 区政府): the names
        ``aliases_for`` looks up for each place; with their first characters and their lengths."""
        if self._forms is None:
            forms = frozenset(word + alias for word, level in place_data()["levels"].items() for alias in self._by_level[level])
            self._forms = forms, frozenset(form[0] for form in forms), frozenset(map(len, forms))
        return self._forms

    def short_form(self, name: str, place: str | None) -> str | None:
        """The full name of ``name`` when it is a short form known for ``place``: ``short_forms(place).get(name)``
        without building that table (a place that sends one document would pay for all of it)."""
        known = self._known.setdefault(place, {})
        if name not in known:
            agency = self._templated_for(place).get(name)
            if agency is None and name in self._level_forms()[0]:
                agency = self.lookup(name, place)
            known[name] = agency.full if agency and agency.full != name else None
        return known[name]

    def short_form_prefixes(self, word: str, place: str | None) -> list[tuple[str, str]]:
        """The short forms known for ``place`` that ``word`` begins with (itself first, longest first, two
        characters at least), each with its full name."""
        prefixes = self._prefixes.setdefault(place, {})
        if word not in prefixes:
            prefixes[word] = [
                (word[:end], full) for end in range(len(word), 1, -1) if (full := self.short_form(word[:end], place))
            ]
        return prefixes[word]

    def short_forms_in(self, text: str, place: str | None) -> list[str]:
        """The short forms known for ``place`` in ``text``, left to right, the longest at each position:
        what ``short_form_pattern(place).findall(text)`` gives. Compiling that pattern of hundreds of
        words takes as long as reading ``PATTERN_AFTER`` characters by lookups where a short form can
        start, and most places send a document or two: the pattern is compiled once a place's texts
        add up to that many characters, and until then the text is read by lookups."""
        self._read_for[place] = self._read_for.get(place, 0) + len(text)
        if self._read_for[place] >= PATTERN_AFTER or place in self._patterns:
            pattern = self.short_form_pattern(place)
            return pattern.findall(text) if pattern else []
        forms, form_starts, form_lengths = self._level_forms()
        templated = self._templated_for(place)  # a short form is one of these or a level form
        if place not in self._candidates:
            self._candidates[place] = (
                form_starts | {name[0] for name in templated},
                sorted(form_lengths | {len(name) for name in templated}, reverse=True),
            )
        starts, lengths = self._candidates[place]
        found: list[str] = []
        position = 0
        while position < len(text):
            if text[position] in starts:
                # the longest first (a slice past the end is shorter: the longest there is)
                word = next(
                    (
                        piece
                        for n in lengths
                        if ((piece := text[position : position + n]) in forms or piece in templated)
                        and self.short_form(piece, place)
                    ),
                    None,
                )
                if word:
                    found.append(word)
                    position += len(word)
                    continue
            position += 1
        return found

    def short_form_pattern(self, place: str | None) -> re.Pattern | None:
        """A pattern finding the short forms known for ``place``, the longest at each position
        (the standard library's ``re`` on a trie of the words: each position is read once, not
        once per word)."""
        if place not in self._patterns:
            words = self.short_forms(place)
            self._patterns[place] = re.compile(trie_pattern(words)) if words else None
        return self._patterns[place]

    def _department(self, entry: dict, government: str) -> Agency:
        def fill(name: str) -> str:
            return name.format(gov=government) if "{gov}" in name else government + name

        renamed = entry.get("renamed_to")
        return Agency(fill(entry["full"]), fill(renamed) if renamed else None, entry.get("year"))

    def lookup(self, name: str, place: str | None) -> Agency | None:
        if (name, place) not in self._looked_up:
            if len(self._looked_up) > 100_000:  # a long load reads many names: keep the memory flat
                self._looked_up.clear()
            self._looked_up[name, place] = self._lookup(_normalise(name), place)
        return self._looked_up[name, place]

    def _lookup(self, key: str, place: str | None) -> Agency | None:
        found = self._templated_for(place).get(key)
        if found:
            return found
        prefixed = level_prefix(key)
        if prefixed is None:
            return None
        word, level, rest = prefixed
        government = self._place(place).government(level)
        if government is None or not government.endswith(word):
            return None  # 州发改委 is no body of 永州市, 县政府 none of a district
        entry = self._by_level[level].get(rest)
        if entry:
            return self._department(entry, government)
        return Agency(government + rest) if _DEPARTMENT_TAIL.match(rest) else None

    def resolve(self, name: str, place: str | None) -> str | None:
        """The full name of the agency written ``name`` in a document of ``place``."""
        agency = self.lookup(name, place)
        return agency.full if agency else None
