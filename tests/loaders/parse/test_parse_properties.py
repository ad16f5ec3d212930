"""Property tests: odd input never raises out of the parser and always serialises to JSON."""

import json
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gazette_kg.loaders.inputs.decode import NotText, decode_bytes
from gazette_kg.loaders.parse.pipeline import NotAGazette, parse_text
from tests.seeds import seed_path

SEED_LINES = seed_path("2021").read_text(encoding="utf-8").split("\n")
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example])


def _parse_or_refuse(text: str) -> None:
    try:
        issue = parse_text(text, "prop.txt")
    except NotAGazette:
        return
    json.loads(json.dumps(issue.to_dict(), ensure_ascii=False))


@SETTINGS
@given(st.integers(min_value=0, max_value=len(SEED_LINES)), st.integers(min_value=0, max_value=len(SEED_LINES)))
def test_any_slice_of_a_seed(start, stop):
    _parse_or_refuse("\n".join(SEED_LINES[min(start, stop) : max(start, stop)]))


@SETTINGS
@given(st.randoms(use_true_random=False))
def test_shuffled_lines(rnd: random.Random):
    lines = SEED_LINES[:]
    rnd.shuffle(lines)
    _parse_or_refuse("\n".join(lines[:400]))


@SETTINGS
@given(st.text(max_size=2000))
def test_arbitrary_text(text):
    _parse_or_refuse(text)


@SETTINGS
@given(st.binary(max_size=4000))
def test_arbitrary_bytes(data):
    try:
        text, _ = decode_bytes(data)
    except NotText:
        return
    _parse_or_refuse(text)


def test_empty_input_is_not_a_gazette():
    try:
        parse_text("", "empty.txt")
    except NotAGazette as err:
        assert "no gazette document" in str(err)
    else:
        raise AssertionError("empty text parsed as a gazette")
