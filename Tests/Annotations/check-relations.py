#!/usr/bin/env python3
"""Validate relation-sign annotation files in the format of relations.tsv (standard library only).

    python3 Tests/Annotations/check-relations.py [--news ../shared/bench/news.jsonl] Tests/Annotations/relations.tsv Tests/Annotations/news-relations.tsv

For each file: comment lines (#) and blank lines are skipped; the first other line is the header and must hold
id, source and pairs, and either text or span and check (news-relations.tsv, which stores no news text: its
sentences are recovered from news.jsonl by news_sentences.py, and a span whose text does not match its check, or a
missing news.jsonl, is a problem). Every row must have as many tab-separated fields as the header; ids must be unique;
every pair must read A~B:S or A>B:S with S one of + - 0, A and B distinct ids of the gazetteer (countries,
groupings, blocs in Sources/ActorGraphExtraction/Resources/Gazetteer), A < B in plain string order for `~`;
a row must not name one pair twice (in either direction), and it must list every pair of the actors it names
(n actors, n(n-1)/2 pairs). A `split` column, where present, must say dev or test. Prints the counts per file
(and per split) and every problem; exits 1 if there is any.
"""
import argparse, collections, json, os, re, sys

sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import news_sentences  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GAZETTEER = os.path.join(ROOT, "Sources", "ActorGraphExtraction", "Resources", "Gazetteer")
PAIR = re.compile(r"^([A-Z][A-Z0-9_]*)([~>])([A-Z][A-Z0-9_]*):([-+0])$")


def gazetteer_ids():
    ids = set()
    for name, key in (("countries", "countries"), ("groupings", "groupings"), ("blocs", "blocs")):
        with open(os.path.join(GAZETTEER, name + ".json"), encoding="utf-8") as fh:
            ids |= {entry["id"] for entry in json.load(fh)[key]}
    return ids


def check(path, valid, news):
    problems = []
    with open(path, encoding="utf-8") as fh:
        lines = [(n, l.rstrip("\n")) for n, l in enumerate(fh, 1) if l.strip() and not l.startswith("#")]
    header = lines[0][1].split("\t")
    located = "span" in header or "check" in header
    for column in ("id", "source", "pairs") + (("span", "check") if located else ("text",)):
        if column not in header:
            problems.append("header lacks column %r" % column)
    if located and "text" in header:
        problems.append("header has both text and span/check")
    if problems:
        return problems, {}
    texts = None
    if located:
        # The sentences are not in the file: recover them from news.jsonl, every check verified.
        rows = [dict(zip(header, l.split("\t"))) for _, l in lines[1:] if len(l.split("\t")) == len(header)]
        errors = []
        try:
            texts = {r["id"]: r["text"] for r in news_sentences.recover(rows, news, "row", errors)}
        except news_sentences.NewsSentenceError as e:
            errors.append("cannot recover the sentences: %s" % e)
        problems += errors
    seen_ids = set()
    counts = collections.defaultdict(collections.Counter)
    for n, line in lines[1:]:
        fields = line.split("\t")
        where = "line %d" % n
        if len(fields) != len(header):
            problems.append("%s: %d fields, the header has %d" % (where, len(fields), len(header)))
            continue
        row = dict(zip(header, fields))
        where = "line %d (%s)" % (n, row["id"])
        if row["id"] in seen_ids:
            problems.append("%s: duplicate id" % where)
        seen_ids.add(row["id"])
        if not located and not row["text"].strip():
            problems.append("%s: empty text" % where)
        split = row.get("split", "all")
        if "split" in row and split not in ("dev", "test"):
            problems.append("%s: split %r is neither dev nor test" % (where, split))
        actors, pairs = set(), set()
        for item in row["pairs"].split():
            m = PAIR.match(item)
            if not m:
                problems.append("%s: malformed pair %r" % (where, item))
                continue
            a, kind, b, sign = m.groups()
            for end in (a, b):
                if end not in valid:
                    problems.append("%s: %r is not an id of the gazetteer" % (where, end))
            if a == b:
                problems.append("%s: %r pairs an actor with itself" % (where, item))
            if kind == "~" and not a < b:
                problems.append("%s: %r should be written %s~%s" % (where, item, b, a))
            key = tuple(sorted((a, b)))
            if key in pairs:
                problems.append("%s: pair %s-%s named twice" % (where, a, b))
            pairs.add(key)
            actors |= {a, b}
            for bucket in {split, "all"}:
                counts[bucket]["pairs"] += 1
                counts[bucket][sign] += 1
                counts[bucket]["directed"] += kind == ">"
        missing = [(a, b) for a in sorted(actors) for b in sorted(actors) if a < b and (a, b) not in pairs]
        if missing:
            problems.append("%s: %d actors but pairs missing: %s" % (
                where, len(actors), " ".join("%s-%s" % p for p in missing)))
        for bucket in {split, "all"}:
            counts[bucket]["rows"] += 1
            counts[bucket]["no pair"] += not pairs
            counts[bucket]["directed rows"] += ">" in row["pairs"]
    return problems, counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--news", default=news_sentences.NEWS,
                        help="news.jsonl, for files with span and check columns (default: %(default)s)")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    valid = gazetteer_ids()
    failed = False
    for path in args.paths:
        problems, counts = check(path, valid, args.news)
        for bucket in sorted(counts, key=lambda b: (b != "all", b)):
            c = counts[bucket]
            print("%s [%s]: %d rows (%d with no pair, %d with a directed pair); %d pairs: + %d, - %d, 0 %d; %d directed"
                  % (os.path.basename(path), bucket, c["rows"], c["no pair"], c["directed rows"], c["pairs"],
                     c["+"], c["-"], c["0"], c["directed"]))
        for p in problems:
            print("  %s: %s" % (os.path.basename(path), p))
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
