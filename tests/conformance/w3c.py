"""Read the W3C SPARQL 1.1 test manifests from ../shared/w3c-rdf-tests (never copied here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS

from gazette_kg.paths import shared_dir

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
SPARQL11 = shared_dir() / "w3c-rdf-tests" / "sparql" / "sparql11"
# every sparql11 folder with query-evaluation tests except entailment (needs an entailment
# regime) and service (needs remote endpoints)
QUERY_SUITES = (
    "aggregates",
    "bind",
    "bindings",
    "cast",
    "construct",
    "csv-tsv-res",
    "exists",
    "functions",
    "grouping",
    "json-res",
    "negation",
    "project-expression",
    "property-path",
    "subquery",
)


def _path(uri) -> Path:
    return Path(str(uri).removeprefix("file://"))


@dataclass
class EvaluationTest:
    name: str
    query: Path
    data: list[Path]
    graph_data: list[tuple[URIRef, Path]]
    result: Path | None


def evaluation_tests() -> list[EvaluationTest]:
    tests = []
    for suite in QUERY_SUITES:
        manifest = SPARQL11 / suite / "manifest.ttl"
        graph = Graph().parse(manifest, publicID=manifest.as_uri())
        entries = Collection(graph, graph.value(URIRef(manifest.as_uri()), MF.entries))
        for entry in entries:
            if (entry, RDF.type, MF.QueryEvaluationTest) not in graph:
                continue
            action = graph.value(entry, MF.action)
            result = graph.value(entry, MF.result)
            tests.append(
                EvaluationTest(
                    name=f"{suite}/{str(entry).split('#')[-1]}",
                    query=_path(graph.value(action, QT.query)),
                    data=[_path(d) for d in graph.objects(action, QT.data)],
                    graph_data=[(URIRef(_path(g).as_uri()), _path(g)) for g in graph.objects(action, QT.graphData)],
                    result=_path(result) if result else None,
                )
            )
    return tests


@dataclass
class ProtocolRequest:
    method: str
    path: str
    body: bytes | None
    headers: dict[str, str]
    expected_status: set[str]  # "2xx", "4xx", …
    expected_format: str | None
    expected_boolean: bool | None


@dataclass
class ProtocolTest:
    name: str
    requests: list[ProtocolRequest]
    graph_data: list[tuple[str, Path]] = field(default_factory=list)


def protocol_tests() -> list[ProtocolTest]:
    manifest = SPARQL11 / "protocol" / "manifest.ttl"
    graph = Graph().parse(manifest, publicID=manifest.as_uri())
    entries = Collection(graph, graph.value(URIRef(manifest.as_uri()), MF.entries))
    tests = []
    for entry in entries:
        action = graph.value(entry, MF.action)
        requests = []
        for request in Collection(graph, graph.value(action, HT.requests)):
            body_node = graph.value(request, HT.body)
            body = None
            if body_node is not None:
                encoding = str(graph.value(body_node, CNT.characterEncoding) or "UTF-8")
                body = str(graph.value(body_node, CNT.chars)).encode(encoding.lower())
            headers = {}
            header_list = graph.value(request, HT.headers)
            if header_list is not None:
                for header in Collection(graph, header_list):
                    headers[str(graph.value(header, HT.fieldName))] = str(graph.value(header, HT.fieldValue))
            response = graph.value(request, HT.resp)
            statuses = {str(s).rsplit("StatusCode", 1)[-1] for s in graph.objects(response, MF.expectedStatus)}
            expected_boolean = graph.value(response, MF.expectedBoolean)
            expected_format = graph.value(response, MF.expectedFormat)
            requests.append(
                ProtocolRequest(
                    method=str(graph.value(request, HT.methodName)),
                    path=str(graph.value(request, HT.absolutePath)),
                    body=body,
                    headers=headers,
                    expected_status=statuses,
                    expected_format=str(expected_format) if expected_format else None,
                    expected_boolean=expected_boolean.toPython() if expected_boolean is not None else None,
                )
            )
        data = [(str(graph.value(g, RDFS.label)), _path(graph.value(g, UT.graph))) for g in graph.objects(entry, UT.graphData)]
        tests.append(ProtocolTest(str(entry).split("#")[-1], requests, data))
    return tests
