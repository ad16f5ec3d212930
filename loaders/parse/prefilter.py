"""Cheap tests that spare the extractors most of their pattern matching.

Most lines of a document hold none of the words an extractor looks for. A class of a few
characters that every such word holds (``key_characters``) is scanned in one pass of the
standard library's ``re``, and only the lines it finds are matched with the full pattern.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable


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
