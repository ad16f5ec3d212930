"""A government website's page → the text of the document it shows (trafilatura).

trafilatura was chosen by measurement over readability-lxml: on pages built around the
seeds' documents it kept every line of the text (readability lost most of some pages)
and left the site's navigation, breadcrumbs, share bar and footer out (see the README).
The page's title (its ``<h1>``, or ``<title>``) goes first when the article does not
start with it: sites print a document's title above the text, not in it. What little
chrome trafilatura keeps (上一篇/下一篇 links, 打印/关闭, the 发布时间/来源 line) is dropped.

Before extraction the page is put in the shape trafilatura reads well, whatever content
system made it: tables that lay out the page (大汉/Hanweb) become blocks, so their cell's
paragraphs stay apart; lists and tables of links (navigation, 相关文件) go; the catalogue
of 信息公开 pages (索引号 | … | 发文字号 | …) becomes one ``label：value`` line a field, empty
fields left out; ``<center>`` is a block (the extractor drops it, text and all); a paragraph repeated on the page (责任单位：… under each task) is marked so
that the extractor keeps every copy. The title is the page's ArticleTitle or ``<h1>``,
else its ``<title>`` without the site's name. Paragraphs come out a blank line apart, as
from a PDF.
"""

from __future__ import annotations

from collections import Counter
from configparser import ConfigParser
from functools import cache

import lxml.etree
import lxml.html
import regex
import trafilatura
from trafilatura.settings import use_config

from gazette_kg.loaders.inputs.errors import UnreadableInput
from gazette_kg.loaders.inputs.webprint import without_file_list
from gazette_kg.loaders.parse.layout.pagefields import field_labels

# Fewer Han characters than this in the article: the page holds no document (an index, a search page).
MIN_HAN = 40
_HAN = regex.compile(r"\p{Han}")
_CHROME = regex.compile(
    r"^\s*(?:上一篇|下一篇|分享到|【?打印(?:本页)?】?\s*【?关闭(?:窗口)?】?|相关(?:链接|文件|阅读|新闻|信息)\s*$|扫一扫|责任编辑[:：])"
    r"|^.{0,10}(?:发布时间|发布日期)[:：].*(?:来源|浏览|字号|点击|阅读)"
)
_SPACE = regex.compile(r"\s+")
_SITE_SUFFIX = regex.compile(r"\s*(?:[_|｜]|\s[-—–]\s).*$")
_BLOCKS = "./p | ./div | ./h1 | ./h2 | ./h3 | ./ul | ./ol | ./*/p | ./*/div"
LAYOUT_BLOCKS = 3  # a table cell holding this many paragraphs or blocks lays out a page
MIN_TITLE_HAN = 4
MIN_LINKS, LINKED_SHARE = 3, 0.7  # a list of at least this many links, this share of its text linked, is navigation
_FIELD_LINE = regex.compile(r"^\s*(?:[-•]\s*)?(?:\p{Han}[\s\u3000]*){2,8}[:：]")
_REPEAT_MARK, _REPEAT_BASE = "\U000f0000", 0xF0000  # private-use characters no page holds
_REPEAT = regex.compile("\U000f0000[\U000f0001-\U000ffffd]")
_LABEL = regex.compile(r"^\s*(?:\p{Han}[\s\u3000]*){2,8}[:：]\s*$")  # a catalogue's label: 发文字号：, 索 引 号：


class NoDocument(UnreadableInput):
    """A web page with no document text in it."""


@cache
def _config() -> ConfigParser:
    """trafilatura's settings, but a short article (a one-line appointment) is taken as it is:
    by default under 250 characters it falls back to the whole page, navigation and all."""
    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "20")
    return config


def _heads(title: str, lines: str) -> bool:
    """Do ``lines`` (joined, spaces out) print ``title`` as the document's heading: the title alone, or with
    its number in brackets after it (标题(某政发〔2024〕5号)); not a database's row that opens with it
    (标题 国函〔1996〕38号 国务院 1996年5月31日 |)."""
    return lines == title or lines.startswith(title) and lines[len(title)] in "(（〔[［"


def _title_first(title: str | None, text: str) -> str:
    if not title:
        return text
    lines = [_SPACE.sub("", line) for line in text.split("\n") if not _FIELD_LINE.match(line)][:3]  # 标题：… is no heading
    title = _SPACE.sub("", title)
    printed = any(
        _heads(title, "".join(lines[start:end])) or "".join(lines[: start + 1]).endswith(title)
        for start in range(len(lines))
        for end in range(start + 1, len(lines) + 1)
    )  # on lines of its own (broken over them), or carried after the number: (失效)某政发〔2017〕14号 标题
    return text if printed else f"{title}\n{text}"


def _unwrap_layout_tables(tree: lxml.html.HtmlElement) -> None:
    """Tables that lay out the page (a cell holding another table, or paragraphs or ``<br>``-broken lines) become
    plain blocks: an extractor reads a table's cell as one line, and would run the document's
    paragraphs together. Tables of data (cells of short text) stay tables."""
    for table in reversed(tree.xpath("//table")):  # innermost first
        if not table.xpath(".//table | .//p | .//div | .//br"):  # cells of plain text: data, and quick to tell
            continue
        rows = table.xpath("./tr | ./*/tr")
        cells = [cell for row in rows for cell in row.xpath("./td | ./th")]
        if any(
            cell.xpath(".//table") or len(cell.xpath(_BLOCKS)) >= LAYOUT_BLOCKS or len(cell.xpath(".//br")) >= LAYOUT_BLOCKS
            for cell in cells
        ):
            for element in [table, *table.xpath("./thead | ./tbody | ./tfoot"), *rows, *cells]:
                element.tag = "div"


def _is_label(cell: lxml.html.HtmlElement) -> bool:
    """A catalogue's label: short and ending in a colon, or one of the labels sites print (索 引 号)."""
    text = cell.text_content()
    return bool(_LABEL.match(text)) or _SPACE.sub("", text) in field_labels()


def _catalogue_as_fields(tree: lxml.html.HtmlElement) -> None:
    """The site's catalogue of the document (索引号, 发文机关, 成文日期, 发文字号 …) as one
    ``label：value`` paragraph a field, in place: in a table, label and value cells alternate
    along each row; in a list, an item is a label and its value. A field the site left
    empty goes, lest the line under it be read as its value."""
    for table in tree.xpath("//table"):
        rows = [row.xpath("./td | ./th") for row in table.xpath("./tr | ./*/tr")]
        if not rows or not all(row and _is_label(row[0]) for row in rows):
            continue
        block = lxml.html.Element("div")
        for row in rows:
            labels = [cell for cell in row if _is_label(cell)]
            for label in labels:
                value = label.getnext()
                text = _SPACE.sub(" ", value.text_content()).strip() if value is not None and not _is_label(value) else ""
                if text:
                    paragraph = lxml.html.Element("p")
                    paragraph.text = f"{_SPACE.sub('', label.text_content()).rstrip(':：')}：{text}"
                    block.append(paragraph)
        block.tail = table.tail
        table.getparent().replace(table, block)
    for item in tree.xpath("//li"):
        if _LABEL.match(item.text_content()):
            item.getparent().remove(item)


def _drop_link_lists(tree: lxml.html.HtmlElement) -> None:
    """Lists and tables that are links and little else: a navigation bar, 相关链接/相关文件."""
    for block in tree.xpath("//ul | //ol | //table | //tr"):
        text = _SPACE.sub("", block.text_content())
        linked = sum(len(_SPACE.sub("", link.text_content())) for link in block.xpath(".//a"))
        if len(block.xpath(".//a")) >= MIN_LINKS and linked >= LINKED_SHARE * len(text) and block.getparent() is not None:
            block.getparent().remove(block)


def _mark_repeats(tree: lxml.html.HtmlElement) -> None:
    """A paragraph whose text recurs on the page (时限要求：持续推进, 责任单位：市建设局, under
    each task) gets an invisible mark of its own: the extractor keeps one of identical blocks."""
    seen: Counter[str] = Counter()
    for element in tree.xpath("//p | //li | //td | //th | //h1 | //h2 | //h3 | //h4"):
        text = _SPACE.sub("", element.text_content())
        if not text:
            continue
        seen[text] += 1
        if seen[text] > 1:
            last = element if not len(element) else element[-1]
            mark = _REPEAT_MARK + chr(_REPEAT_BASE + seen[text])
            if last is element:
                element.text = (element.text or "") + mark
            else:
                last.tail = (last.tail or "") + mark


def _page_title(tree: lxml.html.HtmlElement) -> str | None:
    """The document's title as the page states it: its ArticleTitle, its ``<h1>``, or its
    ``<title>`` without the site's name after it (标题_某市人民政府, 标题 - 某市人民政府)."""
    for found in (tree.xpath("//meta[@name='ArticleTitle']/@content"), tree.xpath("//h1//text()")):
        text = _SPACE.sub("", "".join(found[:1] if found and isinstance(found[0], str) and len(found) == 1 else found))
        if len(_HAN.findall(text)) >= MIN_TITLE_HAN:
            return text
    title = tree.findtext(".//title") or ""
    return _SITE_SUFFIX.sub("", title).strip() or None


def page_text(html: str) -> str:
    """The page's document as lines of text (table rows with their cells tab-separated)."""
    try:
        tree = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        tree = None
    if tree is not None:
        for centred in tree.iter("center"):  # the old centring tag, which the extractor drops with its text
            centred.tag = "div"
        _drop_link_lists(tree)
        _unwrap_layout_tables(tree)
        _catalogue_as_fields(tree)
        _mark_repeats(tree)
        html = lxml.html.tostring(tree, encoding="unicode")
    result = trafilatura.bare_extraction(
        html,
        include_tables=True,
        include_comments=False,
        favor_recall=True,
        with_metadata=True,
        include_images=False,
        config=_config(),
    )
    text = _REPEAT.sub("", (result.text if result is not None else "") or "")
    lines = [line.strip(" \t\xa0\u3000") for line in text.split("\n") if not _CHROME.match(line)]  # &nbsp; indents go
    lines = without_file_list(lines)
    text = "\n".join(lines).strip()
    if len(_HAN.findall(text)) < MIN_HAN:
        raise NoDocument("web page with no document in it (only navigation or too little text)")
    title = _page_title(tree) if tree is not None else None
    text = _title_first(title or (result.title if result is not None else None), text)
    return "\n\n".join(text.split("\n"))  # a blank line between paragraphs, as the PDF adapter and extractors write
