from gazette_kg.loaders.parse.layout.clean import clean_lines, squeeze
from tests.seeds import seed_path


def test_line_numbers_are_kept():
    text = seed_path("2022").read_text(encoding="utf-8")
    clean = clean_lines(text)
    assert len(clean.lines) == len(text.split("\n"))
    assert all(line.number == i for i, line in enumerate(clean.lines, start=1))


def test_running_heads_spliced_into_sentences_are_blanked():
    clean = clean_lines(seed_path("2022").read_text(encoding="utf-8"))
    assert "市政府办文件" in clean.running_heads
    assert clean.text_of(200) == ""  # a running head between the halves of a sentence
    assert clean.text_of(34) == "【市政府办文件】"  # the TOC section itself stays


def test_markdown_and_html_are_removed():
    clean = clean_lines("# 永州政报\n**第一条** 为了\n<p>四、关于</p>\t<p>(十四) 强化</p>\n| 组 长： | 欧阳元初 |\n|---|---|\n")
    assert [l.text for l in clean.lines] == ["永州政报", "第一条为了", "四、关于\t(十四)强化", "组长：\t欧阳元初", ""]


def test_spaces_inside_chinese_are_dropped():
    assert squeeze("责任编辑:李 健 胡 锐") == "责任编辑:李健胡锐"
    assert squeeze("优化营商环境 2021 年度") == "优化营商环境2021年度"
    assert squeeze("补贴政策 and 农业机械") == "补贴政策 and 农业机械"  # Latin words keep their spaces


def test_in_an_issue_the_gazette_title_and_first_line_repeated_are_running_heads():
    from gazette_kg.loaders.parse.layout.clean import clean_lines

    text = "内部资料 免费赠阅\n永州市人民政府公报\n目 录\n正文\n内部资料 免费赠阅\n永州市人民政府公报\n正文"
    assert [line.text for line in clean_lines(text).lines] == [
        "内部资料免费赠阅",
        "永州市人民政府公报",
        "目录",
        "正文",
        "",
        "",
        "正文",
    ]


def test_a_single_document_keeps_its_repeated_title():
    from gazette_kg.loaders.parse.layout.clean import clean_lines

    text = "苏州市企业信用信息管理办法\n\n苏州市企业信用信息管理办法\n第一条 为加强社会信用建设。"
    assert clean_lines(text).lines[2].text == "苏州市企业信用信息管理办法"


def test_page_heads_with_the_issue_and_page_beside_the_title_and_dotted_page_numbers_are_blanked():
    text = (
        "丙市人民政府公报\n2020年第5期(总第61期)\n目 录\n丙市人民政府关于某事的通知(3)\n"
        "丙市人民政府关于某事的通知\n一、各单位要加强\n丙市人民政府公报 2020年第5期 ·4·\n·4·\n"
        "协调配合。\n— 5 —\n·6· 丙市人民政府公报2020·5\n丙市人民政府公报 2020年第5期(总第61期) 7\n二、其他\n"
    )
    lines = [line.text for line in clean_lines(text).lines]
    assert lines[:2] == ["丙市人民政府公报", "2020年第5期(总第61期)"]  # the masthead stays
    assert lines[6:12] == ["", "", "协调配合。", "", "", ""]


def test_a_sentence_naming_the_gazette_and_its_issue_is_no_page_head():
    text = "丁县政报\n目 录\n正文\n刊登于丁县政报2021年第3期\n丁县政报2021年第3期\n"
    lines = [line.text for line in clean_lines(text).lines]
    assert lines[3] == "刊登于丁县政报2021年第3期" and lines[4] == ""


def test_a_law_databases_marks_of_what_a_line_is_are_no_text():
    # 【题注】 before the adoption note, 【章名】 before a chapter heading; a gazette's section 【市政府文件】 stays
    text = "某某条例\n【题注】 (2001年4月29日某市人民代表大会通过)\n【章名】 第一章 总则\n【市政府文件】\n"
    assert [line.text for line in clean_lines(text).lines] == [
        "某某条例",
        "(2001年4月29日某市人民代表大会通过)",
        "第一章总则",
        "【市政府文件】",
    ]


def test_a_section_heading_the_contents_print_without_brackets_is_a_running_head_in_the_body():
    text = (
        "甲国乙务院公报\n目 录\n乙务院文件\n乙务院关于某事的决定 …… (4)\n"
        "乙务院关于某事的决定\n乙务发〔2011〕12号\n各省人民政府：\n一、各地要加强\n乙务院文件\n协调。\n"
    )
    lines = [line.text for line in clean_lines(text).lines]
    assert lines[2] == "乙务院文件" and lines[8] == ""


def test_a_decree_masthead_in_the_contents_is_no_running_head():
    text = "壬省政报\n目 录\n壬省人民政府令\n壬省某办法 …… (2)\n壬省人民政府令\n第3号\n"
    assert clean_lines(text).lines[4].text == "壬省人民政府令"


def test_the_issue_alone_at_the_head_of_a_facing_page_is_a_running_head():
    text = "寅市人民政府公报\n2019年第3期(总第186期)\n目 录\n正文\n一、各单位要加强\n·7· 2019年第3期\n协调配合。\n"
    lines = [line.text for line in clean_lines(text).lines]
    assert lines[1] == "2019年第3期(总第186期)" and lines[5] == ""
