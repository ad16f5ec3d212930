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
