"""Lists of unit names as written: 市发改委、市财政局、各街道办事处.

A list is cut at 、，,；; and 会同; names printed with spaces that cleaning glued together
(市政府金融办市工商局) are cut apart again; a list stops at 等 and at the first item that is
not the name of a body. Notes in brackets that are not part of a name — (第一责任单位为牵头单位,
下同), (ppp) — are dropped, while a short qualifier such as 市政府办（金融办） stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import regex

from gazette_kg.loaders.parse.conventions import data_yaml
from gazette_kg.loaders.parse.facts.gazetteer import Gazetteer

_NOT_AGENCY = (
    "以下",
    "其他",
    "其余",
    "有关",
    "相关",
    "上述",
    "各项",
    "全市",
    "我市",
    "负责",
    "加强",
    "推进",
    "落实",
    "实施",
    "做好",
    "按照",
    "由",
    "其中",
    "所在",
    "当地",
)  # words a name never starts with (所在区人民政府: the district where it is, no named body)
_SEPARATOR = re.compile("[、，,；;]|会同")
_SPLIT = regex.compile(
    rf"(?:{_SEPARATOR.pattern})(?![^（()）<>]*[)）>])"
)  # not inside brackets: 各县（市、区）人民政府, 各县<市、区>人民政府
# Lists printed with spaces lose them in cleaning: 市政府金融办市工商局 → two names.
_LEVEL_WORD = re.compile("[市省县区]")  # where a glued name can start: no split without one after the first character
_GLUED = regex.compile(r"(?<=局|委|办|厅|中心|公司|政府|部|室|会|社|行|院)(?=市|省|县|区)")
_QUALIFIER = regex.compile(r"[（(]\p{Han}{1,15}[)）]|[（(][\p{Han}、]{1,15}[)）](?=\p{Han})")
_BRACKET = regex.compile(r"[（(〈][^（()）〈〉]*[)）〉]")  # a note: (第一责任单位为牵头单位), 〈含开发区、风景区〉
_HAN = regex.compile(r"\p{Han}")
_JOINING = ("以及", "及", "和")  # words joining the last names of a list
# a name opening with a place of its own (宜昌市人民政府, 宜昌市财政局): a place name, then its level word
_PLACE_NAMED = regex.compile(r"^\p{Han}{1,8}?(?:省|市|县|区|州|盟|旗)(?:人民)?政府|^\p{Han}{2,8}?[省市县州]")
_JOINED_START = frozenset("市省县区州盟旗乡镇各")


@cache
def markers() -> dict:
    """The responsibility markers of ``data/responsibilities.yaml``."""
    return data_yaml("responsibilities.yaml")


@cache
def _agency_shape() -> regex.Pattern:
    """A name by its ending (市财政局, 市政府办（金融办）, 各县（市、区）人民政府)."""
    endings = "|".join(regex.escape(e) for e in sorted(markers()["unit_endings"], key=len, reverse=True))
    return regex.compile(
        rf"^(?:\p{{Han}}|[（(<][\p{{Han}}、]{{1,15}}[)）>]){{2,30}}?(?:{endings})(?:[（(]\p{{Han}}{{1,15}}[)）])?$"
    )


@cache
def _collective() -> regex.Pattern:
    """Units named as a collective: 市政府各部门, 市直有关单位."""
    return regex.compile(markers()["collective"])


@cache
def _name_ends() -> frozenset[str]:
    """The characters a name's shape can end with: the last of each ending, a closing qualifier
    (and a final line break, before which ``$`` matches)."""
    return frozenset(ending[-1] for ending in markers()["unit_endings"]) | frozenset(")）\n")


def is_agency(token: str, gazetteer: Gazetteer, place: str | None) -> bool:
    if not token or len(token) > 32 or token.startswith(_NOT_AGENCY) or "的" in token:
        return False  # a clause (采石场的关闭由…), not a name: no body's name holds 的
    shaped = (token[-1] in _name_ends() and _agency_shape().match(token)) or _collective().match(token)
    return bool(shaped) or gazetteer.lookup(token, place) is not None


def without_notes(text: str) -> str:
    """``text`` without bracketed notes; qualifiers that belong to a name (市政府办（金融办）) stay."""
    if "(" not in text and "（" not in text and "〈" not in text:
        return text

    def note(match: regex.Match) -> str:
        after_name = match.start() > 0 and _HAN.match(text[match.start() - 1])
        qualifier = _QUALIFIER.match(text, match.start())
        return match[0] if after_name and qualifier and qualifier.end() == match.end() else ""

    return _BRACKET.sub(note, text)


class Units:
    """The lists of unit names of one document: the gazetteer and place its names resolve by, and
    what was read already (a document names the same bodies, and repeats the same lists, again and
    again)."""

    def __init__(self, gazetteer: Gazetteer, place: str | None) -> None:
        self.gazetteer, self.place = gazetteer, place
        self._agencies: dict[str, bool] = {}
        self._lists: dict[str, tuple[list[str], bool, list[str]]] = {}

    def is_agency(self, token: str) -> bool:
        found = self._agencies.get(token)
        if found is None:
            found = self._agencies[token] = is_agency(token, self.gazetteer, self.place)
        return found

    def agency_list(self, text: str) -> tuple[list[str], bool, list[str]]:
        """The names at the head of the list in ``text``, whether the list went on to its end (no 等,
        no other text), and its items. A list whose first item is no name is not cut any further:
        ([], False, [that item]) — most cells and clauses are text, not lists. The lists returned
        are shared by every call with the same text: not to be changed."""
        found = self._lists.get(text)
        if found is None:
            found = self._lists[text] = self._read(text)
        return found

    def _read(self, text: str) -> tuple[list[str], bool, list[str]]:
        items = self._items(text)
        first = next(items, None)
        if first is None:
            return [], True, []
        if not self.is_agency(first.split("等")[0]):
            return [], False, [first]
        listed = [first, *items]
        names, whole = self._leading_agencies(listed)
        return names, whole, listed

    def _items(self, text: str) -> Iterator[str]:
        """The items of a list, one by one, names glued by cleaning or joined by 及/和 cut apart."""
        closed = ")" in text or "）" in text or ">" in text  # without a closing bracket no separator is inside brackets
        for item in _SPLIT.splititer(text) if closed else _SEPARATOR.split(text):
            item = item.strip(" \t")
            parts = _GLUED.split(item) if _LEVEL_WORD.search(item, 1) else [item]
            if len(parts) > 1 and all(self.is_agency(p) for p in parts):
                yield from parts
            elif "及" in item or "和" in item:
                yield from self._joined(item)
            elif item:
                yield item

    def _joined(self, item: str) -> list[str]:
        """Names joined by 及/以及/和 (市财政局及市住建局), cut apart only where every part is a name
        that opens as a name does (a level word, 各, the place of the first, or a place of its own: 水电部和
        宜昌市人民政府): 和 inside a name
        (市发展和改革委员会, 市住房和城乡建设局, 市自然资源局和规划局) stays."""
        for word in _JOINING:
            parts = item.split(word) if word in item else []
            if (
                len(parts) > 1
                and all(self.is_agency(part) for part in parts)
                and all(
                    part[:1] in _JOINED_START or part.startswith(parts[0][:2]) or _PLACE_NAMED.match(part) for part in parts[1:]
                )
            ):
                return [name for part in parts for name in self._joined(part)]
        return [item]

    def _leading_agencies(self, items: list[str]) -> tuple[list[str], bool]:
        """The names at the head of ``items``, and whether the list went on to its end (no 等, no other text)."""
        agencies = []
        for item in items:
            head = item.split("等")[0]
            if not self.is_agency(head):
                return agencies, False
            agencies.append(head)
            if head != item:
                return agencies, False  # 等… ends the list
        return agencies, True
