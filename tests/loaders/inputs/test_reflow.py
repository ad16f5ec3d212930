"""Hard line breaks are undone within a column and across pages; paragraphs and table rows stay apart."""

from gazette_kg.loaders.inputs.pdf import PdfLine, PdfPage
from gazette_kg.loaders.inputs.reflow import reflow

LEFT, RIGHT, SIZE = 60.0, 500.0, 10.0


def _line(page: int, text: str, top: float, x0: float = LEFT, x1: float = RIGHT) -> PdfLine:
    return PdfLine(page, text, x0, x1, top, SIZE)


def test_a_full_line_runs_on_and_an_indented_one_starts_a_paragraph():
    page = PdfPage(
        1,
        600.0,
        800.0,
        [
            _line(1, "一、加强组织领导。各县区要", 700, x0=LEFT + 2 * SIZE),
            _line(1, "落实责任。", 684, x1=200),
            _line(1, "二、强化保障。", 668, x0=LEFT + 2 * SIZE, x1=300),
            _line(1, "县市区\t插秧机", 652, x1=RIGHT),
            _line(1, "永州市\t318", 636),
        ],
    )
    assert [(p.text, p.page, p.line) for p in reflow([page])] == [
        ("一、加强组织领导。各县区要落实责任。", 1, 1),
        ("二、强化保障。", 1, 3),
        ("县市区\t插秧机", 1, 4),
        ("永州市\t318", 1, 5),
    ]


def test_a_paragraph_runs_on_over_a_page_break_and_english_words_keep_a_space():
    pages = [
        PdfPage(1, 600.0, 800.0, [_line(1, "x", 720, x1=70), _line(1, "按照 ISO", 700)]),
        PdfPage(2, 600.0, 800.0, [_line(2, "9001 标准执行。", 700, x1=150)]),
    ]
    assert [p.text for p in reflow(pages)][-1] == "按照 ISO 9001 标准执行。"


def test_two_columns_are_read_left_column_first_whatever_the_stream_order():
    rows = [(f"左{n}", f"右{n}", 700 - 16 * n) for n in range(6)]
    lines = [
        line for left, right, top in rows for line in (_line(1, left, top, x0=LEFT, x1=120), _line(1, right, top, x0=320, x1=380))
    ]
    text = "".join(p.text for p in reflow([PdfPage(1, 600.0, 800.0, lines)]))  # full lines: one paragraph
    assert text == "".join(f"左{n}" for n in range(6)) + "".join(f"右{n}" for n in range(6))


def test_a_short_last_column_is_a_column_and_a_head_across_both_is_read_first():
    left = [_line(1, f"左{n}", 700 - 16 * n, x0=LEFT, x1=280) for n in range(8)]
    right = [_line(1, f"右{n}", 700 - 16 * n, x0=320, x1=540) for n in range(2)]
    head = _line(1, "关于印发某办法的通知", 730, x0=200, x1=400)
    text = "".join(p.text for p in reflow([PdfPage(1, 600.0, 800.0, right + left + [head])]))
    assert text == "关于印发某办法的通知" + "".join(f"左{n}" for n in range(8)) + "右0右1"
    one = [_line(1, "右0", 700, x0=320, x1=380)]  # the document ends one line into the right column
    text = "".join(p.text for p in reflow([PdfPage(1, 600.0, 800.0, one + left)]))
    assert text == "".join(f"左{n}" for n in range(8)) + "右0"


def test_a_signature_set_right_is_no_second_column():
    first = [_line(1, f"第{n}行正文。", 700 - 16 * n, x1=200) for n in range(4)]
    signature = [_line(1, "某市人民政府", 636, x0=400), _line(1, "2023年3月1日", 620, x0=380, x1=460)]
    after = [_line(1, f"附件{n}。", 604 - 16 * n, x1=200) for n in range(4)]
    texts = [p.text for p in reflow([PdfPage(1, 600.0, 800.0, first + signature + after)])]
    assert texts[4:6] == ["某市人民政府", "2023年3月1日"]


def test_a_title_set_centred_in_a_larger_size_runs_on_over_its_lines():
    title = [PdfLine(1, "某市人民政府办公室关于印发", 90, 470, 760, 22.0), PdfLine(1, "某某办法的通知", 180, 380, 730, 22.0)]
    body = [_line(1, f"第{n}行正文。", 690 - 16 * n, x0=LEFT + 2 * SIZE, x1=200) for n in range(4)]
    assert [p.text for p in reflow([PdfPage(1, 600.0, 800.0, title + body)])][0] == "某市人民政府办公室关于印发某某办法的通知"


def test_a_number_broken_over_two_lines_is_joined_without_a_space():
    page = PdfPage(
        1, 600.0, 800.0, [_line(1, "三、某规定（鲁政发〔1983〕9", 700, x0=LEFT + 2 * SIZE), _line(1, "0号）。", 684, x1=120)]
    )
    assert [p.text for p in reflow([page])] == ["三、某规定（鲁政发〔1983〕90号）。"]


def test_a_line_left_short_by_a_word_that_went_down_whole_runs_on():
    lines = [
        _line(1, "根据《某通知》（国办发", 700, x0=LEFT + 2 * SIZE, x1=RIGHT - 50),
        _line(1, "〔2018〕104号）要求，现通知如下。", 684, x1=300),
        _line(1, "x", 668, x1=RIGHT),
    ]
    assert reflow([PdfPage(1, 600.0, 800.0, lines)])[0].text == "根据《某通知》（国办发〔2018〕104号）要求，现通知如下。"


def test_a_last_page_of_short_lines_keeps_them_apart():
    """A page whose lines are all short (a signature, a date, a note) takes its edges from a full page:
    by its own, the longest of them would reach the 'right edge' and run on into the next."""
    full = [_line(1, "一、加强组织领导。各县区要", 700 - 16 * i, x0=LEFT + 2 * SIZE if i == 0 else LEFT) for i in range(4)]
    pages = [
        PdfPage(1, 600.0, 800.0, full),
        PdfPage(
            2,
            600.0,
            800.0,
            [
                _line(2, "甲县人民政府", 700, x0=LEFT + 2 * SIZE, x1=LEFT + 8 * SIZE),
                _line(2, "二〇一九年一月八日", 684, x0=LEFT + 2 * SIZE, x1=LEFT + 11 * SIZE),
                _line(2, "（此件公开发布）", 668, x0=LEFT + 2 * SIZE, x1=LEFT + 10 * SIZE),
            ],
        ),
    ]
    assert [p.text for p in reflow(pages)][-3:] == ["甲县人民政府", "二〇一九年一月八日", "（此件公开发布）"]


def test_a_date_set_right_does_not_run_on_into_the_heading_under_it():
    """On a page of short lines the signature's date is the widest line; it is set right, so it ends no
    paragraph that goes on (a decree's date above the 规章's 第一章)."""
    lines = [
        _line(1, "现发布《某条例》，自发布之日起施行。", 700, x0=LEFT + 2 * SIZE, x1=300),
        _line(1, "总理 某某", 684, x0=440, x1=RIGHT),
        _line(1, "1997年8月3日", 668, x0=410, x1=RIGHT),
        _line(1, "第一章 总则", 652, x1=120),
    ]
    assert [p.text for p in reflow([PdfPage(1, 600.0, 800.0, lines)])][-2:] == ["1997年8月3日", "第一章 总则"]


def test_a_line_broken_at_a_space_the_pdf_draws_keeps_it():
    """A page's text on one line (特此公告。 某县人民政府 2020年6月3日) broken at its spaces keeps them."""
    broken = PdfLine(1, "特此公告。 附件:某图.pdf 某县人民政府", LEFT, RIGHT, 700, SIZE, spaced=True)
    page = PdfPage(1, 600.0, 800.0, [broken, _line(1, "2020年6月3日", 684, x1=150)])
    assert [p.text for p in reflow([page])] == ["特此公告。 附件:某图.pdf 某县人民政府 2020年6月3日"]


def test_a_landscape_table_page_lends_no_edges_to_the_portrait_pages():
    text = [_line(1, "一、加强组织领导。各县区要", 700, x0=LEFT + 2 * SIZE), _line(1, "落实责任。", 684, x1=200)]
    table = [PdfLine(2, "县市区\t插秧机\t拖拉机", 40, 800, 500, SIZE)]
    pages = [PdfPage(1, 600.0, 800.0, text), PdfPage(2, 842.0, 595.0, table)]
    assert [p.text for p in reflow(pages)][0] == "一、加强组织领导。各县区要落实责任。"


def test_a_line_running_off_its_page_lends_no_edges_either():
    text = [_line(1, "一、加强组织领导。各县区要", 700, x0=LEFT + 2 * SIZE), _line(1, "落实责任。", 684, x1=200)]
    clipped = [_line(2, "二、强化保障。" * 20, 700, x0=LEFT + 2 * SIZE, x1=2500), _line(2, "三、其他。", 684, x1=150)]
    pages = [PdfPage(1, 600.0, 800.0, text), PdfPage(2, 600.0, 800.0, clipped)]
    assert [p.text for p in reflow(pages)][0] == "一、加强组织领导。各县区要落实责任。"
