"""Keep private citizens' contact details out of everything the parser outputs.

Commendations and lists print people with their home address (刘汉成 邵东县廉桥镇丛光村砂糖组327号)
and notices sometimes print mobile numbers. Phone numbers are replaced everywhere; an
address after a person's name is replaced where a line pairs the two.
"""

from __future__ import annotations

import regex

PHONE_MASK = "〔电话已隐去〕"
ADDRESS_MASK = "〔住址已隐去〕"

_MOBILE = regex.compile(r"(?<!\d)1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)")
_LANDLINE = regex.compile(r"(?<!\d)0\d{2,3}[-－—]\d{7,8}(?!\d)")
# A name, a gap, then a place with a village, group, street number or dormitory in it.
_PERSON_ADDRESS = regex.compile(
    r"^(?P<name>\p{Han}{1,2}\s?\p{Han}{1,2})[\s\t]+(?P<address>\p{Han}[\p{Han}\d\-－]*(?:村|组|号|路|街|巷|弄|宿舍|栋|单元|室|小区|社区)[\p{Han}\d\-－]*)$"
)


def redact(text: str) -> str:
    text = _MOBILE.sub(PHONE_MASK, text)
    text = _LANDLINE.sub(PHONE_MASK, text)
    match = _PERSON_ADDRESS.match(text.strip())
    if match:
        return f"{match['name']} {ADDRESS_MASK}"
    return text
