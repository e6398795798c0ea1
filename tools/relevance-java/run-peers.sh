#!/usr/bin/env bash
# Java Lucene peers for docs/RELEVANCE.md: SmartChineseAnalyzer and CJK bigrams (Debian liblucene8-java), OR and AND,
# scored by `searchmining eval-relevance` in the same table as our own configurations. Run from anywhere; writes to $OUT
# (default a temp folder). SET = the judged set folder (default data/relevance); further arguments go to eval-relevance,
# e.g. `run-peers.sh --splits dev,test` (the test split is for reporting only).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="${OUT:-$(mktemp -d /tmp/searchmining-peers.XXXXXX)}"
mkdir -p "$OUT"
JARS=/usr/share/java

need_jar() { ls "$JARS"/"$1"*.jar >/dev/null 2>&1; }
if ! command -v javac >/dev/null || ! need_jar lucene-core || ! need_jar lucene-analyzers-smartcn || ! need_jar lucene-queryparser; then
  echo "installing Java and liblucene8-java…" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq default-jdk-headless liblucene8-java >/dev/null
fi

CP="$(ls "$JARS"/lucene-core-*.jar "$JARS"/lucene-analyzers-common-*.jar "$JARS"/lucene-analyzers-smartcn-*.jar "$JARS"/lucene-queryparser-*.jar | tr '\n' ':')"
CLI=(dotnet run --project "$ROOT/src/SearchMining.Cli" -c Release --)
SET="${SET:-data/relevance}"

cd "$ROOT"
"${CLI[@]}" eval-relevance --set "$SET" --export-sections "$OUT/sections.tsv" "$@"
javac -d "$OUT/classes" -cp "$CP" "$ROOT/tools/relevance-java/RelevancePeer.java"
java -cp "$CP$OUT/classes" RelevancePeer "$OUT/sections.tsv" "$SET/needs.tsv" "$OUT"
"${CLI[@]}" eval-relevance --set "$SET" "$@" --run "$OUT/java-smartcn.tsv" "$OUT/java-cjk-bigram.tsv" "$OUT/java-smartcn+cjk.tsv" \
  "$OUT/java-smartcn-and.tsv" "$OUT/java-cjk-bigram-and.tsv"
