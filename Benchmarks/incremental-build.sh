#!/usr/bin/env bash
# An incremental build (`graph build --cache DIR`) beside clean builds, as a daily feed grows: the shared news sample
# (COPIES copies, ids made unique) built clean and into an empty cache; then 1% more articles appended to the file
# (copies of its first lines with new ids) and the file built again, clean and from the cache. Prints each build's
# wall time, processor time and peak memory, the cache's size, and whether the cached build's files equal the
# clean build's.
#
#   Benchmarks/incremental-build.sh               # the 5.7 MB sample once
#   COPIES=4 Benchmarks/incremental-build.sh      # 23 MB
#   GRAPH=/path/to/graph Benchmarks/incremental-build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=common.sh
. Benchmarks/common.sh

copies=${COPIES:-1}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus"
python3 Benchmarks/copies.py "$bench" "$copies" "$work/corpus/news.jsonl"

# same A B: whether the four files of two builds are byte-identical.
same() {
    for file in network.json documents.jsonl network.dot network.svg; do
        cmp -s "$1/$file" "$2/$file" || { echo "$file DIFFERS"; return; }
    done
    echo "all four files identical"
}

lines=$(wc -l < "$work/corpus/news.jsonl")
printf '%s x%d: %d articles, %.1f MB\n' "$(basename "$bench")" "$copies" "$lines" \
    "$(echo "$(wc -c < "$work/corpus/news.jsonl") / 1000000" | bc -l)"
measure "clean build" "$graph" build "$work/corpus" --out "$work/clean" --quiet
measure "cached build, empty cache" "$graph" build "$work/corpus" --out "$work/first" --cache "$work/cache" --quiet
printf 'cache: %s files, %s MB; %s\n' "$(ls "$work/cache" | wc -l)" \
    "$(du -sb "$work/cache" | awk '{printf "%.1f", $1 / 1e6}')" "$(same "$work/clean" "$work/first")"

added=$(( (lines + 99) / 100 ))
python3 - "$work/corpus/news.jsonl" "$added" <<'PY'
import json, sys
path, count = sys.argv[1], int(sys.argv[2])
lines = [line for line in open(path, encoding="utf-8").read().splitlines() if line.strip()][:count]
with open(path, "a", encoding="utf-8") as file:
    for line in lines:
        article = json.loads(line)
        article["id"] = f"{article.get('id', 'article')}#new"
        file.write(json.dumps(article, ensure_ascii=False) + "\n")
PY
echo "appended $added articles (1%)"
measure "clean build" "$graph" build "$work/corpus" --out "$work/clean2" --quiet
measure "cached build" "$graph" build "$work/corpus" --out "$work/second" --cache "$work/cache" --quiet
same "$work/clean2" "$work/second"
"$graph" build "$work/corpus" --out "$work/third" --cache "$work/cache" --timings --quiet 2>&1 | sed 's/^/  (cached, nothing new) /'
