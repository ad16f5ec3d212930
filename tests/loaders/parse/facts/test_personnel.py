from gazette_kg.loaders.parse.facts.personnel import extract_personnel_actions
from gazette_kg.loaders.parse.spans import DocumentSpan, SourceLine
from tests.seeds import parsed_seed


def _actions(key, doc_number):
    return [
        (a.person, a.action, a.post, a.probation, a.term)
        for a in parsed_seed(key).personnel_actions
        if a.doc_number == doc_number
    ]


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
    span = DocumentSpan(
        "岳阳市人民政府关于张三等同志职务任免的通知",
        "岳政人〔2023〕2号",
        "岳阳市人民政府",
        "岳阳市",
        [
            SourceLine(1, "标题"),
            SourceLine(2, "任命张三为岳阳市财政局局长；"),
            SourceLine(3, "免去李四同志的岳阳市财政局局长职务。"),
        ],
    )
    actions = extract_personnel_actions(span)
    assert [(a.person, a.action, a.post, a.organisation) for a in actions] == [
        ("张三", "appoint", "岳阳市财政局局长", "岳阳市财政局"),
        ("李四", "remove", "岳阳市财政局局长", "岳阳市财政局"),
    ]


def test_an_introductory_sentence_naming_the_person_is_not_a_post():
    actions = [
        (a.person, a.action, a.post) for a in parsed_seed("2017").personnel_actions if a.doc_number == "永政人〔2017〕17号"
    ]
    assert actions == [("唐亚辉", "confirm", "市口岸办公室主任")]


def _report(*texts):
    span = DocumentSpan("", None, None, None, [SourceLine(n, t) for n, t in enumerate(texts, start=5)])
    return [(a.person, a.action, a.post, a.line) for a in extract_personnel_actions(span)]


def test_a_standing_committee_appoints_several_to_one_post_and_one_each_to_others():
    # gold/others/11: a district people's congress report, no document number
    assert _report(
        "会议进行了人事任免,任命赵海洋、董冲为区人民政府副区长,张东方为区教育体育局局长;"
        "任命吕洪武为区监察委员会副主任,申永杰等3名同志为区监察委员会委员。"
    ) == [
        ("赵海洋", "appoint", "区人民政府副区长", 5),
        ("董冲", "appoint", "区人民政府副区长", 5),
        ("张东方", "appoint", "区教育体育局局长", 5),
        ("吕洪武", "appoint", "区监察委员会副主任", 5),
        ("申永杰", "appoint", "区监察委员会委员", 5),
    ]


def test_candidates_and_proposers_are_no_decisions():
    assert (
        _report(
            "拟任区人民政府副区长人选赵海洋、董冲,区人民法院院长杨红卫列席会议。",
            "会议根据市人民政府市长郭洪昌的提请,经审议表决,提请任命张三为市财政局局长。",
            "依法接受人大监督,接受公众和舆论监督。",
        )
        == []
    )


def test_decided_appointments_with_ren_and_chained_removals():
    # gold/others/16: 决定任命A任X、B任Y; 免去A的X职务、B的Y职务 with only the first 免去
    assert _report(
        "会议根据市人民政府市长郭洪昌的提请,经审议表决,决定任命李胜平任市发展和改革委员会主任、张建平任市民政局局长,"
        "免去孙海献的市发展和改革委员会主任职务、于力强的市民政局局长职务。"
    ) == [
        ("李胜平", "appoint", "市发展和改革委员会主任", 5),
        ("张建平", "appoint", "市民政局局长", 5),
        ("孙海献", "remove", "市发展和改革委员会主任", 5),
        ("于力强", "remove", "市民政局局长", 5),
    ]


def test_a_list_with_the_verb_on_a_line_of_its_own_and_a_resignation():
    assert _report(
        "任命:",
        "王五为市财政局局长、党组书记",
        "赵六为市教育局副局长(试用期一年)",
        "免去:",
        "孙七的市财政局局长职务",
        "接受周八辞去市审计局局长职务的请求。",
    ) == [
        ("王五", "appoint", "市财政局局长、党组书记", 6),
        ("赵六", "appoint", "市教育局副局长", 7),
        ("孙七", "remove", "市财政局局长", 9),
        ("周八", "remove", "市审计局局长", 10),
    ]


def test_probation_as_a_clause_and_no_longer_holding_a_post():
    span = DocumentSpan(
        "关于张三等同志职务任免的通知",
        "岳政人〔2023〕3号",
        "岳阳市人民政府",
        "岳阳市",
        [
            SourceLine(1, "标题"),
            SourceLine(2, "张三同志任岳阳市财政局副局长，试用期一年；"),
            SourceLine(3, "李四同志不再担任岳阳市财政局局长职务。"),
        ],
    )
    assert [(a.person, a.action, a.post, a.probation) for a in extract_personnel_actions(span)] == [
        ("张三", "appoint", "岳阳市财政局副局长", True),
        ("李四", "remove", "岳阳市财政局局长", False),
    ]


def test_passive_counted_lists_bodies_of_members_dotted_names_and_reasons():
    assert _report(
        "会议决定",
        "王甲同志被任命为市人民政府副市长;丁乙同志被免去市人民政府副市长职务。",
        "任命孙丙、钱丁等12人为区人民法院审判员,任命周戊为区人大常委会预算工作委员会组成人员。",
        "决定免去买买提·吐尔逊的区人民政府副区长职务。",
        "接受吴己同志因工作调动辞去区人大常委会委员职务的请求。",
    ) == [
        ("王甲", "appoint", "市人民政府副市长", 6),
        ("丁乙", "remove", "市人民政府副市长", 6),
        ("孙丙", "appoint", "区人民法院审判员", 7),
        ("钱丁", "appoint", "区人民法院审判员", 7),
        ("周戊", "appoint", "区人大常委会预算工作委员会组成人员", 7),
        ("买买提·吐尔逊", "remove", "区人民政府副区长", 8),
        ("吴己", "remove", "区人大常委会委员", 9),
    ]


def test_a_second_decision_for_the_same_person_names_no_one():
    # 遂宁市人大常委会 session news (2023), a public report: 并决定为代理市长 continues with 邓正权
    span = DocumentSpan(
        "",
        None,
        None,
        None,
        [SourceLine(7, "会议接受杨自力辞去市人民政府市长职务,决定任命邓正权为市人民政府副市长,并决定为代理市长。")],
    )
    people = {a.person for a in extract_personnel_actions(span)}
    assert people == {"杨自力", "邓正权"}


def test_several_persons_resign_one_post_and_an_acting_post_after_a_deputy_post():
    assert _report(
        "会议决定,接受甲一、乙二、丙三同志辞去某县第十八届人大代表职务。",
        "决定任命丁四为某市人民政府副市长、代理某市人民政府市长职务。",
    ) == [
        ("甲一", "remove", "某县第十八届人大代表", 5),
        ("乙二", "remove", "某县第十八届人大代表", 5),
        ("丙三", "remove", "某县第十八届人大代表", 5),
        ("丁四", "appoint", "某市人民政府副市长、代理某市人民政府市长", 6),
    ]


def test_removal_with_the_comrade_before_the_post_and_a_post_as_yi_zhi():
    assert _report(
        "会议决定免去张甲同志市财政局局长职务。",
        "会议通过人事任免决议,免除路乙同志常务副县长一职,免除孟丙同志副县长一职,任命邢丁同志为政府副县长。",
    ) == [
        ("张甲", "remove", "市财政局局长", 5),
        ("路乙", "remove", "常务副县长", 6),
        ("孟丙", "remove", "副县长", 6),
        ("邢丁", "appoint", "政府副县长", 6),
    ]


def test_a_resignation_from_a_post_of_several_parts_and_a_person_named_to_act_in_a_post():
    assert _report(
        "会议任命张三同志为甲区人民政府办公室主任;接受李四同志辞去甲区第十五届人大代表、人事工作委员会委员职务的请求;"
        "免去王五同志的甲区人民政府办公室主任职务。",
        "会议决定接受赵六辞去甲区人民政府区长职务的请求,决定钱七副区长代理甲区人民政府区长职务。",
    ) == [
        ("张三", "appoint", "甲区人民政府办公室主任", 5),
        ("李四", "remove", "甲区第十五届人大代表、人事工作委员会委员", 5),
        ("王五", "remove", "甲区人民政府办公室主任", 5),
        ("钱七", "appoint", "代理甲区人民政府区长", 6),
        ("赵六", "remove", "甲区人民政府区长", 6),
    ]
    assert _report("本单位代理记账工作由财务科负责,请各科室配合。") == []


def test_he_in_the_middle_of_a_three_character_name_is_the_names():
    found = _report("会议决定免去钱一山的甲部部长职务,任命孙和平为甲部部长;任命周五和吴六为乙区人民政府副区长。")
    assert found[:2] == [("钱一山", "remove", "甲部部长", 5), ("孙和平", "appoint", "甲部部长", 5)]
    assert not any(person == "五和吴" for person, *_ in found)  # 和 between two persons is no name's


def test_a_note_on_the_removal_after_the_post_is_no_part_of_it():
    found = _report("其中提到,省政府决定免去甲乙丙的省丁戊中心副主任职务(终止试用期)。")
    assert found == [("甲乙丙", "remove", "省丁戊中心副主任", 5)]


def test_a_run_that_appoints_goes_on_after_a_removal_of_the_same_person():
    # 任命A为X，免去其Y职务；B为Z，免去其W职务；C为V: the verb is not repeated, 其 is the person just appointed
    assert _report(
        "会议表决任命甲某某为某省发展和改革委员会主任,免去其某省计划委员会主任职务;",
        "乙某某为某省水利厅厅长,免去其某省水电厅厅长职务;",
        "丙某某为某省人民政府研究室主任;",
    ) == [
        ("甲某某", "appoint", "某省发展和改革委员会主任", 5),
        ("甲某某", "remove", "某省计划委员会主任", 5),
        ("乙某某", "appoint", "某省水利厅厅长", 6),
        ("乙某某", "remove", "某省水电厅厅长", 6),
        ("丙某某", "appoint", "某省人民政府研究室主任", 7),
    ]


def test_announced_decisions_without_a_verb_posts_over_commas_and_a_person_named_after_a_post():
    # a report of a committee's 任免决定: A同志任X；B同志不再担任X，Y职务；市委常委C兼任X; 提名为…候选人 is no decision
    assert _report(
        "会议宣布主要领导任免决定:丁某同志任中共某县委委员、常委、书记;戊某同志任中共某县委副书记,提名为某县人民政府县长候选人;"
        "己某同志不再担任中共某县委书记、常委、委员职务。",
        "此前,上级决定,庚某任中共某市委常委,某市人民政府党组成员,某市工业园区管委会主任。",
        "宣布决定:某市委常委辛某兼任某园区工作委员会书记。",
    ) == [
        ("丁某", "appoint", "中共某县委委员、常委、书记", 5),
        ("戊某", "appoint", "中共某县委副书记", 5),
        ("己某", "remove", "中共某县委书记、常委、委员", 5),
        ("庚某", "appoint", "中共某市委常委,某市人民政府党组成员,某市工业园区管委会主任", 6),
        ("辛某", "concurrent", "某园区工作委员会书记", 7),
    ]


def test_a_removal_naming_the_post_right_after_the_name_and_a_sentence_about_the_person_after_a_comma():
    # 决定免去A某市某局局长职务 (no 的: the post opens with a city named in full); 任命B为X,B此前是Y is no post of X
    assert _report(
        "会议通过任免名单,决定免去赵某杭州市交通运输局局长职务,任命钱某某为杭州市交通运输局局长。",
        "会议任命孙某为某省科学技术厅厅长,孙某此前是某省教育厅副厅长。",
    ) == [
        ("赵某", "remove", "杭州市交通运输局局长", 5),
        ("钱某某", "appoint", "杭州市交通运输局局长", 5),
        ("孙某", "appoint", "某省科学技术厅厅长", 6),
    ]
