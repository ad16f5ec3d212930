"""The analytics network view in Debian's headless Chromium: Cytoscape draws the network, sized and coloured."""

from __future__ import annotations

import pytest

from tests.web.test_browser import SHOTS, browser, page, wait_for  # noqa: F401

pytestmark = pytest.mark.browser


def test_bodies_network_is_drawn_with_sizes_and_communities(page, live_server):
    page.goto(live_server + "/analytics/bodies")
    wait_for(page, "window.analyticsGraph && window.analyticsGraph.nodes().length > 0")
    drawn = page.evaluate("""() => {
        const cy = window.analyticsGraph;
        return {nodes: cy.nodes().length,
                widths: new Set(cy.nodes().map(n => n.renderedWidth().toFixed(1))).size,
                colours: new Set(cy.nodes().map(n => n.style('background-color'))).size,
                zhao: cy.nodes().filter(n => n.data('name') === '赵应云').length};
    }""")
    assert drawn["nodes"] > 100 and drawn["widths"] > 1 and drawn["colours"] > 1 and drawn["zhao"] == 1
    assert page.locator("#leaders-most-bodies tbody tr").count() >= 10
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "analytics-bodies.png"))
