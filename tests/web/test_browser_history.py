"""In Debian's chromium: the graph view opens on an example and its groups open on a click; a
document page shows its history and its status on a chosen date; the language switch keeps the page."""

from __future__ import annotations

import pytest

from tests.web.test_browser import _shot, browser, page, wait_for  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser


def test_graph_opens_on_an_example_and_groups_open_on_click(page, live_server):  # noqa: F811
    page.goto(f"{live_server}/graph?lang=zh")
    wait_for(page, "window.gazetteGraph && window.gazetteGraph.nodes().length > 5")
    assert page.locator("nav.tabs a").count() == 4
    page.click("nav.tabs a[href^='/graph?view=agency']")
    wait_for(page, "window.gazetteGraph && window.gazetteGraph.nodes('[type = \"group\"]').length > 0")
    before = page.evaluate("window.gazetteGraph.nodes().length")
    page.evaluate("window.gazetteGraph.nodes('[type = \"group\"]')[0].emit('tap')")
    wait_for(page, f"window.gazetteGraph.nodes().length > {before}")
    labelled = page.evaluate("window.gazetteGraph.nodes().filter(n => !n.hasClass('quiet')).length")
    assert 0 < labelled < page.evaluate("window.gazetteGraph.nodes().length")  # labels only where they fit
    assert "节点" in page.text_content("#status")
    _shot(page, "graph-agency")


def test_document_history_and_status_on_a_date(page, live_server):  # noqa: F811
    page.goto(f"{live_server}/id/doc/yongzhengfa-f3d3-2017-12?lang=zh")
    assert page.locator("#timeline tr").count() >= 5
    page.fill("#status input[type=date]", "2020-01-01")
    page.click("#status button")
    page.wait_for_url("**at=2020-01-01**")
    assert page.text_content(".verdict") == "现行有效"
    _shot(page, "document-history")
    page.click("a.lang")
    page.wait_for_selector("h1")
    assert "at=2020-01-01" in page.url and page.text_content(".verdict") == "In force"
    assert "History" in page.text_content("#timeline h2")


def test_yasgui_says_when_results_were_cut(page, live_server):  # noqa: F811
    page.goto(live_server + "/sparql")
    wait_for(page, "window.gazetteYasgui !== undefined")
    assert page.locator("#truncated").is_hidden()
    page.evaluate("""() => { const tab = window.gazetteYasgui.getTab();
        tab.setQuery('SELECT * WHERE { ?s ?p ?o }'); tab.query(); }""")
    page.wait_for_selector("#truncated:not([hidden])", timeout=20000)
    assert "500" in page.text_content("#truncated")  # the test app's max_results
    page.evaluate("""() => { const tab = window.gazetteYasgui.getTab();
        tab.setQuery('SELECT * WHERE { ?s ?p ?o } LIMIT 3'); tab.query(); }""")
    page.wait_for_selector("#truncated[hidden]", state="attached", timeout=20000)
