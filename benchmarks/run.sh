#!/usr/bin/env bash
# Alliance benchmark: one run on this machine, all traffic on 127.0.0.1.
#   1. cold boot to ready: stock Karaf 4.4.10 (boot features provisioned) vs Alliance (GET /api/v1/health = 200)
#   2. resident memory (RSS) of each JVM 10 s after boot
#   3. authenticated GET /api/v1/clients/{id} under wrk (32 connections) vs a bare Jetty servlet returning the same JSON
#   4. the web app: the shell page, a script and the navigation under the same load
# Prints a Markdown report and writes it to docs/benchmarks.md (BENCH_OUT=path to write elsewhere).
# Needs: the built distribution (mvn -DskipTests install), wrk (installed here if missing), JDK 17.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-5}
DURATION=${DURATION:-20s}
CONNECTIONS=32
OUT=${BENCH_OUT:-$ROOT/docs/benchmarks.md}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
PATH="$JAVA_HOME/bin:$PATH"

ASSEMBLY=$ROOT/karaf-distribution/target/assembly
[ -x "$ASSEMBLY/bin/karaf" ] || { echo "Build the distribution first: mvn -DskipTests install" >&2; exit 1; }
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
STOCK_TGZ=$HOME/.m2/repository/org/apache/karaf/apache-karaf/4.4.10/apache-karaf-4.4.10.tar.gz
[ -f "$STOCK_TGZ" ] || mvn -q dependency:get -Dartifact=org.apache.karaf:apache-karaf:4.4.10:tar.gz
mvn -q -f "$ROOT/benchmarks/pom.xml" package -DskipTests

WORK=$(mktemp -d /tmp/alliance-bench.XXXXXX)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill -9 "$p" 2>/dev/null || true; done; pkill -9 -f "$WORK" 2>/dev/null || true; }
trap cleanup EXIT

now_ms() { date +%s%3N; }
java_pid_under() { pgrep -f "karaf.home=$1" | head -1; }
rss_mib() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
set_prop() { sed -i "s#^\s*$2\s*=.*#$2 = $3#" "$1"; }

# --- stock Karaf: fresh unpack per run, ready when the boot features are provisioned ---------------
stock_boot() {
  local dir=$WORK/stock-$1; mkdir -p "$dir"; tar xzf "$STOCK_TGZ" -C "$dir" --strip-components=1
  set_prop "$dir/etc/org.apache.karaf.shell.cfg" sshPort 18111
  set_prop "$dir/etc/org.apache.karaf.management.cfg" rmiRegistryPort 18112
  set_prop "$dir/etc/org.apache.karaf.management.cfg" rmiServerPort 18113
  local t0; t0=$(now_ms)
  (cd "$dir" && exec bin/karaf server) </dev/null >/dev/null 2>&1 &
  until grep -qs "FeaturesServiceImpl.*| Done\." "$dir/data/log/karaf.log"; do sleep 0.05; done
  echo $(( $(now_ms) - t0 ))
}

# --- Alliance: fresh copy per run, ready when /api/v1/health answers 200 --------------------------
alliance_prepare() {
  local dir=$WORK/alliance-$1; mkdir -p "$dir"
  for f in "$ASSEMBLY"/*; do case "$(basename "$f")" in data|instances|lock) ;; *) cp -r "$f" "$dir/";; esac; done
  set_prop "$dir/etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port 18181
  set_prop "$dir/etc/org.apache.karaf.shell.cfg" sshPort 18101
  echo "$dir"
}
alliance_boot() {
  local dir; dir=$(alliance_prepare "$1")
  local t0; t0=$(now_ms)
  (cd "$dir" && ALLIANCE_ADMIN_PASSWORD=bench-admin-password exec bin/karaf server) </dev/null >/dev/null 2>&1 &
  until [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:18181/api/v1/health)" = 200 ]; do sleep 0.05; done
  echo $(( $(now_ms) - t0 ))
}
stop_under() { local p; p=$(java_pid_under "$1"); [ -n "$p" ] && kill -9 "$p" 2>/dev/null; sleep 1; }

echo "Cold boots ($RUNS each, alternating)..." >&2
stock_ms=(); alliance_ms=()
for i in $(seq 1 "$RUNS"); do
  stock_ms+=("$(stock_boot "$i")"); [ "$i" -lt "$RUNS" ] && stop_under "$WORK/stock-$i"
  alliance_ms+=("$(alliance_boot "$i")"); [ "$i" -lt "$RUNS" ] && stop_under "$WORK/alliance-$i"
done
STOCK_BOOT=$(printf '%s\n' "${stock_ms[@]}" | median)
ALLIANCE_BOOT=$(printf '%s\n' "${alliance_ms[@]}" | median)

sleep 10
STOCK_RSS=$(rss_mib "$(java_pid_under "$WORK/stock-$RUNS")")
ALLIANCE_RSS=$(rss_mib "$(java_pid_under "$WORK/alliance-$RUNS")")
stop_under "$WORK/stock-$RUNS"

# --- throughput -----------------------------------------------------------------------------------
API=http://127.0.0.1:18181/api/v1
CLIENT_ID=$(curl -s -u admin:bench-admin-password -H 'Content-Type: application/json' -X POST "$API/clients" \
  -d '{"displayName":"Bench Client","dateOfBirth":"1980-01-01","email":"bench@example.org"}' | sed 's/.*"id":"\([^"]*\)".*/\1/')
curl -s -u admin:bench-admin-password -H 'Content-Type: application/json' -X POST "$API/users" \
  -d '{"username":"desk","password":"desk-password-123","displayName":"Desk","roles":["frontdesk"]}' >/dev/null
COOKIE=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' -X POST "$API/auth/login" \
  -d '{"username":"desk","password":"desk-password-123"}' | sed -n 's/^Set-Cookie: \(ALLIANCE_SESSION=[^;]*\).*/\1/p')
BASIC="Authorization: Basic $(printf 'desk:desk-password-123' | base64)"
curl -s -H "Cookie: $COOKIE" "$API/clients/$CLIENT_ID" > "$WORK/body.json"

wrk_run() { # url, header -> "rps p50_ms p99_ms"
  wrk -t2 -c"$CONNECTIONS" -d5s -H "$2" "$1" >/dev/null   # warm-up
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "$2" "$1" | awk '
    /Requests\/sec/ {rps=$2}
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    $1=="50%" {p50=ms($2)} $1=="99%" {p99=ms($2)}
    /Non-2xx/ {bad=$NF}
    END {printf "%.0f %.2f %.2f %s\n", rps, p50, p99, (bad==""?0:bad)}'
}
echo "Load: session cookie..." >&2
read -r A_RPS A_P50 A_P99 A_BAD <<<"$(wrk_run "$API/clients/$CLIENT_ID" "Cookie: $COOKIE")"
echo "Load: HTTP Basic..." >&2
read -r B_RPS B_P50 B_P99 B_BAD <<<"$(wrk_run "$API/clients/$CLIENT_ID" "$BASIC")"
echo "Load: web app..." >&2
WEB=http://127.0.0.1:18181
read -r S_RPS S_P50 S_P99 S_BAD <<<"$(wrk_run "$WEB/clients" "Accept: text/html")"
read -r U_RPS U_P50 U_P99 U_BAD <<<"$(wrk_run "$WEB/ui/web/app.js" "Accept: */*")"
read -r N_RPS N_P50 N_P99 N_BAD <<<"$(wrk_run "$API/web/navigation" "Cookie: $COOKIE")"
AUDIT_ROWS=$(curl -s -u admin:bench-admin-password "$API/audit?clientId=$CLIENT_ID&limit=1" | sed 's/.*"sequence":\([0-9]*\).*/\1/')
stop_under "$WORK/alliance-$RUNS"

echo "Load: bare Jetty..." >&2
java -cp "$ROOT/benchmarks/target/classes:$ROOT/benchmarks/target/lib/*" org.alliance.benchmarks.BareJettyServer 18282 "$WORK/body.json" >/dev/null 2>&1 &
PIDS+=($!)
for _ in $(seq 1 100); do curl -s -o /dev/null http://127.0.0.1:18282/api/v1/clients/x && break; sleep 0.1; done
curl -s -o /dev/null http://127.0.0.1:18282/api/v1/clients/x || { echo "The bare Jetty baseline did not start" >&2; exit 1; }
read -r J_RPS J_P50 J_P99 J_BAD <<<"$(wrk_run "http://127.0.0.1:18282/api/v1/clients/$CLIENT_ID" "X-Bench: 1")"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
BOOT_RATIO=$(ratio "$ALLIANCE_BOOT" "$STOCK_BOOT")
A_RATIO=$(ratio "$A_RPS" "$J_RPS"); B_RATIO=$(ratio "$B_RPS" "$J_RPS")
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN {ok = (op=="<=" ? v<=t : v>=t); print (ok ? "met" : "NOT met")}'; }

# Notes written by people under "## Reading the numbers" survive a new run.
NOTES=$( [ -f "$OUT" ] && sed -n '/^## Reading the numbers/,$p' "$OUT" || true )
cat > "$OUT" <<MD
# Benchmarks

Measured by \`benchmarks/run.sh\` in one run on $(date -u +%Y-%m-%d): $(nproc) cores
($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB,
$(java -version 2>&1 | head -1). All traffic on 127.0.0.1; the load generator (wrk, 2 threads)
shares the 2 cores with the server, so absolute numbers are low and the ratios are what count.

## Cold boot to ready

Fresh copy and empty data directory for every boot, median of $RUNS alternating boots.
Stock Karaf 4.4.10 is "ready" when its boot features are provisioned (\`FeaturesServiceImpl ... Done.\`
in its log); Alliance when \`GET /api/v1/health\` answers 200, which needs every module's schema,
components and REST resources up (see docs/architecture.md, readiness).

| | median | all runs (ms) |
|---|---|---|
| stock Karaf 4.4.10 | ${STOCK_BOOT} ms | ${stock_ms[*]} |
| Alliance | ${ALLIANCE_BOOT} ms | ${alliance_ms[*]} |
| ratio | **${BOOT_RATIO}×** | target ≤ 1.8×: $(verdict "$BOOT_RATIO" "<=" 1.8) |

## Memory after boot

Resident set size of the JVM 10 s after the last boot (default heap settings of \`bin/karaf\`).

| stock Karaf | Alliance |
|---|---|
| ${STOCK_RSS} MiB | ${ALLIANCE_RSS} MiB |

## Authenticated client read

\`GET /api/v1/clients/{id}\` as front desk (an unsealed client: full demographics), ${CONNECTIONS}
connections, ${DURATION} after a 5 s warm-up. Every Alliance request authenticates, checks the
access rules against the database, reads the client and writes a durable audit entry
(H2, \`WRITE_DELAY=0\`). The baseline is a bare Jetty 9.4.58 servlet returning the same JSON bytes.

| | requests/s | p50 | p99 | non-2xx | vs bare Jetty |
|---|---|---|---|---|---|
| bare Jetty servlet | ${J_RPS} | ${J_P50} ms | ${J_P99} ms | ${J_BAD} | 1.00 |
| Alliance, session cookie | ${A_RPS} | ${A_P50} ms | ${A_P99} ms | ${A_BAD} | **${A_RATIO}×** |
| Alliance, HTTP Basic (cached credential) | ${B_RPS} | ${B_P50} ms | ${B_P99} ms | ${B_BAD} | **${B_RATIO}×** |

Targets: ≥ 0.25× bare Jetty — session $(verdict "$A_RATIO" ">=" 0.25), Basic $(verdict "$B_RATIO" ">=" 0.25);
p99 ≤ 20 ms at ${CONNECTIONS} connections — session $(verdict "$A_P99" "<=" 20), Basic $(verdict "$B_P99" "<=" 20).
The audit log held ${AUDIT_ROWS} entries at the end of the run.

## Web app

What a browser fetches to show a page: the shell page for an application path, a script
(revalidated on every load), and the signed-in user's navigation (asked again on every page
change). Same load as above.

| | requests/s | p50 | p99 | non-2xx |
|---|---|---|---|---|
| \`GET /clients\` (the shell page) | ${S_RPS} | ${S_P50} ms | ${S_P99} ms | ${S_BAD} |
| \`GET /ui/web/app.js\` | ${U_RPS} | ${U_P50} ms | ${U_P99} ms | ${U_BAD} |
| \`GET /api/v1/web/navigation\` (session) | ${N_RPS} | ${N_P50} ms | ${N_P99} ms | ${N_BAD} |

Target: p99 ≤ 20 ms for each — $(verdict "$S_P99" "<=" 20), $(verdict "$U_P99" "<=" 20), $(verdict "$N_P99" "<=" 20).
MD
[ -n "$NOTES" ] && printf '\n%s\n' "$NOTES" >> "$OUT"
cat "$OUT"
