#!/usr/bin/env bash
# Java Lucene peer of the scale benchmarks (docs/BENCHMARKS.md): indexes a generated corpus's sections.tsv with SmartCn and
# CJK (Debian liblucene8-java, Lucene 8.7) and answers the query mix in-process at 1 and 8 threads.
# Usage: tools/scale-java/run-scale-peer.sh CORPUS_DIR [ROUNDS]   (CORPUS_DIR from `searchmining-scale generate --sections`)
# Writes CORPUS_DIR/../results/java-<name>-<time>/java-{smartcn,cjk}.txt and the two indexes there (one JVM per analyzer, -Xmx2g).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CORPUS="$(cd "$1" && pwd)"
ROUNDS="${2:-5}"
JARS=/usr/share/java
if ! command -v javac >/dev/null || ! ls "$JARS"/lucene-analyzers-smartcn-*.jar >/dev/null 2>&1; then
  echo "installing Java and liblucene8-java…" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq default-jdk-headless liblucene8-java >/dev/null
fi
CP="$(ls "$JARS"/lucene-core-8*.jar "$JARS"/lucene-analyzers-common-8*.jar "$JARS"/lucene-analyzers-smartcn-8*.jar "$JARS"/lucene-queryparser-8*.jar | tr '\n' ':')"
OUT="$(dirname "$CORPUS")/results/java-$(basename "$CORPUS")-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT/classes"
javac -d "$OUT/classes" -cp "$CP" "$ROOT/tools/scale-java/ScalePeer.java"
AGENCY="$(sed -n 2p "$CORPUS/manifest.tsv" | cut -f3)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT/load.txt"
for analyzer in smartcn cjk; do
  java -Xmx2g -cp "$CP$OUT/classes" ScalePeer "$CORPUS/sections.tsv" "$ROOT/bench/SearchMining.Scale/query-mix.tsv" "$AGENCY" "$OUT" "$ROUNDS" "$analyzer"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/load.txt"
echo "results in $OUT"
