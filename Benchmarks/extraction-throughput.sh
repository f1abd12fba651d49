#!/usr/bin/env bash
# Extraction throughput of `graph build` (release build) against the peer pipelines, on the same input.
#
#   Benchmarks/extraction-throughput.sh            # 4 copies of ../shared/bench/news.jsonl (23 MB)
#   COPIES=8 Benchmarks/extraction-throughput.sh   # more input
#   SPACY=1 Benchmarks/extraction-throughput.sh    # also the spaCy peer (about 0.04 MB/s: minutes per MB)
#
# The peers run from the virtual environment that ../shared/peers/README.md sets up (PEERS_PYTHON, default
# /tmp/peers-venv/bin/python); without it only ActorGraph is measured. Prints one line per pipeline: input size,
# wall time, throughput in MB/s (10^6 bytes) and peak resident memory. Run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."

copies=${COPIES:-4}
bench=${BENCH:-../shared/bench/news.jsonl}
python=${PEERS_PYTHON:-/tmp/peers-venv/bin/python}
peers=../shared/peers

[ -f "$bench" ] || { echo "no benchmark text at $bench (set BENCH=FILE)" >&2; exit 1; }
swift build -c release --product graph --scratch-path .build-release >&2
graph=.build-release/release/graph

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/in"
for i in $(seq "$copies"); do cp "$bench" "$work/in/news-$i.jsonl"; done
bytes=$(cat "$work"/in/* | wc -c)

# measure NAME COMMAND...: runs the command once and prints its figures.
measure() {
    local name=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/log" 2>&1 || { cat "$work/log" >&2; return 1; }
    read -r seconds kilobytes < "$work/time"
    python3 -c "import sys; b, s, k = int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]); \
print(f'{sys.argv[1]:<28} {b/1e6:6.1f} MB  {s:8.2f} s  {b/1e6/s:8.2f} MB/s  {k/1024:7.0f} MB peak')" \
        "$name" "$bytes" "$seconds" "$kilobytes"
}

echo "input: $copies copies of $bench, $bytes bytes; $(nproc) cores"
measure "graph build" "$graph" build "$work/in" --out "$work/graph-out" --quiet
if [ -x "$python" ]; then
    measure "peer: gazetteer + VADER" "$python" "$peers/gazetteer_cooc.py" --demonyms "$work/in" --out "$work/gaz-out"
    if [ "${SPACY:-0}" = 1 ]; then
        measure "peer: spaCy + VADER" "$python" "$peers/spacy_cooc.py" "$work/in" --out "$work/spacy-out"
    fi
else
    echo "peers skipped: no $python (see $peers/README.md)"
fi
