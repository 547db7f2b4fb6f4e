#!/usr/bin/env bash
# Build-speed benchmark, from a fresh clone (see benchmarks/README.md):
#   bash benchmarks/run.sh [N,N…] [rounds] [lighter-hugo]  ours against Hugo, each build a fresh process (default: 1000,10000 3);
#                                               lighter-hugo: only Hugo without related content (for 30000, where the other takes most of the run)
#   bash benchmarks/run.sh stages [N] [runs] [cache]  in-process builds of ours with the time of every stage (default:
#                                               10000 3); with `cache`, run 1 is cold and the others no-op rebuilds
#   bash benchmarks/run.sh dotnet-env [N] [rounds]  ours, cold and no-op, under DOTNET_* settings and `dotnet run` (default: 10000 1)
#   bash benchmarks/run.sh search-share [N]     what the search index adds to a cold, a no-op and a one-post build (default: 10000)
#   bash benchmarks/run.sh write FOLDER [N]     only writes the synthetic corpus for both generators, to look at
# Installs Debian's hugo and GNU time when missing (as root, or with sudo), builds our generator and the harness
# in Release, then runs the harness's compiled program (not `dotnet run`, whose MSBuild check would be timed too).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

say() { echo "benchmarks: $*"; }

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

missing=()
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
    apt_install "${missing[@]}"
fi

say "building the generator and the harness (Release), and the generator as users run it (ReadyToRun, scripts/generator.sh)"
dotnet build benchmarks/PhuocMy.Site.Benchmarks --configuration Release --nologo --verbosity quiet
bash scripts/generator.sh --help >/dev/null

harness="benchmarks/PhuocMy.Site.Benchmarks/bin/Release/net10.0/PhuocMy.Site.Benchmarks"
say "load before the run: $(uptime)"
"$harness" "$@"
say "load after the run: $(uptime)"
