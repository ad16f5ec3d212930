from itertools import product

from rdflib import URIRef

from gazette_kg.loaders.parse.documents.docnumber import parse_doc_number
from gazette_kg.loaders.rdf.iris import Minter
from tests.conftest import BASE
from tests.seeds import SEEDS, parsed_seed

MINT = Minter(BASE)


def _seed_numbers() -> set[str]:
    numbers = set()
    for key in SEEDS:
        parsed = parsed_seed(key)
        numbers |= {d.doc_number for d in parsed.documents if d.doc_number}
        numbers |= {c.cited_doc_number for c in parsed.citations}
        numbers |= {r.repealed_doc_number for r in parsed.repeals if r.repealed_doc_number}
    return numbers


def _iri(number: str):
    return MINT.document(parse_doc_number(number) or number)


def test_seed_document_iris_are_readable_ascii_and_never_collide():
    numbers = _seed_numbers()
    assert len(numbers) > 50
    iris = {number: _iri(number) for number in numbers}
    assert len(set(iris.values())) == len(iris)
    assert all(iri.isascii() and " " not in iri for iri in iris.values())
    assert iris["永政办发〔2022〕11号"].startswith(BASE + "doc/yongzhengbanfa-")
    assert iris["永政办发〔2022〕11号"].endswith("-2022-11")


def test_synthetic_variants_never_collide():
    codes = {parse_doc_number(n).issuer_code for n in _seed_numbers() if parse_doc_number(n)}
    codes |= {"岳政办发", "湘政发", "襄政发", "相政发", "国办发", "国办函", "永政办函", "永政函", "人社部发"}
    variants = {f"{code}〔{year}〕{serial}号" for code, year, serial in product(codes, (2015, 2021, 2022), range(1, 40))}
    iris = {_iri(number) for number in variants}
    assert len(iris) == len(variants)


def test_same_input_same_iri_under_any_base():
    assert _iri("湘政发〔2019〕22号") == _iri("湘政发〔2019〕22号")
    other = Minter("http://example.org/kg#").document(parse_doc_number("湘政发〔2019〕22号"))
    assert (
        other.startswith("http://example.org/kg#doc/") and other.split("#doc/")[1] == _iri("湘政发〔2019〕22号").split("/doc/")[1]
    )


def test_numbers_without_a_year_get_iris_too():
    assert MINT.document("国务院令第735号") != MINT.document("国务院令第736号")
    assert MINT.document("国务院令第735号").isascii()


def test_people_are_one_per_name_and_city():
    assert MINT.person("陆强耀", "永州市") == MINT.person("陆强耀", "永州市")
    assert MINT.person("陆强耀", "永州市") != MINT.person("陆强耀", "岳阳市")
    assert MINT.person("张明", "永州市") != MINT.person("章明", "永州市")  # homophones
    assert MINT.person("陆强耀", "永州市").startswith(BASE + "person/yongzhoushi/lu-qiang-yao-")


def test_agencies_and_issues_are_readable():
    assert MINT.agency("永州市发展和改革委员会").startswith(BASE + "agency/yongzhoushifazhanhegaigeweiyuanhui-")
    assert MINT.issue("永州市人民政府公报", 2022, "7-8", "x") == URIRef(BASE + "issue/yongzhoushirenminzhengfugongbao-2022-7-8")
