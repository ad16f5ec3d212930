"""Deterministic, readable, ASCII IRIs for every resource, under a configurable base.

Readable parts come from pinyin (永政办发 → yongzhengbanfa); a short hash of the Chinese
name follows wherever two different names could share a pinyin spelling (homophones),
so the same input always gives the same IRI and two different things never share one.

    {base}doc/yongzhengbanfa-5c1e-2022-11        永政办发〔2022〕11号
    {base}doc/.../instrument/1/chapter-2/article-5
    {base}issue/yongzhoushirenminzhengfugongbao-2022-7-8
    {base}agency/yongzhoushifazhanhegaigeweiyuanhui-1a2b
    {base}person/yongzhoushi/lu-qiangyao-77c0
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

import regex
from pypinyin import lazy_pinyin
from rdflib import URIRef

from gazette_kg.loaders.model import DocNumber

_NOT_SLUG = regex.compile(r"[^a-z0-9]+")
MAX_SLUG = 48


# Names recur in every issue (agencies above all) and pypinyin is slow: a third of the mapping
# time went to spelling the same names again before these caches.
@lru_cache(maxsize=1 << 16)
def pinyin_words(text: str) -> tuple[str, ...]:
    """``text`` in pinyin syllables; runs of other characters are kept as they are."""
    return tuple(lazy_pinyin(text))


@lru_cache(maxsize=1 << 16)
def pinyin_slug(text: str, separator: str = "") -> str:
    """ASCII letters and digits of ``text`` spelled in pinyin, lower case."""
    spelled = separator.join(lazy_pinyin(text, errors=lambda chars: list(chars)))
    slug = _NOT_SLUG.sub("-" if separator else "", spelled.lower()).strip("-")
    return slug[:MAX_SLUG].strip("-") or "x"


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:4]


class Minter:
    """Mints IRIs under ``base`` (which ends in / or #)."""

    def __init__(self, base: str) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def _iri(self, path: str) -> URIRef:
        return URIRef(self.base + path)

    def document(self, number: DocNumber | str) -> URIRef:
        """A document by its number; orders without a year (国务院令735号) too."""
        if isinstance(number, DocNumber):
            return self._iri(
                f"doc/{pinyin_slug(number.issuer_code)}-{short_hash(number.issuer_code)}-{number.year}-{number.serial}"
            )
        return self._iri(f"doc/{pinyin_slug(number)}-{short_hash(number)}")

    def untitled_document(self, issue_key: str, line: int) -> URIRef:
        return self._iri(f"doc/{issue_key}-line-{line}")

    def instrument(self, document: URIRef, index: int) -> URIRef:
        return URIRef(f"{document}/instrument/{index}")

    def provision(self, parent: URIRef, kind: str, number: int | None, position: int) -> URIRef:
        return URIRef(f"{parent}/{kind}-{number if number is not None else f'n{position}'}")

    def gazette(self, title: str) -> URIRef:
        return self._iri(f"gazette/{pinyin_slug(title)}-{short_hash(title)}")

    def issue(self, title: str | None, year: int | None, number: str | None, fallback: str) -> URIRef:
        if title and year and number:
            return self._iri(f"issue/{pinyin_slug(title)}-{year}-{pinyin_slug(number, '-')}")
        return self._iri(f"issue/{pinyin_slug(fallback, '-')}-{short_hash(fallback)}")

    def agency(self, full_name: str) -> URIRef:
        return self._iri(f"agency/{pinyin_slug(full_name)}-{short_hash(full_name)}")

    def agency_change(self, original: str, resulting: str) -> URIRef:
        """The reform event that turned one agency into another."""
        return self._iri(f"agency-change/{pinyin_slug(original)}-{short_hash(original + '>' + resulting)}")

    def body(self, name: str) -> URIRef:
        return self._iri(f"body/{pinyin_slug(name)}-{short_hash(name)}")

    def person(self, name: str, scope: str | None) -> URIRef:
        """One official per name within a government (city); the scope keeps namesakes in
        different cities apart."""
        scope = scope or "unknown"
        return self._iri(f"person/{pinyin_slug(scope)}/{pinyin_slug(name, '-')}-{short_hash(scope + name)}")

    def post(self, title: str, scope: str | None) -> URIRef:
        scope = scope or "unknown"
        return self._iri(f"post/{pinyin_slug(scope)}/{pinyin_slug(title)}-{short_hash(scope + title)}")

    def event(self, document: URIRef, index: int) -> URIRef:
        return URIRef(f"{document}/event/{index}")

    def fact(self, document: URIRef, kind: str, index: int) -> URIRef:
        return URIRef(f"{document}/{kind}/{index}")

    def membership(self, body: URIRef, person: URIRef, role: str) -> URIRef:
        return URIRef(f"{body}/leader/{person.rsplit('/', 1)[-1]}-{pinyin_slug(role)}")
