"""Specimen files made at test time from the seeds (never committed): PDFs and web pages.

Typesetting a seed takes a second or two, so each specimen is made once per session.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.specimens import Layout, government_page, scanned_pdf, typeset_pdf
from tests.seeds import seed_path


class Specimens:
    """Files under one folder, made on first use."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _file(self, name: str, make) -> Path:
        path = self.folder / name
        if not path.exists():
            data = make()
            path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path

    def text(self, key: str) -> str:
        return seed_path(key).read_text(encoding="utf-8")

    def pdf(self, key: str, columns: int = 1) -> Path:
        return self._file(f"{key}-{columns}col.pdf", lambda: typeset_pdf(self.text(key), Layout(columns=columns)))

    def page(self, key: str) -> Path:
        first = next(line for line in self.text(key).splitlines() if line.strip())
        return self._file(f"{key}.html", lambda: government_page(self.text(key), first.strip()))

    def encrypted(self) -> Path:
        return self._file("encrypted.pdf", lambda: typeset_pdf(self.text("2018-9")[:3000], password="secret"))

    def scanned(self) -> Path:
        return self._file("scanned.pdf", lambda: scanned_pdf(self.pdf("2018-9").read_bytes()))

    def empty_page(self) -> Path:
        return self._file("index.html", lambda: government_page("", "政府公报"))


@pytest.fixture(scope="session")
def specimens(tmp_path_factory) -> Specimens:
    return Specimens(tmp_path_factory.mktemp("specimens"))
