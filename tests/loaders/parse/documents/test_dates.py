import pytest

from gazette_kg.loaders.parse.documents.dates import is_date_line, parse_date


@pytest.mark.parametrize(
    "text, iso",
    [
        ("2022年7月13日", "2022-07-13"),
        ("二〇二二年七月十三日", "2022-07-13"),
        ("二零一八年十二月三十一日", "2018-12-31"),
        ("二0一九年一月八日", "2019-01-08"),  # the digit 0 typed for 〇
        ("二OO四年七月二十日", "2004-07-20"),
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
    assert is_date_line("2021年4月21日 |")  # the last cell of a table row


def test_a_date_line_that_lost_its_year_month_and_day_marks():
    from gazette_kg.loaders.parse.documents.dates import damaged_date, is_date_line

    assert (damaged_date("2021416"), damaged_date("20211231"), damaged_date("2021105")) == (
        "2021-04-16",
        "2021-12-31",
        "2021-10-05",
    )
    assert damaged_date("2021111") is None and damaged_date("202111") is None  # 1月11日 or 11月1日; too short
    assert is_date_line("2021416") and not is_date_line("3421633")
    assert damaged_date("{ 2017 6 23") == "2017-06-23" and damaged_date("2017 13 1") is None
