"""Other governments' documents (../shared/gold/others) as they are published — a 公文 PDF in
GB/T 9704 layout, a 政府公报 page in one or two columns, pages of three web content systems —
parse to their gold, line numbers set aside (a PDF's paragraphs are not the text's lines).

The forms are made at test time from the texts (``forms.py``); the bar is issue 11's, 0.95
section-mean F1 over the sixteen documents, as for the texts themselves.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from gazette_kg.loaders.parse.pipeline import parse_file
from gazette_kg.paths import gold_dir
from tests.loaders.inputs.forms import PDF_STYLES, TEMPLATES, cms_page, official_pdf, page_bytes
from tests.scoring import scorer, without_lines

OTHERS = gold_dir() / "others"
THRESHOLD = 0.95
CHROMIUM = "chromium"


def _section_mean(parsed: Path, gold: Path) -> tuple[float, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        scorer().main(["--dir", str(parsed), str(gold)])
    return float(out.getvalue().strip().splitlines()[-1].split()[-1]), out.getvalue()


def _score(tmp_path: Path, make, stems: set[str] | None = None) -> tuple[float, str]:
    """Each text (of ``stems``, else all) made into a file by ``make(text, gold, folder)``,
    parsed, scored against its gold."""
    if not OTHERS.is_dir():
        pytest.skip(f"no gold of other governments at {OTHERS}")
    parsed_dir, gold_copy = tmp_path / "parsed", tmp_path / "gold"
    parsed_dir.mkdir()
    gold_copy.mkdir()
    for text_path in sorted(OTHERS.glob("*.txt")):
        if stems is not None and text_path.stem not in stems:
            continue
        gold = json.loads(text_path.with_suffix(".json").read_text(encoding="utf-8"))
        (gold_copy / f"{text_path.stem}.json").write_text(json.dumps(without_lines(gold), ensure_ascii=False))
        made = make(text_path.read_text(encoding="utf-8"), gold, tmp_path / text_path.stem)
        url = text_path.read_text(encoding="utf-8").split("\n", 1)[0].removeprefix("# source:").strip()
        parsed = without_lines(parse_file(made, source_url=url).to_dict())
        (parsed_dir / f"{text_path.stem}.json").write_text(json.dumps(parsed, ensure_ascii=False))
    return _section_mean(parsed_dir, gold_copy)


@pytest.mark.parametrize("style", sorted(PDF_STYLES))
def test_each_document_as_a_government_pdf_parses_to_its_gold(style, tmp_path):
    def make(text: str, gold: dict, stem: Path) -> Path:
        path = stem.with_suffix(".pdf")
        path.write_bytes(official_pdf(text, PDF_STYLES[style]))
        return path

    mean, report = _score(tmp_path, make)
    assert mean >= THRESHOLD, report


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_each_document_as_a_government_web_page_parses_to_its_gold(template, tmp_path):
    def make(text: str, gold: dict, stem: Path) -> Path:
        path = stem.with_suffix(".html")
        path.write_bytes(page_bytes(cms_page(text, template, (gold.get("documents") or [None])[0])))
        return path

    mean, report = _score(tmp_path, make)
    assert mean >= THRESHOLD, report


PRINTED = {"05", "10", "11", "15"}  # a task list, an interpretation, a news report, a database's catalogue


@pytest.mark.skipif(shutil.which(CHROMIUM) is None, reason="no chromium to print with")
@pytest.mark.parametrize("template", ["trs", "xxgk", "legacy"])
def test_a_government_web_page_printed_to_pdf_parses_to_its_gold(template, tmp_path):
    """As users save a page: the browser's print to PDF, site header, footer and all."""

    def make(text: str, gold: dict, stem: Path) -> Path:
        page, pdf = stem.with_suffix(".html"), stem.with_suffix(".pdf")
        page.write_bytes(page_bytes(cms_page(text, template, (gold.get("documents") or [None])[0])))
        subprocess.run(
            [CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}", str(page)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        return pdf

    mean, report = _score(tmp_path, make, PRINTED)
    assert mean >= THRESHOLD, report
