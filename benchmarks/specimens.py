"""Specimen inputs made from gazette text, for tests and benchmarks: a PDF and a web page.

``typeset_pdf`` sets the text with reportlab in Debian's WenQuanYi Zen Hei. Each line of the text is a paragraph: wrapped at the column width with the first line
indented two characters, as a gazette prints it, so extraction has hard line breaks to
undo. Every page carries a running head (the first line of the text on even pages, a
section-like line on odd pages) and a page number in the footer; ``columns=2`` sets the
body in two columns. A tab in a line (a table row) becomes a wide gap.

``government_page`` wraps the text in the page of a government website: navigation,
breadcrumb, a 发布时间/来源 line, share bar, related links and a footer with the site's
网站标识码 and ICP record, as an extractor meets them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from html import escape
from io import BytesIO
from pathlib import Path

FONT_FILE = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
FONT = "WenQuanYiZenHei"
MIN_TABLE_SIZE = 1.0  # points: a table row is set on one line, smaller where it must be (down to this)


@cache
def _register_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE), subfontIndex=0))


@dataclass(frozen=True)
class Layout:
    columns: int = 1
    size: float = 10.5  # points
    leading: float = 1.6  # line pitch in font sizes
    head: str | None = None  # the even pages' running head; the text's first line if None
    odd_head: str = "发布政令 公开政务 指导工作 服务社会"


def _wrap(text: str, width: float, size: float, indent: float) -> list[tuple[float, str]]:
    """Break ``text`` into (x offset, line) pieces no wider than ``width``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pieces: list[tuple[float, str]] = []
    line, used, offset = "", indent, indent
    for char in text:
        advance = stringWidth(char, FONT, size)
        if line and used + advance > width:
            pieces.append((offset, line))
            line, used, offset = "", 0.0, 0.0
        line += char
        used += advance
    pieces.append((offset, line))
    return pieces


def typeset_pdf(text: str, layout: Layout = Layout(), password: str | None = None) -> bytes:
    """The text as PDF bytes, in ``layout``; encrypted, to be opened with ``password``, if one is given."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    _register_font()
    out = BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True, encrypt=password)
    page_w, page_h = A4
    margin, gutter = 60.0, 24.0
    col_w = (page_w - 2 * margin - gutter * (layout.columns - 1)) / layout.columns
    pitch = layout.size * layout.leading
    top, bottom = page_h - margin - 20, margin + 20
    head = layout.head or next((line.strip() for line in text.splitlines() if line.strip()), "")
    page, column, y = 1, 0, top

    def furniture() -> None:
        canvas.setFont(FONT, 9)
        canvas.drawCentredString(page_w / 2, page_h - margin + 4, head if page % 2 == 0 else layout.odd_head)
        canvas.drawCentredString(page_w / 2, margin - 10, f"— {page} —")
        canvas.setFont(FONT, layout.size)

    furniture()
    for paragraph in text.split("\n"):
        size, indent = layout.size, 2 * layout.size
        if "\t" in paragraph:  # a table row: on one line, smaller where it must be
            paragraph = paragraph.replace("\t", "\u3000\u3000\u3000")
            size, indent = max(MIN_TABLE_SIZE, min(size, size * col_w / stringWidth(paragraph.strip(), FONT, size))), 0.0
        if not paragraph.strip():
            y -= pitch * 0.5
            continue
        canvas.setFont(FONT, size)
        for offset, line in _wrap(paragraph.strip(), col_w, size, indent):
            if y < bottom:
                column += 1
                y = top
                if column == layout.columns:
                    canvas.showPage()
                    page, column = page + 1, 0
                    furniture()
                    canvas.setFont(FONT, size)
            canvas.drawString(margin + column * (col_w + gutter) + offset, y, line)
            y -= pitch
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def scanned_pdf(pdf: bytes, pages: int = 2) -> bytes:
    """The first pages of ``pdf`` as a scan would give them: images, no text layer."""
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    source = pdfium.PdfDocument(pdf)
    out = BytesIO()
    width, height = source[0].get_size()
    canvas = Canvas(out, pagesize=(width, height), invariant=True)
    for index in range(min(pages, len(source))):
        image = source[index].render(scale=1).to_pil()
        canvas.drawImage(ImageReader(image), 0, 0, width, height)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _paragraphs(text: str) -> str:
    """Lines as ``<p>`` (a table row, with tabs, as a row of a table)."""
    out: list[str] = []
    rows: list[str] = []
    for line in text.split("\n"):
        if "\t" in line:
            rows.append("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in line.split("\t")) + "</tr>")
            continue
        if rows:
            out.append('<table border="1" cellspacing="0">' + "".join(rows) + "</table>")
            rows = []
        if line.strip():
            out.append(f'<p style="text-indent:2em">{escape(line.strip())}</p>')
    if rows:
        out.append('<table border="1" cellspacing="0">' + "".join(rows) + "</table>")
    return "\n".join(out)


def government_page(text: str, title: str, site: str = "永州市人民政府", published: str = "2022-07-15 10:30") -> str:
    """The text as the article of a government website's page, chrome and all."""
    nav = "".join(
        f'<li><a href="/{i}/">{escape(name)}</a></li>'
        for i, name in enumerate(["首页", "要闻动态", "政务公开", "政务服务", "互动交流", "走进" + site[:3]])
    )
    related = "".join(
        f'<li><a href="/zwgk/{i}.html">{escape(site)}关于公布第{i}批政务服务事项的通知</a></li>' for i in range(1, 6)
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(title)}_{escape(site)}</title>
<meta name="SiteName" content="{escape(site)}"><meta name="ArticleTitle" content="{escape(title)}">
<meta name="PubDate" content="{published}"><meta name="ContentSource" content="{escape(site)}办公室">
<link rel="stylesheet" href="/css/main.css"><script src="/js/jquery.min.js"></script></head>
<body>
<div class="top-bar"><span>今天是：2022年7月15日</span><a href="/wza/">无障碍浏览</a><a href="/old/">长者模式</a><a href="/en/">English</a></div>
<div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{escape(site)}"></a></div>
<form class="search" action="/search/"><input name="q" placeholder="请输入关键词"><button>搜索</button></form>
<ul class="nav">{nav}</ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfgb/">政府公报</a> &gt; 正文</div>
<div class="main"><div class="article">
<h1 class="article-title">{escape(title)}</h1>
<div class="article-info">发布时间：{published}　来源：{escape(site)}办公室　浏览次数：1024　字号：<a>大</a> <a>中</a> <a>小</a>　<a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
<div class="article-content" id="zoom">
{_paragraphs(text)}
</div>
<div class="share">分享到：<a class="wechat">微信</a> <a class="weibo">微博</a> <a class="qzone">QQ空间</a></div>
<div class="prev-next"><p>上一篇：<a href="/zwgk/1.html">{escape(site)}关于做好防汛工作的通知</a></p><p>下一篇：<a href="/zwgk/2.html">{escape(site)}关于公布政务服务事项目录的通知</a></p></div>
</div>
<div class="related"><h3>相关链接</h3><ul>{related}</ul></div></div>
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a></p>
<p>主办：{escape(site)}办公室　承办：{escape(site)}电子政务中心</p>
<p>网站标识码：4311000001　<a href="https://beian.miit.gov.cn/">湘ICP备05002583号</a>　湘公网安备 43110202000123号</p>
<p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>
</body></html>
"""
