#!/usr/bin/env bash
# Build-speed benchmark: a synthetic site of N posts (default 10000), built R times (default 3), timed per stage.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dotnet run --configuration Release --project benchmarks/PhuocMy.Site.Benchmarks -- "${1:-10000}" "${2:-3}"
