#!/usr/bin/env bash
# A build split into parts (`graph extract` on each, `graph merge` of the partials) beside `graph build` of the whole,
# on copies of the shared news sample: what splitting costs on one machine, how large the partials are, and that the
# merged files are the build's, byte for byte.
#
#   Benchmarks/split-build.sh                    # 4 copies of ../shared/bench/news.jsonl (23 MB) in 4 parts
#   COPIES=20 PARTS=8 Benchmarks/split-build.sh  # 115 MB in 8 parts
#   GRAPH=/path/to/graph Benchmarks/split-build.sh
#
# The parts are line ranges of the one file, each piped to `graph extract - --name news.jsonl --first-line N`, as a
# cluster would give each worker a range. They run one after another (each already uses every core), so the sum of
# their times against the build's is the overhead of splitting: each part loads the model and gazetteer again, and
# writes every sentence of its pairs, which the merge reads back. Prints each step's wall time, processor time and
# peak memory, the partials' sizes, and whether each output equals the build's.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=common.sh
. Benchmarks/common.sh

copies=${COPIES:-4}
parts=${PARTS:-4}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The copies, ids of copy k (k > 1) ending in "#k" so that they stay unique.
python3 Benchmarks/copies.py "$bench" "$copies" "$work/news.jsonl"
lines=$(wc -l < "$work/news.jsonl")
bytes=$(wc -c < "$work/news.jsonl")

printf '%s: %d lines, %.1f MB, %d parts\n' "$(basename "$bench") x$copies" "$lines" "$(echo "$bytes / 1000000" | bc -l)" "$parts"
measure "graph build (whole)" "$graph" build "$work/news.jsonl" --out "$work/whole" --quiet
size=$(( (lines + parts - 1) / parts ))
partials=()
for (( part = 0; part < parts; part++ )); do
    first=$(( part * size + 1 ))
    last=$(( first + size - 1 ))
    sed -n "${first},${last}p" "$work/news.jsonl" > "$work/in-$part.jsonl"
    measure "graph extract (part $((part + 1)))" sh -c \
        "\"$graph\" extract - --name news.jsonl --first-line $first -o \"$work/part-$part.partial\" --quiet < \"$work/in-$part.jsonl\""
    partials+=("$work/part-$part.partial")
done
measure "graph merge" "$graph" merge "${partials[@]}" --out "$work/merged" --quiet
printf 'partials: %s MB in all (the input: %s MB)\n' \
    "$(du -cb "${partials[@]}" | tail -1 | awk '{printf "%.1f", $1 / 1e6}')" "$(echo "scale=1; $bytes / 1000000" | bc)"
for file in network.json documents.jsonl network.dot network.svg; do
    if cmp -s "$work/whole/$file" "$work/merged/$file"; then echo "$file: identical"; else echo "$file: DIFFERS"; fi
done
