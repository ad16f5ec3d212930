"""The 政府令 layout: masthead 某某人民政府令 over 第N号, a preamble, the head of government's signature.

The ordinal may be bracketed and in Chinese numerals ((第四十号)); the number is written in Arabic ones.
An order publishes a 规章: 《苏州市企业信用信息管理办法》已经…常务会议讨论通过，现予发布。 /
市长 杨卫泽 / 二○○四年七月二十一日, then the 规章 itself. The order's number is the masthead's
name with the ordinal (苏州市人民政府令第78号); the 规章's title stands in the preamble.
"""

from __future__ import annotations

import cn2an
import regex

from gazette_kg.loaders.parse.conventions import data_rows
from gazette_kg.loaders.parse.layout.clean import CleanText, without_whitespace

_POSTS = [row[0] for row in data_rows("signers.txt")]
# The head of a government signs its orders: 省长 郭树清.
SIGNER = regex.compile(rf"^(?:代理)?(?:{'|'.join(map(regex.escape, _POSTS))})\p{{Han}}{{2,4}}$")
# 《A》已经…通过，现予公布; a congress's 公告: 《A》已由…会议于…通过，现予公布, or for a city's 条例 the province
# approved: 某市…会议于…审议通过的《A》业经…会议于…批准，现予公布; and the State Council's: 现公布《A》，自…起施行
PREAMBLE = regex.compile(
    r"^(?:《(?P<title>.+?)》.{0,40}?(?:已经|经|已由).{0,80}?(?:通过|同意|批准).{0,60}?(?:公布|发布)"
    r"|\p{Han}.{0,80}?通过的《(?P<title>.+?)》.{0,20}?经.{0,80}?批准.{0,20}?(?:公布|发布)"
    r"|现予?(?:公布|发布)《(?P<title>.+?)》)"
)
# 某某人民政府令; a 人大常委会 promulgates its 条例 by 公告 the same way (…常务委员会公告 / 第28号).
_MASTHEAD = regex.compile(r"^\p{Han}{2,30}(?:令|常务委员会公告)$")
# 第78号, also in brackets and in Chinese numerals: (第四十号)
_ORDINAL = regex.compile(r"^[（(]?第(?P<n>\d{1,5}|[一二三四五六七八九十百千零〇两]{1,8})号[)）]?$")


# A national body's order carries the state's name before the body's (中华人民共和国国务院令, 中华人民共和国财政部令);
# the body is named without it (国务院, 财政部), the head of state's order (中华人民共和国主席令) aside.
_STATE = "中华人民共和国"
_NATIONAL_BODY = regex.compile(r"^(?:国务院|\p{Han}{1,12}(?:部|委员会|总局|署|局|院|行))$")


def order_issuer(number: str) -> str:
    """The body an order's number names: 湖南省人民政府令第301号 → 湖南省人民政府, …第十一届…常务委员会公告第28号 → …常务委员会,
    中华人民共和国国务院令第227号 → 国务院."""
    issuer = regex.sub(r"第\p{Han}{1,4}届", "", regex.split(r"令|公告", number, maxsplit=1)[0])
    national = issuer.removeprefix(_STATE)
    return national if national != issuer and _NATIONAL_BODY.match(national) else issuer


def is_masthead(text: str) -> bool:
    return bool(_MASTHEAD.match(without_whitespace(text)))


def is_ordinal(text: str) -> bool:
    return "第" in text and "号" in text and bool(_ORDINAL.match(without_whitespace(text)))


def masthead_number(clean: CleanText, ordinal_index: int) -> tuple[int, str] | None:
    """(masthead index, order number) when the line at ``ordinal_index`` is 第N号 under a …令 masthead."""
    if not is_ordinal(clean.lines[ordinal_index].text):
        return None
    above = next((i for i in range(ordinal_index - 1, max(-1, ordinal_index - 4), -1) if clean.lines[i].text), None)
    if above is None or not is_masthead(clean.lines[above].text):
        return None
    return above, f"{without_whitespace(clean.lines[above].text)}第{_ordinal(clean.lines[ordinal_index].text)}号"


def _ordinal(text: str) -> int:
    number = _ORDINAL.match(without_whitespace(text))["n"]
    return int(number) if number.isdigit() else int(cn2an.cn2an(number, "smart"))


def preamble_after(clean: CleanText, index: int, lines: int = 4) -> tuple[int, str] | None:
    """(index, title published) of a decree preamble within ``lines`` text lines after ``index``."""
    texts = [i for i in range(index + 1, min(len(clean.lines), index + 12)) if clean.lines[i].text][:lines]
    for i in texts:
        match = PREAMBLE.match(clean.lines[i].text)
        if match:
            return i, match["title"].replace("〈", "《").replace("〉", "》")
    return None


def preamble_text(clean: CleanText, index: int) -> str:
    """A decree's preamble, with the next line when a break cut its sentence (…，自 / 发布之日起施行。)."""
    text = clean.lines[index].text
    following = next((line.text for line in clean.lines[index + 1 : index + 3] if line.text), "")
    return text + following if not text.endswith("。") and following.endswith("。") and len(following) < 40 else text
