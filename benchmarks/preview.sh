#!/usr/bin/env bash
# Preview benchmark: edit-to-reload latency (post saved → reload event) at each site size (default 1000,10000),
# median of E edits (default 5).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dotnet run --configuration Release --project benchmarks/PhuocMy.Site.Benchmarks -- preview "${1:-1000,10000}" "${2:-5}"
