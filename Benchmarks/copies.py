"""Writes N copies of a JSONL benchmark text into one file, the ids of copy k (k > 1) ending in "#k" so that they
stay unique: `python3 Benchmarks/copies.py BENCH N OUT` (the benchmark scripts' corpora of realistic size)."""
import json
import sys

bench, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
lines = open(bench, encoding="utf-8").read().splitlines()
with open(out, "w", encoding="utf-8") as file:
    for copy in range(1, count + 1):
        for line in lines:
            if copy > 1 and line.strip():
                article = json.loads(line)
                if "id" in article:
                    article["id"] = f"{article['id']}#{copy}"
                line = json.dumps(article, ensure_ascii=False)
            file.write(line + "\n")
