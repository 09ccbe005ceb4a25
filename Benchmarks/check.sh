#!/usr/bin/env bash
# `geocheck check` on a 1,000-word report, as a whole process (start, index open, extraction,
# look-ups, checks, output). The report is the labelled corpus's sentences run together into
# paragraphs: about 120 claims over some 100 places in 25 countries, denser than any news text.
# Prints a Markdown table; the target is under 300 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/install-deps.sh bc
swift build -c release --product geocheck >/dev/null
bin=.build/release/geocheck
mkdir -p Benchmarks/out
report=Benchmarks/out/report-1000-words.txt
python3 - "$report" <<'PY'
import json, sys
sentences = [json.loads(l)["text"] for l in open("Tests/Fixtures/claims-corpus.jsonl", encoding="utf-8") if l.strip()]
words, paragraphs, paragraph = 0, [], []
for sentence in sentences:
    paragraph.append(sentence)
    words += len(sentence.split())
    if len(paragraph) == 5:
        paragraphs.append(" ".join(paragraph)); paragraph = []
    if words >= 1000:
        break
if paragraph:
    paragraphs.append(" ".join(paragraph))
open(sys.argv[1], "w", encoding="utf-8").write("\n\n".join(paragraphs) + "\n")
PY
# The index is built once, outside the timing.
"$bin" gazetteer build >/dev/null 2>&1 || true
"$bin" check "$report" >/dev/null || true

now() { date +%s.%N; }
times=()
for _ in $(seq 21); do
    s=$(now); "$bin" check "$report" >/dev/null || true; times+=("$(echo "($(now) - $s) * 1000" | bc)")
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(echo "$sorted" | sed -n 11p); fastest=$(echo "$sorted" | head -1); slowest=$(echo "$sorted" | tail -1)
json_times=()
for _ in $(seq 5); do
    s=$(now); "$bin" check "$report" --json >/dev/null || true; json_times+=("$(echo "($(now) - $s) * 1000" | bc)")
done
json_median=$(printf '%s\n' "${json_times[@]}" | sort -n | sed -n 3p)
claims=$("$bin" check "$report" --json | python3 -c 'import json,sys; r=json.load(sys.stdin); print(len(r["claims"]), len(r["places"]))' || true)
echo "Machine: $(uname -m), $(nproc) cores; report: $(wc -w < "$report") words, $(echo "$claims" | cut -d' ' -f1) claims, $(echo "$claims" | cut -d' ' -f2) places"
echo
echo "| measure | figure | target |"
echo "|---|---:|---:|"
printf '| `geocheck check` on the 1,000-word report, whole process (median of 21) | %.0f ms (fastest %.0f, slowest %.0f) | < 300 ms |\n' "$median" "$fastest" "$slowest"
printf '| the same with `--json` (median of 5) | %.0f ms | |\n' "$json_median"
