#!/usr/bin/env bash
# Preview: builds the site, serves it at http://127.0.0.1:4000/ and reloads the browser on every save. Ctrl+C stops it.
# Extra options go to `preview` (--port, --open, --published-only).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec bash scripts/generator.sh preview "$@"
