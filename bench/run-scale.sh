#!/usr/bin/env bash
# The lead's one command for the issue-18 tables: one session (our CLI ingest + service, then the Java Lucene peer on the
# same sections and queries), then the markdown rows to paste into docs/BENCHMARKS.md (also saved as table.md in the
# session's results folder). Run it on a quiet machine (it prints the load before and after).
# PEER=reuse bench/run-scale.sh COUNT reuses the latest peer session instead of running it again (see scale.sh).
# Usage: bench/run-scale.sh COUNT [options of `searchmining-scale run`]   e.g. bench/run-scale.sh 100000
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
COUNT="$1"
DATA="${DATA:-/work/scale-data}"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
DATA="$DATA" "$ROOT/bench/scale.sh" "$@"
OURS="$(ls -dt "$DATA/results/$COUNT"-* | head -1)"
PEER_DIR="$(ls -dt "$DATA/results/java-corpus-$COUNT"-* | head -1)"
echo "peer results: $PEER_DIR"
python3 "$ROOT/bench/scale-table.py" "$OURS" "$PEER_DIR" | tee "$OURS/table.md"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
