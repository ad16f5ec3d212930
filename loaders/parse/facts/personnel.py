"""Personnel actions: one record per person per action.

Two ways of writing them; the words are data (``data/personnel.yaml``):

- 任免 notices, clause by clause, the person named without a verb: 王军同志任市人民政府办公室
  督查专员（试用期一年）; 张荣华同志任市教育局副局长，免去其…主任职务; 义盛章同志兼任…;
  文彦同志挂职任…，挂职时间一年. A notice that announces 正式任职 confirms the posts it lists.
- decisions opened by a verb, in a notice, a standing committee's list or a report of its
  session: 任命赵海洋、董冲为区人民政府副区长，张东方为区教育体育局局长; 决定任命李胜平任…主任、
  张建平任…局长; 免去刘中银的…副秘书长职务、张巍巍的…副主任职务 (免去某某同志…职务, 免除某某同志…一职);
  接受某某辞去…职务的请求.
  A verb opens a run that goes on over the clauses after it (任命： on a line of its own, then
  one person a line) until a clause is no decision; a run that appoints goes on after a removal
  (任命A为X，免去其Y职务；B为Z，免去其W职务). A clause ending in a word of decision opens a run
  too, as decisions are announced (中央决定：A同志任X；B同志不再担任Y职务), and a clause that is
  no decision (提名为…候选人) does not end it. A post may go on after a comma (不再担任X，Y职务), and
  a person may be named after the post they hold (市委常委A兼任X).

Every post must end in a title (局长, 主任, 委员, …), so a sentence is never read as a post.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import regex

from gazette_kg.loaders.model import PersonnelAction
from gazette_kg.loaders.parse.conventions import data_yaml
from gazette_kg.loaders.parse.facts.places import place_data
from gazette_kg.loaders.parse.spans import DocumentSpan

_HAN = r"[^\P{Han}的了在和与及等]"
# A name: 2-4 characters, or a transliterated one whose parts a middle dot joins (阿卜杜·阿卜来提). 和 joins two
# persons (A和B), but it is a common given name's first character too: in the middle of three (胡和平) it is the name's.
_NAME = (
    rf"(?!下列|以下|上述|有关|其他|其余|会议|同志|并|同时|决定)"
    rf"(?:{_HAN}{{1,10}}(?:[·•‧・]{_HAN}{{1,10}})+|{_HAN}{{2,4}}?|{_HAN}和{_HAN})"
)
_COUNTED = r"(?:等\d+(?:名同志|名|人)|等同志)?"  # A、B等18人为X, A等3名同志为X
_REASON = r"(?:因[^\P{Han}辞]{1,10}?)?"  # 接受A同志因工作变动辞去X职务的请求
_TERM = regex.compile(r"^挂职(?:时间|期限)(?:为)?(?P<term>\S+?)$")
_PROBATION_PART = regex.compile(r"^试用期(?:为)?\S+$")  # 王军同志任…，试用期一年
_PROBATION = regex.compile(r"[（(]试用期[^)）]*[)）]")
_CONCURRENT_MARK = regex.compile(r"[（(]兼[)）]$")
_TRAILING_NOTE = regex.compile(r"(?:[（(][^（()）]*[)）])+$")
_PART = regex.compile(r"[，,]")
_AFTER_POST_NOTE = regex.compile(r"(?<=职务|一职)(?:[（(][^（()）]*[)）])+$")  # 免去A的X职务（终止试用期）: a note on the removal
_COPULA = regex.compile(r"是")  # 此前是某厅厅长: a sentence about the person, not a post going on
_ONE_POST = "一职"  # 免除A同志副县长一职: a post as 职务
_STOPS = "。；;：:"
_STOP_CHAR = re.compile(rf"[{_STOPS}]")
_STOP = re.compile(rf"(?<=[{_STOPS}])")  # the standard library splits at a lookbehind several times faster
_ENUMERATION = r"[一二三四五六七八九十]+、|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）]"
_NUMBERED = regex.compile(rf"^(?:{_ENUMERATION})\s*")


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Patterns:
    words: dict
    verb: regex.Pattern  # 任命, 免去 … not after 提请/拟
    verb_word: re.Pattern  # a verb, wherever it stands
    takes: regex.Pattern  # A为X, A同志任X, A等3名同志为X
    named: regex.Pattern  # A, A同志: one of several persons before the post
    removed: regex.Pattern  # A的X职务, A同志兼任的X职务, 其X职务
    resigned: regex.Pattern  # A辞去X职务的请求
    starts_item: regex.Pattern  # a line that begins a decision: a list puts one a line, without a stop
    title: regex.Pattern  # a post's title at its end
    passive: regex.Pattern  # A同志被 before the verb
    document: regex.Pattern
    confirming: regex.Pattern
    acting: regex.Pattern  # 决定A(副区长)代理X职务
    opening: regex.Pattern  # 中央决定: a clause opening a run of decisions without a verb
    opens_somewhere: regex.Pattern  # 决定： / 决定， anywhere in a text: a cheap test before reading its clauses
    not_decided: regex.Pattern  # 提名为…候选人: a clause that is no decision
    held_by: regex.Pattern  # 市委常委A兼任X: the post a person holds, before the name


@cache
def _patterns() -> _Patterns:
    words = data_yaml("personnel.yaml")
    not_decided = "".join(f"(?<!{regex.escape(w)})" for w in words["not_decided"])
    titles = _alternation(words["titles"])
    takes = _alternation(words["takes_post"])
    # a post opening with a province or city named in full (免去胡某绵阳市教育局局长职务: no 的 after the name)
    places = _alternation({name for province, cities in place_data()["provinces"].items() for name in (province, *cities)})
    return _Patterns(
        words=words,
        verb=regex.compile(rf"{not_decided}(?P<verb>{_alternation(words['verbs'])})"),
        verb_word=re.compile("|".join(map(re.escape, words["verbs"]))),
        takes=regex.compile(rf"^(?P<name>{_NAME})(?P<comrade>同志)?{_COUNTED}(?P<takes>{takes})(?P<post>.+)$"),
        named=regex.compile(rf"^(?P<name>{_NAME})(?:同志)?$"),
        removed=regex.compile(
            rf"^(?:(?P<own>其)|(?P<name>{_NAME})(?:同志|(?=的|兼任))|(?P<bare>[^\P{{Han}}的]{{2,3}}?)(?=[省市区县州]|{places}))"
            rf"(?P<concurrent>兼任)?的?(?P<post>.+?)(?:职务|{_ONE_POST})$"
        ),
        resigned=regex.compile(rf"^(?P<name>{_NAME})(?:同志)?{_REASON}(?:辞去(?P<post>.+?)职务的?|的?辞职)(?:请求|申请)?$"),
        starts_item=regex.compile(
            rf"^(?:{_ENUMERATION})?(?:{_alternation(words['verbs'])}|(?P<name>{_NAME})(?:同志)?{_COUNTED}"
            rf"(?:{_alternation(words['takes_post'] | dict.fromkeys(words['passive']))}|的))"
        ),
        title=regex.compile(rf"(?:常务|第一|专职)?副?(?P<title>(?:{titles})(?:[、，,](?:常务|第一|专职)?副?(?:{titles}))*)$"),
        passive=regex.compile(rf"^(?:{_ENUMERATION})?\s*(?P<name>{_NAME})(?:同志)?(?:{_alternation(words['passive'])})$"),
        document=regex.compile(_alternation(words["document_marks"])),
        confirming=regex.compile(_alternation(words["confirming"])),
        acting=regex.compile(
            rf"^(?:决定)?(?:由)?(?P<name>{_NAME})(?:同志)?(?P<held>\p{{Han}}{{0,12}}?)(?P<word>{_alternation(words['acting'])})"
            rf"(?P<post>.+?)(?:职务)?$"
        ),
        opening=regex.compile(rf"(?:{_alternation(words['opening'])})$"),
        opens_somewhere=regex.compile(rf"(?:{_alternation(words['opening'])})\s*[：:，,]"),
        not_decided=regex.compile(rf"^(?:{_alternation(words['not_decided'])})"),
        held_by=regex.compile(rf"^(?P<held>\p{{Han}}{{2,20}}?(?:{titles}))(?=(?:{_NAME})(?:同志)?{_COUNTED}(?:{takes}))"),
    )


@dataclass
class _Item:
    persons: list[str]
    kind: str
    post: str
    term: str | None = None
    probation: bool = False


def _clauses(span: DocumentSpan) -> list[tuple[int, str]]:
    """The document's text cut at 。；;：, and before a line that begins a decision, each clause
    with the line it starts on."""
    clauses: list[tuple[int, str]] = []
    current, start = "", None
    for line in span.lines[1:] if span.title else span.lines:
        if current and _patterns().starts_item.match(line.text):
            clauses.append((start, current))
            current, start = "", None
        for piece in _STOP.split(line.text) if _STOP_CHAR.search(line.text) else (line.text,):
            if not piece:
                continue
            if start is None:
                start = line.number
            current += piece
            if piece[-1] in "。；;：:":
                clauses.append((start, current[:-1]))
                current, start = "", None
    if current and start is not None:
        clauses.append((start, current))
    return clauses


def organisation_of(post: str) -> str | None:
    match = _patterns().title.search(_TRAILING_NOTE.sub("", post))
    org = post[: match.start()] if match else ""
    return org or None


def is_post(post: str) -> bool:
    """A post: ends in a title (局长, 主任, 副市长), a note in brackets or a probation aside."""
    return bool(_patterns().title.search(_TRAILING_NOTE.sub("", _PROBATION.sub("", post))))


def _appointments(tokens: list[str], kind: str | None, bare_names: bool) -> list[_Item] | None:
    """A为X、B任Y / A、B为X: persons before their post (None: not such a list)."""
    items: list[_Item] = []
    pending: list[str] = []
    for token in tokens:
        match = _patterns().takes.match(token)
        if not match and (held := _patterns().held_by.match(token)) and is_post(held["held"]):
            match = _patterns().takes.match(token[held.end() :])  # 市委常委A兼任X
        took = _patterns().words["takes_post"][match["takes"]] if match else None
        post = (match["post"].removesuffix("职务") if took == "remove" else match["post"]) if match else ""
        if match and (bare_names or match["comrade"]) and is_post(post):
            items.append(_Item(pending + [match["name"]], took if took != "appoint" else kind or "appoint", post))
            pending = []
        elif items and not pending and is_post(token.removesuffix("职务")):
            items[-1].post += "、" + token.removesuffix("职务")  # 局长、党组书记; 副市长、代理市长职务
        elif named := _patterns().named.match(token):
            pending.append(named["name"])
        else:
            return None
    return items if items and not pending else None


def _removals(tokens: list[str], previous: list[str]) -> list[_Item] | None:
    """A的X职务、B的Y职务 / A、B同志的X职务 / 其X职务 (the person of the clause before)."""
    items: list[_Item] = []
    pending: list[str] = []
    held = ""
    for token in tokens:
        held = _AFTER_POST_NOTE.sub("", f"{held}、{token}" if held else token)
        if not held.endswith(("职务", _ONE_POST)):
            continue
        match = _patterns().removed.match(held)
        held = ""
        if not match:
            if (named := _patterns().named.match(token)) and not items:
                pending.append(named["name"])
                continue
            return None
        persons = previous if match["own"] else pending + [match["name"] or match["bare"]]
        kind = "remove_concurrent" if match["concurrent"] else "remove"
        items.append(_Item(persons, kind, match["post"]))
        pending = []
    if held:
        names = [n for t in held.split("、") if (n := _patterns().named.match(t))]
        if len(names) != len(held.split("、")):
            return None
        pending += [n["name"] for n in names]
    return items if items and not pending else None


def _resignations(tokens: list[str]) -> list[_Item] | None:
    """A辞去X职务的请求、B辞去Y职务的请求 / A、B、C同志辞去X职务 / A辞去X代表、Y委员职务: persons before the post they leave."""
    items: list[_Item] = []
    pending: list[str] = []
    held = ""  # a post of several parts (A辞去X代表、Y委员职务的请求) split at its 、
    for token in tokens:
        if resigned := _patterns().resigned.match(f"{held}、{token}" if held else token):
            items.append(_Item(pending + [resigned["name"]], "remove", resigned["post"] or ""))
            pending, held = [], ""
        elif held or "辞去" in token:
            held = f"{held}、{token}" if held else token
        elif named := _patterns().named.match(token):
            pending.append(named["name"])
        else:
            return None
    return items if items and not pending and not held else None


class _Reader:
    """Reads the decisions of one document, carrying the verb of a run from clause to clause."""

    def __init__(self, notice: bool) -> None:
        self.notice = notice  # a 任免 notice: persons named without a verb
        self.verb: str | None = None
        self.appointing = False  # the run has appointed: after a removal it may appoint again
        self.last: list[str] = []

    def part(self, text: str) -> list[_Item] | None:
        verb = None
        for verb in _patterns().verb.finditer(text):
            pass
        subject = _patterns().passive.match(text[: verb.start()]) if verb else None
        text = _NUMBERED.sub("", text)
        if verb is None and _patterns().opening.search(text):
            self.verb, self.appointing = "appoint", True  # 中央决定： persons named without a verb follow
            return []
        if verb is None and self.verb is not None and _patterns().not_decided.match(text):
            return []  # 提名为…候选人: no decision, the run goes on
        if verb:
            self.verb = _patterns().words["verbs"][verb["verb"]]
            self.appointing = self.appointing or self.verb == "appoint"
            text = text[verb.end() :]
            if subject:  # A同志被任命为X, A同志被免去X职务: the person stands before the verb
                text = subject["name"] + ("的" if self.verb == "remove" else "") + text
            if not text:
                return []  # 任命： heading a list
        tokens = [t for t in text.split("、") if t]
        if self.verb is None and not self.notice:
            return None  # outside a 任免 notice a decision needs its verb: 某某同志任主任 may be a body's leader
        if self.verb == "remove":
            items = _removals(tokens, self.last)
        elif self.verb == "resign":
            items = _resignations(tokens)
        else:
            items = _appointments(tokens, self.verb, bare_names=self.verb is not None)
        if items is None and verb is None and self.verb in ("remove", "resign") and self.appointing:
            items = _appointments(tokens, "appoint", bare_names=True)  # 免去其Y职务；B为Z: the run appoints again
            self.verb = "appoint" if items else self.verb
        if items is None and self.verb is not None:
            self.verb, self.appointing = None, False  # the run ended: read the part as a clause of a notice
            items = _appointments(tokens, None, bare_names=False) if self.notice and verb is None else None
        if items:
            self.last = items[-1].persons
        return items

    def clause(self, text: str) -> list[_Item]:
        found: list[_Item] = []
        separators = _PART.findall(text.strip())
        for index, part in enumerate(_PART.split(text.strip())):
            if found and _continues_post(part, found[-1].persons):
                found[-1].post += separators[index - 1] + part.removesuffix("职务")  # 不再担任X，Y职务
                continue
            term = _TERM.match(part)
            if term and found:
                for item in found:
                    item.term = item.term or (term["term"] if item.kind == "second" else None)
                continue
            if _PROBATION_PART.match(part) and found:
                found[-1].probation = True
                continue
            found.extend(self.part(part) or [])
        return found


def _continues_post(part: str, persons: list[str]) -> bool:
    """A part after a comma that only goes on with the post before it: no person (nor the one it is about:
    A为X，A此前是Y), no verb, no copula, a title at its end."""
    patterns = _patterns()
    if any(person in part for person in persons) or _COPULA.search(part):
        return False
    decided = (patterns.takes, patterns.removed, patterns.resigned, patterns.acting)
    if patterns.verb_word.search(part) or any(p.match(part) for p in decided):
        return False
    if any(word in part for word in patterns.words["opening"]):
        return False
    return is_post(part.removesuffix("职务")) and not patterns.held_by.match(part)


def _acting(text: str) -> list[_Item]:
    """决定A(副区长)代理X职务: the person named to act in a vacant post, an appointment to 代理X."""
    items = []
    for part in _PART.split(text):
        match = _patterns().acting.match(_NUMBERED.sub("", part.strip()))
        if match and (not match["held"] or is_post(match["held"])) and is_post(match["post"]):
            items.append(_Item([match["name"]], "appoint", match["word"] + match["post"]))
    return items


def _action(doc_number, person, action, post, line, term=None, probation=False) -> PersonnelAction:
    probation = probation or bool(_PROBATION.search(post))
    post = _PROBATION.sub("", post).strip()
    if action == "appoint" and _CONCURRENT_MARK.search(post):
        action, post = "concurrent", _CONCURRENT_MARK.sub("", post)
    return PersonnelAction(doc_number, person, action, post, probation, term, line, organisation_of(post))


def _is_notice(span: DocumentSpan) -> bool:
    return bool(_patterns().document.search(f"{span.doc_number or ''} {span.title or ''}"))


def _opens(clause: str) -> bool:
    """A clause ending in a word of decision (中央决定) or holding one before its last comma."""
    return any(_patterns().opening.search(part.strip()) for part in _PART.split(clause))


def _has_verb(text: str) -> bool:
    """A decision's verb in ``text``: the pattern (its lookbehinds tried at every place) runs from the first verb word on."""
    first = _patterns().verb_word.search(text)
    return bool(first and _patterns().verb.search(text, first.start()))


def extract_personnel_actions(span: DocumentSpan) -> list[PersonnelAction]:
    notice = _is_notice(span)
    acting_words = _patterns().words["acting"]
    text = span.text()
    opens = _patterns().opens_somewhere.search(text) is not None
    if not notice and not _has_verb(text) and not opens and not any(word in text for word in acting_words):
        return []
    confirming = notice and bool(_patterns().confirming.search(text))
    reader = _Reader(notice)
    actions: list[PersonnelAction] = []
    for line, clause in _clauses(span):
        acting = _acting(clause) if any(word in clause for word in acting_words) else []
        if not notice and reader.verb is None and not _has_verb(clause) and not acting and not (opens and _opens(clause)):
            continue  # no decision here, nor a run of them going on
        for item in acting + reader.clause(clause):
            action = "confirm" if item.kind == "appoint" and confirming else item.kind
            actions.extend(
                _action(span.doc_number, person, action, item.post, line, item.term, item.probation) for person in item.persons
            )
    return actions
