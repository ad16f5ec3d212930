from gazette_kg.loaders.parse.documents.promulgation import promulgated_titles
from gazette_kg.loaders.parse.pipeline import parse_text
from tests.loaders.parse.documents.test_single import DECREE
from tests.seeds import parsed_seed


def test_every_body_document_of_a_seed():
    docs = parsed_seed("2021").documents
    assert len(docs) == 15
    first = docs[0]
    assert (first.doc_number, first.body_line, first.signed_date, first.section, first.toc_page) == (
        "永政发〔2021〕6号",
        163,
        "2021-08-03",
        "市政府文件",
        3,
    )
    assert first.addressees[0] == "各县市区人民政府"


def test_title_split_over_lines_with_issuer_alone():
    doc = next(d for d in parsed_seed("2018-2").documents if d.doc_number == "永政办发〔2018〕1号")
    assert doc.body_line == 864
    assert doc.title.startswith("永州市人民政府办公室关于印发《关于贯彻落实〈")


def test_promulgated_titles():
    assert promulgated_titles("永州市人民政府办公室关于印发《永州市政务大数据管理办法》的通知") == ["永州市政务大数据管理办法"]
    assert promulgated_titles("X关于印发A市贯彻落实《甲》《乙》责任清单的通知") == [
        "A市贯彻落实《甲》责任清单",
        "A市贯彻落实《乙》责任清单",
    ]
    assert promulgated_titles("永州市人民政府关于印发进一步扩大开放鼓励投资的若干措施的通知") == [
        "进一步扩大开放鼓励投资的若干措施"
    ]
    assert promulgated_titles("甲市人民政府办公室关于印发《甲市乙规定》和《甲市丙细则》的通知") == ["甲市乙规定", "甲市丙细则"]
    assert promulgated_titles("永州市人民政府关于王军等同志职务任免的通知") == []
    # 批转 a drafting body's rules (昆明市, 2003): the body is no part of the rules' title
    assert promulgated_titles("昆明市人民政府关于批转市财政局《昆明市农业产业化扶持资金管理暂行办法》的通知") == [
        "昆明市农业产业化扶持资金管理暂行办法"
    ]


OTHER_CITY = """岳阳市人民政府办公室 湖南省岳阳市财政局
关于做好2023年春耕生产工作的通知

岳政办发〔2023〕5号

各县市区人民政府，市直各单位：

一、切实加强组织领导。各地要高度重视春耕生产，把春耕备耕作为当前农业农村工作的头等大事，主要负责同志要亲自研究部署，分管负责同志要深入一线督促指导，层层压实责任，确保各项措施落到实处。要建立工作台账，逐项明确责任人和完成时限，定期调度进展情况，及时协调解决春耕生产中遇到的困难和问题，做到早谋划、早部署、早落实。（责任单位：市农业农村局、市财政局）

二、落实补贴政策。按照《湖南省人民政府关于加快推进农业机械化的实施意见》（湘政发〔2019〕22号）要求，及时足额兑现耕地地力保护补贴、农机购置补贴和稻谷目标价格补贴，简化审核程序，加快资金拨付进度，确保补贴资金在春耕前发放到户，充分调动农民种粮积极性，稳定粮食播种面积，夯实全年粮食丰收基础。

本通知自印发之日起施行，有效期2年。《岳阳市人民政府办公室关于做好2020年春耕生产工作的通知》（岳政办发〔2020〕3号）同时废止。

岳阳市人民政府办公室
2023年2月10日
"""


def test_another_citys_single_document():
    issue = parse_text(OTHER_CITY, "yueyang.txt")
    [doc] = issue.documents
    assert doc.doc_number == "岳政办发〔2023〕5号" and doc.number.issuer_code == "岳政办发"
    assert doc.issuers == ["岳阳市人民政府办公室", "湖南省岳阳市财政局"]
    assert doc.signed_date == "2023-02-10" and doc.genre == "通知"
    assert [c.cited_doc_number for c in issue.citations] == ["湘政发〔2019〕22号", "岳政办发〔2020〕3号"]
    assert issue.repeals[0].repealed_doc_number == "岳政办发〔2020〕3号"
    [responsibility] = issue.responsibilities
    assert responsibility.resolved == ["岳阳市农业农村局", "岳阳市财政局"]
    [instrument] = issue.instruments
    assert (instrument.top_items, instrument.effective, instrument.expiry) == (2, "印发之日", "2年")
    assert instrument.expiry_date == "2025-02-10"


NOTICE = """陕西省人民政府办公厅关于修改部分省政府规章的通知
(陕政办发〔2011〕12号)
省人民政府各工作部门、各直属机构:
经省政府同意,现将需修改的省政府规章目录印发给你们,请各有关单位按照职责分工尽快修改。
陕西省人民政府办公厅
二○一一年二月二十五日
"""
# In an issue the decree starts at its masthead (the database copy's title line above it is dropped).
ISSUE_WITH_DECREE = NOTICE + DECREE.split("\n", 2)[2].replace("现予发布。", "现予发布,自2004年9月1日起施行。")


def test_a_decree_in_an_issue_publishes_the_rule_its_preamble_names():
    issue = parse_text(ISSUE_WITH_DECREE, "issue.txt")
    notice, decree = issue.documents
    assert (notice.doc_number, notice.signed_date) == ("陕政办发〔2011〕12号", "2011-02-25")
    assert (decree.doc_number, decree.title, decree.genre, decree.issuer, decree.signed_date, decree.promulgates) == (
        "苏州市人民政府令第78号",
        "苏州市企业信用信息管理办法",
        "令",
        "苏州市人民政府",
        "2004-07-21",
        ["苏州市企业信用信息管理办法"],
    )
    [rule] = issue.instruments
    assert (rule.promulgated_by, rule.chapters, rule.articles, rule.effective) == ("苏州市人民政府令第78号", 1, 2, "2004-09-01")


def test_four_joint_issuers_before_a_title_are_its_issuers():
    from gazette_kg.loaders.parse.documents.segment import ISSUER_TITLE

    title = "甲市发展和改革委员会中共甲市委社会工作部甲市规划和自然资源局甲市住房和城乡建设局关于印发乙方案的通知"
    assert (
        ISSUER_TITLE.match(title)["issuer"] == "甲市发展和改革委员会中共甲市委社会工作部甲市规划和自然资源局甲市住房和城乡建设局"
    )


def test_a_forwarded_notice_is_no_instrument_of_the_forwarding_one():

    assert promulgated_titles("关于转发甲厅乙厅《关于印发<丙方案>的通知》的通知") == []
    assert promulgated_titles("关于批转市财政局《关于加强管理的意见》的通知") == ["关于加强管理的意见"]
    text = (
        "甲农牧发〔2023〕241号\n关于转发甲厅乙厅《关于印发<丙方案>的通知》的通知\n丁局、戊局:\n"
        "现将甲厅乙厅《关于印发<丙方案>的通知》(甲农牧产发〔2023〕425号)转发给你们,请认真抓好落实。\n一、强化组织领导\n"
    )
    issue = parse_text(text)
    assert (issue.documents[0].promulgates, issue.instruments) == ([], [])
