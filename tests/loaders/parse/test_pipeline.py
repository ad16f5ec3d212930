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


# A gazette whose contents list titles only, in sections headed without brackets (the State Council's convention).
TITLES_ONLY = (
    "甲国乙务院公报\n2011年第9号(总号:1380)\n目　　录\n乙务院文件\n乙务院关于同意设立某某试验区的批复 …… (7)\n"
    "乙务院办公厅文件\n乙务院办公厅关于印发某某方案的通知 …… (9)\n"
    "乙务院关于同意设立某某试验区的批复\n乙务函〔2011〕40号\n丁省人民政府：\n同意设立某某试验区。\n甲国乙务院\n2011年3月8日\n"
    "乙务院办公厅关于印发某某方案的通知\n乙务办发〔2011〕21号\n各省人民政府：\n《某某方案》已经乙务院同意，现印发给你们。\n"
    "乙务院办公厅\n2011年3月10日\n"
)


def test_documents_take_section_and_page_from_contents_that_list_titles_only():
    issue = parse_text(TITLES_ONLY, "titles.txt")
    assert [(d.doc_number, d.section, d.toc_page) for d in issue.documents] == [
        ("乙务函〔2011〕40号", "乙务院文件", 7),
        ("乙务办发〔2011〕21号", "乙务院办公厅文件", 9),
    ]
    assert not [w for w in issue.warnings if w.code in ("toc-without-body", "body-not-in-toc")]


# An order listed by its number under a heading without brackets; the body's order masthead is no heading.
ORDER_ISSUE = (
    "壬省人民政府公报\n2015年第6期\n目　录\n省政府令\n壬省人民政府令第201号 ………… (2)\n壬省某某管理办法 ………… (3)\n\n"
    "壬省人民政府令\n第201号\n《壬省某某管理办法》已经2015年2月10日省人民政府常务会议通过，现予公布，自2015年4月1日起施行。\n"
    "省长　某某\n2015年2月20日\n壬省某某管理办法\n第一条 为了加强某某管理，制定本办法。\n"
)


def test_an_order_listed_by_its_number_takes_its_page_and_section():
    issue = parse_text(ORDER_ISSUE, "order.txt")
    assert [(d.doc_number, d.section, d.toc_page) for d in issue.documents] == [("壬省人民政府令第201号", "省政府令", 2)]


# Contents that list each 规章 with its order in brackets, the order in full or in a short form.
ORDERS_IN_BRACKETS = (
    "丑省人民政府公报\n2013年第10期\n目　录\n【省政府令】\n丑省某某管理办法（丑省人民政府令第88号）……（2）\n"
    "丑省某某实施办法（省政府令第89号）……（5）\n\n"
    "丑省人民政府令\n第88号\n《丑省某某管理办法》已经省人民政府常务会议通过，现予公布，自2013年6月1日起施行。\n"
    "省长　某某\n2013年4月10日\n丑省某某管理办法\n第一条 为了加强某某管理，制定本办法。\n"
    "丑省人民政府令\n第89号\n《丑省某某实施办法》已经省人民政府常务会议通过，现予公布，自2013年7月1日起施行。\n"
    "省长　某某\n2013年4月12日\n丑省某某实施办法\n第一条 为了实施某某条例，制定本办法。\n"
)


def test_decrees_listed_by_title_with_their_order_in_brackets():
    issue = parse_text(ORDERS_IN_BRACKETS, "orders.txt")
    assert [(e.title, e.doc_number) for e in issue.toc] == [
        ("丑省某某管理办法", "丑省人民政府令第88号"),
        ("丑省某某实施办法", "省政府令第89号"),
    ]
    assert [(d.doc_number, d.section, d.toc_page) for d in issue.documents] == [
        ("丑省人民政府令第88号", "省政府令", 2),
        ("丑省人民政府令第89号", "省政府令", 5),
    ]
    assert not [w for w in issue.warnings if w.code in ("toc-without-body", "body-not-in-toc")]


def test_a_title_the_contents_print_with_other_widths_and_quotes_still_finds_its_entry():
    text = TITLES_ONLY.replace("乙务院关于同意设立某某试验区的批复 …… (7)", "乙务院关于同意设立某某(甲类)试验区的批复 …… (7)")
    text = text.replace("乙务院关于同意设立某某试验区的批复\n乙务函", "乙务院关于同意设立某某（甲类）试验区的批复\n乙务函")
    issue = parse_text(text, "widths.txt")
    assert [(d.section, d.toc_page) for d in issue.documents][0] == ("乙务院文件", 7)
