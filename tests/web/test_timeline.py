"""Histories on resource pages: a document's timeline, an agency's renames and tasks, an official's appointments."""

import re


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


def test_repealed_document_and_an_interpretation(client):
    repealed = client.get("/id/doc/yongzhengbanhan-5996-2020-37", query_string={"lang": "en"}).get_data(as_text=True)
    [row] = _rows(repealed, "repealed_by")
    assert "/id/doc/yongzhengbanfa-0980-2021-11" in row and "Repealed by" in row
    interpreted = client.get("/id/doc/yongzhengbanfa-0980-2021-11", query_string={"lang": "zh"}).get_data(as_text=True)
    [row] = _rows(interpreted, "interpreted_by")
    assert "/interpretation/1" in row and "解读" in row


def test_agency_history_renames_and_tasks_by_document(client, seed_store):
    agency = "https://gazette-kg.org/id/agency/yongzhoushizhiliangjishujianduju-1913"
    page = client.get("/id/agency/yongzhoushizhiliangjishujianduju-1913", query_string={"lang": "zh"}).get_data(as_text=True)
    [renamed] = _rows(page, "renamed_to")
    assert "2019" in renamed and "永州市市场监督管理局" in renamed
    expected = seed_store.select(f"""SELECT ?doc (COUNT(DISTINCT ?r) AS ?n) WHERE {{
        ?r <https://gazette-kg.org/ontology#responsibleAgency> <{agency}> ;
           <https://gazette-kg.org/ontology#responsibilityIn> ?doc }} GROUP BY ?doc""")
    responsible = _rows(page, "responsible")
    assert len(responsible) == len(expected) > 1
    for row in expected:
        [line] = [r for r in responsible if f'href="/id/{str(row["doc"])[len("https://gazette-kg.org/id/"):]}"' in r]
        assert f"({int(row['n'])} 项任务)" in line


def test_official_appointments_with_probation_and_confirmation(client):
    page = client.get("/id/person/yongzhoushi/lu-qiang-yao-2325", query_string={"lang": "zh"}).get_data(as_text=True)
    table = page[page.index('id="appointments"'):]
    assert "2021-07-21" in table and "试用期" in table and "2022-07-21 正式任职" in table
    assert "/id/doc/yongzhengren-3c09-2021-11" in table and "第" in table and "行" in table
