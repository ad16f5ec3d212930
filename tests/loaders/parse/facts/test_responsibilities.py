from gazette_kg.loaders.parse.facts.responsibilities import extract_responsibilities
from gazette_kg.loaders.parse.spans import DocumentSpan, SourceLine
from tests.seeds import parsed_seed


def _span(place, *texts, doc_number=None):
    return DocumentSpan("标题", doc_number, None, place, [SourceLine(n, t) for n, t in enumerate(texts, start=10)])


def _read(place, *texts):
    return [(r.line, list(zip(r.agencies, r.roles)), r.resolved) for r in extract_responsibilities(_span(place, *texts))]


def _by_line(key, doc_number):
    out = {}
    for r in parsed_seed(key).responsibilities:
        if r.doc_number == doc_number:
            out.setdefault(r.line, []).append(r.agencies)
    return out


def test_labelled_list_stops_at_non_agency_and_at_deng():
    lines = _by_line("2022", "永政办发〔2022〕11号")
    assert lines[125] == [["市农业农村局", "市自然资源和规划局", "市财政局"]]
    assert lines[147] == [["市农业农村局", "市发改委", "市乡村振兴局"]]


def test_list_wrapping_onto_the_next_line_with_nested_brackets():
    assert _by_line("2022", "永政办发〔2022〕11号")[141] == [
        ["市财政局", "市农业农村局", "人民银行永州市中心支行", "永州银保监分局", "市政府办（金融办）"]
    ]


def test_table_cells():
    lines = _by_line("2022", "永政办发〔2022〕15号")
    assert ["市财政局", "市税务局"] in lines[791]
    assert lines[886] == [["市自然资源局和规划局"], ["市发改委", "市工信局", "市生态环境局"], ["市生态环境局"]]


def test_duties_in_general_are_not_tasks():
    assert 556 not in _by_line("2022", "永政办发〔2022〕14号")


def test_resolution_through_the_gazetteer():
    record = next(r for r in parsed_seed("2022").responsibilities if r.line == 125)
    assert record.resolved == ["永州市农业农村局", "永州市自然资源和规划局", "永州市财政局"]


def test_lead_and_responsible_labels_in_one_bracket():
    assert _read("永州市", "加快推进项目建设。（牵头单位：市发改委、市财政局，责任单位：市住建局、市自然资源局）") == [
        (
            10,
            [("市发改委", "lead"), ("市财政局", "lead"), ("市住建局", "responsible"), ("市自然资源局", "responsible")],
            ["永州市发展和改革委员会", "永州市财政局", "永州市住房和城乡建设局", "永州市自然资源和规划局"],
        )
    ]
    assert _read("永州市", "做好宣传。(牵头单位:市委宣传部;配合单位:市文旅局)")[0][1] == [
        ("市委宣传部", "lead"),
        ("市文旅局", "cooperate"),
    ]


def test_two_bracketed_lists_on_one_line_each_with_a_label_after_a_semicolon():
    # the second bracket's 责任单位 follows a ；inside the bracket: not a label of running text
    line = _by_line("2018-9", "永政办发〔2018〕14号")[742]
    assert ["市县两级审改办", "各级政务中心", "市县两级教育局", "卫计委", "经信委", "银监局"] in line


def test_lead_and_supporting_words_after_the_lists():
    # gold/others/06: a district's 意见, ASCII brackets
    text = "给予0.5万元-20万元的扶持奖励。(区发改局、区住建局、区财政局牵头,区统计局、区城管局、各街道办事处配合)"
    [(line, units, resolved)] = _read("昆明市官渡区", text)
    assert units == [
        ("区发改局", "lead"),
        ("区住建局", "lead"),
        ("区财政局", "lead"),
        ("区统计局", "cooperate"),
        ("区城管局", "cooperate"),
        ("各街道办事处", "cooperate"),
    ]
    assert resolved[:2] == ["昆明市官渡区发展和改革局", "昆明市官渡区住房和城乡建设局"]


def test_lead_then_responsible_for_carrying_out():
    # gold/others/13
    assert _read(
        "北京市西城区",
        "机关运行经费安排和政府采购情况等。(区财政局牵头,全区各部门、各街道负责落实)   ",
        "主动公开本区ppp项目基本情况、合作期限等信息。(区财政局负责落实)",
    ) == [
        (
            10,
            [("区财政局", "lead"), ("全区各部门", "responsible"), ("各街道", "responsible")],
            ["北京市西城区财政局", None, None],
        ),
        (11, [("区财政局", "responsible")], ["北京市西城区财政局"]),
    ]


def test_task_list_lines_and_the_note_that_the_first_unit_leads():
    # gold/others/15: labelled lines under each task
    assert _read(
        "北京市", "牵头单位:市政府办公厅、市政府法制办", "责任单位:各区政府、市政府各部门", "完成时限:2018年底前完成"
    ) == [
        (10, [("市政府办公厅", "lead"), ("市政府法制办", "lead")], ["北京市人民政府办公厅", "北京市人民政府法制办公室"]),
        (11, [("各区政府", "responsible"), ("市政府各部门", "responsible")], [None, None]),
    ]
    # gold/others/05: the parenthetical is no agency, and makes the first unit the lead from there on
    assert [
        units
        for _, units, _ in _read(
            "厦门市",
            "责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)",
            "时限要求:持续推进",
            "责任单位:市建设局、市财政局",
        )
    ] == [[("市发改委", "lead"), ("市财政局", "responsible")], [("市建设局", "lead"), ("市财政局", "responsible")]]


def test_table_columns_give_the_role():
    rows = ["序号\t重点工作任务\t牵头单位\t配合单位", "1\t优化审批流程\t市政务服务中心\t市发改委、市住建局"]
    assert [units for _, units, _ in _read("岳阳市", *rows)] == [
        [("市政务服务中心", "lead")],
        [("市发改委", "cooperate"), ("市住建局", "cooperate")],
    ]


def test_a_note_in_brackets_is_not_a_list():
    assert _read("东莞市", "何伟森(市市政局)", "通过政府与社会资本合作(ppp)综合信息平台") == []


def test_lists_run_together_without_stops():
    # a task list printed with spaces, which cleaning takes out; role words joined by 、
    assert [
        units
        for _, units, _ in _read(
            "岳阳市", "牵头单位：市发改委责任单位：市财政局、市商务局", "加强监管。（市市场监管局牵头、市公安局配合）"
        )
    ] == [
        [("市发改委", "lead"), ("市财政局", "responsible"), ("市商务局", "responsible")],
        [("市市场监管局", "lead"), ("市公安局", "cooperate")],
    ]


def test_brackets_inside_a_name_stay():
    assert [units for _, units, _ in _read("岳阳市", "（市发改委牵头，各县（市、区）人民政府负责）")] == [
        [("市发改委", "lead"), ("各县（市、区）人民政府", "responsible")]
    ]


def test_a_label_on_a_line_of_its_own():
    assert _read("岳阳市", "责任单位：", "", "市发改委、市财政局") == [
        (12, [("市发改委", "responsible"), ("市财政局", "responsible")], ["岳阳市发展和改革委员会", "岳阳市财政局"])
    ]


def test_a_collective_of_related_units_and_a_list_going_on_past_its_deng():
    assert [
        units
        for _, units, _ in _read(
            "岳阳市",
            "简化审批。（市政务局牵头，市发改局、市级相关部门配合）",
            "谋划项目。（市发改局牵头，市财政局、市水务局等部门，市城投公司配合）",
        )
    ] == [
        [("市政务局", "lead"), ("市发改局", "cooperate"), ("市级相关部门", "cooperate")],
        [("市发改局", "lead"), ("市财政局", "cooperate"), ("市水务局", "cooperate"), ("市城投公司", "cooperate")],
    ]


def test_collective_units():
    assert [units for _, units, _ in _read("岳阳市", "（市发改委牵头，各县市区人民政府、市直有关单位负责）")] == [
        [("市发改委", "lead"), ("各县市区人民政府", "responsible"), ("市直有关单位", "responsible")]
    ]


def test_a_sentence_about_units_is_no_collective_name():
    # 盘锦市 2021 (probe 2, 17) and a consultation notice (40): a role verb after a sentence, not after a list
    assert _read("盘锦市", "各相关单位要加强配合,统筹协调推进各项工作。") == []
    assert _read("北京市", "欢迎社会各界人士踊跃参与,建言献策。") == []
    assert _read("盘锦市", "(各街道办事处、区直各部门配合)")[0][1] == [("各街道办事处", "cooperate"), ("区直各部门", "cooperate")]


def test_the_member_units_of_a_body_in_square_brackets_after_a_lead_label():
    assert [
        units
        for _, units, _ in _read(
            "甲市乙区", "抓好防控。[牵头单位:区卫健局、区创文办;责任单位:区防控指挥部成员单位、各街办(新区)]"
        )
    ] == [[("区卫健局", "lead"), ("区创文办", "lead"), ("区防控指挥部成员单位", "responsible"), ("各街办(新区)", "responsible")]]
    assert _read("甲市", "各成员单位要加强协调配合。") == []


def test_names_joined_by_ji_or_he_are_cut_apart_but_he_inside_a_name_stays():
    assert [
        units
        for _, units, _ in _read(
            "甲市",
            "推进项目建设。(市发改委牵头,市财政局及市住建局配合)",
            "落实资金。(市财政局和市审计局负责)",
            "统筹推进。(市发展和改革委员会、市住房和城乡建设局负责)",
        )
    ] == [
        [("市发改委", "lead"), ("市财政局", "cooperate"), ("市住建局", "cooperate")],
        [("市财政局", "responsible"), ("市审计局", "responsible")],
        [("市发展和改革委员会", "responsible"), ("市住房和城乡建设局", "responsible")],
    ]


def test_a_note_in_angle_brackets_after_a_name_is_no_part_of_it():
    assert [
        units
        for _, units, _ in _read(
            "甲市", "(一)地区生产总值增长7.5%。(牵头单位:市发改委;责任单位:各区人民政府〈含开发区、风景区〉)"
        )
    ] == [[("市发改委", "lead"), ("各区人民政府", "responsible")]]


def test_a_bracket_of_names_alone_led_by_the_first_as_its_note_says():
    assert [
        units for _, units, _ in _read("甲市", "健全管理体制。(市教育局,市委农办,各县<市、区>人民政府,排名第一位为牵头单位,下同)")
    ] == [[("市教育局", "lead"), ("市委农办", "responsible"), ("各县<市、区>人民政府", "responsible")]]


def test_a_clause_holding_de_and_a_body_named_by_where_it_is_are_no_agencies():
    assert _read(
        "甲市",
        "第四条 关闭工作按照全市统一部署进行。其中采石场的关闭由所在区人民政府负责;小水泥厂的关闭按照权限分别由市、区人民政府负责。",
        "（市财政局负责）",
    ) == [(11, [("市财政局", "responsible")], ["甲市财政局"])]


def test_the_task_before_you_names_no_agency_of_the_clause_it_opens():
    # 由A负责 after the task it gives (党政工作由A负责; 其后勤工作分别由A和B负责): the agencies are what 由 introduces
    assert [
        units
        for _, units, _ in _read(
            "甲市", "三、该办公室设在市水利局,党政工作由市水利局负责;其后勤工作分别由市水利局和乙县人民政府负责。"
        )
    ] == [[("市水利局", "responsible")], [("市水利局", "responsible"), ("乙县人民政府", "responsible")]]
