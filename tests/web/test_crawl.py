"""A crawl of the home page, a document page, /queries, /graph and /analytics: every internal link answers."""

import html
import re
from urllib.parse import urlsplit

BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
START = ["/", "/id/doc/yongzhengfa-f3d3-2017-12", "/queries", "/graph", "/analytics"]


def _internal_links(page: str) -> set[str]:
    found = set()
    for raw in re.findall(r'(?:href|src)="([^"]+)"', page):
        link = html.unescape(raw)
        parts = urlsplit(link)
        if parts.scheme in ("http", "https") and parts.netloc != "localhost":
            continue  # vocabularies and other sites
        if link.startswith(("#", "mailto:", "javascript:")):
            continue
        found.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


def test_no_internal_link_fails(client):
    failing, seen = [], set()
    for start in START:
        for lang in ("zh", "en"):
            response = client.get(start, query_string={"lang": lang}, headers=BROWSER)
            assert response.status_code == 200, start
            for link in sorted(_internal_links(response.get_data(as_text=True)) - seen):
                seen.add(link)
                status = client.get(link, headers=BROWSER).status_code
                if status >= 400:
                    failing.append((start, link, status))
    assert len(seen) > 60
    assert not failing, failing
