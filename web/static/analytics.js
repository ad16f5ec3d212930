// The analytics network view: node size from centrality, colour from community (both computed server-side).
(function () {
  const palette = ["#9b1c1c", "#1849a9", "#027a48", "#b54708", "#6941c6", "#c11574", "#0e7090", "#4d7c0f", "#475467", "#a15c07"];
  const elements = JSON.parse(document.getElementById("elements").textContent);
  const container = document.getElementById("cy");
  const arrow = container.dataset.directed === "true" ? "triangle" : "none";
  const cy = cytoscape({
    container,
    elements,
    style: [
      { selector: "node", style: {
          width: "data(size)", height: "data(size)", label: "data(name)",
          "background-color": (n) => palette[n.data("community") % palette.length],
          "font-size": 9, "text-wrap": "ellipsis", "text-max-width": 110, color: "#1d2433" } },
      { selector: "edge", style: {
          width: (e) => Math.min(1 + Math.log2(e.data("weight") || 1), 6), "line-color": "#c0c6d0",
          "target-arrow-shape": arrow, "target-arrow-color": "#c0c6d0", "curve-style": "bezier" } },
    ],
    layout: { name: "cose", animate: false, randomize: false },
  });
  cy.on("tap", "node", (event) => { window.location.href = event.target.data("href"); });
  window.analyticsGraph = cy;
})();
