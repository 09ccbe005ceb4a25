#!/usr/bin/env bash
# `geocheck check` on 1,000-word reports, as whole processes (start, index open, extraction,
# look-ups, checks, output). Two reports:
#   - Examples/northern-syria-report.txt: a news-like report written for the project (1,011 words,
#     about 50 claims over 40 places in five countries);
#   - a stress report: the labelled corpus's sentences run together until 1,000 words (about
#     115 claims over 80 places in 25 countries, denser than any news text).
#   - a bounds check: 3,000 distance claims between 6,000 invented names (a text no gazetteer can
#     help with), one run.
# Prints a Markdown table; the target is under 300 ms for a 1,000-word report.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/install-deps.sh bc
swift build -c release --product geocheck >/dev/null
bin=.build/release/geocheck
mkdir -p Benchmarks/out
dense=Benchmarks/out/corpus-1000-words.txt
python3 - "$dense" <<'PY'
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
invented=Benchmarks/out/invented-names.txt
python3 - "$invented" <<'PY'
import random, sys
random.seed(7)
def name():
    return "".join(random.choice("bcdfghklmnprstvz") + random.choice("aeiou") for _ in range(random.randint(2, 4))).capitalize()
open(sys.argv[1], "w").write(" ".join(f"{name()}, {random.randint(5, 900)} km north of {name()}." for _ in range(3000)) + "\n")
PY
# The index is built once, outside the timing; one run warms the page cache.
"$bin" gazetteer build >/dev/null 2>&1 || true

now() { date +%s.%N; }
# Prints "median fastest slowest" in milliseconds over $1 runs of the rest of the arguments.
timing() {
    local runs=$1; shift
    "$@" >/dev/null || true
    local times=()
    for _ in $(seq "$runs"); do
        local s; s=$(now); "$@" >/dev/null || true; times+=("$(echo "($(now) - $s) * 1000" | bc)")
    done
    local sorted; sorted=$(printf '%s\n' "${times[@]}" | sort -n)
    echo "$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p") $(echo "$sorted" | head -1) $(echo "$sorted" | tail -1)"
}
describe() {
    "$bin" check "$1" --json | python3 -c 'import json,sys; r=json.load(sys.stdin); print(len(r["claims"]), "claims,", len(r["places"]), "places")' || true
}
echo "Machine: $(uname -m), $(nproc) cores"
echo
echo "| report | words | claims | whole process, median of 21 (fastest–slowest) | target |"
echo "|---|---:|---|---:|---:|"
for report in Examples/northern-syria-report.txt "$dense"; do
    read -r median fastest slowest <<<"$(timing 21 "$bin" check "$report")"
    printf '| %s | %d | %s | %.0f ms (%.0f–%.0f) | < 300 ms |\n' "$report" "$(wc -w < "$report")" "$(describe "$report")" \
        "$median" "$fastest" "$slowest"
done
read -r once _ _ <<<"$(timing 1 "$bin" check "$invented")"
printf '| %s (bounds check, one run) | %d | %s | %.0f ms | |\n' "$invented" "$(wc -w < "$invented")" "$(describe "$invented")" "$once"
read -r median _ _ <<<"$(timing 5 "$bin" check --json Examples/northern-syria-report.txt)"
printf '| the news-like report with `--json` (median of 5) | | | %.0f ms | |\n' "$median"
read -r median _ _ <<<"$(timing 21 "$bin" check - </dev/null)"
printf '| an empty text: start-up and index open alone | 0 | | %.0f ms | |\n' "$median"
