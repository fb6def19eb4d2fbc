#!/usr/bin/env bash
# callshadow's benchmark in one command: builds the server and the harness
# (release), then `callshadow-bench all`: starts the fake LLMs, callshadow and the
# bare relay, runs every mode, stops what it started and prints the report.
#
#   benches/run.sh                    # everything (about 3 minutes)
#   benches/run.sh --only latency     # options of `callshadow-bench all --help`
#
# The report (tables) goes to the terminal and target/bench/report.txt; one JSON
# line per mode goes to target/bench/results.jsonl.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --workspace
mkdir -p target/bench
target/release/callshadow-bench all "$@" 2>&1 >target/bench/results.jsonl | tee target/bench/report.txt
