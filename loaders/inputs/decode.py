"""Bytes → text: detect the encoding (UTF-8 with or without BOM, GB18030/GBK, others)."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from gazette_kg.loaders.inputs.errors import UnreadableInput


class NotText(UnreadableInput):
    """The input is binary, not gazette text."""


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(sample) and controls / len(sample) > 0.05


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raise ``NotText`` for binary input.

    Strict UTF-8 and GB18030 are tried before statistical detection because a Chinese
    government text is almost always one of the two, and a strict decode that succeeds is
    proof, where detection is a guess.
    """
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    if _looks_binary(data):
        raise NotText("not a text file: binary data, neither text, a PDF nor a web page")
    for name in ("utf-8", "gb18030"):
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    best = from_bytes(data).best()
    if best is not None and best.encoding:
        return str(best), best.encoding
    return data.decode("utf-8", errors="replace"), "utf-8 (with replacement characters)"
