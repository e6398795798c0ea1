#!/usr/bin/env bash
# Runs every test of every project and ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
bash scripts/install-prereqs.sh
results="TestResults/run-$(date +%s)"
mkdir -p "$results"
if ! dotnet build SearchMining.sln -c Release -nologo -v q; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi
dotnet test SearchMining.sln -c Release --no-build --nologo --logger trx --results-directory "$results"
status=$?
passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ $status -ne 0 ] && [ $failed -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
exit $status
