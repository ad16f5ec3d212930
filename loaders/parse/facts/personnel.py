"""Personnel actions from 人事任免 documents: one record per person per action.

Decisions are written clause by clause: 王军同志任市人民政府办公室督查专员（试用期一年）;
张荣华同志任市教育局副局长，免去其…主任职务; 免去刘洁同志的市司法局副局长职务;
免去王亚春同志兼任的…职务; 义盛章同志兼任…; 文彦同志挂职任…，挂职时间一年. A document
that announces 正式任职 after probation confirms, rather than appoints, the posts it lists.
"""

from __future__ import annotations

import regex

from gazette_kg.loaders.model import PersonnelAction
from gazette_kg.loaders.parse.spans import DocumentSpan

_NAME = r"(?!下列|以下|上述|有关|其他|其余)\p{Han}{2,4}"
_PERSONS = rf"(?P<persons>{_NAME}(?:[、，,]{_NAME})*)同志"
_CLAUSES: tuple[tuple[str, regex.Pattern], ...] = (
    ("remove_concurrent", regex.compile(rf"^免去{_PERSONS}兼任的(?P<post>.+?)职务$")),
    ("remove", regex.compile(rf"^免去{_PERSONS}的?(?P<post>.+?)职务$")),
    ("second", regex.compile(rf"^{_PERSONS}挂职(?:任|担任)?(?P<post>.+)$")),
    ("concurrent", regex.compile(rf"^{_PERSONS}兼任(?P<post>.+)$")),
    ("appoint", regex.compile(rf"^{_PERSONS}(?:任|担任)(?P<post>.+?)$")),
    ("appoint", regex.compile(rf"^任命(?P<persons>{_NAME}(?:[、，,]{_NAME})*)(?:同志)?为(?P<post>.+?)$")),
)
_REMOVE_OWN = regex.compile(r"^免去其(?P<post>.+?)职务$")
_TERM = regex.compile(r"^挂职(?:时间|期限)(?:为)?(?P<term>\S+?)$")
_PROBATION = regex.compile(r"[（(]试用期[^)）]*[)）]")
_CONCURRENT_MARK = regex.compile(r"[（(]兼[)）]$")
_CONFIRMING = regex.compile(r"正式任职|试用期已满|试用期满")
_TITLE = (r"(?:常务|第一|专职)?副?(?:局长|主任|处长|科长|支队长|大队长|队长|校长|院长|所长|场长|站长|书记|秘书长|"
          r"总经理|经理|董事长|董事|总工程师|总经济师|总会计师|总农艺师|督查专员|调研员|巡视员|督察长|督察|主席|部长|"
          r"厅长|馆长|行长|社长|团长|指挥长|会长|理事长|检察长|庭长)")
_ORG = regex.compile(rf"^(?P<org>.+?)(?P<title>{_TITLE}(?:[、，,]{_TITLE})*)$")


def _clauses(span: DocumentSpan) -> list[tuple[int, str]]:
    """The document's text cut at 。；;：, each clause with the line it starts on."""
    clauses: list[tuple[int, str]] = []
    current, start = "", None
    for line in span.lines[1:]:
        for piece in regex.split(r"(?<=[。；;：:])", line.text):
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
    match = _ORG.match(regex.sub(r"[（(][^)）]*[)）]$", "", post))
    return match["org"] if match else None


def _action(doc_number, person, action, post, line, term=None) -> PersonnelAction:
    probation = bool(_PROBATION.search(post))
    post = _PROBATION.sub("", post).strip()
    if action == "appoint" and _CONCURRENT_MARK.search(post):
        action, post = "concurrent", _CONCURRENT_MARK.sub("", post)
    return PersonnelAction(doc_number, person, action, post, probation, term, line, organisation_of(post))


def extract_personnel_actions(span: DocumentSpan) -> list[PersonnelAction]:
    if not span.doc_number or not regex.search(r"人〔", span.doc_number) and "任免" not in (span.title or "") and "任职" not in (span.title or ""):
        return []
    confirming = bool(_CONFIRMING.search(span.text()))
    actions: list[PersonnelAction] = []
    for line, clause in _clauses(span):
        parts = regex.split(r"[，,](?=免去其|挂职时间|挂职期限)", clause.strip())
        head = parts[0]
        for kind, pattern in _CLAUSES:
            match = pattern.match(head)
            if not match or regex.search(r"[，,。：:]", match["post"]):
                continue  # a sentence, not a post: 某某同志任职试用期已满，市人民政府同意正式任职
            persons = regex.split(r"[、，,]", match["persons"])
            term = next((t["term"] for p in parts[1:] if (t := _TERM.match(p))), None)
            action = "confirm" if kind == "appoint" and confirming else kind
            for person in persons:
                actions.append(_action(span.doc_number, person, action, match["post"], line, term))
                for part in parts[1:]:
                    if own := _REMOVE_OWN.match(part):
                        actions.append(_action(span.doc_number, person, "remove", own["post"], line))
            break
    return actions
