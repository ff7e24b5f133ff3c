#!/usr/bin/env bash
# Wall time of the test command, `mvn -B verify`, in fresh clones of a reference commit and of HEAD,
# run alternately so both see the same machine load; prints each run and the medians' ratio.
#
#   bench/verify.sh [REF] [PAIRS]      (default: REF e85ce86, 2 pairs)
set -euo pipefail
cd "$(dirname "$0")/.."

ref="${1:-e85ce86}"
pairs="${2:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

run() { # name revision → seconds
  rm -rf "$work/$1"
  git clone -q . "$work/$1"
  git -C "$work/$1" checkout -q "$2"
  local start end
  start=$(date +%s%N)
  (cd "$work/$1" && mvn -B verify >"$work/$1.log" 2>&1) || { echo "$1: mvn -B verify failed, see above" >&2; tail -20 "$work/$1.log" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

ref_times=(); head_times=()
for ((i = 1; i <= pairs; i++)); do
  t=$(run reference "$ref"); ref_times+=("$t"); echo "pair $i: $ref ${t} ms"
  t=$(run head HEAD); head_times+=("$t"); echo "pair $i: HEAD ${t} ms"
done
r=$(printf '%s\n' "${ref_times[@]}" | median)
h=$(printf '%s\n' "${head_times[@]}" | median)
echo "median: $ref ${r} ms, HEAD ${h} ms, ratio $(awk -v h="$h" -v r="$r" 'BEGIN {printf "%.2f", h / r}')"
