#!/usr/bin/env bash
# Compares `presskit links` with Debian's `linkchecker` on the same URLs of a local site.
#
# A generated site of PAGES HTML pages (each with a title, Open Graph tags and links to other pages) is
# served on 127.0.0.1 by a small threaded Python server that waits DELAY_MS before each answer, as a real
# site would; MISSING further URLs answer 404. Both tools check exactly that list of URLs, without
# crawling further, RUNS times each; the median wall time of each and their ratio are printed.
#
# linkchecker spaces its requests to one host 0.1-0.6 s apart unless the server answers with a
# "LinkChecker" header and the configuration allows more requests per second; the site sends that header
# and linkchecker gets such a configuration, so both tools run as fast as their concurrency allows.
# POLITE=1 adds one run of linkchecker as configured out of the box, throttling included.
#
#   bench/links/run.sh                       # uses ./presskit at the repository root
#   PRESSKIT="java -jar target/presskit.jar" PAGES=1000 bench/links/run.sh
set -euo pipefail

PAGES=${PAGES:-500}
MISSING=${MISSING:-25}
DELAY_MS=${DELAY_MS:-50}
RUNS=${RUNS:-3}
POLITE=${POLITE:-0}
PRESSKIT=${PRESSKIT:-./presskit}

cd "$(dirname "$0")/../.."

if ! command -v linkchecker >/dev/null 2>&1; then
    echo "Installing Debian's linkchecker..." >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq linkchecker >/dev/null
fi
if [[ "$PRESSKIT" == ./presskit && ! -x ./presskit ]]; then
    echo "bench: ./presskit not found; build the jar and set PRESSKIT=\"java -jar target/presskit.jar\"" >&2
    exit 2
fi

work=$(mktemp -d)
# linkchecker drops root privileges to "nobody", who must still read its configuration.
chmod 755 "$work"
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
# The site is on the loopback address: no proxy may stand in between.
export no_proxy=127.0.0.1,localhost NO_PROXY=127.0.0.1,localhost

# The site: page-N.html, each linking to the next five pages.
mkdir -p "$work/site"
for ((i = 0; i < PAGES; i++)); do
    links=""
    for ((j = 1; j <= 5; j++)); do
        k=$(((i + j) % PAGES))
        links+="<a href=\"page-$k.html\">page $k</a> "
    done
    cat >"$work/site/page-$i.html" <<EOF
<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Sida $i</title>
<meta property="og:title" content="Sida $i"><meta property="og:description" content="Testsida nummer $i.">
</head><body><h1>Sida $i</h1><p>$links</p></body></html>
EOF
done

# A threaded static server that answers after DELAY_MS, and writes the port it got to a file.
cat >"$work/server.py" <<'EOF'
import functools, http.server, os, sys, time
class Handler(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):
        time.sleep(int(os.environ["DELAY_MS"]) / 1000)
        super().do_GET()
    def end_headers(self):
        # Lifts linkchecker's per-host throttle for this site (see linkcheck/checker/httpurl.py).
        self.send_header("LinkChecker", "benchmark")
        super().end_headers()
    def log_message(self, *args):
        pass
class Server(http.server.ThreadingHTTPServer):
    request_queue_size = 256
    daemon_threads = True
server = Server(("127.0.0.1", 0), functools.partial(Handler, directory=sys.argv[1]))
with open(sys.argv[2], "w") as f:
    f.write(str(server.server_address[1]))
server.serve_forever()
EOF
DELAY_MS=$DELAY_MS python3 "$work/server.py" "$work/site" "$work/port" &
server_pid=$!
for _ in $(seq 100); do [[ -s "$work/port" ]] && break; sleep 0.1; done
port=$(cat "$work/port")
base="http://127.0.0.1:$port"

list="$work/urls.txt"
{
    echo "# $PAGES pages and $MISSING missing ones on a local site"
    for ((i = 0; i < PAGES; i++)); do echo "$base/page-$i.html"; done
    for ((i = 0; i < MISSING; i++)); do echo "$base/missing-$i.html"; done
} >"$list"
total=$((PAGES + MISSING))

# Wall time of one command in milliseconds; its exit status is ignored (both report the 404s with 1).
millis() {
    local start end
    start=$(date +%s%N)
    "$@" >"$work/last.out" 2>"$work/last.err" || true
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}
median() { tr ' ' '\n' | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

# shellcheck disable=SC2086 # PRESSKIT may be a command with arguments.
run_presskit() { $PRESSKIT links --from "$list" --format json --no-cache --cache-dir "$work/cache"; }
# -r0: check the URLs given and nothing they link to, as presskit does; --stdin reads the same list;
# --verbose lists every URL checked, not only the failures, so the count can be compared.
run_linkchecker_polite() { grep -v '^#' "$list" | linkchecker "$@" --stdin -r0 --no-status --verbose -o csv; }
run_linkchecker() { run_linkchecker_polite -f "$work/linkcheckerrc"; }
printf '[checking]\nmaxrequestspersecond=1000\n' >"$work/linkcheckerrc"
chmod 644 "$work/linkcheckerrc"

presskit_times=() linkchecker_times=()
for ((run = 1; run <= RUNS; run++)); do
    presskit_times+=("$(millis run_presskit)")
    presskit_checked=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["links"]))' \
        "$work/last.out")
    presskit_verdicts=$(python3 -c 'import collections, json, sys
links = json.load(open(sys.argv[1]))["links"]
print(", ".join(f"{n} {v}" for v, n in collections.Counter(l["verdict"] for l in links).items()))' "$work/last.out")
    linkchecker_times+=("$(millis run_linkchecker)")
    linkchecker_checked=$(grep -c "^$base" "$work/last.out" || true)
    # The 7th CSV column says whether the link is valid.
    linkchecker_verdicts=$(grep "^$base" "$work/last.out" | cut -d';' -f7 | sort | uniq -c |
        awk '{printf "%s%d %s", (NR > 1 ? ", " : ""), $1, ($2 == "True" ? "valid" : "invalid")}')
done
if [[ "$presskit_checked" != "$total" || "$linkchecker_checked" != "$total" ]]; then
    echo "bench: expected $total URLs checked;" \
        "presskit reported $presskit_checked, linkchecker $linkchecker_checked" >&2
    exit 1
fi

p=$(echo "${presskit_times[*]}" | median)
l=$(echo "${linkchecker_times[*]}" | median)
echo "links benchmark: $total URLs ($PAGES pages + $MISSING missing), ${DELAY_MS} ms per answer," \
    "$RUNS runs, $(nproc) cores"
printf '  presskit links               median %7d ms   (runs: %s; %s)\n' "$p" "${presskit_times[*]}" \
    "$presskit_verdicts"
printf '  linkchecker -r0, unthrottled median %7d ms   (runs: %s; %s)\n' "$l" "${linkchecker_times[*]}" \
    "$linkchecker_verdicts"
awk -v p="$p" -v l="$l" 'BEGIN { printf "  ratio linkchecker / presskit: %.2f\n", l / p }'
if [[ "$POLITE" == 1 ]]; then
    polite=$(millis run_linkchecker_polite)
    printf '  linkchecker -r0, as shipped  %14d ms   (1 run; ratio to presskit %s)\n' "$polite" \
        "$(awk -v p="$p" -v l="$polite" 'BEGIN { printf "%.2f", l / p }')"
fi
