"""Any SPARQL 1.1 server as the store: queries and updates over the SPARQL protocol (SPARQLWrapper).

The query endpoint is the store location; the update endpoint and credentials come from
the settings (``GAZETTE_KG_UPDATE_ENDPOINT``, ``GAZETTE_KG_REMOTE_USER``,
``GAZETTE_KG_REMOTE_PASSWORD``). A graph is replaced by one update request (DROP then
INSERT DATA), which servers apply atomically. Requests are URL-encoded POSTs, the form every
server takes (Virtuoso 7.2 never answers a query POSTed directly as application/sparql-query).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator

from rdflib import Graph, URIRef
from rdflib.plugins.sparql.results.jsonresults import JSONResultParser
from SPARQLWrapper import SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from gazette_kg import config
from gazette_kg.store.base import RDF_FORMATS, RESULT_FORMATS, Row, StoreError, ntriples, replace_graph_update

_ACCEPT = {**RESULT_FORMATS, **RDF_FORMATS}
_RDFLIB_FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld", "xml": "xml"}


# Characters of a server's error message kept: some (Virtuoso) echo the whole request back.
ERROR_CHARS = 600


def _brief(err: Exception) -> str:
    text = str(err)
    return text if len(text) <= ERROR_CHARS else text[:ERROR_CHARS] + f"… ({len(text):,} characters in all)"


class RemoteStore:
    # Requests of a few issues each: servers parse an update whole before applying it.
    update_batch_triples = 20_000

    def __init__(self, url: str, update_url: str | None = None) -> None:
        self.location = url
        self.update_url = update_url or config.get("update_endpoint") or url
        self.user = config.get("remote_user")
        self.password = config.get("remote_password")

    def _client(self, url: str) -> SPARQLWrapper:
        client = SPARQLWrapper(url)
        if self.user:
            client.setCredentials(self.user, self.password)
        client.setTimeout(int(config.get("query_timeout") * 6))
        return client

    def _raw(self, query: str, accept: str) -> bytes:
        client = self._client(self.location)
        client.setQuery(query)
        client.setMethod("POST")
        client.setRequestMethod("urlencoded")
        client.addCustomHttpHeader("Accept", accept)
        client.setOnlyConneg(True)  # no format=/output= parameters beside Accept: Virtuoso answers both with 406
        try:
            return client.query().response.read()
        except (SPARQLWrapperException, OSError) as err:
            raise StoreError(f"{self.location}: {_brief(err)}") from err

    def select(self, query: str) -> list[Row]:
        result = JSONResultParser().parse(io.BytesIO(self._raw(query, RESULT_FORMATS["json"])))
        return [{str(var): binding.get(var) for var in result.vars} for binding in result.bindings]

    def ask(self, query: str) -> bool:
        return bool(JSONResultParser().parse(io.BytesIO(self._raw(query, RESULT_FORMATS["json"]))).askAnswer)

    def construct(self, query: str) -> Graph:
        return Graph().parse(data=self._raw(query, "application/n-triples"), format="nt")

    def query_serialized(self, query: str, fmt: str) -> tuple[bytes, str]:
        return self._raw(query, _ACCEPT[fmt]), _ACCEPT[fmt]

    def update(self, update: str) -> None:
        client = self._client(self.update_url)
        client.setQuery(update)
        client.setMethod("POST")
        client.setRequestMethod("urlencoded")
        try:
            client.query()
        except (SPARQLWrapperException, OSError) as err:
            raise StoreError(f"{self.update_url}: update failed: {_brief(err)}") from err

    def replace_graph(self, graph: URIRef, triples: Iterable[tuple]) -> int:
        body = ntriples(triples)
        self.replace_graphs([(graph, body)])
        return body.count("\n")

    def replace_graphs(self, graphs: list[tuple[URIRef, str]]) -> None:
        self.update(" ;\n".join(replace_graph_update(graph, body) for graph, body in graphs))

    def drop_graph(self, graph: URIRef) -> None:
        self.update(f"DROP SILENT GRAPH <{graph}>")

    def graphs(self) -> list[URIRef]:
        return sorted(row["g"] for row in self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"))

    def __len__(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
        return int(rows[0]["n"])

    def dump(self, fmt: str, graph: URIRef | None = None) -> Iterator[bytes]:
        if graph is not None:
            data = self._raw(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}", "application/n-triples")
            yield Graph().parse(data=data, format="nt").serialize(format=_RDFLIB_FORMATS[fmt]).encode("utf-8")
            return
        from rdflib import Dataset

        dataset = Dataset()
        for name in self.graphs():
            data = self._raw(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}", "application/n-triples")
            dataset.graph(name).parse(data=data, format="nt")
        if fmt in ("nq", "trig"):
            yield dataset.serialize(format=_RDFLIB_FORMATS[fmt]).encode("utf-8")
        else:
            merged = Graph()
            for name in self.graphs():
                merged += dataset.graph(name)
            yield merged.serialize(format=_RDFLIB_FORMATS[fmt]).encode("utf-8")

    def close(self) -> None:
        """Nothing to release: every request opens its own connection."""
