"""Running heads, feet and page numbers leave the text; body lines stay."""

from gazette_kg.loaders.inputs.furniture import strip_furniture
from gazette_kg.loaders.inputs.pdf import PdfLine, PdfPage


def _page(number: int, *texts: tuple[str, float]) -> PdfPage:
    return PdfPage(number, 600.0, 800.0, [PdfLine(number, text, 60.0, 300.0, top, 10.0) for text, top in texts])


def test_heads_that_recur_and_page_numbers_go():
    pages = [
        _page(n, ("岳阳市人民政府公报" if n % 2 else "市政府文件", 790.0), (f"第{n}条 正文在此", 600.0), (f"- {n} -", 40.0))
        for n in range(1, 7)
    ]
    assert [[l.text for l in p.lines] for p in strip_furniture(pages)] == [[f"第{n}条 正文在此"] for n in range(1, 7)]


def test_a_body_line_near_the_top_that_does_not_recur_stays():
    pages = [_page(1, ("岳阳市人民政府关于印发某办法的通知", 790.0)), _page(2, ("岳政发〔2023〕3号", 790.0))]
    assert [len(p.lines) for p in strip_furniture(pages)] == [1, 1]


def test_a_small_running_head_on_a_one_page_document_goes():
    page = _page(1, ("某市人民政府公报", 790.0), ("某市人民政府关于某事的通知", 760.0), ("正文在此。", 600.0))
    page = PdfPage(1, page.width, page.height, [PdfLine(1, page.lines[0].text, 250.0, 350.0, 790.0, 8.0), *page.lines[1:]])
    assert [l.text for l in strip_furniture([page])[0].lines] == ["某市人民政府关于某事的通知", "正文在此。"]


def test_page_numbers_with_the_page_count_go_however_written():
    feet = ["第1页/共3页", "第2页，共3页", "共3页 第3页"]
    pages = [_page(n, (f"第{n}条 正文在此", 600.0), (feet[n - 1], 40.0)) for n in range(1, 4)]
    assert [[l.text for l in p.lines] for p in strip_furniture(pages)] == [[f"第{n}条 正文在此"] for n in range(1, 4)]
