from tests.seeds import parsed_seed


def test_citation_with_title_and_line():
    cited = [
        (c.cited_doc_number, c.cited_title, c.line) for c in parsed_seed("2022").citations if c.in_ == "永政办发〔2022〕11号"
    ]
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


def _facts(text, number=None):
    from gazette_kg.loaders.parse.facts.citations import extract_citations
    from gazette_kg.loaders.parse.facts.repeals import extract_repeals
    from gazette_kg.loaders.parse.spans import DocumentSpan, SourceLine

    span = DocumentSpan("", number, None, None, [SourceLine(i + 1, line) for i, line in enumerate(text.split("\n"))])
    return extract_repeals(span), extract_citations(span)


def test_repeal_list_after_the_announcing_sentence():
    repeals, citations = _facts(
        "山东省人民政府关于废止《山东省信访规定》等3件省政府规章的决定\n"
        "经过清理,省政府决定废止以下规章:\n"
        "一、山东省信访规定(省政府令第114号)。\n"
        "二、山东省高等教育自学考试若干规定(鲁政发〔1983〕90号)。\n"
        "本决定自公布之日起施行。"
    )
    assert [(r.repealed_title, r.repealed_doc_number, r.line) for r in repeals] == [
        ("山东省信访规定", "省政府令第114号", 3),
        ("山东省高等教育自学考试若干规定", "鲁政发〔1983〕90号", 4),
    ]
    assert [(c.cited_doc_number, c.cited_title) for c in citations] == [
        ("省政府令第114号", "山东省信访规定"),
        ("鲁政发〔1983〕90号", "山东省高等教育自学考试若干规定"),
    ]


def test_repeal_with_the_order_that_published_it():
    text = (
        "经研究,市人民政府决定废止《上海市一次性塑料饭盒管理暂行办法》(2000年6月14日上海市人民政府令第84号公布,"
        "根据2010年12月20日上海市人民政府令第52号公布的《上海市人民政府关于修改<上海市农机事故处理暂行规定>等148件市政府规章的决定》修正并重新公布)。"
    )
    repeals, citations = _facts(text)
    assert [(r.repealed_title, r.repealed_doc_number) for r in repeals] == [
        ("上海市一次性塑料饭盒管理暂行办法", "上海市人民政府令第84号")
    ]
    assert [c.cited_title[:8] for c in citations] == ["上海市一次性塑料", "上海市人民政府关"]


def test_repeal_table_rows():
    repeals, _ = _facts(
        "决定宣布失效的文件目录如下:\n序号\t文件名称\t文号\n1\t岳阳市甲办法\t岳政发〔2015〕3号\n2\t岳阳市乙通知\t岳政办发〔2016〕9号\n"
    )
    assert [(r.repealed_title, r.repealed_doc_number) for r in repeals] == [
        ("岳阳市甲办法", "岳政发〔2015〕3号"),
        ("岳阳市乙通知", "岳政办发〔2016〕9号"),
    ]


def test_the_verb_in_a_title_or_as_an_adjective_states_no_repeal():
    repeals, _ = _facts(
        "关于发布《平江县人民政府关于公布2020年第二批规范性文件废止目录的通知》的解读说明\n"
        "根据《岳阳市人民政府办公室关于加强规范性文件管理工作的通知》(岳政办发〔2018〕10号)文件要求,对需要宣布废止和失效的规范性文件进行了清理。"
    )
    assert repeals == []


def test_a_number_broken_at_the_end_of_a_line_is_read_whole():
    _, citations = _facts("根据《湖南省人民政府关于加快推进农业机械化的实施意见》(湘政发〔2019〕2\n2号)要求,制定本措施。")
    assert [(c.cited_doc_number, c.cited_title, c.line) for c in citations] == [
        ("湘政发〔2019〕22号", "湖南省人民政府关于加快推进农业机械化的实施意见", 1)
    ]


def test_repeal_table_rows_parted_by_spaces_or_bars():
    repeals, _ = _facts(
        "决定废止的文件目录如下:\n序号 文件名称 文号\n1 甲市乙办法 甲政发〔2015〕3号\n2 中共甲市委 甲市人民政府关于丙的通知 甲发〔2016〕9号\n"
        "本决定自公布之日起施行。"
    )
    assert [(r.repealed_title, r.repealed_doc_number) for r in repeals] == [
        ("甲市乙办法", "甲政发〔2015〕3号"),
        ("中共甲市委 甲市人民政府关于丙的通知", "甲发〔2016〕9号"),
    ]
    repeals, _ = _facts("宣布失效的文件如下：\n| 序号 | 文号 | 文件名称 |\n| 1 | 甲政办发〔2012〕7号 | 甲市丁规定 |\n")
    assert [(r.repealed_title, r.repealed_doc_number) for r in repeals] == [("甲市丁规定", "甲政办发〔2012〕7号")]


def test_a_cleanup_result_list_after_an_earlier_repeal_is_no_repeal_list():
    repeals, _ = _facts(
        "对现行文件进行了全面清理,除已被废止或失效的文件外,现将清理结果公布如下:\n"
        "一、根据《甲省规范性文件管理办法》(甲省人民政府令第216号)规定,有效期一般不得超过5年。\n"
        "二、宣布失效或废止的文件自本公告公布之日起停止执行。"
    )
    assert repeals == []


def test_a_cleanup_result_declares_void_what_it_names_before_the_verb():
    repeals, _ = _facts(
        "现将清理结果公布如下:\n"
        "一、《甲县人民政府关于印发〈甲县乙办法〉的通知》等5件规范性文件继续有效。\n"
        "二、《甲县人民政府办公室关于印发〈甲县丙清单〉的通知》等3件规范性文件失效。\n"
        "三、《甲县人民政府关于丁工作的通知》(甲政发〔2019〕4号)废止。\n"
        "上述宣布废止、失效的规范性文件,自本决定公布之日起不再执行。本办法有效期5年,期满自动失效。\n"
        "根据《甲省规范性文件管理办法》(省政府令第9号)规定,对任务已完成的规范性文件,应宣布废止或失效。"
    )
    assert [(r.repealed_title, r.repealed_doc_number, r.line) for r in repeals] == [
        ("甲县人民政府办公室关于印发《甲县丙清单》的通知", None, 3),
        ("甲县人民政府关于丁工作的通知", "甲政发〔2019〕4号", 4),
    ]


def test_a_number_named_before_its_title_takes_the_title_after_it():
    _, citations = _facts("根据甲政办发[2008]7号《关于加强全区乙工作的意见》文件精神,决定成立丙工作领导小组。")
    assert [(c.cited_doc_number, c.cited_title) for c in citations] == [("甲政办发〔2008〕7号", "关于加强全区乙工作的意见")]
    # a number in brackets after its title keeps that title, not the next one
    _, citations = _facts("根据《甲省乙办法》(甲政发〔2010〕3号)《丙规定》(甲政发〔2011〕5号)。")
    assert [c.cited_title for c in citations] == ["甲省乙办法", "丙规定"]


def test_a_number_written_year_first_is_cited_with_the_title_right_before_it():
    _, citations = _facts(
        "1988年我部制订下发了《关于甲的暂行规定》(88)甲乙字第27号,以下简称《暂行规定》。又见《丙办法》丙发〔2019〕2号。"
    )
    assert [(c.cited_doc_number, c.cited_title) for c in citations] == [
        ("(88)甲乙字第27号", "关于甲的暂行规定"),
        ("丙发〔2019〕2号", "丙办法"),
    ]


def test_an_unquoted_title_keeps_the_joint_issuers_that_open_it():
    # 根据中共中央、国务院关于…的通知(中发〔…〕N号): the issuers joined by 、 are part of the title; a list before it is not
    _, citations = _facts(
        "根据中共中央、国务院关于某某筹备组改建为某某办公室的通知(中发〔1990〕3号),现将有关问题通知如下:\n"
        "按照安全、稳定、某省人民政府关于加强安全生产的决定(某政发〔2001〕7号)的要求,做好工作。",
        "某办发〔1990〕1号",
    )
    assert [(c.cited_doc_number, c.cited_title) for c in citations] == [
        ("中发〔1990〕3号", "中共中央、国务院关于某某筹备组改建为某某办公室的通知"),
        ("某政发〔2001〕7号", "某省人民政府关于加强安全生产的决定"),
    ]
