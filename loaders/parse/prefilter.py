"""Cheap tests that spare the extractors most of their pattern matching.

Most lines of a document hold none of the words an extractor looks for. A class of a few
characters that every such word holds (``key_characters``) is scanned in one pass of the
standard library's ``re``, and only the lines it finds are matched with the full pattern.
``line_indexes`` finds such lines in a whole text at once, so the lines without one cost no
Python at all.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

import regex


def key_characters(words: Iterable[str]) -> str:
    """Characters such that every word holds at least one: few, picked greedily by how many words each covers."""
    left = [set(word) for word in words]
    chosen = []
    while left:
        best = Counter(char for word in left for char in sorted(word)).most_common(1)[0][0]
        chosen.append(best)
        left = [word for word in left if best not in word]
    return "".join(chosen)


def any_of(words: Iterable[str]) -> re.Pattern:
    """A pattern that finds a key character of ``words``: text it does not match holds none of them."""
    return re.compile("[" + "".join(re.escape(char) for char in key_characters(words)) + "]")


def line_indexes(pattern: re.Pattern | regex.Pattern, text: str) -> list[int]:
    """Indexes of the lines of ``text`` (split at ``\\n``) in which ``pattern`` starts a match, in
    order: one scan of the whole text, which jumps to the next line after a find, instead of a
    search (and a Python loop step) per line."""
    found: list[int] = []
    line, position = 0, 0  # the line that starts at ``position``
    while (match := pattern.search(text, position)) is not None:
        line += text.count("\n", position, match.start())
        found.append(line)
        position = text.find("\n", match.start()) + 1
        if not position:
            break
        line += 1
    return found
