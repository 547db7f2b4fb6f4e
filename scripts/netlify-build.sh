#!/usr/bin/env bash
# Netlify's build command (netlify.toml): one run of an already-compiled generator.
# - .deploy-cache/ holds the .NET SDK (installed there only when no .NET 10 SDK is on the machine, as on Netlify)
#   and the compiled generator with the hash of the sources it was compiled from. The keep-build-cache plugin
#   (netlify/plugins/) keeps it between deploys, with the generator's own cache and the last output folder.
# - The generator is compiled again only when src/, the project files or this script changed (or the SDK did).
# - `build` checks every page (links, alt text, headings, NFC) before it writes anything, lists every problem with
#   file, line and fix, and exits 1 on a content error (3 on an internal one) leaving _site as it was; `set -e` then
#   fails the deploy and Netlify keeps the last good one live. No separate `check` run is needed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

tools=.deploy-cache
sdk="$PWD/$tools/dotnet"
generator="$tools/generator"

if [ -x "$sdk/dotnet" ]; then
    export DOTNET_ROOT="$sdk" PATH="$sdk:$PATH" NUGET_PACKAGES="$PWD/$tools/nuget"
fi
if ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
    echo "Cài .NET SDK 10 vào $tools/dotnet (được giữ cho lần triển khai sau)…"
    curl -sSL https://dot.net/v1/dotnet-install.sh -o "$tools.dotnet-install.sh"
    bash "$tools.dotnet-install.sh" --channel 10.0 --install-dir "$sdk" --no-path
    rm -f "$tools.dotnet-install.sh"
    export DOTNET_ROOT="$sdk" PATH="$sdk:$PATH" NUGET_PACKAGES="$PWD/$tools/nuget"
fi

# What the compiled generator is a function of: every source and project file, this script, and the SDKs.
source_hash() {
    {
        find src -type f -not -path '*/bin/*' -not -path '*/obj/*' -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum
        for file in Directory.Build.props Directory.Build.targets Directory.Packages.props global.json nuget.config NuGet.Config; do
            [ -f "$file" ] && sha256sum "$file"
        done
        sha256sum scripts/netlify-build.sh
        dotnet --list-sdks
    } | sha256sum | cut -d' ' -f1
}
hash="$(source_hash)"
if [ -f "$generator/phuocmy-site.dll" ] && [ "$(cat "$generator/source-hash" 2>/dev/null)" = "$hash" ]; then
    echo "Trình dựng trang đã biên dịch sẵn (mã nguồn ${hash:0:12}…): dùng lại, không biên dịch."
else
    echo "Biên dịch trình dựng trang (mã nguồn ${hash:0:12}… chưa có trong bộ nhớ đệm)…"
    rm -rf "$generator" "$generator.new"
    # One-off compile: no build servers left running after the deploy. ReadyToRun (compiled ahead of time for this
    # machine, libraries included): every deploy is a cold build, and this spares it the JIT (benchmarks/README.md).
    rid="$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')"
    dotnet publish src/PhuocMy.Site --configuration Release --runtime "$rid" --self-contained false -p:PublishReadyToRun=true \
        --output "$generator.new" --nologo --verbosity quiet -nodeReuse:false -p:UseSharedCompilation=false
    echo "$hash" > "$generator.new/source-hash"
    mv "$generator.new" "$generator"
fi

# Production keeps site.yml's base_url; deploy previews get their own address so their links and canonicals work.
base_url=()
if [ "${CONTEXT:-production}" != "production" ] && [ -n "${DEPLOY_PRIME_URL:-}" ]; then
    base_url=(--base-url "$DEPLOY_PRIME_URL/")
fi
dotnet "$generator/phuocmy-site.dll" build --output _site --timings "${base_url[@]}"
