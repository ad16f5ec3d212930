"""Validity of an instrument: its start rule (施行) and its term (有效期)."""

from __future__ import annotations

import datetime as dt

import cn2an
import regex

from gazette_kg.loaders.parse.documents.dates import DATE_RE, parse_date

_START_ON_EVENT = regex.compile(r"自(?P<event>发布|公布|印发|颁布|发文|下发)之日起(?:施行|执行|实施|生效)")
_START_ON_DATE = regex.compile(r"(?:自|从)\s*(?P<date>" + DATE_RE.pattern + r")\s*起(?:施行|执行|实施|生效)")
_START_WITH = regex.compile(r"(?P<all>(?:与|同)[^，。；]{2,40}?同步(?:施行|执行|实施))")
_TERM_YEARS = regex.compile(r"有效期(?:限)?(?:为)?\s*(?P<n>\d{1,2}|[一二三四五六七八九十两]{1,2})\s*年")
_TERM_UNTIL = regex.compile(r"有效期(?:至|到)\s*(?P<date>" + DATE_RE.pattern + r")")


_WORD_OF = {_START_ON_EVENT: "之日起", _START_ON_DATE: "起", _START_WITH: "同步", _TERM_YEARS: "有效期", _TERM_UNTIL: "有效期"}
_SELF = regex.compile(r"本(?:实施)?(?:办法|细则|规定|方案|意见|通知|措施|决定|条例|规则|政策|计划|规划|制度|标准)")


def _closing(pattern: regex.Pattern, text: str) -> regex.Match | None:
    """The statement about the instrument itself (本办法自…起施行), else the last one.

    Provisions can date other things (个人账户…自2023年1月1日起执行); the rule for the
    instrument names it, or closes its text.
    """
    if _WORD_OF[pattern] not in text:  # the word each statement holds: no scan of a text without it
        return None
    matches = list(pattern.finditer(text))
    own = [m for m in matches if _SELF.search(text[max(0, m.start() - 12) : m.start() + 2])]
    return (own or matches or [None])[-1]


def start_rule(text: str) -> str | None:
    """发布之日 / 公布之日 / an ISO date / 与…同步施行 (said of the instrument itself: 本方案与…同步施行), as the
    text states it."""
    found = [
        (m, kind)
        for kind, pattern in (("date", _START_ON_DATE), ("event", _START_ON_EVENT), ("with", _START_WITH))
        if (m := _closing(pattern, text))
    ]
    own = [(m, k) for m, k in found if _SELF.search(text[max(0, m.start() - 12) : m.start() + 2])]
    found = [(m, k) for m, k in found if k != "with" or (m, k) in own]  # 须与道路工程同步实施: works, not the instrument
    if not found:
        return None
    match, kind = max(own or found, key=lambda item: item[0].start())
    if kind == "date":
        return parse_date(match["date"])
    return match["event"] + "之日" if kind == "event" else match["all"]


def term(text: str) -> str | None:
    """ "5年" / "两年" / an ISO date (有效期至…)."""
    until, years = _closing(_TERM_UNTIL, text), _closing(_TERM_YEARS, text)
    if until and (not years or until.start() > years.start()):
        return parse_date(until["date"])
    return years["n"] + "年" if years else None


def _years(value: str) -> int | None:
    digits = value.removesuffix("年")
    try:
        return int(digits) if digits.isdigit() else int(cn2an.cn2an(digits.replace("两", "二"), "smart"))
    except (ValueError, KeyError):
        return None


_ISO_DATE = regex.compile(r"\d{4}-\d\d-\d\d")


def effective_date(rule: str | None, signed: str | None) -> str | None:
    """The first day in force: a stated date, or the signing date for 发布/公布之日."""
    if rule is None:
        return None
    if _ISO_DATE.fullmatch(rule):
        return rule
    if rule.endswith("之日"):
        return signed
    return None


def expiry_date(expiry: str | None, start: str | None) -> str | None:
    """The first day no longer in force: 有效期至 D → D + 1 day; N 年 → start + N years."""
    if expiry is None:
        return None
    if _ISO_DATE.fullmatch(expiry):
        return (dt.date.fromisoformat(expiry) + dt.timedelta(days=1)).isoformat()
    years = _years(expiry)
    if years is None or start is None:
        return None
    begin = dt.date.fromisoformat(start)
    try:
        return begin.replace(year=begin.year + years).isoformat()
    except ValueError:  # 29 February
        return begin.replace(year=begin.year + years, day=28).isoformat()
