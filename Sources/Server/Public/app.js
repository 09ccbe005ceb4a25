// The page: reads the text, asks POST /v1/check for the report and its GeoJSON, shows them.
"use strict";
(function () {
  const G = window.GeoCheck;
  const $ = (id) => document.getElementById(id);
  const form = $("check-form"), textarea = $("report"), button = $("check-button"), status = $("status");
  const errorBox = $("error"), result = $("result");
  let map = null;
  let current = null; // { text, report, geojson, reportText, geojsonText }

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
  }

  async function post(format, text) {
    const response = await fetch("/v1/check?format=" + format, {
      method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8" }, body: text,
    });
    const body = await response.text();
    let parsed = null;
    try { parsed = JSON.parse(body); } catch (e) { /* reported below */ }
    if (!response.ok) {
      throw new Error(parsed && parsed.error ? parsed.error : "the server answered " + response.status);
    }
    if (!parsed) throw new Error("the server's answer was not JSON");
    return { body, parsed };
  }

  function select(index) {
    if (!current) return;
    const claim = current.report.claims[index];
    if (!claim) return;
    const number = index + 1;
    document.querySelectorAll(".selected").forEach((el) => el.classList.remove("selected"));
    document.querySelectorAll('[data-claim="' + number + '"]').forEach((el) => el.classList.add("selected"));
    G.renderEvidence($("evidence"), claim, number);
    if (map) map.focus(number, claim);
  }

  function summarize(report) {
    const counts = {};
    report.claims.forEach((c) => { counts[c.verdict] = (counts[c.verdict] || 0) + 1; });
    const parts = Object.keys(counts).sort().map((v) => counts[v] + " " + v);
    const noun = report.claims.length === 1 ? "claim" : "claims";
    return report.claims.length + " " + noun + (parts.length ? ": " + parts.join(", ") : "") +
      (report.truncated ? " (the text was cut short)" : "");
  }

  async function check(event) {
    event.preventDefault();
    const text = textarea.value;
    errorBox.hidden = true;
    if (!text.trim()) { showError("Paste a report first."); textarea.focus(); return; }
    button.disabled = true;
    form.setAttribute("aria-busy", "true");
    status.textContent = "Checking…";
    try {
      const [json, geo] = await Promise.all([post("json", text), post("geojson", text)]);
      current = { text, report: json.parsed, geojson: geo.parsed, reportText: json.body, geojsonText: geo.body };
      result.hidden = false;
      $("summary").textContent = summarize(current.report);
      G.renderText($("report-text"), text, current.report.claims, select);
      G.renderClaims($("claims"), current.report.claims, select);
      $("evidence").replaceChildren();
      const hint = document.createElement("p");
      hint.textContent = "Select a claim in the text or the list.";
      $("evidence").appendChild(hint);
      if (window.L) {
        if (!map) map = new G.ResultMap($("map"));
        map.invalidate();
        map.show(current.geojson, select);
        map.showRegions(Array.from(new Set(current.report.places.map((p) => p.country))));
      } else {
        $("map").textContent = "The map library (Leaflet) is not installed on the server.";
      }
      status.textContent = "Done: " + summarize(current.report) + ".";
    } catch (error) {
      status.textContent = "";
      showError("The check failed: " + error.message);
    } finally {
      button.disabled = false;
      form.removeAttribute("aria-busy");
    }
  }

  function download(text, name, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function readFile(file) {
    if (!file) return;
    if (file.size > 1048576) { showError("That file is over 1 MB; split it."); return; }
    const reader = new FileReader();
    reader.onload = () => { textarea.value = String(reader.result); errorBox.hidden = true; };
    reader.onerror = () => showError("The file could not be read.");
    reader.readAsText(file);
  }

  form.addEventListener("submit", check);
  textarea.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) form.requestSubmit();
  });
  $("file-input").addEventListener("change", (e) => readFile(e.target.files[0]));
  textarea.addEventListener("dragover", (e) => { e.preventDefault(); textarea.classList.add("dragging"); });
  textarea.addEventListener("dragleave", () => textarea.classList.remove("dragging"));
  textarea.addEventListener("drop", (e) => {
    e.preventDefault();
    textarea.classList.remove("dragging");
    readFile(e.dataTransfer.files[0]);
  });
  $("download-geojson").addEventListener("click", () => {
    if (current) download(current.geojsonText, "geocheck-result.geojson", "application/geo+json");
  });
  $("download-json").addEventListener("click", () => {
    if (current) download(current.reportText, "geocheck-report.json", "application/json");
  });
})();
