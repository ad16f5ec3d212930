import datetime as dt

from gazette_kg.loaders.inforce import status


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
