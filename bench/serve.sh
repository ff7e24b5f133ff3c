#!/usr/bin/env bash
# Warm rebuild time of `presskit serve`: the whole shipped year built again in the serving process after a
# save that changes one short message (alternately with and without one word, as bench/rebuild.sh does), as
# serve logs it ("built the kit in N ms"). serve compiles with C2 as well as C1: WARM saves (default 20) come
# first and are not counted, as a person's first saves of a morning are not what the target is about.
# Interleaved with a cold
# `./presskit build --no-pdf` of the same year (the reference), since absolute times on a shared machine drift.
# Also the serving process's CPU time (user+sys, from /proc) per rebuild: on a busy machine the wall time of a
# rebuild waits for the cores others use; its CPU time does not.
#
#   bench/serve.sh [RUNS] [WARM]   (default 9 counted saves after 20 that are not; nor is the first build)
#
# PRESSKIT_JAVA_OPTS reaches both JVMs (e.g. -XX:StartFlightRecording=filename=/tmp/serve.jfr,settings=profile).
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-9}"
warmup="${2:-20}"
work="$(mktemp -d)"
cp -r messages "$work/messages"
year="$work/messages/$(ls "$work/messages" | grep -E '^[0-9]{4}\.yaml$' | sort | tail -1)"
# The first short message, and the same message with one word added.
line=$(($(grep -m1 -n '^  short:' "$year" | cut -d: -f1) + 1))
original=$(sed -n "${line}p" "$year")
edited="${original/är akut./är mycket akut.}"
if [[ "$edited" == "$original" ]]; then
  echo "serve.sh: the first short message of $year no longer ends in 'är akut.'; update the script" >&2
  exit 2
fi
save() { # the year's file with the short message edited (odd saves) or as it was (even saves)
  local text="$original"
  if (($1 % 2)); then text="$edited"; fi
  sed -i "${line}s/.*/$(printf '%s' "$text" | sed 's/[\/&]/\\&/g')/" "$year"
}
log="$work/serve.out"
: >"$log"

./presskit build --no-pdf --out "$work/out" >/dev/null   # builds the jar if needed
./presskit serve --port 0 --messages "$work/messages" >"$log" 2>"$work/serve.err" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT

built() { grep -c ' built the kit in ' "$log" || true; }
await() { # waits until serve has logged more than $1 builds
  for ((t = 0; t < 1200; t++)); do
    (( $(built) > $1 )) && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$work/serve.err" >&2; exit 1; }
    sleep 0.1
  done
  echo "serve did not build within 120 s" >&2; exit 1
}
await 0
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"

for ((i = 1; i <= warmup; i++)); do
  n=$(built)
  save "$i"
  await "$n"
done
counted=$(built)

cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; } # the launcher execs java: $pid is the JVM
tick=$(getconf CLK_TCK)
cold=()
spent=()
for ((i = 1; i <= runs; i++)); do
  n=$(built)
  before=$(cpu)
  save $((warmup + i))
  await "$n"
  spent+=($(( ($(cpu) - before) * 1000 / tick )))
  start=$(date +%s%N)
  ./presskit build --no-pdf --out "$work/out" >/dev/null
  cold+=($(( ($(date +%s%N) - start) / 1000000 )))
done
warm=($(grep ' built the kit in ' "$log" | tail -n +$((counted + 1)) | sed -E 's/.* in ([0-9]+) ms.*/\1/'))
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
w=$(median "${warm[@]}")
c=$(median "${cold[@]}")
u=$(median "${spent[@]}")
echo "warm rebuilds (ms): ${warm[*]}"
echo "CPU of the serving process per rebuild (ms): ${spent[*]}"
echo "cold builds --no-pdf (ms): ${cold[*]}"
echo "serve rebuild, warm, median of $runs: ${w} ms (target 150 ms: ratio $(awk "BEGIN {printf \"%.2f\", $w / 150}"))"
echo "serve rebuild CPU (user+sys), median: ${u} ms (ratio to 150 ms: $(awk "BEGIN {printf \"%.2f\", $u / 150}"))"
echo "reference, cold ./presskit build --no-pdf, median: ${c} ms; rebuild/reference $(awk "BEGIN {printf \"%.2f\", $w / $c}")"
