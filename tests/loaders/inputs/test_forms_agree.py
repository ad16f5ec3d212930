"""A seed typeset as a PDF, or set in a government web page, parses to the facts of its text.

Scored with the shared scorer, line numbers set aside (a PDF's paragraphs are not the
text's lines). The Done-when of issue 11: F1 >= 0.95.
"""

import pytest

from gazette_kg.loaders.parse.pipeline import parse_file
from tests.scoring import agreement
from tests.seeds import SEEDS, parsed_seed

THRESHOLD = 0.95


@pytest.mark.parametrize("key", sorted(SEEDS))
def test_a_pdf_parses_to_the_facts_of_its_text(key, specimens):
    micro, mean, report = agreement(parse_file(specimens.pdf(key)).to_dict(), parsed_seed(key).to_dict())
    assert micro >= THRESHOLD and mean >= THRESHOLD, report


@pytest.mark.parametrize("key", ["2022", "2018-9"])
def test_a_two_column_pdf_parses_to_the_facts_of_its_text(key, specimens):
    micro, mean, report = agreement(parse_file(specimens.pdf(key, columns=2)).to_dict(), parsed_seed(key).to_dict())
    assert micro >= THRESHOLD and mean >= THRESHOLD, report


@pytest.mark.parametrize("key", sorted(SEEDS))
def test_a_web_page_parses_to_the_facts_of_its_text(key, specimens):
    micro, mean, report = agreement(parse_file(specimens.page(key)).to_dict(), parsed_seed(key).to_dict())
    assert micro >= THRESHOLD and mean >= THRESHOLD, report
