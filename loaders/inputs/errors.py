"""Why an input cannot be read: each error's message is the reason a user reads after the file name."""

from __future__ import annotations


class UnreadableInput(ValueError):
    """A file that holds no text to parse (binary, a scanned or encrypted PDF, a page with no document)."""
