"""Builds ActorGraph's network with Apache Spark: the articles are read and extracted on the executors by
`graph-extract` (one process per partition, fed the partition's articles), and their partial networks merged on the
driver by `graph merge`, which writes the same network.json, documents.jsonl, network.dot and network.svg as
`graph build` on the same input, byte for byte.

    spark-submit Spark/spark_build.py hdfs:///news/ --out Graphs \
        --worker .build-static/release/graph-extract --graph .build-release/release/graph
    python3 Spark/spark_build.py Corpus/ --out Graphs      # local[*] when not run by spark-submit

Spark moves data and our programs do the work: no extraction logic is written here. The worker, built with the Swift
runtime linked in (`swift build -c release --product graph-extract --static-swift-stdlib`), links no Graphviz, and
is shipped to the executors with its two resource folders (gazetteer and lexicon, parser model), so the executors
need nothing installed. The driver runs `graph merge`, which needs the Graphviz library to draw.

Inputs are files or folders on any file system Spark reads (local, HDFS, S3): `.jsonl` files are read as lines, each
partition's lines piped to `graph-extract - --name FILE --first-line N`, so that every article keeps the name and
place it has in a build of the whole file; `.txt`, `.md` and `.html` files are read whole and written, under their
path relative to the folder given, into a scratch folder that `graph-extract` reads. Where Spark and `graph build`
differ: Spark decodes lines that are not UTF-8 with replacement characters (a build skips them), and reads a binary
`.jsonl` file line by line (a build skips it whole).
"""
import argparse
import os
import shutil
import stat
import subprocess
import sys
import tempfile

ARTICLE_EXTENSIONS = {".txt", ".md", ".markdown", ".html", ".htm"}
# Partials merged at once on the driver; more are merged in rounds, through merged partials.
MERGE_FAN_IN = 256


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders (any Spark path)")
    parser.add_argument("--out", default="Graphs", help="the folder to write the four files into (default: Graphs)")
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    parser.add_argument("--worker", default=os.path.join(root, ".build-static/release/graph-extract"),
                        help="the graph-extract program the executors run (default: the static release build)")
    parser.add_argument("--graph", default=os.path.join(root, ".build-release/release/graph"),
                        help="the graph program the driver merges with (default: the release build)")
    parser.add_argument("--master", default=None,
                        help="the Spark master (default: spark-submit's, or local[*] under plain python3)")
    parser.add_argument("--partitions", type=int, default=None,
                        help="partitions per .jsonl file, at least (default: Spark's default parallelism)")
    parser.add_argument("--gazetteer", action="append", default=[], metavar="FILE",
                        help="a gazetteer file adding or overriding actors (repeatable), as for graph build")
    parser.add_argument("--since", help="keep only articles dated on or after this day, month or year")
    parser.add_argument("--until", help="keep only articles dated on or before this day, month or year")
    parser.add_argument("--keep-partials", metavar="DIR",
                        help="keep the executors' partial networks in DIR (default: a scratch folder, removed)")
    return parser.parse_args(argv)


def fail(message):
    print(f"spark_build.py: {message}", file=sys.stderr)
    sys.exit(1)


def list_inputs(sc, paths):
    """Each input file as (URI, name it is read under, whether it was named directly), as graph build finds them:
    a folder's files recursively, by path relative to it, hidden files and folders and other types left out."""
    jvm = sc._jvm
    conf = sc._jsc.hadoopConfiguration()
    inputs = []
    for given in paths:
        path = jvm.org.apache.hadoop.fs.Path(given)
        fs = path.getFileSystem(conf)
        if not fs.exists(path):
            fail(f"{given}: no such file or folder")
        status = fs.getFileStatus(path)
        if not status.isDirectory():
            inputs.append((status.getPath().toString(), status.getPath().getName(), True))
            continue
        root = status.getPath().toString().rstrip("/") + "/"
        files = fs.listFiles(path, True)
        while files.hasNext():
            uri = files.next().getPath().toString()
            relative = uri[len(root):]
            if any(part.startswith(".") for part in relative.split("/")):
                continue
            extension = os.path.splitext(relative)[1].lower()
            if extension == ".jsonl" or extension in ARTICLE_EXTENSIONS:
                inputs.append((uri, relative, False))
    return inputs


def worker_program():
    """The shipped graph-extract on this executor, made executable where the copy lost the bit."""
    from pyspark import SparkFiles
    program = SparkFiles.get("graph-extract")
    mode = os.stat(program).st_mode
    if not mode & stat.S_IXUSR:
        os.chmod(program, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return program


def run_worker(arguments, options, feed=None):
    """Runs graph-extract with `arguments` and the build's options, writing `feed` (an iterable of bytes) to its
    standard input, and returns the partial network it writes on standard output. Options are (name, value) pairs;
    a gazetteer is named by its file name and found among the files shipped to this executor."""
    from pyspark import SparkFiles
    command = [worker_program()] + arguments + ["-o", "-", "--quiet"]
    for name, value in options:
        command += [name, SparkFiles.get(value) if name == "--gazetteer" else value]
    process = subprocess.Popen(command, stdin=subprocess.PIPE if feed is not None else subprocess.DEVNULL,
                               stdout=subprocess.PIPE)
    if feed is not None:
        # graph-extract writes nothing before it has read all of its input, so feeding first cannot block.
        for chunk in feed:
            process.stdin.write(chunk)
        process.stdin.close()
    partial = process.stdout.read()
    if process.wait() != 0:
        raise RuntimeError(f"graph-extract exited with status {process.returncode}: {' '.join(command)}")
    return partial


def extract_lines(name, options):
    """The function Spark maps over a partition of (line, index) of the .jsonl file read under `name`."""
    def extract(rows):
        rows = iter(rows)
        first = next(rows, None)
        if first is None:
            return
        line, index = first

        def feed():
            yield line.encode("utf-8") + b"\n"
            for text, _ in rows:
                yield text.encode("utf-8") + b"\n"
        yield run_worker(["-", "--name", name, "--first-line", str(index + 1)], options, feed())
    return extract


def extract_files(names, options):
    """The function Spark maps over a partition of (URI, bytes) of article files: each written under the name it is
    read under into a scratch folder, the folder's read as a folder's, those named directly as files."""
    def extract(rows):
        scratch = tempfile.mkdtemp(prefix="actorgraph-")
        try:
            folder = os.path.join(scratch, "folder")
            direct = os.path.join(scratch, "direct")
            paths = []
            for uri, content in rows:
                name, named_directly = names[uri]
                target = os.path.join(direct if named_directly else folder, name)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, "wb") as file:
                    file.write(content)
                if named_directly:
                    paths.append(target)
            if os.path.isdir(folder):
                paths.insert(0, folder)
            if paths:
                yield run_worker(paths, options)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    return extract


def merge(graph, partials, out, scratch, gazetteers):
    """Merges the partials with graph merge, in rounds of MERGE_FAN_IN, into the four files in `out`."""
    gazetteer_options = [option for path in gazetteers for option in ("--gazetteer", path)]
    round_number = 0
    while len(partials) > MERGE_FAN_IN:
        merged = []
        for start in range(0, len(partials), MERGE_FAN_IN):
            target = os.path.join(scratch, f"round-{round_number}-{start}.partial")
            subprocess.run([graph, "merge", *partials[start:start + MERGE_FAN_IN], "--partial", target, "--quiet",
                            *gazetteer_options], check=True)
            merged.append(target)
        partials = merged
        round_number += 1
    return subprocess.run([graph, "merge", *partials, "--out", out, *gazetteer_options]).returncode


def preflight(args):
    """Runs the worker once on the driver, on no articles, with the job's options: a date that is no date, a
    gazetteer that cannot be read or a worker that cannot find its resources fails here, in one line, before Spark
    starts, rather than on every executor."""
    command = [args.worker, "-", "--name", "preflight.jsonl", "-o", "-", "--quiet"]
    command += [option for path in args.gazetteer for option in ("--gazetteer", path)]
    command += ["--since", args.since] if args.since else []
    command += ["--until", args.until] if args.until else []
    result = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        fail(f"{args.worker} refused the job's options: {message[0] if message else 'exit status %d' % result.returncode}")


def main(argv):
    args = parse_arguments(argv)
    for program, what in ((args.worker, "--worker"), (args.graph, "--graph")):
        if not os.access(program, os.X_OK):
            fail(f"{program} is not an executable program: build it (see the top of this file) or name it with {what}")
    preflight(args)
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        fail("pyspark is not installed: python3 -m pip install pyspark (it needs a Java runtime)")

    builder = SparkSession.builder.appName("actorgraph-build").config("spark.ui.showConsoleProgress", "false")
    if args.master:
        builder = builder.master(args.master)
    elif "spark.master" not in builder._options and not os.environ.get("SPARK_ENV_LOADED"):
        builder = builder.master("local[*]")
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")

    # The worker and the resource folders beside it, which it finds next to itself on every executor.
    worker_folder = os.path.dirname(os.path.abspath(args.worker))
    sc.addFile(os.path.abspath(args.worker))
    for entry in sorted(os.listdir(worker_folder)):
        if entry.endswith(".resources"):
            sc.addFile(os.path.join(worker_folder, entry), recursive=True)
    options = []
    for path in args.gazetteer:
        # Shipped files keep their names; the fingerprint hashes a gazetteer file by its name and bytes, so the
        # driver's merge with the same file agrees.
        sc.addFile(os.path.abspath(path))
        options.append(("--gazetteer", os.path.basename(path)))
    options += [("--since", args.since)] if args.since else []
    options += [("--until", args.until)] if args.until else []

    inputs = list_inputs(sc, args.paths)
    if not inputs:
        fail(f"no articles found under {', '.join(args.paths)}: give files or folders of .txt, .md, .html or .jsonl articles")
    parts = []
    for uri, name, named_directly in inputs:
        if name.lower().endswith(".jsonl"):
            lines = sc.textFile(uri, minPartitions=args.partitions).zipWithIndex()
            parts.append(lines.mapPartitions(extract_lines(name, options)))
    articles = {uri: (name, named_directly) for uri, name, named_directly in inputs
                if not name.lower().endswith(".jsonl")}
    if articles:
        files = sc.binaryFiles(",".join(articles))
        parts.append(files.mapPartitions(extract_files(articles, options)))

    scratch = args.keep_partials or tempfile.mkdtemp(prefix="actorgraph-partials-")
    os.makedirs(scratch, exist_ok=True)
    try:
        partials = []
        for index, partial in enumerate(sc.union(parts).toLocalIterator()):
            path = os.path.join(scratch, f"part-{index:05d}.partial")
            with open(path, "wb") as file:
                file.write(partial)
            partials.append(path)
        spark.stop()
        status = merge(args.graph, partials, args.out, scratch, args.gazetteer)
    finally:
        if not args.keep_partials:
            shutil.rmtree(scratch, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
