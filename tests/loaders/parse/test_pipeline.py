"""The pipeline's front door: issues, single documents and text without a document header."""

import pytest

from gazette_kg.loaders.parse.pipeline import NotAGazette, parse_text

# A news report of a standing-committee session (others/11, shortened): no document header.
REPORT = (
    "区十届人大常委会举行第三十六次会议\n\n来源:       发布日期:2021-08-16       浏览次数:\n\n"
    "会议进行了人事任免,任命赵海洋、董冲、朱平生为区人民政府副区长,张东方为区教育体育局局长;"
    "任命吕洪武、谢登魁为区监察委员会副主任。\n"
)


def test_text_without_a_document_header_is_read_as_one_span():
    issue = parse_text(REPORT, "report.txt")
    assert issue.documents == []


def test_too_little_text_is_not_a_gazette():
    with pytest.raises(NotAGazette, match="no gazette document"):
        parse_text("这不是公报，只是一封信。\n", "letter.txt")


# A gazette's contents page copied without its titles (the leaders and pages kept): its masthead is no document.
CONTENTS_PAGE = (
    "第4号 甲国乙院公报\n甲国乙院公报\n5月8日 2002年第5号 (总号:1203)\n"
    + ". " * 60
    + "\n(12)\n"
    + "本刊登载的文件与正式文件具有同等效力，各地区、各部门应当认真执行。\n"
)


def test_a_contents_page_whose_heading_is_the_gazettes_name_holds_no_document():
    issue = parse_text(CONTENTS_PAGE, "contents.txt")
    assert issue.documents == []
    assert (issue.issue.issue_number, issue.issue.cumulative_number) == ("5", "1203")
