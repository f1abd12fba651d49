#!/usr/bin/env python3
"""UPOS accuracy, UAS and LAS of a predicted CoNLL-U file against the gold one, as the CoNLL 2018 shared task counts
them for gold tokenisation: every syntactic word counts (punctuation included; multiword-token and empty-node lines
are skipped); LAS compares the universal relation only (`nsubj:pass` counts as `nsubj`).

    python3 Benchmarks/conllu-score.py GOLD.conllu PREDICTED.conllu

Written apart from the Swift trainer's own evaluation, so that each checks the other.
"""
import sys


def words(path):
    sentences, current = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if current:
                    sentences.append(current)
                current = []
            elif not line.startswith("#"):
                columns = line.split("\t")
                if "-" not in columns[0] and "." not in columns[0]:
                    current.append(columns)
    if current:
        sentences.append(current)
    return sentences


def main(gold_path, predicted_path):
    gold, predicted = words(gold_path), words(predicted_path)
    if len(gold) != len(predicted):
        sys.exit(f"{len(gold)} gold sentences but {len(predicted)} predicted")
    total = upos = uas = las = 0
    for number, (g, p) in enumerate(zip(gold, predicted), 1):
        if [w[1] for w in g] != [w[1] for w in p]:
            sys.exit(f"sentence {number}: the words differ")
        for gw, pw in zip(g, p):
            total += 1
            upos += gw[3] == pw[3]
            if gw[6] == pw[6]:
                uas += 1
                las += gw[7].split(":")[0] == pw[7].split(":")[0]
    print(f"{total} words: UPOS {100 * upos / total:.2f}%  UAS {100 * uas / total:.2f}%  LAS {100 * las / total:.2f}%")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
