"""The catalogue of saved queries: ``*.rq`` files with a metadata header.

A header is a block of ``#+ key: value`` comment lines at the top of the file::

    #+ title_zh: 某机关承担的任务
    #+ title_en: Tasks assigned to an agency
    #+ description_en: …
    #+ param: agency string 农业农村局 | 机关 | Agency
    #+ link: doc, agencyIri

A parameter line gives its name, type (string, zh — a Chinese text matched as the zh-tagged term the
loader writes, integer, date, year, iri), default (leave it
out and the parameter is required), and zh | en labels; in the query the parameter is the variable ``$name`` (a legal SPARQL
variable, so the file stays valid SPARQL). ``link`` names the result columns whose IRIs
lead to resource pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from gazette_kg.sparql_text import placeholders

QUERIES_DIR = Path(__file__).resolve().parent
TYPES = ("string", "zh", "integer", "date", "year", "iri")


class CatalogError(ValueError):
    """A saved query file whose header cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    default: str | None
    label_zh: str
    label_en: str

    @property
    def required(self) -> bool:
        """Whether a user must give a value (a parameter with a default never needs one)."""
        return self.default is None


@dataclass(frozen=True)
class SavedQuery:
    name: str
    title_zh: str
    title_en: str
    description_zh: str
    description_en: str
    sparql: str
    parameters: tuple[Parameter, ...] = field(default_factory=tuple)
    link_columns: tuple[str, ...] = field(default_factory=tuple)
    path: Path | None = None


def _parameter(value: str, where: str) -> Parameter:
    head, _, labels = value.partition("|")
    parts = head.split(None, 2)
    if len(parts) < 2 or parts[1] not in TYPES:
        raise CatalogError(
            f"{where}: a param line reads 'NAME TYPE [DEFAULT] | zh label | en label' with TYPE one of {', '.join(TYPES)}"
        )
    zh, _, en = labels.partition("|")
    return Parameter(
        parts[0], parts[1], parts[2].strip() if len(parts) > 2 else None, zh.strip() or parts[0], en.strip() or parts[0]
    )


def read_query(path: Path) -> SavedQuery:
    meta: dict[str, str] = {}
    parameters: list[Parameter] = []
    body: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("#+") and not body:
            key, _, value = line[2:].partition(":")
            key, value = key.strip(), value.strip()
            if key == "param":
                parameters.append(_parameter(value, f"{path.name}:{number}"))
            else:
                meta[key] = value
        else:
            body.append(line)
    for key in ("title_zh", "title_en"):
        if key not in meta:
            raise CatalogError(f"{path.name}: the header lacks '#+ {key}:'")
    sparql = "\n".join(body).strip() + "\n"
    used = placeholders(sparql)
    for parameter in parameters:
        if parameter.name not in used:
            raise CatalogError(f"{path.name}: parameter {parameter.name} is declared but ${parameter.name} is not used")
    links = tuple(c.strip() for c in meta.get("link", "").split(",") if c.strip())
    return SavedQuery(
        path.stem,
        meta["title_zh"],
        meta["title_en"],
        meta.get("description_zh", ""),
        meta.get("description_en", ""),
        sparql,
        tuple(parameters),
        links,
        path,
    )


@cache
def load_catalog(directory: Path = QUERIES_DIR) -> tuple[SavedQuery, ...]:
    return tuple(read_query(path) for path in sorted(directory.glob("*.rq")))


def get_query(name: str) -> SavedQuery:
    for query in load_catalog():
        if query.name == name:
            return query
    raise KeyError(name)
