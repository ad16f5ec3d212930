"""SPARQL text: kept in ``.rq`` files beside the code that runs it and loaded by name, read just well
enough to find ``$name`` placeholders and the query form, and bound with RDF terms.

Comments, strings and IRIs are skipped as whole tokens, so a ``$name`` or a keyword inside
them is never taken for one. A value is bound as a term written by ``term_text`` (an IRI
checked, a literal's quotes, backslashes and line breaks escaped), in one pass: an inserted
value is never scanned again, so it cannot close a string, add a clause or carry another
placeholder into the query.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources

import regex
from rdflib import Literal, URIRef

# the tokens a placeholder is never looked for inside (comments, strings, IRIs), then the placeholder
_TOKENS = regex.compile(
    "|".join(
        (
            r"#[^\n]*",
            r'"""(?:[^"\\]|\\.|"(?!""))*"""',
            r"'''(?:[^'\\]|\\.|'(?!''))*'''",
            r'"(?:[^"\\\n]|\\.)*"',
            r"'(?:[^'\\\n]|\\.)*'",
            r'<[^<>"{}|^`\\\s]*>',
            r"\$(?P<var>[A-Za-z_][A-Za-z0-9_]*)",
        )
    )
)
_FORM = regex.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", regex.IGNORECASE)

# An absolute IRI as SPARQL and N-Triples accept it between angle brackets (RFC 3987 scheme, then
# no space, control character or <>"{}|^`\\).
_IRI = regex.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>\"{}|^`\\]*")


def is_iri(text: str) -> bool:
    """Whether ``text`` can stand between angle brackets as an absolute IRI."""
    return bool(_IRI.fullmatch(text))


def _each_token(sparql: str, placeholder: Callable[[str], str], other: Callable[[str], str]) -> str:
    return _TOKENS.sub(lambda m: placeholder(m.group("var")) if m.group("var") else other(m.group(0)), sparql)


def placeholders(sparql: str) -> set[str]:
    """The names of the ``$name`` placeholders in the query's own text."""
    found: set[str] = set()
    _each_token(sparql, lambda name: found.add(name) or "", lambda text: text)
    return found


def substitute(sparql: str, texts: dict[str, str]) -> str:
    """The query with each ``$name`` in ``texts`` replaced, in one pass (inserted text is not scanned again)."""
    return _each_token(sparql, lambda name: texts.get(name, "$" + name), lambda text: text)


def skeleton(sparql: str) -> str:
    """The query with its comments, strings and IRIs blanked out."""
    return _each_token(sparql, lambda name: "$" + name, lambda _text: " ")


def query_form(sparql: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first query-form keyword outside comments, strings and IRIs."""
    found = _FORM.search(skeleton(sparql))
    return found.group(1).upper() if found else None


@cache
def load_query(package: str, name: str) -> str:
    """The text of ``sparql/<name>.rq`` in ``package`` (its dotted name, ``gazette_kg.web``)."""
    return resources.files(package).joinpath("sparql", f"{name}.rq").read_text(encoding="utf-8")


Term = URIRef | Literal | int | str | None

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def term_text(term: Term) -> str:
    """A term as SPARQL text on one line: an IRI in angle brackets (refused unless it is an absolute IRI
    with none of the characters that would end it), an integer bare (it also fits LIMIT), a literal
    (a ``str`` is a plain one) quoted with its quotes, backslashes and line breaks escaped; None is
    UNDEF, no value (in a VALUES row)."""
    if term is None:
        return "UNDEF"
    if isinstance(term, URIRef):
        if not is_iri(term):
            raise ValueError(f"not an absolute IRI: {term[:200]!r}")
        return f"<{term}>"
    if isinstance(term, int) and not isinstance(term, bool):
        return str(term)
    if isinstance(term, str):
        literal = term if isinstance(term, Literal) else Literal(term)
        text = '"' + str(literal).translate(_ESCAPES) + '"'
        if literal.language:
            return f"{text}@{literal.language}"
        return f"{text}^^{term_text(literal.datatype)}" if literal.datatype else text
    raise TypeError(f"cannot bind {type(term).__name__} into SPARQL")


def bind(sparql: str, **values: Term | Iterable[Term]) -> str:
    """``sparql`` with each ``$name`` replaced by its value: one term, or several one after another (the
    rows of a ``VALUES ?x { $name }`` block). Every placeholder must be given a value."""
    missing = placeholders(sparql) - values.keys()
    if missing:
        raise KeyError(f"no value for ${', $'.join(sorted(missing))}")
    texts = {
        name: term_text(value) if isinstance(value, Term) else " ".join(map(term_text, value)) for name, value in values.items()
    }
    return substitute(sparql, texts)
