from gazette_kg.loaders.parse.layout.ruby import without_pinyin
from gazette_kg.loaders.parse.pipeline import parse_text


def test_pinyin_a_page_spread_after_characters_is_read_without():
    text = (
        "甲縣人民政府辦公室 關(guān)于印發(fā)甲縣乙實(shí)施方案的通知\n甲政辦發(fā)〔2023〕14號\n各鄉(xiāng)人民政府:\n"
        "現將《甲縣乙實施方案》印發給你們。\n甲縣人民政府辦公室\n2023年9月1日\n"
    )
    doc = parse_text(text).documents[0]
    assert (doc.doc_number, doc.title) == ("甲政辦發〔2023〕14號", "甲縣人民政府辦公室關于印發甲縣乙實施方案的通知")


def test_a_reading_given_once_and_brackets_of_other_letters_stay():
    assert without_pinyin("汉语拼音方案(hàn)规定") == "汉语拼音方案(hàn)规定"
    assert without_pinyin("附件(a)(b)(c)和重(chóng)") == "附件(a)(b)(c)和重(chóng)"


def test_an_annotation_a_line_break_cut_and_a_space_joined_is_still_pinyin():
    # a PDF line break inside 國(guó), its two halves joined again with a space
    text = "依據(jù)《財(cái)政部 國(g uó)家某委資金管理辦法》(財(cái)社〔2015〕7號(hào))制定。"
    assert without_pinyin(text) == "依據《財政部 國家某委資金管理辦法》(財社〔2015〕7號)制定。"
