"""The status words of a field's value and of a title's tag."""

import pytest

from gazette_kg.loaders.parse.documents.statuswords import status_of, without_status_tag


@pytest.mark.parametrize(
    ("value", "found"),
    [
        ("现行有效", ("in_force", "现行有效")),
        ("已废止（2020年5月1日）", ("repealed", "已废止")),
        ("部分失效", ("partly_expired", "部分失效")),  # the longest words, not 失效 within them
        ("已被修改", ("amended", "已被修改")),
        ("法律", None),
        ("是", None),
    ],
)
def test_a_value_by_the_words_it_starts_with(value, found):
    assert status_of(value) == found


@pytest.mark.parametrize(
    "title",
    ["某某办法（废止）", "某某办法【已废止】", "(失效)某某办法", "某某办法[部分失效]", "某某办法(2019年废止)"],
)
def test_a_status_tag_is_taken_off_a_title(title):
    assert without_status_tag(title) == "某某办法"


def test_a_version_or_a_bracket_of_the_title_stays():
    assert without_status_tag("某某条例(2019修订)") == "某某条例(2019修订)"
    assert without_status_tag("某某实施方案（试行）") == "某某实施方案（试行）"
