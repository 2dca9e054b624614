#!/usr/bin/env bash
# Notes benchmark, on the real distribution over 127.0.0.1: everything a signed note costs
# (authentication, access rules, AES-GCM sealing, durable H2 writes, audit entries).
#   1. signed notes written per second: create a ~1 KB SOAP note, then sign it, from 8 clients
#   2. reads of one signed note per second under wrk (32 connections): open, decrypt, audit
# Writes the section "## Notes" of docs/benchmarks.md (BENCH_OUT=path to write elsewhere);
# benchmarks/run.sh keeps that section when it rewrites the rest.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${BENCH_OUT:-$ROOT/docs/benchmarks.md}
SECONDS_WRITE=${SECONDS_WRITE:-20}
DURATION=${DURATION:-20s}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
PATH="$JAVA_HOME/bin:$PATH"
ASSEMBLY=$ROOT/karaf-distribution/target/assembly
[ -x "$ASSEMBLY/bin/karaf" ] || { echo "Build the distribution first: mvn -DskipTests install" >&2; exit 1; }
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
mvn -q -o -f "$ROOT/benchmarks/pom.xml" package -DskipTests

WORK=$(mktemp -d /tmp/alliance-notes-bench.XXXXXX)
cleanup() { pkill -9 -f "$WORK" 2>/dev/null || true; }
trap cleanup EXIT
for f in "$ASSEMBLY"/*; do case "$(basename "$f")" in data|instances|lock) ;; *) cp -r "$f" "$WORK/";; esac; done
sed -i 's#^\s*org.osgi.service.http.port\s*=.*#org.osgi.service.http.port = 18281#' "$WORK/etc/org.ops4j.pax.web.cfg"
sed -i 's#^\s*sshPort\s*=.*#sshPort = 18201#' "$WORK/etc/org.apache.karaf.shell.cfg"
(cd "$WORK" && ALLIANCE_ADMIN_PASSWORD=bench-admin-password exec bin/karaf server) </dev/null >/dev/null 2>&1 &
API=http://127.0.0.1:18281/api/v1
until [ "$(curl -s -o /dev/null -w '%{http_code}' $API/health)" = 200 ]; do sleep 0.2; done

post() { curl -s -u "$1" -H 'Content-Type: application/json' -X POST "$API/$2" -d "$3"; }
id_of() { sed 's/.*"id":"\([^"]*\)".*/\1/'; }
THERAPIST_ID=$(post admin:bench-admin-password users \
  '{"username":"writer","password":"writer-password-123","displayName":"Dr. Writer","roles":["therapist"]}' | id_of)
CLIENT_ID=$(post writer:writer-password-123 clients '{"displayName":"Bench Client"}' | id_of)
ENGAGEMENT_ID=$(post writer:writer-password-123 engagements \
  "{\"clientId\":\"$CLIENT_ID\",\"therapistId\":\"$THERAPIST_ID\",\"modality\":\"cbt\"}" | id_of)

echo "Writing signed notes for ${SECONDS_WRITE} s (after 5 s warm-up)..." >&2
read -r W_RATE W_P50 W_P99 W_ERR NOTE_ID <<<"$(java -cp "$ROOT/benchmarks/target/classes:$ROOT/benchmarks/target/lib/*" \
  org.alliance.benchmarks.notes.SignedNoteLoad "$API" writer writer-password-123 "$ENGAGEMENT_ID" "$SECONDS_WRITE" 8)"

echo "Reading one signed note under wrk..." >&2
BASIC="Authorization: Basic $(printf 'writer:writer-password-123' | base64)"
wrk -t2 -c32 -d5s -H "$BASIC" "$API/notes/$NOTE_ID" >/dev/null
read -r R_RPS R_P50 R_P99 R_BAD <<<"$(wrk -t2 -c32 -d"$DURATION" --latency -H "$BASIC" "$API/notes/$NOTE_ID" | awk '
    /Requests\/sec/ {rps=$2}
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    $1=="50%" {p50=ms($2)} $1=="99%" {p99=ms($2)}
    /Non-2xx/ {bad=$NF}
    END {printf "%.0f %.2f %.2f %s\n", rps, p50, p99, (bad==""?0:bad)}')"

SECTION=$(cat <<MD
## Notes

Measured by \`benchmarks/notes.sh\` on $(date -u +%Y-%m-%d), on the assembled distribution over
127.0.0.1 (2 cores, JDK 17, H2 file with \`WRITE_DELAY=0\`). Every request authenticates (HTTP
Basic, cached credential), checks the access rules, seals or opens the clinical text with
AES-256-GCM and writes a durable audit entry.

| | rate | p50 | p99 | errors |
|---|---|---|---|---|
| signed notes written (create ~1 KB SOAP note + sign), 8 clients, ${SECONDS_WRITE} s | ${W_RATE} notes/s | ${W_P50} ms | ${W_P99} ms | ${W_ERR} |
| \`GET /api/v1/notes/{id}\` of a signed note, wrk 32 connections, ${DURATION} | ${R_RPS} reads/s | ${R_P50} ms | ${R_P99} ms | ${R_BAD} |

A note write is three transactions (note and history; the signature; two audit entries); a read
is the note, its addenda and history, one decryption per sealed column, and one audit entry.
MD
)
python3 - "$OUT" "$SECTION" <<'PY'
import re, sys
path, section = sys.argv[1], sys.argv[2]
text = open(path).read()
m = re.search(r"\n## Notes\n.*?(?=\n## |\Z)", text, re.S)
text = text.replace(m.group(0), "\n" + section + "\n") if m else text.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w").write(text)
PY
echo "$SECTION"
