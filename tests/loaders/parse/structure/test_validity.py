import pytest

from gazette_kg.loaders.parse.structure.validity import effective_date, expiry_date, start_rule, term
from tests.seeds import parsed_seed


@pytest.mark.parametrize(
    "text, rule",
    [
        ("本办法自发布之日起施行，有效期5年。", "发布之日"),
        ("本办法自2022年12月1日起施行", "2022-12-01"),
        ("本办法从2018年1月1日起施行，有效期至2022年6月30日止。", "2018-01-01"),
        ("本方案与湘政办发〔2020〕55号同步施行。", "与湘政办发〔2020〕55号同步施行"),
        ("无规定", None),
        ("第五条 沿线的排水管道须与道路改造工程同步实施,避免重复开挖。", None),  # works timed, not the instrument
    ],
)
def test_start_rule(text, rule):
    assert start_rule(text) == rule


def test_terms_and_dates():
    assert term("有效期5年") == "5年" and term("有效期两年") == "两年"
    assert term("有效期至2022年6月30日") == "2022-06-30"
    assert expiry_date("2022-06-30", None) == "2022-07-01"  # the first day no longer in force
    assert expiry_date("两年", "2022-08-26") == "2024-08-26"
    assert effective_date("公布之日", "2022-08-26") == "2022-08-26"


def test_seed_validity():
    opinion = next(i for i in parsed_seed("2018-2").instruments if i.promulgated_by == "永政发〔2018〕3号")
    assert (opinion.effective, opinion.expiry, opinion.expiry_date) == ("公布之日", "2022-06-30", "2022-07-01")
    insurance = next(i for i in parsed_seed("2017").instruments if i.promulgated_by == "永政发〔2017〕12号")
    assert (insurance.effective, insurance.effective_date) == ("2018-01-01", "2018-01-01")


def test_term_written_with_youxiaoqixian():
    from gazette_kg.loaders.parse.structure.validity import term

    assert term("本办法有效期限5年。") == "5年"
