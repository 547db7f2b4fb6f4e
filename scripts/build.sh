#!/usr/bin/env bash
# Builds the site from input/ + theme/ into _site/ (or the folder given with --output). Extra options go to `build`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec bash scripts/generator.sh build "$@"
