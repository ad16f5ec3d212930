"""Places of governments: the chain of levels in an issuer's name, and the government a
level word names.

An issuer such as 昆明市官渡区人民政府 names its place as a chain — the city 昆明市, the
district 官渡区 — and short forms in its documents are relative to it: 区发改局 is the
district's, 市发改委 the city's, 省政府 the province's. Level words and the endings of place
names are data (``data/places.yaml``); no place is named in the code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from gazette_kg.loaders.parse.conventions import data_yaml

LEVELS = ("province", "city", "county")


@dataclass(frozen=True)
class Place:
    """A government's place, level by level; ``county`` is the district or county as written after the city."""

    province: str | None = None
    city: str | None = None
    county: str | None = None

    def government(self, level: str) -> str | None:
        """The place of the government at ``level``: 昆明市官渡区 for the county level of 昆明市官渡区."""
        if level == "county":
            return (self.city or "") + self.county if self.county else None
        return self.province if level == "province" else self.city


@cache
def place_data() -> dict:
    return data_yaml("places.yaml")


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _segment(first: bool) -> regex.Pattern:
    """A place name: a stem (two characters at least after the first place: 城市管理局 is no 城+市) and an ending."""
    data = place_data()
    endings = _alternation(sorted({e for es in data["place_endings"].values() for e in es}))
    inner = _alternation(data["also_in_names"])
    return regex.compile(rf"\p{{Han}}{{{1 if first else 2},8}}?(?:(?:{inner})(?={endings}))?(?P<end>{endings})")


def _level_of(ending: str, after: str | None) -> str | None:
    """The level of a segment ending in ``ending`` that follows a segment of level ``after``."""
    endings = place_data()["place_endings"]
    below = LEVELS[LEVELS.index(after) + 1 :] if after else LEVELS
    return next((level for level in below if ending in endings[level]), None)


@lru_cache(maxsize=8192)
def parse_place(name: str | None) -> Place:
    """The chain of places at the start of ``name`` (an issuer, or a place as place_of gives it)."""
    if not name:
        return Place()
    text = name.removeprefix("中共")
    found: dict[str, str] = {}
    position, level = 0, None
    while level != "county":
        match = _segment(not found).match(text, position)
        if not match:
            break
        level = _level_of(match["end"], level)
        if level is None:
            break
        found[level] = match[0]
        position = match.end()
    return Place(**found)


def place_of(issuer: str | None) -> str | None:
    """The government's place from an issuer name: 永州市人民政府 → 永州市, 昆明市官渡区人民政府 → 昆明市官渡区."""
    place = parse_place(issuer)
    chain = "".join(p for p in (place.province, place.city, place.county) if p)
    return chain or None


@cache
def _level_words() -> regex.Pattern:
    return regex.compile(rf"^(?P<word>{_alternation(list(place_data()['levels']))})")


@cache
def _not_level_prefixed() -> tuple[str, ...]:
    return tuple(place_data()["not_level_prefixed"])


@lru_cache(maxsize=65536)  # the gazetteer asks the same ~2,200 names for every place
def level_prefix(name: str) -> tuple[str, str, str] | None:
    """(word, level, rest) of a name written with a level word in front: 区发改局 → ("区", "county", "发改局")."""
    match = _level_words().match(name)
    if not match or name.startswith(
        _not_level_prefixed()
    ):  # one call for every word: the gazetteer asks thousands of names a place
        return None
    return match["word"], place_data()["levels"][match["word"]], name[match.end() :]


@cache
def _mention() -> regex.Pattern:
    """A place named at the start of a title in 《》, or before a government word (云南省人民政府)."""
    words = _alternation(place_data()["government_words"])
    return regex.compile(rf"《(?P<title>\p{{Han}}{{2,30}})|(?P<before>\p{{Han}}{{2,20}}?)(?={words})")


@cache
def _source_line() -> regex.Pattern:
    labels = _alternation(place_data()["source_labels"])
    return regex.compile(rf"(?:^|[\s\[【])(?:{labels})[\]】]?\s*[:：]?\s*(?P<source>\p{{Han}}{{2,30}})")


@cache
def _source_labels() -> regex.Pattern:
    return regex.compile(_alternation(place_data()["source_labels"]))


_SIGNATURE_WEIGHT = 5


@cache
def _government_name_rest() -> regex.Pattern:
    return regex.compile(rf"(?:{_alternation(place_data()['government_words'])})(?:办公室|办公厅)?\s*$")


def _is_name_line(line: str, match: regex.Match) -> bool:
    """Whether ``line`` holds nothing but the government's name ``match`` begins: 某某区人民政府办公室."""
    return bool(match["before"]) and match.start() == 0 and bool(_government_name_rest().match(line, match.end()))


def with_city(place: str | None, lines: list[str]) -> str | None:
    """A district or county named without its city, with the city the masthead or another line at
    the top names it under (…市…区人民政府文件 over a document of the district's government)."""
    if not place or not parse_place(place).county or parse_place(place).city:
        return place
    for line in lines[:12]:
        for match in _mention().finditer(line):
            chain = _place_ending(match["before"]) if match["before"] else None
            if chain and chain.endswith(place) and parse_place(chain).city:
                return chain
    return place


def _depth(place: str) -> tuple[int, int]:
    """How local a place is: its lowest level, then how many levels it names (昆明市官渡区 before 官渡区)."""
    names = [bool(name) for name in (parse_place(place).province, parse_place(place).city, parse_place(place).county)]
    return max(i for i, named in enumerate(names) if named), sum(names)


def _place_ending(text: str) -> str | None:
    """The place chain that ends ``text``, with the most levels and then the shortest:
    根据云南省 → 云南省, 会议在昆明市官渡区 → 昆明市官渡区. Its first name has two characters
    before the ending at least (含区 is no place)."""
    chains = [text[start:] for start in range(len(text) - 2) if place_of(text[start:]) == text[start:]]
    return max((c for c in chains if len(_first_name(c)) >= 3), key=lambda c: (_depth(c), -len(c)), default=None)


def _first_name(chain: str) -> str:
    found = parse_place(chain)
    return next(name for name in (found.province, found.city, found.county) if name)


def place_in_text(title: str, lines: list[str]) -> str | None:
    """The place of a document that names no issuer: from its title (昆明市官渡区人民政府关于…),
    its source line (信息来源:官渡区人民政府), or else the place it names most often before a
    government word or at the start of a title in 《》 (the most local one on a tie)."""
    sources = (m["source"] for line in lines[:12] if (m := _source_line().search(line)))
    for source in (title, *sources):
        if place := place_of(source):
            return place
    counts: dict[str, int] = {}
    for line in lines:
        line = _source_labels().sub(" ", line)  # 发布机构区人民政府: no place 机构区
        for match in _mention().finditer(line):
            place = place_of(match["title"]) if match["title"] else _place_ending(match["before"])
            if place:  # a line that is a government's name (a signature, a masthead) outweighs passing mentions
                counts[place] = counts.get(place, 0) + (_SIGNATURE_WEIGHT if _is_name_line(line, match) else 1)
    return max(counts, key=lambda p: (counts[p], _depth(p)), default=None)
