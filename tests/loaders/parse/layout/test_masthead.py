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
