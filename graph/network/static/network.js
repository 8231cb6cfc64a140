/* esfgraph network page: draws the collaboration network from the JSON in #network-data.
   Positions are precomputed (networkx graph, seeded layout); this script only renders and
   interacts: colour toggle, hover tooltip, search highlight, click details, zoom and pan.
   Hooks for tests: every node is an SVG circle with class "node" and data-label; matches of the
   search get class "highlight"; the search input is #search; after rendering
   document.body.dataset.nodes holds the node count. The URL may carry
   #search=TEXT&colour=type (or ?search=...) to search and colour on load. No network access. */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("network-data").textContent);
  var svg = document.getElementById("canvas");
  var viewport = document.getElementById("viewport");
  var edgeLayer = document.getElementById("edges");
  var nodeLayer = document.getElementById("nodes");
  var labelLayer = document.getElementById("labels");
  var tooltip = document.getElementById("tooltip");
  var details = document.getElementById("details");
  var searchBox = document.getElementById("search");
  var colourSelect = document.getElementById("colour-by");
  var nodes = data.nodes, edges = data.edges;
  var nodeEls = new Array(nodes.length), edgeEls = new Array(edges.length);
  var incident = nodes.map(function () { return []; });
  var labelled = {}, matchLabels = [];
  var view = { x: 0, y: 0, k: 1 };
  var selected = -1;

  function el(name, attrs) {
    var e = document.createElementNS(NS, name);
    for (var key in attrs) { e.setAttribute(key, attrs[key]); }
    return e;
  }
  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function fmt(x, digits) { return Number(x).toFixed(digits); }

  /* ---- render ------------------------------------------------------------------------- */
  var edgeFrag = document.createDocumentFragment();
  edges.forEach(function (e, i) {
    var a = nodes[e[0]], b = nodes[e[1]];
    var line = el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, "class": "edge",
                            "stroke-width": Math.min(1 + Math.log(e[2]), 6) });
    edgeEls[i] = line;
    incident[e[0]].push(i);
    incident[e[1]].push(i);
    edgeFrag.appendChild(line);
  });
  edgeLayer.appendChild(edgeFrag);

  var order = nodes.map(function (_, i) { return i; });
  order.sort(function (a, b) { return nodes[a].degree - nodes[b].degree; });  // hubs on top
  var nodeFrag = document.createDocumentFragment();
  order.forEach(function (i) {
    var n = nodes[i];
    var c = el("circle", { cx: n.x, cy: n.y, r: n.r, "class": "node", "data-label": n.label,
                           "data-id": n.id, "data-index": i });
    nodeEls[i] = c;
    nodeFrag.appendChild(c);
  });
  nodeLayer.appendChild(nodeFrag);

  function addLabel(i, cls) {
    var n = nodes[i];
    var t = el("text", { x: n.x, y: n.y - n.r - 3, "class": "node-label" + (cls ? " " + cls : "") });
    t.textContent = n.label;
    labelLayer.appendChild(t);
    return t;
  }
  data.labelled.forEach(function (i) { labelled[i] = addLabel(i, ""); });

  /* ---- colour ------------------------------------------------------------------------- */
  function recolour(by) {
    nodes.forEach(function (n, i) { nodeEls[i].setAttribute("fill", by === "type" ? n.tc : n.cc); });
    var legend = document.getElementById("legend");
    legend.innerHTML = "";
    (data.legends[by] || []).forEach(function (item) {
      var li = document.createElement("li");
      li.innerHTML = '<span class="swatch" style="background:' + esc(item[1]) + '"></span>' + esc(item[0]);
      legend.appendChild(li);
    });
    colourSelect.value = by;
  }
  colourSelect.addEventListener("change", function () { recolour(colourSelect.value); });

  /* ---- hover, details ----------------------------------------------------------------- */
  function describe(i, full) {
    var n = nodes[i];
    var pids = n.pids;
    var shown = full ? pids : pids.slice(0, 12);
    var html = "<strong>" + esc(n.label) + "</strong><br>" + esc(n.type || "unknown type") +
      (n.orgnr ? " · " + esc(n.orgnr) : "") + "<br>" + n.projects + " project" +
      (n.projects === 1 ? "" : "s") + ", " + n.degree + " collaborator" + (n.degree === 1 ? "" : "s") +
      "<br>projects: " + esc(shown.join(", ")) + (shown.length < pids.length ? ", …" : "");
    if (full) {
      var partners = incident[i].map(function (ei) {
        var e = edges[ei];
        return { other: e[0] === i ? e[1] : e[0], weight: e[2], projects: e[3] };
      }).sort(function (a, b) { return b.weight - a.weight || nodes[a.other].label.localeCompare(nodes[b.other].label); });
      html += "<br>PageRank " + fmt(n.pr, 5) + " · betweenness " + fmt(n.bc, 5) + " · community " + n.community;
      if (partners.length) {
        html += "<ul>" + partners.slice(0, 25).map(function (p) {
          return "<li>" + esc(nodes[p.other].label) + " (" + esc(p.projects.split(";").join(", ")) + ")</li>";
        }).join("") + (partners.length > 25 ? "<li>…</li>" : "") + "</ul>";
      }
    }
    return html;
  }
  function mark(i, on) {
    incident[i].forEach(function (ei) {
      var e = edges[ei];
      edgeEls[ei].classList.toggle("active", on);
      nodeEls[e[0] === i ? e[1] : e[0]].classList.toggle("neighbour", on);
    });
  }
  nodeLayer.addEventListener("mouseover", function (ev) {
    var t = ev.target;
    if (!t.classList || !t.classList.contains("node")) { return; }
    var i = Number(t.getAttribute("data-index"));
    tooltip.innerHTML = describe(i, false);
    tooltip.hidden = false;
    mark(i, true);
  });
  nodeLayer.addEventListener("mousemove", function (ev) {
    var box = svg.getBoundingClientRect();
    tooltip.style.left = (ev.clientX - box.left + 14) + "px";
    tooltip.style.top = (ev.clientY - box.top + 14) + "px";
  });
  nodeLayer.addEventListener("mouseout", function (ev) {
    var t = ev.target;
    if (!t.classList || !t.classList.contains("node")) { return; }
    tooltip.hidden = true;
    var i = Number(t.getAttribute("data-index"));
    if (i !== selected) { mark(i, false); }
  });
  nodeLayer.addEventListener("click", function (ev) {
    var t = ev.target;
    if (!t.classList || !t.classList.contains("node")) { return; }
    var i = Number(t.getAttribute("data-index"));
    if (selected >= 0) { nodeEls[selected].classList.remove("selected"); mark(selected, false); }
    selected = i;
    t.classList.add("selected");
    mark(i, true);
    details.innerHTML = "<h2>" + esc(nodes[i].label) + "</h2>" + describe(i, true).replace(/^<strong>.*?<\/strong><br>/, "");
  });

  /* ---- search ------------------------------------------------------------------------- */
  function search(text) {
    var q = text.trim().toLowerCase();
    var digits = q.replace(/\D/g, "");
    var count = 0;
    matchLabels.forEach(function (t) { t.remove(); });
    matchLabels = [];
    nodes.forEach(function (n, i) {
      var hit = q !== "" && (n.label.toLowerCase().indexOf(q) >= 0 ||
        (digits.length >= 6 && n.orgnr.replace(/\D/g, "").indexOf(digits) >= 0));
      nodeEls[i].classList.toggle("highlight", hit);
      if (hit) {
        count += 1;
        if (!labelled[i] && matchLabels.length < 200) { matchLabels.push(addLabel(i, "match")); }
      }
    });
    document.body.classList.toggle("searching", q !== "");
    document.body.dataset.matches = String(count);
    document.getElementById("search-count").textContent =
      q === "" ? "" : count + " match" + (count === 1 ? "" : "es");
    scaleLabels();
  }
  searchBox.addEventListener("input", function () { search(searchBox.value); });

  /* ---- zoom and pan ------------------------------------------------------------------- */
  function scaleLabels() {
    var size = 12 / view.k;
    Array.prototype.forEach.call(labelLayer.childNodes, function (t) {
      t.style.fontSize = size + "px";
      t.style.strokeWidth = (3 / view.k) + "px";
    });
  }
  function apply() {
    viewport.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")");
    scaleLabels();
  }
  function fit() {
    var w = svg.clientWidth || 800, h = svg.clientHeight || 600, pad = 30;
    var b = data.bounds;
    var k = Math.min((w - 2 * pad) / Math.max(b[2] - b[0], 1), (h - 2 * pad) / Math.max(b[3] - b[1], 1));
    view.k = k;
    view.x = (w - k * (b[0] + b[2])) / 2;
    view.y = (h - k * (b[1] + b[3])) / 2;
    apply();
  }
  function zoomAt(mx, my, factor) {
    var k = Math.max(0.05, Math.min(view.k * factor, 200));
    view.x = mx - (mx - view.x) * (k / view.k);
    view.y = my - (my - view.y) * (k / view.k);
    view.k = k;
    apply();
  }
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var box = svg.getBoundingClientRect();
    zoomAt(ev.clientX - box.left, ev.clientY - box.top, Math.exp(-ev.deltaY * 0.0015));
  }, { passive: false });
  var drag = null;
  svg.addEventListener("pointerdown", function (ev) {
    drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y };
    svg.classList.add("dragging");
  });
  window.addEventListener("pointermove", function (ev) {
    if (!drag) { return; }
    view.x = drag.vx + ev.clientX - drag.x;
    view.y = drag.vy + ev.clientY - drag.y;
    apply();
  });
  window.addEventListener("pointerup", function () { drag = null; svg.classList.remove("dragging"); });
  function centreZoom(factor) { zoomAt((svg.clientWidth || 800) / 2, (svg.clientHeight || 600) / 2, factor); }
  document.getElementById("zoom-in").addEventListener("click", function () { centreZoom(1.4); });
  document.getElementById("zoom-out").addEventListener("click", function () { centreZoom(1 / 1.4); });
  document.getElementById("zoom-fit").addEventListener("click", fit);
  window.addEventListener("resize", fit);

  /* ---- start -------------------------------------------------------------------------- */
  document.getElementById("summary").textContent = nodes.length + " organisations, " + edges.length +
    " collaborations" + (data.filter && data.filter !== "all" ? " · " + data.filter : "");
  var params = new URLSearchParams(location.hash.replace(/^#/, ""));
  var query = new URLSearchParams(location.search);
  var colour = params.get("colour") || query.get("colour") || data.colour;
  recolour(colour === "type" ? "type" : "community");
  fit();
  var initial = params.get("search") || query.get("search");
  if (initial) { searchBox.value = initial; }
  search(searchBox.value);
  window.addEventListener("hashchange", function () {
    var p = new URLSearchParams(location.hash.replace(/^#/, ""));
    if (p.get("search") !== null) { searchBox.value = p.get("search"); search(searchBox.value); }
    if (p.get("colour")) { recolour(p.get("colour") === "type" ? "type" : "community"); }
  });
  document.body.dataset.nodes = String(nodeLayer.querySelectorAll(".node").length);
  document.body.dataset.edges = String(edgeLayer.querySelectorAll(".edge").length);
}());
