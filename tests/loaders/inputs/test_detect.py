"""What a file holds is told from its bytes, not its name."""

from gazette_kg.loaders.inputs.detect import kind_of
from tests.seeds import seed_path


def test_a_pdf_header_makes_a_pdf():
    assert kind_of(b"%PDF-1.7\n...") == "pdf"
    assert kind_of(b"\r\n  junk before the header %PDF-1.4") == "pdf"


def test_a_page_starting_with_a_document_tag_is_html():
    assert kind_of(b'\xef\xbb\xbf<!DOCTYPE html><html lang="zh-CN">') == "html"
    assert kind_of(b"<!-- saved page -->\n<html><head><meta charset=gbk>") == "html"


def test_gazette_text_with_table_fragments_is_text():
    assert kind_of(seed_path("2022").read_bytes()) == "text"
    assert kind_of("<p>县市区</p><p>插秧机</p>\n永州市人民政府".encode()) == "text"
