from gazette_kg.loaders.parse.facts.personnel import extract_personnel_actions
from gazette_kg.loaders.parse.spans import DocumentSpan, SourceLine
from tests.seeds import parsed_seed


def _actions(key, doc_number):
    return [(a.person, a.action, a.post, a.probation, a.term) for a in parsed_seed(key).personnel_actions if a.doc_number == doc_number]


def test_appoint_with_probation_and_remove_own_post():
    actions = _actions("2022", "永政人〔2022〕14号")
    assert ("王军", "appoint", "市人民政府办公室督查专员", True, None) in actions
    assert ("张荣华", "remove", "市政府发展研究中心(市承接产业转移服务中心)主任", False, None) in actions
    assert ("冯徐生", "remove", "市公安局经济犯罪侦查支队支队长(副处级)", False, None) in actions
    assert ("吴俊", "appoint", "市公安局经济犯罪侦查支队副支队长(副处级)", False, None) in actions  # wrapped line


def test_confirmation_after_probation():
    assert _actions("2022", "永政人〔2022〕13号") == [("陆强耀", "confirm", "市公安局巡特警支队支队长", False, None)]
    assert ("陆强耀", "appoint", "市公安局巡特警支队支队长", True, None) in _actions("2021", "永政人〔2021〕11号")


def test_secondment_with_term_and_several_persons():
    assert _actions("2022", "永政人〔2022〕15号") == [
        ("文彦", "second", "市信访局副局长", False, "一年"),
        ("何俊华", "second", "永州经济技术开发区管委会副主任", False, "两年"),
        ("杨磊", "second", "永州经济技术开发区管委会副主任", False, "两年"),
    ]


def test_concurrent_posts():
    actions = _actions("2021", "永政人〔2021〕10号")
    assert ("义盛章", "concurrent", "市公安局督察委员会第一副督察长", False, None) in actions
    assert ("王亚春", "remove_concurrent", "市公安局督察委员会第一副督察长", False, None) in actions
    assert ("张玉龙", "concurrent", "市人民防空办公室副主任", False, None) in actions


def test_other_wording():
    span = DocumentSpan("岳阳市人民政府关于张三等同志职务任免的通知", "岳政人〔2023〕2号", "岳阳市人民政府", "岳阳市",
                        [SourceLine(1, "标题"), SourceLine(2, "任命张三为岳阳市财政局局长；"), SourceLine(3, "免去李四同志的岳阳市财政局局长职务。")])
    actions = extract_personnel_actions(span)
    assert [(a.person, a.action, a.post, a.organisation) for a in actions] == [
        ("张三", "appoint", "岳阳市财政局局长", "岳阳市财政局"), ("李四", "remove", "岳阳市财政局局长", "岳阳市财政局")]


def test_an_introductory_sentence_naming_the_person_is_not_a_post():
    actions = [(a.person, a.action, a.post) for a in parsed_seed("2017").personnel_actions if a.doc_number == "永政人〔2017〕17号"]
    assert actions == [("唐亚辉", "confirm", "市口岸办公室主任")]
