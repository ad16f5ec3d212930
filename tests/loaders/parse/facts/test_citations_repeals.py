from tests.seeds import parsed_seed


def test_citation_with_title_and_line():
    cited = [(c.cited_doc_number, c.cited_title, c.line) for c in parsed_seed("2022").citations if c.in_ == "永政办发〔2022〕11号"]
    assert cited[0] == ("湘政发〔2019〕22号", "湖南省人民政府关于加快推进农业机械化和农机装备产业转型升级的实施意见", 123)


def test_orders_without_year_are_citations():
    numbers = {c.cited_doc_number for c in parsed_seed("2022").citations}
    assert {"湖南省人民政府令第301号", "中华人民共和国主席令第84号", "国务院令735号"} <= numbers


def test_own_number_is_not_a_citation():
    assert all(c.in_ != c.cited_doc_number for key in ("2022", "2021") for c in parsed_seed(key).citations)


def test_title_broken_across_lines():
    titles = {c.line: c.cited_title for c in parsed_seed("2022").citations if c.cited_doc_number == "湘政办发〔2021〕78号"}
    assert titles[1236] == "湖南省人民政府办公厅关于进一步加强农村住房质量安全监管的通知"


def test_repeals():
    [repeal] = parsed_seed("2021").repeals
    assert (repeal.by, repeal.repealed_doc_number, repeal.line) == ("永政办发〔2021〕11号", "永政办函〔2020〕37号", 324)
    [earlier] = parsed_seed("2017").repeals
    assert earlier.repealed_doc_number == "永政发〔2015〕17号" and earlier.by == "永政发〔2017〕12号"


def test_already_repealed_note_is_not_a_repeal():
    assert not any(r.line == 751 for r in parsed_seed("2021").repeals)
