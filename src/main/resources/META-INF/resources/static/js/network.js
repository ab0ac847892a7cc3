// Who met whom: the rows of the links table become a cytoscape graph; the date fields filter the meetings.
(function () {
  const rows = Array.from(document.querySelectorAll('#edges tbody tr'));
  const cy = window.cytoscape({
    container: document.getElementById('network'),
    maxZoom: 1.6,
    minZoom: 0.2,
    style: [
      { selector: 'node', style: { 'label': 'data(label)', 'background-color': '#1c5d99', 'font-size': 11, 'width': 18, 'height': 18 } },
      { selector: 'edge', style: { 'width': 2, 'line-color': '#9ca3af', 'curve-style': 'bezier' } },
      { selector: 'edge.unconfirmed', style: { 'line-style': 'dashed' } }
    ]
  });
  window.parleyNetwork = cy;

  // Partial dates (2024, 2024-03) compare as their first day against the fields.
  const day = (date) => (date.length === 4 ? date + '-01-01' : date.length === 7 ? date + '-01' : date);

  function draw() {
    const from = document.getElementById('from').value;
    const to = document.getElementById('to').value;
    const nodes = new Map();
    const edges = [];
    rows.forEach((tr, i) => {
      const d = tr.dataset;
      if (d.date && ((from && day(d.date) < from) || (to && day(d.date) > to))) return;
      if (!d.date && (from || to)) return;
      nodes.set(d.a, { data: { id: d.a, label: d.aLabel } });
      nodes.set(d.b, { data: { id: d.b, label: d.bLabel } });
      edges.push({ data: { id: 'e' + i, source: d.a, target: d.b, meeting: d.meeting },
                   classes: d.status === 'occurred' ? '' : 'unconfirmed' });
    });
    cy.elements().remove();
    cy.add(Array.from(nodes.values()).concat(edges));
    cy.layout({ name: 'cose', animate: false, fit: true, padding: 60 }).run();
    document.getElementById('shown').textContent = nodes.size + ' actors, ' + edges.length + ' links';
  }

  cy.on('tap', 'node', (event) => { window.location.href = event.target.id(); });
  cy.on('tap', 'edge', (event) => { window.location.href = event.target.data('meeting'); });
  document.getElementById('from').addEventListener('change', draw);
  document.getElementById('to').addEventListener('change', draw);
  draw();
})();
