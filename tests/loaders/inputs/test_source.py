"""Every form reaches the parser as lines: text in any encoding, PDF, web page; the rest is refused."""

import pytest

from gazette_kg.loaders.inputs.errors import UnreadableInput
from gazette_kg.loaders.inputs.source import read_source, source_text
from gazette_kg.loaders.parse.pipeline import parse_file


def test_gb18030_text_is_decoded():
    source = source_text("永州市人民政府公报\n永政发〔2022〕1号\n".encode("gb18030"), "issue.txt")
    assert source.kind == "text" and source.encoding == "gb18030" and "永政发〔2022〕1号" in source.text


def test_a_pdf_gives_paragraphs_with_their_pages(specimens):
    source = read_source(specimens.pdf("2018-9"))
    assert source.kind == "pdf" and len(source.locations) == len(source.text.split("\n"))
    pages = [page for page, _ in source.locations]
    assert pages == sorted(pages) and pages[-1] > 10


def test_a_web_page_keeps_its_url(specimens):
    source = read_source(specimens.page("2018-9"), "https://www.yzcity.gov.cn/zfgb/2018-9.html")
    assert source.kind == "html" and source.url.endswith("2018-9.html") and not source.locations


@pytest.mark.parametrize(
    "data, says",
    [
        (b"", "empty file"),
        (b"  \n\n", "empty file"),
        (b"\x00\x01\x02\x03" * 64, "binary"),
        (b"%PDF-1.4\n\x00\x01\x02 broken" * 20, "not a readable PDF"),
    ],
)
def test_what_holds_no_text_is_refused_with_a_reason(data, says):
    with pytest.raises(UnreadableInput, match=says):
        source_text(data, "bad")


def test_a_gbk_web_page_is_read(specimens):
    page = specimens.page("2018-9").read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="gbk"')
    source = source_text(page.encode("gb18030"), "page.html")
    assert source.kind == "html" and "永政办发〔2018〕10号" in source.text


def test_a_scanned_page_among_text_pages_is_reported(specimens, tmp_path):
    import pypdfium2 as pdfium

    mixed = pdfium.PdfDocument(specimens.pdf("2018-9").read_bytes())
    mixed.import_pages(pdfium.PdfDocument(specimens.scanned().read_bytes()), [0])
    path = tmp_path / "mixed.pdf"
    mixed.save(str(path))
    warnings = [w for w in parse_file(path).warnings if w.code == "input"]
    assert len(warnings) == 1 and f"page(s) {len(mixed)} " in warnings[0].message
