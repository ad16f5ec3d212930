"""Warnings a careful reader would raise about a parsed issue."""

from __future__ import annotations

import re
from collections.abc import Iterable

from gazette_kg.loaders.model import ParsedIssue, ParseWarning, Provision
from gazette_kg.loaders.parse.layout.clean import CleanText

_UNREADABLE = re.compile("[\ufffd\ue000-\uf8ff]")  # the standard library scans a class of characters faster


def _toc_against_body(issue: ParsedIssue) -> Iterable[ParseWarning]:
    """Entries the body lacks and documents the contents omit, matched by number, or by title where the contents
    list titles only."""
    body = {d.doc_number for d in issue.documents} | {d.title for d in issue.documents}
    listed = {e.doc_number or e.title for e in issue.toc}
    for entry in issue.toc:
        if (entry.doc_number or entry.title) not in body:
            yield ParseWarning(
                "toc-without-body",
                f"TOC lists {entry.doc_number or '-'} ({entry.title}) but the body does not print it",
                entry.line,
            )
    if issue.toc:
        for doc in issue.documents:
            if doc.doc_number not in listed and doc.title not in listed:
                yield ParseWarning(
                    "body-not-in-toc", f"{doc.doc_number} ({doc.title}) is printed but not listed in the TOC", doc.body_line
                )


def _numbering(provisions: list[Provision], where: str) -> Iterable[ParseWarning]:
    previous: dict[str, int] = {}
    for node in provisions:
        if node.number is not None and node.kind != "paragraph":
            last = previous.get(node.kind)
            if last is not None and node.number == last:
                yield ParseWarning("numbering-repeat", f"{where}: {node.label} repeats the number before it", node.line)
            elif last is not None and node.number > last + 1:
                yield ParseWarning("numbering-gap", f"{where}: {node.label} follows number {last}", node.line)
            previous[node.kind] = node.number
        yield from _numbering(node.children, where)


def _unreadable(clean: CleanText) -> Iterable[ParseWarning]:
    if not _UNREADABLE.search("\n".join(line.text for line in clean.lines)):  # one scan for the usual case: none
        return
    for line in clean.lines:
        bad = _UNREADABLE.findall(line.text)
        if bad:
            yield ParseWarning("unreadable", f"{len(bad)} unreadable character(s)", line.number)


def check_issue(issue: ParsedIssue, clean: CleanText) -> list[ParseWarning]:
    warnings = list(_toc_against_body(issue))
    for instrument in issue.instruments:
        warnings.extend(_numbering(instrument.provisions, instrument.title))
    warnings.extend(_unreadable(clean))
    return warnings
