#!/usr/bin/env bash
# A rebuild after changing one short message against a full build into an empty folder, whole process
# (./presskit build, JVM start included), the shipped year with every edition and every output, PDFs too.
# The two are interleaved in the same run, so that the machine's drift hits both alike; the rebuild
# alternates the first short message between two texts, so that every rebuild has a change to write.
#
#   bench/rebuild.sh [RUNS]      (default 7 of each, at least 5; the output goes to tmpfs when there is one)
#
# Prints each pair, both medians, their ratio (target: at most 0.5) and how many of the kit's files the
# last rebuild wrote (the others keep their inode: not rewritten).
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-7}"
if ((runs < 5)); then
  echo "rebuild.sh: give at least 5 runs" >&2
  exit 2
fi
base=/dev/shm
[[ -d "$base" && -w "$base" ]] || base="${TMPDIR:-/tmp}"
work="$(mktemp -d "$base/presskit-rebuild.XXXXXX")"
trap 'rm -rf "$work"' EXIT

cp -r messages "$work/messages"
year="$work/messages/2023.yaml"
# The first short message, and the same message with one word added.
first=$(grep -m1 -n '^  short:' "$year" | cut -d: -f1)
line=$((first + 1))
original=$(sed -n "${line}p" "$year")
edited="${original/är akut./är mycket akut.}"
if [[ "$edited" == "$original" ]]; then
  echo "rebuild.sh: the first short message of $year no longer ends in 'är akut.'; update the script" >&2
  exit 2
fi

build() { ./presskit build --messages "$work/messages" --out "$1" >/dev/null; }
# Wall ms of a build into $1; its CPU (user+sys) ms goes to $work/cpu when GNU time is there.
ms() {
  local start end
  start=$(date +%s%N)
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f '%U %S' -o "$work/time" ./presskit build --messages "$work/messages" --out "$1" \
      >/dev/null || { echo "rebuild.sh: the build failed" >&2; exit 1; }
    awk '{printf "%d\n", ($1 + $2) * 1000}' "$work/time" >"$work/cpu"
  else
    build "$1" || { echo "rebuild.sh: the build failed" >&2; exit 1; }
    echo 0 >"$work/cpu"
  fi
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

build "$work/warm" # builds the jar if needed and makes the class-data archive
rm -rf "$work/warm"
build "$work/kit"  # the kit every rebuild starts from
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "kit: $(find "$work/kit" -type f | wc -l) files, output on $(df --output=fstype "$work" | tail -1)"

fulls=()
rebuilds=()
full_cpus=()
rebuild_cpus=()
for ((i = 1; i <= runs; i++)); do
  rm -rf "$work/full"
  full=$(ms "$work/full")
  full_cpus+=("$(cat "$work/cpu")")
  if ((i % 2)); then text="$edited"; else text="$original"; fi
  sed -i "${line}s/.*/$(printf '%s' "$text" | sed 's/[\/&]/\\&/g')/" "$year"
  find "$work/kit" -type f -printf '%i %P\n' | sort >"$work/before"
  rebuild=$(ms "$work/kit")
  rebuild_cpus+=("$(cat "$work/cpu")")
  fulls+=("$full")
  rebuilds+=("$rebuild")
  echo "run $i: full build ${full} ms (CPU ${full_cpus[-1]} ms), rebuild after one message ${rebuild} ms (CPU ${rebuild_cpus[-1]} ms)"
done
find "$work/kit" -type f -printf '%i %P\n' | sort >"$work/after"
written=$(comm -13 "$work/before" "$work/after" | wc -l)
total=$(wc -l <"$work/after")

full=$(printf '%s\n' "${fulls[@]}" | median)
rebuild=$(printf '%s\n' "${rebuilds[@]}" | median)
echo "median of $runs: full build ${full} ms, rebuild ${rebuild} ms"
echo "rebuild / full build, wall: $(awk -v r="$rebuild" -v f="$full" 'BEGIN {printf "%.2f", r / f}') (target ≤ 0.50)"
if [[ -x /usr/bin/time ]]; then
  full_cpu=$(printf '%s\n' "${full_cpus[@]}" | median)
  rebuild_cpu=$(printf '%s\n' "${rebuild_cpus[@]}" | median)
  echo "CPU (user+sys), median: full build ${full_cpu} ms, rebuild ${rebuild_cpu} ms," \
    "ratio $(awk -v r="$rebuild_cpu" -v f="$full_cpu" 'BEGIN {printf "%.2f", r / f}')"
fi
echo "the last rebuild wrote $written of $total files; the others are the previous kit's, not rewritten"
