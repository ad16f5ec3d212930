from __future__ import annotations

import codecs

import pytest

from gazette_kg.loaders.inputs.decode import NotText, decode_bytes
from tests.seeds import seed_path


def test_utf8_with_and_without_bom():
    raw = seed_path("2022").read_bytes()
    text, encoding = decode_bytes(raw)
    assert encoding == "utf-8" and "永州市人民政府公报" in text
    text_bom, encoding_bom = decode_bytes(codecs.BOM_UTF8 + raw)
    assert encoding_bom == "utf-8-sig" and text_bom == text


def test_gb18030_is_detected_not_assumed():
    original = seed_path("2018-2").read_text(encoding="utf-8")
    text, encoding = decode_bytes(original.encode("gb18030"))
    assert encoding == "gb18030"
    assert text == original


def test_binary_is_refused():
    with pytest.raises(NotText):
        decode_bytes(bytes(range(256)) * 20)
