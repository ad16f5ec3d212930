import pytest

from gazette_kg.loaders.parse.documents.dates import is_date_line, parse_date


@pytest.mark.parametrize(
    "text, iso",
    [
        ("2022年7月13日", "2022-07-13"),
        ("二〇二二年七月十三日", "2022-07-13"),
        ("二零一八年十二月三十一日", "2018-12-31"),
        ("2018 年 2 月 28 日", "2018-02-28"),
        ("出版日期:2017年12月31日", "2017-12-31"),
        ("2022年2月30日", None),
        ("无日期", None),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


def test_date_line_holds_only_a_date():
    assert is_date_line("2022年7月29日")
    assert not is_date_line("2022年7月29日起施行")
