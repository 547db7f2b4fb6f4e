#!/usr/bin/env bash
# Our generator now against itself at an earlier revision, each on the real site of its own revision (input/ + theme/),
# as whole processes:
#   bash benchmarks/against-revision.sh REV [rounds]      (default rounds: 5)
# Each round runs, alternating the two generators: a cold build (no output folder, no cache) and a no-op rebuild
# (nothing changed since). Both generators are compiled first (Release), outside the repository, and run as
# `dotnet <dll>`, so MSBuild's up-to-date check is not timed. Prints each median and the ratio now / then, and
# whether both wrote the same site, byte for byte (they do when input/ and theme/ did not change in between).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rev="${1:?usage: bash benchmarks/against-revision.sh REV [rounds]}"
rounds="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

say() { echo "against-revision: $*"; }

build_generator() { # folder-with-src → folder of the compiled generator
    dotnet build "$1/src/PhuocMy.Site" --configuration Release --nologo -v q -o "$2" >/dev/null
}

say "compiling $rev and the working tree"
mkdir -p "$work/then"
git -C "$repo_root" archive "$rev" | tar -x -C "$work/then"
build_generator "$work/then" "$work/bin-then"
build_generator "$repo_root" "$work/bin-now"
sources_then="$work/then"
sources_now="$repo_root"

millis() { date +%s%3N; }

run() { # which, output folder → elapsed ms; a failed build stops the benchmark, naming it
    local start end sources
    sources="sources_$1"
    sources="${!sources}"
    start=$(millis)
    if ! dotnet "$work/bin-$1/phuocmy-site.dll" build --input "$sources/input" --theme "$sources/theme" --output "$2" >"$work/$1.log" 2>&1; then
        say "the $1 build failed:" >&2
        tail -n 20 "$work/$1.log" >&2
        exit 1
    fi
    end=$(millis)
    echo $((end - start))
}

declare -A times
for round in $(seq 1 "$rounds"); do
    for which in then now; do
        rm -rf "$work/$which"-site "$work/.phuocmy-cache"/"$which"-site
        times[$which-cold]+="$(run "$which" "$work/$which-site") "
        times[$which-noop]+="$(run "$which" "$work/$which-site") "
    done
    say "round $round of $rounds done"
done

median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

printf '%-8s %12s %12s %8s\n' build "then (ms)" "now (ms)" ratio
for kind in cold noop; do
    then_ms=$(median "${times[then-$kind]}")
    now_ms=$(median "${times[now-$kind]}")
    printf '%-8s %12s %12s %8s\n' "$kind" "$then_ms" "$now_ms" "$(awk -v a="$now_ms" -v b="$then_ms" 'BEGIN {printf "%.2f", a / b}')"
done

if diff -rq "$work/then-site" "$work/now-site" >/dev/null; then
    say "both wrote the same site, byte for byte"
else
    say "the two sites differ in $(diff -rq "$work/then-site" "$work/now-site" | wc -l) files (input/ or theme/ changed in between?), e.g.:"
    diff -rq "$work/then-site" "$work/now-site" | head -10 || true
fi
