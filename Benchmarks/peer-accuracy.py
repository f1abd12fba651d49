#!/usr/bin/env python3
"""Accuracy of `graph build` beside the peer pipelines (../shared/peers), on the hand-annotated sets in Tests/Annotations.

    python3 Benchmarks/peer-accuracy.py                # relation signs (relations.tsv) and entities (entities.tsv)
    python3 Benchmarks/peer-accuracy.py --no-spacy     # skip the spaCy peer (slow to load)

Each annotated sentence becomes one document of a .jsonl corpus that every pipeline reads; the scores come from the
files each pipeline writes (network.json with every evidence sentence kept, documents.jsonl), so all three are
judged by the same rules:
  - relation signs: for every annotated pair, the sign of the summed stance of the pipeline's evidence in that
    sentence's document (people counted as their country); a pair the pipeline did not find counts as wrong;
  - entities: per document, the countries, groupings and blocs found against the annotated set (precision, recall).
The Swift test suite scores ActorGraph the same way in process (RelationSignAccuracyTests, EntityAccuracyTests);
this script adds the peers. It needs the peers' virtual environment (../shared/peers/README.md): PEERS_PYTHON,
default /tmp/peers-venv/bin/python.
"""
import argparse, collections, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PEERS = os.path.normpath(os.path.join(ROOT, "..", "shared", "peers"))
ANNOTATIONS = os.path.join(ROOT, "Tests", "Annotations")
THRESHOLD = 0.05

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
    peers = [("gazetteer + VADER", "gazetteer_cooc.py", ["--demonyms"])]
    if spacy:
        peers.append(("spaCy + VADER", "spacy_cooc.py", []))
    for name, script, flags in peers:
        out = os.path.join(work, script)
        subprocess.run([python, "-c", PEER_RUNNER, PEERS, os.path.join(PEERS, script), corpus, "--out", out] + flags,
                       check=True, stderr=subprocess.DEVNULL)
        outputs[name] = out
    return outputs


def pair_signs(out):
    """(document, a, b) -> sign, from every evidence sentence, with people moved to their country."""
    network = json.load(open(os.path.join(out, "network.json"), encoding="utf-8"))
    country = {n["id"]: (n.get("affiliation") or n["id"]) if n["kind"] in ("person", "organization") else n["id"]
               for n in network["nodes"]}
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


def score_relations(outputs, gold):
    print("Relation signs (%s): %d sentences, %d pairs" % ("relations.tsv", len(gold), sum(len(p) for _, p in gold)))
    for name, out in outputs.items():
        signs = pair_signs(out)
        right = collections.Counter()
        total = collections.Counter()
        for doc, pairs in gold:
            for a, b, want in pairs:
                total[want] += 1
                right[want] += signs.get((doc, a, b)) == want
        per = ", ".join("%s %d/%d" % ({1: "+", -1: "-", 0: "0"}[s], right[s], total[s]) for s in (1, -1, 0))
        print("  %-20s %5.1f%%  (%d/%d; %s)" % (name, 100 * sum(right.values()) / max(1, sum(total.values())),
                                                sum(right.values()), sum(total.values()), per))


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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        if os.path.exists(os.path.join(ANNOTATIONS, "relations.tsv")):
            gold = []
            corpus = os.path.join(work, "relations.jsonl")
            with open(corpus, "w", encoding="utf-8") as fh:
                for row in rows("relations.tsv"):
                    fh.write(json.dumps({"id": row["id"], "title": "", "text": row["text"]}, ensure_ascii=False) + "\n")
                    pairs = []
                    for item in row.get("pairs", "").split():
                        ends, want = item.rsplit(":", 1)
                        a, b = sorted(ends.replace(">", "~").split("~"))
                        pairs.append((a, b, {"+": 1, "-": -1, "0": 0}[want]))
                    gold.append((row["id"], pairs))
            score_relations(run_pipelines(corpus, os.path.join(work, "rel"), not args.no_spacy), gold)
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
