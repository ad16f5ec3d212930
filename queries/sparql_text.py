"""SPARQL text read just well enough to find ``$name`` placeholders and the query form.

Comments, strings and IRIs are skipped as whole tokens, so a ``$name`` or a keyword inside
them is never taken for one.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

# the tokens a placeholder is never looked for inside (comments, strings, IRIs), then the placeholder
_TOKENS = regex.compile("|".join((
    r"#[^\n]*",
    r'"""(?:[^"\\]|\\.|"(?!""))*"""', r"'''(?:[^'\\]|\\.|'(?!''))*'''",
    r'"(?:[^"\\\n]|\\.)*"', r"'(?:[^'\\\n]|\\.)*'",
    r'<[^<>"{}|^`\\\s]*>',
    r"\$(?P<var>[A-Za-z_][A-Za-z0-9_]*)",
)))
_FORM = regex.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", regex.IGNORECASE)


def _each_token(sparql: str, placeholder: Callable[[str], str], other: Callable[[str], str]) -> str:
    return _TOKENS.sub(lambda m: placeholder(m.group("var")) if m.group("var") else other(m.group(0)), sparql)


def placeholders(sparql: str) -> set[str]:
    """The names of the ``$name`` placeholders in the query's own text."""
    found: set[str] = set()
    _each_token(sparql, lambda name: found.add(name) or "", lambda text: text)
    return found


def substitute(sparql: str, texts: dict[str, str]) -> str:
    """The query with each ``$name`` in ``texts`` replaced, in one pass (inserted text is not scanned again)."""
    return _each_token(sparql, lambda name: texts.get(name, "$" + name), lambda text: text)


def skeleton(sparql: str) -> str:
    """The query with its comments, strings and IRIs blanked out."""
    return _each_token(sparql, lambda name: "$" + name, lambda _text: " ")


def query_form(sparql: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first query-form keyword outside comments, strings and IRIs."""
    found = _FORM.search(skeleton(sparql))
    return found.group(1).upper() if found else None
