"""Congress decisions without a number: title over lines, then the note of their adoption."""

from gazette_kg.loaders.parse.pipeline import parse_text

# Two decisions of 济源市人大常委会 (31 May 2023) as a news page prints them after its report, public documents.
NOTE = "(2023年5月31日济源市第十五届人民代表大会常务委员会第七次会议通过)"
PAGE = "\n".join(
    [
        "张宏义任济源市代理市长",
        "2023年5月31日上午,济源市第十五届人民代表大会常务委员会第七次会议召开。",
        "济源市人民代表大会常务委员会",
        "关于接受庄建球同志辞去济源市人民政府",
        "市长职务请求的决定",
        NOTE,
        "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第三十二条的规定和本人申请,济源市第十五届人民代表大会"
        "常务委员会第七次会议决定,接受庄建球同志辞去济源市人民政府市长职务的请求,报济源市第十五届人民代表大会备案。",
        "济源市人民代表大会常务委员会",
        "2023年5月31日",
        "济源市人民代表大会常务委员会",
        "关于张宏义同志代理济源市人民政府市长",
        "的决定",
        NOTE,
        "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第五十条的规定,济源市第十五届人民代表大会常务委员会"
        "第七次会议决定:张宏义同志代理济源市人民政府市长。",
        "济源市人民代表大会常务委员会",
        "2023年5月31日",
    ]
)


def test_each_decision_is_a_document_dated_by_its_note():
    issue = parse_text(PAGE, "page.txt")
    assert [(d.title, d.issuer, d.signed_date, d.genre, d.body_line) for d in issue.documents] == [
        (
            "济源市人民代表大会常务委员会关于接受庄建球同志辞去济源市人民政府市长职务请求的决定",
            "济源市人民代表大会常务委员会",
            "2023-05-31",
            "决定",
            3,
        ),
        (
            "济源市人民代表大会常务委员会关于张宏义同志代理济源市人民政府市长的决定",
            "济源市人民代表大会常务委员会",
            "2023-05-31",
            "决定",
            10,
        ),
    ]
    assert ("庄建球", "remove") in {(p.person, p.action) for p in issue.personnel_actions}


def test_a_law_adopted_by_its_note_is_no_decision():
    # a 条例 printed under its adoption note is read as a single document, not as a decision
    text = (
        "甲省村务公开条例\n(2009年7月22日甲省第十一届人民代表大会常务委员会第十次会议通过)\n"
        "第一条 为了规范村务公开,制定本条例。\n第二条 本条例自2009年11月1日起施行。\n"
    )
    assert [d.genre for d in parse_text(text, "page.txt").documents] != ["决定"]


def test_a_standing_committee_list_after_a_numbered_document_is_a_document_of_its_own():
    issue = parse_text(
        "\n".join(
            [
                "甲市人民政府办公室关于印发甲市乙工作方案的通知",
                "甲政办发〔2023〕5号",
                "各县区人民政府,市直各单位:",
                "《甲市乙工作方案》已经市政府同意,现印发给你们,请认真贯彻执行。",
                "甲市人民政府办公室",
                "2023年3月1日",
                "甲市人民代表大会常务委员会任免名单",
                "(2023年3月28日甲市第十六届人民代表大会常务委员会第十次会议通过)",
                "任命:",
                "张一为甲市财政局局长",
                "免去:",
                "王三的甲市财政局局长职务",
            ]
        ),
        "issue.txt",
    )
    listed = issue.documents[-1]
    assert (listed.title, listed.doc_number, listed.issuer, listed.signed_date, listed.genre) == (
        "甲市人民代表大会常务委员会任免名单",
        None,
        "甲市人民代表大会常务委员会",
        "2023-03-28",
        "名单",
    )
    assert [(a.doc_number, a.person, a.action) for a in issue.personnel_actions] == [
        (None, "张一", "appoint"),
        (None, "王三", "remove"),
    ]
