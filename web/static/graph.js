// The graph view: Cytoscape.js, expanded on click, filtered by type, laid out on demand.
(function () {
  const container = document.getElementById("cy");
  const params = JSON.parse(container.dataset.params || "{}");
  const status = document.getElementById("status");
  const palette = ["#9b1c1c", "#1849a9", "#027a48", "#b54708", "#6941c6", "#c11574", "#0e7090", "#4d7c0f", "#475467", "#a15c07"];
  const colours = {};
  const colourOf = (type) => colours[type] || (colours[type] = palette[Object.keys(colours).length % palette.length]);
  const cy = cytoscape({
    container,
    style: [
      { selector: "node", style: { "background-color": (n) => colourOf(n.data("type")), label: "data(label)", "font-size": 10, "text-wrap": "ellipsis", "text-max-width": 120, color: "#1d2433" } },
      { selector: "edge", style: { width: 1, "line-color": "#98a2b3", "target-arrow-color": "#98a2b3", "target-arrow-shape": "triangle", "curve-style": "bezier", label: "data(label)", "font-size": 8, color: "#667085" } },
      // Many edges: their labels only on hover or selection; any label too small to read at the zoom is not drawn.
      { selector: "edge.quiet", style: { label: "" } },
      { selector: "edge.quiet:selected, edge.hover", style: { label: "data(label)" } },
      { selector: "node, edge", style: { "min-zoomed-font-size": 7 } },
      { selector: ".hidden", style: { display: "none" } },
    ],
  });
  window.gazetteGraph = cy;
  const EDGE_LABELS_UP_TO = 40;
  cy.on("mouseover", "edge", (event) => event.target.addClass("hover"));
  cy.on("mouseout", "edge", (event) => event.target.removeClass("hover"));
  const layout = () => cy.layout({ name: document.getElementById("layout").value, animate: false }).run();

  function refreshTypes() {
    const box = document.getElementById("types");
    const types = [...new Set(cy.nodes().map((n) => n.data("type")))].sort();
    box.replaceChildren(...types.map((type) => {
      const label = document.createElement("label");
      const input = document.createElement("input");
      input.type = "checkbox"; input.checked = true; input.value = type;
      input.addEventListener("change", () => cy.nodes().filter((n) => n.data("type") === type).toggleClass("hidden", !input.checked));
      const swatch = document.createElement("span");
      swatch.textContent = " " + type + " ";
      swatch.style.color = colourOf(type);
      label.append(input, swatch);
      return label;
    }));
  }

  async function load(query) {
    status.textContent = "…";
    const response = await fetch("/graph.json?" + new URLSearchParams(query));
    if (!response.ok) { status.textContent = await response.text(); return; }
    const data = await response.json();
    cy.add([...data.nodes.filter((n) => cy.getElementById(n.data.id).empty()), ...data.edges.filter((e) => cy.getElementById(e.data.id).empty())]);
    cy.edges().toggleClass("quiet", cy.edges().length > EDGE_LABELS_UP_TO);
    refreshTypes();
    layout();
    status.textContent = cy.nodes().length + " nodes, " + cy.edges().length + " edges";
  }

  cy.on("tap", "node", (event) => load({ iri: event.target.id() }));
  cy.on("dbltap", "node", (event) => { window.location.href = event.target.data("href"); });
  document.getElementById("layout").addEventListener("change", layout);
  if (Object.keys(params).length) load(params);
})();
