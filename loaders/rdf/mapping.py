"""Parsed issue (the JSON of ``gazette-kg parse``) → RDF triples for its named graph.

Every fact that a document states becomes a node of its own (a citation, a repeal, a
responsibility, a personnel event, a leadership) carrying ``gz:statedIn`` the issue and
``gz:sourceLine`` the line, so that a page can say where it was read; shortcuts such as
``eli:cites``, ``eli:repeals`` and ``gz:assignsTaskTo`` sit beside them for simple queries.
Resources shared between issues — documents cited from elsewhere, agencies, officials,
posts — get IRIs from their names alone, so issues loaded apart meet in one graph.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import quote

import regex
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD

from gazette_kg.loaders.parse.documents.docnumber import find_doc_numbers
from gazette_kg.loaders.parse.documents.genres import genre_table
from gazette_kg.loaders.parse.facts.gazetteer import Gazetteer
from gazette_kg.loaders.parse.facts.places import place_of
from gazette_kg.loaders.rdf import terms
from gazette_kg.loaders.rdf.iris import Minter, pinyin_slug, pinyin_words
from gazette_kg.loaders.rdf.terms import NTriple
from gazette_kg.ontology import ONTOLOGY_FILE, VOCABULARIES_FILE
from gazette_kg.vocabulary import ELI as ELI_NAMESPACE
from gazette_kg.vocabulary import GZ as GZ_NAMESPACE
from gazette_kg.vocabulary import PREFIXES


class _TermCache(Namespace):
    """A Namespace that makes each term once: rdflib builds and validates a new URIRef on
    every ``GZ.statedIn``, a fifth of the mapping time when it was measured. A term read as an
    attribute is kept as one (else each read still cost 0.9 µs, thousands of times an issue)."""

    def term(self, name: str) -> URIRef:
        return _term(self, name)

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        term = self.__dict__[name] = self.term(name)
        return term


class _Terms:
    """rdflib's closed namespaces (``RDF.type``…) with each term kept once read: rdflib looks a
    term up anew on every read (0.6 µs)."""

    def __init__(self, namespace: type) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)
        setattr(self, name, term)
        return term


DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD = map(_Terms, (DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD))


@lru_cache(maxsize=None)
def _term(namespace: str, name: str) -> URIRef:
    return URIRef(namespace + name)


GZ = _TermCache(GZ_NAMESPACE)
ELI = _TermCache(ELI_NAMESPACE)

EVENT_CLASSES = {
    "appoint": GZ.Appointment,
    "remove": GZ.Removal,
    "confirm": GZ.Confirmation,
    "second": GZ.Secondment,
    "concurrent": GZ.ConcurrentAppointment,
    "remove_concurrent": GZ.ConcurrentRemoval,
}
PROVISION_CLASSES = {"chapter": GZ.Chapter, "section": GZ.Section, "article": GZ.Article, "paragraph": GZ.Paragraph}
ROLE_SLUGS = {
    "组长": "zuzhang",
    "常务副组长": "changwu-fuzuzhang",
    "副组长": "fuzuzhang",
    "主任": "zhuren",
    "常务副主任": "changwu-fuzhuren",
    "副主任": "fuzhuren",
    "指挥长": "zhihuizhang",
    "常务副指挥长": "changwu-fuzhihuizhang",
    "副指挥长": "fuzhihuizhang",
    "总召集人": "zongzhaojiren",
    "召集人": "zhaojiren",
    "副召集人": "fuzhaojiren",
    "顾问": "guwen",
    "执行副组长": "zhixing-fuzuzhang",
    "专职副组长": "zhuanzhi-fuzuzhang",
    "第一副组长": "diyi-fuzuzhang",
    "总指挥": "zongzhihui",
    "副总指挥": "fuzongzhihui",
}
LATIN = "zh-Latn-pinyin"
_PARENT_TAIL = regex.compile(r"(?:人民政府|局|委员会|厅|部|院)$")
ACTION_WORDS = {
    "appoint": "任",
    "remove": "免去",
    "confirm": "正式任职",
    "second": "挂职",
    "concurrent": "兼任",
    "remove_concurrent": "免去兼任",
}


def status_concept(status: str) -> URIRef:
    """The gz:documentStatuses concept of a printed status: in_force → gz:status-in-force."""
    return GZ["status-" + status.replace("_", "-")]


def genre_concept(word: str) -> URIRef:
    return GZ["genre-" + pinyin_slug(word)]


def role_concept(role: str) -> URIRef:
    return GZ["role-" + ROLE_SLUGS.get(role, pinyin_slug(role, "-"))]


def _romanise(name: str) -> str:
    syllables = pinyin_words(name)
    if not syllables:
        return name
    return " ".join([syllables[0].capitalize(), "".join(syllables[1:]).capitalize()]).strip()


class IssueGraph:
    """Builds the triples of one parsed issue."""

    def __init__(self, parsed: dict[str, Any], base: str, gazetteer: Gazetteer | None = None) -> None:
        self.parsed = parsed
        self.mint = Minter(base)
        self.gazetteer = gazetteer or Gazetteer.default()
        # A plain set of N-Triples terms (``terms.py``), not an rdflib Graph: adding to a Graph indexes
        # every triple three ways, which the loader never uses (it writes N-Quads text to the store).
        self.triples: set[NTriple] = set()
        meta = parsed.get("issue") or {}
        self.issue = self.mint.issue(
            meta.get("gazette_title"), meta.get("year"), meta.get("issue_number"), parsed.get("seed") or "issue"
        )
        self.documents: dict[str, URIRef] = {}
        self.by_number: dict[str, dict[str, Any]] = {}  # the issue's documents by number, the first of a number kept
        for doc in parsed.get("documents") or []:
            if doc.get("doc_number"):
                self.by_number.setdefault(doc["doc_number"], doc)
        # a PDF's (page, line on the page) for each line of its text
        self.locations: list[list[int]] = (parsed.get("source") or {}).get("locations") or []
        self.agencies: dict[str, URIRef] = {}  # full name -> IRI, for sub-units
        # (name as written, city) -> IRI of agencies and officials described already: an issue names
        # the same ones again and again, and their triples are in the set after the first time
        self.described: dict[tuple[str, str, str | None], URIRef] = {}
        self.cities: dict[str, str | None] = {}
        self.issue_key = self.issue.rsplit("/", 1)[-1]
        self.texts: set[URIRef] = set()  # texts that hold facts but no document (see fact_owner)

    # -- helpers

    def add(self, s: URIRef, p: URIRef, o: URIRef | terms.Lit | str | int | bool | None) -> None:
        """Add a triple; an object that is no term yet (a string, a number) becomes a literal, none is left out."""
        if isinstance(o, terms.Lit):
            term = o
        elif isinstance(o, URIRef):
            term = "".join(("<", o, ">"))  # terms.iri, written out: this runs for every triple of the corpus
        elif o is None or o == "":
            return
        else:
            term = terms.plain(o)
        self.triples.add(("".join(("<", s, ">")), "".join(("<", p, ">")), term))

    def zh(self, text: str | None) -> terms.Lit | None:
        return terms.tagged(text, "zh") if text else None

    def stated(self, node: URIRef, line: int | None) -> None:
        self.add(node, GZ.statedIn, self.issue)
        if line:
            self.add(node, GZ.sourceLine, terms.integer(int(line)))
            if line <= len(self.locations):
                page, on_page = self.locations[int(line) - 1]
                self.add(node, GZ.sourcePage, terms.integer(page))
                self.add(node, GZ.pageLine, terms.integer(on_page))

    def document_iri(self, number: str | None) -> URIRef | None:
        if not number:
            return None
        if number in self.documents:
            return self.documents[number]
        parsed = find_doc_numbers(number)
        iri = self.mint.document(parsed[0] if parsed else number)
        self.documents[number] = iri
        return iri

    def fact_owner(self, number: str | None) -> URIRef | None:
        """The document a fact belongs to: the one with its number; for a fact without a number, the
        text's only document when that has none either, or the text itself when it holds no document
        (a session report on a web page). With several documents a fact without a number has no owner."""
        if number:
            return self.document_iri(number)
        documents = self.parsed.get("documents") or []
        if len(documents) > 1 or (documents and documents[0].get("doc_number")):
            return None
        if documents:
            return self.unnumbered_iri(documents[0])
        iri = self.mint.untitled_document(self.issue_key, 0)
        if iri not in self.texts:
            self.texts.add(iri)
            self.add(iri, RDF.type, GZ.Document)
            name = self.zh(self.parsed.get("seed") or self.issue_key)  # the text has no title of its own
            self.add(iri, ELI.title, name)
            self.add(iri, RDFS.label, name)
            self.add(iri, GZ.publishedIn, self.issue)
            self.stated(iri, 1)
        return iri

    def unnumbered_iri(self, doc: dict[str, Any]) -> URIRef:
        return self.mint.untitled_document(self.issue_key, doc.get("body_line") or 0)

    def external_document(self, number: str, title: str | None) -> URIRef:
        """A document known only by its number (cited or repealed): a resource all the same."""
        iri = self.document_iri(number)
        self.add(iri, RDF.type, GZ.Document)
        self.add(iri, GZ.docNumber, number)
        self.add(iri, ELI.id_local, number)
        self.add(iri, RDFS.label, self.zh(number))
        if title:
            self.add(iri, ELI.title, self.zh(title))
        return iri

    def agency(self, written: str, city: str | None) -> URIRef:
        iri = self.described.get(("agency", written, city))
        if iri is None:
            iri = self.described["agency", written, city] = self._agency(written, city)
        return iri

    def _agency(self, written: str, city: str | None) -> URIRef:
        found = self.gazetteer.lookup(written, city)
        full = found.full if found else written
        iri = self.mint.agency(full)
        self.agencies[full] = iri
        self.add(iri, RDF.type, GZ.Agency)
        self.add(iri, RDFS.label, self.zh(full))
        self.add(iri, SKOS.prefLabel, self.zh(full))
        self.add(iri, RDFS.label, terms.tagged(" ".join(pinyin_words(full)), LATIN))
        if written != full:
            self.add(iri, SKOS.altLabel, self.zh(written))
        if found and found.renamed_to:
            self._rename(iri, full, found.renamed_to, found.year)
        return iri

    def _rename(self, original: URIRef, name: str, renamed_to: str, year: int | None) -> None:
        """An institutional reform: the successor agency and an org:ChangeEvent between the two."""
        successor = self.mint.agency(renamed_to)
        self.add(successor, RDF.type, GZ.Agency)
        self.add(successor, RDFS.label, self.zh(renamed_to))
        self.add(original, GZ.successor, successor)
        change = self.mint.agency_change(name, renamed_to)
        self.add(change, RDF.type, ORG.ChangeEvent)
        self.add(change, RDFS.label, self.zh(f"{name}改为{renamed_to}"))
        self.add(change, ORG.originalOrganization, original)
        self.add(change, ORG.resultingOrganization, successor)
        self.add(original, ORG.changedBy, change)
        self.add(successor, ORG.resultedFrom, change)
        if year:
            self.add(change, DCTERMS.date, terms.typed(str(year), XSD.gYear))
            self.add(original, PROV.invalidatedAtTime, terms.typed(f"{year}-01-01", XSD.date))

    def person(self, name: str, city: str | None) -> URIRef:
        iri = self.described.get(("person", name, city))
        if iri is None:
            iri = self.described["person", name, city] = self._person(name, city)
        return iri

    def _person(self, name: str, city: str | None) -> URIRef:
        iri = self.mint.person(name, city)
        self.add(iri, RDF.type, GZ.Official)
        self.add(iri, FOAF.name, self.zh(name))
        self.add(iri, RDFS.label, self.zh(name))
        self.add(iri, RDFS.label, terms.tagged(_romanise(name), LATIN))
        return iri

    # -- sections

    def build(self) -> set[NTriple]:
        self._issue()
        for doc in self.parsed.get("documents") or []:
            self._document(doc)
        for index, instrument in enumerate(self.parsed.get("instruments") or [], start=1):
            self._instrument(instrument, index)
        self._document_validity()
        for kind, builder in (
            ("interpretation", self._interpretation),
            ("event", self._personnel),
            ("citation", self._citation),
            ("repeal", self._repeal),
            ("responsibility", self._responsibility),
        ):
            key = {
                "interpretation": "interpretations",
                "event": "personnel_actions",
                "citation": "citations",
                "repeal": "repeals",
                "responsibility": "responsibilities",
            }[kind]
            counters: dict[str, int] = {}
            for record in self.parsed.get(key) or []:
                owner = record.get("interprets") or record.get("doc_number") or record.get("in") or record.get("by") or ""
                counters[owner] = counters.get(owner, 0) + 1
                builder(record, counters[owner])
        for body in self.parsed.get("coordination_bodies") or []:
            self._body(body)
        for body in self.parsed.get("abolished_bodies") or []:
            self._abolished(body)
        for alias in self.parsed.get("agency_aliases") or []:
            iri = self.mint.agency(alias["full"])
            self.add(iri, RDF.type, GZ.Agency)
            self.add(iri, RDFS.label, self.zh(alias["full"]))
            self.add(iri, SKOS.altLabel, self.zh(alias["alias"]))
        self._sub_units()
        return self.triples

    def _sub_units(self) -> None:
        """An agency whose full name extends another's (永州市公安局 + 交通警察支队) is its unit:
        the longest such parent that names a government or department."""
        names = sorted(self.agencies, key=len)
        for child in names:
            parents = [n for n in names if len(n) < len(child) and child.startswith(n) and _PARENT_TAIL.search(n)]
            if parents:
                self.add(self.agencies[child], ORG.subOrganizationOf, self.agencies[parents[-1]])

    def _issue(self) -> None:
        meta = self.parsed.get("issue") or {}
        title = meta.get("gazette_title")
        issue = self.issue
        self.add(issue, RDF.type, GZ.GazetteIssue)
        number = meta.get("issue_number")
        self.add(issue, RDFS.label, self.zh(f"{title or '公报'} {meta.get('year') or ''}年第{number or '?'}期"))
        self.add(
            issue,
            RDFS.label,
            terms.tagged(
                f"{' '.join(pinyin_words(title or 'gongbao')).title()} {meta.get('year') or ''} issue {number or '?'}", "en"
            ),
        )
        if title:
            gazette = self.mint.gazette(title)
            self.add(gazette, RDF.type, GZ.Gazette)
            self.add(gazette, RDFS.label, self.zh(title))
            self.add(issue, GZ.issueOf, gazette)
        if meta.get("year"):
            self.add(issue, GZ.year, terms.typed(str(meta["year"]), XSD.gYear))
        self.add(issue, GZ.issueNumber, number)
        self.add(issue, GZ.cumulativeNumber, meta.get("cumulative_number"))
        self.add(issue, DCTERMS.issued, terms.date(meta.get("publication_date")))
        self.add(issue, DCTERMS.source, self.parsed.get("seed"))
        url = (self.parsed.get("source") or {}).get("url")
        if url and url.startswith(("http://", "https://")):
            self.add(issue, PROV.hadPrimarySource, URIRef(quote(url, safe=":/?#[]@!$&'()*+,;=%~")))
        for role, key in ((GZ.supervisor, "supervisor"), (GZ.sponsor, "sponsor")):
            if meta.get(key):
                self.add(issue, role, self.agency(meta[key], place_of(meta[key])))

    def _document(self, doc: dict[str, Any]) -> None:
        number = doc.get("doc_number")
        iri = self.document_iri(number) or self.unnumbered_iri(doc)
        if number:
            self.documents[number] = iri
        city = place_of(doc.get("issuer"))
        self.cities[number or ""] = city
        self.add(iri, RDF.type, GZ.Document)
        self.add(iri, ELI.title, self.zh(doc.get("title")))
        self.add(iri, RDFS.label, self.zh(doc.get("title")))
        if number:
            self.add(iri, GZ.docNumber, number)
            self.add(iri, ELI.id_local, number)
            genre_en = genre_table().get(doc.get("genre") or "", "document")
            self.add(iri, RDFS.label, terms.tagged(f"{genre_en.capitalize()} {number}", "en"))
        parts = doc.get("number") or {}
        self.add(iri, GZ.issuerCode, parts.get("issuer_code"))
        if parts.get("year"):
            self.add(iri, GZ.year, terms.typed(str(parts["year"]), XSD.gYear))
        if parts.get("serial") is not None:
            self.add(iri, GZ.serial, terms.integer(parts["serial"]))
        self.add(iri, GZ.normativeCode, doc.get("normative_code"))
        self.add(iri, ELI.date_document, terms.date(doc.get("signed_date")))
        if doc.get("genre"):
            self.add(iri, ELI.type_document, genre_concept(doc["genre"]))
        self.add(iri, GZ.section, doc.get("section"))
        if doc.get("toc_page") is not None:
            self.add(iri, GZ.tocPage, terms.integer(doc["toc_page"]))
        for issuer in doc.get("issuers") or ([doc["issuer"]] if doc.get("issuer") else []):
            self.add(iri, GZ.issuedBy, self.agency(issuer, place_of(issuer)))
        for addressee in doc.get("addressees") or []:
            self.add(iri, GZ.addressee, self.zh(addressee))
        self.add(iri, GZ.publishedIn, self.issue)
        self.stated(iri, doc.get("body_line"))
        if doc.get("stated_status"):
            self._stated_status(iri, doc["stated_status"])

    def _stated_status(self, doc: URIRef, stated: dict[str, Any]) -> None:
        """The status the page prints for the document: a statement with its line, and the shortcut
        gz:statedStatus. No eli:in_force: a page's status holds at a date the page does not give, and a
        repeal found elsewhere may have ended it since (the vocabulary matches each status to ELI's table)."""
        concept = status_concept(stated["status"])
        iri = self.mint.fact(doc, "status", 1)
        self.add(iri, RDF.type, GZ.StatusStatement)
        self.add(iri, GZ.statusOf, doc)
        self.add(iri, GZ.status, concept)
        self.add(iri, GZ.asWritten, self.zh(stated.get("as_written")))
        self.add(iri, GZ.statusDate, terms.date(stated.get("date")))
        self.add(iri, GZ.statusByTitle, self.zh(stated.get("by")))
        self.add(doc, GZ.statedStatus, concept)
        self.stated(iri, stated.get("line"))

    def _instrument(self, instrument: dict[str, Any], index: int) -> None:
        owner = self.document_iri(instrument.get("promulgated_by"))
        if owner is None:
            return
        siblings = [
            i for i in self.parsed.get("instruments") or [] if i.get("promulgated_by") == instrument.get("promulgated_by")
        ]
        iri = self.mint.instrument(owner, siblings.index(instrument) + 1)
        self.add(iri, RDF.type, GZ.Instrument)
        self.add(iri, ELI.title, self.zh(instrument.get("title")))
        self.add(iri, RDFS.label, self.zh(instrument.get("title")))
        self.add(iri, GZ.promulgatedBy, owner)
        self.add(owner, GZ.promulgates, iri)
        self.add(iri, GZ.startRule, instrument.get("effective"))
        self.add(iri, GZ.validity, instrument.get("expiry"))
        self.add(iri, ELI.first_date_entry_in_force, terms.date(instrument.get("effective_date")))
        self.add(iri, ELI.date_no_longer_in_force, terms.date(instrument.get("expiry_date")))
        self.stated(iri, instrument.get("line"))
        self._provisions(iri, instrument.get("provisions") or [])

    def _document_validity(self) -> None:
        """A document is in force from its first instrument's start, until its last instrument
        expires (when all of them do): dates a query can compare without walking instruments."""
        by_document: dict[str, list[dict[str, Any]]] = {}
        for instrument in self.parsed.get("instruments") or []:
            by_document.setdefault(instrument.get("promulgated_by") or "", []).append(instrument)
        for number, instruments in by_document.items():
            document = self.documents.get(number)
            starts = [i["effective_date"] for i in instruments if terms.date(i.get("effective_date"))]
            ends = [i["expiry_date"] for i in instruments if terms.date(i.get("expiry_date"))]
            if document is None:
                continue
            if starts:
                self.add(document, ELI.first_date_entry_in_force, terms.date(min(starts)))
            if ends and len(ends) == len(instruments):
                self.add(document, ELI.date_no_longer_in_force, terms.date(max(ends)))

    def _provisions(self, parent: URIRef, provisions: list[dict[str, Any]]) -> None:
        seen: set[URIRef] = set()
        for position, node in enumerate(provisions, start=1):
            kind = node.get("kind", "item")
            iri = self.mint.provision(parent, kind, node.get("number"), position)
            if iri in seen:  # a number printed twice (tables split across pages): keep both, apart
                iri = URIRef(f"{iri}-at-{position}")
            seen.add(iri)
            self.add(iri, RDF.type, PROVISION_CLASSES.get(kind, GZ.Item))
            if kind.startswith("outline"):
                self.add(iri, GZ.level, terms.integer(kind[-1]))
            self.add(iri, GZ.label, self.zh(node.get("label")))
            self.add(iri, RDFS.label, self.zh(f"{node.get('label') or ''}{node.get('heading') or ''}"[:80]))
            if node.get("number") is not None:
                self.add(iri, GZ.number, terms.integer(node["number"]))
            self.add(iri, GZ.text, self.zh(node.get("text")))
            self.add(iri, GZ.partOf, parent)
            self.add(parent, GZ.hasPart, iri)
            self.stated(iri, node.get("line"))
            self._provisions(iri, node.get("children") or [])

    def _interpretation(self, record: dict[str, Any], index: int) -> None:
        doc = self.document_iri(record.get("interprets"))
        if doc is None:
            return
        iri = self.mint.fact(doc, "interpretation", index)
        self.add(iri, RDF.type, GZ.PolicyInterpretation)
        self.add(iri, GZ.interprets, doc)
        label = f"{record.get('agency') or ''}解读《{record.get('title') or record.get('interprets')}》"
        self.add(iri, RDFS.label, self.zh(label))
        if record.get("agency"):
            self.add(iri, DCTERMS.creator, self.agency(record["agency"], self.cities.get(record.get("interprets") or "")))
        self.stated(iri, record.get("body_line"))

    def _personnel(self, record: dict[str, Any], index: int) -> None:
        doc = self.fact_owner(record.get("doc_number"))
        if doc is None or not record.get("person"):
            return
        city = self.cities.get(record.get("doc_number") or "") or place_of(self._issuer_of(record.get("doc_number")))
        iri = self.mint.event(doc, index)
        action = record.get("action")
        self.add(iri, RDF.type, EVENT_CLASSES.get(action, GZ.PersonnelEvent))
        if action in EVENT_CLASSES:
            self.add(iri, GZ.actionType, GZ["action-" + action])
        person = self.person(record["person"], city)
        self.add(iri, GZ.person, person)
        post_title = record.get("post") or ""
        post = self.mint.post(post_title, city)
        self.add(post, RDF.type, GZ.Post)
        self.add(post, RDFS.label, self.zh(post_title))
        if record.get("organisation"):
            self.add(post, ORG.postIn, self.agency(record["organisation"], city))
        self.add(iri, GZ.post, post)
        self.add(iri, RDFS.label, self.zh(f"{record['person']}{ACTION_WORDS.get(action, action)}{post_title}"))
        self.add(iri, GZ.onProbation, terms.plain(bool(record.get("probation"))))
        self.add(iri, GZ["term"], record.get("term"))
        self.add(iri, GZ.decidedBy, doc)
        signed = self._signed(record.get("doc_number"))
        self.add(iri, GZ.eventDate, terms.date(signed))
        self.stated(iri, record.get("line"))

    def _issuer_of(self, number: str | None) -> str | None:
        return self.by_number.get(number, {}).get("issuer")

    def _signed(self, number: str | None) -> str | None:
        return self.by_number.get(number, {}).get("signed_date")

    def _citation(self, record: dict[str, Any], index: int) -> None:
        doc = self.fact_owner(record.get("in"))
        number = record.get("cited_doc_number")
        if doc is None or not number:
            return
        cited = self.external_document(number, record.get("cited_title"))
        iri = self.mint.fact(doc, "citation", index)
        self.add(iri, RDF.type, GZ.Citation)
        self.add(iri, GZ.citingDocument, doc)
        self.add(iri, GZ.citedDocument, cited)
        self.add(iri, GZ.citedTitle, self.zh(record.get("cited_title")))
        self.add(doc, ELI.cites, cited)
        self.stated(iri, record.get("line"))

    def _repeal(self, record: dict[str, Any], index: int) -> None:
        doc = self.fact_owner(record.get("by"))
        if doc is None:
            return
        number = record.get("repealed_doc_number")
        if number:
            target = self.external_document(number, record.get("repealed_title"))
        else:
            target = URIRef(f"{doc}/repealed/{index}")
            self.add(target, RDF.type, GZ.Document)
            self.add(target, ELI.title, self.zh(record.get("repealed_title")))
            self.add(target, RDFS.label, self.zh(record.get("repealed_title")))
        iri = self.mint.fact(doc, "repeal", index)
        self.add(iri, RDF.type, GZ.Repeal)
        self.add(iri, GZ.repealingDocument, doc)
        self.add(iri, GZ.repealedDocument, target)
        self.add(doc, ELI.repeals, target)
        signed = self._signed(record.get("by"))
        self.add(target, ELI.date_no_longer_in_force, terms.date(self._repeal_date(record.get("by")) or signed))
        self.stated(iri, record.get("line"))

    def _repeal_date(self, number: str | None) -> str | None:
        """A repeal takes effect when the repealing instrument does."""
        dates = [i.get("effective_date") for i in self.parsed.get("instruments") or [] if i.get("promulgated_by") == number]
        return next((d for d in dates if d), None)

    def _responsibility(self, record: dict[str, Any], index: int) -> None:
        doc = self.fact_owner(record.get("doc_number"))
        if doc is None:
            return
        city = self.cities.get(record.get("doc_number") or "")
        roles = record.get("roles") or []
        for position, written in enumerate(record.get("agencies") or [], start=1):
            agency = self.agency(written, city)
            iri = self.mint.fact(doc, "responsibility", index * 100 + position)
            self.add(iri, RDF.type, GZ.Responsibility)
            self.add(iri, GZ.responsibilityIn, doc)
            self.add(iri, GZ.responsibleAgency, agency)
            self.add(iri, GZ.asWritten, self.zh(written))
            self.add(iri, GZ.responsibilityRole, roles[position - 1] if position <= len(roles) else "responsible")
            self.add(doc, GZ.assignsTaskTo, agency)
            self.stated(iri, record.get("line"))

    def _body(self, body: dict[str, Any]) -> None:
        iri = self.mint.body(body["name"])
        city = self.cities.get(body.get("doc_number") or "")
        self.add(iri, RDF.type, GZ.CoordinationBody)
        self.add(iri, RDFS.label, self.zh(body["name"]))
        doc = self.fact_owner(body.get("doc_number"))
        status = body.get("status")
        if doc is not None:
            self.add(iri, GZ.abolishedBy if status == "abolished" else GZ.establishedBy, doc)
        if status:
            self.add(iri, GZ.statusConcept, GZ["change-" + status])
        if body.get("annex") is not None:
            self.add(iri, GZ.annex, terms.integer(body["annex"]))
        for unit in regex.split(r"[、，,]", body.get("office_at") or ""):
            if unit:
                self.add(iri, GZ.officeAt, self.agency(unit, city))
        if body.get("merged_into") and body["merged_into"] != body["name"]:
            self.add(iri, GZ.mergedInto, self.mint.body(body["merged_into"]))
        posts = body.get("leader_posts") or {}
        for leader in body.get("leaders") or []:
            person = self.person(leader["person"], city)
            membership = self.mint.membership(iri, person, leader["role"])
            self.add(membership, RDF.type, ORG.Membership)
            self.add(membership, ORG.member, person)
            self.add(membership, ORG.organization, iri)
            self.add(membership, ORG.role, role_concept(leader["role"]))
            self.add(membership, RDFS.label, self.zh(f"{leader['person']} {body['name']}{leader['role']}"))
            if leader["person"] in posts:  # the leader's own post as printed beside the name
                self.add(membership, DCTERMS.description, self.zh(posts[leader["person"]]))
            self.add(iri, GZ.leader, membership)
            self.stated(membership, body.get("line"))
        self.stated(iri, body.get("line"))

    def _abolished(self, body: dict[str, Any]) -> None:
        iri = self.mint.body(body["name"])
        self.add(iri, RDF.type, GZ.CoordinationBody)
        self.add(iri, RDFS.label, self.zh(body["name"]))
        doc = self.fact_owner(body.get("by"))
        if doc is not None:
            self.add(iri, GZ.abolishedBy, doc)
        self.stated(iri, body.get("line"))


def issue_graph_iri(parsed: dict[str, Any], base: str) -> URIRef:
    """The named graph (= the issue's IRI) that holds an issue's triples."""
    return IssueGraph(parsed, base).issue


def issue_triples(parsed: dict[str, Any], base: str) -> set[NTriple]:
    """The triples of one parsed issue, their terms as N-Triples text."""
    return IssueGraph(parsed, base).build()


def issue_to_graph(parsed: dict[str, Any], base: str) -> Graph:
    """The triples of one parsed issue as an rdflib Graph, with the project's prefixes bound."""
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    graph.parse(data=terms.ntriples_text(issue_triples(parsed, base)), format="nt")
    return graph


def vocabulary_graph() -> Graph:
    """The ontology, its SKOS vocabularies and the genre concepts, for the store's vocabulary graph."""
    graph = Graph()
    graph.parse(ONTOLOGY_FILE)
    graph.parse(VOCABULARIES_FILE)
    for word, label in genre_table().items():
        concept = genre_concept(word)
        graph.add((concept, RDF.type, SKOS.Concept))
        graph.add((concept, SKOS.inScheme, GZ.genres))
        graph.add((concept, SKOS.prefLabel, Literal(word, lang="zh")))
        graph.add((concept, SKOS.prefLabel, Literal(label, lang="en")))
        graph.add((concept, SKOS.definition, Literal(f"Documents whose title ends in {word} ({label}).", lang="en")))
        graph.add((concept, SKOS.definition, Literal(f"标题以“{word}”结尾的公文。", lang="zh")))
    return graph
