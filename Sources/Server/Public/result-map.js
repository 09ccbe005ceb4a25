// The map: the gazetteer's outlines as the base map (no tiles, no internet), and the result's
// places, claim lines and stated-distance circles in the colours of `check --geojson`.
"use strict";
window.GeoCheck = window.GeoCheck || {};

window.GeoCheck.ResultMap = class {
  constructor(element) {
    this.map = L.map(element, { zoomSnap: 0.25, worldCopyJump: true }).setView([34, 38], 5);
    this.map.attributionControl.setPrefix("Leaflet");
    this.map.attributionControl.addAttribution("Outlines: Natural Earth; places: GeoNames");
    this.regions = L.layerGroup().addTo(this.map);
    this.result = null;
    this.placeStyle = { radius: 6, color: "#222", weight: 2, fillColor: "#fff", fillOpacity: 1, className: "place-point" };
    this.layersByClaim = new Map();
    this.loadedRegions = new Set();
    fetch("/v1/outlines?kind=country").then((r) => (r.ok ? r.json() : null)).then((data) => {
      if (!data) return;
      const base = L.geoJSON(data, {
        interactive: false,
        style: { color: "#8c8c8c", weight: 0.8, fillColor: "#f3f0e8", fillOpacity: 1 },
      });
      base.addTo(this.map);
      base.bringToBack();
    }).catch(() => {});
  }

  // First-level region outlines of the countries in the result, once each.
  showRegions(countries) {
    countries.slice(0, 6).forEach((code) => {
      if (!/^[A-Z]{2}$/.test(code) || this.loadedRegions.has(code)) return;
      this.loadedRegions.add(code);
      fetch("/v1/outlines?kind=admin1&country=" + encodeURIComponent(code))
        .then((r) => (r.ok ? r.json() : null)).then((data) => {
          if (!data) return;
          L.geoJSON(data, { interactive: false, style: { color: "#b5b0a5", weight: 0.6, fill: false } }).addTo(this.regions);
        }).catch(() => {});
    });
  }

  show(collection, onSelect) {
    if (this.result) this.result.remove();
    this.layersByClaim = new Map();
    const remember = (n, layer) => {
      if (!this.layersByClaim.has(n)) this.layersByClaim.set(n, []);
      this.layersByClaim.get(n).push(layer);
    };
    this.result = L.geoJSON(collection, {
      // Leaflet applies this to the points too, before it draws them: they keep their own style.
      style: (f) => {
        const p = f.properties || {};
        if (p.kind === "place") return this.placeStyle;
        const base = { color: p.stroke || "#555", weight: p["stroke-width"] || 2, opacity: 0.9 };
        if (p.kind === "stated_distance") {
          return Object.assign(base, { dashArray: "5 5", fillColor: p.fill || p.stroke, fillOpacity: p["fill-opacity"] || 0.04,
            className: "stated-circle claim-" + p.claim });
        }
        return Object.assign(base, { className: "claim-line claim-" + p.claim });
      },
      pointToLayer: (f, latlng) => L.circleMarker(latlng, this.placeStyle),
      onEachFeature: (f, layer) => {
        const p = f.properties || {};
        const tip = document.createElement("span");
        if (p.kind === "place") {
          tip.textContent = p.name + (p.country ? " (" + p.country + ")" : "");
        } else if (p.kind === "claim") {
          tip.textContent = p.claim + ": " + p.verdict + " – " + (p.text || "");
          remember(p.claim, layer);
          layer.on("click", () => onSelect(p.claim - 1));
        } else if (p.kind === "stated_distance") {
          tip.textContent = "stated " + p.radius_km + " km from " + p.centre;
          remember(p.claim, layer);
        }
        layer.bindTooltip(tip, { sticky: true });
      },
    }).addTo(this.map);
    const bounds = this.result.getBounds();
    if (bounds.isValid()) this.map.fitBounds(bounds, { padding: [20, 20], maxZoom: 9 });
  }

  // Fits the map to a claim's line and circle, or to its places when it has no line.
  focus(number, claim) {
    this.layersByClaim.forEach((layers, n) => layers.forEach((layer) => {
      if (layer.setStyle && layer.feature.properties.kind === "claim") layer.setStyle({ weight: n === number ? 6 : (layer.feature.properties["stroke-width"] || 2) });
    }));
    const layers = this.layersByClaim.get(number) || [];
    let bounds = layers.length ? L.featureGroup(layers).getBounds() : null;
    const points = [claim.subject, claim.reference].filter(Boolean).map((p) => [p.lat, p.lon]);
    if (!bounds && points.length) bounds = L.latLngBounds(points);
    if (bounds && bounds.isValid()) this.map.fitBounds(bounds, { padding: [30, 30], maxZoom: 10 });
  }

  invalidate() { this.map.invalidateSize(); }
};
