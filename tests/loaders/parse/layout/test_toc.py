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
