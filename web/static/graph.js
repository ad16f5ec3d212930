// The graph view: Cytoscape.js, expanded on click, long tails grouped, filtered by type, laid out on demand.
(function () {
  const container = document.getElementById("cy");
  const params = JSON.parse(container.dataset.params || "{}");
  const status = document.getElementById("status");
  const palette = ["#9b1c1c", "#1849a9", "#027a48", "#b54708", "#6941c6", "#c11574", "#0e7090", "#4d7c0f", "#475467", "#a15c07"];
  const colours = { group: "#98a2b3" };
  const colourOf = (type) => colours[type] || (colours[type] = palette[Object.keys(colours).length % palette.length]);
  // Beyond this many nodes only the hubs, the node under the pointer and the chosen ones keep their labels.
  const ALL_LABELS_UP_TO = 24;
  const EDGE_LABELS_UP_TO = 12;
  const cy = cytoscape({
    container,
    maxZoom: 1.6,
    style: [
      { selector: "node", style: { "background-color": (n) => colourOf(n.data("type")), label: "data(label)", "font-size": 11,
          "text-wrap": "ellipsis", "text-max-width": 140, color: "#1d2433", "text-background-color": "#fff",
          "text-background-opacity": 0.8, "text-background-padding": 1 } },
      { selector: "node[type = 'group']", style: { shape: "round-rectangle", width: 28, height: 18, "font-style": "italic" } },
      { selector: "edge", style: { width: 1, "line-color": "#98a2b3", "target-arrow-color": "#98a2b3", "target-arrow-shape": "triangle", "curve-style": "bezier", label: "data(label)", "font-size": 8, color: "#667085" } },
      { selector: "edge.quiet", style: { label: "" } },
      { selector: "node.quiet", style: { label: "" } },
      { selector: "edge.quiet:selected, edge.hover, node.quiet:selected, node.hover", style: { label: "data(label)", "z-index": 10 } },
      // any label too small to read at the zoom is not drawn
      { selector: "node, edge", style: { "min-zoomed-font-size": 8 } },
      { selector: ".hidden", style: { display: "none" } },
    ],
  });
  window.gazetteGraph = cy;
  cy.on("mouseover", "node, edge", (event) => event.target.addClass("hover"));
  cy.on("mouseout", "node, edge", (event) => event.target.removeClass("hover"));
  const layout = () => cy.layout({ name: document.getElementById("layout").value, animate: false, padding: 40,
    idealEdgeLength: () => 110, nodeRepulsion: () => 12000, nodeDimensionsIncludeLabels: true }).run();

  function quieten() {
    cy.edges().toggleClass("quiet", cy.edges().length > EDGE_LABELS_UP_TO);
    const many = cy.nodes().length > ALL_LABELS_UP_TO;
    cy.nodes().forEach((n) => n.toggleClass("quiet", many && n.degree() < 3 && n.data("type") !== "group"));
  }

  function refreshTypes() {
    const box = document.getElementById("types");
    const typeLabels = Object.fromEntries(cy.nodes().map((n) => [n.data("type"), n.data("typeLabel") || n.data("type")]));
    const types = Object.keys(typeLabels).sort();
    box.replaceChildren(...types.map((type) => {
      const label = document.createElement("label");
      const input = document.createElement("input");
      input.type = "checkbox"; input.checked = true; input.value = type;
      input.addEventListener("change", () => cy.nodes().filter((n) => n.data("type") === type).toggleClass("hidden", !input.checked));
      const swatch = document.createElement("span");
      swatch.textContent = " " + typeLabels[type] + " ";
      swatch.style.color = colourOf(type);
      label.append(input, swatch);
      return label;
    }));
  }

  function show(elements) {
    cy.add(elements.filter((e) => cy.getElementById(e.data.id).empty()));
    quieten();
    refreshTypes();
    layout();
    status.textContent = cy.nodes().length + " " + container.dataset.nodesWord + " · " + cy.edges().length + " " + container.dataset.edgesWord;
  }

  async function load(query) {
    status.textContent = "…";
    const response = await fetch("/graph.json?" + new URLSearchParams(query));
    const data = await response.json();
    if (!response.ok) { status.textContent = data.error; return; }
    show([...data.nodes, ...data.edges]);
  }

  function openGroup(group) {
    const members = group.data("members");
    const edges = group.data("edges");
    cy.remove(group);
    show([...members, ...edges]);
  }

  cy.on("tap", "node", (event) => {
    const node = event.target;
    if (node.data("type") === "group") openGroup(node); else load({ iri: node.id() });
  });
  cy.on("dbltap", "node[href]", (event) => { window.location.href = event.target.data("href"); });
  document.getElementById("layout").addEventListener("change", layout);
  if (params.iri || params.query) load(params);
})();
