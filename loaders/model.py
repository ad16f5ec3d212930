"""The typed model of a parsed gazette issue.

This is the contract between the parser (text → model) and everything downstream
(model → RDF, JSON output). ``ParsedIssue.to_dict()`` gives the JSON document that
``gazette-kg parse --json`` prints: the keys of ``../shared/gold/SCHEMA.md`` plus extras
(provision trees, line spans, addressees, warnings). Line numbers are 1-based lines of
the decoded source file; every fact keeps the line it was read from so that the graph
can say "stated in issue X, line N".
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any


@dataclass
class DocNumber:
    """A 发文字号 such as 永政办发〔2022〕11号, split into its parts."""

    text: str  # normalised: 〔〕 brackets, ends in 号
    issuer_code: str  # 永政办发
    year: int
    serial: int


@dataclass
class TocEntry:
    section: str | None  # heading without 【】, e.g. 市政府办文件
    title: str
    doc_number: str | None
    normative_code: str | None
    page: int | None
    line: int


@dataclass
class IssueMeta:
    gazette_title: str | None = None
    year: int | None = None
    issue_number: str | None = None  # "7-8", "2"
    cumulative_number: str | None = None  # "156-157"
    publication_date: str | None = None  # ISO
    supervisor: str | None = None  # 主管
    sponsor: str | None = None  # 主办


@dataclass
class Provision:
    """One node of an instrument's structure tree.

    ``kind`` is one of chapter (第X章), section (第X节), article (第X条), paragraph (款),
    item (项, （一）), and the outline levels outline1 (一、), outline2 (（一）),
    outline3 (1.), outline4 (（1）).
    """

    kind: str
    label: str  # as written: 第三条, 一、, （二）, 1.
    number: int | None
    heading: str | None  # text of a heading line (第一章 总则 → 总则), else None
    text: str
    line: int
    children: list[Provision] = field(default_factory=list)


@dataclass
class Instrument:
    """A promulgated instrument (办法, 细则, 方案…) or a stand-alone opinion with structure."""

    title: str
    promulgated_by: str | None  # doc_number of the document that issues it
    line: int
    chapters: int | None = 0  # None for an instrument named but not printed in the text
    articles: int | None = 0
    top_items: int | None = 0
    effective: str | None = None  # start rule as written: 发布之日 / 公布之日 / ISO date
    expiry: str | None = None  # 有效期: "5年" / "两年" / ISO date
    effective_date: str | None = None  # ISO, resolved from the start rule where possible
    expiry_date: str | None = None  # ISO, resolved from expiry where possible
    provisions: list[Provision] = field(default_factory=list)


@dataclass
class StatedStatus:
    """The status a page prints for its document: a database's field (时效性：已废止), a tag on the title
    ((废止), 【已废止】) or a note (本文件已于2020年5月1日废止)."""

    status: str  # in_force | repealed | expired | amended | partly_expired | not_yet_in_force
    as_written: str  # the words as printed: 现行有效, 已废止, 失效
    line: int
    date: str | None = None  # ISO, where the page gives it (废止日期, 已于…废止)
    by: str | None = None  # the title of the document that repealed it, where the page names it (已被《…》废止)


@dataclass
class Document:
    title: str | None  # null where the text does not print it (a page that starts at the number)
    doc_number: str | None
    number: DocNumber | None
    normative_code: str | None
    issuer: str | None  # the first issuer; joint issuers in ``issuers``
    issuers: list[str]
    addressees: list[str]  # 主送
    signed_date: str | None
    section: str | None
    toc_page: int | None
    genre: str | None
    promulgates: list[str]
    body_line: int
    end_line: int
    attachments: list[str] = field(default_factory=list)
    stated_status: StatedStatus | None = None  # the status the page prints, where it does


@dataclass
class Interpretation:
    agency: str | None
    interprets: str | None  # doc_number
    title: str | None
    body_line: int


@dataclass
class PersonnelAction:
    doc_number: str | None
    person: str
    action: str  # appoint | remove | confirm | second | concurrent | remove_concurrent
    post: str
    probation: bool
    term: str | None
    line: int
    organisation: str | None = None  # the unit the post belongs to, where it can be told


@dataclass
class Leader:
    person: str
    role: str  # 组长, 常务副组长, 副组长, 主任, 召集人, 指挥长, …


@dataclass
class CoordinationBody:
    name: str
    doc_number: str | None
    annex: int | None
    leaders: list[Leader]
    office_at: str | None  # the unit hosting the body's office (办公室设在…)
    line: int
    status: str | None = None  # kept | merged | abolished | renamed | new, where the document says
    merged_into: str | None = None
    leader_posts: dict[str, str] = field(default_factory=dict)  # leader → own post as printed (市长), where given


@dataclass
class Repeal:
    by: str | None  # doc_number of the repealing document
    repealed_title: str | None
    repealed_doc_number: str | None
    line: int


@dataclass
class AbolishedBody:
    name: str
    by: str | None
    line: int


@dataclass
class Citation:
    in_: str | None  # serialised as "in"
    cited_doc_number: str
    cited_title: str | None
    line: int


@dataclass
class Responsibility:
    doc_number: str | None
    line: int
    agencies: list[str]  # as written
    resolved: list[str | None] = field(default_factory=list)  # full names from the gazetteer
    roles: list[str] = field(default_factory=list)  # per agency: responsible | lead (牵头) | cooperate (配合)


@dataclass
class AgencyAlias:
    alias: str
    full: str


@dataclass
class ParseWarning:
    code: str  # toc-without-body, body-not-in-toc, numbering-gap, count-mismatch, unreadable, …
    message: str
    line: int | None


@dataclass
class Provenance:
    """Where the parsed text came from: the file's form, its URL, and for a PDF where each line stood."""

    kind: str = "text"  # text | pdf | html
    url: str | None = None
    locations: list[tuple[int, int]] = field(default_factory=list)  # PDF: (page, line on the page) of text line i+1


@dataclass
class ParsedIssue:
    seed: str  # file name
    encoding: str
    issue: IssueMeta
    toc: list[TocEntry] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    instruments: list[Instrument] = field(default_factory=list)
    interpretations: list[Interpretation] = field(default_factory=list)
    personnel_actions: list[PersonnelAction] = field(default_factory=list)
    coordination_bodies: list[CoordinationBody] = field(default_factory=list)
    repeals: list[Repeal] = field(default_factory=list)
    abolished_bodies: list[AbolishedBody] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    responsibilities: list[Responsibility] = field(default_factory=list)
    agency_aliases: list[AgencyAlias] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    source: Provenance = field(default_factory=Provenance)

    def to_dict(self) -> dict[str, Any]:
        """The JSON document of SCHEMA.md (``Citation.in_`` becomes ``in``)."""
        data = _as_data(self)
        data["citations"] = [{("in" if k == "in_" else k): v for k, v in c.items()} for c in data["citations"]]
        return data


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _as_data(value: Any) -> Any:
    """``dataclasses.asdict``, without its deep copy of every string and number (they cannot change):
    on a whole issue that copy was most of its time."""
    if hasattr(type(value), "__dataclass_fields__"):
        return {name: _as_data(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, list):
        return [_as_data(item) for item in value]
    if isinstance(value, tuple):
        return tuple(_as_data(item) for item in value)
    if isinstance(value, dict):
        return {key: _as_data(item) for key, item in value.items()}
    return value
