// Meeting places on a world outline shipped with the application: no tile server, so it works offline.
(async function () {
  const container = document.getElementById('map');
  const map = L.map(container, { worldCopyJump: true }).setView([25, 10], 2);
  window.parleyMap = map;
  const world = await (await fetch(container.dataset.world)).json();
  const countries = window.topojson.feature(world, world.objects.countries);
  countries.features.forEach(f => unwrapGeometry(f.geometry));
  L.geoJSON(countries, {
    style: { color: '#6b7280', weight: 0.6, fillColor: '#f3f4f6', fillOpacity: 1 }
  }).addTo(map);
  const markers = [];
  document.querySelectorAll('#places tbody tr').forEach(tr => {
    const d = tr.dataset;
    if (!d.lon || !d.lat) return;
    const label = document.createElement('a');
    label.href = d.href;
    const meetings = parseInt(d.meetings, 10) || 0;
    // an entity's own page marks the entity, with no count of meetings
    label.textContent = meetings > 0 ? d.label + ' (' + meetings + ')' : d.label;
    const marker = L.circleMarker([parseFloat(d.lat), parseFloat(d.lon)],
      { radius: 5 + Math.min(10, meetings), color: '#b91c1c', className: 'place-marker' })
      .bindPopup(label).addTo(map);
    markers.push(marker);
  });
  // a page about one event centres its small map on the event's place
  if (container.dataset.zoom && markers.length > 0) {
    map.setView(markers[0].getLatLng(), parseInt(container.dataset.zoom, 10));
  }
  window.parleyMarkers = markers.length;
  container.dataset.markers = String(markers.length);
  container.dataset.drawn = 'true';
})();

// The outline cuts rings at the antimeridian; on a flat map a jump from +180 to -180 would draw a line
// across the world, so each ring's longitudes are made continuous instead.
function unwrapGeometry(geometry) {
  if (!geometry) return;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates]
    : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  polygons.forEach(polygon => polygon.forEach((ring, i) => { polygon[i] = unwrap(ring); }));
}

function unwrap(ring) {
  let previous = null;
  let shift = 0;
  return ring.map(([lon, lat]) => {
    if (previous !== null) {
      const step = lon + shift - previous;
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
    }
    previous = lon + shift;
    return [previous, lat];
  });
}
