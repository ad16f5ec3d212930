import pytest

from gazette_kg.loaders.parse.layout.clean import clean_lines
from gazette_kg.loaders.parse.layout.masthead import parse_masthead
from tests.seeds import parsed_seed


@pytest.mark.parametrize(
    "key, title, year, number, cumulative, published, supervisor, sponsor",
    [
        ("2022", "永州市人民政府公报", 2022, "7-8", "156-157", None, "永州市人民政府办公室", "永州市人民政府研究室"),
        ("2018-2", "永州政报", 2018, "2", "103", "2018-02-28", "永州市人民政府", "永州市人民政府办公室"),
        ("2018-9", "永州政报", 2018, "9-10", "110-111", "2018-10-31", "永州市人民政府", "永州市人民政府办公室"),
        ("2017", "永州政报", 2017, "12", "101", "2017-12-31", "永州市人民政府", "永州市人民政府办公室"),
    ],
)
def test_masthead(key, title, year, number, cumulative, published, supervisor, sponsor):
    meta = parsed_seed(key).issue
    assert (meta.gazette_title, meta.year, meta.issue_number, meta.cumulative_number) == (title, year, number, cumulative)
    assert (meta.publication_date, meta.supervisor, meta.sponsor) == (published, supervisor, sponsor)


def test_a_masthead_run_together_on_one_line_gives_its_title_and_sponsor():
    text = (
        "1 甲省乙厅公报 JIASHENG YITING GONGBAO 2019年第3期 (总第86期) 甲省乙厅办公室主办主编丙某 目录 "
        "甲省乙厅关于印发丁办法的通知 /4\n"
    )
    meta = parse_masthead(clean_lines(text).lines)
    assert (meta.gazette_title, meta.year, meta.issue_number, meta.cumulative_number, meta.sponsor) == (
        "甲省乙厅公报",
        2019,
        "3",
        "86",
        "甲省乙厅办公室",
    )


def test_a_gazette_numbered_by_hao_with_its_total_and_date_beside_it():
    text = "甲国乙院公报\nJIAGUO YIYUAN GONGBAO\n4月9日 2001年第12号 (总号:1188)\n目 录\n"
    meta = parse_masthead(clean_lines(text).lines)
    assert (meta.gazette_title, meta.year, meta.issue_number, meta.cumulative_number, meta.publication_date) == (
        "甲国乙院公报",
        2001,
        "12",
        "1188",
        "2001-04-09",
    )


def test_a_masthead_in_chinese_numerals_and_a_total_written_zongdi_hao():
    text = "丙省人民政府公报\n一九八六年第七号\n总第五十号\n"
    meta = parse_masthead(clean_lines(text).lines)
    assert (meta.year, meta.issue_number, meta.cumulative_number) == (1986, "7", "50")


def test_a_title_broken_over_lines_takes_the_full_name_printed_elsewhere_in_the_masthead():
    text = "丁国\n戊院公报\n2005年第3号 总第88号\n编辑出版：《丁国戊院公报》编辑部\n"
    assert parse_masthead(clean_lines(text).lines).gazette_title == "丁国戊院公报"


def test_a_decree_numbered_by_year_and_hao_is_no_issue():
    text = "甲省乙厅令\n2019年第1号\n《甲省乙办法》已经厅务会议通过，现予公布。\n"
    meta = parse_masthead(clean_lines(text).lines)
    assert (meta.year, meta.issue_number) == (None, None)


def test_an_explicit_publication_date_wins_over_the_date_beside_the_number():
    text = "己市政报\n3月1日 2010年第2期\n出版日期：2010年3月5日\n"
    assert parse_masthead(clean_lines(text).lines).publication_date == "2010-03-05"


def test_one_body_that_supervises_and_sponsors_and_a_double_issue_written_with_a_stop():
    text = "庚县政报\n2016年第7、8期\n主管主办：庚县人民政府办公室\n"
    meta = parse_masthead(clean_lines(text).lines)
    assert (meta.issue_number, meta.supervisor, meta.sponsor) == ("7-8", "庚县人民政府办公室", "庚县人民政府办公室")


def test_a_publication_date_printed_with_chu_ban_after_it():
    text = "癸市政报\n2012年第4期\n2012年4月25日出版\n"
    assert parse_masthead(clean_lines(text).lines).publication_date == "2012-04-25"


def test_a_masthead_that_sets_the_word_under_the_bodys_name():
    text = "卯县人民政府\n公 报\n2014年第1期\n"
    assert parse_masthead(clean_lines(text).lines).gazette_title == "卯县人民政府公报"


def test_a_pages_path_to_its_issue_names_the_gazette_year_and_number():
    text = "甲国乙院公报/一九五六年/第五号/乙院关于某事的决定\n乙院关于某事的决定\n"
    meta = parse_masthead(clean_lines(text).lines)
    assert (meta.gazette_title, meta.year, meta.issue_number) == ("甲国乙院公报", 1956, "5")
