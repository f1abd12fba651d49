"""Recover the sentences of news-relations.tsv from news.jsonl (standard library only).

news-relations.tsv stores no article text (../shared/bench/README.md forbids copying the news texts into the
project): each row names its sentence by `source` (bench:ARTICLE_ID), `span` (START-END, UTF-8 byte offsets into
that article's `text` field in news.jsonl, END exclusive) and `check` (the first 12 lowercase hex digits of the
SHA-256 of the sentence's UTF-8 bytes). The sentence is the slice text_utf8[START:END], decoded as UTF-8, with
every run of whitespace (Python's str.split(): the characters for which str.isspace() is true) replaced by one
space and none at either end.

    import news_sentences
    rows = news_sentences.read("Tests/Annotations/news-relations.tsv")            # default ../shared/bench/news.jsonl
    rows = news_sentences.read(TSV, news="/path/to/news.jsonl")                  # each row a dict, plus "text"

Every failure (no news.jsonl, an unknown article, a malformed span, a span outside the article or cutting a UTF-8
character, a check that does not match) raises NewsSentenceError, naming the row.
"""
import hashlib, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
NEWS = os.path.normpath(os.path.join(ROOT, "..", "shared", "bench", "news.jsonl"))
SOURCE = re.compile(r"^bench:(.+)$")
SPAN = re.compile(r"^([0-9]+)-([0-9]+)$")
CHECK = re.compile(r"^[0-9a-f]{12}$")


class NewsSentenceError(Exception):
    pass


def collapse(text):
    """Whitespace runs to one space, none at either end."""
    return " ".join(text.split())


def digest(sentence):
    """The `check` of a sentence (already collapsed)."""
    return hashlib.sha256(sentence.encode("utf-8")).hexdigest()[:12]


def sentence(article_utf8, start, end):
    """The sentence at UTF-8 byte offsets [start, end) of an article's text (bytes), collapsed."""
    if not 0 <= start < end <= len(article_utf8):
        raise ValueError("span %d-%d outside the article's %d bytes" % (start, end, len(article_utf8)))
    try:
        return collapse(article_utf8[start:end].decode("utf-8"))
    except UnicodeDecodeError:
        raise ValueError("span %d-%d cuts a UTF-8 character" % (start, end))


def table(path):
    """The rows of an annotation TSV (comment lines and blank lines skipped; the first other line is the header)."""
    with open(path, encoding="utf-8") as fh:
        lines = [l.rstrip("\n") for l in fh if l.strip() and not l.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, l.split("\t"))) for l in lines[1:]]


def articles(news, ids):
    """{article id: text as UTF-8 bytes} for the wanted ids, from news.jsonl."""
    if not os.path.exists(news):
        raise NewsSentenceError("no %s: the news sentences are not stored in the project, they are read from it" % news)
    found = {}
    with open(news, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                o = json.loads(line)
                if str(o.get("id")) in ids:
                    found[str(o["id"])] = (o.get("text") or "").encode("utf-8")
    return found


def recover(rows, news=NEWS, where="news-relations.tsv", errors=None):
    """The rows (dicts with id, source, span, check), each with "text" added. Raises NewsSentenceError at the first
    row whose sentence cannot be recovered or does not match its check; with a list as `errors`, appends a message
    per such row instead and leaves that row out (a missing news.jsonl still raises)."""
    wanted, out = {}, []

    def fail(message):
        if errors is None:
            raise NewsSentenceError(message)
        errors.append(message)

    for row in rows:
        m = SOURCE.match(row.get("source", ""))
        if m:
            wanted[row["id"]] = m.group(1)
    texts = articles(news, set(wanted.values()))
    for row in rows:
        name = "%s %s" % (where, row.get("id"))
        art = wanted.get(row.get("id"))
        span, check = SPAN.match(row.get("span", "")), row.get("check", "")
        if art is None:
            fail("%s: source %r is not bench:ARTICLE_ID" % (name, row.get("source")))
        elif art not in texts:
            fail("%s: no article %r in %s" % (name, art, news))
        elif not span:
            fail("%s: span %r is not START-END" % (name, row.get("span")))
        elif not CHECK.match(check):
            fail("%s: check %r is not 12 lowercase hex digits" % (name, check))
        else:
            try:
                text = sentence(texts[art], int(span.group(1)), int(span.group(2)))
            except ValueError as e:
                fail("%s: %s" % (name, e))
                continue
            if not text or digest(text) != check:
                fail("%s: the text at %s of %s does not match its check %s (got %s): is %s the original "
                     "news.jsonl?" % (name, row["span"], art, check, digest(text), news))
                continue
            out.append(dict(row, text=text))
    return out


def read(path, news=NEWS):
    """The rows of news-relations.tsv (or a file in its format), each with its recovered "text"."""
    return recover(table(path), news, os.path.basename(path))
