import pytest

from gazette_kg.loaders.parse.facts.places import Place, level_prefix, parse_place, place_in_text, place_of, with_city


@pytest.mark.parametrize(
    "issuer, place",
    [
        ("永州市人民政府办公室", "永州市"),
        ("昆明市官渡区人民政府", "昆明市官渡区"),
        ("北京市西城区人民政府办公室", "北京市西城区"),
        ("江苏省苏州市人民政府", "江苏省苏州市"),
        ("湖北省人民政府", "湖北省"),
        ("平江县司法局", "平江县"),
        ("湘西土家族苗族自治州人民政府", "湘西土家族苗族自治州"),
        ("济南市市中区人民政府", "济南市市中区"),
        ("中共永州市委办公室", "永州市"),
        ("永州市城市管理和综合执法局", "永州市"),  # 城市管理 is no place
        ("北京市政务公开领导小组", "北京市"),
        ("国务院办公厅", None),
    ],
)
def test_the_chain_of_places_in_an_issuer(issuer, place):
    assert place_of(issuer) == place


def test_the_government_a_level_names():
    place = parse_place("昆明市官渡区")
    assert place == Place(None, "昆明市", "官渡区")
    assert (place.government("county"), place.government("city"), place.government("province")) == (
        "昆明市官渡区",
        "昆明市",
        None,
    )
    assert level_prefix("区发改局") == ("区", "county", "发改局")
    assert level_prefix("市场监管局") is None


def test_the_place_of_a_text_without_issuer():
    # gold/others/16: a newspaper report of a city's people's congress session
    lines = [
        "会议听取、审议并表决通过了《洛阳市人民代表大会常务委员会关于…的决定》",
        "会议听取了市人民政府关于国有资产监督管理情况的报告",
        "免去朱福才的市人民检察院副检察长职务。",
    ]
    assert place_in_text("", lines) == "洛阳市"
    # the source line of a web page, and a title that opens with the issuer
    assert place_in_text("关于发布政策的解读", ["来源:平江县司法局 2020-12-25"]) == "平江县"
    assert (
        place_in_text("昆明市官渡区人民政府关于进一步促进全区经济平稳健康发展的意见", ["信息来源:官渡区人民政府"])
        == "昆明市官渡区"
    )
    # the most local of the places named as often: the city's own plan beside the province's notice
    assert (
        place_in_text("", ["《山东省人民政府办公厅关于印发…的通知》", "现将《菏泽市深化新旧动能转换分工落实方案》印发给你们"])
        == "菏泽市"
    )
    assert place_in_text("", ["各县区人民政府"]) is None


def test_a_metadata_label_a_signature_line_and_the_city_of_a_masthead():
    # a page's metadata label is no place (发布机构 区人民政府办公室); the signature line names the district
    lines = [
        "发布机构 区人民政府办公室 文号 某政办〔2023〕1号",
        "方案已报经区人民政府同意。",
        "青山区人民政府办公室",
        "2023年1月3日",
    ]
    assert place_in_text("区人民政府办公室关于印发方案的通知", lines) == "青山区"
    # a masthead naming the city above a document of the district's government
    assert with_city("青山区", ["江城市青山区人民政府文件", "江青政发〔2023〕2号"]) == "江城市青山区"
    assert with_city("青山区", ["青山区人民政府文件"]) == "青山区"
    assert with_city("江城市", ["湖北省江城市人民政府文件"]) == "江城市"
