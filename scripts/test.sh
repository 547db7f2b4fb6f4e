#!/usr/bin/env bash
# Runs every test of the project on a fresh machine: installs what the tests need (Chromium, Java for the
# HTML checker, npm tools), then the whole solution's tests. Results (.trx) go to TestResults/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/install-test-deps.sh
rm -rf TestResults
dotnet test PhuocMy.Site.sln --configuration Release --logger "trx" --results-directory TestResults "$@"
