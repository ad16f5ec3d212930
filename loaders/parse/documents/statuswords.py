"""The words a page prints for its document's status (``data/status_words.txt``): 现行有效, 已废止, 失效…

Read in a field's value (时效性：已废止), in a tag on a title ((失效)…, …【已废止】) or in a note; the title keeps
no tag. Apart from ``status`` (which reads the document's status) so that the readers of titles and fields use them.
"""

from __future__ import annotations

from functools import cache

import regex

from gazette_kg.loaders.parse.conventions import data_rows


@cache
def status_words() -> dict[str, str]:
    """Printed words → status (in_force, repealed, expired, amended, partly_expired, not_yet_in_force)."""
    return {words: status for words, status in data_rows("status_words.txt")}


@cache
def status_pattern() -> str:
    """The status words as a regex alternation, longest first."""
    return "|".join(regex.escape(w) for w in sorted(status_words(), key=len, reverse=True))


def status_of(value: str) -> tuple[str, str] | None:
    """(status, words) of a field's value that starts with status words (已废止, 现行有效；2020年修正 is 现行有效)."""
    match = regex.match(rf"\s*(?:{status_pattern()})", value)
    return (status_words()[match[0].strip()], match[0].strip()) if match else None


@cache
def title_tag() -> regex.Pattern:
    """A status tag before or after a title: (失效), （已废止）, 【废止】, [部分失效], with a year or not ((2019年废止))."""
    tag = rf"[（(【\[［]\s*(?:(?:19|20)\d\d\s*年?)?\s*(?P<words>{status_pattern()})\s*[)）】\]］]"
    return regex.compile(rf"^\s*{tag}|{tag}\s*$")


def without_status_tag(title: str) -> str:
    """A title less a status tag before or after it: …的通知（废止） → …的通知."""
    return title_tag().sub("", title).strip()
