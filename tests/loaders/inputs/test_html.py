"""A government site's page → its document: the shapes of the content systems governments run."""

import pytest

from gazette_kg.loaders.inputs.html import page_text
from tests.loaders.inputs.forms import TEMPLATES, Catalogue, split_document

TEXT = """某市人民政府办公室关于印发某市政务服务提升方案的通知
某政办发〔2023〕7号
各县区人民政府，市政府各部门：
《某市政务服务提升方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。
一、优化办事流程。推行一网通办，压减办理时限。
责任单位：市政务服务中心
时限要求：持续推进
二、加强督促检查。定期通报各单位进展情况。
责任单位：市政务服务中心
时限要求：持续推进
某市人民政府办公室
2023年3月1日"""
CATALOGUE = Catalogue(
    "某市人民政府办公室关于印发某市政务服务提升方案的通知", "某政办发〔2023〕7号", "某市人民政府办公室", "2023-03-01"
)


def _lines(template: str, catalogue: Catalogue = CATALOGUE) -> list[str]:
    return [line for line in page_text(TEMPLATES[template](split_document(TEXT), catalogue)).split("\n") if line]


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_every_paragraph_comes_out_on_its_own_line_repeats_included(template):
    lines = _lines(template)
    assert lines.count("时限要求：持续推进") == 2 and lines.count("责任单位：市政务服务中心") == 2
    assert "某市人民政府办公室" in lines and lines[-1] == "2023年3月1日"


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_the_title_stands_once_on_a_line_of_its_own_without_the_site_name(template):
    lines = _lines(template)
    assert lines.count(CATALOGUE.title) == 1 and not any(CATALOGUE.site in line for line in lines)


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_navigation_related_links_share_bar_and_footer_stay_out(template):
    text = "\n".join(_lines(template))
    for chrome in ("首页", "行政许可事项清单", "分享", "打印本页", "网站标识码", "ICP备", "相关文件", "责任编辑"):
        assert chrome not in text


def test_a_catalogue_table_gives_one_field_a_line_and_its_empty_fields_go():
    lines = _lines("trs", Catalogue(CATALOGUE.title, "某政办发〔2023〕7号", "某市人民政府办公室", None))
    assert "发文字号：某政办发〔2023〕7号" in lines and "发文机关：某市人民政府办公室" in lines
    assert not any(line.startswith("成文日期") for line in lines)


def test_a_data_table_in_the_document_stays_a_table():
    page = (
        "<html><head><title>某县人民政府关于某事的通知</title></head><body><div id='zoom'>"
        + "<p>某县人民政府关于某事的通知，各乡镇人民政府、县直各单位认真贯彻执行，按下表分工落实各项工作任务。</p>"
        + "<table><tr><td>序号</td><td>任务</td><td>责任单位</td></tr>"
        + "<tr><td>1</td><td>完善道路设施建设</td><td>县交通运输局</td></tr></table></div></body></html>"
    )
    assert "| 1 | 完善道路设施建设 | 县交通运输局 |" in page_text(page)


def test_a_title_printed_after_the_number_on_one_line_is_not_put_above_it():
    page = (
        "<html><head><title>某区人民政府办公室关于印发某工作要点的通知 - 某区人民政府</title></head><body><div id='zoom'>"
        "<p>(失效)某政办发〔2017〕14号 某区人民政府办公室关于印发某工作要点的通知</p>"
        + "".join(f"<p>第{n}项工作要按照要求认真落实，各单位要加强协调配合，确保取得实效。</p>" for n in range(4))
        + "</div></body></html>"
    )
    assert page_text(page).split("\n")[0].startswith("(失效)某政办发〔2017〕14号")


def test_a_row_that_opens_with_the_title_is_no_heading_and_the_title_goes_above_it():
    """A database's header row (标题 文号 机关 日期 |) copied into the page does not stand for the title."""
    row = "某院关于同意甲省设立乙市丙区的批复 国函〔1996〕38号 某院 1996年5月31日 |"
    page = (
        "<html><head><title>某院关于同意甲省设立乙市丙区的批复 - 某政府网</title></head><body><div id='zoom'>"
        f"<p>{row}</p>"
        + "".join(f"<p>第{n}项工作要按照要求认真落实，各单位要加强协调配合，确保取得实效。</p>" for n in range(4))
        + "</div></body></html>"
    )
    assert page_text(page).split("\n\n")[:2] == ["某院关于同意甲省设立乙市丙区的批复", row]
    titled = page.replace(f"<p>{row}</p>", "<p>某院关于同意甲省设立乙市丙区的批复(国函〔1996〕38号)</p>")
    assert page_text(titled).split("\n\n")[0] == "某院关于同意甲省设立乙市丙区的批复(国函〔1996〕38号)"  # its own line
