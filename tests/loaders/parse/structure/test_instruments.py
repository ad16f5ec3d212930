from gazette_kg.loaders.parse.pipeline import parse_text


def test_a_decision_amending_rules_is_an_instrument_of_one_part_whose_named_articles_are_not_its_own():
    title = "甲省人民代表大会常务委员会关于修改部分地方性法规的决定"
    text = (
        f"{title}\n甲省第十一届人民代表大会常务委员会第十七次会议决定，修改下列地方性法规：\n"
        "一、对下列法规进行修改\n1.在《甲省乙条例》第七条中增加一项作为第六项，即：“负责节能工作；”\n"
        "第九条修改为：“各级人民政府应当发挥本地优势。”\n第十三条后增加一条作为第十四条，即：“鼓励。”\n"
    )
    [instrument] = parse_text(text).instruments
    assert (instrument.title, instrument.articles, instrument.top_items) == (title, 0, 1)
