"""A government site's page printed to PDF (the way users save one): the site around the
document goes, as the web adapter leaves it out of a saved page.

Such a PDF is told by its footer (网站标识码, ICP备, 公网安备). What stands above the
last breadcrumb or navigation bar (当前位置：首页 > …, 首页>政务公开>…, 首页 | 政务公开 | …) among the first paragraphs is the site's header and
navigation, and the 字体：大 中 小 switch is the site's; from the share bar, 责任编辑, the print and close links, 上一篇/下一篇, the related links
or the footer on, the rest is the site's too. A list of the page's files after the document
(附件： then 某某通知.doc) is the site's download links, in a saved page as in a printed one.
"""

from __future__ import annotations

from typing import TypeVar

import regex

from gazette_kg.loaders.inputs.pdf import PdfPage

T = TypeVar("T")

HEAD = 20  # the breadcrumb stands among this many first paragraphs
_FILE_LIST_HEAD = regex.compile(r"^\s*(?:相关)?附件(?:下载)?\s*[:：]?\s*$")
_FILE_NAME = regex.compile(r"\.(?:docx?|pdf|xlsx?|wps|et|ofd|zip|rar|7z)\s*$", regex.IGNORECASE)
_SITE_MARK = regex.compile(r"网站标识码|ICP备|ICP证|公网安备")
_BREADCRUMB = regex.compile(r"^\s*(?:(?:您)?(?:当前|所在)(?:的)?位置\s*[:：]|首页\s*(?:>|＞|»|›|/|->|\|))")
_FONT_SIZE = regex.compile(r"[【\[]?\s*字[体号]\s*[:：]\s*[【\[]?\s*大\s*中\s*小")  # 【字体：大 中 小】
_AFTER = regex.compile(
    r"^\s*(?:分享(?:到)?\s*[:：]|责任编辑|[【\[]?\s*打印(?:本页|此页)?\s*[】\]]?\s*[【\[]?\s*关闭(?:窗口|本页)?|[【\[]\s*关闭"
    r"|上一篇|下一篇|相关(?:链接|文件|阅读|新闻|信息)\s*$|扫一扫|关于我们|网站地图|主办单位|网站标识码)"
)


def without_file_list(paragraphs: list[T], text=lambda paragraph: paragraph) -> list[T]:
    """``paragraphs`` without the list of the page's files after the document (附件： then
    某某通知.doc, 某某通知.pdf): the site's download links, not the document's 附件说明. The label
    alone at the end is such a list whose links the extractor left out."""
    texts = [text(paragraph) for paragraph in paragraphs]
    for index, line in enumerate(texts):
        files = texts[index + 1 :]
        if _FILE_LIST_HEAD.match(line) and (not files or _FILE_NAME.search(files[0])):
            kept = [paragraph for paragraph, name in zip(paragraphs[index + 1 :], files) if not _FILE_NAME.search(name)]
            return paragraphs[:index] + kept
    return paragraphs


def without_site(paragraphs: list[T], text=lambda paragraph: paragraph) -> list[T]:
    """``paragraphs`` without the site's header and footer when they are a printed web page;
    ``text`` gives a paragraph's text."""
    texts = [text(paragraph) for paragraph in paragraphs]
    if not any(_SITE_MARK.search(line) for line in texts):
        return paragraphs
    start = max((index + 1 for index, line in enumerate(texts[:HEAD]) if _BREADCRUMB.match(line)), default=0)
    end = next((index for index in range(start, len(texts)) if _AFTER.match(texts[index])), len(texts))
    return [paragraph for paragraph, line in zip(paragraphs[start:end], texts[start:end]) if not _FONT_SIZE.search(line)]


def site_free(pages: list[PdfPage]) -> list[PdfPage]:
    """The pages of a printed web page without the site's lines, before the lines are read into
    paragraphs: a footer set wider than the text would make every full line look short."""
    lines = [line for page in pages for line in page.lines]
    kept = {id(line) for line in without_site(lines, lambda line: line.text)}
    return [PdfPage(page.number, page.width, page.height, [line for line in page.lines if id(line) in kept]) for page in pages]
