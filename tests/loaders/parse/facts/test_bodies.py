from tests.seeds import parsed_seed


def _bodies():
    return {b.name: b for b in parsed_seed("2018-2").coordination_bodies}


def test_numbered_annex_lists():
    bodies = _bodies()
    assert len(bodies) == 144
    first = bodies["永州市人口和计划生育领导小组"]
    assert (first.annex, first.office_at, first.status) == (1, "市卫计委", "kept")
    assert [(l.person, l.role) for l in first.leaders][:2] == [("赵应云", "组长"), ("张贺文", "副组长")]
    assert bodies["永州市节能减排领导小组"].office_at == "市发改委、市环保局"


def test_item_spliced_into_another_annex_keeps_its_annex():
    assert _bodies()["永州市“互联网+政务服务”工作领导小组"].annex == 2


def test_merged_and_renamed_bodies_take_the_resulting_name():
    bodies = _bodies()
    assert bodies["永州市爱国卫生运动委员会"].status == "merged"
    assert bodies["永州市推进法治政府建设工作领导小组"].status == "renamed"


def test_two_column_abolition_list():
    abolished = {a.name for a in parsed_seed("2018-2").abolished_bodies}
    assert len(abolished) == 24
    assert "永州市冷水滩区零陵中路平战结合人防工程项目协调领导小组" in abolished  # ends on an earlier line
    assert "市政府办党的群众路线教育实践活动领导小组" in abolished


def test_count_mismatch_is_flagged():
    warnings = [w for w in parsed_seed("2018-2").warnings if w.code == "count-mismatch"]
    assert any("says 23 bodies but 24 are listed" in w.message for w in warnings)


def test_leader_block_with_role_headings_and_members_left_out():
    body = _bodies()["市人民政府执行力提升年活动领导小组"]
    assert body.leaders[0].person == "赵应云" and body.leaders[0].role == "组长"
    assert {l.role for l in body.leaders} == {"组长", "常务副组长", "副组长"}
    assert body.leader_posts["张贺文"].endswith("常务副市长")


def test_markdown_table_leader_block():
    [body] = parsed_seed("2018-9").coordination_bodies
    assert body.name == "永州市第三次国土调查领导小组" and body.office_at == "市国土资源局"
    assert [(l.person, l.role) for l in body.leaders] == [("欧阳元初", "组长"), ("李黎武", "副组长"), ("蒋良铁", "副组长")]


def test_leaders_with_their_post_in_parentheses_and_a_role_label_alone():
    from gazette_kg.loaders.parse.facts.bodies import extract_bodies
    from gazette_kg.loaders.parse.spans import DocumentSpan, SourceLine

    text = (
        "市政府决定成立市公共卫生体系建设领导小组。领导小组成员名单如下:\n组长:张顺彩(市政府副市长)\n副组长:\n"
        "周华驹(市政府副秘书长)\n洪耀坚(市卫生局局长)\n成员:\n何伟森(市市政局)\n领导小组不设办公室,日常工作由市卫生局有关科室承担。"
    )
    span = DocumentSpan("", "东府办函〔2003〕248号", None, None, [SourceLine(i + 1, t) for i, t in enumerate(text.split("\n"))])
    [body], _, _ = extract_bodies(span)
    assert body.name == "市公共卫生体系建设领导小组" and body.office_at is None
    assert [(l.person, l.role) for l in body.leaders] == [("张顺彩", "组长"), ("周华驹", "副组长"), ("洪耀坚", "副组长")]


def test_leaders_in_a_members_section_after_the_duties_with_posts_glued_to_names():
    from gazette_kg.loaders.parse.facts.bodies import extract_bodies
    from gazette_kg.loaders.parse.spans import DocumentSpan, SourceLine

    text = (
        "关于成立全省体育赛事工作领导小组的通知\n为办好赛事,成立全省体育赛事工作领导小组。\n一、主要职责\n统筹协调赛事筹办工作。\n"
        "二、组成人员\n组长:\n李明国务院副总理\n副组长:\n赵文华体育总局局长\n钱小红中国残联主席\n成员:\n孙强省政府副秘书长"
    )
    span = DocumentSpan("", "国办函〔2022〕9号", None, None, [SourceLine(i + 1, t) for i, t in enumerate(text.split("\n"))])
    [body], _, _ = extract_bodies(span)
    assert body.name == "全省体育赛事工作领导小组" and body.line == 2
    assert [(l.person, l.role) for l in body.leaders] == [("李明", "组长"), ("赵文华", "副组长"), ("钱小红", "副组长")]


def test_a_title_over_two_lines_sets_the_body_up_when_no_sentence_does():
    from gazette_kg.loaders.parse.facts.bodies import extract_bodies
    from gazette_kg.loaders.parse.spans import DocumentSpan, SourceLine

    # 临安市人民政府办公室 临政办函〔2013〕89号 (a public document), as a page lays it out
    title = "临安市人民政府办公室关于成立临安市信用建设工作领导小组的通知"
    text = (
        "临政办函[2013]89号\n临安市人民政府办公室关于成立临安市\n信用建设工作领导小组的通知\n组长：李文钢\n副组长：冯镭\n"
        "沈慧\n何洪明（市纪委）\n成员：巫振江（市府办）\n李红樱（市发改局）\n领导小组下设办公室,办公室设在市发改局。"
    )
    span = DocumentSpan(title, "临政办函〔2013〕89号", None, None, [SourceLine(i + 1, t) for i, t in enumerate(text.split("\n"))])
    [body], _, _ = extract_bodies(span)
    assert (body.name, body.office_at, body.line) == ("临安市信用建设工作领导小组", "市发改局", 3)
    assert [(l.person, l.role) for l in body.leaders] == [
        ("李文钢", "组长"),
        ("冯镭", "副组长"),
        ("沈慧", "副组长"),
        ("何洪明", "副组长"),
    ]


def test_leaders_side_by_side_on_a_role_line_and_the_office_in_brackets():
    from gazette_kg.loaders.parse.facts.bodies import extract_bodies
    from gazette_kg.loaders.parse.layout.clean import clean_lines
    from gazette_kg.loaders.parse.spans import DocumentSpan

    clean = clean_lines(
        "经研究,决定成立甲市文化工程领导小组,成员名单如下:\n  组 长:曹 亚\n  副组长:彭一山 易二水 周三木\n"
        "  成 员:市委组织部、市发改委、市财政局有关负责人\n  领导小组下设办公室(设在市文化局),由俞四兼任办公室主任。"
    )
    span = DocumentSpan("", "甲政办函〔2007〕34号", None, None, clean.lines, raw=clean.raw)
    [body], _, _ = extract_bodies(span)
    assert body.office_at == "市文化局"
    assert [(l.person, l.role) for l in body.leaders] == [
        ("曹亚", "组长"),
        ("彭一山", "副组长"),
        ("易二水", "副组长"),
        ("周三木", "副组长"),
    ]
    posted = clean_lines("决定成立甲市乙领导小组。\n组长:张三 副市长\n")
    [body], _, _ = extract_bodies(DocumentSpan("", None, None, None, posted.lines, raw=posted.raw))
    assert len(body.leaders) == 1  # a name and its post side by side are one leader


def test_bodies_listed_by_number_with_their_leaders_under_role_headings_and_an_office_in_a_later_section():
    from gazette_kg.loaders.parse.facts.bodies import extract_bodies
    from gazette_kg.loaders.parse.layout.clean import clean_lines
    from gazette_kg.loaders.parse.spans import DocumentSpan

    listed = clean_lines(
        "现将保留的非常设机构市领导任职情况通知如下:\n1、市城市规划委员会\n主 任 委 员:甲一\n副主任委员:乙 二\n"
        "2、市绿化委员会\n主 任:甲一\n副主任:丙三、丁四\n"
    )
    bodies, _, _ = extract_bodies(DocumentSpan("", "甲政办发〔2007〕17号", None, None, listed.lines, raw=listed.raw))
    assert [(b.name, [(l.person, l.role) for l in b.leaders]) for b in bodies] == [
        ("市城市规划委员会", [("甲一", "主任委员"), ("乙二", "副主任委员")]),
        ("市绿化委员会", [("甲一", "主任"), ("丙三", "副主任"), ("丁四", "副主任")]),
    ]
    setup = clean_lines(
        "国务院决定成立第三次甲普查领导小组,现将有关事项通知如下:\n二、组成人员\n组 长:张甲乙 国务院副总理\n"
        "成 员:王 峰 中央编办副主任\n三、工作机构及其职责\n领导小组办公室设在统计局,承担领导小组的日常工作。"
    )
    [body], _, _ = extract_bodies(DocumentSpan("", None, None, None, setup.lines, raw=setup.raw))
    assert body.office_at == "统计局"


def test_a_role_heading_the_page_garbled_skips_its_leader_not_the_rest_of_the_block():
    from gazette_kg.loaders.parse.facts.bodies import extract_bodies
    from gazette_kg.loaders.parse.spans import DocumentSpan, SourceLine

    text = (
        "县政府决定成立甲县政务公开领导小组。\n二、组成人员\n 长:张大明(县政府常务副县长)\n副组长:李小华(县政府办公室主任)\n"
        "        王二县政府办公室副主任)\n三、工作机构\n领导小组办公室设在县政府办公室。"
    )
    span = DocumentSpan("", None, None, None, [SourceLine(i + 1, t) for i, t in enumerate(text.split("\n"))])
    [body], _, _ = extract_bodies(span)
    assert (body.name, body.office_at) == ("甲县政务公开领导小组", "县政府办公室")
    assert [(l.person, l.role) for l in body.leaders] == [("李小华", "副组长"), ("王二", "副组长")]


def test_leaders_named_in_running_text_lead_the_bodies_of_their_sentence():
    from gazette_kg.loaders.parse.facts.bodies import extract_bodies
    from gazette_kg.loaders.parse.spans import DocumentSpan, SourceLine

    text = (
        "根据调整后的名单,甲院总理赵一担任甲院西部开发领导小组和甲院东部振兴领导小组组长,钱二副总理担任副组长。",
        "为做好防汛工作,县政府决定成立县防汛抗旱指挥部,由县长孙三任指挥长,副县长李四任副指挥长,成员由各部门负责人组成。",
        "会议任命周五同志为甲区人民政府办公室主任,市卫生健康委员会主任吴六出席会议。",
    )
    span = DocumentSpan("", None, None, None, [SourceLine(i + 1, t) for i, t in enumerate(text)])
    bodies, _, _ = extract_bodies(span)
    assert [(b.name, [(l.person, l.role) for l in b.leaders]) for b in bodies] == [
        ("甲院西部开发领导小组", [("赵一", "组长"), ("钱二", "副组长")]),
        ("甲院东部振兴领导小组", [("赵一", "组长"), ("钱二", "副组长")]),
        ("县防汛抗旱指挥部", [("孙三", "指挥长"), ("李四", "副指挥长")]),
    ]


def test_leaders_a_run_on_page_printed_one_after_another_with_nothing_between():
    from gazette_kg.loaders.parse.facts.bodies import extract_bodies
    from gazette_kg.loaders.parse.spans import DocumentSpan, SourceLine

    text = (
        "国务院决定成立第一次全国乙普查领导小组。",
        "二、组成人员",
        "组长:赵一国务院副总理",
        "副组长:钱二明国土资源部部长孙三立国务院副秘书长李四平统计局局长周五国务委员",
        "成员:吴六中央宣传部副部长郑七外交部副部长",
    )
    span = DocumentSpan("", None, None, None, [SourceLine(i + 1, t) for i, t in enumerate(text)])
    [body], _, _ = extract_bodies(span)
    assert [(l.person, l.role) for l in body.leaders] == [
        ("赵一", "组长"),
        ("钱二明", "副组长"),
        ("孙三立", "副组长"),
        ("李四平", "副组长"),
        ("周五", "副组长"),  # a name of two where the rest opens with an organ (国务委员)
    ]
    assert body.leader_posts["孙三立"] == "国务院副秘书长"


def test_a_space_ends_the_name_before_a_post_opening_with_a_place_and_a_described_post_is_no_leader():
    from gazette_kg.loaders.parse.facts.bodies import extract_bodies
    from gazette_kg.loaders.parse.layout.clean import clean_lines
    from gazette_kg.loaders.parse.spans import DocumentSpan

    clean = clean_lines("省政府决定成立甲省乙领导小组,名单如下:\n组 长:赵一山 省长\n副组长:钱 二 副省长\n温三水 广州市市长\n")
    [body], _, _ = extract_bodies(DocumentSpan("", None, None, None, clean.lines, raw=clean.raw))
    assert [(l.person, l.role) for l in body.leaders] == [("赵一山", "组长"), ("钱二", "副组长"), ("温三水", "副组长")]
    clean = clean_lines(
        "市人民政府决定成立甲市丙工作领导小组。\n一、组成人员\n组 长:负责住房和城乡建设工作的副市长\n"
        "副组长:市住房城乡建设局主要负责同志\n成 员:各区人民政府\n二、工作机制\n领导小组下设办公室,办公室设在市住房城乡建设局。\n"
    )
    [body], _, _ = extract_bodies(DocumentSpan("", None, None, None, clean.lines, raw=clean.raw))
    assert (body.name, body.leaders, body.office_at) == ("甲市丙工作领导小组", [], "市住房城乡建设局")


def test_leaders_named_after_their_posts_in_a_report_and_the_office_it_says_is_set():
    from gazette_kg.loaders.parse.facts.bodies import extract_bodies
    from gazette_kg.loaders.parse.spans import DocumentSpan, SourceLine

    text = (
        "市政府日前决定成立甲市乙改革试点工作领导小组,市长赵一任组长。",
        "领导小组副组长为市委常委、常务副市长钱二,市政府秘书长孙三立;执行副组长为市政府副秘书长李四。",
        "据了解,领导小组办公室设在市住房建设局,负责改革试点工作的具体实施。",
    )
    [body], _, _ = extract_bodies(DocumentSpan("", None, None, None, [SourceLine(i + 1, t) for i, t in enumerate(text)]))
    assert [(l.person, l.role) for l in body.leaders] == [
        ("赵一", "组长"),
        ("钱二", "副组长"),
        ("孙三立", "副组长"),
        ("李四", "执行副组长"),
    ]
    assert body.office_at == "市住房建设局"
