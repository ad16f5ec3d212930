"""The default store: an embedded, persistent Oxigraph database in a folder on disk."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from gazette_kg.store.base import RDF_FORMATS, RESULT_FORMATS, Row, StoreError, ntriples, replace_graph_update
from gazette_kg.store.terms import to_oxigraph, to_rdflib

_RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
_RDF_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "xml": ox.RdfFormat.RDF_XML,
}


class EmbeddedStore:
    """pyoxigraph on disk. Queries see the union of all named graphs as their default graph."""

    update_batch_triples = 400_000

    def __init__(self, location: str | Path, *, read_only: bool = False) -> None:
        self.location = str(location)
        try:
            if read_only:
                self._store = ox.Store.read_only(self.location)
            else:
                Path(self.location).mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(self.location)
        except OSError as err:
            raise StoreError(f"cannot open the store at {self.location}: {err}") from err

    # -- queries

    def _query(self, query: str, substitutions: dict | None = None, base: str | None = None):
        try:
            return self._store.query(query, use_default_graph_as_union=True, base_iri=base,
                                     substitutions={ox.Variable(k): to_oxigraph(v) for k, v in (substitutions or {}).items()})
        except SyntaxError as err:
            raise StoreError(f"SPARQL syntax error: {err}") from err
        except OSError as err:
            raise StoreError(f"query failed: {err}") from err

    def select(self, query: str, substitutions: dict | None = None, *, base: str | None = None) -> list[Row]:
        results = self._query(query, substitutions, base)
        if not isinstance(results, ox.QuerySolutions):
            raise StoreError("not a SELECT query")
        names = [v.value for v in results.variables]
        return [{name: to_rdflib(solution[name]) for name in names} for solution in results]

    def ask(self, query: str, substitutions: dict | None = None, *, base: str | None = None) -> bool:
        results = self._query(query, substitutions, base)
        if not isinstance(results, ox.QueryBoolean):
            raise StoreError("not an ASK query")
        return bool(results)

    def construct(self, query: str, substitutions: dict | None = None, *, base: str | None = None) -> Graph:
        results = self._query(query, substitutions, base)
        if not isinstance(results, ox.QueryTriples):
            raise StoreError("not a CONSTRUCT or DESCRIBE query")
        graph = Graph()
        for triple in results:
            graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
        return graph

    def query_serialized(self, query: str, fmt: str, substitutions: dict | None = None) -> tuple[bytes, str]:
        results = self._query(query, substitutions)
        if isinstance(results, ox.QueryTriples):
            if fmt == "jsonld":
                graph = Graph()
                for t in results:
                    graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
                return graph.serialize(format="json-ld").encode("utf-8"), RDF_FORMATS["jsonld"]
            rdf_format = _RDF_FORMATS.get(fmt, ox.RdfFormat.TURTLE)
            return results.serialize(format=rdf_format), rdf_format.media_type
        result_format = _RESULT_FORMATS.get(fmt, ox.QueryResultsFormat.JSON)
        return results.serialize(format=result_format), RESULT_FORMATS[{v: k for k, v in _RESULT_FORMATS.items()}[result_format]]

    # -- writes

    def replace_graph(self, graph: URIRef, triples: Iterable[tuple]) -> int:
        """Drop and refill ``graph`` in one transaction: readers see the old graph or the new one."""
        body = ntriples(triples)
        try:
            self._store.update(replace_graph_update(graph, body))
        except (SyntaxError, OSError) as err:
            raise StoreError(f"writing graph {graph} failed: {err}") from err
        return body.count("\n")

    def add_new_graphs(self, graphs: list[tuple[URIRef, str]]) -> int:
        """Add graphs (IRI, N-Triples) that are not in the store yet with pyoxigraph's bulk loader.

        The bulk loader is not transactional; all or nothing is kept here instead: the graphs
        did not exist before, so if loading fails part way (bad data, a full disk) they are
        dropped again. Readers may see a new graph fill up while it loads."""
        body = "".join(triples.replace(" .\n", f" <{graph}> .\n") for graph, triples in graphs).encode("utf-8")
        try:
            self._store.bulk_load(body, format=ox.RdfFormat.N_QUADS)
        except (SyntaxError, OSError, ValueError) as err:
            for graph, _ in graphs:
                self.drop_graph(graph)
            raise StoreError(f"loading {len(graphs)} graph(s) failed: {err}") from err
        return body.count(b"\n")

    def load_file(self, path: str | Path, graph: URIRef | None = None, base: str | None = None) -> None:
        """Load an RDF file (format from its suffix) into ``graph``, or the default graph."""
        target = ox.NamedNode(str(graph)) if graph is not None else ox.DefaultGraph()
        try:
            self._store.load(path=str(path), base_iri=base, to_graph=target)
        except (SyntaxError, OSError, ValueError) as err:
            raise StoreError(f"{path}: {err}") from err

    def update(self, update: str) -> None:
        """Run a SPARQL 1.1 Update as one transaction."""
        try:
            self._store.update(update)
        except (SyntaxError, OSError) as err:
            raise StoreError(f"update failed: {err}") from err

    def drop_graph(self, graph: URIRef) -> None:
        self._store.update(f"DROP SILENT GRAPH <{graph}>")

    def graphs(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def __len__(self) -> int:
        return len(self._store)

    def dump(self, fmt: str, graph: URIRef | None = None) -> Iterator[bytes]:
        rdf_format = _RDF_FORMATS[fmt]
        from_graph = ox.NamedNode(str(graph)) if graph is not None else None
        if from_graph is None and not rdf_format.supports_datasets:
            data = self._store.dump(format=ox.RdfFormat.N_QUADS)
            merged = Graph()
            merged.parse(data=data, format="nquads")
            yield merged.serialize(format={"ttl": "turtle", "nt": "nt", "xml": "xml"}[fmt]).encode("utf-8")
            return
        yield self._store.dump(format=rdf_format, from_graph=from_graph)

    def close(self) -> None:
        self._store.flush()
        del self._store
