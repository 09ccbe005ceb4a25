// The list of claims with their explanations, and the evidence of the selected one.
"use strict";
window.GeoCheck = window.GeoCheck || {};

window.GeoCheck.renderClaims = function (list, claims, onSelect) {
  const verdicts = window.GeoCheck.verdicts;
  list.replaceChildren();
  claims.forEach((claim, i) => {
    const item = document.createElement("li");
    item.dataset.claim = String(i + 1);
    const button = document.createElement("button");
    button.type = "button";
    button.className = "claim-item";
    const badge = document.createElement("span");
    badge.className = "badge " + verdicts.className(claim.verdict);
    badge.textContent = verdicts.label(claim.verdict);
    const kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = claim.kind;
    const quote = document.createElement("q");
    quote.textContent = claim.text || (claim.subject_text + " – " + (claim.reference_text || ""));
    const explanation = document.createElement("span");
    explanation.className = "explanation";
    explanation.textContent = claim.explanation;
    button.append(badge, " ", kind, " ", quote, explanation);
    button.addEventListener("click", () => onSelect(i));
    item.appendChild(button);
    list.appendChild(item);
  });
};

window.GeoCheck.renderEvidence = function (panel, claim, number) {
  const verdicts = window.GeoCheck.verdicts;
  panel.replaceChildren();
  const heading = document.createElement("h3");
  heading.textContent = "Claim " + number + ": " + verdicts.label(claim.verdict);
  heading.className = verdicts.className(claim.verdict) + " evidence-heading";
  const list = document.createElement("dl");
  const add = (term, value) => {
    if (value === null || value === undefined || value === "") return;
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = value;
    list.append(dt, dd);
  };
  const km = (v) => (typeof v === "number" ? v.toFixed(1) + " km" : null);
  const place = (p) => (p ? p.name + " (" + p.country + (p.admin1 ? ", " + p.admin1 : "") + "; " +
    p.lat.toFixed(4) + ", " + p.lon.toFixed(4) + "; geonameid " + p.geonameid + ")" : null);
  add("Text", claim.text);
  add("Kind", claim.kind);
  add("Explanation", claim.explanation);
  add("Subject", place(claim.subject) || claim.subject_text + " (not found)");
  if (claim.reference_text) add("Reference", place(claim.reference) || claim.reference_text + " (not found)");
  if (claim.stated) {
    add("Stated distance", km(claim.stated.distance_km));
    add("Stated direction", claim.stated.direction);
  }
  if (claim.measured) {
    add("Measured distance", km(claim.measured.distance_km));
    if (typeof claim.measured.bearing_deg === "number") {
      add("Bearing", claim.measured.bearing_deg.toFixed(0) + "° " + (claim.measured.direction || ""));
    }
  }
  if (claim.accepted) {
    const range = (r) => (Array.isArray(r) ? r[0].toFixed(1) + "–" + r[1].toFixed(1) + " km" : null);
    add("Accepted straight line", range(claim.accepted.straight_km));
    add("Accepted by road", range(claim.accepted.road_km));
    add("Accepted at most", km(claim.accepted.max_km));
  }
  if (claim.region) add("Region", claim.region.name + " (" + claim.region.kind + ", " + claim.region.country + ")");
  if (claim.border) add("Nearest border", claim.border.name + ", " + km(claim.border.distance_km));
  panel.append(heading, list);
};
