// An analytics network: node size by centrality, colour by community (or kind).
(async function () {
  const container = document.getElementById("cy");
  const palette = ["#9b1c1c", "#1849a9", "#027a48", "#b54708", "#6941c6", "#c11574", "#0e7090", "#4d7c0f", "#475467", "#a15c07"];
  const groups = {};
  const colour = (g) => groups[g] || (groups[g] = palette[Object.keys(groups).length % palette.length]);
  const response = await fetch("/analytics/network/" + container.dataset.network + ".json");
  const data = await response.json();
  const cy = cytoscape({
    container,
    elements: [...data.nodes, ...data.edges],
    style: [
      { selector: "node", style: { width: "data(size)", height: "data(size)", "background-color": (n) => colour(n.data("group")), label: "data(label)", "font-size": 9 } },
      { selector: "edge", style: { width: 1, "line-color": "#cfd4dc" } },
    ],
    layout: { name: "cose", animate: false },
  });
  window.gazetteNetwork = cy;
  document.getElementById("status").textContent = data.nodes.length + " / " + data.total_nodes + " nodes drawn";
})();
