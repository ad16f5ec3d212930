"""The status a page prints for its document: what a law database or a government site says of it.

A database prints it in a field above the text (时效性：现行有效, 效力状态：已废止, with 废止日期 beside it:
``layout/pagefields``), a site's list as a tag on the title ((失效)某某通知, …办法(废止), …规定【已废止】), a page
or a gazette as a note (本文件已于2020年5月1日废止; 该规定已被《某某决定》废止). The words and the status each
states are data (``data/status_words.txt``, read by ``statuswords``). The title keeps no tag (``single._untagged``,
and ``segment.find_title`` for a gazette's title over its number); the status is kept here, a fact of the document.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import regex

from gazette_kg.loaders.model import StatedStatus
from gazette_kg.loaders.parse.documents.dates import parse_date
from gazette_kg.loaders.parse.documents.genres import genre_table
from gazette_kg.loaders.parse.documents.segment import MAX_TITLE_LINES, DocHeader
from gazette_kg.loaders.parse.documents.statuswords import status_of, status_pattern, status_words, title_tag
from gazette_kg.loaders.parse.layout.clean import CleanText
from gazette_kg.loaders.parse.layout.pagefields import PageField

OUT_OF_FORCE = {"repealed", "expired"}  # statuses that end the document
MAX_NOTE = 120  # a note is a short line, not a paragraph of the text


@cache
def _note() -> regex.Pattern:
    """A note of the page on its own document: 本文件已于2020年5月1日废止, （该办法已被《…》废止）, 注：此规定已宣布失效.
    The document is named by 文件 or its genre's word (not 此前已废止的…, 该证书已失效)."""
    genres = "|".join(regex.escape(g) for g in sorted(genre_table(), key=len, reverse=True))
    return regex.compile(
        rf"^[（(【\[]?\s*(?:(?:注|说明|备注)\s*[】\]:：]?\s*)?(?:本|该|此)(?:规范性)?(?:文件|{genres})已(?:经)?\s*"
        r"(?:于\s*(?P<date>[^，,。；;]{6,16}?日)\s*)?(?:被\s*(?P<by>《[^》]{2,100}》)\s*)?"
        rf"(?P<words>{status_pattern()})"
    )


def stated_status(clean: CleanText, header: DocHeader, fields: list[PageField]) -> StatedStatus | None:
    """The status printed for the document ``header`` heads: its page's field, a tag on its title or a note, the
    first that says one; a note that puts it out of force too gives the date and the repealing title the field or
    tag does not ((失效) on the title, 本文件已于2018年6月30日废止 under it)."""
    note = _from_note(clean, header)
    found = _from_fields(clean, fields) or _from_title(clean, header) or note
    if found is None or note is None or found is note or {found.status, note.status} - OUT_OF_FORCE:
        return found
    return replace(found, date=found.date or note.date, by=found.by or note.by)


def _from_fields(clean: CleanText, fields: list[PageField]) -> StatedStatus | None:
    """A database's status field (时效性：已废止), dated by its 废止日期 field where it ends the document."""
    for found in fields:
        if found.field == "status" and (status := status_of(found.value)):
            ended = next((parse_date(f.value) for f in fields if f.field == "ended" and parse_date(f.value)), None)
            date = ended if status[0] in OUT_OF_FORCE else None
            return StatedStatus(status[0], status[1], clean.lines[found.index].number, date)
    return None


def _from_title(clean: CleanText, header: DocHeader) -> StatedStatus | None:
    """A status tag before or after the title, on the lines the title stands on."""
    if not header.title:
        return None
    stop = min(len(clean.lines), header.title_index + 2 * MAX_TITLE_LINES)
    for index in range(header.title_index, stop):  # the title's lines, down to the one it ends on
        text = clean.lines[index].text
        if tag := title_tag().search(text):
            return StatedStatus(status_words()[tag["words"]], tag["words"], clean.lines[index].number)
        if text and header.title.endswith(text):
            break
    return None


def _from_note(clean: CleanText, header: DocHeader) -> StatedStatus | None:
    """The first note in the document's lines on the document itself (本文件已于…废止)."""
    end = header.end_index or len(clean.lines)
    for line in clean.lines[header.title_index : end]:
        if len(line.text) > MAX_NOTE or not (note := _note().match(line.text)):
            continue
        return StatedStatus(
            status_words()[note["words"]],
            note["words"],
            line.number,
            parse_date(note["date"]) if note["date"] else None,
            note["by"][1:-1] if note["by"] else None,
        )
    return None
