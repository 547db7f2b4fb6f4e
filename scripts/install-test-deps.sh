#!/usr/bin/env bash
# Installs what the quality gates need on a fresh Debian machine: Chromium for the browser tests,
# a font with Vietnamese glyphs, Java for the W3C Nu HTML Checker, and the npm tools in tests/tools.
# Safe to rerun: it installs only what is missing. Run as root (CI), or with sudo available.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools_dir="$repo_root/tests/tools"

say() { echo "install-test-deps: $*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        say "need root (or sudo) to run: $*" >&2
        exit 1
    fi
}

# Another apt or dpkg may be running (an image's first boot, a developer's install): wait for it, never kill it.
wait_for_apt() {
    local locks=(/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock)
    command -v fuser >/dev/null 2>&1 || return 0
    while as_root fuser "${locks[@]}" >/dev/null 2>&1; do
        say "apt is busy in another process; waiting…"
        sleep 5
    done
}

apt_install() {
    say "installing Debian packages: $*"
    wait_for_apt
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 update
    wait_for_apt
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y "$@"
}

has_vietnamese_font() {
    command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=vi family)" ]
}

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
# DejaVu covers Vietnamese and is small; screenshots would show boxes for "ư", "ặ"… without such a font.
has_vietnamese_font || missing+=(fontconfig fonts-dejavu-core)

if [ ${#missing[@]} -gt 0 ]; then
    apt_install "${missing[@]}"
else
    say "chromium, java, npm and a Vietnamese font are already installed"
fi

if ! has_vietnamese_font; then
    say "no font with Vietnamese glyphs found after installing fonts-dejavu-core" >&2
    exit 1
fi

# --ignore-scripts: vnu-jar's postinstall would download a Java runtime; the system java is used instead.
if [ -f "$tools_dir/package-lock.json" ]; then
    say "npm ci in tests/tools"
    npm ci --prefix "$tools_dir" --ignore-scripts --no-audit --no-fund
else
    say "npm install in tests/tools (no package-lock.json yet)"
    npm install --prefix "$tools_dir" --ignore-scripts --no-audit --no-fund
fi

vnu_jar="$tools_dir/node_modules/vnu-jar/build/dist/vnu.jar"
[ -f "$vnu_jar" ] || { say "missing $vnu_jar after npm" >&2; exit 1; }
lighthouse_cli="$tools_dir/node_modules/lighthouse/cli/index.js"
[ -f "$lighthouse_cli" ] || { say "missing $lighthouse_cli after npm" >&2; exit 1; }

say "ready: $(/usr/bin/chromium --version 2>/dev/null | head -1); java $(java -version 2>&1 | head -1); vnu $(java -jar "$vnu_jar" --version); lighthouse $(node "$lighthouse_cli" --version)"
