from gazette_kg.loaders.parse.layout.pagefields import fields_of_line


def test_field_forms_of_sites_and_databases():
    assert fields_of_line("发文字号:湖北省人民政府令第435号") == [("number", "湖北省人民政府令第435号")]
    assert fields_of_line("2. [发文机构]北京市政务公开领导小组") == [("issuer", "北京市政务公开领导小组")]
    assert fields_of_line("文号\t涟政办发〔2021〕12号\t分类\t政府文件") == [
        ("number", "涟政办发〔2021〕12号"),
        ("other", "政府文件"),
    ]
    # 颁布日期 is the date the issuer promulgated the text (the decree's own, gold/others/04), not a site's posting date
    assert fields_of_line("颁布日期:2025-02-23生效日期:2025-05-01") == [("signed", "2025-02-23"), ("effective", "2025-05-01")]
    assert fields_of_line("【发文字号】甲政发[2008]31号") == [("number", "甲政发[2008]31号")]  # a law database's 【】
    assert fields_of_line("【发布部门】甲市政府") == [("issuer", "甲市政府")]
    assert fields_of_line("标\t题\t某市人民政府关于某事的通知") == [("title", "某市人民政府关于某事的通知")]  # a PDF's wide space


def test_running_text_is_not_a_field_line():
    assert fields_of_line("为贯彻落实文号:的要求") == []
