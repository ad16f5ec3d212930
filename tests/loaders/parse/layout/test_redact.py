import json

from gazette_kg.loaders.parse.pipeline import parse_text
from gazette_kg.loaders.parse.layout.redact import ADDRESS_MASK, PHONE_MASK, redact
from tests.seeds import parsed_seed


def test_phones_and_addresses_are_masked():
    assert redact("联系电话：13812345678，办公电话0746-8368335。") == f"联系电话：{PHONE_MASK}，办公电话{PHONE_MASK}。"
    assert redact("刘汉成 邵东县廉桥镇丛光村砂糖组327号") == f"刘汉成 {ADDRESS_MASK}"
    assert redact("一、加强组织领导") == "一、加强组织领导"


def test_commendation_addresses_never_reach_the_output():
    output = json.dumps(parsed_seed("2018-2").to_dict(), ensure_ascii=False)
    for private in ("丛光村砂糖组327号", "椒山北路85号", "县幼儿园宿舍6号"):
        assert private not in output


def test_instrument_text_is_redacted():
    text = "\n".join([
        "某市人民政府关于表彰先进个人的决定", "某政发〔2023〕1号", "各单位：",
        "一、表彰名单。" + "现予以表彰，号召全市向他们学习。" * 12,
        "张三 某县某镇某村3组",
        "二、联系方式。" + "如有疑问请联系市政府办公室，电话13812345678。" * 8,
        "某市人民政府", "2023年1月5日",
    ])
    issue = parse_text(text, "commendation.txt")
    output = json.dumps(issue.to_dict(), ensure_ascii=False)
    assert "13812345678" not in output and "某村3组" not in output
    assert PHONE_MASK in output and ADDRESS_MASK in output
