"""Transformations of gazette text that must not change what it says (for the metamorphic tests).

Each takes the text (and a random source or a parameter) and returns the transformed
text; ``rename_government`` also gives the same change for the expected facts.
"""

from __future__ import annotations

import random

import regex

FULL_TO_ASCII = {"（": "(", "）": ")", "：": ":", "，": ",", "；": ";", "！": "!", "？": "?"}
# (city, the short form that begins its document numbers)
GOVERNMENTS = [("岳阳", "岳"), ("常德", "常"), ("衡阳", "衡"), ("郴州", "郴"), ("邵阳", "邵")]
_MARKDOWN = regex.compile(r"^(?:#{1,6}\s+|-\s+)|\*\*")
_TITLE = regex.compile(r"^\p{Han}{4,}关于.+的(?:通知|决定|意见|通报|批复|报告)$")


def punctuation_to_ascii(text: str, marks: str) -> str:
    """The full-width marks in ``marks`` written in ASCII, as many sites and OCR give them."""
    return text.translate(str.maketrans({m: FULL_TO_ASCII[m] for m in marks}))


def rename_government(text: str, city: str, short: str) -> str:
    """Yongzhou's names and document-number prefixes as another city's (永州→岳阳, 永政→岳政)."""
    return text.replace("永州", city).replace("永政", short + "政")


def rewrap(text: str, width: int) -> str:
    """Every line longer than ``width`` characters broken at that width (a PDF's hard line breaks)."""
    out: list[str] = []
    for line in text.split("\n"):
        out.extend(line[i : i + width] for i in range(0, len(line), width)) if len(line) > width else out.append(line)
    return "\n".join(out)


def without_markdown(text: str) -> str:
    """Headings, bullets and bold marks taken out."""
    return "\n".join(_MARKDOWN.sub("", line) for line in text.split("\n"))


def with_markdown(text: str) -> str:
    """Titles as Markdown headings, numbered items as bullets, as another extractor writes them."""
    lines = []
    for line in text.split("\n"):
        if _TITLE.match(line.strip()):
            line = "## " + line
        elif regex.match(r"^[一二三四五六七八九十]+、", line):
            line = "**" + line + "**"
        lines.append(line)
    return "\n".join(lines)


def with_page_furniture(text: str, every: int, rnd: random.Random) -> str:
    """A page number and a running head between the lines every ``every`` lines, as a PDF's pages leave them."""
    heads = [next(line.strip() for line in text.split("\n") if line.strip()), "发布政令 公开政务 指导工作 服务社会"]
    out: list[str] = []
    for number, line in enumerate(text.split("\n"), start=1):
        out.append(line)
        if number % every == 0:
            page = number // every
            out += ["", f"— {page} —" if rnd.random() < 0.5 else str(page), "", heads[page % 2], ""]
    return "\n".join(out)
