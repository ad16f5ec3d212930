import datetime as dt

import pytest

from gazette_kg.loaders.inforce import status
from gazette_kg.loaders.load import load_paths
from gazette_kg.queries.catalog import get_query
from gazette_kg.queries.run import run
from gazette_kg.store import open_store
from gazette_kg.web.i18n import REASONS_ZH
from tests.conftest import BASE
from tests.statuspages import REPEALING_DECREE, page, write_status_pages


def test_valid_until_2022_06_30_is_not_in_force_on_07_01(seed_store):
    assert status(seed_store, "永政发〔2018〕3号", dt.date(2022, 6, 30)).in_force is True
    result = status(seed_store, "永政发〔2018〕3号", dt.date(2022, 7, 1))
    assert result.in_force is False and result.reasons[-1].code == "expired_from"
    assert result.reasons[-1].values == {"end": "2022-07-01"}


def test_repealed_documents(seed_store):
    repealed = status(seed_store, "永政发〔2015〕17号", dt.date(2023, 1, 1))
    assert repealed.in_force is False and repealed.reasons[-1].code == "repealed_from"
    assert repealed.reasons[-1].values["repealers"] == ["永政发〔2017〕12号"]
    assert "repealed by 永政发〔2017〕12号" in str(repealed.reasons[-1])
    assert status(seed_store, "永政办函〔2020〕37号", dt.date(2021, 8, 1)).in_force is False


def test_not_yet_in_force(seed_store):
    assert status(seed_store, "永政办发〔2022〕16号", dt.date(2022, 11, 30)).in_force is False  # 自2022年12月1日起施行
    assert status(seed_store, "永政办发〔2022〕16号", dt.date(2022, 12, 1)).in_force is True


def test_unknown_document(seed_store):
    unknown = status(seed_store, "无此文〔2020〕1号", dt.date(2023, 1, 1))
    assert unknown.document is None and str(unknown.reasons[0]) == "no document 无此文〔2020〕1号 in the store"


def test_reasons_give_the_rule_as_written(seed_store):
    reasons = status(seed_store, "永政办发〔2022〕13号", dt.date(2023, 1, 1)).reasons
    assert reasons[0].code == "starts_by_rule" and "start rule: 发布之日" in str(reasons[0])
    assert any("5年" in str(r) for r in reasons)


@pytest.fixture(scope="module")
def status_store(tmp_path_factory):
    """A store holding the four pages of ``tests.statuspages``."""
    store = open_store(str(tmp_path_factory.mktemp("status-store")))
    load_paths([write_status_pages(tmp_path_factory.mktemp("status-pages"))], store, BASE)
    return store


def test_a_page_that_prints_expired_puts_the_document_out_of_force(status_store):
    result = status(status_store, "某市人民政府令第12号", dt.date(2024, 1, 1))
    assert result.in_force is False and result.reasons[-1].code == "stated_not_in_force"
    assert str(result.reasons[-1]) == "not in force: its page states it 失效 (date unknown)"
    assert result.reasons[-1].text(REASONS_ZH) == "已不再有效：页面标注“失效”（日期不详）"


def test_a_printed_repeal_with_its_date(status_store):
    assert status(status_store, "某市人民政府令第13号", dt.date(2020, 4, 30)).in_force is True
    result = status(status_store, "某市人民政府令第13号", dt.date(2020, 5, 1))
    assert result.in_force is False and result.reasons[-1].values == {"end": "2020-05-01", "written": ["已废止"]}


def test_printed_in_force_is_a_reason_and_no_verdict(status_store):
    result = status(status_store, "某市人民政府令第14号", dt.date(2024, 1, 1))
    assert result.in_force is True and "its page states it: 现行有效" in [str(r) for r in result.reasons]
    assert status(status_store, "某市人民政府令第15号", dt.date(2024, 1, 1)).in_force is True


def test_the_saved_query_leaves_out_what_a_page_prints_out_of_force(status_store):
    def listed(day: str) -> set[str]:
        return {str(row["number"]) for row in run(status_store, get_query("in-force-on"), {"date": day})}

    assert listed("2020-04-30") == {"某市人民政府令第13号", "某市人民政府令第14号", "某市人民政府令第15号"}
    assert listed("2020-05-01") == {"某市人民政府令第14号", "某市人民政府令第15号"}


def test_a_repeal_found_elsewhere_wins_over_printed_in_force(tmp_path):
    """A gazette repeals the 办法 that an older page prints 现行有效: not in force after the repeal."""
    (tmp_path / "page.txt").write_text(page(14), encoding="utf-8")
    (tmp_path / "repeal.txt").write_text(REPEALING_DECREE, encoding="utf-8")
    store = open_store(str(tmp_path / "store"))
    load_paths([tmp_path], store, BASE)
    result = status(store, "某市人民政府令第14号", dt.date(2024, 1, 1))
    assert result.in_force is False and result.reasons[-1].code == "repealed_from"
    assert "its page states it: 现行有效" in [str(r) for r in result.reasons]
