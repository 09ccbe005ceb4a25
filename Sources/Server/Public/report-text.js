// The report's text with each claim highlighted in its verdict's colour and followed by a
// label (number and verdict), so colour is never the only sign. Text goes in as text only.
"use strict";
window.GeoCheck = window.GeoCheck || {};
window.GeoCheck.renderText = function (container, text, claims, onSelect) {
  const verdicts = window.GeoCheck.verdicts;
  // Spans count Unicode scalars, as Array.from splits a string.
  const chars = Array.from(text);
  const spans = claims.map((claim, i) => ({ i, claim, start: claim.span ? claim.span[0] : -1, end: claim.span ? claim.span[1] : -1 }))
    .filter((s) => s.start >= 0 && s.end > s.start && s.end <= chars.length);
  const cuts = new Set([0, chars.length]);
  spans.forEach((s) => { cuts.add(s.start); cuts.add(s.end); });
  const points = Array.from(cuts).sort((a, b) => a - b);
  container.replaceChildren();
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k], b = points[k + 1];
    const piece = chars.slice(a, b).join("");
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    if (covering.length === 0) {
      container.appendChild(document.createTextNode(piece));
    } else {
      // The innermost claim colours the piece; the piece selects it.
      const inner = covering.reduce((x, y) => (y.end - y.start < x.end - x.start ? y : x));
      const mark = document.createElement("mark");
      mark.className = "claim " + verdicts.className(inner.claim.verdict);
      mark.dataset.claim = String(inner.i + 1);
      mark.textContent = piece;
      mark.addEventListener("click", () => onSelect(inner.i));
      container.appendChild(mark);
    }
    spans.filter((s) => s.end === b).forEach((s) => {
      const label = document.createElement("button");
      label.type = "button";
      label.className = "claim-label " + verdicts.className(s.claim.verdict);
      label.dataset.claim = String(s.i + 1);
      label.dataset.verdict = s.claim.verdict;
      label.textContent = (s.i + 1) + " " + verdicts.label(s.claim.verdict);
      label.setAttribute("aria-label", "Claim " + (s.i + 1) + ": " + s.claim.verdict + "; show its evidence");
      label.addEventListener("click", () => onSelect(s.i));
      container.appendChild(label);
    });
  }
};
