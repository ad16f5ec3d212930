import datetime as dt

from gazette_kg.loaders.inforce import status


def test_valid_until_2022_06_30_is_not_in_force_on_07_01(seed_store):
    assert status(seed_store, "永政发〔2018〕3号", dt.date(2022, 6, 30)).in_force is True
    result = status(seed_store, "永政发〔2018〕3号", dt.date(2022, 7, 1))
    assert result.in_force is False and "2022-07-01" in result.reasons[-1]


def test_repealed_documents(seed_store):
    repealed = status(seed_store, "永政发〔2015〕17号", dt.date(2023, 1, 1))
    assert repealed.in_force is False and "repealed by 永政发〔2017〕12号" in repealed.reasons[-1]
    assert status(seed_store, "永政办函〔2020〕37号", dt.date(2021, 8, 1)).in_force is False


def test_not_yet_in_force(seed_store):
    assert status(seed_store, "永政办发〔2022〕16号", dt.date(2022, 11, 30)).in_force is False  # 自2022年12月1日起施行
    assert status(seed_store, "永政办发〔2022〕16号", dt.date(2022, 12, 1)).in_force is True


def test_unknown_document(seed_store):
    assert status(seed_store, "无此文〔2020〕1号", dt.date(2023, 1, 1)).document is None


def test_reasons_give_the_rule_as_written(seed_store):
    reasons = status(seed_store, "永政办发〔2022〕13号", dt.date(2023, 1, 1)).reasons
    assert "start rule: 发布之日" in reasons[0] and any("5年" in r for r in reasons)
