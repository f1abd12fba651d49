#!/usr/bin/env python3
"""Draw the sentences of news-relations.tsv from real news, reproducibly (standard library only).

    python3 Tests/Annotations/draw-news-sample.py [--news ../shared/bench/news.jsonl] [--n 300] > skeleton.tsv
    python3 Tests/Annotations/draw-news-sample.py --show | less     # the drawn sentences, to read (annotators)
    python3 Tests/Annotations/draw-news-sample.py --seed 20261207 --n 100 --first 301 \
        --exclude Tests/Annotations/news-relations.tsv              # the second draw, n301-n400

Steps, all deterministic:
  1. Read news.jsonl (one article a line: id, title, text); only `text` is split (titles are not sentences here).
  2. Split the text into sentences: paragraphs at blank lines; inside a paragraph, after . ! ? (optionally
     followed by closing quotes or a bracket) when whitespace and then a capital, a digit or an opening quote
     follow, except after a common abbreviation (ABBREVIATIONS below: Mr. Mrs. Dr. St. Gen. No. Jan. ... U.S.
     U.N. U.K.) or a single capital initial ("George W. Bush"). A sentence runs from its first to its last
     non-whitespace character; whitespace runs become one space (news_sentences.collapse).
  3. Find actors with names from the project's gazetteer (Sources/ActorGraphExtraction/Resources/Gazetteer, as it
     was at DRAWN_WITH, read with git show, since its names decide the candidates; --gazetteer-at worktree reads
     today's files and draws other sentences):
     countries (name, official name, aliases, demonyms, metonyms such as capitals, and "Sino-"-style prefixes
     when a hyphen follows), the groupings that relations.tsv's conventions give an id (GROUPINGS below; the
     gazetteer's others, such as IMF, WTO, G8, are no actors there), both blocs, and people (counted as their
     affiliation). Matching is case-sensitive and whole-word; the longest name wins; the gazetteer's
     exclusions ("Bank of America", "Indian Ocean", "the West Bank", ...) are blanked out first.
  4. Keep sentences that name at least two distinct ids, are at most 400 characters long and hold no tab;
     keep the first of identical sentence texts.
  5. Sort the candidates by (article id, sentence index) and draw n with random.Random(20261206).sample;
     the rows come out in draw order (n001 is the first drawn), so dev (n001-n200) and test (n201-n300)
     are both random halves of the draw.
The output is a TSV skeleton: id, source (bench:ARTICLE_ID), span (START-END, the sentence's UTF-8 byte offsets in
the article's `text`, END exclusive), check (the first 12 hex digits of the SHA-256 of the collapsed sentence), and
the ids the matcher found (a hint for the annotator, not part of the annotation); its first four columns are those
of news-relations.tsv. It holds no sentence text: ../shared/bench/README.md forbids copying the news texts into
the project, so news_sentences.py recovers them from news.jsonl. --show lists the drawn sentences with their texts
instead, for an annotator to read in a terminal or through a pipe; it refuses to write to a regular file.
The draw only selects candidates: the annotation lists the pairs a careful reader sees, which can differ from what
this matcher found.
"""
import argparse, json, os, random, re, signal, stat, subprocess, sys

sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from news_sentences import collapse, digest  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GAZETTEER = os.path.join(ROOT, "Sources", "ActorGraphExtraction", "Resources", "Gazetteer")
NEWS = os.path.normpath(os.path.join(ROOT, "..", "shared", "bench", "news.jsonl"))
SEED = 20261206
# The pool of candidates depends on the gazetteer's names, which change: the draw reads them as they were when
# news-relations.tsv was drawn, so that the same command always gives the same rows.
DRAWN_WITH = "09e74c4963ae99899497dfb5d11a55b856a1080d"
GAZETTEER_AT = DRAWN_WITH
MAX_CHARS = 400

# The grouping ids of relations.tsv's conventions.
GROUPINGS = {"QUAD", "SCO", "BRICS", "NATO", "EU", "ASEAN", "UN", "UNSC", "G7", "G20", "AU", "GCC", "OPEC",
             "OPEC_PLUS", "CSTO", "SAARC", "AUKUS", "LAS"}

ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Sgt", "Capt", "Adm", "Gov", "Sen", "Rep",
                 "Prof", "Rev", "Jr", "Sr", "No", "Nos", "Mt", "Ft", "Inc", "Corp", "Co", "Ltd", "vs", "etc", "approx",
                 "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
                 "U.S", "U.N", "U.K", "U.S.A", "E.U"}
PARAGRAPH = re.compile(r"\n\s*\n")
BOUNDARY = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")
LAST_WORD = re.compile(r"(\S+)$")


def split_sentences(text):
    """Sentences of an article's text, in order: (start, end, sentence), start and end the character offsets of
    the sentence's first and last-plus-one non-whitespace characters in `text`, and the sentence with its
    whitespace runs collapsed to one space (news_sentences.collapse)."""
    out = []
    paragraphs, at = [], 0
    for m in PARAGRAPH.finditer(text):
        paragraphs.append((at, text[at:m.start()]))
        at = m.end()
    paragraphs.append((at, text[at:]))
    for offset, para in paragraphs:
        start = 0
        for m in BOUNDARY.finditer(para):
            head = para[start:m.start()].rstrip("\"'\u201d\u2019)]")
            word = LAST_WORD.search(head)
            word = word.group(1).rstrip(".!?").lstrip("\"'(\u201c\u2018") if word else ""
            if word in ABBREVIATIONS or (len(word) == 1 and word.isupper()):
                continue
            out.append((offset + start, offset + m.end()))
            start = m.end()
        out.append((offset + start, offset + len(para)))
    sentences = []
    for a, b in out:
        raw = text[a:b]
        s = collapse(raw)
        if s:
            lead = len(raw) - len(raw.lstrip())
            trail = len(raw) - len(raw.rstrip())
            sentences.append((a + lead, b - trail, s))
    return sentences


def load(name):
    """A gazetteer file as it was at GAZETTEER_AT (or as it is now, for "worktree")."""
    if GAZETTEER_AT == "worktree":
        with open(os.path.join(GAZETTEER, name + ".json"), encoding="utf-8") as fh:
            return json.load(fh)
    path = os.path.relpath(os.path.join(GAZETTEER, name + ".json"), ROOT)
    shown = subprocess.run(["git", "-C", ROOT, "show", "%s:%s" % (GAZETTEER_AT, path)], capture_output=True)
    if shown.returncode != 0:
        sys.exit("cannot read %s as of commit %s (%s): the draw needs the repository's git history, or "
                 "--gazetteer-at worktree for today's names (which draws other sentences)"
                 % (path, GAZETTEER_AT, shown.stderr.decode(errors="replace").strip()))
    return json.loads(shown.stdout.decode("utf-8"))


def name_table():
    """surface name -> actor id, and the exclusion phrases."""
    names = {}
    countries = load("countries")
    for c in countries["countries"]:
        for n in [c["name"], c.get("official")] + c.get("aliases", []) + c.get("demonyms", []) + c.get("metonyms", []):
            if n:
                names.setdefault(n, c["id"])
        for p in c.get("prefixes", []):
            names.setdefault(p + "-", c["id"])
    for g in load("groupings")["groupings"]:
        if g["id"] in GROUPINGS:
            for n in [g["id"].replace("_PLUS", "+"), g["name"], g.get("official")] + g.get("aliases", []):
                if n:
                    names.setdefault(n, g["id"])
    for b in load("blocs")["blocs"]:
        for n in [b["name"]] + b.get("aliases", []):
            names.setdefault(n, b["id"])
    for p in load("people")["people"]:
        for n in [p["name"]] + p.get("aliases", []):
            names.setdefault(n, p["affiliation"])
    return names, countries.get("exclusions", [])


def matcher():
    names, exclusions = name_table()

    def alternation(items):
        # Whole words: no word character before; after, none unless the name ends in a hyphen (a prefix).
        parts = [re.escape(n) + ("" if n.endswith("-") else r"(?!\w)")
                 for n in sorted(items, key=lambda n: (-len(n), n))]
        return re.compile(r"(?<!\w)(?:%s)" % "|".join(parts))

    names_re, excl_re = alternation(names), alternation(exclusions)

    def actors(sentence):
        blanked = excl_re.sub(lambda m: " " * len(m.group(0)), sentence)
        return [names[m.group(0)] for m in names_re.finditer(blanked)]
    return actors


def candidates(path):
    """(article id, sentence index, sentence, sorted ids, (start byte, end byte)) of every candidate, in order."""
    actors = matcher()
    seen, out = set(), []
    articles = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                o = json.loads(line)
                articles.append((str(o["id"]), o.get("text") or ""))
    articles.sort()
    for art, text in articles:
        for i, (start, end, s) in enumerate(split_sentences(text)):
            if len(s) > MAX_CHARS or "\t" in s or s in seen:
                continue
            ids = actors(s)
            if len(set(ids)) < 2:
                continue
            seen.add(s)
            first = len(text[:start].encode("utf-8"))
            span = (first, first + len(text[start:end].encode("utf-8")))
            out.append((art, i, s, sorted(set(ids)), span))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--news", default=NEWS)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--show", action="store_true",
                    help="list the drawn sentences' texts for an annotator, to a terminal or a pipe only")
    ap.add_argument("--gazetteer-at", default=DRAWN_WITH,
                    help="the commit whose gazetteer finds the candidates (default: the one the rows were drawn "
                         "with), or worktree")
    ap.add_argument("--exclude", help="an annotation file (news-relations.tsv) whose rows before --first are not "
                                      "drawn again")
    ap.add_argument("--first", type=int, default=1, help="the number of the first row drawn (n001 by default)")
    a = ap.parse_args()
    global GAZETTEER_AT
    GAZETTEER_AT = a.gazetteer_at
    if a.show and stat.S_ISREG(os.fstat(sys.stdout.fileno()).st_mode):
        sys.exit("--show writes the news texts, which must not be copied into files (../shared/bench/README.md): "
                 "read them in a terminal or through a pipe (| less), not redirected to a file")
    pool = candidates(a.news)
    if a.exclude:
        with open(a.exclude, encoding="utf-8") as fh:
            rows = [line.split("\t") for line in fh if line.strip() and not line.startswith("#")][1:]
        # Rows from --first on are the ones this draw gives, so the command also reproduces them once they are in.
        taken = {(row[1], row[2]) for row in rows if int(row[0].lstrip("n")) < a.first}
        pool = [c for c in pool if ("bench:" + c[0], "%d-%d" % c[4]) not in taken]
    drawn = random.Random(a.seed).sample(pool, a.n)
    print("# %d candidate sentences; %d drawn with random.Random(%d)" % (len(pool), a.n, a.seed), file=sys.stderr)
    if a.show:
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quietly stop when the pager quits
        for k, (art, _i, s, ids, (start, end)) in enumerate(drawn, a.first):
            print("n%03d  bench:%s  %d-%d  [%s]\n    %s\n" % (k, art, start, end, " ".join(ids), s))
        return
    print("id\tsource\tspan\tcheck\tmatched")
    for k, (art, _i, s, ids, (start, end)) in enumerate(drawn, a.first):
        print("n%03d\tbench:%s\t%d-%d\t%s\t%s" % (k, art, start, end, digest(s), " ".join(ids)))


if __name__ == "__main__":
    main()
