#!/usr/bin/env bash
# The bundled tagger and parser on UD English EWT (../shared/ud): accuracy on the dev and test splits, and speed and
# memory on the training file (12,544 sentences), release build, one core (the parser runs on one thread).
#
#   Benchmarks/parser.sh
#
# Accuracy is scored by Benchmarks/conllu-score.py on what `graph parse --conllu` writes (gold tokens, predicted
# tags and trees). Speed is `graph parse --conllu --timings`: tagging and parsing alone, with loading the model and
# reading and writing CoNLL-U reported apart; peak memory is that of the whole process (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
ud=${UD:-../shared/ud}
[ -f "$ud/en_ewt-ud-train.conllu" ] || { echo "no treebank at $ud (set UD=FOLDER)" >&2; exit 1; }
swift build -c release --product graph --scratch-path .build-release >&2
graph=.build-release/release/graph
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for split in dev test; do
    "$graph" parse --conllu "$ud/en_ewt-ud-$split.conllu" > "$work/$split.conllu"
    printf '%-5s ' "$split"
    python3 Benchmarks/conllu-score.py "$ud/en_ewt-ud-$split.conllu" "$work/$split.conllu"
done
for run in 1 2 3; do
    /usr/bin/time -f "%M" -o "$work/memory" taskset -c 0 "$graph" parse --conllu "$ud/en_ewt-ud-train.conllu" --timings \
        > /dev/null 2> "$work/timings"
    echo "speed, run $run: $(cat "$work/timings"); peak memory $(( $(cat "$work/memory") / 1024 )) MB"
done
