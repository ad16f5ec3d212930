from tests.seeds import parsed_seed


def test_toc_with_tabs_and_square_brackets_and_glued_number():
    toc = parsed_seed("2018-2").toc
    assert [e.doc_number for e in toc][:5] == [
        "永政发〔2018〕1号",
        "永政发〔2018〕2号",
        "永政发〔2018〕3号",
        "永政发〔2018〕4号",
        "永政函〔2018〕9号",
    ]
    glued = toc[4]
    assert glued.title == "永州市人民政府关于表彰2017年度永州市见义勇为先进个人的决定" and glued.page == 25
    assert toc[2].normative_code == "YZCR-2018-00001"


def test_toc_entries_split_over_lines_and_dot_leaders():
    toc = parsed_seed("2017").toc
    assert toc[0].title == "永州市人民政府关于印发进一步扩大开放鼓励投资的若干措施的通知"
    assert [e.page for e in toc] == [3, 8, 12, 22, 44, 44]
    assert {e.section for e in toc} == {"市政府文件", "市政府办文件", "人事任免"}


def test_list_prefixed_entries():
    toc = parsed_seed("2022").toc
    assert toc[0].title.startswith("永州市人民政府办公室关于印发") and toc[0].page == 3
    assert toc[3].doc_number == "永政办发〔2022〕15号" and toc[3].page == 24


def test_a_documents_own_outline_of_chapters_is_not_a_gazette_toc():
    from gazette_kg.loaders.parse.layout.clean import clean_lines
    from gazette_kg.loaders.parse.layout.toc import parse_toc

    text = "某某办法\n目 录\n第一章 总则\n第二章 附则\n第一章 总则\n第一条 为了规范管理，根据《某某办法》（某发〔2000〕23号），制定本办法。\n"
    assert parse_toc(clean_lines(text))[0] == []


def test_sections_headed_without_brackets_and_contents_that_end_where_the_body_begins():
    from gazette_kg.loaders.parse.layout.clean import clean_lines
    from gazette_kg.loaders.parse.layout.toc import parse_toc

    text = (
        "甲国乙务院公报\n目　录\n乙务院文件\n乙务院关于加强某某工作的决定 ………… (4)\n"
        "◆ 部门文件 ◆\n丙部关于某某规章\n清理结果的通知 ………… (9)\n"
        "乙务院关于加强某某工作的决定\n乙务发〔2011〕12号\n各省人民政府：\n"
    )
    entries, end = parse_toc(clean_lines(text))
    assert [(e.section, e.title, e.page) for e in entries] == [
        ("乙务院文件", "乙务院关于加强某某工作的决定", 4),
        ("部门文件", "丙部关于某某规章清理结果的通知", 9),
    ]
    assert end == 7  # the body's first title


def test_a_title_listed_twice_in_the_contents_does_not_end_them():
    from gazette_kg.loaders.parse.layout.clean import clean_lines
    from gazette_kg.loaders.parse.layout.toc import parse_toc

    text = "目录\n某市人民政府关于表彰的决定 (3)\n某市人民政府关于表彰的决定\n(某政发〔2020〕2号) (5)\n"
    assert [e.page for e in parse_toc(clean_lines(text))[0]] == [3, 5]


def test_pages_set_bare_after_leaders_or_a_slash():
    from gazette_kg.loaders.parse.layout.clean import clean_lines
    from gazette_kg.loaders.parse.layout.toc import parse_toc

    text = "目 录\n辛部关于印发甲办法的通知 /4\n辛部关于乙工作的意见…………………… 12\n辛部关于公布2019年第3批名录的通知\n(辛发〔2019〕3号) (15)\n"
    entries = parse_toc(clean_lines(text))[0]
    assert [(e.title, e.page) for e in entries] == [
        ("辛部关于印发甲办法的通知", 4),
        ("辛部关于乙工作的意见", 12),
        ("辛部关于公布2019年第3批名录的通知", 15),
    ]


def test_contents_headed_mu_ci_as_periodicals_name_them():
    from gazette_kg.loaders.parse.layout.clean import clean_lines
    from gazette_kg.loaders.parse.layout.toc import parse_toc

    text = "癸市政报\n目　次 CONTENTS\n癸市人民政府关于某事的通知 (2)\n"
    assert [e.page for e in parse_toc(clean_lines(text))[0]] == [2]
