#!/usr/bin/env bash
# The Spark job (Spark/spark_build.py, local mode on this machine's cores) beside `graph build` on the same input:
# what Spark adds on one machine, and that its files are the build's, byte for byte.
#
#   Benchmarks/spark-build.sh                  # 20 copies of ../shared/bench/news.jsonl (115 MB)
#   COPIES=4 PARTITIONS=8 Benchmarks/spark-build.sh
#   GRAPH=path/to/graph WORKER=path/to/graph-extract Benchmarks/spark-build.sh
#
# Needs pyspark and a Java runtime (./install-deps --tests). Builds graph (release) and the static graph-extract
# worker unless GRAPH and WORKER name them. Prints each run's wall time, processor time and peak memory (for the
# Spark job, of the driver's Python process and the merge only: Spark's JVM, which runs the executors' Python
# workers and every graph-extract, is not a child it waits for), and whether the four files are identical.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=common.sh
. Benchmarks/common.sh

copies=${COPIES:-20}
python3 -c 'import pyspark' 2>/dev/null || { echo "pyspark is not installed: ./install-deps --tests" >&2; exit 1; }
worker=${WORKER:-.build-static/release/graph-extract}
[ -n "${WORKER:-}" ] || swift build -c release --product graph-extract --static-swift-stdlib --scratch-path .build-static >&2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus"
python3 Benchmarks/copies.py "$bench" "$copies" "$work/corpus/news.jsonl"

printf '%s x%d: %.1f MB, %d cores\n' "$(basename "$bench")" "$copies" \
    "$(echo "$(wc -c < "$work/corpus/news.jsonl") / 1000000" | bc -l)" "$(nproc)"
measure "graph build" "$graph" build "$work/corpus" --out "$work/build" --quiet
partitions=()
[ -n "${PARTITIONS:-}" ] && partitions=(--partitions "$PARTITIONS")
measure "Spark local[*] + graph merge" python3 Spark/spark_build.py "$work/corpus" --out "$work/spark" \
    --worker "$worker" --graph "$graph" --keep-partials "$work/partials" "${partitions[@]}"
printf 'partitions: %s partials, %s MB\n' "$(ls "$work/partials" | grep -c '^part-')" \
    "$(du -cb "$work"/partials/part-* | tail -1 | awk '{printf "%.1f", $1 / 1e6}')"
for file in network.json documents.jsonl network.dot network.svg; do
    if cmp -s "$work/build/$file" "$work/spark/$file"; then echo "$file: identical"; else echo "$file: DIFFERS"; fi
done
