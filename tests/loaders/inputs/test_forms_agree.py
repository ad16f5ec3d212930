"""A seed typeset as a PDF, or set in a government web page, parses to the facts of its text.

Scored with the shared scorer, line numbers set aside (a PDF's paragraphs are not the
text's lines). The Done-when of issue 11: F1 >= 0.95.
"""

import pytest

from benchmarks.forms import document_pages
from gazette_kg.loaders.parse.pipeline import parse_file
from tests.scoring import agreement
from tests.seeds import SEEDS, parsed_seed, seed_path

THRESHOLD = 0.95


def _agrees_with_text(parsed: dict, key: str) -> None:
    micro, mean, report = agreement(parsed, parsed_seed(key).to_dict())
    assert micro >= THRESHOLD and mean >= THRESHOLD, report


@pytest.mark.parametrize("key", sorted(SEEDS))
def test_a_pdf_parses_to_the_facts_of_its_text(key, specimens):
    _agrees_with_text(parse_file(specimens.pdf(key)).to_dict(), key)


@pytest.mark.parametrize("key", ["2022", "2018-9"])
def test_a_two_column_pdf_parses_to_the_facts_of_its_text(key, specimens):
    _agrees_with_text(parse_file(specimens.pdf(key, columns=2)).to_dict(), key)


@pytest.mark.parametrize("key", sorted(SEEDS))
def test_a_web_page_parses_to_the_facts_of_its_text(key, specimens):
    _agrees_with_text(parse_file(specimens.page(key)).to_dict(), key)


@pytest.mark.parametrize("key", ["2022", "2018-2"])
def test_each_document_in_a_page_of_its_own_parses_to_its_facts(key, tmp_path):
    """As sites publish them: one page a document (its interpretation after it), no masthead or contents."""
    merged: dict[str, list] = {}
    for _, page in document_pages([seed_path(key)], tmp_path):
        for section, records in parse_file(page).to_dict().items():
            if isinstance(records, list):
                merged.setdefault(section, []).extend(records)
    _agrees_with_text(merged, key)
