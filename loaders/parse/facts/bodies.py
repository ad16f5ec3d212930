"""Coordination bodies (领导小组, 委员会, 联席会议, 指挥部): leaders, roles, office, changes.

Two layouts carry them. A numbered list, one body per item, usually in the annexes of a
document that reorganises them: 1、永州市…领导小组，赵应云同志任组长，张贺文同志任副组长，
办公室设在市卫计委。 — the annex heading says what happened to the bodies it lists
(保留, 暂时保留, 合并和更名, 撤销). And a block under a sentence that sets a body up
(成立…领导小组。) followed by role headings (组长：, 副组长：) and one leader per line.

PDF extraction breaks both: items wrap over lines and page heads, an item can be spliced
into another annex, and a two-column list is read row by row (1, 14, 2, 15, …). Items are
therefore read by number: an item continues the annex whose numbering it continues, and
text without a number continues the latest item that is not yet complete.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import regex

from gazette_kg.loaders.model import AbolishedBody, CoordinationBody, Leader, ParseWarning
from gazette_kg.loaders.parse.conventions import data_yaml
from gazette_kg.loaders.parse.facts.personnel import is_post, organisation_of
from gazette_kg.loaders.parse.layout.clean import without_whitespace
from gazette_kg.loaders.parse.spans import DocumentSpan, SourceLine

BODY_SUFFIX = r"(?:领导小组|工作小组|协调小组|小组|委员会|联席会议(?:制度)?|联系会议|工作会议|指挥部|办公室|专班)"
ROLE = (
    r"(?:总召集人|副召集人|召集人|(?:常务|执行|专职|第一)?副(?:组长|主任委员|主任|指挥长|总指挥|主席)|组长|主任委员|主任|指挥长|总指挥"
    r"|主席|顾问)"
)
_NAME = r"(?!下列|以下|上述)\p{Han}{2,4}?"
_ANNEX = regex.compile(r"^附件\s*(?P<n>\d{1,2})?\s*[:：]?$")
_ITEM = regex.compile(r"^(?:[-•]\s*)?(?P<n>\d{1,3})\s*[、.．]\s*(?P<text>\S.*)$")
_LEADERS = regex.compile(rf"^(?P<persons>{_NAME}(?:、{_NAME})*)等?(?:同志)?(?<!兼)任(?P<role>{ROLE})$")
_OFFICE = regex.compile(r"办公室[（(]?(?:分别|分)?设在(?P<unit>[^，,。；;（()）]+)")  # 下设办公室(设在市文化局)
_MERGED = regex.compile(rf"(?:并入|合并为|合并成立|整合为)(?P<name>.+?{BODY_SUFFIX})$")
_RENAMED = regex.compile(rf"更名为(?P<name>.+?{BODY_SUFFIX})$")
_COMPLETE_NAME = regex.compile(rf"{BODY_SUFFIX}$")
_LISTED_BODY = regex.compile(rf"^\d{{1,3}}\s*[、.．]\s*(?P<name>\p{{Han}}{{2,40}}?{BODY_SUFFIX})$")
_SET_UP = regex.compile(rf"成立(?P<name>\p{{Han}}[^，,。；;：:]{{2,60}}?{BODY_SUFFIX})")
_ROLE_HEADING = regex.compile(rf"^(?P<role>{ROLE}|成员)\s*[：:]\s*(?P<rest>.*)$")
# A leader: name, then the post (市长, in parentheses: 张顺彩(市政府副市长), or after a space: 张三 副市长).
_LEADER_LINE = regex.compile(
    r"^(?P<name>\p{Han}{2,4}?)(?=市|省|县|区|中共|州|自治|人民|国家|国务|中央|中国|全国|副|常务|[（(]|\s|$)\s*[（(]?(?P<post>[^（()）]*)[)）]?$"
)
# A section listing the members, after others (一、主要职责) under the sentence that sets the body up
_MEMBERS_SECTION = regex.compile(
    r"^(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[)）])\s*(?:组成人员|人员组成|成员组成|组织机构|机构组成)"
)
_GLUED_LEADER = regex.compile(r"^(?P<name>\p{Han}{3})(?P<post>\p{Han}[^\s（()）]{1,60})$")
_UNREAD_ROLE = regex.compile(rf"^\p{{Han}}{{1,3}}\s*[：:]\s*{_NAME}[（(]")  # a label that is no role, then a leader
# A post described instead of its holder named: 负责…工作的副市长, 市住房城乡建设局主要负责同志
_DESCRIBED = regex.compile(r"^(?:负责|分管|协调|主管|联系)\p{Han}*的|负责同志|负责人$")
_PERSONS = regex.compile(r"[\s、，,]+")  # persons side by side after a role heading: 彭景坤 易肇沅 周杏武
_PERSON = regex.compile(rf"^{_NAME}$")
_COUNT = regex.compile(r"[（(]\s*(?:共\s*)?(?P<n>\d{1,4})\s*个\s*[)）]")
OFFICE_WINDOW = 60  # lines below a body's set-up where its office may be stated
_STATUS = (
    ("撤销", "abolished"),
    ("合并", "merged"),
    ("更名", "renamed"),
    ("暂时保留", "kept"),
    ("保留", "kept"),
    ("改由", "transferred"),
)


@dataclass
class _Item:
    annex: int | None
    number: int
    line: int
    text: str = ""
    extra: list[str] = field(default_factory=list)  # fragments attached later

    def full_text(self) -> str:
        return self.text + "".join(self.extra)

    def complete(self) -> bool:
        text = self.full_text()
        return text.endswith(("。", ";", "；")) or ("，" not in text and "," not in text and bool(_COMPLETE_NAME.search(text)))


@dataclass
class _Annex:
    number: int | None
    heading: str = ""
    stated: int | None = None
    items: list[_Item] = field(default_factory=list)

    @property
    def status(self) -> str | None:
        return next((status for word, status in _STATUS if word in self.heading), None)


def _annexes(lines: list[SourceLine]) -> list[_Annex]:
    annexes: list[_Annex] = []
    current: _Annex | None = None
    heading_next = False
    orphans: list[str] = []
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        if text.startswith("附件") and (match := _ANNEX.match(text)):
            current = _Annex(int(match["n"]) if match["n"] else len(annexes) + 1)
            annexes.append(current)
            heading_next = True
            continue
        if current is None:
            continue
        if heading_next and not _ITEM.match(text):
            current.heading = text
            count = _COUNT.search(text)
            current.stated = int(count["n"]) if count else None
            heading_next = False
            continue
        heading_next = False
        if match := _ITEM.match(text):
            number = int(match["n"])
            target = _annex_continued(annexes, current, number)
            target.items.append(_Item(target.number, number, line.number, match["text"]))
            continue
        open_items = [i for a in annexes for i in a.items if not i.complete()]
        if open_items:
            max(open_items, key=lambda i: i.line).extra.append(text)
        else:
            orphans.append(text)
    _attach_orphans(annexes, orphans)
    return annexes


def _annex_continued(annexes: list[_Annex], current: _Annex, number: int) -> _Annex:
    """The annex whose numbering ``number`` continues (an item spliced into the wrong annex)."""

    def last(annex: _Annex) -> int:
        return annex.items[-1].number if annex.items else 0

    if number == last(current) + 1 or not current.items:
        return current
    if current.stated is not None and number <= current.stated:
        return current  # a two-column list read row by row: 1, 14, 2, 15, …
    return next((a for a in annexes if a is not current and a.items and last(a) + 1 == number), current)


def _attach_orphans(annexes: list[_Annex], orphans: list[str]) -> None:
    """Fragments read before the item they finish (two-column lists) go to unfinished names."""
    unfinished = [i for a in annexes for i in a.items if not i.complete()]
    for fragment, item in zip(orphans, unfinished):
        item.extra.append(fragment)


_CLAUSE_BREAK = regex.compile(r"[，,；;。]")
_SENTENCE = regex.compile(r"[。；;！？]")
_BODIES_JOINED = regex.compile(r"和|及|、")
# roles that only a coordination body has (a 主任 or 主席 in running text heads an agency as often)
_BODY_ONLY_ROLE = r"(?:(?:常务|执行|第一)?副)?(?:组长|指挥长|总指挥|总召集人|召集人)"
# 县长张三任组长, 张高丽副总理担任副组长, 国务院总理李克强担任A领导小组组长: a post before the name, or
# after it, then (担)任, the bodies (or none: the body of the sentence) and the role at the clause's end
_PROSE_LEADER = regex.compile(
    rf"(?:^|由|(?<=(?:长|理|书记|主任|主席|委员)))(?P<name>\p{{Han}}{{2,3}}?)(?:同志)?(?:(?:常务)?副?(?:总理|省长|市长|县长|区长|部长|主任))?"
    rf"(?:担任|任)(?P<bodies>\p{{Han}}[^，,。；;]{{2,120}}?)?(?P<role>{_BODY_ONLY_ROLE})$"
)
_HAS_BODY_SUFFIX = regex.compile(BODY_SUFFIX)


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE_BREAK.split(text) if c.strip()]


def _body_from_item(item: _Item, annex: _Annex, doc_number: str | None) -> CoordinationBody | None:
    clauses = _clauses(item.full_text())
    if not clauses:
        return None
    name = clauses[0]
    status = annex.status
    merged_into = None
    if match := _MERGED.search(name):
        name, status, merged_into = match["name"], "merged", match["name"]
    for clause in clauses[1:3]:
        if match := _RENAMED.match(clause):
            name, status = match["name"], "renamed"
    if match := _RENAMED.search(name):
        name, status = match["name"], "renamed"
    if not _HAS_BODY_SUFFIX.search(name):
        return None
    leaders: list[Leader] = []
    office = None
    in_sub_unit = False  # 领导小组下设综合协调组，由…任组长: the sub-unit's leaders are not the body's
    for clause in clauses[1:]:
        if "下设" in clause:
            in_sub_unit = True
        if (match := _LEADERS.match(clause)) and not in_sub_unit:
            leaders.extend(Leader(p, match["role"]) for p in match["persons"].split("、"))
        elif match := _OFFICE.search(clause):
            office = match["unit"]
    return CoordinationBody(name, doc_number, annex.number, leaders, office, item.line, status, merged_into)


def _glued_leader(text: str) -> regex.Match | None:
    """A leader whose post, printed after a space that cleaning dropped, opens with no place word
    (苟仲文体育总局局长): the name is taken at the commonest length, three, when the rest is a post."""
    match = _GLUED_LEADER.match(text)
    return match if match and organisation_of(match["post"]) else None


@cache
def _title_end() -> regex.Pattern:
    """The title that ends a post (部长, 局长, 副秘书长: personnel.yaml), not the 委员 of a 委员会."""
    titles = sorted(data_yaml("personnel.yaml")["titles"], key=len, reverse=True)
    return regex.compile(rf"(?:{'|'.join(map(regex.escape, titles))})(?!会)")


_ORGAN_START = regex.compile(r"^(?:市|省|县|区|州|中共|自治|人民|国家|国务|中央|中国|全国|副|常务)")
_HAN_ONLY = regex.compile(r"^\p{Han}+$")


def _glued_leaders(text: str) -> list[tuple[str, str]]:
    """Leaders a run-on page printed one after another with nothing between (姜大明国土资源部部长丁向阳
    国务院副秘书长…): cut after each post's title; a name is three characters, or two where the rest
    opens with a place or an organ (王勇国务委员). [] unless every piece is a name and a post."""
    cuts = [match.end() for match in _title_end().finditer(text)]
    if len(cuts) < 2 or cuts[-1] != len(text) or not _HAN_ONLY.match(text):
        return []
    found, start = [], 0
    for end in cuts:
        piece, start = text[start:end], end
        size = 2 if _ORGAN_START.match(piece[2:]) else 3
        name, post = piece[:size], piece[size:]
        if len(post) < 3 or not organisation_of(post):
            return []
        found.append((name, post))
    return found


def _members(lines: list[SourceLine]) -> list[SourceLine]:
    """The lines that list a body's leaders: those after its members section (二、组成人员) where
    other sections come first, else all of them."""
    for position, line in enumerate(lines):
        text = line.text.strip()
        if _ROLE_HEADING.match(text.replace("\t", "")) or _SET_UP.search(text):
            break  # leaders without sections, or a sentence setting the body up again below a title
        if _MEMBERS_SECTION.match(text):
            return lines[position + 1 :]
    return lines


def _listed_body(lines: list[SourceLine], index: int) -> regex.Match | None:
    """A body named by a numbered item of a list with its leaders under role headings below
    (1、市城市规划委员会 / 主任委员：某某): a set-up by the list."""
    if not (item := _LISTED_BODY.match(lines[index].text)):
        return None
    following = next((line.text for line in lines[index + 1 : index + 3] if line.text.strip()), "")
    return item if _ROLE_HEADING.match(following.replace(" ", "")) else None


def _set_ups(lines: list[SourceLine], title: str) -> list[tuple[int, regex.Match]]:
    """(line index, match) of each sentence setting a body up; the title's, on its last line, when
    the title sets one up over lines (…关于成立临安市 / 信用建设工作领导小组的通知) and no sentence does."""
    found = [
        (index, setup)
        for index, line in enumerate(lines)
        if "成立" in line.text
        and (setup := _SET_UP.search(line.text))
        or line.text[:1].isdigit()
        and (setup := _listed_body(lines, index))
    ]
    titled = _SET_UP.search(title) if "成立" in title else None
    if found or titled is None or any(titled[0] in line.text for line in lines):
        return found
    tail = len(title) - titled.end() + 2  # the last title line holds the end of the body's name
    return next(
        (
            [(index, titled)]
            for index, line in enumerate(lines)
            if len(line.text) >= tail and line.text != title and title.endswith(line.text)
        ),
        found,
    )


def _office_below(lines: list[SourceLine]) -> str | None:
    """Where the body's office is, stated in a section after its members (三、工作机构 / 领导小组办公室设在…),
    before another body is set up."""
    for line in lines:
        if "成立" in line.text and _SET_UP.search(line.text) or _LISTED_BODY.match(line.text):
            return None
        if "设在" in line.text and (match := _OFFICE.search(line.text)):
            return match["unit"]
    return None


def _raw_text(line: SourceLine, raw: list[str] | None) -> str:
    """The line as printed, its spaces kept (a piece of a run-on line: the cleaned text)."""
    text = raw[line.number - 1] if raw and 0 < line.number <= len(raw) else line.text
    return text if without_whitespace(text) == without_whitespace(line.text) else line.text


def _raw_heading(text: str) -> regex.Match | None:
    """A role heading in a raw line, its letter-spacing closed up (组 长：)."""
    return _ROLE_HEADING.match(regex.sub(r"^\s*(\p{Han})\s+(\p{Han})\s*(?=[：:])", r"\1\2", text.strip()))


_SPACED = regex.compile(r"^(?P<name>\p{Han}\s+\p{Han}|\p{Han}{2,4})\s+(?P<post>\p{Han}\S*)$")


def _spaced_leader(line: SourceLine, raw: list[str] | None) -> dict[str, str] | None:
    """A leader and the post printed after a space (温国辉 广州市市长), a two-character name spaced out to
    the width of three (张 虎 副省长): the space, not a guess at the name's length, ends the name."""
    text = _raw_text(line, raw).strip()
    if heading := _raw_heading(text):
        text = heading["rest"].strip()
    match = _SPACED.match(text)
    if not match or not is_post(match["post"]) and not organisation_of(match["post"]):
        return None
    return {"name": without_whitespace(match["name"]), "post": match["post"]}


def _side_by_side(line: SourceLine, raw: list[str] | None) -> list[str]:
    """The persons a role heading lists side by side, parted by spaces (kept in the raw line) or 、:
    副组长：彭景坤 易肇沅 周杏武. Not a name spaced out (曹 亚), nor a name with its post (张三 副市长)."""
    heading = _raw_heading(_raw_text(line, raw))
    tokens = [t for t in _PERSONS.split(heading["rest"].strip()) if t] if heading else []
    if len(tokens) < 2 or not all(_PERSON.match(t) and not is_post(t) for t in tokens):
        return []
    return tokens


def _blocks(
    lines: list[SourceLine], doc_number: str | None, title: str = "", span_raw: list[str] | None = None
) -> list[CoordinationBody]:
    """Bodies set up in the text (or by the title) with their leaders listed under role headings."""
    bodies = []
    for index, setup in _set_ups(lines, title):
        line = lines[index]
        leaders, role, office, posts, described = [], None, None, {}, False
        for following in _members(lines[index + 1 : index + 80]):
            text = following.text.strip()
            if not text:
                continue
            heading = _ROLE_HEADING.match(text.replace("\t", ""))
            cells = [c for c in text.split("\t") if c]
            if heading is None and cells and _ROLE_HEADING.match(cells[0]):
                heading = _ROLE_HEADING.match(cells[0])
                text = "\t".join(cells[1:])
            elif heading is not None:
                text = heading["rest"]
            if heading is not None:
                role = None if heading["role"] == "成员" else heading["role"]
                if not text:
                    continue
            if office is None and (match := _OFFICE.search(text)):
                office = match["unit"]
                break
            if role and heading is not None and (several := _side_by_side(following, span_raw)):
                leaders.extend(Leader(name, role) for name in several)
                continue
            if role and _DESCRIBED.search(text):
                described = True  # 组长：负责住房和城乡建设工作的副市长: a post, its holder unnamed
                continue
            person = _spaced_leader(following, span_raw) or _LEADER_LINE.match(text.split("\t")[0] if "\t" in text else text)
            if role and not person and (glued := _glued_leaders(text)):
                leaders.extend(Leader(name, role) for name, _ in glued)
                posts.update(glued)
                continue
            if role and not person:
                person = _glued_leader(text)
            if role and person:
                leaders.append(Leader(person["name"], role))
                post = (person["post"] or text.split("\t")[-1]).strip()
                if post and post != person["name"]:
                    posts[person["name"]] = post
            elif heading is None and not person and _UNREAD_ROLE.match(text):
                role = None  # a role heading the page lost a character of ( 长:某某): its leader's role is unknown
            elif heading is None and not person:
                break
        if leaders or described:
            office = office or _office_below(lines[index + 1 : index + OFFICE_WINDOW])
            bodies.append(
                CoordinationBody(setup["name"], doc_number, None, leaders, office, line.number, "new", leader_posts=posts)
            )
    return bodies


_ANNEX_LIST_LEAD = regex.compile(r"^附件\s*[:：]\s*")
_ANNEX_COUNT = regex.compile(r"^(?P<k>\d{1,2})\s*[.．、]\s*\S+?[（(]\s*(?P<n>\d{1,4})\s*个\s*[)）]$")


def _stated_counts(lines: list[SourceLine]) -> dict[int, int]:
    """Counts the notice states for its annexes: 附件：1.保留…（85个） 2.…"""
    counts: dict[int, int] = {}
    for line in lines:
        if "个" not in line.text:
            continue
        match = _ANNEX_COUNT.match(_ANNEX_LIST_LEAD.sub("", line.text))
        if match:
            counts[int(match["k"])] = int(match["n"])
    return counts


def _named_bodies(text: str) -> list[str]:
    """The bodies named side by side (A领导小组和B领导小组): each part a body's whole name, else none."""
    parts = [p for p in _BODIES_JOINED.split(text) if p]
    return parts if parts and all(_COMPLETE_NAME.search(p) and len(p) > 4 for p in parts) else []


# 副组长为市委常委、常务副市长刘庆生，市政府秘书长李廷忠: the role, then posts each followed by its holder
_ROLE_IS = regex.compile(rf"(?P<role>{_BODY_ONLY_ROLE})为(?P<persons>\p{{Han}}.*)$")


def _named_after_posts(text: str) -> list[str]:
    """The holders named after their posts, one a clause (市政府秘书长李廷忠): [] unless every clause ends so."""
    names = []
    for clause in _clauses(text):
        ends = [match.end() for match in _title_end().finditer(clause)]
        name = clause[ends[-1] :] if ends else ""
        if not _PERSON.match(name) or len(name) > 3:
            return []
        names.append(name)
    return names


def _prose(lines: list[SourceLine], doc_number: str | None) -> list[CoordinationBody]:
    """Leaders named in running text, a report's or a notice's: 国务院总理李克强担任A领导小组和B领导小组组长，
    张高丽副总理担任副组长; 成立A领导小组，由县长张三任组长; 副组长为常务副市长某某，…. A clause naming no
    body leads the last one named in its sentence (by the clause, or set up: 成立…), a sentence naming none
    the last one found. The office is where the text says it is set (领导小组办公室设在…)."""
    found: dict[str, CoordinationBody] = {}
    for line in lines:
        if "为" in line.text and found:
            last = list(found.values())[-1]
            for sentence in _SENTENCE.split(line.text):
                if (stated := _ROLE_IS.search(sentence)) and (names := _named_after_posts(stated["persons"])):
                    last.leaders.extend(Leader(name, stated["role"]) for name in names)
        if "设在" in line.text and found and (office := _OFFICE.search(line.text)):
            list(found.values())[-1].office_at = list(found.values())[-1].office_at or office["unit"]
        if "任" not in line.text:
            continue
        for sentence in _SENTENCE.split(line.text):
            named: list[str] = [setup["name"]] if (setup := _SET_UP.search(sentence)) else []
            for clause in _clauses(sentence):
                match = _PROSE_LEADER.search(clause)
                if not match or is_post(match["name"]) or (match["bodies"] and not _named_bodies(match["bodies"])):
                    continue
                named = _named_bodies(match["bodies"]) if match["bodies"] else named
                for name in named:
                    body = found.setdefault(name, CoordinationBody(name, doc_number, None, [], None, line.number, "new"))
                    body.leaders.append(Leader(match["name"], match["role"]))
    return list(found.values())


def extract_bodies(span: DocumentSpan) -> tuple[list[CoordinationBody], list[AbolishedBody], list[ParseWarning]]:
    bodies = _blocks(span.lines, span.doc_number, span.title or "", span.raw)
    bodies += [b for b in _prose(span.lines, span.doc_number) if b.name not in {known.name for known in bodies}]
    abolished: list[AbolishedBody] = []
    warnings: list[ParseWarning] = []
    annexes = _annexes(span.lines)
    stated_in_notice = _stated_counts(span.lines)
    for annex in annexes:
        found = [b for item in annex.items if (b := _body_from_item(item, annex, span.doc_number))]
        if len(found) < max(1, len(annex.items) // 2):
            continue  # a numbered list of something else
        bodies.extend(found)
        if annex.status == "abolished":
            abolished.extend(AbolishedBody(b.name, span.doc_number, b.line) for b in found)
        for stated, where in ((annex.stated, "its heading"), (stated_in_notice.get(annex.number or 0), "the notice")):
            if stated is not None and stated != len(annex.items):
                warnings.append(
                    ParseWarning(
                        "count-mismatch",
                        f"{span.doc_number} annex {annex.number}: {where} says {stated} bodies but {len(annex.items)} are listed",
                        annex.items[0].line if annex.items else None,
                    )
                )
    return bodies, abolished, warnings
