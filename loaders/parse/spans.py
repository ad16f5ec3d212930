"""Spans of source text handed from the segmenter to the fact extractors.

The segmenter (``segment.py``) cuts an issue into documents; each extractor
(personnel, bodies, citations, …) receives one ``DocumentSpan`` and returns model
records. Lines keep their 1-based number in the source file.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)  # not frozen: a frozen dataclass's __init__ is 3× slower, and every line of every file makes one
class SourceLine:
    number: int  # 1-based line number in the decoded source file
    text: str  # cleaned: running heads, page numbers and markup removed, spaces inside Chinese text dropped


@dataclass
class DocumentSpan:
    title: str
    doc_number: str | None
    issuer: str | None
    city: str | None  # the issuing government's place name (永州市, 岳阳市, 湖南省), for resolving 市/省 prefixes
    lines: list[SourceLine] = field(default_factory=list)  # body lines, title line first
    interpretation_line: int | None = None  # where a policy interpretation printed after it starts
    raw: list[str] | None = None  # the file's lines with their spaces (李 健, 张三 李四), by line number - 1

    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)
