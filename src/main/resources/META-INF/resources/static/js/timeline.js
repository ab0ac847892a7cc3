// Meetings, calls and disputes on a vis-timeline; labels go in as text nodes, never as HTML.
(function () {
  const day = (date) => (date.length === 4 ? date + '-01-01' : date.length === 7 ? date + '-01' : date);
  const items = [];
  document.querySelectorAll('#items tbody tr').forEach((tr, i) => {
    const d = tr.dataset;
    if (!d.date) return;
    const content = document.createElement('span');
    content.textContent = d.label;
    items.push({ id: i, content: content, start: day(d.date), href: d.href,
                 className: d.kind === 'TerritorialDispute' ? 'dispute' : (d.status || 'event') });
  });
  const timeline = new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(items), { stack: true });
  timeline.on('select', (props) => {
    const item = items.find(it => it.id === props.items[0]);
    if (item) window.location.href = item.href;
  });
  window.parleyTimeline = timeline;
  window.parleyTimelineItems = items.length;
})();
