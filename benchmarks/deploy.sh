#!/usr/bin/env bash
# Deploy benchmark with Netlify's own runner (see benchmarks/README.md, "Deploys"):
#   bash benchmarks/deploy.sh [posts] [rounds]   posts: 0 = the repository's own site (default), N = the synthetic
#                                               corpus of benchmarks/run.sh with N posts; rounds default 3
# Each round, in one build folder that is deleted and checked out afresh before every deploy (as Netlify does):
#   old   the build command before the deploy cache (compile with `dotnet run`, check, then build), always cold
#   cold  today's build command with an empty Netlify cache
#   edit  today's, one post's body edited, with only the Netlify cache the cold deploy left (.netlify/cache)
# Prints the build command's time as `netlify build --offline` reports it, the whole Netlify build's, and the CPU
# time of the whole Netlify build (GNU time; steadier than wall time on a busy machine).
# RUNS="cold edit old" picks the runs and their order within a round (default: old cold edit).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
posts="${1:-0}"
rounds="${2:-3}"
runs="${RUNS:-old cold edit}"
# The last commit whose build command ran the generator twice without a cache.
old_revision="${OLD_REVISION:-bf517ef1bda9414daa4a34e45f6f720fc485d788}"
netlify="$repo_root/tests/tools/node_modules/netlify-cli/bin/run.js"
[ -f "$netlify" ] || { echo "deploy benchmark: netlify-cli missing; run scripts/install-test-deps.sh" >&2; exit 1; }

work="$(mktemp -d "${BENCHMARK_WORK:-/dev/shm}/phuocmy-deploy-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
site="$work/repo"
mkdir -p "$work/netlify-config/netlify" "$work/tmp" "$work/logs"
echo '{"telemetryDisabled": true}' > "$work/netlify-config/netlify/config.json"

corpus=""
if [ "$posts" -gt 0 ]; then
    bash benchmarks/run.sh write "$work/corpus" "$posts" >/dev/null
    corpus="$work/corpus/ours/input"
fi

checkout() {
    rm -rf "$site"
    mkdir -p "$site"
    git ls-files -z --cached --others --exclude-standard | tar --null --files-from=- --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "$site"
    if [ -n "$corpus" ]; then rm -rf "$site/input"; cp -r "$corpus" "$site/input"; fi
}

edit_one_post() {
    local post
    # awk reads to the end: no SIGPIPE under pipefail; grep -L exits 1 when no file has the line (a corpus without drafts)
    post="$({ grep -rL '^draft: true' "$site/input/posts" --include='*.md' || true; } | LC_ALL=C sort | awk 'NR == 1')"
    printf '\nĐoạn văn thêm vào cho lần triển khai sau.\n' >> "$post"
}

# "1m 2.3s", "7.5s" or "850ms" → seconds.
seconds() {
    awk '{ t = 0; for (i = 1; i <= NF; i++) { v = $i; if (v ~ /ms$/) t += v / 1000; else if (v ~ /m$/) t += v * 60; else t += v + 0 } printf "%.1f", t }' <<<"$1"
}

# Runs Netlify's build in the checkout; prints "build-command-seconds whole-build-seconds whole-build-cpu-seconds".
netlify_build() {
    local name="$1" log="$work/logs/$1.log"
    (cd "$site" && env -u NETLIFY_AUTH_TOKEN -u NETLIFY_SITE_ID XDG_CONFIG_HOME="$work/netlify-config" TMPDIR="$work/tmp" \
        /usr/bin/time -f 'cpu %U %S' -o "$log.time" node "$netlify" build --offline >"$log" 2>&1) || { echo "deploy benchmark: $name failed, log:" >&2; tail -40 "$log" >&2; exit 1; }
    local command whole
    command="$(sed -n 's/.*(build\.command completed in \(.*\))$/\1/p' "$log" | tail -1)"
    whole="$(sed -n 's/.*(Netlify Build completed in \(.*\))$/\1/p' "$log" | tail -1)"
    echo "$(seconds "$command") $(seconds "$whole") $(awk '/^cpu/ { printf "%.1f", $2 + $3 }' "$log.time")"
}

echo "deploy benchmark: $( [ "$posts" -gt 0 ] && echo "$posts synthetic posts" || echo "the repository's site"), $rounds rounds; load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %-5s %16s %14s %12s\n' round run "build command s" "whole build s" "whole CPU s"
for round in $(seq 1 "$rounds"); do
    for run in $runs; do
        checkout
        case "$run" in
            old)
                git show "$old_revision:scripts/netlify-build.sh" > "$site/scripts/netlify-build.sh"
                git show "$old_revision:netlify.toml" > "$site/netlify.toml"
                rm -rf "$site/netlify" ;;
            edit)
                edit_one_post
                mkdir -p "$site/.netlify"
                mv "$work/kept-cache" "$site/.netlify/cache" ;;
        esac
        times="$(netlify_build "$run-$round")"; read -r command whole cpu <<<"$times"
        printf '%-6s %-5s %16s %14s %12s\n' "$round" "$run" "$command" "$whole" "$cpu"
        case "$run" in
            cold) mv "$site/.netlify/cache" "$work/kept-cache" ;;
            edit) grep -h 'bộ nhớ đệm: đọc bài\|^Đã dựng' "$work/logs/edit-$round.log" | sed 's/^/         /' ;;
        esac
    done
done
echo "deploy benchmark: load after the run $(cut -d' ' -f1-3 /proc/loadavg)"
