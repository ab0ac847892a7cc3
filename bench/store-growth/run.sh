#!/usr/bin/env bash
# Store growth under re-ingestion, with and without compaction. One command: bench/store-growth/run.sh
#
# 1. Ingests samples/ through the full pipeline once and exports the article graphs.
# 2. Loads COPIES copies of those graphs (new article IRIs, same shape) into a store with `parley load`: the
#    background of articles that stay.
# 3. Serves that store and re-ingests the sample articles ROUNDS times: each round replaces their graphs over the
#    Graph Store Protocol (one write transaction per article, as `parley ingest` does; the NLP is left out so that
#    1,000 rounds take minutes), and the store's size on disk (du) is taken every EVERY rounds. First with
#    compaction off, then with the scheduled compaction of `serve` on (checked every CHECK, growth 1.5).
# 4. Loads the final content into a fresh store (`parley load`) and compacts the grown store (`parley compact`).
# Prints the curves (CSV in $OUT) and the ratios to the fresh load.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
ROUNDS="${ROUNDS:-1000}"
COPIES="${COPIES:-1000}"
EVERY="${EVERY:-50}"
CHECK="${CHECK:-5s}"
OUT="${OUT:-$root/target/bench/store-growth}"
PORT="${PORT:-18090}"
TOKEN=bench-token
export JAVA_OPTS="${JAVA_OPTS:--Xmx1g -XX:+UseParallelGC}"
parley="$root/parley"

rm -rf "$OUT" && mkdir -p "$OUT"
echo "store-growth: $COPIES x 3 background articles, $ROUNDS re-ingestions of 3; results in $OUT" >&2

JAVA_OPTS="-Xmx3g" "$parley" ingest --store "$OUT/seed" "$root/samples" >"$OUT/seed.log" 2>&1
"$parley" export --store "$OUT/seed" "$OUT/seed.nq" 2>>"$OUT/seed.log"
python3 "$here/growth.py" base "$OUT/seed.nq" "$COPIES" "$OUT/base.nq"

serve() { # store, compaction interval
  PARLEY_UPDATE_TOKEN=$TOKEN PARLEY_COMPACTION_EVERY="$2" PARLEY_COMPACTION_MIN_BYTES=0 \
    "$parley" serve --store "$1" --port "$PORT" >"$1.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "http://localhost:$PORT/q/health/ready" && return 0
    sleep 1
  done
  echo "server did not start; see $1.log" >&2; exit 1
}
stop() { kill -TERM "$server"; wait "$server" || true; }

run() { # name, compaction interval
  "$parley" load --store "$OUT/$1" "$OUT/base.nq" >/dev/null 2>&1
  serve "$OUT/$1" "$2"
  start=$(date +%s)
  python3 "$here/growth.py" rewrite "$OUT/seed.nq" "$ROUNDS" "$EVERY" "$PORT" "$TOKEN" "$OUT/$1" | tee "$OUT/$1.csv" >&2
  echo "$1: $(( $(date +%s) - start )) s" >&2
  stop
}

run plain off
run compacting "$CHECK"

"$parley" export --store "$OUT/plain" "$OUT/final.nq" 2>/dev/null
"$parley" load --store "$OUT/fresh" "$OUT/final.nq" >/dev/null 2>&1
fresh=$(du -sk "$OUT/fresh" | cut -f1)
grown=$(du -sk "$OUT/plain" | cut -f1)
compact_start=$(date +%s%N)
"$parley" compact --store "$OUT/plain" 2>"$OUT/compact.log"
compact_ms=$(( ($(date +%s%N) - compact_start) / 1000000 ))
compacted=$(du -sk "$OUT/plain" | cut -f1)
peak=$(cut -d, -f2 "$OUT/compacting.csv" | sort -n | tail -1)
last=$(tail -1 "$OUT/compacting.csv" | cut -d, -f2)
quads=$(wc -l <"$OUT/final.nq")
compactions=$(grep -c 'compacted the store' "$OUT/compacting.log" || true)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

{
  echo "quads in the store:                  $quads"
  echo "fresh load (parley load):            $fresh KB"
  echo "after $ROUNDS rounds, no compaction:   $grown KB  ($(ratio "$grown" "$fresh")x fresh)"
  echo "then parley compact ($compact_ms ms):        $compacted KB  ($(ratio "$compacted" "$fresh")x fresh)"
  echo "scheduled compaction (checked every $CHECK, $compactions compactions): peak $peak KB ($(ratio "$peak" "$fresh")x fresh), end $last KB ($(ratio "$last" "$fresh")x fresh)"
} | tee "$OUT/summary.txt"
