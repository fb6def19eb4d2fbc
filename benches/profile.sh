#!/usr/bin/env bash
# Profiles callshadow under the `latency` load (C=50, zero-latency fake LLM) with
# `perf record -e cpu-clock` (software clock: works where hardware counters are
# not exposed, as in most VMs), then prints the functions by inclusive share.
#
#   benches/profile.sh [seconds] [latency options]   # needs perf; builds nothing: run benches/run.sh first
#   benches/profile.sh 10 --texts-from tests/data/analyzer_callspeech_train.jsonl   # every message new text
#   SERVER_BIN=/tmp/old/callshadow SERVER_DIR=/tmp/old benches/profile.sh 10          # another build, run in
#                                                  # its own checkout (its config/ and prompts/)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-5}"
shift || true
server_bin="$(realpath "${SERVER_BIN:-target/release/callshadow}")"
server_dir="${SERVER_DIR:-.}"
bench=target/release/callshadow-bench
out=target/bench
mkdir -p "$out"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

"$bench" fake-llm --port 0 2>"$out/fake.log" & pids+=($!)
sleep 0.5
fake=$(sed -n 's/.*"address":"\([^"]*\)".*/\1/p' "$out/fake.log" | head -1)
env -i PORT=0 LOG_FORMAT=json LOG_LEVEL=warn,callshadow::startup=info LLM_PROVIDER=openai \
    OPENAI_BASE_URL="http://$fake/v1" OPENAI_API_KEY=bench OPENAI_JSON_MODE=false \
    MAX_CONNECTIONS_PER_IP=0 MAX_SESSIONS=100000 RATE_LIMIT_ENABLED=false CLOSING_DETECTOR_PROVIDER=local \
    bash -c 'cd "$1" && exec "$2"' _ "$server_dir" "$server_bin" 2>"$out/server.log" & server=$!; pids+=($server)
sleep 1
address=$(sed -n 's/.*"address":"\([^"]*\)".*/\1/p' "$out/server.log" | head -1)
url="ws://$address/ws/conversation"
"$bench" latency --url "$url" -c 50 -m 100 "$@" >/dev/null 2>&1          # warm-up
perf record -F 499 -e cpu-clock --call-graph dwarf,16384 -p "$server" \
    -o "$out/perf.data" -- sleep "$seconds" >/dev/null 2>&1 & perf=$!
"$bench" latency --url "$url" -c 50 -m 100000 --server-pid "$server" "$@" >/dev/null 2>&1 & load=$!; pids+=($load)
wait "$perf"
kill "$load" 2>/dev/null || true
perf report -i "$out/perf.data" --children --sort symbol --stdio -g none 2>/dev/null \
    | grep -v '^#' | grep -v '^$' | grep -v 'inlined)' \
    | grep -E 'callshadow::|serde_json::|reqwest::|hyper::proto|tungstenite::protocol|mi_|malloc|memmove|SplitWhitespace|join_generic|format_inner|do_syscall_64' \
    | cut -c1-160 | head -60
echo "full profile: perf report -i $out/perf.data"
