#!/usr/bin/env bash
# Netlify's build image has no .NET 10 SDK: install it into the build cache with Microsoft's script, then build.
# A failed build publishes nothing: the generator checks every page (links, alt text, headings, NFC) before it
# writes, exits 1 on any content error and 3 on an internal error, and `set -e` makes Netlify keep the last good
# deploy. `check` runs first: every problem of every file is listed at once in the deploy log (the same checks as
# the build, nothing written), and nothing is built or published unless it passes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
    curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
    bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$HOME/.dotnet"
    export PATH="$HOME/.dotnet:$PATH"
fi
bash scripts/check.sh
# Production keeps site.yml's base_url; deploy previews get their own address so their links and canonicals work.
base_url=""
if [ "${CONTEXT:-production}" != "production" ]; then base_url="${DEPLOY_PRIME_URL:-}"; fi
if [ -n "$base_url" ]; then
    bash scripts/build.sh --output _site --base-url "$base_url/"
else
    bash scripts/build.sh --output _site
fi
