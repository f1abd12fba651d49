#!/usr/bin/env bash
# Fuzzes ActorGraph's readers with libFuzzer: builds the targets of this folder's package with the fuzzer and address
# sanitizers, runs each for SECONDS (default 600) from its kept corpus in Corpus/TARGET, and merges the inputs that
# reach new code into that corpus (`-merge=1`), which the ordinary `swift test` replays.
#
#   Tests/Fuzz/run.sh [SECONDS] [TARGET...]       FUZZ_JOBS=2 runs two targets at a time
#
# Targets: fuzz-jsonl fuzz-html fuzz-markdown fuzz-text fuzz-network-json fuzz-csv fuzz-graphml (default: all).
# A crash, a trap, a hang (an input taking over 10 s), a leak or a process past 2 GB leaves the input that caused it
# in .build/artifacts/ and makes the script exit 1; reproduce it with `.build/release/TARGET FILE`. Logs, and the
# resident memory of each target once a minute, are in .build/logs/. Then each kept corpus is replayed 10 and 100
# times: a peak that grows by more than 20 MB (memory kept from one input to the next) is a failure too, except for
# GraphML, where Foundation's XMLParser leaks (lsan.supp).
set -euo pipefail
cd "$(dirname "$0")"

seconds=${1:-600}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(fuzz-jsonl fuzz-html fuzz-markdown fuzz-text fuzz-network-json fuzz-csv fuzz-graphml)
jobs=${FUZZ_JOBS:-1}

swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library 2>&1 |
    grep -v "Cannot export local symbol '__asan_extra_spill_area'" || true
[[ -x .build/release/${targets[0]} ]] || { echo "run.sh: the build failed" >&2; exit 1; }

# Leaks inside the toolchain's Foundation, not ActorGraph's, are listed (and explained) in lsan.supp. Swift's own
# crash backtracer is off: under the address sanitizer it reports its own reads as errors and takes minutes;
# libFuzzer and the sanitizer print the stack of a crash themselves.
export LSAN_OPTIONS="suppressions=$(pwd)/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}

artifacts=.build/artifacts
logs=.build/logs
mkdir -p "$artifacts" "$logs"

fuzz() {
    local target=$1 scratch
    scratch=$(mktemp -d)
    # Inputs up to 8 KB; network files up to 2 KB, which hold every kind of field, so that the kept corpus stays small.
    local max_len=8192
    [[ $target == fuzz-network-json ]] && max_len=2048
    # GraphML gets 6 GB: Foundation's XMLParser leaks 72 bytes for each error libxml2 reports (see lsan.supp), 3 to 7 MB
    # a second at full speed, which passes 4 GB in ten minutes (and LeakSanitizer's scan at the end adds more).
    local rss_limit=2048
    [[ $target == fuzz-graphml ]] && rss_limit=6144
    local options=(-timeout=10 -rss_limit_mb=$rss_limit -malloc_limit_mb=2048 -max_len=$max_len -print_final_stats=1
        "-artifact_prefix=$artifacts/$target-")
    [[ -f dictionaries/$target.dict ]] && options+=("-dict=dictionaries/$target.dict")
    local status=0 pid samples=0
    ".build/release/$target" "${options[@]}" -max_total_time="$seconds" "$scratch" "Corpus/$target" \
        >"$logs/$target.log" 2>&1 &
    pid=$!
    # The resident memory once a minute, to see that it does not keep growing.
    : >"$logs/$target.rss"
    while kill -0 "$pid" 2>/dev/null; do
        sleep 5
        samples=$((samples + 1))
        ((samples % 12)) || awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status" >>"$logs/$target.rss" 2>/dev/null || true
    done
    wait "$pid" || status=$?
    # Keep only the new inputs that reach code (edges, not hit counts) the kept corpus does not.
    ".build/release/$target" -merge=1 -use_counters=0 -timeout=10 -rss_limit_mb=2048 "Corpus/$target" "$scratch" \
        >"$logs/$target.merge.log" 2>&1 || status=$((status ? status : $?))
    rm -rf "$scratch"
    # Memory growth: the kept corpus replayed 10 and 100 times, with the sanitizer's quarantine of freed memory off
    # (it would hold up to 256 MB of it); the peak must stay within 20 MB. Not for GraphML, whose peak grows by
    # Foundation's leak (lsan.supp), about 1 KB a document.
    local peaks=()
    for times in 10 100; do
        peaks+=("$(ASAN_OPTIONS=quarantine_size_mb=0${ASAN_OPTIONS:+:$ASAN_OPTIONS} ".build/release/$target" \
            -runs=$times -print_final_stats=1 "Corpus/$target"/* 2>&1 | sed -n 's/^stat::peak_rss_mb: *//p')")
    done
    local replay="${peaks[0]:-?}→${peaks[1]:-?} MB"
    if [[ $target != fuzz-graphml ]] && ((${peaks[1]:-0} - ${peaks[0]:-0} > 20)); then
        ((status)) || status=1
        replay+=" GROWS"
    fi
    local runs rss files bytes
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$logs/$target.log")
    rss="$(head -1 "$logs/$target.rss")→$(tail -1 "$logs/$target.rss") MB"
    [[ -s $logs/$target.rss ]] || rss="-"
    files=$(find "Corpus/$target" -type f | wc -l)
    bytes=$(cat "Corpus/$target"/* | wc -c)
    printf '%-18s %5ss %11s runs  rss 1 min→end %-12s corpus %4s files %7s bytes  replay ×10→×100 %s  %s\n' \
        "$target" "$seconds" "${runs:-?}" "$rss" "$files" "$bytes" "$replay" \
        "$( ((status)) && echo "FAILED (see $logs/$target.log)" || echo ok)"
    return "$status"
}

failed=0
running=0
for target in "${targets[@]}"; do
    if ((running >= jobs)); then
        wait -n || failed=1
        running=$((running - 1))
    fi
    fuzz "$target" &
    running=$((running + 1))
done
while ((running > 0)); do
    wait -n || failed=1
    running=$((running - 1))
done
if ((failed)); then
    echo "run.sh: a target failed; the input that caused it is in $(pwd)/$artifacts" >&2
    exit 1
fi
