"""Document headers in web-page and law-database layouts, order numbers with a year, dates typed with Latin O.

Short synthetic texts in the shapes sites print (one test per convention).
"""

from gazette_kg.loaders.parse.documents.dates import parse_date
from gazette_kg.loaders.parse.pipeline import parse_text

BODY = "各乡镇人民政府，县政府各部门：\n现将有关事项通知如下，请认真贯彻执行。\n"


def _document(text: str) -> dict:
    issue = parse_text(text, "page.txt").to_dict()
    assert len(issue["documents"]) == 1
    return issue["documents"][0] | {"citations": issue["citations"]}


def test_page_fields_letter_spaced_inline_and_empty():
    """Class 1: `文    号 <number>` after a space-parted field, `名称: … 文号: …` on one line, an empty `文号:`."""
    spaced = "甲县人民政府关于做好防汛工作的通知\n发布机构 县人民政府办公室 文    号 甲政办〔2023〕4号\n" + BODY
    doc = _document(spaced)
    assert doc["doc_number"] == "甲政办〔2023〕4号" and doc["citations"] == []
    inline = "名称: 甲县人民政府关于做好防汛工作的通知 文号: 甲政〔2023〕5号\n甲县人民政府关于做好防汛工作的通知\n" + BODY
    assert _document(inline)["doc_number"] == "甲政〔2023〕5号"
    empty = "生成日期: 2019-01-23 文号:\n甲县人民政府关于做好防汛工作的通知\n" + BODY + "甲县人民政府\n2019年1月17日\n"
    doc = _document(empty)
    assert doc["title"] == "甲县人民政府关于做好防汛工作的通知" and doc["signed_date"] == "2019-01-17"


def test_bullet_field_with_its_value_on_the_next_line():
    """Class 1: `• 发文字号:` / `<number>`, `• 发文日期:` / `<date time>`."""
    text = (
        "  • 发文字号:\n    甲政发〔2024〕7号\n  • 发文日期:\n    2024年04月06日 16:40\n甲县人民政府关于做好防汛工作的通知\n"
        + BODY
    )
    doc = _document(text)
    assert (doc["doc_number"], doc["signed_date"]) == ("甲政发〔2024〕7号", "2024-04-06")


def test_title_under_the_number_when_page_chrome_stands_above():
    """Class 1: a download site's lines (作者, 简介 with a sentence) above the masthead, number and title."""
    text = (
        "甲省人民政府办公厅文件\n简介:小编为你整理了多篇相关的文章,但愿对你有帮助。\n甲省人民政府办公厅文件\n"
        "甲政办发〔2009〕24号\n甲省人民政府办公厅关于加强就业工作的通知\n" + BODY
    )
    doc = _document(text)
    assert doc["title"] == "甲省人民政府办公厅关于加强就业工作的通知" and doc["doc_number"] == "甲政办发〔2009〕24号"


def test_dates_with_latin_o_for_zero():
    """Class 4: 二OO九年 (Latin O typed for 〇)."""
    assert parse_date("二OO九年十二月二十三日") == "2009-12-23"
    assert parse_date("二ＯＯ六年二月二十日") == "2006-02-20"


def test_order_number_with_a_year_and_a_standing_committee_announcement():
    """Class 5: 政府令〔2010〕第15号 keeps its 第; 人大常委会公告 / 第N号 promulgates a 条例."""
    order = (
        "甲省人民政府\n甲省河道管理规定\n政府令〔2010〕第15号\n"
        "《甲省河道管理规定》已经2010年12月14日省政府常务会议通过,现予公布,自2011年2月1日起施行。\n"
        "省长  张三\n二〇一〇年十二月二十五日\n甲省河道管理规定\n第一条 为了加强河道管理,制定本规定。\n"
    )
    doc = _document(order)
    assert (doc["doc_number"], doc["issuer"], doc["genre"]) == ("政府令〔2010〕第15号", "甲省人民政府", "令")
    assert doc["promulgates"] == ["甲省河道管理规定"]
    announcement = (
        "甲省村务公开条例\n甲省第十一届人民代表大会常务委员会公告\n第28号\n"
        "《甲省村务公开条例》已由甲省第十一届人民代表大会常务委员会第十次会议于2009年7月22日通过,现予公布,自2009年11月1日起施行。\n"
        "甲省人民代表大会常务委员会\n2009年7月22日\n甲省村务公开条例\n第一条 为了规范村务公开,制定本条例。\n"
    )
    doc = _document(announcement)
    assert doc["doc_number"] == "甲省第十一届人民代表大会常务委员会公告第28号"
    assert doc["promulgates"] == ["甲省村务公开条例"]


def test_cited_numbers_of_orders_with_a_year_and_low_quote_brackets():
    """Class 9: (某部〔2007〕第162号令) is cited as written; „‟ stand for 〔〕."""
    text = (
        "甲政办发〔2009〕24号\n甲省人民政府办公厅关于加强就业工作的通知\n"
        + BODY
        + "根据《某部关于住房保障的办法》(某部〔2007〕第162号令)和《乙办公厅关于就业的通知》(国办发„2009‟3号)执行。\n"
    )
    cited = {c["cited_doc_number"] for c in _document(text)["citations"]}
    assert cited == {"某部〔2007〕第162号令", "国办发〔2009〕3号"}


def test_repeal_list_announced_before_the_verb():
    """Class 7: 决定对以下2件规章予以废止: then numbered items with 《》 titles and (date …令第N号发布)."""
    text = (
        "甲市人民政府关于废止部分规章的决定\n为维护法治统一,市政府决定对以下2件市政府规章予以废止:\n"
        "一、《甲市市容管理办法》(2016年12月1日甲市人民政府令第2号发布)\n"
        "二、《甲市垃圾分类管理办法》(2018年11月23日甲市人民政府令第8号发布)\n本决定自公布之日起施行。\n"
    )
    repeals = parse_text(text, "page.txt").to_dict()["repeals"]
    assert [(r["repealed_title"], r["repealed_doc_number"]) for r in repeals] == [
        ("甲市市容管理办法", "甲市人民政府令第2号"),
        ("甲市垃圾分类管理办法", "甲市人民政府令第8号"),
    ]


def test_own_instrument_not_for_acts_but_for_rules_in_chapters():
    """Class 3: a 成立领导小组 notice in parts is no instrument; a stand-alone 规则 in chapters is one."""
    part = "要统筹推进各项工作,明确责任分工,加强督促检查,确保各项任务按期完成,形成工作合力。" * 4
    body = "一、主要职责\n" + part + "\n二、组成人员\n" + part + "\n"
    notice = "甲政办函〔2022〕3号\n甲省人民政府办公厅关于成立防汛工作领导小组的通知\n" + BODY + body
    assert parse_text(notice, "page.txt").to_dict()["instruments"] == []
    rules = "甲县人民政府工作规则\n第一章 总则\n一、为做好县政府工作,制定本规则。\n第二章 职能\n二、县政府实行县长负责制。\n"
    assert [i["chapters"] for i in parse_text(rules, "page.txt").to_dict()["instruments"]] == [2]


def test_title_with_its_number_after_it_or_in_book_quotes():
    """Class 1: …的通知(甲办发〔2017〕2号) and 《…关于印发〈…〉的通知》 as a page prints its title."""
    after = "甲市人民政府办公室印发《关于推进政务公开的实施意见》的通知(甲办发〔2017〕2号)\n" + BODY
    doc = _document(after)
    assert (doc["title"], doc["doc_number"]) == (
        "甲市人民政府办公室印发《关于推进政务公开的实施意见》的通知",
        "甲办发〔2017〕2号",
    )
    assert doc["citations"] == []
    quoted = "《甲市人民政府办公厅关于印发〈甲市政务公开工作要点〉的通知》\n甲政办发〔2016〕26号\n" + BODY
    assert _document(quoted)["title"] == "甲市人民政府办公厅关于印发《甲市政务公开工作要点》的通知"


def test_page_starting_at_the_addressees_is_a_signed_document_without_title_or_number():
    """Probe 2 class 3: the page keeps 主送, text, signature and date; title and number were on another page."""
    # 武汉市人民政府办公厅, 2019 (a public document), as its page begins
    text = (
        "各区人民政府,市人民政府各部门:\n\n  《武汉市人民政府政策文件解读实施方案》已经市人民政府同意,现印发给你们,请认真组织实施。\n\n"
        "  武汉市人民政府办公厅\n\n  2019年9月2日\n\n武汉市人民政府政策文件解读实施方案\n\n"
        "  为加强和规范市人民政府政策文件的宣传解读工作,特制订本方案。\n\n  一、解读范围\n\n  市人民政府制发的政策文件。\n"
    )
    doc = _document(text)
    assert (doc["title"], doc["doc_number"], doc["issuer"], doc["signed_date"]) == (
        None,
        None,
        "武汉市人民政府办公厅",
        "2019-09-02",
    )
    assert doc["promulgates"] == ["武汉市人民政府政策文件解读实施方案"] and doc["addressees"] == [
        "各区人民政府",
        "市人民政府各部门",
    ]
    # a report of a session opens with a sentence, not with addressees: no document
    news = (
        "区十七届人大常委会第十次会议召开。会议听取了区人民政府关于2023年预算执行情况的报告,决定任命张三为区人民政府副区长。"
        "\n2023年3月10日\n"
    )
    assert parse_text(news, "news.txt").to_dict()["documents"] == []


def test_own_number_line_that_lost_its_closing_bracket_and_its_hao():
    """Probe 2 class 7: 牟政办发〔201746 alone on its line is 牟政办发〔2017〕46号 (the year has four digits)."""
    # 牟定县人民政府办公室, 2017 (a public document), as its page prints it
    text = (
        "牟定县人民政府办公室关于印发牟定县突发环境事件应急预案(试行)的通知\n\n牟政办发〔201746\n\n"
        "各乡镇人民政府,县级有关部门:\n现将《牟定县突发环境事件应急预案(试行)》印发给你们,请认真贯彻执行。\n"
    )
    assert _document(text)["doc_number"] == "牟政办发〔2017〕46号"


def test_lookalike_colon_ends_the_addressees():
    """Probe 2 class 6: ∶ (RATIO) typed for ： after the 主送机关."""
    # 国务院 国发〔2015〕68号 (a public document), as its page begins
    text = (
        "国发[2015]68号\n各省、自治区、直辖市人民政府,国务院各部委、各直属机构∶\n"
        "为进一步推进简政放权、放管结合、优化服务改革,国务院对文件进行了清理。\n"
    )
    assert _document(text)["doc_number"] == "国发〔2015〕68号"


def test_version_tag_of_a_law_database_is_no_part_of_the_title():
    """Probe 2 class 5: …条例(2003年修正), …的通知(2019修订)."""
    assert _document("上海市市容环境卫生管理条例(2003年修正)\n" + BODY)["title"] == "上海市市容环境卫生管理条例"
    notice = "清远市人民政府关于印发《清远市人民政府工作规则》的通知(2019修订)\n" + BODY
    doc = _document(notice)
    assert (doc["title"], doc["promulgates"]) == (
        "清远市人民政府关于印发《清远市人民政府工作规则》的通知",
        ["清远市人民政府工作规则"],
    )


def test_page_chrome_ending_in_a_colon_is_not_the_addressees():
    """Probe 2 class 2: a law database's 页面宽度(px): above the title does not start the text."""
    text = (
        "广东规范性文件 > 正文阅览\n转第\n下载\n页面宽度(px):\n\n清远市人民政府关于印发《清远市人民政府工作规则》的通知\n" + BODY
    )
    assert _document(text)["title"] == "清远市人民政府关于印发《清远市人民政府工作规则》的通知"


def test_order_number_in_chinese_numerals_in_brackets():
    """Probe 2 class 10: 中华人民共和国主席令 / (第四十号) is 中华人民共和国主席令第40号."""
    # 中华人民共和国主席令第四十号 (2010), a public document
    text = (
        "中华人民共和国主席令\n\n(第四十号)\n\n根据中华人民共和国第十一届全国人民代表大会常务委员会第十八次会议于2010年12月25日的决定:\n\n"
        "免去李毅中的工业和信息化部部长职务;\n\n任命苗圩为工业和信息化部部长。\n中华人民共和国主席 胡锦涛\n\n2010年12月25日\n"
    )
    issue = parse_text(text, "page.txt").to_dict()
    [doc] = issue["documents"]
    assert (doc["doc_number"], doc["issuer"], doc["genre"]) == ("中华人民共和国主席令第40号", "中华人民共和国主席", "令")
    assert {(p["doc_number"], p["person"], p["action"]) for p in issue["personnel_actions"]} == {
        ("中华人民共和国主席令第40号", "李毅中", "remove"),
        ("中华人民共和国主席令第40号", "苗圩", "appoint"),
    }


def test_joint_issuers_one_a_line_above_the_title():
    """Probe 1: 中共…工作委员会 / …管理委员会 / 关于印发《…》的通知 under the number (雄安新区, 2021, a public document)."""
    text = (
        "雄安发〔2021〕5号\n中共河北雄安新区工作委员会\n河北雄安新区管理委员会\n"
        "关于印发《全面推进乡村振兴加快农业农村现代化的实施方案》的通知\n雄县、容城、安新县委和人民政府,新区各部门:\n"
        "现将《全面推进乡村振兴加快农业农村现代化的实施方案》印发给你们,请结合实际认真贯彻执行。\n"
    )
    doc = _document(text)
    assert (
        doc["title"]
        == "中共河北雄安新区工作委员会河北雄安新区管理委员会关于印发《全面推进乡村振兴加快农业农村现代化的实施方案》的通知"
    )
    assert doc["issuers"] == ["中共河北雄安新区工作委员会", "河北雄安新区管理委员会"]
