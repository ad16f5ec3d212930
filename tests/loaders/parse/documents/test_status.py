"""The status a page prints for its document (invented texts written the way databases and sites print them)."""

import pytest

from gazette_kg.loaders.parse.pipeline import parse_text

HEAD = (
    "某政办发〔2015〕12号\n\n各县区人民政府，市直各单位：\n为加强管理，现就有关事项通知如下。\n某市人民政府办公室\n2015年3月2日\n"
)
TITLE = "某市人民政府办公室关于加强某某管理的通知"

DATABASE_PAGE = f"""标题：{TITLE}
发文字号：某政办发〔2015〕12号
成文日期：2015年3月2日
时效性：已废止
废止日期：2020年5月1日

各县区人民政府，市直各单位：
为加强管理，现就有关事项通知如下。
某市人民政府办公室
2015年3月2日
"""


def _status(text: str) -> dict | None:
    (document,) = parse_text(text).to_dict()["documents"]
    assert document["title"] == TITLE and document["doc_number"] == "某政办发〔2015〕12号"
    return document["stated_status"]


def test_a_database_field_and_its_date():
    assert _status(DATABASE_PAGE) == {"status": "repealed", "as_written": "已废止", "line": 4, "date": "2020-05-01", "by": None}


@pytest.mark.parametrize(
    ("field", "status"),
    [
        ("时效性：现行有效", "in_force"),
        ("效力状态：失效", "expired"),
        ("有效性：部分失效", "partly_expired"),
        ("时效性 已修改", "amended"),
        ("有 效 性 有效", "in_force"),  # a label letter-spaced, parted from its value by spaces
        ("公文时效: | 有效 | 发布机构: | 某市人民政府办公室 |", "in_force"),  # a catalogue table's cells
        ("时效性：\n尚未生效", "not_yet_in_force"),  # the value on the line under its label
    ],
)
def test_field_wordings(field, status):
    stated = _status(DATABASE_PAGE.replace("时效性：已废止", field).replace("废止日期：2020年5月1日\n", ""))
    assert stated["status"] == status and stated["date"] is None


@pytest.mark.parametrize(
    ("title_line", "written", "status"),
    [
        (f"{TITLE}（废止）", "废止", "repealed"),
        (f"{TITLE}【已废止】", "已废止", "repealed"),
        (f"(失效){TITLE}", "失效", "expired"),
        (f"{TITLE}[部分失效]", "部分失效", "partly_expired"),
    ],
)
def test_a_tag_on_the_title_leaves_the_title_and_is_kept(title_line, written, status):
    stated = _status(f"{title_line}\n{HEAD}")
    assert stated == {"status": status, "as_written": written, "line": 1, "date": None, "by": None}


def test_a_version_tag_is_no_status():
    assert _status(f"{TITLE}(2019修订)\n{HEAD}") is None


def test_a_note_with_its_date():
    head = HEAD.replace("\n\n", "\n\n（本文件已于2018年6月30日废止）\n", 1)
    assert _status(f"{TITLE}\n{head}") == {
        "status": "repealed",
        "as_written": "废止",
        "line": 4,
        "date": "2018-06-30",
        "by": None,
    }


def test_a_note_naming_the_repealing_document():
    head = HEAD.replace("\n\n", "\n\n注：该通知已被《某市人民政府关于废止部分规范性文件的决定》废止。\n", 1)
    stated = _status(f"{TITLE}\n{head}")
    assert stated["status"] == "repealed" and stated["by"] == "某市人民政府关于废止部分规范性文件的决定"


def test_a_sentence_of_the_text_on_something_else_is_no_note():
    head = HEAD.replace("现就有关事项", "此前已废止的文件不再执行，该证书已失效的，现就有关事项")
    assert _status(f"{TITLE}\n{head}") is None


def test_a_gazette_document_without_a_printed_status():
    assert _status(f"{TITLE}\n{HEAD}") is None


def test_a_tag_on_the_title_takes_its_date_from_the_note_under_it():
    head = HEAD.replace("\n\n", "\n\n（本文件已于2018年6月30日废止）\n", 1)
    stated = _status(f"(失效){TITLE}\n{head}")
    assert stated == {"status": "expired", "as_written": "失效", "line": 1, "date": "2018-06-30", "by": None}


def test_a_note_dates_no_status_that_keeps_the_document_in_force():
    head = HEAD.replace("\n\n", "\n\n（本文件已于2018年6月30日废止）\n", 1)
    assert _status(f"{TITLE}(部分失效)\n{head}")["date"] is None
