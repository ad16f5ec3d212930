"""Metamorphic tests: a change of form that does not change what a gazette says must not change its parse.

Full-width ↔ ASCII punctuation, another government's names and number prefixes,
Markdown markers taken out or put in, lines re-wrapped at another width, running heads
and page numbers between the lines. Where line numbers survive the change they must
agree too. (The same issue as text, PDF and web page: ``inputs/test_forms_agree.py``.)
Examples are derandomised, so a failure is the same on every run; the transformations
that expose a parser bug are strict xfails naming it.
"""

import json
import random

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from gazette_kg.loaders.parse.pipeline import parse_text
from tests.loaders import metamorphic as mm
from tests.scoring import agreement
from tests.seeds import parsed_seed, seed_path

# Each example parses a whole issue: few examples, the same on every run, no shrinking.
SETTINGS = settings(
    max_examples=3,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example],
)
KEYS = st.sampled_from(["2018-9", "2021", "2022"])


def _agrees(key: str, text: str, expected: dict | None = None, keep_lines: bool = True) -> None:
    reference = expected or parsed_seed(key).to_dict()
    micro, mean, report = agreement(parse_text(text, reference["seed"]).to_dict(), reference, keep_lines)
    assert (micro, mean) == (1.0, 1.0), report


@SETTINGS
@given(KEYS, st.sets(st.sampled_from(sorted(mm.FULL_TO_ASCII)), min_size=1))
def test_ascii_punctuation(key, marks):
    _agrees(key, mm.punctuation_to_ascii(seed_path(key).read_text(encoding="utf-8"), "".join(marks)))


@SETTINGS
@given(KEYS, st.sampled_from(mm.GOVERNMENTS))
def test_another_government(key, government):
    expected = json.loads(mm.rename_government(json.dumps(parsed_seed(key).to_dict(), ensure_ascii=False), *government))
    _agrees(key, mm.rename_government(seed_path(key).read_text(encoding="utf-8"), *government), expected)


@SETTINGS
@given(KEYS, st.sampled_from([mm.without_markdown, mm.with_markdown]))
def test_markdown_markers(key, change):
    _agrees(key, change(seed_path(key).read_text(encoding="utf-8")))


@SETTINGS
@given(KEYS, st.integers(min_value=30, max_value=60))
def test_lines_rewrapped(key, width):
    _agrees(key, mm.rewrap(seed_path(key).read_text(encoding="utf-8"), width), keep_lines=False)


@settings(SETTINGS, max_examples=6)
@given(KEYS, st.integers(min_value=25, max_value=60), st.randoms(use_true_random=False))
def test_running_heads_and_page_numbers(key, every, rnd: random.Random):
    _agrees(key, mm.with_page_furniture(seed_path(key).read_text(encoding="utf-8"), every, rnd), keep_lines=False)
