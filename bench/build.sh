#!/usr/bin/env bash
# presskit's speed targets, whole process (cold JVM included, through ./presskit as users run it), written
# to tmpfs, each a median of RUNS runs interleaved with its reference in the same go: absolute times on a
# shared machine drift, ratios hold.
#
#   bench/build.sh [RUNS]        (default 5; one warm-up build first, which also builds the jar if needed)
#
# Targets (issue 18):
#   full build of the shipped year, every edition and output, PDFs included: files per second at least half
#     of Hugo's, on a site this script generates with the kit's file count and folder shape;
#   full build CPU (user+sys) ≤ 1.5 s and peak RSS ≤ 150 MB (Hugo's are shown for reference);
#   `presskit --help` and `presskit count TEXT` ≤ 1.5 × the wall time of `java -Xshare:auto -version`;
#   `validate` ≤ 0.5 × a full build.
# Prints every run, then a table: figure, reference, ratio, target, pass. Exit status 1 when a target is
# missed, 2 when something needed is absent. Raw samples go to bench/results/build-<time>.tsv.
# PRESSKIT_JAVA_OPTS (read by ./presskit) lets you try JVM options: it is passed to every presskit run.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-5}"
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: bench/build.sh [RUNS]   (RUNS: a positive number, default 5)" >&2
  exit 2
fi
if ! command -v hugo >/dev/null 2>&1; then
  echo "bench: Hugo is the reference and is not installed; install Debian's with:" \
    "sudo apt-get install -y hugo" >&2
  exit 2
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "bench: GNU time measures CPU and memory and is not installed: sudo apt-get install -y time" >&2
  exit 2
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java" # the JVM ./presskit runs, as the launcher picks it

shm="${BENCH_TMPFS:-/dev/shm}"
if [[ "$(stat -f -c %T "$shm" 2>/dev/null)" != "tmpfs" ]]; then
  echo "bench: $shm is not a tmpfs; set BENCH_TMPFS to a tmpfs folder" >&2
  exit 2
fi
work="$(mktemp -d "$shm/presskit-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p bench/results
results="bench/results/build-$(date -u +%Y%m%dT%H%M%SZ).tsv"
printf 'run\tname\twall_ms\tcpu_ms\trss_kb\tstatus\n' >"$results"

# One warm-up build: builds the jar when it is missing or stale (and with it the class-data archive), and
# gives the kit's shape for the reference site.
./presskit build --out "$work/kit" >/dev/null
year_dir="$(find "$work/kit" -mindepth 1 -maxdepth 1 -type d | head -1)"
kit_files=$(find "$year_dir" -type f | wc -l)
kit_dirs=$(find "$year_dir" -mindepth 1 -type d | wc -l)

# The reference: a Hugo site with a page for every file of the kit, in the same folders, each a short
# Markdown text the size of a post, with a minimal layout; ugly URLs write regular/page.html, so Hugo writes
# one file per page in the same folder tree. Only pages and the home page are written (no lists, feeds,
# sitemap or taxonomies), so the file counts match.
site="$work/site"
mkdir -p "$site/content" "$site/layouts/_default"
cat >"$site/config.toml" <<'EOF'
baseURL = "http://127.0.0.1/"
title = "Reference"
uglyURLs = true
disableKinds = ["section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
EOF
cat >"$site/layouts/_default/baseof.html" <<'EOF'
<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>{{ block "main" . }}{{ end }}</body></html>
EOF
cat >"$site/layouts/_default/single.html" <<'EOF'
{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}<p>{{ .Params.code }}</p></article>{{ end }}
EOF
cat >"$site/layouts/index.html" <<'EOF'
{{ define "main" }}<ul>{{ range first 50 .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
EOF
(cd "$year_dir" && find . -type f ! -path ./index.html -printf '%P\n') | while IFS= read -r file; do
  page="$site/content/${file%.*}-${file##*.}.md" # release.txt and release.pdf: two pages
  mkdir -p "$(dirname "$page")"
  cat >"$page" <<EOF
---
title: "${file##*/}"
code: "${file%%/*}"
---
Invented text for the reference site: a short post with a **figure**, 55 procent, and a
[link](https://example.org/${file}) to read more.

- one point
- another point
EOF
done
hugo_files() { find "$work/hugo" -type f | wc -l; }
hugo --quiet --source "$site" --destination "$work/hugo" --cacheDir "$work/hugo-cache" >/dev/null
site_files=$(hugo_files)
site_dirs=$(find "$work/hugo" -mindepth 1 -type d | wc -l)

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $("$java" -version 2>&1 | head -1);" \
  "$(hugo version | cut -d' ' -f1-2)"
echo "kit: $kit_files files in $kit_dirs folders; Hugo's site: $site_files files in $site_dirs folders;" \
  "tmpfs: $shm; $runs runs"

# measure RUN NAME COMMAND...: one run, its wall time, CPU (user+sys) and peak RSS into the results.
measure() {
  local run="$1" name="$2" start end status=0 user sys rss
  shift 2
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S %M' -o "$work/time" "$@" >/dev/null 2>"$work/err" || status=$?
  end=$(date +%s%N)
  if ((status > 1)); then
    echo "bench: '$*' failed with status $status:" >&2
    tail -5 "$work/err" >&2
    exit 2
  fi
  read -r user sys rss < <(tail -1 "$work/time")
  local wall=$(((end - start) / 1000000)) cpu
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}')
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$name" "$wall" "$cpu" "$rss" "$status" >>"$results"
  printf '  %-8s %6d ms wall %6d ms cpu %7d KB\n' "$name" "$wall" "$cpu" "$rss"
}

text="Elevhälsan behöver fler kuratorer #skolpersonal" # the invented campaign of the help's examples
for ((i = 1; i <= runs; i++)); do
  echo "run $i"
  measure "$i" java "$java" -Xshare:auto -version
  measure "$i" help ./presskit --help
  measure "$i" java "$java" -Xshare:auto -version
  measure "$i" count ./presskit count "$text"
  rm -rf "$work/hugo"
  measure "$i" hugo hugo --quiet --source "$site" --destination "$work/hugo" --cacheDir "$work/hugo-cache"
  rm -rf "$work/kit"
  measure "$i" build ./presskit build --out "$work/kit"
  measure "$i" validate ./presskit validate
done
[[ "$(hugo_files)" == "$site_files" ]] || { echo "bench: Hugo wrote $(hugo_files) files, not $site_files" >&2; exit 2; }

# median NAME COLUMN: the median of one measurement (3 wall_ms, 4 cpu_ms, 5 rss_kb) over the runs.
median() {
  awk -F'\t' -v n="$1" -v c="$2" '$2 == n {print $c}' "$results" | sort -n |
    awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}
jv=$(median java 3)
help=$(median help 3)
count=$(median count 3)
hugo=$(median hugo 3)
build=$(median build 3)
validate=$(median validate 3)

echo
awk -v kf="$kit_files" -v sf="$site_files" -v hugo="$hugo" -v build="$build" -v jv="$jv" -v help="$help" \
  -v count="$count" -v validate="$validate" -v bcpu="$(median build 4)" -v hcpu="$(median hugo 4)" \
  -v brss="$(median build 5)" -v hrss="$(median hugo 5)" -v runs="$runs" '
  function row(name, figure, reference, ratio, target, pass) {
    printf "%-32s %-14s %-26s %-7s %-10s %s\n", name, figure, reference, ratio, target,
      pass < 0 ? "-" : pass ? "pass" : "MISS"
    missed += !pass
  }
  BEGIN {
    printf "medians of %d interleaved runs\n", runs
    printf "%-32s %-14s %-26s %-7s %-10s %s\n", "target", "figure", "reference", "ratio", "target", "pass"
    pf = kf / (build / 1000); hf = sf / (hugo / 1000); r = pf / hf
    row("full build, files/s", sprintf("%.0f/s", pf), sprintf("%.0f/s (Hugo)", hf), sprintf("%.2f", r),
        ">= 0.50", r >= 0.5)
    row("full build, wall", sprintf("%.2f s", build / 1000), sprintf("%.2f s (Hugo)", hugo / 1000),
        sprintf("%.2f", build / hugo), "-", -1)
    row("full build, CPU (user+sys)", sprintf("%.2f s", bcpu / 1000), sprintf("%.2f s (Hugo)", hcpu / 1000),
        sprintf("%.2f", bcpu / hcpu), "<= 1.5 s", bcpu <= 1500)
    row("full build, peak RSS", sprintf("%.0f MB", brss / 1024), sprintf("%.0f MB (Hugo)", hrss / 1024),
        sprintf("%.2f", brss / hrss), "<= 150 MB", brss <= 150 * 1024)
    row("presskit --help, wall", sprintf("%.3f s", help / 1000), sprintf("%.3f s (java -version)", jv / 1000),
        sprintf("%.2f", help / jv), "<= 1.50", help / jv <= 1.5)
    row("presskit count TEXT, wall", sprintf("%.3f s", count / 1000), sprintf("%.3f s (java -version)", jv / 1000),
        sprintf("%.2f", count / jv), "<= 1.50", count / jv <= 1.5)
    row("presskit validate, wall", sprintf("%.2f s", validate / 1000), sprintf("%.2f s (full build)", build / 1000),
        sprintf("%.2f", validate / build), "<= 0.50", validate / build <= 0.5)
    printf "%d of 6 targets missed; samples in '"$results"'\n", missed
    exit missed > 0
  }'
