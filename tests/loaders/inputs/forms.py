"""A document's text in the forms governments publish it: an official PDF and the pages of
their web content systems. Made at test time from text read from ``../shared``; never committed.

``official_pdf`` sets the text as GB/T 9704-2012 lays out a 公文 on A4: body 16 pt
(三号 仿宋; here Debian's WenQuanYi Zen Hei) on a 28 × 22 grid, the title centred in 22 pt,
the issuing body's name in red above a red rule (发文机关标志), signature and date set
right, the 版记 (抄送, 印发机关和印发日期) between rules at the end, full lines justified, page numbers "— N —" at the foot (odd pages right, even pages left). The gazette
variants reprint it as a 政府公报 page: a running head with the issue, page numbers centred,
body 10.5 pt in one or two columns.

``cms_page`` wraps it in one of the page templates of government sites: an older county
site's page in GB2312 (``<br>``-broken lines in a layout table, ``<center>``), a TRS/WCM article
(metadata table of 索引号/发文机关/成文日期/发文字号/主题分类 above a ``TRS_Editor`` body), a
大汉/Hanweb page (layout tables, ``<div id="zoom">``, 打印本页 关闭窗口), and a 政府信息公开
page (label/value list, breadcrumbs, share bar, attachment list, related links, footer
with 网站标识码/ICP备/公网安备). Where the catalogue carries the number, title and issuer,
the page's body may leave them out, as many sites do.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from html import escape
from io import BytesIO
from pathlib import Path

import regex

from benchmarks.specimens import FONT, _register_font, _wrap

RED = (0.86, 0.0, 0.0)
_DATE = regex.compile(
    r"^(?:\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九十]{4}年[〇○零一二三四五六七八九十]{1,3}月[〇○零一二三四五六七八九十]{1,3}日|\d{4}[-.]\d{1,2}[-.]\d{1,2}|\d{7,8})$"
)
_NUMBER = regex.compile(r"^[(（]?\S{0,12}[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*第?\d+\s*号[)）]?$")
_ISSUER = regex.compile(r"^(\p{Han}{2,30}?)(?:关于|印发|转发|批转)")
_NOT_TITLE = regex.compile(r"[|:：\[,，。]|^\d+\.")
# the last words of a title (its genre), after which no line of the text is more of it
_TITLE_END = regex.compile(
    r"(?:通知|意见|决定|办法|规定|批复|复函|函|通告|公告|报告|方案|规则|细则|令|决议|纪要|请示|条例|规划|要点|公报)$"
)
_ZH_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


@dataclass(frozen=True)
class Doc:
    """A document's text cut where a publisher lays it out: title, number, body lines."""

    title: str | None
    number: str | None
    body: list[str]


def split_document(text: str) -> Doc:
    """The first line is the title when it reads as one (no field label, no ``|``, no sentence), with the
    lines after it that end it when the text broke it (某局关于某会议 / 某号提案答复的函); the
    number is a line of its own among the first few under it. A text that does not open with its title
    (a page's heading, a site's tab first) keeps its number where it stands: a publisher sets no number
    above what is not the document's head."""
    lines = [line.strip() for line in text.split("\n") if line.strip() and not line.startswith("# source:")]
    title = lines[0] if lines and not _NOT_TITLE.search(lines[0]) and len(lines[0]) <= 80 else None
    rest = lines[1:] if title else lines
    while _ISSUER.match(title or "") and rest and not _TITLE_END.search(title) and _continues(rest[0]):
        title += rest.pop(0)
    number_at = next((i for i, line in enumerate(rest[:4]) if _NUMBER.match(line)), None) if title else None
    number = rest.pop(number_at) if number_at is not None else None
    return Doc(title, number, rest)


def _continues(line: str) -> bool:
    """A line that may be the rest of a title: short, no field label or sentence, no number or date."""
    return len(line) <= 40 and not _NOT_TITLE.search(line) and not _NUMBER.match(line) and not _DATE.match(line)


def issuer_of(title: str | None) -> str | None:
    match = _ISSUER.match(title or "")
    return match.group(1) if match else None


# ---------------------------------------------------------------- PDF

SYMBOL_FONT, SYMBOL_FONT_FILE = "DejaVuSans", Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@cache
def _lacking() -> frozenset[int]:
    """Code points of the text the CJK font has no glyph for, when a symbol font is at hand to set them."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    _register_font()
    if not SYMBOL_FONT_FILE.exists():
        return frozenset()
    pdfmetrics.registerFont(TTFont(SYMBOL_FONT, str(SYMBOL_FONT_FILE)))
    cjk, symbols = pdfmetrics.getFont(FONT).face.charToGlyph, pdfmetrics.getFont(SYMBOL_FONT).face.charToGlyph
    return frozenset(code for code in symbols if code not in cjk)


def _runs(text: str) -> list[tuple[str, str]]:
    """``text`` in runs of one font: what the CJK font lacks (• „ ‟ ☟) in a symbol font, as a word
    processor substitutes one (else the PDF would hold a glyph mapped to no character)."""
    runs: list[tuple[str, str]] = []
    for char in text:
        font = SYMBOL_FONT if ord(char) in _lacking() else FONT
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    return runs


def _width(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(run, font, size) for font, run in _runs(text))


def _draw(canvas, x: float, y: float, text: str, size: float, spacing: float = 0.0) -> None:
    """``text`` set from ``x``, each run in its font."""
    line = canvas.beginText(x, y)
    line.setCharSpace(spacing)
    for font, run in _runs(text):
        line.setFont(font, size)
        line.textOut(run)
    canvas.drawText(line)


@dataclass(frozen=True)
class PdfStyle:
    gazette: bool = False  # a 政府公报 reprint (running head, centred page numbers) or the 公文 itself
    columns: int = 1
    size: float = 16.0
    justify: bool = False  # full lines spaced out to the column's right edge, as word processors set 公文


A4_W, A4_H = 595.28, 841.89
MM = 72 / 25.4


def official_pdf(text: str, style: PdfStyle = PdfStyle()) -> bytes:
    """The text typeset as a 公文 (``style.gazette`` False) or as a page of a 政府公报."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    _register_font()
    doc = split_document(text)
    out = BytesIO()
    canvas = Canvas(out, pagesize=(A4_W, A4_H), invariant=True)
    left, top_margin, area_w, area_h = 28 * MM, 37 * MM, 156 * MM, 225 * MM
    if style.gazette:
        left, top_margin, area_w, area_h = 20 * MM, 25 * MM, 170 * MM, 245 * MM
    gutter = 8 * MM
    col_w = (area_w - gutter * (style.columns - 1)) / style.columns
    pitch = area_h / 22 if not style.gazette else style.size * 1.6
    top, bottom = A4_H - top_margin - style.size, A4_H - top_margin - area_h
    state = {"page": 1, "column": 0, "y": top}

    def furniture() -> None:
        page = state["page"]
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont(FONT, 14)
        label = f"— {page} —"
        if style.gazette:
            canvas.drawCentredString(A4_W / 2, bottom - 12 * MM, label)
            canvas.setFont(FONT, 9)
            head = f"{issuer_of(doc.title) or '政府'}公报" if page % 2 else "2023年第3期"
            canvas.drawCentredString(A4_W / 2, A4_H - top_margin + 6 * MM, head)
            canvas.line(left, A4_H - top_margin + 4 * MM, left + area_w, A4_H - top_margin + 4 * MM)
        elif page % 2:
            canvas.drawRightString(left + area_w - 14, bottom - 7 * MM - 14, label)
        else:
            canvas.drawString(left + 14, bottom - 7 * MM - 14, label)

    def advance(lines: float = 1.0) -> None:
        state["y"] -= pitch * lines
        if state["y"] < bottom:
            state["column"] += 1
            state["y"] = top
            if state["column"] == style.columns:
                canvas.showPage()
                state["page"], state["column"] = state["page"] + 1, 0
                furniture()

    def x0() -> float:
        return left + state["column"] * (col_w + gutter)

    def centred(line: str, size: float, color=(0, 0, 0)) -> None:
        canvas.setFillColorRGB(*color)
        canvas.setFont(FONT, size)
        for _, piece in _wrap(line, col_w, size, 0):
            _draw(canvas, x0() + (col_w - _width(piece, size)) / 2, state["y"], piece, size)
            advance(size / style.size * 1.1 if style.gazette else 1.3)

    furniture()
    if not style.gazette:  # 版头: the issuer's name in red, the number, the red rule
        mark = issuer_of(doc.title)
        if mark:
            size = min(36.0, area_w / stringWidth(mark + "文件", FONT, 1) * 0.98)
            centred(mark + "文件", size, RED)
            advance(0.5)
        if doc.number:
            centred(doc.number, style.size)
        canvas.setStrokeColorRGB(*RED)
        canvas.setLineWidth(1.5)
        canvas.line(left, state["y"] + pitch / 2, left + area_w, state["y"] + pitch / 2)
        advance(1)
    if doc.title:
        centred(doc.title, style.size * 1.375)
        advance(0.5)
    if style.gazette and doc.number:
        centred(doc.number, style.size)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(FONT, style.size)
    for index, line in enumerate(doc.body):
        following = doc.body[index + 1] if index + 1 < len(doc.body) else ""
        signature = _DATE.match(line) or (_DATE.match(following) and len(line) <= 20 and not line.endswith(("。", "：", ":")))
        if signature:  # 署名 and 成文日期 set right, four characters in
            _draw(canvas, x0() + col_w - _width(line, style.size) - 4 * style.size, state["y"], line, style.size)
            advance()
            continue
        pieces = _wrap(line, col_w, style.size, 2 * style.size)
        for number, (offset, piece) in enumerate(pieces):
            spacing = 0.0
            if style.justify and number < len(pieces) - 1 and len(piece) > 1:  # 两端对齐: full lines spaced to the edge
                spacing = (col_w - offset - _width(piece, style.size)) / (len(piece) - 1)
            _draw(canvas, x0() + offset, state["y"], piece, style.size, spacing)
            advance()
    if not style.gazette:
        _colophon(canvas, doc, left, area_w, style.size, advance, lambda: state["y"])
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _colophon(canvas, doc: Doc, left: float, width: float, size: float, advance, y) -> None:
    """版记: between two rules, 抄送 and the office that printed the document with the day it
    did (later than the signing: 印发 dates are not 成文日期), in Arabic numerals as GB/T 9704 sets it,
    and the body that signed when the title names none."""
    dated = next((i for i in range(len(doc.body) - 1, -1, -1) if _DATE.match(doc.body[i])), None)
    if dated is None:
        return
    year = doc.body[dated][:4].translate(_ZH_DIGITS)
    office = issuer_of(doc.title) or (doc.body[dated - 1] if dated else "某市人民政府办公室")
    advance(1.5)
    canvas.setFont(FONT, size * 0.875)
    canvas.line(left, y() + size, left + width, y() + size)
    canvas.drawString(left + size, y(), "抄送：各有关单位。")
    advance()
    canvas.drawString(left + size, y(), office)
    canvas.drawRightString(left + width - size, y(), f"{year}年12月31日印发")
    canvas.line(left, y() - size / 2, left + width, y() - size / 2)


PDF_STYLES = {
    "document": PdfStyle(justify=True),
    "gazette": PdfStyle(gazette=True, size=12.0),
    "gazette-2col": PdfStyle(gazette=True, columns=2, size=10.5),
}


# ---------------------------------------------------------------- web pages


@dataclass(frozen=True)
class Catalogue:
    """What a site's 信息公开 catalogue says of the document."""

    title: str
    number: str | None
    issuer: str | None
    signed: str | None  # ISO date
    site: str = "政府门户网站"  # the government whose site it is, as it names itself


def _paragraphs(lines: list[str]) -> str:
    return "\n".join(f'<p style="text-indent:2em;">{escape(line)}</p>' for line in lines)


def _zh_date(iso: str | None) -> str:
    if not iso:
        return ""
    year, month, day = iso.split("-")
    return f"{year}年{int(month):02d}月{int(day):02d}日"


def _chrome_head(title: str, site: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<title>{escape(title)}_{escape(site)}</title><meta name="ArticleTitle" content="{escape(title)}">'
        f'<meta name="SiteName" content="{escape(site)}"><script src="/js/jquery.js"></script></head>'
    )


def _footer(site: str) -> str:
    return (
        f'<div class="footer"><a href="/gywm/">关于我们</a>|<a href="/wzdt/">网站地图</a>|<a href="/lxwm/">联系我们</a>'
        f"<p>主办单位：{escape(site)} 承办单位：{escape(site)}大数据中心</p>"
        f'<p>网站标识码：3702000001 <a href="https://beian.miit.gov.cn">鲁ICP备05001234号-1</a> '
        f'<img src="/images/ga.png">鲁公网安备 37020202000345号</p><p>建议使用1920×1080分辨率浏览</p></div></body></html>'
    )


def _related(site: str) -> str:
    items = "".join(
        f'<li><a href="/art/2023/{i}.html">{escape(site)}关于公布2023年第{i}批行政许可事项清单的通知</a>'
        f"<span>2023-0{i}-15</span></li>"
        for i in range(1, 6)
    )
    return f'<div class="xgwj"><div class="tit">相关文件</div><ul>{items}</ul></div>'


def _attachments(title: str) -> str:
    return (
        f'<div class="fujian"><p>附件：</p><p><a href="/attach/0/1.doc">{escape(title)}.doc</a></p>'
        f'<p><a href="/attach/0/2.pdf">{escape(title)}（PDF版）.pdf</a></p></div>'
    )


def trs_page(doc: Doc, cat: Catalogue) -> str:
    """A TRS/WCM 信息公开 article: a metadata table (labels without colons), then the body
    without title or number."""
    rows = (
        f'<tr><td class="t1">索 引 号</td><td>11370000MB28{len(cat.title):06d}/2023-00123</td>'
        f'<td class="t1">主题分类</td><td>综合政务</td></tr>'
        f'<tr><td class="t1">发文机关</td><td>{escape(cat.issuer or "")}</td>'
        f'<td class="t1">成文日期</td><td>{_zh_date(cat.signed)}</td></tr>'
        f'<tr><td class="t1">标　　题</td><td colspan="3">{escape(cat.title)}</td></tr>'
        f'<tr><td class="t1">发文字号</td><td>{escape(cat.number or "")}</td>'
        f'<td class="t1">发布日期</td><td>{_zh_date(cat.signed)}</td></tr>'
    )
    return (
        _chrome_head(cat.title, cat.site)
        + f'<body><div class="head"><a href="/">{escape(cat.site)}</a><ul class="nav"><li><a href="/">首页</a></li>'
        f'<li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>'
        f'<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
        f'<a href="/zwgk/zcwj/">政策文件</a> &gt; <a href="/zwgk/zcwj/szfwj/">市政府文件</a></div>'
        f'<div class="xxgk_table"><table class="table_xxgk" width="100%">{rows}</table></div>'
        f'<div class="article"><h1 class="article_title">{escape(cat.title)}</h1>'
        f'<div class="TRS_Editor"><div class="Custom_UnionStyle">{_paragraphs(doc.body)}</div></div>'
        f"{_attachments(cat.title)}"
        f'<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'
        f'<div class="print"><a href="javascript:window.print()">[打印本页]</a> <a href="javascript:window.close()">[关闭窗口]</a></div>'
        f"</div>{_related(cat.site)}{_footer(cat.site)}"
    )


def hanweb_page(doc: Doc, cat: Catalogue) -> str:
    """A 大汉/Hanweb page: layout tables, the info table, title and number kept in the body."""
    info = (
        f'<table class="xxgk_info" width="100%"><tr><td>索引号：</td><td>0080{len(cat.title)}/2023-0456</td>'
        f"<td>信息分类：</td><td>政府文件</td></tr><tr><td>发布机构：</td><td>{escape(cat.issuer or '')}</td>"
        f"<td>生成日期：</td><td>{cat.signed or ''}</td></tr><tr><td>文号：</td><td>{escape(cat.number or '')}</td>"
        f"<td>是否有效：</td><td>有效</td></tr></table>"
    )
    head = [f'<p align="center"><strong>{escape(doc.title)}</strong></p>'] if doc.title else []
    head += [f'<p align="center">{escape(doc.number)}</p>'] if doc.number else []
    return (
        _chrome_head(cat.title, cat.site)
        + f'<body><table width="1000" align="center"><tr><td><img src="/images/banner.jpg"></td></tr>'
        f'<tr><td class="dh"><a href="/">网站首页</a> | <a href="/col/col1/">信息公开</a> | <a href="/col/col2/">网上办事</a></td></tr></table>'
        f'<table width="1000" align="center"><tr><td class="wz">当前位置：<a href="/">首页</a>&gt;&gt;<a href="/col/col3/">政府信息公开</a>&gt;&gt;<a>通知公告</a></td></tr>'
        f'<tr><td>{info}</td></tr><tr><td class="title" align="center">{escape(cat.title)}</td></tr>'
        f'<tr><td align="center">发布日期：{cat.signed or ""} 浏览次数：<span id="c">356</span> 字体：[<a>大</a> <a>中</a> <a>小</a>]</td></tr>'
        f'<tr><td><div id="zoom"><!--<$[信息内容]>begin-->{"".join(head)}{_paragraphs(doc.body)}<!--<$[信息内容]>end--></div></td></tr>'
        f'<tr><td align="right"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></td></tr></table>'
        f"{_footer(cat.site)}"
    )


def xxgk_page(doc: Doc, cat: Catalogue) -> str:
    """A 政府信息公开 page (label/value list above the article), the number kept in the body."""
    items = [
        ("索引号", "000014349/2023-00089"),
        ("主题分类", "综合政务\\其他"),
        ("发文机关", cat.issuer or ""),
        ("成文日期", _zh_date(cat.signed)),
        ("标题", cat.title),
        ("发文字号", cat.number or ""),
        ("发布日期", _zh_date(cat.signed)),
    ]
    box = "".join(f"<li><b>{label}：</b><span>{escape(value)}</span></li>" for label, value in items)
    body = ([escape(doc.number)] if doc.number else []) + doc.body
    return (
        _chrome_head(cat.title, cat.site)
        + f'<body><div class="header"><div class="logo"></div><div class="search"><input placeholder="请输入关键字"></div></div>'
        f'<div class="crumbs"><a href="/">首页</a>&gt;<a href="/zwgk/">政务公开</a>&gt;<a href="/zwgk/xxgk/">政府信息公开</a>&gt;<span>文件</span></div>'
        f'<div class="policyLibraryOverview_header"><ul>{box}</ul></div>'
        f'<div class="pages-title"><h1>{escape(cat.title)}</h1></div>'
        f'<div class="pages-date">{_zh_date(cat.signed)} 来源：{escape(cat.issuer or cat.site)} <span class="font">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
        f'<div class="pages_content" id="UCAP-CONTENT">{_paragraphs(body)}</div>'
        f"{_attachments(cat.title)}"
        f'<div class="editor">责任编辑：王某</div><div class="bdsharebuttonbox">分享：<a class="bds_weixin"></a><a class="bds_tsina"></a></div>'
        f'<div class="closeBox"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>'
        f"{_related(cat.site)}{_footer(cat.site)}"
    )


def legacy_page(doc: Doc, cat: Catalogue) -> str:
    """An older county site, in GB2312: the text as ``<br>``-broken lines indented with
    ``&nbsp;`` in one cell of a layout table, ``<font>`` tags, the title in ``<title>`` only."""
    lines = [f"<center><font size=4><b>{escape(doc.title)}</b></font></center>"] if doc.title else []
    lines += [f"<center>{escape(doc.number)}</center>"] if doc.number else []
    lines += [f"&nbsp;&nbsp;&nbsp;&nbsp;{escape(line)}" for line in doc.body]
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        f"<title>{escape(cat.title)} - {escape(cat.site)}</title></head><body>"
        f'<table width="960" border="0"><tr><td><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a></td></tr>'
        f'<tr><td><font color="#333333" style="font-size:16px;line-height:30px">{"<br>".join(lines)}</font></td></tr>'
        f'<tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>'
        f"</table>{_footer(cat.site)}"
    )


TEMPLATES = {"trs": trs_page, "hanweb": hanweb_page, "xxgk": xxgk_page, "legacy": legacy_page}


def page_bytes(page: str) -> bytes:
    """A page in the encoding it declares."""
    return page.encode("gb18030" if "charset=gb2312" in page else "utf-8")


def cms_page(text: str, template: str, gold_document: dict | None) -> str:
    """The text as a page of ``template``, its catalogue filled from what the document is
    (``gold_document``: title, doc_number, issuer, signed_date) or from the text alone."""
    doc = split_document(text)
    known = gold_document or {}
    title = known.get("title") or doc.title or doc.body[0]
    issuer = known.get("issuer")
    site = regex.match(r"^.*?人民政府", issuer or "")
    cat = Catalogue(
        title,
        known.get("doc_number") or doc.number,
        issuer,
        known.get("signed_date"),
        site.group(0) if site else issuer or Catalogue.site,
    )
    return TEMPLATES[template](doc, cat)
