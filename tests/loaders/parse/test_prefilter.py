import regex

from gazette_kg.loaders.parse.facts.units import markers
from gazette_kg.loaders.parse.prefilter import any_of, key_characters


def test_every_marker_holds_a_key_character_and_the_key_is_small():
    words = [*markers()["labels"], *markers()["verbs"]]
    keys = key_characters(words)
    assert all(set(word) & set(keys) for word in words)
    assert len(keys) < len(words) / 3


def test_a_line_the_hint_misses_holds_no_marker():
    words = [*markers()["labels"], *markers()["verbs"]]
    hint, marker = any_of(words), regex.compile("|".join(map(regex.escape, words)))
    lines = ["市财政局牵头，市发改委配合", "（责任单位：市教育局）", "加快推进项目建设", "各有关单位要高度重视", ""]
    for line in lines:
        assert not marker.search(line) or hint.search(line)
    assert not hint.search("加快推进项目建设")
