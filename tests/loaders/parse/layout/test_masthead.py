import pytest

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
