"""Pinyin a site printed after characters (關(guān)于印發(fā)): reading aids, not the document's text.

Some sites annotate the characters a converter found ambiguous with their pinyin in brackets,
page-wide; the annotations break every word and number they fall in (絳政辦發(fā)〔2023〕14號).
A text holding several of them — a syllable of Latin letters with a tone mark, in brackets
right after a Han character — is read without them.
"""

from __future__ import annotations

import regex

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# a syllable may hold one space where a PDF's line break fell inside it and was joined again: 國(g uó)
_ANNOTATION = regex.compile(rf"(?<=\p{{Han}})[(（](?=[a-zü{_TONED} ]*[{_TONED}])[a-zü{_TONED}](?: ?[a-zü{_TONED}]){{0,5}}[)）]")
MIN_ANNOTATIONS = 3  # fewer, and they may be the text's own (a word's reading given once)


def without_pinyin(text: str) -> str:
    """``text`` less the pinyin annotations a page spread through it (lines stay as they were)."""
    if not any(char in text for char in _TONED):
        return text
    found = _ANNOTATION.findall(text)
    return _ANNOTATION.sub("", text) if len(found) >= MIN_ANNOTATIONS else text
