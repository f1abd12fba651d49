#!/usr/bin/env bash
# Time and peak memory of `graph import` on a large CSV edge list and of one query on the network it writes
# (release build).
#
#   Benchmarks/import-scale.sh              # 1,000,000 rows over 200,000 names (28 MB of CSV, 208 MB of JSON)
#   ROWS=200000 Benchmarks/import-scale.sh  # fewer rows
#
# Prints one line per command: wall time and peak resident memory. Run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${ROWS:-1000000}
swift build -c release --product graph --scratch-path .build-release >&2
graph=$PWD/.build-release/release/graph

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Rows `ActorA012345,ActorB067890,1`: each end drawn from 100,000 names, fixed seed.
python3 - "$rows" "$work/rows.csv" <<'PY'
import random, sys
random.seed(1)
with open(sys.argv[2], "w") as f:
    f.write("source,target,weight\n")
    for _ in range(int(sys.argv[1])):
        f.write(f"ActorA{random.randrange(100000):06d},ActorB{random.randrange(100000):06d},1\n")
PY
echo "input: $(wc -c < "$work/rows.csv") bytes, $rows rows"
cd "$work"
/usr/bin/time -f "import: %e s, %M KB peak" "$graph" import rows.csv -o big.json
echo "network.json: $(wc -c < big.json) bytes"
/usr/bin/time -f "neighbors: %e s, %M KB peak" "$graph" neighbors ActorA000001 --graph big.json > /dev/null
