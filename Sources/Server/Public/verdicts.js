// Verdict names, labels and colours: the colours are those of `geocheck check --geojson`.
"use strict";
window.GeoCheck = window.GeoCheck || {};
window.GeoCheck.verdicts = {
  colours: {
    consistent: "#1a9850", consistent_road: "#2c7bb6", inconsistent: "#d73027", unverifiable: "#878787",
  },
  labels: {
    consistent: "✓ consistent", consistent_road: "≈ road distance", inconsistent: "✗ inconsistent",
    unverifiable: "? unverifiable",
  },
  label(verdict) { return this.labels[verdict] || verdict; },
  // Only known verdicts become class names; anything else is "unverifiable" for styling.
  className(verdict) { return "verdict-" + (this.colours[verdict] ? verdict : "unverifiable"); },
};
