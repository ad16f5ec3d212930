"""Provisions that name responsible agencies, kept as written and resolved to full names.

Two ways of writing it cover the gazettes: a labelled list in brackets —
（责任单位：市发改委、市财政局）, （牵头单位：…；配合单位：…） — and a list before 负责 —
市财政局、市税务局等按职责分工负责, as in the cells of a responsibility table. A list
stops at 等 and at the first item that is not the name of a body.
"""

from __future__ import annotations

import regex

from gazette_kg.loaders.parse.facts.gazetteer import Gazetteer
from gazette_kg.loaders.model import AgencyAlias, Responsibility
from gazette_kg.loaders.parse.spans import DocumentSpan, SourceLine

_LABEL = regex.compile(r"[（(\[【]\s*(?P<label>责任单位|责任部门|牵头单位|牵头部门|配合单位|配合部门|责任主体|主办单位|协办单位)\s*[：:]\s*")
_ROLES = {"牵头单位": "lead", "牵头部门": "lead", "配合单位": "cooperate", "配合部门": "cooperate", "协办单位": "cooperate"}
# 负责 closing a list: either qualified (按职责分工负责) or standing at the end of a cell or clause
# (市商务局负责). "X负责拟订…" states a body's duties in general, not a task of this provision.
_RESPONSIBLE = regex.compile(
    r"(?:等[^，。；;\t、负]{0,12}?)?(?:(?:按职责分工|按照职责分工|按职责|分别|共同)负责|负责(?=$|[\t）)。；;，,]))"
)
_AGENCY = regex.compile(
    r"^(?:\p{Han}|[（(][\p{Han}]{1,10}[)）]){2,30}?"
    r"(?:局|委|委员会|办|办公室|厅|部|中心|支行|分行|分局|公司|集团|政府|院|所|会|社|处|站|队|馆|台|团|联|协|区|监管局|海关|办事处)"
    r"(?:[（(]\p{Han}{1,10}[)）])?$"
)
_NOT_AGENCY = regex.compile(r"^(?:以下|其他|其余|有关|相关|上述|各项|全市|我市|负责|加强|推进|落实|实施|做好|按照|由)")
_COLUMN = regex.compile(r"(?:^|\t)(?:责任单位|责任部门|牵头单位|牵头部门|责任主体)(?:\t|$)")
_SPLIT = regex.compile(r"[、，,；;]|会同")
# Lists printed with spaces lose them in cleaning: 市政府金融办市工商局 → two names.
_GLUED = regex.compile(r"(?<=局|委|办|厅|中心|公司|政府|部|室|会|社|行|院)(?=市|省|县|各)")
_CLOSE = {"（": "）", "(": ")", "[": "]", "【": "】"}


def is_agency(token: str, gazetteer: Gazetteer, city: str | None) -> bool:
    if not token or len(token) > 32 or _NOT_AGENCY.match(token):
        return False
    return bool(_AGENCY.match(token)) or gazetteer.lookup(token, city) is not None


def _unglue(items: list[str], gazetteer: Gazetteer, city: str | None) -> list[str]:
    out = []
    for item in items:
        parts = _GLUED.split(item.strip(" \t"))
        if len(parts) > 1 and all(is_agency(p, gazetteer, city) for p in parts):
            out.extend(parts)
        else:
            out.append(item)
    return out


def _take_agencies(items: list[str], gazetteer: Gazetteer, city: str | None) -> list[str]:
    agencies = []
    for item in _unglue(items, gazetteer, city):
        token = item.strip(" \t")
        head = token.split("等")[0] if "等" in token else token
        if not is_agency(head, gazetteer, city):
            break
        agencies.append(head)
        if head != token:
            break  # 等… ends the list
    return agencies


def _bracketed(text: str) -> str:
    """Text up to the bracket that closes the list, keeping nested pairs like 市政府办（金融办）."""
    depth = 0
    for index, char in enumerate(text):
        if char in "（(【":
            depth += 1
        elif char in "）)】]":
            if depth == 0:
                return text[:index]
            depth -= 1
    return text


def _labelled(lines: list[SourceLine], index: int, gazetteer, city, doc_number) -> list[Responsibility]:
    line = lines[index]
    found = []
    for match in _LABEL.finditer(line.text):
        rest = line.text[match.end():]
        if not regex.search(r"[）)\]】]", rest):  # the list wraps onto the next line
            rest += "".join(l.text for l in lines[index + 1 : index + 3] if l.text)[:200]
        items = _SPLIT.split(_bracketed(rest))
        agencies = _take_agencies(items, gazetteer, city)
        if agencies:
            found.append(_record(doc_number, line.number, agencies, gazetteer, city, _ROLES.get(match["label"], "responsible")))
    return found


def _before_responsible(line: SourceLine, gazetteer, city, doc_number) -> list[Responsibility]:
    found = []
    previous_end = 0
    for match in _RESPONSIBLE.finditer(line.text):
        head = line.text[previous_end : match.start()]
        previous_end = match.end()
        # the list starts after the last break; an opening bracket that is never closed is one
        segment = regex.split(r"[\t。；;：:！？\s]|负责|[（(](?![^（()）]*[)）])", head)[-1]
        items = _unglue(_SPLIT.split(segment), gazetteer, city)
        agencies = []
        for item in reversed(items):
            if not is_agency(item, gazetteer, city):
                break
            agencies.insert(0, item)
        if agencies and len(agencies) == len(items):
            found.append(_record(doc_number, line.number, agencies, gazetteer, city, "responsible"))
    return found


def _table_cells(line: SourceLine, gazetteer, city, doc_number) -> list[Responsibility]:
    """Cells of a tab-separated table row that hold nothing but agency names (a 责任单位 column)."""
    found = []
    for cell in line.text.split("\t"):
        cell = cell.strip()
        if not cell or "负责" in cell:
            continue
        items = _unglue(_SPLIT.split(cell), gazetteer, city)
        agencies = _take_agencies(items, gazetteer, city)
        if agencies and len(agencies) == len([i for i in items if i.strip()]) - (1 if "等" in items[-1] and agencies[-1] != items[-1].strip() else 0):
            found.append(_record(doc_number, line.number, agencies, gazetteer, city, "responsible"))
    return found


def _record(doc_number, number, agencies, gazetteer: Gazetteer, city, role) -> Responsibility:
    return Responsibility(doc_number, number, agencies, [gazetteer.resolve(a, city) for a in agencies], role)


def extract_responsibilities(span: DocumentSpan, gazetteer: Gazetteer | None = None) -> list[Responsibility]:
    gazetteer = gazetteer or Gazetteer.default()
    lines = span.lines[: _interpretation_index(span)]
    records: list[Responsibility] = []
    responsibility_table = False  # a table with a 责任单位 column: its agency-only cells count
    for index, line in enumerate(lines):
        if "\t" in line.text and _COLUMN.search(line.text):
            responsibility_table = True
        elif responsibility_table and "\t" in line.text:
            records.extend(_table_cells(line, gazetteer, span.city, span.doc_number))
        if "负责" not in line.text and not _LABEL.search(line.text):
            continue
        labelled = _labelled(lines, index, gazetteer, span.city, span.doc_number)
        records.extend(labelled or _before_responsible(line, gazetteer, span.city, span.doc_number))
    return records


def _interpretation_index(span: DocumentSpan) -> int:
    if span.interpretation_line is None:
        return len(span.lines)
    return next((i for i, l in enumerate(span.lines) if l.number >= span.interpretation_line), len(span.lines))


def aliases_seen(span: DocumentSpan, records: list[Responsibility], gazetteer: Gazetteer | None = None) -> list[AgencyAlias]:
    """Short forms used in the document with their full names (gazetteer entries found in its text)."""
    gazetteer = gazetteer or Gazetteer.default()
    text = span.text()
    seen: dict[str, str] = {}
    for alias, agency in gazetteer.aliases_for(span.city).items():
        if alias != agency.full and alias in text:
            seen.setdefault(alias, agency.full)
    for record in records:
        for alias, full in zip(record.agencies, record.resolved):
            if full and alias != full:
                seen.setdefault(alias, full)
    return [AgencyAlias(alias, full) for alias, full in seen.items()]
