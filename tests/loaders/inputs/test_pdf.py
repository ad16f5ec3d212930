"""PDF: text layer read with its pages; scans and password-protected files refused, saying so."""

import pytest

from gazette_kg.loaders.inputs.pdf import EncryptedPdf, ScannedPdf, read_pdf


def test_pages_and_lines_come_with_positions(specimens):
    pages = read_pdf(specimens.pdf("2018-9").read_bytes())
    assert [p.number for p in pages] == list(range(1, len(pages) + 1))
    line = pages[0].lines[2]
    assert line.page == 1 and 0 < line.x0 < line.x1 < pages[0].width and 0 < line.top < pages[0].height


def test_a_table_row_keeps_its_cell_boundaries(specimens):
    rows = [l.text for p in read_pdf(specimens.pdf("2022").read_bytes()) for l in p.lines if l.text.startswith("永州市\t")]
    assert rows and rows[0].split("\t")[:3] == ["永州市", "318", "161"]


def test_a_password_protected_pdf_is_refused(specimens):
    with pytest.raises(EncryptedPdf, match="encrypted PDF"):
        read_pdf(specimens.encrypted().read_bytes())


def test_a_scan_is_refused(specimens):
    with pytest.raises(ScannedPdf, match="no text layer"):
        read_pdf(specimens.scanned().read_bytes())


def test_a_glyph_mapped_to_no_character_keeps_the_pages_positions_and_a_trailing_space_is_noted():
    """A bullet the font maps to no character (PDFium gives no text for it) loses only itself; a line
    ending in a space says so (it was broken there)."""
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    from benchmarks.specimens import FONT, _register_font

    _register_font()
    out = BytesIO()
    canvas = Canvas(out, pagesize=(595, 842), invariant=True)
    canvas.setFont(FONT, 12)
    for row, text in enumerate(["甲市人民政府公报", "• 索引号:", "甲市人民政府工作规则 "]):
        canvas.drawString(72, 770 - 20 * row, text)
    canvas.showPage()
    canvas.save()
    [page] = read_pdf(out.getvalue())
    assert [line.text for line in page.lines] == ["甲市人民政府公报", "索引号:", "甲市人民政府工作规则"]
    assert all(line.top > 700 and line.height > 0 for line in page.lines)
    assert [line.spaced for line in page.lines] == [False, False, True]  # a space drawn at its end
