"""Each saved query on the five seeds, against facts a reader can check in the seed text."""

import pytest

from gazette_kg.queries.catalog import get_query, load_catalog
from gazette_kg.queries.run import run


def _run(store, query_name, **values):
    return run(store, get_query(query_name), {k: str(v) for k, v in values.items()})


def _col(rows, column):
    return [str(r[column]) for r in rows if r.get(column) is not None]


def _ranked(rows, label, count, first) -> bool:
    """A full page of rows, ``first`` on top, counts never increasing down the page."""
    counts = [int(r[count]) for r in rows]
    return (
        len(rows) == len({str(r[label]) for r in rows}) > 1
        and str(rows[0][label]) == first
        and counts == sorted(counts, reverse=True)
    )


EXPECTATIONS = {
    "documents-by-issuer": lambda s: (
        "永政办发〔2022〕11号" in _col(_run(s, "documents-by-issuer", agency="永州市人民政府办公室"), "number")
    ),
    "documents-by-year": lambda s: len(_run(s, "documents-by-year", year=2021)) == 15,
    "documents-by-genre": lambda s: (
        set(_col(_run(s, "documents-by-genre", genre="实施意见"), "number")) >= {"永政发〔2018〕3号", "永政办发〔2021〕11号"}
    ),
    "title-search": lambda s: "永政办发〔2021〕19号" in _col(_run(s, "title-search", text="停车场"), "number"),
    "responsibilities-of-agency": lambda s: (
        {125, 129, 131}
        <= {
            int(r["line"])
            for r in _run(s, "responsibilities-of-agency", agency="农业农村局")
            if str(r["number"]) == "永政办发〔2022〕11号"
        }
    ),
    # 市发改委 is the agency the seeds name most often (about 150 times; the next, 市财政局, under 100)
    "agencies-by-tasks": lambda s: _ranked(_run(s, "agencies-by-tasks", limit=5), "agency", "tasks", "永州市发展和改革委员会"),
    "in-force-on": lambda s: (
        "永政发〔2018〕3号" in _col(_run(s, "in-force-on", date="2022-06-30"), "number")
        and "永政发〔2018〕3号" not in _col(_run(s, "in-force-on", date="2022-07-01"), "number")
    ),
    "expiring-within": lambda s: (
        "永政发〔2018〕3号" in _col(_run(s, "expiring-within", date="2022-01-01", months=7), "number")
        and "永政发〔2018〕3号" not in _col(_run(s, "expiring-within", date="2022-01-01", months=5), "number")
    ),
    "repeals": lambda s: {"永政办函〔2020〕37号", "永政发〔2015〕17号"} <= set(_col(_run(s, "repeals"), "repealedNumber")),
    "repeal-chain": lambda s: (
        _col(_run(s, "repeal-chain", number="永政办函〔2020〕37号"), "otherNumber") == ["永政办发〔2021〕11号"]
    ),
    "cited-by": lambda s: "永政办发〔2022〕11号" in _col(_run(s, "cited-by", number="国发〔2018〕42号"), "citingNumber"),
    "cites": lambda s: (
        {"国发〔2016〕51号", "湖南省人民政府令第301号"}
        <= set(_col(_run(s, "cites", number="永政办发〔2022〕13号"), "citedNumber"))
    ),
    # each cited number is cited by one seed document; 永政发〔2013〕28号 the most often (five times in seed 003)
    "most-cited": lambda s: _ranked(_run(s, "most-cited", limit=10), "number", "citingDocuments", "永政发〔2013〕28号"),
    "official-timeline": lambda s: (
        [(str(r["event"]), str(r["probation"])) for r in _run(s, "official-timeline", name="陆强耀")]
        == [("任职", "true"), ("正式任职", "false")]
    ),
    "post-holders": lambda s: (
        {"吴军臣", "龙飞凤", "黄守平"} <= set(_col(_run(s, "post-holders", post="市人民政府副秘书长"), "name"))
    ),
    "on-probation": lambda s: (
        "陆强耀" in _col(_run(s, "on-probation", date="2022-01-01"), "name")
        and "陆强耀" not in _col(_run(s, "on-probation", date="2022-08-01"), "name")
    ),
    "coordination-bodies": lambda s: (
        ("组长", "赵应云")
        in {(str(r["role"]), str(r["leader"])) for r in _run(s, "coordination-bodies", name="人口和计划生育领导小组")}
        and len(_run(s, "coordination-bodies", name="领导小组", limit=10)) == 10
    ),
    "bodies-led-by": lambda s: len(_run(s, "bodies-led-by", name="赵应云")) >= 20,
    "abolished-bodies": lambda s: len(_run(s, "abolished-bodies")) == 24,
    "interpretations": lambda s: (
        [(str(r["agency"]), str(r["number"])) for r in _run(s, "interpretations", number="永政办发〔2022〕11号")]
        == [("永州市农业农村局", "永政办发〔2022〕11号")]
        and ("永州市林业局", "永政办发〔2021〕11号")
        in {(str(r["agency"]), str(r["number"])) for r in _run(s, "interpretations", number="永政办发〔2021〕")}
    ),
    "issue-contents": lambda s: (
        _col(_run(s, "issue-contents", year=2022, issue="7-8"), "number")[:2] == ["永政办发〔2022〕11号", "永政办发〔2022〕13号"]
    ),
    # 市农委 in the 2018 issues, 市农业农村局 in the 2022 ones: one rename, found from either name
    "agency-successors": lambda s: all(
        ("永州市农业委员会", "永州市农业农村局")
        in {(str(r["fromName"]), str(r["toName"])) for r in _run(s, "agency-successors", agency=name)}
        for name in ("农业委员会", "农业农村局")
    ),
    "agency-names": lambda s: any("市发改委" in str(r["shortForms"]) for r in _run(s, "agency-names", agency="发展和改革委员会")),
    "personnel-decisions": lambda s: (
        ("王军", "任职", "true")
        in {
            (str(r["name"]), str(r["event"]), str(r["probation"]))
            for r in _run(s, "personnel-decisions", number="永政人〔2022〕14号")
        }
    ),
    "co-responsible-agencies": lambda s: (
        "永州市农业农村局" in _col(_run(s, "co-responsible-agencies", agency="市财政局"), "other")
    ),
}


def test_every_saved_query_has_an_expectation():
    assert {q.name for q in load_catalog()} == set(EXPECTATIONS)


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_saved_query_on_the_seeds(served_store, name):
    assert EXPECTATIONS[name](served_store)
