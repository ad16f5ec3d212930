import pytest

from gazette_kg.loaders.parse.documents.docnumber import find_doc_numbers, parse_doc_number


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
