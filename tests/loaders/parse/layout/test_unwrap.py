"""Hard-wrapped text: paragraphs joined by the conventions of the text, line numbers kept."""

from gazette_kg.loaders.parse.layout.unwrap import unwrap, wrap_width
from gazette_kg.loaders.parse.pipeline import parse_text
from tests.seeds import seed_path

# From 淮安市 关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则 (2022), a public document.
PARAGRAPHS = [
    "《关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则》",
    "为深入贯彻落实省政府《关于进一步帮助市场主体纾困解难着力稳定经济增长的若干政策措施》(苏政发〔2022〕1号)精神,"
    "坚持稳字当头、稳中求进,把稳增长摆在更加突出位置,进一步帮助市场主体纾困解难,提振信心、稳定预期,着力稳定经济增长,"
    "结合淮安实际,制定如下实施细则。",
    "一、落实财税支持政策",
    "1.成立“智改数转”工作专班,出台《淮安市制造业智能化改造和数字化转型三年行动计划(2022-2024)》和2022年“智改数转”"
    "工作推进方案,积极争取省工业企业“智改数转”专项资金。开展企业上云培训对接和咨询诊断活动,每年培育星级上云企业50家。"
    "(责任单位:市工信局、市财政局)",
    "2.认真落实月销售额15万元以下的小规模纳税人免征增值税政策。(责任单位:市税务局)",
]


def _wrap(paragraphs: list[str], width: int) -> list[str]:
    return [p[i : i + width] for p in paragraphs for i in range(0, len(p), width)]


def test_a_hard_wrapped_text_is_read_paragraph_by_paragraph():
    lines = _wrap(PARAGRAPHS, 24)
    assert wrap_width(lines) == 24
    out = unwrap(lines)
    assert len(out) == len(lines)  # line numbers kept: a paragraph on its first line, the rest blank
    assert [line for line in out if line] == PARAGRAPHS


def test_a_bracket_left_open_at_a_colon_runs_on():
    item = PARAGRAPHS[-1]
    width = item.index("(责任单位:") + len("(责任单位:")  # item 2. breaks just after the colon
    lines = _wrap(PARAGRAPHS, width)
    assert lines[-2].endswith("(责任单位:")
    assert unwrap(lines)[-2:] == [item, ""]


def test_a_centred_title_broken_inside_its_book_title_marks_runs_on():
    lines = ["甲区贯彻落实《关于加强新时代", "乙工作的意见》的任务分解方案", *_wrap(PARAGRAPHS[1:], 24)]
    out = unwrap(lines)
    assert out[:2] == ["甲区贯彻落实《关于加强新时代乙工作的意见》的任务分解方案", ""]
    assert [line for line in out[2:] if line] == PARAGRAPHS[1:]


def test_an_indented_line_opens_a_paragraph():
    indented = ["　　" + p for p in PARAGRAPHS[1:]]
    lines = _wrap(indented, 30)
    out = [line for line in unwrap(lines) if line]
    assert out == indented


def test_text_with_a_paragraph_a_line_is_left_alone():
    lines = seed_path("2022").read_text(encoding="utf-8").split("\n")
    assert wrap_width(lines) is None
    assert unwrap(lines) is lines


def test_responsibilities_split_over_wrapped_lines_are_found():
    head = ["淮安市人民政府关于进一步帮助市场主体纾困解难着力稳定经济增长的通知", "", "淮政发〔2022〕3号", ""]
    issue = parse_text("\n".join(head + _wrap(PARAGRAPHS, 20) + ["", "淮安市人民政府", "2022年3月1日"]))
    assert sorted(a for r in issue.responsibilities for a in r.agencies) == ["市工信局", "市税务局", "市财政局"]
