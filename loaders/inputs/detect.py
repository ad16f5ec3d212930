"""What a file holds, told from its first bytes, not its name: a PDF, a web page, or text."""

from __future__ import annotations

import regex

_HTML_START = regex.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", regex.IGNORECASE | regex.DOTALL
)


def kind_of(data: bytes) -> str:
    """``pdf``, ``html`` or ``text`` (decoding decides later whether text is text at all).

    A PDF's header may follow a little junk (the format allows 1,024 bytes). A page is
    HTML when its first markup is a document tag; gazette text holding ``<p>`` fragments
    of a table does not start that way.
    """
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if _HTML_START.match(data[:4096]):
        return "html"
    return "text"
