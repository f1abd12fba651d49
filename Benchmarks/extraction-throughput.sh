#!/usr/bin/env bash
# Extraction throughput and memory of `graph build` (release build) beside a plain scan of the same text and the
# peer pipelines, in one run, as the extraction issue measures them.
#
#   Benchmarks/extraction-throughput.sh              # 20 copies of ../shared/bench/news.jsonl (115 MB), and 4 (23 MB)
#   COPIES=8 SMALL=2 Benchmarks/extraction-throughput.sh
#   SPACY=1 Benchmarks/extraction-throughput.sh      # also the spaCy peer (about 0.04 MB/s: minutes per MB)
#   GRAPH=/path/to/graph Benchmarks/extraction-throughput.sh   # another build of graph (an older one, to compare)
#
# Each size is one JSONL file of copies of the benchmark text, every copy's ids given a suffix (`#2`, `#3`, ...) so
# that they stay unique. On the large file it measures:
#   - `graph build` (and on the small file too, for how peak memory grows with the corpus);
#   - `rg --count-matches -F -f aliases.txt`: every name of the bundled gazetteer (names, official names, aliases,
#     demonyms, metonyms, capitals are among the metonyms) scanned as fixed strings, the floor of any scan;
#   - the flashtext gazetteer + VADER peer, from the virtual environment that ../shared/peers/README.md sets up
#     (PEERS_PYTHON, default /tmp/peers-venv/bin/python); skipped without it.
# Prints one line per pipeline: input size, wall time, throughput in MB/s (10^6 bytes), processor time (user + system,
# all cores), peak resident memory, and the wall time as a multiple of the rg scan's. Wall times are noisy on a shared
# machine (the processor time less so): run it a few times.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=common.sh
. Benchmarks/common.sh

copies=${COPIES:-20}
small=${SMALL:-4}
python=${PEERS_PYTHON:-/tmp/peers-venv/bin/python}
peers=../shared/peers

command -v rg >/dev/null || { echo "rg not found: apt-get install ripgrep" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# copies N FILE: N copies of the benchmark text in one file, the ids of copy k (k > 1) ending in "#k".
copies() {
    python3 Benchmarks/copies.py "$bench" "$1" "$2"
}

# The gazetteer's names, one a line, as the rg scan reads them.
python3 - Sources/ActorGraphExtraction/Resources/Gazetteer > "$work/aliases.txt" <<'EOF'
import glob, json, os, sys
names = set()
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.json"))):
    for kind, entries in json.load(open(path, encoding="utf-8")).items():
        if not isinstance(entries, list):
            continue
        for entry in entries:
            if isinstance(entry, dict):
                for field in ("name", "official"):
                    if entry.get(field):
                        names.add(entry[field])
                for field in ("aliases", "demonyms", "metonyms"):
                    names.update(entry.get(field) or [])
print("\n".join(sorted(names)))
EOF

copies "$copies" "$work/large.jsonl"
copies "$small" "$work/small.jsonl"
large_bytes=$(wc -c < "$work/large.jsonl")
small_bytes=$(wc -c < "$work/small.jsonl")
scan_seconds=""

# measure NAME BYTES COMMAND...: runs the command once and prints its figures.
measure() {
    local name=$1 bytes=$2; shift 2
    /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" >"$work/log" 2>&1 || { cat "$work/log" >&2; return 1; }
    read -r seconds kilobytes user system < "$work/time"
    [ -n "$scan_seconds" ] || scan_seconds=$seconds
    python3 -c "import sys; n, b, s, k, scan = sys.argv[1], int(sys.argv[2]), max(float(sys.argv[3]), 0.01), \
int(sys.argv[4]), max(float(sys.argv[5]), 0.01); cpu = float(sys.argv[6]) + float(sys.argv[7]); \
print(f'{n:<30} {b/1e6:6.1f} MB {s:8.2f} s {b/1e6/s:8.1f} MB/s {cpu:8.2f} s CPU {k/1024:6.0f} MB peak {s/scan:6.1f}x rg')" \
        "$name" "$bytes" "$seconds" "$kilobytes" "$scan_seconds" "$user" "$system"
}

echo "input: $copies and $small copies of $bench (ids made unique); $(wc -l < "$work/aliases.txt") gazetteer names;" \
    "$(nproc) cores"
cat "$work/large.jsonl" > /dev/null  # the first reader does not pay for the disk
measure "rg alias scan" "$large_bytes" rg --count-matches -F -f "$work/aliases.txt" "$work/large.jsonl"
measure "graph build" "$large_bytes" "$graph" build "$work/large.jsonl" --out "$work/graph-large" --quiet
measure "graph build (small)" "$small_bytes" "$graph" build "$work/small.jsonl" --out "$work/graph-small" --quiet
if [ -x "$python" ]; then
    measure "peer: gazetteer + VADER" "$large_bytes" \
        "$python" "$peers/gazetteer_cooc.py" --demonyms "$work/large.jsonl" --out "$work/gaz-out"
    if [ "${SPACY:-0}" = 1 ]; then
        measure "peer: spaCy + VADER (small)" "$small_bytes" \
            "$python" "$peers/spacy_cooc.py" "$work/small.jsonl" --out "$work/spacy-out"
    fi
else
    echo "peers skipped: no $python (see $peers/README.md)"
fi
