"""Parse a gazette issue (or a single document) into the typed model.

``parse_file`` decodes a file and ``parse_text`` runs the stages in order: clean the
lines, read the masthead and table of contents, cut the body into documents, read each
document's instruments and interpretation, extract the facts of each document, check
the result for what a careful reader would flag.
"""

from __future__ import annotations

from pathlib import Path

import regex

from gazette_kg.loaders.inputs.errors import UnreadableInput
from gazette_kg.loaders.inputs.source import read_source
from gazette_kg.loaders.model import Document, IssueMeta, ParsedIssue, ParseWarning, Provenance, TocEntry
from gazette_kg.loaders.parse.checks import check_issue
from gazette_kg.loaders.parse.documents.adopted import find_adopted, with_adopted
from gazette_kg.loaders.parse.documents.docnumber import is_order_number
from gazette_kg.loaders.parse.documents.genres import genre_of, is_interpretation_title
from gazette_kg.loaders.parse.documents.promulgation import promulgated_titles
from gazette_kg.loaders.parse.documents.segment import DocHeader, find_headers
from gazette_kg.loaders.parse.documents.single import read_single
from gazette_kg.loaders.parse.documents.status import stated_status
from gazette_kg.loaders.parse.facts.extractors import extract_facts
from gazette_kg.loaders.parse.facts.places import place_of
from gazette_kg.loaders.parse.layout.clean import clean_lines
from gazette_kg.loaders.parse.layout.masthead import parse_masthead
from gazette_kg.loaders.parse.layout.ruby import without_pinyin
from gazette_kg.loaders.parse.layout.script import fold
from gazette_kg.loaders.parse.layout.toc import parse_toc, title_key
from gazette_kg.loaders.parse.spans import DocumentSpan
from gazette_kg.loaders.parse.structure.instruments import build_instruments
from gazette_kg.loaders.parse.structure.interpretations import find_interpretation, standalone_interpretation

DECREE_GENRE = "令"


class NotAGazette(ValueError):
    """Text in which no gazette document could be found."""


def _toc_entry(toc: list[TocEntry], doc_number: str | None, title: str | None) -> TocEntry | None:
    """The contents entry of a document: by its number, or where the contents list titles only (the State
    Council's gazette and many others) or a decree's order in a short form (省政府令第89号), by its title."""
    by_number = next((entry for entry in toc if doc_number and entry.doc_number == doc_number), None)
    if by_number or not title:
        return by_number
    key = title_key(title)
    return next((e for e in toc if (e.doc_number is None or is_order_number(e.doc_number)) and title_key(e.title) == key), None)


def _promulgates(header: DocHeader) -> list[str]:
    if header.promulgates is not None:
        return header.promulgates
    return promulgated_titles(header.title) if header.title else []


def _document(header: DocHeader, entry: TocEntry | None, clean, content_end: int) -> Document:
    return Document(
        title=header.title,
        doc_number=header.doc_number,
        number=header.number,
        normative_code=header.normative_code or (entry.normative_code if entry else None),
        issuer=header.issuers[0] if header.issuers else None,
        issuers=header.issuers,
        addressees=header.addressees,
        signed_date=header.signed_date,
        section=entry.section if entry else None,
        toc_page=entry.page if entry else None,
        genre=_decree_genre(header.number_text) if header.decree else genre_of(header.title or ""),
        promulgates=_promulgates(header),
        body_line=clean.lines[header.title_index].number,
        end_line=clean.lines[content_end - 1].number
        if content_end > header.title_index
        else clean.lines[header.title_index].number,
        attachments=attachments(clean, header.text_index, header.signature_index or content_end),
        stated_status=header.stated_status or stated_status(clean, header, []),
    )


def _decree_genre(number: str | None) -> str:
    """A decree's genre is its masthead's: 某某人民政府令 (令), 某某常务委员会公告 (公告)."""
    return genre_of(_ORDINAL.sub("", number or "")) or DECREE_GENRE


_ORDINAL = regex.compile(r"(?:[〔\[［(（【][^〔\[［(（【]*)?第?[^第]*号$")  # 〔2010〕第15号, 第28号 after the masthead
_ANNEX_LIST = regex.compile(r"^附件\s*[:：]\s*(?P<first>.*)$")
_ANNEX_ITEM = regex.compile(r"^(?:\d{1,2}\s*[.．、]\s*)(?P<t>.+)$")


def attachments(clean, start: int, stop: int) -> list[str]:
    """Titles listed after 附件： in a document's text (one, or a numbered list)."""
    found: list[str] = []
    for index in range(start, stop):
        match = _ANNEX_LIST.match(clean.lines[index].text)
        if not match:
            continue
        first = match["first"].strip()
        item = _ANNEX_ITEM.match(first)
        if first:
            found.append(item["t"] if item else first)
        for line in clean.lines[index + 1 : stop]:
            if not line.text:
                continue
            item = _ANNEX_ITEM.match(line.text)
            if not item:
                break
            found.append(item["t"])
        break
    return found


def parse_text(text: str, name: str = "<text>", encoding: str = "utf-8") -> ParsedIssue:
    """Parse decoded text: a whole issue or one document, in simplified or traditional characters."""
    folding = fold(without_pinyin(text))
    return folding.unfold(_parse_folded(folding.text, name, encoding))


def _parse_folded(text: str, name: str, encoding: str) -> ParsedIssue:
    clean = clean_lines(text)
    issue = ParsedIssue(seed=name, encoding=encoding, issue=parse_masthead(clean.lines))
    issue.toc, toc_end = parse_toc(clean)
    headers = find_headers(clean, toc_end)
    if not issue.toc and not headers and (adopted := find_adopted(clean)):  # congress decisions, unnumbered
        headers = adopted
    elif not issue.toc and len(headers) <= 1:  # one document, not an issue: read its header as it stands
        single = read_single(clean)
        headers = [single] if single and not _names_the_gazette(single, issue.issue) else []
        if single and is_interpretation_title(single.title or ""):
            _read_interpretation_page(issue, clean, single)
            return issue
    if headers and not headers[0].decree:
        headers = with_adopted(clean, headers)
    if not headers:
        _read_text_without_header(issue, clean)
    for header in headers:
        try:
            _read_document(issue, clean, header)
        except Exception as err:  # one unreadable document must not lose the issue: warn and go on
            issue.warnings.append(
                ParseWarning(
                    "internal-error",
                    f"document at line {clean.lines[header.title_index].number}: {err!r}",
                    clean.lines[header.title_index].number,
                )
            )
    issue.warnings.extend(check_issue(issue, clean))
    return issue


def _names_the_gazette(header: DocHeader, meta: IssueMeta) -> bool:
    """A heading that is the masthead's own name (第1号 某某公报, a contents page's header) is no document."""
    return bool(meta.issue_number and meta.gazette_title and (header.title or "").endswith(meta.gazette_title))


# Fewer Han characters than this, and no document header: nothing for the extractors to read.
MIN_HAN_CHARACTERS = 40
_HAN = regex.compile(r"\p{Han}")


def _read_text_without_header(issue: ParsedIssue, clean) -> None:
    """Text with no document header (a news report of a session, a page fragment): one span for the facts."""
    if sum(len(_HAN.findall(line.text)) for line in clean.lines) < MIN_HAN_CHARACTERS:
        raise NotAGazette("no gazette document found: no document header and too little Chinese text")
    span = DocumentSpan(title="", doc_number=None, issuer=None, city=None, lines=list(clean.lines), raw=clean.raw)
    _add_facts(issue, span)


def _read_interpretation_page(issue: ParsedIssue, clean, header: DocHeader) -> None:
    """A 政策解读 published on its own: the interpretation, and the facts of its text, attributed to the interpreted document."""
    record = standalone_interpretation(
        clean, header.title or "", header.title_index, header.issuers[0] if header.issuers else None
    )
    issue.interpretations.append(record)
    _add_facts(
        issue,
        DocumentSpan(
            title="",
            doc_number=record.interprets,
            issuer=record.agency,
            city=place_of(record.agency),
            lines=list(clean.lines),
            raw=clean.raw,
        ),
    )


def _add_facts(issue: ParsedIssue, span: DocumentSpan) -> None:
    facts = extract_facts(span)
    for name in (
        "personnel_actions",
        "coordination_bodies",
        "abolished_bodies",
        "repeals",
        "citations",
        "responsibilities",
        "warnings",
    ):
        getattr(issue, name).extend(getattr(facts, name))
    known = {a.alias for a in issue.agency_aliases}
    issue.agency_aliases.extend(a for a in facts.agency_aliases if a.alias not in known)


def _read_document(issue: ParsedIssue, clean, header: DocHeader) -> None:
    """One document: its record, instruments, interpretation and facts, added to ``issue``."""
    after = (header.signature_index if header.signature_index is not None else header.text_index) + 1
    interpretation = find_interpretation(clean, after, header.end_index)
    content_end = interpretation[0] if interpretation else header.end_index
    doc = _document(header, _toc_entry(issue.toc, header.doc_number, header.title), clean, content_end)
    issue.documents.append(doc)
    issue.instruments.extend(build_instruments(clean, header, doc, content_end))
    if interpretation:
        record = interpretation[1]
        record.interprets = doc.doc_number
        issue.interpretations.append(record)
    span = DocumentSpan(
        title=doc.title,
        doc_number=doc.doc_number,
        issuer=doc.issuer,
        city=place_of(doc.issuer),
        lines=clean.lines[header.title_index if header.span_start is None else header.span_start : header.end_index],
        interpretation_line=interpretation[1].body_line if interpretation else None,
        raw=clean.raw,
    )
    _add_facts(issue, span)


def parse_file(path: str | Path, source_url: str | None = None) -> ParsedIssue:
    """Parse one file: text, PDF or web page. Raises OSError, ``UnreadableInput`` or ``NotAGazette``."""
    source = read_source(path, source_url)
    issue = parse_text(source.text, source.name, source.encoding)
    issue.source = Provenance(source.kind, source.url, source.locations)
    issue.warnings.extend(ParseWarning("input", note, None) for note in source.notes)
    return issue


def parse_paths(paths: tuple[str, ...], source_url: str | None = None) -> tuple[list[ParsedIssue], list[str]]:
    """Parse every file; return the issues and one error line per file that failed.

    ``source_url`` is where a single file (a saved web page) was fetched from."""
    issues, errors = [], []
    for path in paths:
        if not Path(path).exists():
            errors.append(f"{path}: no such file")
            continue
        try:
            issues.append(parse_file(path, source_url))
        except IsADirectoryError:
            errors.append(f"{path}: is a directory")
        except OSError as err:
            errors.append(f"{path}: cannot read: {err.strerror or err}")
        except UnreadableInput as err:
            errors.append(f"{path}: {err}")
        except NotAGazette as err:
            errors.append(f"{path}: not a gazette: {err}")
    return issues, errors
