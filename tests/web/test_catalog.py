"""Saved-query pages: headings and values a reader understands, downloads by Accept."""

import re


def _table(page: str) -> str:
    return page[page.index('<table id="results">') : page.index("</table>", page.index('<table id="results">'))]


def test_columns_headed_by_label_and_booleans_as_words(client):
    zh = _table(client.get("/queries/official-timeline", query_string={"name": "陆强耀", "lang": "zh"}).get_data(as_text=True))
    headings = re.findall(r"<th[^>]*>([^<]*)</th>", zh)
    assert headings == ["人员", "日期", "事项", "职务", "试用期", "文件", "文号"]
    assert "<td>是</td>" in zh and "<td>否</td>" in zh and ">true<" not in zh and ">false<" not in zh
    assert ">陆强耀</a>" in zh  # the person by name, not person/yongzhoushi/lu-qiang-yao-2325
    en = _table(client.get("/queries/official-timeline", query_string={"name": "陆强耀", "lang": "en"}).get_data(as_text=True))
    assert '<th title="?probation">On probation</th>' in en and "<td>yes</td>" in en


def test_saved_query_answers_accept_text_csv_with_csv(client):
    response = client.get("/queries/official-timeline", query_string={"name": "陆强耀"}, headers={"Accept": "text/csv"})
    assert response.mimetype == "text/csv"
    assert response.get_data(as_text=True).splitlines()[0] == "person,date,event,post,probation,doc,number"
    browser = client.get(
        "/queries/official-timeline",
        query_string={"name": "陆强耀"},
        headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"},
    )
    assert browser.mimetype == "text/html"


def test_a_limit_above_the_result_cap_is_refused_with_the_cap(client, app):
    cap = int(app.config["GAZETTE"]["max_results"])
    response = client.get("/queries/agencies-by-tasks", query_string={"limit": str(cap + 1)})
    assert response.status_code == 400 and str(cap) in response.get_data(as_text=True)
    assert client.get("/queries/agencies-by-tasks", query_string={"limit": str(cap)}).status_code == 200
