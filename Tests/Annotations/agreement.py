#!/usr/bin/env python3
"""How far two annotations of the same sentences agree on pair signs (standard library only).

    python3 Tests/Annotations/agreement.py                      # the held-out rows and their second reading
    python3 Tests/Annotations/agreement.py FIRST.tsv SECOND.tsv [--split test]

Both files are in the format of news-relations.tsv (check-relations.py validates them). Pairs are compared
undirected (A>B and A~B are one pair; a direction is not a sign); a pair that one annotation lists and the other
does not is counted apart. Prints the pairs both list, how many signs agree, Cohen's kappa over the three signs,
and the confusion (rows: the first file's sign, columns: the second's).
"""
import argparse, collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAIR = re.compile(r"^(.+?)([~>])(.+?):([-+0])$")
SIGNS = {"+": 1, "-": -1, "0": 0}


def read(path, split):
    """Row id -> {(a, b) in sorted order: sign}, for the rows of `split` (all rows when None)."""
    rows, header = {}, None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if header is None:
                header = fields
                continue
            row = dict(zip(header, fields))
            if split and row.get("split") != split:
                continue
            pairs = {}
            for written in row["pairs"].split():
                a, _, b, sign = PAIR.match(written).groups()
                pairs[tuple(sorted((a, b)))] = SIGNS[sign]
            rows[row["id"]] = pairs
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("first", nargs="?", default=os.path.join(HERE, "news-relations.tsv"))
    parser.add_argument("second", nargs="?", default=os.path.join(HERE, "news-relations-test-second.tsv"))
    parser.add_argument("--split", default="test", help="rows of this split only (default test; 'all' for every row)")
    args = parser.parse_args()
    split = None if args.split == "all" else args.split
    first, second = read(args.first, split), read(args.second, split)
    shared_rows = sorted(set(first) & set(second))
    if not shared_rows:
        sys.exit("no row is in both files")
    confusion = collections.Counter()
    only_first = only_second = 0
    for row in shared_rows:
        for pair in first[row].keys() | second[row].keys():
            if pair not in second[row]:
                only_first += 1
            elif pair not in first[row]:
                only_second += 1
            else:
                confusion[(first[row][pair], second[row][pair])] += 1
    both = sum(confusion.values())
    agree = sum(count for (a, b), count in confusion.items() if a == b)
    first_margin = collections.Counter()
    second_margin = collections.Counter()
    for (a, b), count in confusion.items():
        first_margin[a] += count
        second_margin[b] += count
    expected = sum(first_margin[s] * second_margin[s] for s in SIGNS.values()) / both / both
    kappa = (agree / both - expected) / (1 - expected)
    print(f"{len(shared_rows)} rows; {both} pairs in both, {only_first} only in the first, {only_second} only in the second")
    print(f"signs agree on {agree} of {both} ({100 * agree / both:.1f}%), Cohen's kappa {kappa:.2f}")
    print("first \\ second     +     -     0")
    for name, a in SIGNS.items():
        print(f"  {name}             " + " ".join(f"{confusion[(a, b)]:5d}" for b in SIGNS.values()))


if __name__ == "__main__":
    main()
