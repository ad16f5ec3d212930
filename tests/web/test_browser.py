"""In a real headless Chromium (Debian's), driven by Playwright: what a reader does on the site.

Screenshots land in test-artifacts/ for a person to look at.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from gazette_kg.paths import PROJECT_ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = PROJECT_ROOT / "test-artifacts"
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed (make system-deps installs it)")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--disable-dev-shm-usage",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="zh-CN")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    # what the Content-Security-Policy blocks shows as a console error: none may be blocked
    page.on(
        "console",
        lambda message: (
            errors.append(message.text) if message.type == "error" and "Content Security Policy" in message.text else None
        ),
    )
    yield page
    context.close()
    assert not errors, errors


def wait_for(page, expression: str, seconds: float = 30) -> None:
    """Wait until ``expression`` is true in the page. (Playwright's wait_for_function evaluates a
    string inside the page, which the Content-Security-Policy forbids there, as it should.)"""
    deadline = time.monotonic() + seconds
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"not true within {seconds:g} s: {expression}")
        page.wait_for_timeout(100)


def _shot(page, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def test_home_then_saved_query_then_resource(page, live_server):
    page.goto(live_server + "/")
    assert "5" in page.text_content("#counts")
    _shot(page, "home")
    page.click("a[href='/queries/official-timeline']")
    page.fill("input[name=name]", "陆强耀")
    page.click("#run")
    page.wait_for_selector("#results tbody tr")
    assert page.locator("#results tbody tr").count() == 2
    assert "正式任职" in page.text_content("#results")
    _shot(page, "saved-query")
    page.click("#results tbody tr >> a[href^='/id/person/']")
    page.wait_for_selector("h1")
    assert page.text_content("h1") == "陆强耀"
    _shot(page, "resource")


def test_graph_view_expands_on_click(page, live_server):
    iri = "https://gazette-kg.org/id/doc/yongzhengbanfa-0980-2021-11"
    page.goto(f"{live_server}/graph?iri={iri}")
    wait_for(page, "window.gazetteGraph && window.gazetteGraph.nodes().length > 1")
    before = page.evaluate("window.gazetteGraph.nodes().length")
    target = page.evaluate("""() => { const n = window.gazetteGraph.nodes().filter(n => n.id().includes('/agency/'))[0]
                                      || window.gazetteGraph.nodes()[1]; return n.id(); }""")
    page.evaluate("(id) => window.gazetteGraph.getElementById(id).emit('tap')", target)
    wait_for(page, f"window.gazetteGraph.nodes().length > {before}")
    assert page.locator("#types input").count() >= 2
    edges, quiet = page.evaluate("[window.gazetteGraph.edges().length, window.gazetteGraph.edges('.quiet').length]")
    assert quiet == (edges if edges > 12 else 0)  # past 12 edges their labels show on hover only
    _shot(page, "graph")


def test_yasgui_runs_a_query(page, live_server):
    page.goto(live_server + "/sparql")
    wait_for(page, "window.gazetteYasgui !== undefined")
    page.evaluate("""() => { const tab = window.gazetteYasgui.getTab();
        tab.setQuery('PREFIX gz: <https://gazette-kg.org/ontology#> SELECT ?n WHERE { ?d gz:docNumber ?n } LIMIT 7');
        tab.query(); }""")
    page.wait_for_selector(".yasr table tbody tr", timeout=15000)
    assert page.locator(".yasr table tbody tr").count() == 7
    _shot(page, "yasgui")


def test_readable_on_a_phone(browser, live_server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(live_server + "/id/doc/yongzhengbanfa-0980-2021-11")
    width = page.evaluate("document.documentElement.scrollWidth")
    _shot(page, "phone")
    context.close()
    assert width <= 400
