#!/usr/bin/env bash
# Check: validates everything a build would (content, data tables, templates, links) and writes nothing.
# Lists every problem at once; exits 1 when there is an error (usable as a pre-merge check).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec bash scripts/generator.sh check "$@"
