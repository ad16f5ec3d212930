"""No input reaches a 500: every route with any parameter values, path and Accept header
answers 2xx, 3xx or 4xx (property-based, hypothesis)."""

from urllib.parse import quote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gazette_kg.queries.catalog import load_catalog

# Values a parameter may take: anything, and the shapes that broke pages before (bad IRIs,
# non-numbers, SPARQL fragments, control characters, very long text).
VALUES = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            "",
            "abc",
            "-1",
            "99999999999999999999",
            "<x>",
            "https://x.org/<x>",
            "a b",
            "urn:x",
            "https://gazette-kg.org/id/doc/x",
            "https://gazette-kg.org/ontology#Document",
            "\x00",
            "%",
            "SELECT * WHERE { ?s ?p ?o }",
            "CONSTRUCT WHERE { ?s ?p ?o }",
            "ASK {}",
            "DROP ALL",
            "{{7*7}}",
            "2022-13-45",
            "x" * 3000,
        ]
    ),
)
ACCEPT = st.sampled_from(
    [
        "",
        "*/*",
        "text/html",
        "image/png",
        "text/turtle",
        "application/ld+json",
        "application/sparql-results+json",
        "text/csv",
        "application/xml;q=0.5, */*;q=0.1",
        "garbage",
    ]
)
PARAMS = {
    "/search": ["q"],
    "/resource": ["iri"],
    "/graph": ["iri", "view", "query"],
    "/graph.json": ["iri", "view", "query"],
    "/resources": ["class", "page"],
    "/sparql": ["query", "default-graph-uri", "named-graph-uri", "format"],
    "/analytics/citations": ["year", "at"],
    "/ontology": [],
    "/": ["lang"],
    "/feed.atom": ["issuer", "genre"],
}
SAVED = {query.name: [p.name for p in query.parameters] + ["_format"] for query in load_catalog()}
PATHS = ["/id/", "/id/doc/", "/dump.", "/ontology.", "/analytics/", "/queries/", "/vendor/"]


def _check(client, path: str, params: dict, accept: str) -> None:
    query = "&".join(f"{quote(k)}={quote(v)}" for k, v in params.items())
    response = client.get(f"{path}?{query}" if query else path, headers={"Accept": accept} if accept else {})
    assert response.status_code < 500, (path, params, accept, response.status_code, response.data[:300])


FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@FAST
@given(route=st.sampled_from(sorted(PARAMS)), data=st.data(), accept=ACCEPT)
def test_routes_with_any_parameters(client, route, data, accept):
    params = {name: data.draw(VALUES, label=name) for name in PARAMS[route] if data.draw(st.booleans(), label=f"{name}?")}
    _check(client, route, params, accept)


@FAST
@given(name=st.sampled_from(sorted(SAVED)), data=st.data())
def test_saved_queries_with_any_parameters(client, name, data):
    params = {p: data.draw(VALUES, label=p) for p in SAVED[name] if data.draw(st.booleans(), label=f"{p}?")}
    _check(client, f"/queries/{name}", params, "")


@FAST
@given(prefix=st.sampled_from(PATHS), rest=st.text(min_size=1, max_size=40), accept=ACCEPT)
def test_paths_with_anything_in_them(client, prefix, rest, accept):
    _check(client, prefix + quote(rest, safe=""), {}, accept)
