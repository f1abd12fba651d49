#!/usr/bin/env python3
"""Accuracy of `graph build` beside the peer pipelines, on the hand-annotated sets in Tests/Annotations.

    python3 Benchmarks/peer-accuracy.py                # relation signs and entities (entities.tsv)
    python3 Benchmarks/peer-accuracy.py --no-spacy     # skip the two spaCy peers (slow to load)
    python3 Benchmarks/peer-accuracy.py --news PATH    # news.jsonl (default ../shared/bench/news.jsonl)
    python3 Benchmarks/peer-accuracy.py --draw 1201-1300 --only-draw   # one draw of news-relations.tsv alone

Pipelines: ActorGraph (GRAPH, a graph binary, or a release build of this checkout), the shared peers in
../shared/peers (gazetteer_cooc.py --demonyms, spacy_cooc.py: every pair gets its sentence's VADER score) and
Benchmarks/peers/spacy_deps.py (spaCy's dependency parse links the pair through a verb; VADER scores the verb phrase).
Relation-sign sets, each sentence one document of a .jsonl corpus that every pipeline reads once:
  - news-relations.tsv, real news sentences, reported as two sets: dev, and the held-out test (never tune on it);
    the file stores no text (../shared/bench/README.md forbids copying it), so its sentences are read from
    news.jsonl by Tests/Annotations/news_sentences.py, which fails on any span whose text does not match its check
    (without news.jsonl the set is skipped, with a note);
  - relations.tsv (sentences of the corpus and written for the purpose);
  - corpus-relations.tsv (the corpus's own annotated pairs, one document per distinct sentence; [coref] rows,
    whose actor is not named, are left out, as the Swift test does).
The scores come from the files each pipeline writes (network.json with every evidence sentence kept,
documents.jsonl), so all are judged by the same rules:
  - relation signs: for every annotated pair, the sign of the summed stance of the pipeline's evidence in that
    sentence's document (people counted as their country). A pair the pipeline did not find counts as wrong, as in
    the Swift tests (RelationSignAccuracyTests), whatever its annotated sign; the confusion matrix (rows: annotated
    + - 0; columns: predicted + - 0, and "none" for a pair not found) shows them apart, and "unfound as 0" gives
    the accuracy were a pair not found read as predicted 0;
  - entities: per document, the countries, groupings and blocs found against the annotated set (precision, recall).
The Swift test suite scores ActorGraph the same way in process (RelationSignAccuracyTests, EntityAccuracyTests);
this script adds the peers. It needs the peers' virtual environment (../shared/peers/README.md): PEERS_PYTHON,
default /tmp/peers-venv/bin/python.
"""
import argparse, collections, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PEERS = os.path.normpath(os.path.join(ROOT, "..", "shared", "peers"))
ANNOTATIONS = os.path.join(ROOT, "Tests", "Annotations")
sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, ANNOTATIONS)
import news_sentences  # noqa: E402
OWN_PEERS = os.path.join(ROOT, "Benchmarks", "peers")
THRESHOLD = 0.05
SIGNS = {"+": 1, "-": -1, "0": 0}

# Runs a peer with every evidence sentence kept (the peers keep 3 per edge by default).
PEER_RUNNER = """
import runpy, sys
sys.path.insert(0, sys.argv[1])
import common
common.EVIDENCE_CAP = 10 ** 9
script = sys.argv[2]
sys.argv = [script] + sys.argv[3:]
runpy.run_path(script, run_name="__main__")
"""


def rows(name):
    with open(os.path.join(ANNOTATIONS, name), encoding="utf-8") as fh:
        lines = [l.rstrip("\n") for l in fh if l.strip() and not l.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, l.split("\t"))) for l in lines[1:]]


def sign(x):
    return 0 if abs(x) < THRESHOLD else (1 if x > 0 else -1)


def run_pipelines(corpus, work, spacy):
    python = os.environ.get("PEERS_PYTHON", "/tmp/peers-venv/bin/python")
    graph = os.environ.get("GRAPH")  # a graph binary already built, instead of building this checkout
    if not graph:
        graph = os.path.join(ROOT, ".build-release", "release", "graph")
        subprocess.run(["swift", "build", "-c", "release", "--product", "graph", "--scratch-path", ".build-release"],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    outputs = {"ActorGraph": os.path.join(work, "graph")}
    subprocess.run([graph, "build", corpus, "--out", outputs["ActorGraph"], "--evidence", "all", "--quiet"], check=True)
    if not os.path.exists(python):
        print("peers skipped: no %s (see %s/README.md)" % (python, PEERS), file=sys.stderr)
        return outputs
    peers = [("gazetteer + VADER", os.path.join(PEERS, "gazetteer_cooc.py"), ["--demonyms"])]
    if spacy:
        peers.append(("spaCy + VADER", os.path.join(PEERS, "spacy_cooc.py"), []))
        peers.append(("spaCy deps + VADER", os.path.join(OWN_PEERS, "spacy_deps.py"), []))
    for name, script, flags in peers:
        out = os.path.join(work, os.path.basename(script))
        subprocess.run([python, "-c", PEER_RUNNER, PEERS, script, corpus, "--out", out] + flags,
                       check=True, stderr=subprocess.DEVNULL)
        outputs[name] = out
    return outputs


# The gazetteer's UN bodies that the annotations, which give them no id of their own, count as the UN
# (news-relations.tsv's conventions: "the UN's nuclear watchdog", "the UN General Assembly").
ANNOTATED_AS = {"UNGA": "UN", "UNHRC": "UN", "IAEA": "UN"}


def pair_signs(out):
    """(document, a, b) -> sign, from every evidence sentence, with people moved to their country."""
    network = json.load(open(os.path.join(out, "network.json"), encoding="utf-8"))
    country = {n["id"]: (n.get("affiliation") or n["id"]) if n["kind"] in ("person", "organization") else n["id"]
               for n in network["nodes"]}
    country = {node: ANNOTATED_AS.get(side, side) for node, side in country.items()}
    sums = collections.defaultdict(float)
    for edge in network["edges"]:
        if edge["kind"] != "relation":
            continue
        a, b = sorted((country[edge["source"]], country[edge["target"]]))
        if a == b:
            continue
        for evidence in edge["evidence"]:
            sums[(evidence["document"], a, b)] += evidence["stance"]
    return {key: sign(value) for key, value in sums.items()}


def score_relations(outputs, sets):
    """sets: [(name, [(document, [(a, b, sign)])])]; prints accuracy and confusion matrix per set and pipeline."""
    labels = {1: "+", -1: "-", 0: "0", None: "none"}
    for set_name, gold in sets:
        print("Relation signs (%s): %d sentences, %d pairs" % (set_name, len(gold), sum(len(p) for _, p in gold)))
        for name, out in outputs.items():
            signs = pair_signs(out)
            confusion = collections.Counter()
            for doc, pairs in gold:
                for a, b, want in pairs:
                    confusion[(want, signs.get((doc, a, b)))] += 1
            total = sum(confusion.values())
            right = sum(confusion[(s, s)] for s in (1, -1, 0))
            per = ", ".join("%s %d/%d" % (labels[s], confusion[(s, s)], sum(v for (w, _), v in confusion.items() if w == s))
                            for s in (1, -1, 0))
            print("  %-20s %5.1f%%  (%d/%d; %s; unfound as 0: %d/%d)" % (
                name, 100 * right / max(1, total), right, total, per, right + confusion[(0, None)], total))
            print("  %20s annotated \\ predicted    +    -    0 none" % "")
            for want in (1, -1, 0):
                print("  %20s %-21s %4d %4d %4d %4d" % ("", labels[want], *(confusion[(want, got)] for got in (1, -1, 0, None))))


def relation_sets(corpus, news):
    """The annotated relation sets that exist, each sentence written to `corpus` as one document."""
    sentences = []  # (set name, document id, text, [(a, b, sign)])

    def parse(items):
        pairs = []
        for item in items.split():
            ends, want = item.rsplit(":", 1)
            a, b = sorted(ends.replace(">", "~").split("~"))
            pairs.append((a, b, SIGNS[want]))
        return pairs

    if os.path.exists(os.path.join(ANNOTATIONS, "news-relations.tsv")) and not os.path.exists(news):
        print("news-relations.tsv skipped: no %s (its sentences are read from there)" % news, file=sys.stderr)
    elif os.path.exists(os.path.join(ANNOTATIONS, "news-relations.tsv")):
        for row in news_sentences.read(os.path.join(ANNOTATIONS, "news-relations.tsv"), news):
            sentences.append(("news-relations.tsv %s" % row["split"], row["id"], row["text"], parse(row["pairs"])))
    if os.path.exists(os.path.join(ANNOTATIONS, "relations.tsv")):
        for row in rows("relations.tsv"):
            sentences.append(("relations.tsv", row["id"], row["text"], parse(row.get("pairs", ""))))
    if os.path.exists(os.path.join(ANNOTATIONS, "corpus-relations.tsv")):
        by_text = collections.OrderedDict()
        for row in rows("corpus-relations.tsv"):
            pairs = by_text.setdefault(row["text"], [])
            if not row["note"].startswith("[coref]"):
                pairs.append(tuple(sorted((row["a"], row["b"]))) + (SIGNS[row["sign"]],))
        for k, (text, pairs) in enumerate(by_text.items(), 1):
            sentences.append(("corpus-relations.tsv", "c%03d" % k, text, pairs))
    with open(corpus, "w", encoding="utf-8") as fh:
        for _, doc, text, _ in sentences:
            fh.write(json.dumps({"id": doc, "title": "", "text": text}, ensure_ascii=False) + "\n")
    sets = collections.OrderedDict()
    for set_name, doc, _, pairs in sentences:
        sets.setdefault(set_name, []).append((doc, pairs))
    return list(sets.items())


def entities_found(out):
    found = {}
    with open(os.path.join(out, "documents.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            found[record["document"]] = {e["id"] for e in record.get("entities", [])}
    return found


def score_entities(outputs, gold):
    kinds = ("country", "grouping", "bloc")
    print("Entities (entities.tsv): %d documents; countries, groupings and blocs (people: see the Swift test)" % len(gold))
    for name, out in outputs.items():
        found = entities_found(out)
        tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
        for doc, want in gold.items():
            got = found.get(doc, set())
            for kind in kinds:
                w = {i for k, i in want if k == kind}
                # A found id counts for the kind the annotation gives it, or as a country when unannotated.
                g = {i for i in got if (kind, i) in want or (kind == "country" and not any((k, i) in want for k in kinds)
                                                              and i.isupper() and len(i) == 3)}
                tp[kind] += len(w & g)
                fp[kind] += len(g - w)
                fn[kind] += len(w - g)
        cells = []
        for kind in kinds:
            p = tp[kind] / max(1, tp[kind] + fp[kind])
            r = tp[kind] / max(1, tp[kind] + fn[kind])
            cells.append("%s P %.2f R %.2f" % (kind, p, r))
        print("  %-20s %s" % (name, "; ".join(cells)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-spacy", action="store_true")
    parser.add_argument("--news", default=news_sentences.NEWS, help="news.jsonl, for news-relations.tsv")
    parser.add_argument("--draw", metavar="FIRST-LAST",
                        help="also score the news-relations.tsv rows nFIRST..nLAST as a set of their own (one draw, "
                             "scored before any change made with it); with --only-draw, that set alone")
    parser.add_argument("--only-draw", action="store_true", help="score only the --draw rows, and no entities")
    args = parser.parse_args()
    if args.only_draw and not args.draw:
        parser.error("--only-draw needs --draw FIRST-LAST")
    with tempfile.TemporaryDirectory() as work:
        corpus = os.path.join(work, "relations.jsonl")
        sets = relation_sets(corpus, args.news)
        if args.draw:
            try:
                first, last = (int(n) for n in args.draw.split("-"))
            except ValueError:
                parser.error("--draw takes two row numbers, FIRST-LAST (for example 1201-1300)")
            draw = [(doc, pairs) for name, gold in sets if name.startswith("news-relations.tsv")
                    for doc, pairs in gold if doc.startswith("n") and first <= int(doc[1:]) <= last]
            if not draw:
                parser.error("no news-relations.tsv rows n%d-n%d (is ../shared/bench/news.jsonl there?)" % (first, last))
            sets = ([] if args.only_draw else sets) + [("news-relations.tsv n%d-n%d" % (first, last), draw)]
        if args.only_draw:
            score_relations(run_pipelines(corpus, os.path.join(work, "rel"), not args.no_spacy), sets)
            return
        if sets:
            score_relations(run_pipelines(corpus, os.path.join(work, "rel"), not args.no_spacy), sets)
        if os.path.exists(os.path.join(ANNOTATIONS, "entities.tsv")):
            gold = collections.defaultdict(set)
            texts = collections.OrderedDict()
            for row in rows("entities.tsv"):
                texts.setdefault(row["doc"], (row.get("date", ""), []))[1].append(row["text"])
                # A person's item may hold spaces ("person:Sergey Lavrov@RUS"); only the other kinds are scored here.
                for item in row.get("entities", "").split():
                    kind, _, ident = item.partition(":")
                    if kind in ("country", "grouping", "bloc"):
                        gold[row["doc"]].add((kind, ident))
                gold[row["doc"]] |= set()
            corpus = os.path.join(work, "entities.jsonl")
            with open(corpus, "w", encoding="utf-8") as fh:
                for doc, (date, sentences) in texts.items():
                    fh.write(json.dumps({"id": doc, "title": "", "date": date or None, "text": " ".join(sentences)},
                                        ensure_ascii=False) + "\n")
            score_entities(run_pipelines(corpus, os.path.join(work, "ent"), not args.no_spacy), gold)


if __name__ == "__main__":
    main()
