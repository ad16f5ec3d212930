"""Traditional-script text: read by the simplified conventions, given back as written."""

from gazette_kg.loaders.parse.layout.script import fold
from gazette_kg.loaders.parse.pipeline import parse_text
from tests.seeds import seed_path

# The head of 東莞市人民政府 東府〔2021〕54號 as a site serves it in traditional characters (a public document).
DONGGUAN = "\n".join(
    [
        "東府〔2021〕54號",
        "東莞市人民政府關于貫徹落實《廣東省進一步穩定和擴大就業若干政策措施》的實施意見",
        "各鎮人民政府(街道辦事處),市府直屬各單位:",
        "為貫徹落實《廣東省人民政府關于印發廣東省進一步穩定和擴大就業若干政策措施的通知》(粵府〔2021〕13號),"
        "強化就業優先政策,全面穩就業、保居民就業,結合我市實際,提出如下實施意見。",
        "一、減負穩崗留工并舉,深層次優化用工生態",
        "1.繼續實施失業保險穩崗返還政策。(市人力資源社會保障局、市醫保局、市財政局、市稅務局負責)",
        "東莞市人民政府",
        "2021年7月30日",
    ]
)


def test_traditional_text_is_folded_line_for_line():
    folding = fold(DONGGUAN)
    assert folding.text.split("\n")[0] == "东府〔2021〕54号"
    assert len(folding.text) == len(DONGGUAN)
    assert folding.unfold("东莞市人民政府") == "東莞市人民政府"


def test_a_line_in_simplified_characters_under_a_traditional_text_does_not_stop_it_being_given_back():
    """A 版记 set in simplified characters (抄送：各有关单位。) under the text: 关 is still written 關 in it."""
    folding = fold(DONGGUAN + "\n抄送：各有关单位。\n东莞市人民政府办公室\t2021年8月2日印发")
    assert folding.unfold("东莞市人民政府关于贯彻落实广东省政策的实施意见") == "東莞市人民政府關于貫徹落實廣東省政策的實施意見"


def test_simplified_text_is_left_alone():
    text = seed_path("2022").read_text(encoding="utf-8")
    assert fold(text).text is text


def test_facts_of_a_traditional_text_keep_its_characters():
    issue = parse_text(DONGGUAN)
    [doc] = issue.documents
    assert (doc.doc_number, doc.issuer, doc.signed_date) == ("東府〔2021〕54號", "東莞市人民政府", "2021-07-30")
    assert doc.title.startswith("東莞市人民政府關于貫徹落實")
    assert doc.genre == "实施意见"  # a term of the model, not a word of the text
    assert [(c.in_, c.cited_doc_number) for c in issue.citations] == [("東府〔2021〕54號", "粵府〔2021〕13號")]
    assert [r.agencies for r in issue.responsibilities] == [["市人力資源社會保障局", "市醫保局", "市財政局", "市稅務局"]]
