"""Histories on resource pages: a document's timeline, an agency's renames and tasks, an official's appointments."""

import html
import re
from urllib.parse import urlsplit

import pytest

from gazette_kg import config
from gazette_kg.loaders.load import load_paths
from gazette_kg.store import open_store
from gazette_kg.web import resources
from gazette_kg.web.app import create_app
from tests.conftest import BASE
from tests.seeds import parsed_seed
from tests.statuspages import write_status_pages


def _rows(page: str, kind: str) -> list[str]:
    return re.findall(rf'<tr class="event-{kind}">(.*?)</tr>', page, re.S)


def test_document_with_a_repeal_an_expiry_and_its_publication(client):
    page = client.get("/id/doc/yongzhengfa-f3d3-2017-12", query_string={"lang": "zh"}).get_data(as_text=True)
    [signed] = _rows(page, "signed")
    assert "2017-11-27" in signed and "第 261 行" in signed
    [published] = _rows(page, "published")
    assert "第 8 页" in published and "/id/issue/yongzhouzhengbao-2017-1-2" in published
    [repeals] = _rows(page, "repeals")
    assert "永政发〔2015〕17号" in repeals and "第 424 行" in repeals
    [expires] = _rows(page, "expires")
    assert "2022-07-01" in expires and "2022-06-30" in expires  # the date it ends, and the term as written
    assert page.index('class="event-signed"') < page.index('class="event-effective"') < page.index('class="event-expires"')


@pytest.fixture(scope="module")
def status_pages(tmp_path_factory):
    """The app over a store holding the database pages of ``tests.statuspages`` only, and the path of each
    page's document by its number."""
    folder = tmp_path_factory.mktemp("status-store")
    store = open_store(str(folder))
    load_paths([write_status_pages(tmp_path_factory.mktemp("status-pages"))], store, BASE)
    rows = store.select("SELECT ?doc ?number WHERE { ?doc <https://gazette-kg.org/ontology#docNumber> ?number }")
    paths = {str(row["number"]): urlsplit(str(row["doc"])).path for row in rows}
    store.close()
    app = create_app(config.settings(store=str(folder), query_workers=1, rate_limit="", base_iri=BASE))
    yield app.test_client(), paths
    app.extensions["executor"].close()


def test_the_status_a_page_prints_is_a_line_of_its_history_and_a_reason(status_pages):
    client, paths = status_pages
    page = client.get(paths["某市人民政府令第13号"], query_string={"lang": "zh", "at": "2021-01-01"}).get_data(as_text=True)
    [row] = _rows(page, "stated_status")
    assert "2020-05-01" in row and "已废止" in row and "页面标注" in row and "第 5 行" in row  # the 效力状态 line
    assert "自 2020-05-01 起不再有效：页面标注“已废止”" in html.unescape(page)


def test_repealed_document_and_an_interpretation(client):
    repealed = client.get("/id/doc/yongzhengbanhan-5996-2020-37", query_string={"lang": "en"}).get_data(as_text=True)
    [row] = _rows(repealed, "repealed_by")
    assert "/id/doc/yongzhengbanfa-0980-2021-11" in row and "Repealed by" in row
    interpreted = client.get("/id/doc/yongzhengbanfa-0980-2021-11", query_string={"lang": "zh"}).get_data(as_text=True)
    [row] = _rows(interpreted, "interpreted_by")
    assert "/interpretation/1" in row and "解读" in row


def test_agency_history_renames_and_tasks_by_document(client):
    page = client.get("/id/agency/yongzhoushizhiliangjishujianduju-1913", query_string={"lang": "zh"}).get_data(as_text=True)
    [renamed] = _rows(page, "renamed_to")
    assert "2019" in renamed and "永州市市场监督管理局" in renamed
    responsible = _rows(page, "responsible")
    # the quality-city plan's task count, as the parse of its issue gives it (a table row may name the
    # agency both as lead and as supporting unit: each is a task)
    tasks = sum("市质监局" in r.agencies for r in parsed_seed("2017").responsibilities if r.doc_number == "永政办函〔2017〕108号")
    assert tasks > 50
    assert len(responsible) == 4 and any(f"{tasks} 项任务" in r and "2017-12-19" in r for r in responsible)


def test_agency_page_lists_the_newest_documents_and_links_to_all(client, monkeypatch):
    agency = "/id/agency/yongzhoushizhiliangjishujianduju-1913"
    everything = _rows(client.get(agency, query_string={"lang": "zh"}).get_data(as_text=True), "responsible")
    monkeypatch.setattr(resources, "HISTORY_SHOWN", 2)
    page = client.get(agency, query_string={"lang": "zh"}).get_data(as_text=True)
    newest = sorted(everything, key=lambda row: re.search(r"\d{4}-\d{2}-\d{2}", row)[0])[-2:]
    assert _rows(page, "responsible") == newest
    more = re.search(r'<a href="(/history\?iri=[^"]+&amp;kind=responsible)">承担任务: 全部 (\d+) 项</a>', page)
    tasks = {re.search(r'href="(/id/doc/[^"]+)"', row)[1]: int(re.search(r"(\d+) 项任务", row)[1]) for row in everything}
    assert more and int(more[2]) == sum(tasks.values()), "a link to all of them, with how many tasks"
    listed = client.get(html.unescape(more[1]) + "&lang=zh").get_data(as_text=True)
    assert sorted(_rows(listed, "responsible")) == sorted(everything)
    assert client.get("/history", query_string={"iri": "https://gazette-kg.org" + agency, "kind": "x"}).status_code == 404


def test_document_page_lists_the_newest_citations_and_links_to_all_citing_documents(client, monkeypatch):
    document = "/id/doc/xiangzhengbanfa-b91b-2020-55"  # cited three times (by one document)
    everything = _rows(client.get(document, query_string={"lang": "en"}).get_data(as_text=True), "cited_by")
    assert len(everything) > 1
    monkeypatch.setattr(resources, "HISTORY_SHOWN", 1)
    page = client.get(document, query_string={"lang": "en"}).get_data(as_text=True)
    assert len(_rows(page, "cited_by")) == 1
    more = re.search(r'<a href="(/links\?iri=[^"]+&amp;p=[^"]+cites)">Cited by: all (\d+)</a>', page)
    assert more, "a link to all the citing documents"
    listed = client.get(html.unescape(more[1])).get_data(as_text=True)
    citing = {re.search(r'href="(/id/doc/[^"]+)"', row)[1] for row in everything}
    assert int(more[2]) == len(citing) and all(f'href="{doc}"' in listed for doc in citing)


def test_official_appointments_with_probation_and_confirmation(client):
    page = client.get("/id/person/yongzhoushi/lu-qiang-yao-2325", query_string={"lang": "zh"}).get_data(as_text=True)
    table = page[page.index('id="appointments"') :]
    assert "2021-07-21" in table and "试用期" in table and "2022-07-21 正式任职" in table
    assert "/id/doc/yongzhengren-3c09-2021-11" in table and "第" in table and "行" in table
