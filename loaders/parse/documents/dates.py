"""Chinese dates → ISO: 2022年7月13日, 二〇二二年七月十三日, 2022-07-13, 2022.7.13, and a date line whose
年月日 a copy lost (2021416: 2021-04-16, read only where the digits part one way into a month and a day)."""

from __future__ import annotations

import datetime as dt

import cn2an
import regex

from gazette_kg.loaders.parse.layout.clean import without_whitespace

_HAN_DIGITS = "〇○零一二三四五六七八九十"  # ○ (a circle) stands for 〇 in many printed dates
_ZERO_LOOKALIKES = "○OＯ0０"  # a circle, the Latin letter O or the digit 0 typed for 〇: 二OO九年, 二0一九年
_DIGIT_OF = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"} | dict.fromkeys(_ZERO_LOOKALIKES, "0")
_NUM = rf"(?:\d{{1,4}}|[{_HAN_DIGITS}]{{1,4}})"
DATE_RE = regex.compile(
    rf"(?P<y>(?:19|20)\d\d|[{_HAN_DIGITS}{_ZERO_LOOKALIKES}]{{4}})\s*年\s*(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*日"
)
ISO_RE = regex.compile(r"(?<!\d)((?:19|20)\d\d)[-./]([01]?\d)[-./]([0-3]?\d)(?!\d)")


# A count in Chinese numerals (三, 十二, 二十三): an issue's number printed in the older style.
HAN_NUMBER = r"[一二三四五六七八九十]{1,3}"


def han_number(text: str) -> int:
    """A number written in Chinese numerals, digit by digit (二〇二二) or counted (二十三)."""
    return _number(text)


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    text = text.replace("○", "〇")
    if len(text) == 4 and "十" not in text:  # a year written digit by digit: 二〇二二
        return int("".join(_DIGIT_OF[c] for c in text))
    return int(cn2an.cn2an(text, "smart"))


def to_iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO, or ``None``."""
    match = DATE_RE.search(text)
    if match:
        try:
            return to_iso(_number(match["y"]), _number(match["m"]), _number(match["d"]))
        except (ValueError, KeyError):
            return None
    match = ISO_RE.search(text)
    if match:
        return to_iso(int(match[1]), int(match[2]), int(match[3]))
    return damaged_date(text) if text.rstrip()[-1:].isdigit() or text.rstrip()[-1:] in _CLOSING_MARKS else None


def damaged_date(text: str) -> str | None:
    """A date that lost its 年月日: 2021416, where its digits part into a month and a day one way only, or
    spaced (2017 6 23)."""
    spaced = _SPACED.fullmatch(text.strip())
    if spaced:  # { 2017 6 23: the marks gone, the spaces left
        return to_iso(int(spaced[1]), int(spaced[2]), int(spaced[3]))
    match = _DAMAGED.fullmatch(text.strip())
    if not match:
        return None
    year, rest = int(match["y"]), match["md"]
    found = {iso for cut in range(1, len(rest)) if (iso := to_iso(year, int(rest[:cut]), int(rest[cut:]))) and rest[cut] != "0"}
    return found.pop() if len(found) == 1 else None


MAX_DAMAGED = 20  # characters: a damaged date line is short
_CLOSING_MARKS = frozenset("}）)】]")  # a mark a damaged date may end with: { 2017 6 23 }
_SPACED = regex.compile(r"[^\w\s]?\s*((?:19|20)\d\d)\s+(\d{1,2})\s+(\d{1,2})\s*[^\w\s]?")
_DAMAGED = regex.compile(r"(?P<y>(?:19|20)\d\d)(?P<md>\d{3,4})")


def is_date_line(text: str) -> bool:
    """A line holding nothing but a date, as under a signature (in a table's cell: 2021年4月21日 |)."""
    text = text.strip(" |｜")
    if "年" not in text:
        return len(text) <= MAX_DAMAGED and damaged_date(text) is not None
    if len(text) > 30:
        return False
    stripped = without_whitespace(text)
    match = DATE_RE.fullmatch(stripped)
    return bool(match) and parse_date(stripped) is not None
