#!/usr/bin/env bash
# One scale-benchmark session (issue 18, docs/BENCHMARKS.md): our CLI ingest + service, then the Java Lucene peer on the
# same generated sections and query mix, back to back. Corpora, indexes and results go to $DATA (default /work/scale-data,
# never the repository). Usage: bench/scale.sh COUNT [extra options of `searchmining-scale run`, e.g. --trace --profile-rounds 5]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
COUNT="$1"; shift
DATA="${DATA:-/work/scale-data}"
cd "$ROOT"
for project in src/SearchMining.Cli src/SearchMining.Api bench/SearchMining.Scale; do
  dotnet build "$project" -c Release -nologo -v q >/dev/null
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load $(cut -d' ' -f1-3 /proc/loadavg); $(date -Iseconds)"
dotnet bench/SearchMining.Scale/bin/Release/net10.0/searchmining-scale.dll run --count "$COUNT" --data "$DATA" "$@"
# PEER=reuse skips the Java peer and lets run-scale.sh take its latest results on the same corpus (the peer's code and the
# machine unchanged; the table then says which session the peer row comes from). Default: run the peer in this session.
if [ "${PEER:-run}" != reuse ]; then
  tools/scale-java/run-scale-peer.sh "$DATA/corpus-$COUNT"
fi
