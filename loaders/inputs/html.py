"""A government website's page → the text of the document it shows (trafilatura).

trafilatura was chosen by measurement over readability-lxml: on pages built around the
seeds' documents it kept every line of the text (readability lost most of some pages)
and left the site's navigation, breadcrumbs, share bar and footer out (see the README).
The page's title (its ``<h1>``, or ``<title>``) goes first when the article does not
start with it: sites print a document's title above the text, not in it. What little
chrome trafilatura keeps (上一篇/下一篇 links, 打印/关闭, the 发布时间/来源 line) is dropped.
"""

from __future__ import annotations

from configparser import ConfigParser
from functools import cache

import regex
import trafilatura
from trafilatura.settings import use_config

from gazette_kg.loaders.inputs.errors import UnreadableInput

# Fewer Han characters than this in the article: the page holds no document (an index, a search page).
MIN_HAN = 40
_HAN = regex.compile(r"\p{Han}")
_CHROME = regex.compile(r"^\s*(?:上一篇|下一篇|分享到|【?打印(?:本页)?】?\s*【?关闭(?:窗口)?】?|相关链接|扫一扫)"
                        r"|^.{0,10}(?:发布时间|发布日期)[:：].*(?:来源|浏览|字号|点击|阅读)")
_SPACE = regex.compile(r"\s+")


class NoDocument(UnreadableInput):
    """A web page with no document text in it."""


@cache
def _config() -> ConfigParser:
    """trafilatura's settings, but a short article (a one-line appointment) is taken as it is:
    by default under 250 characters it falls back to the whole page, navigation and all."""
    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "20")
    return config


def _title_first(title: str | None, text: str) -> str:
    if not title:
        return text
    head = _SPACE.sub("", "".join(text.split("\n", 3)[:3]))
    return text if _SPACE.sub("", title) in head else f"{title}\n{text}"


def page_text(html: str) -> str:
    """The page's document as lines of text (table rows with their cells tab-separated)."""
    result = trafilatura.bare_extraction(html, include_tables=True, include_comments=False, favor_recall=True,
                                         with_metadata=True, include_images=False, config=_config())
    text = (result.text if result is not None else "") or ""
    lines = [line for line in text.split("\n") if not _CHROME.match(line)]
    text = "\n".join(lines).strip()
    if len(_HAN.findall(text)) < MIN_HAN:
        raise NoDocument("web page with no document in it (only navigation or too little text)")
    return _title_first(result.title if result is not None else None, text)
