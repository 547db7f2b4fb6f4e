#!/usr/bin/env bash
# The CLI's fixed cost as a user pays it: the real site built with nothing changed (the no-op path), every run a
# fresh process, the variants alternating within each round so they share the machine's load. Prints each
# variant's median wall and CPU (user + system) time and its ratio to `bash scripts/build.sh`.
#   bash benchmarks/startup.sh [rounds]      (default 10)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rounds="${1:-10}"
work="$(mktemp -d /tmp/phuocmy-startup.XXXXXX)"
trap 'rm -rf "$work"' EXIT

dotnet build -c Release src/PhuocMy.Site -v quiet -nologo > /dev/null
dotnet publish src/PhuocMy.Site -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$work/r2r" -v quiet -nologo > /dev/null
dll="src/PhuocMy.Site/bin/Release/net10.0/phuocmy-site.dll"
# The build stamp names the generator's own build, so each binary keeps an output folder of its own.
out="$work/_site"
dotnet "$dll" build --output "$out" > /dev/null
dotnet "$work/r2r/phuocmy-site.dll" build --output "$out-r2r" > /dev/null

names=("bash scripts/build.sh (dotnet run)" "dotnet phuocmy-site.dll build" "  … DOTNET_TieredPGO=0" "  … DOTNET_TieredCompilation=0" "  … ReadyToRun (published)" "  … ReadyToRun + TieredPGO=0" "dotnet phuocmy-site.dll --help")
run() {
    case "$1" in
        0) bash scripts/build.sh --output "$out" ;;
        1) dotnet "$dll" build --output "$out" ;;
        2) DOTNET_TieredPGO=0 dotnet "$dll" build --output "$out" ;;
        3) DOTNET_TieredCompilation=0 dotnet "$dll" build --output "$out" ;;
        4) dotnet "$work/r2r/phuocmy-site.dll" build --output "$out-r2r" ;;
        5) DOTNET_TieredPGO=0 dotnet "$work/r2r/phuocmy-site.dll" build --output "$out-r2r" ;;
        6) dotnet "$dll" --help ;;
    esac
}
for round in $(seq "$rounds"); do
    for v in "${!names[@]}"; do
        /usr/bin/time -f "$v %e %U %S" -a -o "$work/times" bash -c "$(declare -f run); out='$out' dll='$dll' work='$work' run $v" > /dev/null 2>&1
    done
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
base=$(awk '$1 == 0 {print $2}' "$work/times" | median)
printf '%-40s %10s %10s %8s\n' variant "wall (med)" "CPU (med)" "÷ build.sh"
for v in "${!names[@]}"; do
    wall=$(awk -v v="$v" '$1 == v {print $2}' "$work/times" | median)
    cpu=$(awk -v v="$v" '$1 == v {print $3 + $4}' "$work/times" | median)
    printf '%-40s %9.2fs %9.2fs %8.2f\n' "${names[$v]}" "$wall" "$cpu" "$(echo "$wall / $base" | bc -l)"
done
echo "rounds: $rounds, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
