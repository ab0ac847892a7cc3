#!/usr/bin/env bash
# Store growth under re-ingestion, with and without compaction. One command: bench/store-growth/run.sh
#
# 1. Ingests samples/ through the full pipeline once and exports the article graphs.
# 2. Loads COPIES copies of those graphs (new article IRIs, same shape) into a store with `parley load`: the
#    background of articles that stay.
# 3. Serves that store and re-ingests the sample articles ROUNDS times: each round replaces their graphs over the
#    Graph Store Protocol (one write transaction per article, as `parley ingest` does; the NLP is left out so that
#    1,000 rounds take minutes), and the store's size on disk (du) is taken every EVERY rounds, and every SAMPLE
#    seconds by a sampler of its own (which also catches a compaction's copy beside the store). First with
#    compaction off (PLAIN=0 skips that run), then with the compaction of `serve` on (growth GROWTH, checked after
#    every write and every CHECK).
# 4. Loads the final content into a fresh store (`parley load`) and compacts the grown store (`parley compact`).
# Prints the curves (CSV in $OUT) and the ratios to the fresh load. SEED=FILE reuses an earlier run's seed.nq.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
ROUNDS="${ROUNDS:-1000}"
COPIES="${COPIES:-1000}"
EVERY="${EVERY:-50}"
CHECK="${CHECK:-5s}"
GROWTH="${GROWTH:-2.0}"
SAMPLE="${SAMPLE:-1}"
PLAIN="${PLAIN:-1}"
OUT="${OUT:-$root/target/bench/store-growth}"
PORT="${PORT:-18090}"
TOKEN=bench-token
export JAVA_OPTS="${JAVA_OPTS:--Xmx1g -XX:+UseParallelGC}"
parley="$root/parley"

rm -rf "$OUT" && mkdir -p "$OUT"
echo "store-growth: $COPIES x 3 background articles, $ROUNDS re-ingestions of 3; results in $OUT" >&2

if [ -n "${SEED:-}" ]; then # the seed.nq of an earlier run: no NLP this time
  cp "$SEED" "$OUT/seed.nq"
else
  JAVA_OPTS="-Xmx3g" "$parley" ingest --store "$OUT/seed" "$root/samples" >"$OUT/seed.log" 2>&1
  "$parley" export --store "$OUT/seed" "$OUT/seed.nq" 2>>"$OUT/seed.log"
fi
python3 "$here/growth.py" base "$OUT/seed.nq" "$COPIES" "$OUT/base.nq"

serve() { # store, compaction interval
  PARLEY_UPDATE_TOKEN=$TOKEN PARLEY_COMPACTION_EVERY="$2" PARLEY_COMPACTION_GROWTH="$GROWTH" PARLEY_COMPACTION_MIN_BYTES=0 \
    "$parley" serve --store "$1" --port "$PORT" >"$1.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "http://localhost:$PORT/q/health/ready" && return 0
    sleep 1
  done
  echo "server did not start; see $1.log" >&2; exit 1
}
stop() { kill -TERM "$server"; wait "$server" || true; }

sampler() { # store: seconds since start,kilobytes on disk, every SAMPLE seconds, until killed
  local t0; t0=$(date +%s)
  while sleep "$SAMPLE"; do
    kb=$(du -sk "$1" 2>/dev/null | cut -f1) && echo "$(( $(date +%s) - t0 )),$kb"
  done
}

run() { # name, compaction interval
  "$parley" load --store "$OUT/$1" "$OUT/base.nq" >/dev/null 2>&1
  serve "$OUT/$1" "$2"
  sampler "$OUT/$1" >"$OUT/$1-seconds.csv" &
  sampling=$!
  start=$(date +%s)
  python3 "$here/growth.py" rewrite "$OUT/seed.nq" "$ROUNDS" "$EVERY" "$PORT" "$TOKEN" "$OUT/$1" | tee "$OUT/$1.csv" >&2
  echo "$1: $(( $(date +%s) - start )) s" >&2
  kill "$sampling"
  stop
}

[ "$PLAIN" = 1 ] && run plain off
run compacting "$CHECK"

# the final content is the same in both runs: the background and the last round of the sample articles
"$parley" export --store "$OUT/compacting" "$OUT/final.nq" 2>/dev/null
"$parley" load --store "$OUT/fresh" "$OUT/final.nq" >/dev/null 2>&1
fresh=$(du -sk "$OUT/fresh" | cut -f1)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
quads=$(wc -l <"$OUT/final.nq")
{
  echo "quads in the store:                  $quads"
  echo "fresh load (parley load):            $fresh KB"
  if [ "$PLAIN" = 1 ]; then
    grown=$(du -sk "$OUT/plain" | cut -f1)
    compact_start=$(date +%s%N)
    "$parley" compact --store "$OUT/plain" 2>"$OUT/compact.log"
    compact_ms=$(( ($(date +%s%N) - compact_start) / 1000000 ))
    compacted=$(du -sk "$OUT/plain" | cut -f1)
    echo "after $ROUNDS rounds, no compaction:   $grown KB  ($(ratio "$grown" "$fresh")x fresh)"
    echo "then parley compact ($compact_ms ms):        $compacted KB  ($(ratio "$compacted" "$fresh")x fresh)"
  fi
  # the compaction log lines: "compacted the store: BEFORE -> AFTER bytes in MS ms"
  grep 'compacted the store' "$OUT/compacting.log" | sed -E 's/.*store: ([0-9]+) -> ([0-9]+) bytes in ([0-9]+) ms.*/\1 \2 \3/' >"$OUT/compactions.txt" || true
  compactions=$(wc -l <"$OUT/compactions.txt")
  echo "compaction (growth $GROWTH, checked after each write and every $CHECK): $compactions compactions"
  if [ "$compactions" -gt 0 ]; then
    echo "  store size when a compaction started: median $(cut -d' ' -f1 "$OUT/compactions.txt" | median | awk -v f="$fresh" '{ printf "%.2fx", $1 / 1024 / f }'), highest $(cut -d' ' -f1 "$OUT/compactions.txt" | sort -n | tail -1 | awk -v f="$fresh" '{ printf "%.2fx", $1 / 1024 / f }') fresh"
    echo "  store size after a compaction: median $(cut -d' ' -f2 "$OUT/compactions.txt" | median | awk -v f="$fresh" '{ printf "%.2fx", $1 / 1024 / f }') fresh"
    echo "  time per compaction: median $(cut -d' ' -f3 "$OUT/compactions.txt" | median) ms, longest $(cut -d' ' -f3 "$OUT/compactions.txt" | sort -n | tail -1) ms, total $(awk '{ s += $3 } END { print s }' "$OUT/compactions.txt") ms"
  fi
  rounds_median=$(cut -d, -f2 "$OUT/compacting.csv" | median)
  rounds_peak=$(cut -d, -f2 "$OUT/compacting.csv" | sort -n | tail -1)
  echo "  every $EVERY rounds: median $(ratio "$rounds_median" "$fresh")x, highest $(ratio "$rounds_peak" "$fresh")x fresh"
  seconds_median=$(cut -d, -f2 "$OUT/compacting-seconds.csv" | median)
  seconds_peak=$(cut -d, -f2 "$OUT/compacting-seconds.csv" | sort -n | tail -1)
  over=$(awk -F, -v f="$fresh" '$2 > 2 * f { n++ } END { print n + 0 }' "$OUT/compacting-seconds.csv")
  echo "  every $SAMPLE s ($(wc -l <"$OUT/compacting-seconds.csv") samples, compaction copies included): median $(ratio "$seconds_median" "$fresh")x, highest $(ratio "$seconds_peak" "$fresh")x fresh; $over samples above 2x"
  last=$(tail -1 "$OUT/compacting.csv" | cut -d, -f2)
  echo "  at the end: $last KB ($(ratio "$last" "$fresh")x fresh)"
} | tee "$OUT/summary.txt"
