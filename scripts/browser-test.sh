#!/usr/bin/env bash
# Runs only the browser test of the web page (also part of ./test.sh): installs Debian's chromium and a CJK font where
# it can, starts the service on a loopback port over a fresh index of samples/reports/, drives the page in headless
# Chromium and writes screenshots to artifacts/screenshots/. Without Chromium the test is reported as skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-prereqs.sh
dotnet test tests/SearchMining.Api.Tests -c Release --nologo --filter "FullyQualifiedName~SearchMining.Api.Tests.Browser"
echo "screenshots: $(pwd)/artifacts/screenshots/"
