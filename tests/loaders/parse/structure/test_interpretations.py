from gazette_kg.loaders.parse.pipeline import parse_text

PAGE = """关于《岳阳市城市道路管理办法》的政策解读
来源:市城管局 2023-03-05
《岳阳市城市道路管理办法》(岳政发〔2023〕5号)已于2023年3月1日印发,现解读如下。
一、制定背景
根据《湖南省城市道路管理条例》(湘政发〔2020〕3号)要求,制定本办法。
岳阳市城市管理局
"""


def test_an_interpretation_page_names_the_document_it_interprets_by_its_number_in_the_text():
    issue = parse_text(PAGE, "page.txt")
    assert issue.documents == []
    [record] = issue.interpretations
    assert (record.agency, record.interprets, record.body_line) == ("岳阳市城市管理局", "岳政发〔2023〕5号", 1)
    assert [(c.in_, c.cited_doc_number) for c in issue.citations] == [("岳政发〔2023〕5号", "湘政发〔2020〕3号")]


def test_a_press_interview_or_drafting_notes_published_alone_are_interpretations():
    from gazette_kg.loaders.parse.pipeline import parse_text

    interview = parse_text(
        "甲市发展和改革委员会负责人就《甲市人民政府办公室关于印发甲市乙工作方案的通知》答记者问\n"
        "问:出台《方案》的背景是什么?\n答:为贯彻落实国家有关要求,市发改委起草了本方案。",
        "a.txt",
    )
    notes = parse_text(
        "《甲市乙工作方案》起草说明\n一、起草背景\n为贯彻落实国家有关要求,起草了本方案。\n甲市发展和改革委员会\n2023年3月2日",
        "b.txt",
    )
    assert [(i.agency, i.title) for i in interview.interpretations + notes.interpretations] == [
        ("甲市发展和改革委员会", "甲市人民政府办公室关于印发甲市乙工作方案的通知"),
        ("甲市发展和改革委员会", "甲市乙工作方案"),
    ]
    assert interview.documents == notes.documents == []


def test_a_page_titled_with_the_interpretation_word_first_is_an_interpretation_by_its_named_unit():
    issue = parse_text(
        "索引号: | 0001/2023-1 | 成文日期: | 2023-12-16 |\n"
        "文字解读《甲县人民政府关于公布行政规范性文件清理结果的通知》\n发布日期:2023-12-16 09:09:03\n"
        "一、制定背景\n根据《甲省行政规范性文件管理办法》(省政府令第3号)要求,对县政府规范性文件进行了全面清理。\n"
        "二、主要内容\n经清理,继续有效的规范性文件27件,废止8件。\n解读单位:甲县司法局,咨询电话:0000-1234567\n",
        "i.txt",
    )
    assert issue.documents == []
    [record] = issue.interpretations
    assert (record.agency, record.title) == ("甲县司法局", "甲县人民政府关于公布行政规范性文件清理结果的通知")
