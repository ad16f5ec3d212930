"""Cut an issue's body into documents and read each document's header and signature.

A document in a gazette body is laid out as: title (one or more lines, starting with the
issuing body), the document number on a line of its own, an optional normative-document
registration code (YZCR-2022-01007), the addressees (主送, ending in a colon), the text,
the signature (issuer, then date), then any instruments it promulgates (印发) and any
policy interpretation (解读) printed after it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from gazette_kg.loaders.model import DocNumber, StatedStatus
from gazette_kg.loaders.parse.documents.dates import is_date_line, parse_date
from gazette_kg.loaders.parse.documents.decree import SIGNER, masthead_number, preamble_after, preamble_text
from gazette_kg.loaders.parse.documents.docnumber import DOC_NUMBER_RE, find_doc_numbers, find_orders, number_in_line
from gazette_kg.loaders.parse.documents.statuswords import without_status_tag
from gazette_kg.loaders.parse.layout.clean import CleanText, without_whitespace
from gazette_kg.loaders.parse.layout.toc import NORMATIVE_CODE_RE

ORG_SUFFIX = r"(?:人民政府|政府|办公室|办公厅|委员会|常委会|委|局|厅|部|院|署|办|中心|公司|银行|支行|分局|协会|联合会|小组|指挥部|管委会|管理委员会|总队|支队|大队)"
ISSUER_TITLE = regex.compile(rf"^(?P<issuer>(?:\p{{Han}}{{2,80}}?){ORG_SUFFIX})(?P<rest>(?:关于|印发|转发|批转).+)$")
# a site's column before a title on its page: 政务服务丨某市人民政府关于… (丨 is itself a Han character)
COLUMN_TAG = r"\p{Han}{2,8}\s*[丨｜|]\s*"
_COLUMN_TAG = regex.compile(rf"^{COLUMN_TAG}")
ORG_LINE = regex.compile(rf"^(?:\p{{Han}}|[（()）])+?{ORG_SUFFIX}(?:[（(]\p{{Han}}+[)）])?$")
_SENTENCE_END = regex.compile(r"[。；;：:！？]$")
MAX_TITLE_LINES = 6


@dataclass
class DocHeader:
    title: str | None
    title_index: int  # 0-based index of the first title line (of the document's first line when it has no title)
    number_index: int  # 0-based index of the document-number line
    number: DocNumber | None
    issuers: list[str]
    normative_code: str | None = None
    addressees: list[str] = field(default_factory=list)
    text_index: int = 0  # first line of the document's text, after the addressees
    end_index: int = 0  # exclusive
    signature_index: int | None = None  # the date line under the signature
    signed_date: str | None = None
    number_text: str | None = None  # a number without parts (an order, 〔2019〕第4号), as written
    decree: bool = False  # a 政府令 publishing the 规章 named by the title
    promulgates: list[str] | None = None  # the instruments it issues, where the text names them
    start_rule_text: str | None = None  # text stating when what it publishes takes effect (a decree's preamble)
    stated_start: str | None = None  # a page's 实施日期 field as a rule: when the document itself takes effect
    stated_status: StatedStatus | None = None  # the status a page prints for the document (时效性：已废止, (废止))
    span_start: int | None = None  # first line of the document's text for the fact extractors, if not the title

    @property
    def doc_number(self) -> str | None:
        return self.number.text if self.number else self.number_text


def is_number_line(text: str) -> bool:
    """A line that is a document number alone, in parentheses or not."""
    if len(text) > 60 or ("号" not in text and not text[-1:].isdigit()):  # 号 lost with the bracket: 牟政办发〔201746
        return False
    return number_in_line(text) is not None


def starts_with_number(text: str) -> bool:
    """A line opening with a document number (a database line: 东府办函[2003]248号2003年12月16日…)."""
    match = DOC_NUMBER_RE.match(without_whitespace(text))
    return bool(match) and bool(find_doc_numbers(match.group(0)))


def previous_texts(clean: CleanText, index: int, limit: int) -> list[int]:
    """Indexes of up to ``limit`` non-blank lines before ``index``, nearest first."""
    found = []
    i = index - 1
    while i >= 0 and len(found) < limit:
        if clean.lines[i].text:
            found.append(i)
        i -= 1
    return found


def find_title(clean: CleanText, number_index: int, floor: int) -> tuple[int, str] | None:
    """The title above a number line: the fewest lines that read as issuer + 关于/印发…"""
    candidates = [i for i in previous_texts(clean, number_index, MAX_TITLE_LINES) if i >= floor]
    lines: list[int] = []
    for i in candidates:
        text = clean.lines[i].text
        if is_date_line(text) or _SENTENCE_END.search(text) or is_number_line(text) or starts_with_number(text):
            break
        lines.insert(0, i)
        title = without_status_tag(_COLUMN_TAG.sub("", "".join(clean.lines[j].text for j in lines)))
        if ISSUER_TITLE.match(title):
            return lines[0], title
    if lines and clean.lines[lines[0]].text.startswith(("关于", "印发")):
        return lines[0], without_status_tag("".join(clean.lines[j].text for j in lines))
    return None


_WHITESPACE = regex.compile(r"\s+")


def split_issuers(clean: CleanText, title_index: int, title: str) -> list[str]:
    """Issuers from the title; joint issuers stand apart by spaces in the raw line, or one a line above the rest."""
    match = ISSUER_TITLE.match(title)
    if not match:
        return []
    issuer = match["issuer"]
    orgs: list[str] = []
    for raw in clean.raw[title_index : title_index + 2 * MAX_TITLE_LINES]:  # one line, or one issuer a line
        tokens = [t for t in _WHITESPACE.split(raw.strip()) if t]
        if tokens and not all(ORG_LINE.match(t) for t in tokens):
            for token in tokens:  # 中共某县委办公室 某县人民政府办公室关于印发…: the last issuer opens the title
                if ORG_LINE.match(token):
                    orgs.append(token)
                    continue
                if titled := ISSUER_TITLE.match(token):
                    orgs.append(titled["issuer"])
                break
            break
        orgs += tokens
        if len("".join(orgs)) >= len(issuer):
            break
    if len(orgs) > 1 and "".join(orgs) == issuer:
        return orgs
    return [issuer]


def find_headers(clean: CleanText, body_start: int) -> list[DocHeader]:
    headers: list[DocHeader] = []
    floor = body_start
    for index in range(body_start, len(clean.lines)):
        text = clean.lines[index].text
        if not text:
            continue
        masthead = masthead_number(clean, index)
        if masthead is None and not is_number_line(text):
            continue
        found = None if masthead else find_title(clean, index, floor)
        if found is None:
            header = _decree_header(clean, index, masthead)
            if header is not None:
                headers.append(header)
                floor = index + 1
            continue
        title_index, title = found
        written, number = number_in_line(text) or (None, None)
        headers.append(
            DocHeader(
                title=title,
                title_index=title_index,
                number_index=index,
                number=number,
                issuers=split_issuers(clean, title_index, title),
                number_text=written,
            )
        )
        floor = index + 1
    for header, following in zip(headers, headers[1:] + [None]):
        header.end_index = following.title_index if following else len(clean.lines)
        read_preamble(clean, header)
        _read_signature(clean, header)
    return headers


def _decree_header(clean: CleanText, index: int, masthead: tuple[int, str] | None) -> DocHeader | None:
    """A 政府令 in an issue: masthead and number, then a preamble naming the 规章 it publishes."""
    number = masthead[1] if masthead else (number_in_line(clean.lines[index].text) or (None, None))[0]
    orders = find_orders(number or "")
    preamble = preamble_after(clean, index)
    if not orders or orders[0][0] != number or preamble is None:
        return None
    title = preamble[1]
    return DocHeader(
        title=title,
        title_index=masthead[0] if masthead else index,
        number_index=index,
        number=None,
        issuers=[number.split("令")[0]],
        number_text=number,
        decree=True,
        promulgates=[title],
        start_rule_text=preamble_text(clean, preamble[0]),
    )


_ENDS_WITH_COLON = regex.compile(r"[：:]$")
_ADDRESSEE_BREAK = regex.compile(r"[，,、；;]")


def read_preamble(clean: CleanText, header: DocHeader) -> None:
    """Normative code and addressees after the number line."""
    i = header.number_index + 1
    texts = [j for j in range(i, min(header.end_index, i + 12)) if clean.lines[j].text]
    position = 0
    if texts and NORMATIVE_CODE_RE.fullmatch(clean.lines[texts[0]].text.replace(" ", "")):
        header.normative_code = clean.lines[texts[0]].text.replace(" ", "")
        position = 1
    header.text_index = texts[position] if position < len(texts) else header.number_index + 1
    gathered = ""
    for j in texts[position : position + 3]:
        gathered += clean.lines[j].text
        if _ENDS_WITH_COLON.search(gathered) and len(gathered) < 200:
            header.addressees = [a for a in _ADDRESSEE_BREAK.split(gathered[:-1]) if a]
            header.text_index = j + 1
            return
        if _SENTENCE_END.search(gathered):
            return


def _read_signature(clean: CleanText, header: DocHeader) -> None:
    """The first date line under an issuer line closes the document proper."""
    for j in range(header.text_index, header.end_index):
        text = clean.lines[j].text
        if not text or not is_date_line(text):
            continue
        before = previous_texts(clean, j, 1)
        if before and (ORG_LINE.match(clean.lines[before[0]].text.replace(" ", "")) or SIGNER.match(clean.lines[before[0]].text)):
            header.signature_index = j
            header.signed_date = parse_date(text)
            return
