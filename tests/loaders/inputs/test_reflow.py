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
