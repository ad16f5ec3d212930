import json

import pytest

from gazette_kg.loaders.parse.layout.redact import ADDRESS_MASK, PHONE_MASK, redact
from gazette_kg.loaders.parse.pipeline import parse_text
from tests.seeds import parsed_seed


def test_phones_and_addresses_are_masked():
    assert redact("联系电话：13812345678，办公电话0746-8368335。") == f"联系电话：{PHONE_MASK}，办公电话{PHONE_MASK}。"
    assert redact("刘汉成 邵东县廉桥镇丛光村砂糖组327号") == f"刘汉成 {ADDRESS_MASK}"
    assert redact("一、加强组织领导") == "一、加强组织领导"


@pytest.mark.parametrize(
    "text, masked",
    [
        ("+8613812345678", PHONE_MASK),
        ("联系人：+86 138 1234 5678", f"联系人：{PHONE_MASK}"),
        ("手机138.1234.5678。", f"手机{PHONE_MASK}。"),
        ("手机 138 1234 5678", f"手机 {PHONE_MASK}"),
        ("１３８１２３４５６７８", PHONE_MASK),
        ("电话（0746）8368335", f"电话{PHONE_MASK}"),
        ("电话(0746) 8368335", f"电话{PHONE_MASK}"),
        ("（０７４６）８３６８３３５", PHONE_MASK),
        ("张三，家住零陵区南津路12号。", f"张三，家住{ADDRESS_MASK}。"),
        ("李四现住冷水滩区梅湾路3栋201室", f"李四现住{ADDRESS_MASK}"),
        ("住址：祁阳县浯溪镇建设路56号", f"住址：{ADDRESS_MASK}"),
    ],
)
def test_every_written_form_of_private_details_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "第十六条 湘桂铁路永州地区扩能改造工程",  # seed 003 line 546: law text, not an address
        "湘桂铁路永州地区扩能改造工程",
        "地址：永州市冷水滩区凤凰路1号",  # an agency's own address
        "办公地址：零陵区芝山路18号",
        "永政发〔2022〕3号",
        "2021年12月31日起施行",
        "总投资1234.5678万元",
        "邮编425000",
        "第三章 新建道路 第十二条",
    ],
)
def test_law_text_projects_and_agency_addresses_stay(text):
    assert redact(text) == text


def test_the_seed_provision_keeps_its_text():
    output = json.dumps(parsed_seed("2018-9").to_dict(), ensure_ascii=False)
    assert "第十六条" in output and ADDRESS_MASK not in output


def test_commendation_addresses_never_reach_the_output():
    output = json.dumps(parsed_seed("2018-2").to_dict(), ensure_ascii=False)
    for private in ("丛光村砂糖组327号", "椒山北路85号", "县幼儿园宿舍6号"):
        assert private not in output


def test_instrument_text_is_redacted():
    text = "\n".join(
        [
            "某市人民政府关于表彰先进个人的决定",
            "某政发〔2023〕1号",
            "各单位：",
            "一、表彰名单。" + "现予以表彰，号召全市向他们学习。" * 12,
            "张三 某县某镇某村3组",
            "二、联系方式。" + "如有疑问请联系市政府办公室，电话13812345678。" * 8,
            "某市人民政府",
            "2023年1月5日",
        ]
    )
    issue = parse_text(text, "commendation.txt")
    output = json.dumps(issue.to_dict(), ensure_ascii=False)
    assert "13812345678" not in output and "某村3组" not in output
    assert PHONE_MASK in output and ADDRESS_MASK in output


def test_cleaning_masks_phones_found_by_its_one_scan_of_the_text():
    from gazette_kg.loaders.parse.layout.clean import clean_lines
    from gazette_kg.loaders.parse.layout.redact import phone_lines

    text = "一、总则\n联系电话：１３８ １２３４ ５６７８\n2023年5月\n| 单位 | 电话 |\n| 市局 | 0746-8368335 |\n**电话**：138**123**45**678**\n"
    assert phone_lines(text) == {1, 4}  # the year is no hint; emphasis hides one until it is stripped
    lines = [line.text for line in clean_lines(text).lines]
    assert lines[1] == f"联系电话：{PHONE_MASK}" and lines[2] == "2023年5月"
    assert PHONE_MASK in lines[4] and lines[5] == f"电话：{PHONE_MASK}"


def test_a_phone_number_broken_by_a_hard_wrap_is_masked_once_the_paragraph_is_joined():
    from gazette_kg.loaders.parse.layout.clean import clean_lines

    lines = [
        "为进一步加强和改进本市政务服务工作提高办",
        "事效率经研究决定现将有关事项通知如下请认",
        "真贯彻执行各单位要高度重视确保各项工作落",
        "到实处联系人张三的办公电话号码是138",
        "12345678请各单位于本月底前报送材",
        "料逾期不予受理特此通知全体人员遵照执行不",
        "得有误切实做好相关工作为盼谢谢大家的支持",
    ]
    assert all(len(line) >= 18 for line in lines)
    cleaned = [line.text for line in clean_lines("\n".join(lines) + "\n").lines]
    assert PHONE_MASK in cleaned[0] and "12345678" not in cleaned[0] and cleaned[4] == ""
