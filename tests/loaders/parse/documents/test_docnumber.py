import pytest

from gazette_kg.loaders.parse.documents.docnumber import find_doc_numbers, find_orders, number_in_line, parse_doc_number


@pytest.mark.parametrize(
    "text, number",
    [
        ("永政办发〔2022〕11号", "永政办发〔2022〕11号"),
        ("永政发[2018]1号", "永政发〔2018〕1号"),
        ("湘政办发［2019］22 号", "湘政办发〔2019〕22号"),
        ("岳政办发(2023)5号", "岳政办发〔2023〕5号"),
        ("国办发【2017】7号", "国办发〔2017〕7号"),
        ("人社部发﹝2017﹞60号", "人社部发〔2017〕60号"),
        ("按永政发〔2018〕4号文件执行", "永政发〔2018〕4号"),
        ("方案与湘政办发〔2020〕55号同步施行", "湘政办发〔2020〕55号"),
        ("新型农业经营主体提升行动的通知》(农经发〔2022〕1号)", "农经发〔2022〕1号"),
    ],
)
def test_normalises_every_bracket_style(text, number):
    assert [n.text for n in find_doc_numbers(text)] == [number]


def test_parts():
    number = parse_doc_number("（永政办发〔2022〕11号 YZCR-2022-01007）")
    assert (number.issuer_code, number.year, number.serial) == ("永政办发", 2022, 11)


def test_years_in_brackets_are_not_numbers():
    assert find_doc_numbers("三年行动计划(2021—2023年)") == []


@pytest.mark.parametrize(
    "line, written",
    [
        ("(陕政办发〔2011〕12号)", "陕政办发〔2011〕12号"),
        ("菏政办字 〔 2023 〕1号", "菏政办字〔2023〕1号"),
        ("〔2019〕第4号", "〔2019〕第4号"),
        ("湖北省人民政府令第435号", "湖北省人民政府令第435号"),
        ("东府办函[2003]248号 ", "东府办函〔2003〕248号"),
        ("湘政报〔2022〕3号      签发人：张三", "湘政报〔2022〕3号"),
    ],
)
def test_a_line_that_is_a_number(line, written):
    assert number_in_line(line)[0] == written


def test_a_lost_closing_bracket_is_restored():
    assert [n.text for n in find_doc_numbers("(国办发〔2018104号)")] == ["国办发〔2018〕104号"]


def test_orders_are_kept_as_written():
    assert [o[0] for o in find_orders("《湖南省规范性文件管理办法》(省政府令242号)")] == ["省政府令242号"]


def test_doc_number_matches_are_what_the_full_scan_finds():
    import random

    from gazette_kg.loaders.parse.documents.docnumber import DOC_NUMBER_RE, doc_number_matches

    pieces = [
        *"政办发湘永号第令关于市人民政府",
        "〔",
        "〕",
        "[",
        "]",
        "（",
        "）",
        " ",
        "\u3000",
        "\x1c",
        "2019",
        "1999",
        "12",
        "a",
        "、",
    ]
    rnd = random.Random(11)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(5, 40)))
        assert [m.span() for m in doc_number_matches(text)] == [m.span() for m in DOC_NUMBER_RE.finditer(text)], text
    long_run = "根据" * 8 + "湘政办发〔2019〕12号和" + "中华人民共和国国务院办公厅" + "国办发 〔2018〕104号"
    assert [m.group() for m in doc_number_matches(long_run)] == [m.group() for m in DOC_NUMBER_RE.finditer(long_run)]


def test_a_date_glued_before_a_number_is_no_part_of_its_code():
    # 安徽省人民政府 (1985), as a legal compilation prints a document's number under its title
    assert [
        n.text for n in find_doc_numbers("(1985年5月4日皖政〔1985〕38号)  根据《中华人民共和国地方各级人民代表大会组织法》")
    ] == ["皖政〔1985〕38号"]
    assert number_in_line("(1985年5月4日皖政〔1985〕38号)")[0] == "皖政〔1985〕38号"
    assert [n.text for n in find_doc_numbers("日政发〔2019〕3号")] == ["日政发〔2019〕3号"]  # a code may begin with 日


def test_a_number_quoted_inside_a_title_takes_no_words_of_the_title_as_its_code():
    text = "《甲省人民政府办公厅关于贯彻落实国办发〔2016〕37号文件精神加快教育发展的实施意见》(甲政办〔2017〕90号)"
    assert [n.text for n in find_doc_numbers(text)] == ["国办发〔2016〕37号", "甲政办〔2017〕90号"]


def test_a_series_mark_before_the_serial_stays_in_the_number():
    numbers = find_doc_numbers("你省《关于设立乙区的请示》(甲政〔1996〕文39号)及甲政[1998]文333号、甲政〔1996〕39号")
    assert [n.text for n in numbers] == ["甲政〔1996〕文39号", "甲政〔1998〕文333号", "甲政〔1996〕39号"]


def test_a_serial_printed_with_a_leading_zero_is_kept_as_written():
    [number] = find_doc_numbers("征收土地预公告(甲政征启公告〔2024〕05号)")
    assert (number.text, number.serial) == ("甲政征启公告〔2024〕05号", 5)


def test_a_letter_o_typed_for_a_zero_in_the_year_is_read_as_zero():
    assert [n.text for n in find_doc_numbers("(甲函[20O0]31号)、甲发〔2O21〕3号")] == ["甲函〔2000〕31号", "甲发〔2021〕3号"]
