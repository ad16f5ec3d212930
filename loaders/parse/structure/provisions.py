"""An instrument's structure as a tree: 章/节/条/款 and the outline levels 一、（一）1.（1）.

Each line of the instrument's text is either a heading that opens a node (第三章,
第十条, 二、, （三）, 4., （5）) or running text that belongs to the node above it.
Nodes nest by rank: a chapter holds sections and articles; an article holds its
paragraphs (款) and items (项); an outline item holds the lower outline levels.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import cn2an
import regex

from gazette_kg.loaders.model import Provision
from gazette_kg.loaders.parse.spans import SourceLine

_HAN_NUM = r"[一二三四五六七八九十百零〇两]+"
_ARTICLE_NUM = rf"(?:{_HAN_NUM}|\d{{1,3}})"  # 第十条, and 第10条 in older and ministry rules
# kind, rank (lower = higher in the tree), pattern with the label in group "label"
LEVELS: tuple[tuple[str, int, regex.Pattern], ...] = (
    ("chapter", 0, regex.compile(rf"^(?P<label>第(?P<n>{_HAN_NUM})章)\s*(?P<rest>.*)$")),
    ("section", 1, regex.compile(rf"^(?P<label>第(?P<n>{_HAN_NUM})节)\s*(?P<rest>.*)$")),
    ("article", 2, regex.compile(rf"^(?P<label>第(?P<n>{_ARTICLE_NUM})条)\s*(?P<rest>.*)$")),
    ("outline1", 3, regex.compile(rf"^(?P<label>(?P<n>{_HAN_NUM})[、，,．.])\s*(?P<rest>.*)$")),
    ("outline2", 4, regex.compile(rf"^(?P<label>[（(](?P<n>{_HAN_NUM})[)）])[、，]?\s*(?P<rest>.*)$")),
    ("outline3", 5, regex.compile(r"^(?P<label>(?P<n>\d{1,2})[.．、](?!\d))\s*(?P<rest>.*)$")),
    ("outline4", 6, regex.compile(r"^(?P<label>[（(](?P<n>\d{1,2})[)）])\s*(?P<rest>.*)$")),
)
_HEADING_ONLY = regex.compile(r"^[^。；;，,：:]{1,30}$")
# The levels a line can open, by its first character: most lines open none and are not matched at all.
_BY_FIRST = {"第": LEVELS[:3], "（": (LEVELS[4], LEVELS[6]), "(": (LEVELS[4], LEVELS[6])} | dict.fromkeys(
    "一二三四五六七八九十百零〇两", (LEVELS[3],)
)


def _levels_for(first: str) -> tuple[tuple[str, int, regex.Pattern], ...]:
    return _BY_FIRST.get(first) or ((LEVELS[5],) if first.isdigit() else ())


@lru_cache(maxsize=4096)
def _number(text: str) -> int | None:
    try:
        return int(text) if text.isdigit() else int(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError):
        return None


# A decision amending a rule names the rule's articles (第九条修改为：…, 第十三条后增加一条作为第十四条,
# 第十条第四项修改为): an amendment, not an article of the decision.
_AMENDMENT = regex.compile(
    rf"^(?:第{_ARTICLE_NUM}[款项])*(?:修改为|改为|中的|中增加|后增加|增加(?:一|两|二|三)[款项条]|删去|删除|作为第)"
)


def classify(text: str) -> tuple[str, int, str, int | None, str] | None:
    """(kind, rank, label, number, rest) when ``text`` opens a provision."""
    for kind, rank, pattern in _levels_for(text[:1]):
        match = pattern.match(text)
        if match:
            if kind == "article" and _AMENDMENT.match(match["rest"]):
                return None
            return kind, rank, match["label"], _number(match["n"]), match["rest"]
    return None


def build_tree(lines: Iterable[SourceLine]) -> list[Provision]:
    """The provision tree of an instrument's lines (title line excluded)."""
    roots: list[Provision] = []
    stack: list[tuple[int, Provision]] = []
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        found = classify(text)
        if found is None:
            if stack:
                _append_text(stack, text, line.number)
            continue
        kind, rank, label, number, rest = found
        heading = rest if kind in ("chapter", "section") or (rest and _HEADING_ONLY.match(rest)) else None
        node = Provision(kind=kind, label=label, number=number, heading=heading, text=rest, line=line.number)
        while stack and stack[-1][0] >= rank:
            stack.pop()
        (stack[-1][1].children if stack else roots).append(node)
        stack.append((rank, node))
    return roots


def _append_text(stack: list[tuple[int, Provision]], text: str, number: int) -> None:
    """Running text: a new paragraph (款) of an article, else more text of the open node."""
    rank, node = stack[-1]
    if node.kind == "article" or (node.kind == "paragraph"):
        article = node if node.kind == "article" else stack[-2][1]
        if not node.text and node.kind == "article":
            node.text = text
            return
        paragraph = Provision("paragraph", f"第{len(article.children) + 2}款", len(article.children) + 2, None, text, number)
        article.children.append(paragraph)
        return
    node.text = f"{node.text}{text}" if node.text else text


def walk(provisions: list[Provision]) -> Iterable[Provision]:
    for node in provisions:
        yield node
        yield from walk(node.children)


def top_level_items(provisions: list[Provision]) -> int:
    """Distinct top-level outline items (一、二、…), those under chapters too (a 工作规则 numbers its
    items through 第一章, 第二章 …); repeated numbers count once."""
    return len({p.number for p in outline_items(provisions)})


def outline_items(provisions: list[Provision]) -> list[Provision]:
    """The top-level outline items (一、二、…), within chapters and sections where the text has them."""
    return [p for p in _outline_top(provisions) if p.kind == "outline1"]


def _outline_top(provisions: list[Provision]) -> list[Provision]:
    """The nodes at the top of the outline: chapters and sections give way to what they hold."""
    return [node for p in provisions for node in (_outline_top(p.children) if p.kind in _DIVISIONS else [p])]


_DIVISIONS = ("chapter", "section")


def counts(provisions: list[Provision]) -> tuple[int, int, int]:
    """(chapters, articles, top_items) as the gold schema counts them. Chapters count once by number:
    a 目录 above the text lists the chapters it then opens (第一章 总则 … 第八章 附则, 第一章 总则)."""
    nodes = list(walk(provisions))
    chapters = len({p.number if p.number is not None else p.label for p in nodes if p.kind == "chapter"})
    articles = sum(1 for p in nodes if p.kind == "article")
    return chapters, articles, 0 if articles else top_level_items(provisions)
