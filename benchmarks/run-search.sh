#!/usr/bin/env bash
# Site search benchmark: indexing 1,000 and 10,000 generated documents (cold, warm, incremental), bytes per query,
# time to first results in Chromium with the CPU slowed down 4×, and Pagefind's indexing of the same 10,000 pages.
# One part only: bash benchmarks/run-search.sh index 10000 (or browser 10000, pagefind 10000).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dotnet run --configuration Release --project benchmarks/PhuocMy.Site.SearchBenchmarks -- "$@"
