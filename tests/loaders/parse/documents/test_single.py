"""One document given alone (others/ excerpts): decrees, page fields, numbers without a title."""

import pytest

from gazette_kg.loaders.parse.pipeline import parse_text
from tests.seeds import parsed_seed, seed_path

DECREE = """苏州市企业信用信息管理办法

苏 州 市 人 民 政 府 令

第 78 号

《苏州市企业信用信息管理办法》已经 2004 年 7 月 14 日 市政府第 31 次常务会议讨论通过,现予发布。

市长 杨卫泽

二○○四年七月二十一日

苏州市企业信用信息管理办法

第一章 总则

第一条 为加强社会信用建设,规范企业市场行为,根据有关法律、法规的规定,结合我市实际,制定本办法。

第二条 本市行政区域内经工商行政管理机关核准登记的企业,其信用信息的征集、披露、使用和管理适用本办法。
"""

DECREE_PAGE = """湖北省人工影响天气管理办法

发文字号:湖北省人民政府令第435号

颁布部门:湖北省人民政府

《湖北省人工影响天气管理办法》已经2025年2月17日省人民政府第106次常务会议修订通过,现公布修订后的《湖北省人工影响天气管理办法》,自2025年5月1日起施行。

  省长 李殿勋
  2025年2月23日

第一章 总则

  第一条 为了加强对人工影响天气工作的管理,科学开发利用空中云水资源,制定本办法。
"""

PAGE_TABLE = """索 引 号 | 327549014/2021-00125 | 发布机构 | 县政府办公室 | 公开日期 | 2021-08-01 |
文 号 | 涟政办发〔2021〕12号 | 分 类 | 政府文件 | ||
各镇人民政府、街道办事处,县经济开发区管委会,县各委、办、局,县各直属单位:
《关于解决工业厂房“不动产权证”办理遗留问题的指导意见》《涟水县存量土地资源盘活利用实施方案(试行)》已经县政府十六届第82次常务会议审议通过,现印发给你们,请结合实际认真贯彻落实。
涟水县人民政府办公室
2021年8月1日
关于解决工业厂房“不动产权证”办理遗留问题的指导意见
一、总体要求
深入贯彻落实习近平总书记关于优化营商环境的一系列重要指示精神,全面落实《优化营商环境条例》,持续深化“放管服”改革。
"""

BARE_NUMBER = """〔2019〕第4号
为维护法制统一,确保政令畅通,我区对2018 年 12 月 31 日以前区政府、区级部门发布的规范性文件进行了全面清理。现将清理结果集中公布如下:
一、对需继续执行的规范性文件26件宣布继续有效。
达州市达川区人民政府
2019年1月25日
"""

GLUED = """(失效)西政办发〔2017〕14号 北京市西城区人民政府办公室关于印发北京市西城区2017年政务公开工作要点的通知

发布时间:2017-06-30

区政府各委、办、局,各街道办事处,各有关单位:

经区政府研究同意,现将《北京市西城区2017年政务公开工作要点》印发给你们,请认真贯彻落实。
"""

FIELDS = """  2. [发文机构] 北京市政务公开领导小组
  5. [成文日期] 2016-06-08
  6. [发文字号] 〔〕

北京市政务公开工作重点任务分工(2016-2020年)

  一、推进行政权力运行全流程公开

  1.积极推进本市行政程序立法进程,将公众参与、专家论证、风险评估、合法性审查、集体讨论决定确定为重大行政决策法定程序。决策前,应广泛征求公众意见,对决策的必要性、可行性等组织专家进行咨询论证,对决策的效果预期、资金使用、社会稳定、法律纠纷等进行风险评估,对决策的主体、程序、要件进行合法性审查。

  牵头单位:市人大常委会法制办、市政府法制办
"""


def _doc(text):
    issue = parse_text(text, "doc.txt")
    [doc] = issue.documents
    return issue, doc


def test_decree_masthead_gives_the_order_number_and_the_rule_it_publishes():
    issue, doc = _doc(DECREE)
    assert (doc.title, doc.doc_number, doc.issuer, doc.genre, doc.signed_date, doc.body_line) == (
        "苏州市企业信用信息管理办法",
        "苏州市人民政府令第78号",
        "苏州市人民政府",
        "令",
        "2004-07-21",
        1,
    )
    [rule] = issue.instruments
    assert (rule.promulgated_by, rule.chapters, rule.articles) == ("苏州市人民政府令第78号", 1, 2)


def test_decree_number_from_page_fields_and_start_rule_from_its_preamble():
    issue, doc = _doc(DECREE_PAGE)
    assert (doc.doc_number, doc.issuer, doc.signed_date, doc.promulgates) == (
        "湖北省人民政府令第435号",
        "湖北省人民政府",
        "2025-02-23",
        ["湖北省人工影响天气管理办法"],
    )
    assert issue.instruments[0].effective == "2025-05-01"


def test_page_table_without_title_issues_two_instruments():
    issue, doc = _doc(PAGE_TABLE)
    assert (doc.title, doc.doc_number, doc.issuer, doc.signed_date) == (
        None,
        "涟政办发〔2021〕12号",
        "涟水县人民政府办公室",
        "2021-08-01",
    )
    assert [(i.title[:6], i.top_items) for i in issue.instruments] == [("关于解决工业", 1), ("涟水县存量土", None)]


def test_number_without_issuer_code_is_kept_as_written():
    _, doc = _doc(BARE_NUMBER)
    assert (doc.doc_number, doc.issuer, doc.signed_date) == ("〔2019〕第4号", "达州市达川区人民政府", "2019-01-25")


def test_number_glued_before_the_title():
    _, doc = _doc(GLUED)
    assert (doc.doc_number, doc.title[:10], doc.promulgates) == (
        "西政办发〔2017〕14号",
        "北京市西城区人民政府",
        ["北京市西城区2017年政务公开工作要点"],
    )


def test_headline_under_page_fields_is_the_title_and_a_task_list_an_instrument():
    issue, doc = _doc(FIELDS)
    assert (doc.title, doc.doc_number, doc.issuer, doc.signed_date, doc.genre) == (
        "北京市政务公开工作重点任务分工(2016-2020年)",
        None,
        "北京市政务公开领导小组",
        "2016-06-08",
        None,
    )
    assert [(i.title, i.promulgated_by, i.top_items) for i in issue.instruments] == [(doc.title, None, 1)]


# GB/T 9704-2012: 发文机关标志, then 发文字号, then the title (here over two lines), 主送, text, signature.
ORIGINAL_LAYOUT = """岳阳市人民政府文件

岳政发〔2023〕5号      签发人：张三

岳阳市人民政府
关于加强城市道路管理的通知

各县市区人民政府,市直各单位:
为加强城市道路管理,现就有关事项通知如下。
一、明确职责分工。
本通知自发布之日起施行。

岳阳市人民政府
2023年3月1日

(此件公开发布)
"""


def test_original_layout_number_above_the_title():
    _, doc = _doc(ORIGINAL_LAYOUT)
    assert (doc.title, doc.doc_number, doc.issuer, doc.signed_date, doc.body_line, doc.addressees) == (
        "岳阳市人民政府关于加强城市道路管理的通知",
        "岳政发〔2023〕5号",
        "岳阳市人民政府",
        "2023-03-01",
        5,
        ["各县市区人民政府", "市直各单位"],
    )


@pytest.mark.parametrize("key", ["2021", "2018-2"])
def test_each_document_of_an_issue_read_alone_gives_the_same_record(key):
    """A document cut out of an issue (as a site publishes it) parses as it does inside the issue."""
    issue = parsed_seed(key)
    lines = seed_path(key).read_text(encoding="utf-8").split("\n")
    starts = [doc.body_line for doc in issue.documents] + [len(lines) + 1]
    fields = ("doc_number", "title", "issuer", "genre", "signed_date", "promulgates", "body_line")
    for doc, stop in zip(issue.documents, starts[1:]):
        alone = parse_text("\n".join([""] * (doc.body_line - 1) + lines[doc.body_line - 1 : stop - 1]), "alone.txt")
        [single] = alone.documents
        assert [getattr(single, f) for f in fields] == [getattr(doc, f) for f in fields]
        instruments = [
            (i.title, i.chapters, i.articles, i.top_items) for i in issue.instruments if i.promulgated_by == doc.doc_number
        ]
        assert [(i.title, i.chapters, i.articles, i.top_items) for i in alone.instruments] == instruments


def test_a_rule_printed_under_its_history_line_is_published_by_the_order_it_names():
    issue = parse_text(
        "甲市城市绿化管理办法\n(2019年3月1日甲市人民政府令第12号公布 根据2021年5月8日甲市人民政府令第20号修正)\n"
        "第一章 总则\n第一条 为了加强城市绿化管理,制定本办法。\n第二条 本办法适用于本市。\n"
        "第二章 附则\n第三条 本办法自2019年5月1日起施行。",
        "rule.txt",
    )
    [doc] = issue.documents
    assert (doc.doc_number, doc.issuer, doc.signed_date, doc.genre, doc.promulgates) == (
        "甲市人民政府令第12号",
        "甲市人民政府",
        "2019-03-01",
        "令",
        ["甲市城市绿化管理办法"],
    )
    [rule] = issue.instruments
    assert (rule.promulgated_by, rule.chapters, rule.articles, rule.effective) == ("甲市人民政府令第12号", 2, 3, "2019-05-01")
    assert [c.cited_doc_number for c in issue.citations] == ["甲市人民政府令第20号"]


def test_a_congress_announcement_is_a_gong_gao_and_its_preamble_gives_the_start():
    issue, doc = _doc(
        "甲省乙条例\n甲省第十一届人民代表大会常务委员会公告\n第28号\n"
        "《甲省乙条例》已由甲省第十一届人民代表大会常务委员会第十次会议于2009年7月22日通过,现予公布,自2009年11月1日起施行。\n"
        "甲省人民代表大会常务委员会\n2009年7月22日\n第一章 总则\n第一条 为了规范乙,制定本条例。\n第二条 本条例适用于本省。"
    )
    assert (doc.doc_number, doc.genre) == ("甲省第十一届人民代表大会常务委员会公告第28号", "公告")
    assert issue.instruments[0].effective == "2009-11-01"


def test_the_issuer_named_beside_the_title_by_a_database_less_its_province():
    page = (
        "印发甲市乙办法的通知\n作者:法律资料网 时间:2024-07-12\n\n广东省清远市人民政府办公室\n\n印发甲市乙办法的通知\n"
        "各县(市、区)人民政府:\n《甲市乙办法》业经市人民政府同意,现印发给你们,请认真按照执行。\n二○一一年四月二十七日\n"
    )
    assert _doc(page)[1].issuer == "清远市人民政府办公室"
    decree = "沈阳市乙规定\n\n辽宁省沈阳市人民政府\n\n沈阳市乙规定\n\n沈政令[1997]29号\n\n第一条 为了乙,制定本规定。\n第二条 本规定自发布之日起施行。"
    assert _doc(decree)[1].issuer == "沈阳市人民政府"
    joint = "关于返还甲基金问题的通知\n\n返回顶部\n\n财政部、司法部\n\n关于返还甲基金问题的通知\n现将返还甲基金的有关问题通知如下:\n一、返还数额按实际交纳数计算。"
    assert _doc(joint)[1].issuers == ["财政部", "司法部"]
    signed = (
        "区人民政府办公室关于印发乙方案的通知\n甲政办〔2023〕1号\n各街道办事处:\n《乙方案》已经区人民政府同意,现印发给你们。\n"
        "甲区人民政府办公室\n2023年1月3日"
    )
    assert _doc(signed)[1].issuer == "甲区人民政府办公室"


def test_the_title_over_the_number_before_a_page_heading_and_joint_issuers_before_the_title():
    page = (
        "甲市乙工作细则\n作者:法律资料网\n\n江西省甲市人民政府办公室\n\n关于印发甲市乙工作细则的通知\n( 甲府发〔2003〕37号 )\n\n"
        "市政府各部门:\n现将《甲市乙工作细则》印发给你们,请遵照执行。\n二OO三年十二月四日\n甲市乙工作细则\n一、总体目标\n实行乙。\n二、范围\n都要实行。"
    )
    issue, doc = _doc(page)
    assert (doc.title, doc.genre, doc.promulgates) == ("关于印发甲市乙工作细则的通知", "通知", ["甲市乙工作细则"])
    joint = (
        "中共甲县委办公室 甲县人民政府办公室关于印发《甲县乙计划》的通知\n各乡镇:\n《甲县乙计划》已经县委县政府同意,现印发给你们。\n"
        "中共甲县委办公室\n甲县人民政府办公室\n2021416\n"
    )
    assert (_doc(joint)[1].issuers, _doc(joint)[1].signed_date) == (["中共甲县委办公室", "甲县人民政府办公室"], "2021-04-16")


def test_a_state_council_decree_preamble_broken_over_two_lines_gives_the_start():
    issue, doc = _doc(
        "甲乙管理条例\n\n中华人民共和国国务院令\n\n第227号\n\n现发布《甲乙管理条例》,自\n发布之日起施行。\n\n总理 某某\n\n1997年8月3日\n\n"
        "第一章 总则\n第一条 为了规范甲,制定本条例。\n第二条 本条例适用于甲。"
    )
    assert (doc.doc_number, doc.genre, issue.instruments[0].effective) == ("中华人民共和国国务院令第227号", "令", "发布之日")


def test_joint_issuers_glued_in_the_title_are_parted_as_they_sign():
    _, doc = _doc(
        "中共甲市委办公室甲市人民政府办公室印发《关于乙的实施意见》的通知(甲办发〔2017〕2号)\n各县市区:\n"
        "《关于乙的实施意见》已经市委、市人民政府同意,现印发给你们。\n中共甲市委办公室\n甲市人民政府办公室\n2017年1月10日"
    )
    assert (doc.doc_number, doc.issuers) == ("甲办发〔2017〕2号", ["中共甲市委办公室", "甲市人民政府办公室"])


def test_a_page_byline_above_the_title_over_the_number_is_no_part_of_it():
    _, doc = _doc(
        "甲政发〔2014〕20号《甲省人民政府关于乙的实施意见》\n浏览量: 时间:2016-01-17 23:45:19\n甲省人民政府关于乙的实施意见\n"
        "甲政发〔2014〕20号\n各市人民政府:\n现就乙提出以下实施意见:\n一、总体要求\n做好乙。"
    )
    assert (doc.title, doc.doc_number) == ("甲省人民政府关于乙的实施意见", "甲政发〔2014〕20号")


def test_a_site_headline_exclaiming_above_the_title_does_not_end_the_search_for_it():
    _, doc = _doc(
        "注意!县城这些地方禁止种植农作物!请尽快清理\n\n关于严禁在县城区种植农作物的通告\n\n"
        "为创建卫生城市,决定对县城区范围内种植的各类农作物进行统一清理,请各种植户自行清理。\n特此通告。\n甲县城市管理局\n2018年10月23日"
    )
    assert (doc.title, doc.genre, doc.issuer, doc.signed_date) == (
        "关于严禁在县城区种植农作物的通告",
        "通告",
        "甲县城市管理局",
        "2018-10-23",
    )


def test_an_opinion_laid_out_in_short_parts_is_its_own_instrument_a_notice_is_not():
    opinion = "甲市人民政府关于乙的实施意见\n甲政字〔2021〕3号\n各县人民政府:\n为推进乙,制定本意见。\n一、目标要求\n推进乙。\n二、基本原则\n依法推进。"
    issue, doc = _doc(opinion)
    assert [(i.title, i.promulgated_by, i.top_items) for i in issue.instruments] == [(doc.title, "甲政字〔2021〕3号", 2)]
    notice = opinion.replace("实施意见", "通知").replace("本意见", "本通知")
    assert _doc(notice)[0].instruments == []


def test_a_formal_title_under_the_number_wins_over_a_page_heading_and_a_masthead_names_the_issuer():
    page = (
        "第一篇:甲省关于乙登记问题的通知\n甲省丙厅文件\n甲丙发[2006]8号\n------------------\n关于乙登记问题的通知\n"
        "为认真贯彻落实有关规定,完善乙的申请、延续登记等管理制度,切实整治圈而不探行为,推进乙的勘查工作,"
        "根据有关办法和条例的规定,现就有关问题通知如下,请认真贯彻执行。\n一、申请乙的,应当达到普查阶段。\n二、期满需要延续的,可申请延续。"
    )
    _, doc = _doc(page)
    assert (doc.title, doc.doc_number, doc.issuer) == ("关于乙登记问题的通知", "甲丙发〔2006〕8号", "甲省丙厅")
    heading = (
        "甲市公文处理有关规定、格式细则\n甲政办发〔2013〕11号\n甲市人民政府办公室关于\n印发《甲市公文处理有关规定》和《甲市公文格式细则》的通知\n"
        "各镇人民政府:\n经市政府同意,现将《甲市公文处理有关规定》和《甲市公文格式细则》印发给你们。\n2013年2月27日\n"
    )
    _, doc = _doc(heading)
    assert (doc.title[:13], doc.issuer, doc.genre, doc.promulgates) == (
        "甲市人民政府办公室关于印发",
        "甲市人民政府办公室",
        "通知",
        ["甲市公文处理有关规定", "甲市公文格式细则"],
    )
    column = "政务服务丨甲市人民政府关于深化乙改革的实施意见\n甲政字〔2021〕30号\n各县人民政府:\n为深化乙改革,制定本意见。\n一、目标要求\n深化乙。"
    assert (_doc(column)[1].title, _doc(column)[1].issuer) == ("甲市人民政府关于深化乙改革的实施意见", "甲市人民政府")


def test_the_issuing_sentence_names_the_instruments_a_title_runs_together_and_a_field_names_the_issuer():
    page = (
        "县人民政府办公室关于印发2024年县《政府工作报告》确定的甲方案和2024年市《政府工作报告》涉及乙县的乙方案的通知\n"
        "文号 : 乙政办发〔2024〕1号 发文单位: 乙县人民政府办公室\n各镇人民政府:\n"
        "《2024年县〈政府工作报告〉确定的甲方案》和《2024年市〈政府工作报告〉涉及乙县的乙方案》已经县人民政府同意,现印发给你们。\n"
    )
    _, doc = _doc(page)
    assert (doc.issuer, doc.promulgates) == (
        "乙县人民政府办公室",
        ["2024年县《政府工作报告》确定的甲方案", "2024年市《政府工作报告》涉及乙县的乙方案"],
    )


def test_a_text_without_signature_is_dated_by_its_adoption_note_or_a_databases_date_and_issuer():
    congress = (
        "甲市乙审批规定\n\n甲市人大常委会\n\n甲市乙审批规定\n"
        "(1993年10月28日甲市第十二届人民代表大会常务委员会第三次会议通过 1993年10月28日公布施行)\n"
        "第一条 为做好乙的审批工作,根据国家有关法律、法规,制定本规定。\n第二条 本规定自公布之日起施行。"
    )
    assert _doc(congress)[1].signed_date == "1993-10-28"
    ministry = "丙用具准运证管理办法\n\n丙部\n\n丙用具准运证管理办法\n\n1990年3月10日,丙部\n\n第1条 为了加强管理,特制定本办法。\n第2条 本办法由丙部解释。"
    issue, doc = _doc(ministry)
    assert (doc.issuer, doc.signed_date, issue.instruments[0].articles) == ("丙部", "1990-03-10", 2)


def test_the_number_printed_with_the_date_under_a_second_printing_of_the_title_is_the_documents_own():
    page = (
        "甲省政府关于乙问题的通知\n\n  【发布文号】-----------\n\n  【发布日期】1985-05-04\n\n甲省人民政府关于乙问题的通知\n\n"
        "(1985年5月4日甲政〔1985〕38号)  根据有关法律的规定精神,现将我省乙的有关问题通知如下:\n\n 一、乙的权限\n\n  下列人员由省人民政府任免。"
    )
    issue, doc = _doc(page)
    assert (doc.title, doc.doc_number, doc.signed_date) == ("甲省人民政府关于乙问题的通知", "甲政〔1985〕38号", "1985-05-04")
    assert issue.citations == []


def test_a_page_starting_at_the_addressees_or_ending_with_the_signature_is_a_document():
    addressed = (
        "各镇人民政府,各街道办事处,区人民政府各部门,各有关单位:\n"
        "为推进依法行政,区政府组织开展全区行政规范性文件清理工作,对现行有效的行政规范性文件进行了全面清理,现将结果公布如下。\n"
        "经区政府研究,决定继续有效的规范性文件52件,失效100件,现予以公布。"
    )
    _, doc = _doc(addressed)
    assert (doc.title, doc.doc_number, doc.addressees[:2]) == (None, None, ["各镇人民政府", "各街道办事处"])
    tail = (
        "三、其他事项\n(一)领导小组办公室设在甲部,承担领导小组日常工作。领导小组成员因工作变动需要调整的,由所在单位向领导小组办公室提出。\n"
        "(二)领导小组实行工作会议制度,工作会议由组长或其委托的副组长召集,根据工作需要定期或不定期召开。\n甲院办公厅\n2021年4月21日 |"
    )
    _, doc = _doc(tail)
    assert (doc.title, doc.issuer, doc.signed_date) == (None, "甲院办公厅", "2021-04-21")


def test_a_page_ending_with_the_signature_then_the_colophon_is_a_document():
    """The 版记 of GB/T 9704 (抄送, 印发机关和印发日期) under the signature does not hide it."""
    text = (
        "为改善道路交通环境,现根据有关规定,对甲路实行禁止大货车通行措施,具体内容通告如下:\n\n"
        "一、每天0时至24时,禁止大货车进入甲路通行。\n\n特此通告\n\n甲市公安局交通警察局\n\n二○一○年十一月五日\n\n"
        "抄送：各有关单位。\n\n甲市公安局交通警察局办公室\t2010年11月8日印发\n"
    )
    _, doc = _doc(text)
    assert (doc.title, doc.issuer, doc.signed_date) == (None, "甲市公安局交通警察局", "2010-11-05")


def test_joint_issuers_signing_several_to_a_line_with_a_quoted_word_in_a_name():
    _, doc = _doc(
        "关于严禁在县城区种植农作物的通告\n\n为创建卫生城市,根据县“双创”工作的部署,决定对县城区范围内种植的各类农作物进行统一清理,"
        "请各种植户在本通告发布之日起自行清理,逾期不清理的,由有关部门强行清理。\n\n特此通告。\n\n"
        "甲县“双创”办、甲县城市管理局\n\n甲县水务局、乙镇人民政府\n\n2018年10月23日\n"
    )
    assert (doc.issuer, doc.issuers, doc.signed_date) == (
        "甲县“双创”办",
        ["甲县“双创”办", "甲县城市管理局", "甲县水务局", "乙镇人民政府"],
        "2018-10-23",
    )


def test_a_databases_field_lines_in_square_brackets_are_no_part_of_the_title_over_the_number():
    page = (
        "甲市人民政府关于命名甲市示范社区的决定\n- 格式:doc\n甲市人民政府关于命名甲市示范\n社区的决定\n【法规类别】基层组织管理\n"
        "【发文字号】甲政发[2008]31号\n【发布部门】甲市政府\n【发布日期】2008.04.01\n【时效性】现行有效\n"
        "甲市人民政府关于命名甲市示范社区的决定\n(甲政发〔2008〕31号)\n各区、县人民政府,各委、局:\n"
        "几年来,全市积极推进和谐社区创建活动,为树立典型,发挥示范引导作用,市人民政府决定,命名乙区等9个区为甲市示范区。"
    )
    issue, doc = _doc(page)
    assert (doc.title, doc.doc_number, doc.issuer, doc.promulgates) == (
        "甲市人民政府关于命名甲市示范社区的决定",
        "甲政发〔2008〕31号",
        "甲市人民政府",
        [],
    )
    assert issue.instruments == []


def test_a_state_council_number_printed_alone_names_its_issuer():
    _, doc = _doc(
        "国发[2015]68号\n各省、自治区、直辖市人民政府,国务院各部委、各直属机构∶\n"
        "为进一步推进简政放权,加快建设法治政府,维护文件的权威性、严肃性,对以往印发的文件进行全面清理。经过前一阶段清理,"
        "决定对与现行法律法规不一致、已被新规定涵盖或替代的489件文件宣布失效。凡宣布失效的文件,自本决定印发之日起一律停止执行。"
    )
    assert (doc.doc_number, doc.issuer) == ("国发〔2015〕68号", "国务院")


def test_a_compilation_prints_the_number_in_brackets_under_the_title():
    text = (
        "某某细则.docx\n- 文档编号:1\n《某某细则.docx》由会员分享，可在线阅读，请在本站上搜索。\n某某细则\n"
        "某某盟行政公署办公室关于印发某某细则的通知\n(某署办发〔2007〕22号)\n各旗人民政府：\n"
        "现将《某某细则》印发给你们，望认真贯彻执行。\n二○○七年六月五日\n"
    )
    doc = parse_text(text).documents[0]
    assert (doc.title, doc.doc_number) == ("某某盟行政公署办公室关于印发某某细则的通知", "某署办发〔2007〕22号")


def test_a_database_copy_states_the_order_under_the_repeated_title():
    text = (
        "某市某某管理规定\n作者:资料网 时间:2024-07-22\n下载地址: 点击此处下载\n某市某某管理规定\n某省某市人民政府\n"
        "某市某某管理规定\n (1991年3月26日某市人民政府令19号发布)\n第一条 为加强管理，制定本规定。\n"
    )
    doc = parse_text(text).documents[0]
    assert (doc.doc_number, doc.signed_date) == ("某市人民政府令19号", "1991-03-26")


def test_a_title_line_reading_as_a_bodys_name_continues_the_title_and_the_page_date_above_is_not_the_signature():
    text = (
        "甲省关于成立甲省推进乙科技创新中心建设领导小组的通知\n- 来源:\n- 发布时间:\n- 2019年08月27日\n"
        "甲省人民政府办公厅关于成立甲省\n推进乙科技创新中心\n建设领导小组的通知\n甲办函〔2019〕271号\n"
        "各地级以上市人民政府:\n省政府决定成立甲省推进乙科技创新中心建设领导小组。\n省政府办公厅\n2019年8月1日\n"
    )
    doc = parse_text(text).documents[0]
    assert doc.title == "甲省人民政府办公厅关于成立甲省推进乙科技创新中心建设领导小组的通知"
    assert (doc.issuer, doc.signed_date) == ("甲省人民政府办公厅", "2019-08-01")


def test_a_title_naming_its_issuer_by_level_alone_is_the_province_its_number_opens_with():
    text = "鄂政发〔2018〕26号\n省人民政府关于进一步优化营商环境的若干意见\n各市、州、县人民政府：\n现提出如下意见。\n"
    assert parse_text(text).documents[0].issuer == "湖北省人民政府"
    city = "青政发〔2018〕2号\n市人民政府关于加强管理的通知\n各区人民政府：\n现通知如下。\n"
    assert parse_text(city).documents[0].issuer != "青海省人民政府"  # a city's level word: not the province's


def test_a_title_naming_its_issuer_by_level_alone_takes_the_place_of_the_pages_publisher():
    text = (
        "名 称: 区人民政府办公室 关于印发甲工作分解的通知\n索 引 号: 1/2020-1 发布日期: 2020-06-28 发布机构: 乙丙区政府办公室\n"
        "区人民政府办公室\n关于印发甲工作分解的\n通 知\n各区政府各部门:\n《甲工作分解》已经区政府同意,现印发给你们。\n2020年6月28日\n"
    )
    assert parse_text(text).documents[0].issuer == "乙丙区人民政府办公室"


def test_a_government_code_names_the_place_the_text_names_with_its_first_character():
    text = (
        "  • 发布机构:县人民政府办公室\n2021年县政府重点工作任务(甲政发〔2021〕2号)\n来源:甲乙县政府   2021-03-23 10:56\n"
        "各乡镇人民政府、县直各单位:\n《2021年县政府重点工作任务分解》已经县人民政府同意,现印发给你们。\n"
    )
    assert parse_text(text).documents[0].issuer == "甲乙县人民政府"


def test_the_issuing_sentence_says_when_the_instrument_takes_effect_when_it_does_not():
    text = (
        "各县市人民政府:\n修订后的《甲州人民政府工作规则》已经审议通过,现印发给你们,自印发之日起施行。\n甲州人民政府\n"
        "2022年3月9日\n甲州人民政府工作规则\n第一章 总 则\n一、根据有关法律,制定本规则。\n二、工作准则是依法行政。\n"
    )
    [instrument] = parse_text(text).instruments
    assert (instrument.title, instrument.effective) == ("甲州人民政府工作规则", "印发之日")


def test_a_title_without_marks_wins_over_a_sentence_misnaming_what_the_text_prints():
    text = (
        "甲盟办公室关于印发甲盟公文处理实施细则的通知\n(甲署办发〔2007〕22号)\n各旗人民政府:\n"
        "现将修改完善后的《甲盟公文处理细则》印发给你们,望认真贯彻执行。\n二○○七年六月五日\n"
        "甲盟公文处理实施细则\n第一章 总则\n第一条 为规范公文处理,制定本细则。\n"
    )
    assert parse_text(text).documents[0].promulgates == ["甲盟公文处理实施细则"]


def test_an_unsigned_notice_is_the_governments_that_adopted_what_it_issues_not_one_that_consented():
    adopted = (
        "各县市人民政府:\n《甲乙蒙古自治州人民政府工作规则》已经自治州人民政府审议通过,现予印发。\n2024年10月22日\n"
        "甲乙蒙古自治州人民政府工作规则\n第一章 总则\n一、根据有关法律,制定本规则。\n"
    )
    assert parse_text(adopted).documents[0].issuer == "甲乙蒙古自治州人民政府"
    consented = (
        "各区、市、县人民政府:\n《甲市工作意见》已经市人民政府同意,现印发给你们,请认真贯彻执行。\n二○○九年四月二十八日\n"
        "甲市工作意见\n一、指导思想\n坚持以创业带动就业。\n"
    )
    assert parse_text(consented).documents[0].issuer is None


def test_a_police_detachment_signs_its_notice():
    [doc] = parse_text(
        "关于对甲路实施临时交通管制的通告\n因道路施工,决定对甲路实施临时交通管制。现通告如下:\n"
        "一、管制时间:2023年2月1日至2月5日。\n特此通告\n甲市公安局交通警察支队\n2023年1月20日\n",
        "t.txt",
    ).documents
    assert (doc.issuer, doc.signed_date, doc.genre) == ("甲市公安局交通警察支队", "2023-01-20", "通告")


def test_a_database_header_row_under_the_pages_heading_and_a_tab_gives_the_number_and_the_formal_title():
    [doc] = parse_text(
        "# source: https://example.org/wiki/a\n甲省人民政府关于同意设立乙市丙区的批复\n外观\n"
        "甲省人民政府关于同意设立乙市丙区的批复 甲政函〔2001〕7号 甲省人民政府 2001年3月4日 |\n|\n乙市人民政府:\n"
        "你市《关于设立丙区的请示》(乙政〔2000〕9号)收悉。现批复如下:\n一、同意设立乙市丙区。\n甲省人民政府\n2001年3月4日\n",
        "a.txt",
    ).documents
    assert (doc.doc_number, doc.title, doc.issuer, doc.signed_date, doc.genre) == (
        "甲政函〔2001〕7号",
        "甲省人民政府关于同意设立乙市丙区的批复",
        "甲省人民政府",
        "2001-03-04",
        "批复",
    )


def test_an_unsigned_announcement_titled_without_guanyu_is_the_governments_its_title_opens_with():
    [doc] = parse_text(
        "甲县人民政府拟征收土地启动公告(甲征启公告〔2022〕4号)\n根据有关法律法规的规定,现发布拟征收土地启动公告:\n"
        "一、拟征收土地位于乙镇丙村。\n特此公告\n2022年1月29日\n",
        "g.txt",
    ).documents
    assert (doc.issuer, doc.doc_number, doc.signed_date) == ("甲县人民政府", "甲征启公告〔2022〕4号", "2022-01-29")
    # a title opening with a verb names no issuer
    [doc] = parse_text("印发甲市政府工作要点的说明\n现将要点说明如下:\n一、总体要求。\n", "h.txt").documents
    assert doc.issuer is None


def test_joint_issuers_signing_one_a_line_give_the_lead_first():
    [doc] = parse_text(
        "各街道党工委、办事处,区委各部委办局:\n《甲区乙工作方案》已经区委、区政府同意,现印发给你们,请认真贯彻执行。\n"
        "中共甲市甲区委办公室\n甲市甲区人民政府办公室\n2019年4月16日\n",
        "j.txt",
    ).documents
    assert (doc.issuer, doc.issuers, doc.signed_date) == (
        "中共甲市甲区委办公室",
        ["中共甲市甲区委办公室", "甲市甲区人民政府办公室"],
        "2019-04-16",
    )


def test_a_databases_issuer_field_names_a_city_without_its_province():
    [doc] = parse_text(
        "发文单位:河北省保定市人民政府\n发布日期:2006-12-1\n保定市丙规定\n第一条 为了规范丙工作,制定本规定。\n第二条 本规定自公布之日起施行。\n",
        "f.txt",
    ).documents
    assert doc.issuer == "保定市人民政府"


def test_a_citys_short_name_in_the_number_names_its_government():
    [doc] = parse_text(
        "榕政〔2015〕3号\n关于加强甲工作的意见\n各县(市)区人民政府,市直各单位:\n为加强甲工作,现提出如下意见:\n一、总体要求\n",
        "c.txt",
    ).documents
    assert (doc.doc_number, doc.issuer) == ("榕政〔2015〕3号", "福州市人民政府")
    # a city numbering with the first character of its name: named in the text
    [doc] = parse_text(
        "乙府〔2021〕54号\n关于促进就业的实施意见\n各镇人民政府,市府直属各单位:\n为落实乙江市政府的部署,提出如下意见:\n一、总体要求\n",
        "d.txt",
    ).documents
    assert doc.issuer == "乙江市人民政府"


def test_the_issuing_sentence_below_a_long_catalogue_names_what_the_document_issues():
    """The page's catalogue fields do not count among the first lines where the issuing sentence is sought."""
    title = "甲县人民政府办公室关于印发2024年县《政府工作报告》确定的重点工作分解方案和2024年市《政府工作报告》涉及甲县重点事项分解方案的通知"
    fields = [
        "索引号：11370000MB28000071/2023-00123",
        "主题分类：综合政务",
        "发文机关：甲县人民政府办公室",
        "成文日期：2024年02月22日",
        f"标题：{title}",
        "发文字号：甲政办发〔2024〕1号",
        "发布日期：2024年02月22日",
        "有效性：有效",
        "信息来源：甲县人民政府办公室",
        "公开方式：主动公开",
        "公开范围：面向社会",
        "发布机构：甲县人民政府办公室",
    ]
    text = "\n\n".join(
        [
            title,
            *fields,
            "各镇人民政府,县政府各部门:",
            "《2024年县〈政府工作报告〉确定的重点工作分解方案》和《2024年市〈政府工作报告〉涉及甲县重点事项分解方案》已经县人民政府同意,现印发给你们,请认真贯彻执行。",
            "甲县人民政府办公室",
            "2024年2月22日",
        ]
    )
    _, doc = _doc(text)
    assert doc.promulgates == [
        "2024年县《政府工作报告》确定的重点工作分解方案",
        "2024年市《政府工作报告》涉及甲县重点事项分解方案",
    ]


def test_a_title_broken_over_lines_above_the_number_in_a_text_with_a_blank_line_after_each():
    """As a PDF's text or a page's is written (a blank line between paragraphs), the title's broken lines
    stand apart like the paragraphs and are still one title, not the page's heading above them."""
    lines = [
        "甲省关于成立甲省推进科技创新中心建设领导小组的通知",
        "- 发布时间:",
        "- 2019年08月27日",
        "甲省人民政府办公厅关于成立甲省",
        "推进科技创新中心",
        "建设领导小组的通知",
        "甲办函〔2019〕271号",
        "各地级以上市人民政府,省政府各部门:",
        "为加强统筹协调,省政府决定成立甲省推进科技创新中心建设领导小组,组成人员名单如下:",
        "组 长:乙某 省长",
        "甲省人民政府办公厅",
        "2019年8月20日",
    ]
    for text in ("\n".join(lines), "\n\n".join(lines)):
        _, doc = _doc(text)
        assert (doc.title, doc.issuer) == (
            "甲省人民政府办公厅关于成立甲省推进科技创新中心建设领导小组的通知",
            "甲省人民政府办公厅",
        )


def test_a_page_whose_text_gives_its_title_nowhere_it_is_looked_for_takes_the_catalogues():
    """The 信息公开 catalogue's 标题 field names the document when the text's own title is lost below a
    site's lead paragraph (导读:…)."""
    lines = [
        "索引号：11370000MB28000035/2023-00123",
        "发文机关：甲市人民政府办公厅",
        "成文日期：2017年10月09日",
        "标题：甲市人民政府办公厅印发关于促进我市开发区改革和创新发展实施方案的通知",
        "发文字号：甲政办函〔2017〕103号",
        "导读:加强新形势下开发区的改革和创新发展,对于我市全面建成高质量小康社会具有重要意义。",
        "甲市人民政府办公厅印发关于促进我市",
        "开发区改革和创新发展实施方案的通知",
        "各区人民政府,各委、局:",
        "经市人民政府同意,现将《关于促进我市开发区改革和创新发展的实施方案》印发给你们,请照此执行。",
        "甲市人民政府办公厅",
        "2017年10月9日",
    ]
    _, doc = _doc("\n\n".join(lines))
    assert (doc.title, doc.doc_number) == (
        "甲市人民政府办公厅印发关于促进我市开发区改革和创新发展实施方案的通知",
        "甲政办函〔2017〕103号",
    )


def test_an_issuing_sentence_without_gei_names_what_a_page_from_its_addressees_issues():
    # 现印发你们 (no 给) as often as 现印发给你们; a page that starts at its 主送机关 has no title to read it from
    text = (
        "各区县人民政府,市人民政府各工作部门:\n"
        "《某市数据共享管理办法》《某市数据开放管理办法》已经市政府同意,现印发你们,请认真贯彻落实。\n"
        "某市人民政府\n2019年3月8日\n某市数据共享管理办法\n第一条 为了规范数据共享,制定本办法。\n"
    )
    document = parse_text(text).documents[0]
    assert document.promulgates == ["某市数据共享管理办法", "某市数据开放管理办法"]


def test_a_history_naming_the_order_by_level_and_its_adoption_first_gives_the_province_and_the_orders_date():
    # a database copy: (adopted by a meeting on one day, published by 省人民政府令第N号 on another)
    text = (
        "某某省渔业资源保护办法\n\n某某省人民政府\n\n某某省渔业资源保护办法\n"
        "(1990年3月2日省人民政府第八十次常务会议通过, 1990年4月16日省人民政府令第7号发布\n\n"
        "  第一条 为保护渔业资源,制定本办法。\n  第二条 本省行政区域内的渔业活动,适用本办法。\n"
    )
    document = parse_text(text).documents[0]
    assert (document.doc_number, document.issuer, document.signed_date) == ("省人民政府令第7号", "某某省人民政府", "1990-04-16")


def test_an_adoption_note_printed_without_brackets_dates_a_congress_decision():
    text = (
        "某某省人民代表大会常务委员会关于修改《某某省村民委员会选举办法》的决定\n\n"
        "2011年9月29日某某省第十一届人民代表大会常务委员会第二十五次会议通过\n\n"
        "某某省第十一届人民代表大会常务委员会第二十五次会议决定对《某某省村民委员会选举办法》作如下修改:\n\n"
        "一、第五条修改为:“村民委员会由主任、副主任和委员三至七人组成。”\n"
    )
    document = parse_text(text).documents[0]
    assert (document.issuer, document.signed_date) == ("某某省人民代表大会常务委员会", "2011-09-29")


def test_a_title_naming_its_issuer_by_a_short_form_takes_the_full_name_of_the_signature():
    text = (
        "某某省农业厅关于印发某某省种子管理办法的通知\n某农规〔2021〕2号\n各州(市)农业局:\n"
        "《某某省种子管理办法》已经厅长办公会审议通过,现印发你们,请遵照执行。\n某某省农业农村厅\n2021年3月2日\n"
    )
    assert parse_text(text).documents[0].issuer == "某某省农业农村厅"
    text = text.replace("某某省农业农村厅", "某某省人民政府")  # not the title's body in full: the title names the issuer
    assert parse_text(text).documents[0].issuer == "某某省农业厅"


def test_an_adoption_note_of_two_steps_parted_by_a_stop_dates_the_regulation_under_its_title():
    text = (
        "某某市湿地保护条例\n\n(2014年6月20日某某市第十四届人民代表大会常务委员会第十次会议通过;"
        "2014年7月31日某某省第十二届人民代表大会常务委员会第十次会议批准)\n\n第一章 总则\n\n  第一条 为了保护湿地,制定本条例。\n"
    )
    assert parse_text(text).documents[0].signed_date == "2014-06-20"


def test_an_issuing_sentence_wrapped_over_lines_names_the_whole_title():
    # a paragraph broken into lines (a hard-wrapped text, a PDF whose lines were not joined): the sentence goes on
    text = (
        "某市人民政府办公室关于印发某市河道管理办法的通知\n某政办〔2009〕12号\n各县(区)人民政府:\n"
        "为规范河道管理,确保防洪安全,现将《某市\n河道管理办法(试行)》印\n发给你们,请遵照执行。\n"
        "二〇〇九年三月二日\n某市河道管理办法(试行)\n第一条 为加强河道管理,制定本办法。\n"
    )
    assert parse_text(text).documents[0].promulgates == ["某市河道管理办法(试行)"]


def test_the_issuing_sentence_below_many_lines_of_page_furniture_still_says_when_the_instrument_starts():
    furniture = "\n".join(
        [
            "索引号:0001/2020-01",
            "主题分类:综合政务",
            "发文机关:某市人民政府",
            "成文日期:2020年1月2日",
            "转第",
            "下载",
            "保留字段信息",
            "页面宽度(px):",
            "页面宽度范围为200至2000",
            "打印本页",
            "关闭窗口",
        ]
    )
    title = "某市人民政府关于印发《某市人民政府工作规则》的通知"
    text = (
        f"{title}\n{furniture}\n{title}\n各县(市、区)人民政府,市政府各部门:\n"
        "《某市人民政府工作规则》已经市政府常务会议审议通过。现印发给你们,自印发之日起施行,请认真贯彻执行。\n"
        "某市人民政府\n2020年1月2日\n某市人民政府工作规则\n一、根据有关法律,制定本规则。\n二、市政府实行市长负责制。\n"
    )
    instrument = parse_text(text).instruments[0]
    assert (instrument.title, instrument.effective) == ("某市人民政府工作规则", "印发之日")


def test_a_databases_promulgation_fields_give_a_regulations_issuer_date_and_start():
    # 颁布单位 / 颁布日期 (the date the issuer promulgated it, not a site's posting date) / 实施日期
    text = (
        "某某市城市绿化条例\n\n颁布日期:2003-5-20\n实施日期:2003-7-1\n颁布单位:某某市人民代表大会常务委员会\n\n"
        "第一条 为了促进城市绿化事业的发展,制定本条例。\n第二条 本条例适用于本市城市规划区。\n"
    )
    parsed = parse_text(text)
    document, instrument = parsed.documents[0], parsed.instruments[0]
    assert (document.issuer, document.signed_date) == ("某某市人民代表大会常务委员会", "2003-05-20")
    assert (instrument.effective, instrument.effective_date) == ("2003-07-01", "2003-07-01")


def test_a_databases_status_tag_after_the_title_and_a_national_bureau_named_beside_it():
    # 关于…的通知(废止): the database's record of its status, no part of the title; the body named on its own line
    text = (
        "关于加强气象观测站管理的通知(废止)\n\n中国气象局\n\n关于加强气象观测站管理的通知\n\n中国气象局\n\n气发[1998]12号\n\n"
        "各省、自治区、直辖市气象局:\n为加强气象观测站的管理,现就有关问题通知如下:\n一、各地要建立观测站档案。\n"
    )
    document = parse_text(text).documents[0]
    assert (document.title, document.doc_number, document.issuer) == (
        "关于加强气象观测站管理的通知",
        "气发〔1998〕12号",
        "中国气象局",
    )


def test_a_pages_path_before_its_title_is_no_part_of_the_title():
    from gazette_kg.loaders.parse.pipeline import parse_text

    text = (
        "甲国乙务院公报/一九五六年/第五号/乙务院关于某事的决定\n\n乙务院关于某事的决定\n\n"
        "一九五六年三月一日乙务院全体会议通过\n\n一、各部门应当加强某事的管理，做好有关工作。\n"
    )
    doc = parse_text(text, "path.txt").documents[0]
    assert (doc.title, doc.issuer, doc.signed_date) == ("乙务院关于某事的决定", "乙务院", "1956-03-01")
