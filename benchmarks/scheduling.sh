#!/usr/bin/env bash
# Scheduling benchmarks (JMH, one fork, on a durable H2 file like the distribution's):
#   1. one therapist's week read through the scheduling service with 10 000 vs 1 000 000 appointments
#      in the database (target: p50 at 1M <= 1.5 x p50 at 10k)
#   2. bookings per second through the service vs raw durable single-row inserts into the same table
#      (target >= 0.5x)
# Writes the section "## Scheduling" of docs/benchmarks.md (BENCH_OUT=path to write elsewhere);
# benchmarks/run.sh keeps that section when it rewrites the rest.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${BENCH_OUT:-$ROOT/docs/benchmarks.md}
cd "$ROOT"
mvn -q -o -DskipTests install -pl bundles/api,bundles/scheduling >/dev/null
mvn -q -o package -f benchmarks/pom.xml >/dev/null
JSON=$(mktemp)
java -cp "benchmarks/target/classes:benchmarks/target/lib/*" org.openjdk.jmh.Main \
  'org.alliance.benchmarks.scheduling.*' -rf json -rff "$JSON" >&2

read -r P10K P1M BOOK RAW <<<"$(python3 - "$JSON" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
def p50(n):
    for b in r:
        if b["benchmark"].endswith("oneTherapistsWeek") and b["params"]["appointments"] == n:
            return b["primaryMetric"]["scorePercentiles"]["50.0"]
def thr(name):
    for b in r:
        if b["benchmark"].endswith(name):
            return b["primaryMetric"]["score"]
print(f'{p50("10000"):.3f} {p50("1000000"):.3f} {thr("bookASession"):.0f} {thr("rawDurableInsert"):.0f}')
PY
)"
WEEK_RATIO=$(awk -v a="$P1M" -v b="$P10K" 'BEGIN {printf "%.2f", a/b}')
BOOK_RATIO=$(awk -v a="$BOOK" -v b="$RAW" 'BEGIN {printf "%.2f", a/b}')
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN {ok = (op=="<=" ? v<=t : v>=t); print (ok ? "met" : "NOT met")}'; }

SECTION=$(cat <<MD
## Scheduling

Measured by \`benchmarks/scheduling.sh\` on $(date -u +%Y-%m-%d) (JMH 1.37, one fork, 2 × 5 s warm-up,
3 × 5 s measurement), on the same machine: the scheduling service outside OSGi on a durable H2
file (\`WRITE_DELAY=0\`, pooled connections), core's services answering constants (so the audit
write is not in these numbers).

| | result | target |
|---|---|---|
| one therapist's week (40 sessions), 10 000 appointments in the database, p50 | ${P10K} ms | |
| the same, 1 000 000 appointments, p50 | ${P1M} ms | |
| ratio 1M / 10k | **${WEEK_RATIO}×** | ≤ 1.5×: $(verdict "$WEEK_RATIO" "<=" 1.5) |
| bookings through the service (locks, clash check, insert, history) | ${BOOK}/s | |
| raw durable single-row inserts into the same table | ${RAW}/s | |
| ratio | **${BOOK_RATIO}×** | ≥ 0.5×: $(verdict "$BOOK_RATIO" ">=" 0.5) |
MD
)
python3 - "$OUT" "$SECTION" <<'PY'
import re, sys
path, section = sys.argv[1], sys.argv[2]
text = open(path).read()
notes = ""
m = re.search(r"\n## Scheduling\n.*?(?=\n## |\Z)", text, re.S)
if m:
    old = m.group(0)
    # hand-written notes after the table survive: everything after the first blank line following the table
    parts = old.split("\n\n**", 1)
    notes = "\n\n**" + parts[1] if len(parts) > 1 else ""
    text = text.replace(old, "\n" + section + notes)
else:
    text = text.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w").write(text)
PY
echo "$SECTION"
