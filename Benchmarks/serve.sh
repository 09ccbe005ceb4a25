#!/usr/bin/env bash
# Load test of `geocheck serve` on loopback only: 1, 2, 4, 8 and 16 concurrent clients (Debian's
# `hey`) each posting Examples/northern-syria-report.txt (1,011 words) to /v1/check; 10,000
# requests in all, bounded in count. Prints a Markdown table of p50/p99 latency, throughput and the
# server's resident memory after each step. Targets (2 cores): a warm check p50 under 40 ms, at
# least 20 checks a second at 8 clients with p99 under 500 ms, memory flat over the 10,000.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/install-deps.sh hey
swift build -c release --product geocheck >/dev/null 2>&1 || swift build -c release --product geocheck
bin=.build/release/geocheck
report=Examples/northern-syria-report.txt
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
mkdir -p Benchmarks/out
log=Benchmarks/out/serve-access.log
"$bin" serve --port "$port" --no-access-log 2>"$log" &
server=$!
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
    curl -fsS "$url/healthz" >/dev/null 2>&1 && break
    kill -0 $server 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.2
done
# Resident memory: anonymous (the heap: what would grow with a leak) and file-backed (the index
# file's pages mapped by each SQLite connection, shared with the page cache).
rss() { awk '/^RssAnon/ { a = $2 } /^RssFile/ { f = $2 } END { printf "%.0f / %.0f", a / 1024, f / 1024 }' /proc/$server/status; }

# Warm-up: the index pages, PROJ's database, the first GEOS contexts.
hey -n 50 -c 2 -m POST -T "text/plain; charset=utf-8" -D "$report" "$url/v1/check" >/dev/null
echo "Server: $bin serve (release), $(nproc) cores, load average before: $(cut -d" " -f1-3 /proc/loadavg); report: $report ($(wc -w <"$report") words)"
echo "Resident memory after warm-up (anonymous / file-backed): $(rss) MB"
echo
echo "| clients | requests | p50 ms | p99 ms | checks/s | non-200 | memory after, MB (anonymous / file) |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
for step in "1 500" "2 1000" "4 1500" "8 3000" "16 4000"; do
    set -- $step
    # hey's own CPU competes with the server on this machine; its figures include that.
    out=$(hey -n "$2" -c "$1" -t 30 -m POST -T "text/plain; charset=utf-8" -D "$report" "$url/v1/check")
    python3 - "$1" "$2" "$(rss)" <<PY
import re, sys
text = """$out"""
clients, requests, rss = sys.argv[1:]
def latency(p):
    m = re.search(rf"\b{p}% in ([0-9.]+) secs", text)
    return float(m.group(1)) * 1000 if m else float("nan")
rate = float(re.search(r"Requests/sec:\s+([0-9.]+)", text).group(1))
ok = sum(int(n) for n in re.findall(r"\[200\]\s+(\d+) responses", text))
print(f"| {clients} | {requests} | {latency(50):.1f} | {latency(99):.1f} | {rate:.1f} | {int(requests) - ok} | {rss} |")
PY
done
