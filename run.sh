#!/usr/bin/env bash
# Starts the SearchMining service on http://localhost:5000 (ASPNETCORE_URLS overrides).
# On first start with an empty index/ it ingests the bundled sample corpus in samples/reports/.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/install-prereqs.sh
exec dotnet run --project src/SearchMining.Api -c Release -- "$@"
