"""Text in traditional characters (繁体字) read by the same conventions, its facts given back as written.

Many sites still serve documents in traditional script (號 發 辦 關於): every pattern of
the parser is written in simplified characters. A text written mostly in traditional
characters is folded character by character to simplified (``loaders/data/traditional.txt``),
so lines and offsets stay as they were, and parsed; then every string of the result is
turned back into the characters the text used for it: the very characters where the
string stands in the text as it is, else character by character, where the text wrote
a simplified character (nearly) always the same way. Names of the vocabulary (a genre) stay simplified.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, fields, is_dataclass
from functools import cache
from typing import Any

from gazette_kg.loaders.parse.conventions import data_rows

MIN_TRADITIONAL = 5  # characters: fewer, and the text is not written in traditional script
MOSTLY = 0.5  # share of a character's occurrences to exceed, written one way, for it to be given back that way
VOCABULARY = frozenset({"genre"})  # fields whose values are terms of the model, not words of the text


@cache
def _table() -> dict[str, str]:
    return {row[0]: row[1] for row in data_rows("traditional.txt")}


@cache
def _simplified_only() -> frozenset[str]:
    return frozenset(_table().values()) - frozenset(_table())


@dataclass(frozen=True)
class Folding:
    text: str  # the text to parse
    written: str  # the text as written
    back: dict[str, str]  # simplified character → the traditional one the text wrote for it

    def _string(self, value: str) -> str:
        if not self.back:
            return value
        at = self.text.find(value) if value else -1
        if at >= 0:
            return self.written[at : at + len(value)]
        return "".join(self.back.get(char, char) for char in value)

    def unfold(self, value: Any) -> Any:
        """``value`` (a string, or a record holding strings) in the text's own characters; records change in place."""
        if not self.back:  # a text in simplified characters: nothing to give back
            return value
        if isinstance(value, str):
            return self._string(value)
        if isinstance(value, list):
            return [self.unfold(item) for item in value]
        if isinstance(value, dict):
            return {self.unfold(key): self.unfold(item) for key, item in value.items()}
        if is_dataclass(value) and not isinstance(value, type):
            for field in fields(value):
                if field.name not in VOCABULARY:
                    setattr(value, field.name, self.unfold(getattr(value, field.name)))
        return value


def _mostly(written: Counter[str]) -> str | None:
    """The way the text writes a character, if it writes it one way more than ``MOSTLY`` of the times (a
    line in the other script, such as a 版记 added in simplified characters, does not outvote it)."""
    char, count = written.most_common(1)[0]
    return char if count > MOSTLY * sum(written.values()) else None


@cache
def _any_of(chars: frozenset[str]) -> re.Pattern:
    """A class of ``chars``: counting its matches is one scan of the text in C, not a loop over its characters."""
    return re.compile("[" + "".join(re.escape(char) for char in sorted(chars)) + "]")


def fold(text: str) -> Folding:
    """``text`` folded to simplified characters where it is written in traditional ones."""
    table = _table()
    traditional = len(_any_of(frozenset(table)).findall(text))
    if traditional < MIN_TRADITIONAL or traditional <= len(_any_of(_simplified_only()).findall(text)):
        return Folding(text, text, {})
    origins: dict[str, Counter[str]] = defaultdict(Counter)
    for char, count in Counter(text).items():
        origins[table.get(char, char)][char] = count
    back = {simple: _mostly(written) for simple, written in origins.items()}
    back = {simple: char for simple, char in back.items() if char and char != simple}
    return Folding(text.translate(str.maketrans(table)), text, back)
