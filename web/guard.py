"""What the public endpoint refuses before a query runs: updates and federation (SERVICE).

The text is checked with comments, strings and IRIs blanked out, so a keyword inside a
literal (a title that mentions INSERT) is not mistaken for one in the query.
"""

from __future__ import annotations

import regex

_STRINGS = regex.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')
_IRIS = regex.compile(r"<[^<>\"{}|^`\\\s]*>")
_COMMENTS = regex.compile(r"#[^\n]*")
_UPDATE = regex.compile(r"\b(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)\b(?!\s*\()", regex.IGNORECASE)
_SERVICE = regex.compile(r"\bSERVICE\b", regex.IGNORECASE)


class Refused(ValueError):
    """A request the read-only endpoint does not serve; ``status`` is the HTTP status."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def skeleton(query: str) -> str:
    """The query with IRIs, strings and comments blanked (order matters: IRIs may hold '#')."""
    without_iris = _IRIS.sub("<>", query)
    without_strings = _STRINGS.sub('""', without_iris)
    return _COMMENTS.sub("", without_strings)


def check_query(query: str) -> None:
    bare = skeleton(query)
    if _UPDATE.search(bare):
        raise Refused("this endpoint is read-only: SPARQL Update is not accepted", 403)
    if _SERVICE.search(bare):
        raise Refused("SERVICE (federated query to other endpoints) is not allowed on this endpoint", 400)
