# Sourced by the benchmark scripts, from the repository's root:
#   - $bench, the shared news sample (BENCH=FILE for another text), checked to exist;
#   - $graph, the graph program (GRAPH=path for another build; else the release build, built first);
#   - `measure LABEL COMMAND...`, which runs the command (its output discarded, its errors shown if it fails, which
#     stops the script) and prints its wall time, processor time (user + system, its children included) and peak
#     resident memory (of the largest single process).
bench=${BENCH:-../shared/bench/news.jsonl}
[ -f "$bench" ] || { echo "no benchmark text at $bench (set BENCH=FILE)" >&2; exit 1; }
graph=${GRAPH:-.build-release/release/graph}
[ -n "${GRAPH:-}" ] || swift build -c release --product graph --scratch-path .build-release >&2

measure() {
    local label=$1 times log wall user system peak
    shift
    times=$(mktemp)
    log=$(mktemp)
    if ! /usr/bin/time -f "%e %U %S %M" -o "$times" "$@" > /dev/null 2> "$log"; then
        cat "$log" >&2
        rm -f "$times" "$log"
        exit 1
    fi
    read -r wall user system peak < "$times"
    rm -f "$times" "$log"
    printf '%-34s %7.2f s wall %7.2f s processor %5.0f MB peak\n' "$label" "$wall" \
        "$(echo "$user + $system" | bc)" "$(echo "$peak / 1024" | bc)"
}
