"""A page's text on one line: cut into its elements, each keeping the source line's number."""

from gazette_kg.loaders.parse.layout.clean import clean_lines
from gazette_kg.loaders.parse.layout.runon import is_run_on, pieces
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
