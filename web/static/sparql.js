// YASGUI on the same path as the endpoint, with a first query that shows something useful.
const yasgui = new Yasgui(document.getElementById("yasgui"), {
  requestConfig: { endpoint: window.location.origin + "/sparql", method: "POST" },
  copyEndpointOnNewTab: true,
  persistenceId: "gazette-kg",
});
const tab = yasgui.getTab();
if (!tab.getQuery().includes("gazette-kg")) {
  tab.setQuery(`PREFIX gz: <https://gazette-kg.org/ontology#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
# documents and their dates (gazette-kg)
SELECT ?number ?date ?title WHERE {
  ?doc gz:publishedIn ?issue ; gz:docNumber ?number ; eli:title ?title .
  OPTIONAL { ?doc eli:date_document ?date }
} ORDER BY ?date LIMIT 50`);
}
window.gazetteYasgui = yasgui;
