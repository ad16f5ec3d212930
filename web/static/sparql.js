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
// The endpoint says in X-Result-Truncated when it cut the results at its cap; say so above the table.
const notice = document.getElementById("truncated");
const watched = new WeakSet();
function watch(current) {
  const yasqe = current && current.getYasqe();
  if (!yasqe || watched.has(yasqe)) return;
  watched.add(yasqe);
  yasqe.on("queryResponse", (_editor, response) => {
    const header = response && response.headers && response.headers.get ? response.headers.get("X-Result-Truncated") : null;
    const rows = header && (header.match(/first (\d+)/) || [])[1];
    notice.hidden = !header;
    notice.textContent = header ? notice.dataset.message.replace("{n}", rows || "?") : "";
  });
}
watch(tab);
yasgui.on("tabSelect", () => setTimeout(() => watch(yasgui.getTab()), 0));
window.gazetteYasgui = yasgui;
