"""Provisions that name responsible agencies, each agency with its role (lead 牵头, responsible
责任, cooperate 配合), kept as written and resolved to full names.

Documents write it in three ways; the markers are data (``data/responsibilities.yaml``):

- a label before a list: （责任单位：市发改委、市财政局）, （牵头单位：A、B，责任单位：C、D）,
  （牵头单位：…；配合单位：…）, or a line of its own in a task list, 牵头单位:A、B;
- a role word after a list: （A、B牵头，C、D配合落实）, （A负责落实）, (X工作)由A牵头, and in running
  text or table cells 市财政局、市税务局等按职责分工负责. "X负责拟订…" states a body's duties
  in general, not a task of this provision: the word must close its clause;
- a table with 责任单位 / 牵头单位 / 配合单位 columns, whose cells hold nothing but names.

One record per list (a bracket, a labelled line, a clause, a cell), lead units first. A note
such as (第一责任单位为牵头单位,下同) makes the first unit of each later list its lead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import islice

import regex

from gazette_kg.loaders.model import Responsibility
from gazette_kg.loaders.parse.facts.gazetteer import Gazetteer
from gazette_kg.loaders.parse.facts.units import Units, markers, without_notes
from gazette_kg.loaders.parse.prefilter import any_of
from gazette_kg.loaders.parse.spans import DocumentSpan, SourceLine

_OPEN, _CLOSE = "（(【[", "）)】]"
_OPENING, _CLOSING = regex.escape(_OPEN), regex.escape(_CLOSE)  # for character classes
_BRACKETS = re.compile(f"[{re.escape(_OPEN + _CLOSE)}]")  # the standard library: a class of four marks, scanned faster
_ET_CETERA = regex.compile(r"等[^、，,；;]{0,12}$")
# 由A负责, and the task before it (党政工作由A负责, 其后勤工作分别由A和B负责): the units are what 由 introduces
# (not the 由 of 自由, 理由)
_SUBJECT = regex.compile(r"^.*(?<![自理缘])由")


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Columns:
    """The header of a table with a 责任单位 column: the role of each labelled column."""

    roles: dict[int, str]
    width: int

    @classmethod
    def of(cls, header: str) -> _Columns:
        cells = [cell.strip() for cell in header.split("\t")]
        labels = markers()["labels"]
        return cls({index: labels[cell] for index, cell in enumerate(cells) if cell in labels}, len(cells))

    def role(self, index: int, width: int) -> str:
        """The role of a cell, where the row has the header's columns (rows broken across pages do not)."""
        return self.roles.get(index, "responsible") if width == self.width else "responsible"


@dataclass(frozen=True)
class _Patterns:
    label_start: regex.Pattern  # a label opening a list: 责任单位：
    clause: regex.Pattern
    label_after_sentence: regex.Pattern  # …。责任单位：A
    marker: re.Pattern  # a line worth reading (words only: the standard library finds them faster)
    hint: re.Pattern  # a key character of the markers: a line without one is not worth reading
    clause_break: regex.Pattern
    verb_end: regex.Pattern  # a role word closing a clause: …牵头
    verb_in_text: regex.Pattern  # a role word closing a clause in running text
    verb_hint: re.Pattern  # a key character of the role words
    qualifier_role: regex.Pattern  # 市发改委（牵头）
    column: regex.Pattern  # a table header cell
    label_word: re.Pattern  # a label anywhere: a header cell holds one
    first_is_lead: regex.Pattern


@cache
def _patterns() -> _Patterns:
    data = markers()
    labels, verbs = _alternation(data["labels"]), _alternation(data["verbs"])
    return _Patterns(
        label_start=regex.compile(rf"^\s*(?P<label>{labels})\s*[：:]\s*"),
        # clauses of a bracket: at a stop, after a role word (A牵头、B配合), before a label (A责任单位：B)
        clause=regex.compile(rf"[，,；;。]|(?<={verbs})、|(?=(?:{labels})\s*[：:])"),
        label_after_sentence=regex.compile(rf"(?<=[。；;])\s*(?P<label>{labels})\s*[：:]\s*"),
        marker=re.compile("|".join(map(re.escape, sorted([*data["labels"], *data["verbs"]], key=len, reverse=True)))),
        hint=any_of([*data["labels"], *data["verbs"]]),
        # where a list before a role word starts: a stop, a role word, an opening bracket never closed
        clause_break=regex.compile(rf"[\t。；;，,：:！？\s]|{verbs}|[{_OPENING}](?![^{_OPENING}{_CLOSING}]*[{_CLOSING}])"),
        verb_end=regex.compile(rf"(?P<verb>{verbs})$"),
        verb_in_text=regex.compile(rf"(?P<verb>{verbs})(?=$|[\t{_CLOSING}。；;，,])"),
        verb_hint=any_of(data["verbs"]),
        qualifier_role=regex.compile(rf"[（(](?P<word>{labels}|{verbs})[)）]$"),
        column=regex.compile(rf"(?:^|\t)\s*(?:{labels})\s*(?:\t|$)"),
        label_word=re.compile("|".join(map(re.escape, data["labels"]))),
        first_is_lead=regex.compile(data["first_is_lead"]),
    )


class _Reader:
    """Reads the lists of one document, resolving names for its place."""

    def __init__(self, span: DocumentSpan, gazetteer: Gazetteer) -> None:
        self.span, self.gazetteer, self.place = span, gazetteer, span.city
        self.units = Units(gazetteer, span.city)
        self.first_is_lead = False

    def record(self, line: int, units: list[tuple[str, str]]) -> Responsibility:
        units = sorted(units, key=lambda unit: unit[1] != "lead")
        agencies = [name for name, _ in units]
        return Responsibility(
            self.span.doc_number,
            line,
            agencies,
            [self.gazetteer.resolve(a, self.place) for a in agencies],
            [role for _, role in units],
        )

    def _names(self, text: str, complete: bool) -> list[str]:
        """The names a clause lists: all of it (``complete``, before a role word) or its head (after a label)."""
        if complete:
            text = _ET_CETERA.sub("", text.strip(" \t"))
            text = _SUBJECT.sub("", text) if "由" in text else text
        names, whole, _ = self.units.agency_list(text)
        return names if whole or not complete else []

    def _with_role(self, names: list[str], role: str, labelled: bool) -> list[tuple[str, str]]:
        units = []
        for position, name in enumerate(names):
            qualifier = _patterns().qualifier_role.search(name) if name[-1:] in ")）" else None
            if qualifier:
                name = name[: qualifier.start()]
                unit_role = markers()["labels"].get(qualifier["word"]) or markers()["verbs"][qualifier["word"]]
            elif labelled and role == "responsible" and position == 0 and self.first_is_lead:
                unit_role = "lead"
            else:
                unit_role = role
            units.append((name, unit_role))
        return units

    def region(self, text: str) -> list[tuple[str, str]]:
        """The units of a bracket or a labelled line, clause by clause: 牵头单位：A、B，责任单位：C."""
        units: list[tuple[str, str]] = []
        role: str | None = None  # the role of the label whose list runs on
        held: list[str] = []  # names of a list cut at 等部门, that the next clause's role word closes
        for clause in _patterns().clause.split(without_notes(text)):
            label = _patterns().label_start.match(clause)
            if label:
                role, clause = markers()["labels"][label["label"]], clause[label.end() :]
            verb = _patterns().verb_end.search(clause.strip(" \t"))
            names = self._names(clause.strip(" \t")[: verb.start()], complete=True) if verb else []
            if names:
                units += self._with_role(held + names, markers()["verbs"][verb["verb"]], labelled=False)
                role, held = None, []
            elif role:
                names = self._names(clause, complete=False)
                units += self._with_role(names, role, labelled=True)
                if not names:
                    role = None
            else:  # （A牵头，B、C等部门，D配合）: the list of B、C goes on after its 等
                held = self._names(clause, complete=True) if _ET_CETERA.search(clause) else []
        return units

    def led_by_the_first(self, text: str) -> list[tuple[str, str]]:
        """A bracket of names alone with the note that the first leads: (A,B,C,排名第一位为牵头单位,下同)."""
        note = _patterns().first_is_lead.search(text)
        if not note:
            return []
        names = text[: note.start()].strip(" ,，、；;")
        listed, whole, _ = self.units.agency_list(names.replace(",", "、").replace("，", "、"))
        if not listed or not whole:
            return []
        return [(name, "lead" if position == 0 else "responsible") for position, name in enumerate(listed)]

    def running_text(self, text: str) -> list[list[tuple[str, str]]]:
        """Lists before a role word in running text or a cell: 市财政局、市税务局等按职责分工负责."""
        found = []
        start = 0
        for match in _patterns().verb_in_text.finditer(text) if _patterns().verb_hint.search(text) else ():
            head = text[start : match.start()]
            start = match.end()
            clause = _patterns().clause_break.split(head)[-1]
            names = self._names(clause, complete=True)
            if names:
                found.append(self._with_role(names, markers()["verbs"][match["verb"]], labelled=False))
        return found

    def table_cells(self, line: SourceLine, columns: _Columns) -> list[Responsibility]:
        """Cells of a table row that hold nothing but names (a 责任单位 column); roles by column where rows align."""
        found = []
        cells = line.text.split("\t")
        for index, cell in enumerate(cells):
            cell = without_notes(cell).strip()
            if not cell or _patterns().verb_hint.search(cell) and _patterns().verb_in_text.search(cell):
                continue
            names, whole, items = self.units.agency_list(cell)
            if names and (whole or len(names) == len(items) - 1 or "等" in items[-1] and len(names) == len(items)):
                role = columns.role(index, len(cells))
                found.append(self.record(line.number, self._with_role(names, role, labelled=True)))
        return found


def _bracket_end(text: str, start: int) -> int | None:
    """The index just after the bracket that closes the one opening at ``start`` (None: not closed)."""
    depth = 0
    for match in _BRACKETS.finditer(text, start):
        depth += 1 if match[0] in _OPEN else -1
        if depth == 0:
            return match.end()
    return None


def _bracketed(lines: list[SourceLine], index: int, start: int) -> tuple[str, int]:
    """The text inside the bracket opening at ``start`` of line ``index`` (a list may wrap onto
    the next lines), and where the bracket ends on this line."""
    text = lines[index].text
    end = _bracket_end(text, start)
    if end is not None:
        return text[start + 1 : end - 1], end
    following = islice((l.text for l in lines[index + 1 :] if l.text), 2)
    opened = text[start:] + "".join(following)[:200]
    close = _bracket_end(opened, 0)
    return opened[1 : close - 1] if close else opened[1:], len(text)


def _label_after_sentence(text: str) -> regex.Match | None:
    """A label after a sentence of running text (…。责任单位：A), not one inside a bracket (（A；责任单位：B）)."""
    if "。" not in text and "；" not in text and ";" not in text:  # no stop for a label to follow
        return None
    for match in _patterns().label_after_sentence.finditer(text):
        before = text[: match.start()]
        if sum(before.count(mark) for mark in _OPEN) <= sum(before.count(mark) for mark in _CLOSE):
            return match
    return None


def _line_records(reader: _Reader, lines: list[SourceLine], index: int) -> list[Responsibility]:
    """The lists of one line: a labelled list, brackets, then running text and cells."""
    text = lines[index].text
    lists: list[list[tuple[str, str]]] = []
    label = _patterns().label_start.match(text) or _label_after_sentence(text)
    if label:
        lists.append(reader.region(text[label.start() :]))  # 牵头单位:A、B to the end of the line
        text = text[: label.start()]
    rest, position = "", 0
    for opening in _BRACKETS.finditer(text):
        if opening.start() < position or opening[0] not in _OPEN:
            continue
        content, end = _bracketed(lines, index, opening.start())
        if not _patterns().marker.search(content):
            continue  # a note, or a qualifier of a name: 市金融办(金融委)
        lists.append(reader.region(content) or reader.led_by_the_first(content))
        rest += text[position : opening.start()] + "。"
        position = end
    rest += text[position:]
    for cell in rest.split("\t"):
        lists.extend(reader.running_text(cell))
    return [reader.record(lines[index].number, units) for units in lists if units]


def extract_responsibilities(span: DocumentSpan, gazetteer: Gazetteer | None = None) -> list[Responsibility]:
    reader = _Reader(span, gazetteer or Gazetteer.default())
    lines = span.lines[: _interpretation_index(span)]
    records: list[Responsibility] = []
    columns: _Columns | None = None  # a table with a 责任单位 column: its agency-only cells count
    label = ""  # a label on a line of its own (责任单位：), its list on the next line
    for index, line in enumerate(lines):
        if "\t" in line.text and _patterns().label_word.search(line.text) and _patterns().column.search(line.text):
            columns = _Columns.of(line.text)
            continue
        if columns and "\t" in line.text:
            records.extend(reader.table_cells(line, columns))
        if label and line.text.strip():
            units = reader.region(label + line.text)
            records.extend([reader.record(line.number, units)] if units else [])
            label = ""
            continue
        if not _patterns().hint.search(line.text):
            continue  # neither a label nor a role word
        alone = _patterns().label_start.match(line.text)
        if alone and not line.text[alone.end() :].strip():
            label = alone[0]
        elif _patterns().marker.search(line.text):
            reader.first_is_lead = reader.first_is_lead or bool(_patterns().first_is_lead.search(line.text))
            records.extend(_line_records(reader, lines, index))
    return records


def _interpretation_index(span: DocumentSpan) -> int:
    if span.interpretation_line is None:
        return len(span.lines)
    return next((i for i, l in enumerate(span.lines) if l.number >= span.interpretation_line), len(span.lines))
