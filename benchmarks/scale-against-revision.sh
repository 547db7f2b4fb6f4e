#!/usr/bin/env bash
# Our generator now against itself at an earlier revision, on the benchmark's synthetic corpus, as whole processes:
#   bash benchmarks/scale-against-revision.sh REV [posts] [rounds]     (defaults: 10000 posts, 3 rounds)
# Both generators build the same input (the corpus of `run.sh write`, with this working tree's theme), each into its
# own output folder and cache. Each round, alternating which goes first: a cold build (no output, no cache), a no-op
# rebuild, and a rebuild after one post's body was edited (the same edit for both). Timed by GNU time (wall, CPU,
# peak RSS); prints medians, the ratios now / then, and whether both wrote the same site, byte for byte.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rev="${1:?usage: bash benchmarks/scale-against-revision.sh REV [posts] [rounds]}"
posts="${2:-10000}"
rounds="${3:-3}"
work="$(mktemp -d /dev/shm/scale-XXXXXX 2>/dev/null || mktemp -d)"
trap 'rm -rf "$work"' EXIT
say() { echo "scale-against-revision: $*"; }
[ -x /usr/bin/time ] || { say "GNU time (/usr/bin/time) is missing: bash benchmarks/run.sh installs it" >&2; exit 1; }

say "compiling $rev and the working tree (Release)"
mkdir -p "$work/src-then"
git -C "$repo_root" archive "$rev" | tar -x -C "$work/src-then"
dotnet build "$work/src-then/src/PhuocMy.Site" --configuration Release --nologo -v q -o "$work/bin-then" >/dev/null
dotnet build "$repo_root/src/PhuocMy.Site" --configuration Release --nologo -v q -o "$work/bin-now" >/dev/null
dotnet build "$repo_root/benchmarks/PhuocMy.Site.Benchmarks" --configuration Release --nologo -v q | { grep -E " error " >&2 || true; }

say "writing $posts posts"
"$repo_root/benchmarks/PhuocMy.Site.Benchmarks/bin/Release/net10.0/PhuocMy.Site.Benchmarks" write "$work/corpus" "$posts" >/dev/null
for which in then now; do
    mkdir -p "$work/$which"
    cp -r "$work/corpus/ours/input" "$work/$which/input"
done
rm -rf "$work/corpus"
edited="$(cd "$work/now/input" && find posts -name '*.md' | LC_ALL=C sort | awk -v n="$posts" 'NR == int(n / 2)')"

declare -A wall cpu rss
build() { # which scenario
    local which="$1" log="$work/$1.log" stats="$work/$1.time"
    if ! /usr/bin/time -o "$stats" -f '%e %U %S %M' dotnet "$work/bin-$which/phuocmy-site.dll" build \
        --input "$work/$which/input" --theme "$repo_root/theme" --output "$work/$which/_site" >"$log" 2>&1; then
        say "the $which build ($2) failed:" >&2
        tail -n 20 "$log" >&2
        exit 1
    fi
    read -r e u s m <"$stats"
    wall[$which-$2]+="$e "
    cpu[$which-$2]+="$(awk -v u="$u" -v s="$s" 'BEGIN {print u + s}') "
    rss[$which-$2]+="$((m / 1024)) "
}

for round in $(seq 1 "$rounds"); do
    order=(then now)
    [ $((round % 2)) -eq 0 ] && order=(now then)
    for which in "${order[@]}"; do rm -rf "$work/$which/_site" "$work/$which/_site.phuocmy-output" "$work/$which/.phuocmy-cache"; build "$which" cold; done
    for which in "${order[@]}"; do build "$which" noop; done
    for which in "${order[@]}"; do
        printf '\nMột đoạn thêm ở vòng %s.\n' "$round" >>"$work/$which/input/$edited"
        build "$which" body-edit
    done
    say "round $round of $rounds done (load $(cut -d' ' -f1 /proc/loadavg))"
done

median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo
echo "$posts posts, medians of $rounds round(s), $(nproc) cores; then = $rev, now = working tree"
echo
echo "| build | then wall | now wall | ratio | then CPU | now CPU | then peak RSS | now peak RSS | ratio |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for kind in cold noop body-edit; do
    tw=$(median "${wall[then-$kind]}"); nw=$(median "${wall[now-$kind]}")
    tc=$(median "${cpu[then-$kind]}"); nc=$(median "${cpu[now-$kind]}")
    tr_=$(median "${rss[then-$kind]}"); nr=$(median "${rss[now-$kind]}")
    echo "| $kind | $tw s | $nw s | $(ratio "$nw" "$tw") | $tc s | $nc s | $tr_ MiB | $nr MiB | $(ratio "$nr" "$tr_") |"
done
echo
if diff -rq "$work/then/_site" "$work/now/_site" >/dev/null; then
    say "both wrote the same site, byte for byte"
else
    say "the two sites differ in $(diff -rq "$work/then/_site" "$work/now/_site" | wc -l) files, e.g.:"
    diff -rq "$work/then/_site" "$work/now/_site" | head -10 || true
fi
