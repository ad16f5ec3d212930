from gazette_kg.loaders.parse.facts.aliases import aliases_seen
from gazette_kg.loaders.parse.spans import DocumentSpan, SourceLine
from tests.seeds import parsed_seed


def test_aliases_seen():
    aliases = {a.alias: a.full for a in parsed_seed("2022").agency_aliases}
    assert aliases["市发改委"] == "永州市发展和改革委员会"
    assert aliases["永州银保监分局"] == "中国银行保险监督管理委员会永州监管分局"


def test_short_forms_in_the_text_of_another_government():
    # gold/others/09: a member's unit in brackets, and 市府 for the city government
    span = DocumentSpan(
        "标题",
        None,
        "东莞市人民政府办公室",
        "东莞市",
        [SourceLine(5, "各镇人民政府(区办事处),市府直属有关单位:"), SourceLine(9, "洪耀坚(市卫生局局长)")],
    )
    aliases = {a.alias: a.full for a in aliases_seen(span, [])}
    assert aliases["市府"] == "东莞市人民政府"
    assert aliases["市卫生局"] == "东莞市卫生局"
