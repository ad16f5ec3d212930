"""A page's text on one line: cut into its elements, each keeping the source line's number."""

from gazette_kg.loaders.parse.layout.clean import clean_lines
from gazette_kg.loaders.parse.layout.runon import header_parts, is_run_on, pieces, runs_elements_on
from gazette_kg.loaders.parse.pipeline import parse_text

PAGE = (
    "# source: https://example.gov.cn/a.html\n"
    "甲市人民政府办公室关于印发甲市乙工作方案的通知 甲政办发〔2023〕5号 各县区人民政府,市直各单位: "
    "《甲市乙工作方案》已经市政府同意,现印发给你们,请认真贯彻执行。 甲市人民政府办公室 2023年3月1日 甲市乙工作方案 "
    "为贯彻落实《甲省人民政府关于加快发展的意见》(甲政发〔2022〕3号)精神,制定本方案。一、主要任务 "
    "(一)加快建设。推进项目建设,确保按期完工。(市发改委牵头,市财政局配合)(二)强化保障。落实资金,加强监督管理。(市财政局负责)"
    "二、保障措施 组 长:曹 亚,负责统筹。"
)


def test_a_run_on_line_is_cut_at_spaces_and_before_elements_after_a_stop():
    assert is_run_on(PAGE.split("\n")) and not is_run_on(["标题", "第一条 本办法适用于本市。", "第二条 本办法自公布之日起施行。"])
    cut = pieces(PAGE.split("\n")[1])
    assert cut[:3] == ["甲市人民政府办公室关于印发甲市乙工作方案的通知", "甲政办发〔2023〕5号", "各县区人民政府,市直各单位:"]
    assert "一、主要任务" in cut and "组 长:曹 亚,负责统筹。" in cut  # a name spaced out is not cut
    assert {line.number for line in clean_lines(PAGE).lines} == {1, 2}


def test_a_run_on_page_gives_its_document_and_facts_on_its_line():
    issue = parse_text(PAGE, "page.txt")
    [doc] = issue.documents
    assert (doc.doc_number, doc.issuer, doc.signed_date, doc.promulgates) == (
        "甲政办发〔2023〕5号",
        "甲市人民政府办公室",
        "2023-03-01",
        ["甲市乙工作方案"],
    )
    assert [(c.in_, c.cited_doc_number, c.line) for c in issue.citations] == [("甲政办发〔2023〕5号", "甲政发〔2022〕3号", 2)]
    assert [(r.line, r.agencies) for r in issue.responsibilities] == [(2, ["市发改委", "市财政局"]), (2, ["市财政局"])]


def test_a_news_page_run_together_without_spaces_gives_the_notice_it_prints_and_its_body():
    issue = parse_text(
        "# source: https://example.com/n.html\n甲省成立乙普查领导小组\n"
        "据甲省政府网消息,甲省人民政府办公厅公布关于成立乙普查领导小组的通知,由副省长张三任组长。全文如下:"
        "甲省人民政府办公厅关于成立乙普查领导小组的通知各市人民政府,省直各单位:为加强对乙普查的领导,省政府决定成立乙普查领导小组"
        "(以下简称领导小组)。现将有关事项通知如下:一、主要职责负责乙普查的组织和领导,协调解决普查中的重大问题。"
        "二、组成人员组长:张三副省长副组长:李四省统计局局长成员:王五省财政局副局长三、工作机构领导小组办公室设在省统计局。",
        "n.txt",
    )
    [doc] = issue.documents
    assert (doc.title, doc.issuer) == ("甲省人民政府办公厅关于成立乙普查领导小组的通知", "甲省人民政府办公厅")
    [body] = issue.coordination_bodies
    assert body.name == "乙普查领导小组" and [(l.person, l.role) for l in body.leaders][:1] == [("张三", "组长")]


def test_a_news_page_with_headline_byline_and_a_link_label_around_its_run_on_line_holds_a_congress_list():
    page = (
        "# source: https://example.cn/p/1.html\n甲区六届人大常委会召开第二十六次会议\n\n王某\n\n"
        "本网讯 7月28日上午,区六届人大常委会召开第二十六次会议。会议听取了区政府提请的人事任命议案,表决通过人事任免名单,"
        "向新任命人员颁发任命书,举行宪法宣誓仪式。会议要求,人大及其常委会任命的国家工作人员,要落实好区委的文件、任务部署,"
        "落实好人大及其常委会的各项决议、决定。区人大常委会副主任戴某、田某出席会议。 甲区人民代表大会常务委员会任命名单 "
        "(2020年7月28日甲区第六届人民代表大会常务委员会第二十六次会议通过) 决定任命: 余某某为甲区人民政府副区长。\n\n相关阅读"
    )
    issue = parse_text(page, "page.txt")
    assert [(d.title, d.signed_date, d.genre) for d in issue.documents] == [
        ("甲区人民代表大会常务委员会任命名单", "2020-07-28", "名单")
    ]
    assert [(a.person, a.action, a.post) for a in issue.personnel_actions] == [("余某某", "appoint", "甲区人民政府副区长")]


# a page keeping its catalogue fields and footer beside a body whose line breaks became spaces
CATALOGUED = (
    "# source: https://example.gov.cn/b.html\n"
    "索引号 | 0001/2021-1 | ||\n发布机构 | 丙镇 |\n生成日期 | 2021-05-06 |\n文号 | 丁丙政〔2021〕9号 |\n"
    "各村,各站所: 为做好防汛工作,保障群众安全,经研究,制定《丙镇防汛应急预案》,现印发给你们,请认真贯彻执行。 "
    "附件:丙镇防汛应急预案 甲市丁区丙镇人民政府 2021年5月6日 丙镇防汛应急预案 一、总则 为防范汛期灾害,结合本镇实际,"
    "制定本预案。 二、组织体系 镇政府设立防汛工作机构,统一领导全镇防汛工作,各村设立防汛工作小组,负责本村的巡查、"
    "预警和转移安置工作,各站所按照职责做好物资储备和抢险救援工作。\n"
    "主 办:丙镇人民政府 网站标识码:0000000001\n承 办:丁区政务服务中心\n网站标识码:0000000001\n"
)


def test_a_line_whose_spaces_open_elements_is_cut_though_the_page_keeps_other_lines():
    lines = CATALOGUED.split("\n")
    assert not is_run_on(lines) and runs_elements_on(lines[5])
    # a wrapped paragraph's spaces (200 米, (三) 落实) and a table's row open no elements
    assert not runs_elements_on("(三) 落实用地保障。" + "范围内 200 米可视范围内水土流失严重的坡耕地," * 8)
    assert not runs_elements_on("一、总体要求\t(一) 指导思想 " + "1.推进工作。 2.加强保障。 " * 20)
    [doc] = parse_text(CATALOGUED, "b.txt").documents
    assert (doc.doc_number, doc.issuer, doc.signed_date, doc.promulgates) == (
        "丁丙政〔2021〕9号",
        "甲市丁区丙镇人民政府",
        "2021-05-06",
        ["丙镇防汛应急预案"],
    )


def test_a_clock_time_stays_with_the_date_before_it():
    line = "一、管制时间 2023年2月1日 17:00-22:30 二、管制路段 甲路、乙路双向。 三、管制措施 禁止车辆通行。" * 3
    assert "2023年2月1日 17:00-22:30 二、管制路段 甲路、乙路双向。" not in pieces(line)
    assert "2023年2月1日" not in pieces(line) and "2023年2月1日 17:00-22:30" in pieces(line)


def test_a_header_row_of_title_number_issuer_and_date_is_cut_into_its_elements():
    row = "甲省人民政府关于同意设立乙市丙区的批复 甲政函〔2001〕7号 甲省人民政府 2001年3月4日 |"
    assert header_parts(row) == ["甲省人民政府关于同意设立乙市丙区的批复", "甲政函〔2001〕7号", "甲省人民政府", "2001年3月4日"]
    # a table's row naming a document and its number, no date after: not a header
    assert header_parts("1 甲市人民政府关于加强乙工作的通知 甲政发〔2015〕3号 废止") is None


def test_a_number_run_into_its_addressees_with_a_translation_after_it():
    # a journal's copy: the number, the 主送机关 and the text on one line, an English translation on the next
    body = (
        "某府办[2016]12号各县(市、区)人民政府,市政府各部门:现将《某省人民政府办公厅关于加强档案管理的通知》(某府办[2016]3号)"
        "转发给你们,请结合实际认真贯彻执行。各县(市、区)人民政府要认真做好本地区档案的清查登记工作,并于2016年5月1日前报市政府。"
        "对拟保留的机构,有关单位向市编办提出申请,经市政府审核同意后保留;对不再保留的机构,由设立单位负责撤销,"
        "并做好人员安置和资产处置工作,撤销情况于2016年6月30日前报市编办备案。"
    )
    english = "Office [2016] No. 12 Counties (cities, districts) People's governments, municipal departments: " * 3
    lines = ["论文部分内容阅读", body, english]
    assert is_run_on(lines)
    parsed = parse_text("\n".join(lines) + "\n")
    assert [d.doc_number for d in parsed.documents] == ["某府办〔2016〕12号"]
    assert [(c.in_, c.cited_doc_number) for c in parsed.citations] == [("某府办〔2016〕12号", "某府办〔2016〕3号")]
