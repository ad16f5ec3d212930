from gazette_kg.loaders.parse.documents.decree import order_issuer
from gazette_kg.loaders.parse.pipeline import parse_text


def test_a_national_bodys_order_names_the_body_without_the_states_name():
    assert order_issuer("中华人民共和国国务院令第227号") == "国务院"
    assert order_issuer("中华人民共和国甲乙部令第3号") == "甲乙部"
    assert order_issuer("中华人民共和国主席令第51号") == "中华人民共和国主席"  # the head of state, no body
    assert order_issuer("甲省人民政府令第301号") == "甲省人民政府"


def test_a_decree_copied_without_masthead_and_number_publishes_the_rule_its_preamble_names():
    issue = parse_text(
        "《甲市乙管理规定》已经2006年8月24日市政府第8次常务会议讨论通过,现予公布,自2006年12月1日起施行。\n"
        "市长:\n2006年10月16日\n甲市乙管理规定\n第一条 为加强乙管理,制定本规定。\n第二条 本规定适用于本市。\n",
        "d.txt",
    )
    [doc] = issue.documents
    assert (doc.title, doc.genre, doc.promulgates) == ("甲市乙管理规定", "令", ["甲市乙管理规定"])
    [rule] = issue.instruments
    assert (rule.articles, rule.effective) == (2, "2006-12-01")


def test_a_city_congress_announcement_publishes_what_it_adopted_and_the_province_approved():
    # 某市…会议于…审议通过的《A》业经某省…会议于…批准,现予公布,自…起施行
    text = (
        "某某市养犬管理条例\n\n某某市人民代表大会常务委员会公告\n\n第十二号\n\n"
        "  某某市第五届人民代表大会常务委员会第八次会议于2012年4月20日审议通过的《某某市养犬管理条例》"
        "业经某某省第十一届人民代表大会常务委员会第三十次会议于2012年6月1日批准,现予公布,自2012年9月1日起施行。\n\n"
        "某某市人民代表大会常务委员会\n\n2012年6月15日\n\n第一章 总 则\n  第一条 为了规范养犬行为,制定本条例。\n"
    )
    parsed = parse_text(text)
    document, instrument = parsed.documents[0], parsed.instruments[0]
    assert (document.doc_number, document.issuer, document.promulgates) == (
        "某某市人民代表大会常务委员会公告第12号",
        "某某市人民代表大会常务委员会",
        ["某某市养犬管理条例"],
    )
    assert (instrument.title, instrument.effective) == ("某某市养犬管理条例", "2012-09-01")
