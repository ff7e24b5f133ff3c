#!/usr/bin/env bash
# Whole-process time of a full build of the shipped year (national, 21 regions, 290 municipalities, every
# network), the way users run it: ./presskit build, JVM start included.
#
#   bench/build.sh [RUNS]        (default 10 runs after one warm-up that also makes the class-data archive)
#
# Prints each run's wall time, the median and the number of files written. Uses hyperfine when installed.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-10}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

./presskit build --out "$out" >/dev/null          # builds the jar if needed; first run makes the CDS archive
files=$(find "$out" -type f | wc -l)
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "kit: $files files in $(du -sh "$out" | cut -f1)"

if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 1 --runs "$runs" "./presskit build --out $out"
  exit 0
fi

times=()
for ((i = 1; i <= runs; i++)); do
  start=$(date +%s%N)
  ./presskit build --out "$out" >/dev/null
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}')
echo "median of $runs runs: ${median} ms (whole process: ./presskit build, JVM start included)"
