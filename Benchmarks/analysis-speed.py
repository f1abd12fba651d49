#!/usr/bin/env python3
"""Analysis speed of the release `graph` CLI beside networkx and python-igraph, in one run (issue 5).

    swift build -c release --product graph --scratch-path .build-release
    python3 Benchmarks/analysis-speed.py                    # 1,000 and 10,000 nodes, best of 3
    python3 Benchmarks/analysis-speed.py --sizes 1000 --repeat 5 --full-networkx

The peers live in a virtual environment at /tmp/bench-venv (networkx, python-igraph, numpy, scipy from PyPI);
the script creates it with `python3 -m venv` and `pip install` when missing and re-runs itself inside it.

Every peer time includes building the peer's graph from the parsed edge list ("build"), as ours includes building
the analysis graph from the loaded network: the whole "centrality table" sum, and build + census for "signed
triangles".

Graphs: networkx `powerlaw_cluster_graph(n, m=4, p=0.1, seed)` (Holme–Kim: power-law degrees with clustering),
each edge a weight 1..5 and a sign, + with probability 0.6, from a seeded random generator. Each graph is written
as CSV, read with `graph import` once, and then timed:
  - "centrality table": `graph centrality --json`, which computes degree, strength, betweenness, closeness,
    eigenvector, PageRank, triangles and clustering for every node and the whole-graph measures (transitivity,
    average clustering, components, diameter); the peers' time is the SUM of the same measures timed one by one;
  - "signed triangles": `graph triangles --json` (every triangle with its signs) against a census written as an
    analyst would (networkx: neighbour-set intersection; igraph: list_triangles plus a Python sign lookup);
  - "balance": `graph balance --json` (census, Estrada walk balance by Lanczos quadrature, frustration), up to
    --balance-max nodes and --balance-timeout seconds; up to --dense-max nodes the time numpy's LAPACK eigvalsh takes on
    the two dense adjacency matrices (what walk balance costs done the textbook way) is shown beside, and the two walk
    balances are compared.
Our times are wall-clock times of whole processes minus the time of a trivial query (`graph neighbors n0`) on the
same file, which measures process start and reading the network; peak memory is /usr/bin/time's %M. The path
measures (betweenness, closeness, diameter) and walk balance use every core, so the CPU time (user + system, minus
the baseline's) is printed too: igraph and networkx use one core, and "ours/ig" on CPU time is the per-core ratio.
networkx's betweenness, closeness and diameter take minutes at 10,000 nodes: above --sample-above nodes they run
from --sample sources and are scaled by n / sample (Brandes and BFS cost the same per source), unless
--full-networkx is given. Every figure is the best of --repeat runs (1 for sampled networkx measures; at least 10 for
our baseline and triangle listing).
"""
import argparse, json, os, random, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = "/tmp/bench-venv"
PACKAGES = ["networkx", "python-igraph", "numpy", "scipy"]


def ensure_venv():
    """Re-runs this script in the benchmark venv, creating it first if needed."""
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        print(f"creating {VENV}: python3 -m venv {VENV} && {VENV}/bin/pip install {' '.join(PACKAGES)}", flush=True)
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([os.path.join(VENV, "bin", "pip"), "install", "-q"] + PACKAGES, check=True)
    else:
        print(f"reusing {VENV} (made with: pip install {' '.join(PACKAGES)})", flush=True)
    os.execv(python, [python] + sys.argv)


def best(fn, repeat):
    """The shortest wall time of `repeat` calls, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def run_ours(binary, args, repeat, timeout=None, stdout=None):
    """Best wall time, its CPU time (user + system) and the peak RSS (KiB) of `graph ARGS`; Nones past `timeout`."""
    times, peak = [], 0
    with tempfile.NamedTemporaryFile("r") as mem:
        for _ in range(repeat):
            start = time.perf_counter()
            # A session of its own, so a timeout stops `graph` too, not only /usr/bin/time.
            proc = subprocess.Popen(["/usr/bin/time", "-f", "%U %S %M", "-o", mem.name, binary] + args,
                                    stdout=open(stdout, "w") if stdout else subprocess.DEVNULL,
                                    start_new_session=True)
            try:
                if proc.wait(timeout=timeout) != 0:
                    raise subprocess.CalledProcessError(proc.returncode, args)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, 9)
                proc.wait()
                return None, None, None
            mem.seek(0)
            user, system, rss = mem.read().split()[-3:]
            times.append((time.perf_counter() - start, float(user) + float(system)))
            peak = max(peak, int(rss))
    wall, cpu = min(times)
    return wall, cpu, peak


def generate(n, seed):
    import networkx as nx
    g = nx.powerlaw_cluster_graph(n, 4, 0.1, seed=seed)
    rng = random.Random(seed)
    edges = [(u, v, rng.randint(1, 5), 1 if rng.random() < 0.6 else -1) for u, v in sorted(g.edges())]
    return edges


def signed_census_nx(G):
    """The analyst's census: each triangle once (u < v < w), its signs from the edge data."""
    counts = {3: 0, 2: 0, 1: 0, 0: 0}
    adj = {u: set(G[u]) for u in G}
    for u in G:
        for v in adj[u]:
            if v <= u:
                continue
            for w in adj[u] & adj[v]:
                if w <= v:
                    continue
                pos = (G[u][v]["sign"] > 0) + (G[u][w]["sign"] > 0) + (G[v][w]["sign"] > 0)
                counts[pos] += 1
    return counts


def signed_census_ig(g, signs):
    counts = {3: 0, 2: 0, 1: 0, 0: 0}
    for a, b, c in g.list_triangles():
        s = lambda x, y: signs[(x, y) if x < y else (y, x)] > 0
        counts[s(a, b) + s(a, c) + s(b, c)] += 1
    return counts


def sampled(fn_per_source, nodes, sample, rng):
    """Time of running per-source work on a sample, scaled to all nodes."""
    chosen = rng.sample(nodes, sample)
    start = time.perf_counter()
    for v in chosen:
        fn_per_source(v)
    return (time.perf_counter() - start) * len(nodes) / sample


def bench_networkx(edges, n, args):
    import networkx as nx

    def build():
        G = nx.Graph()
        G.add_nodes_from(range(n))
        for u, v, w, s in edges:
            G.add_edge(u, v, weight=w, sign=s)
        return G
    r = args.repeat
    t = {}
    t["build"], G = best(build, r)
    t["degree"], _ = best(lambda: dict(G.degree()), r)
    t["strength"], _ = best(lambda: dict(G.degree(weight="weight")), r)
    big = n > args.sample_above and not args.full_networkx
    rng = random.Random(1)
    nodes = list(G)
    if big:
        from networkx.algorithms.centrality.betweenness import _single_source_shortest_path_basic
        t["betweenness*"] = sampled(lambda s: _single_source_shortest_path_basic(G, s), nodes, args.sample, rng)
        t["closeness*"] = sampled(lambda s: nx.closeness_centrality(G, u=s), nodes, args.sample, rng)
    else:
        t["betweenness"], _ = best(lambda: nx.betweenness_centrality(G), r)
        t["closeness"], _ = best(lambda: nx.closeness_centrality(G), r)
    t["eigenvector"], _ = best(lambda: nx.eigenvector_centrality(G), r)
    t["pagerank"], _ = best(lambda: nx.pagerank(G), r)
    t["triangles"], _ = best(lambda: nx.triangles(G), r)
    t["clustering"], _ = best(lambda: nx.clustering(G), r)
    t["transitivity"], _ = best(lambda: nx.transitivity(G), r)
    t["avg clustering"], _ = best(lambda: nx.average_clustering(G), r)
    t["components"], _ = best(lambda: list(nx.connected_components(G)), r)
    largest = G.subgraph(max(nx.connected_components(G), key=len))
    if big:
        lnodes = list(largest)
        t["diameter*"] = sampled(lambda s: max(nx.single_source_shortest_path_length(largest, s).values()),
                                 lnodes, args.sample, rng)
    else:
        t["diameter"], _ = best(lambda: nx.diameter(largest), r)
    census_t, census = best(lambda: signed_census_nx(G), r)
    return t, census_t, census


def bench_igraph(edges, n, args):
    import igraph as ig

    def build():
        g = ig.Graph(n=n, edges=[(u, v) for u, v, _, _ in edges])
        g.es["weight"] = [w for _, _, w, _ in edges]
        signs = {(min(u, v), max(u, v)): s for u, v, _, s in edges}
        return g, signs
    r = args.repeat
    t = {}
    t["build"], (g, signs) = best(build, r)
    t["degree"], _ = best(lambda: g.degree(), r)
    t["strength"], _ = best(lambda: g.strength(weights="weight"), r)
    t["betweenness"], _ = best(lambda: g.betweenness(), r)
    t["closeness"], _ = best(lambda: g.closeness(), r)
    t["eigenvector"], _ = best(lambda: g.eigenvector_centrality(), r)
    t["pagerank"], _ = best(lambda: g.pagerank(weights="weight"), r)

    def triangle_counts():
        counts = [0] * n
        for tri in g.list_triangles():
            for v in tri:
                counts[v] += 1
        return counts
    t["triangles"], _ = best(triangle_counts, r)
    t["clustering"], _ = best(lambda: g.transitivity_local_undirected(mode="zero"), r)
    t["transitivity"], _ = best(lambda: g.transitivity_undirected(), r)
    t["avg clustering"], _ = best(lambda: g.transitivity_avglocal_undirected(mode="zero"), r)
    t["components"], _ = best(lambda: g.connected_components(), r)
    t["diameter"], _ = best(lambda: g.diameter(), r)
    census_t, census = best(lambda: signed_census_ig(g, signs), r)
    return t, census_t, census


def walk_balance_numpy(edges, n):
    """Estrada's walk balance the textbook way: both spectra of the dense matrices (LAPACK eigvalsh)."""
    import numpy as np
    signed = np.zeros((n, n))
    for u, v, _, s in edges:
        signed[u, v] = signed[v, u] = s
    unsigned = np.abs(signed)

    def walk():
        ls, lu = np.linalg.eigvalsh(signed), np.linalg.eigvalsh(unsigned)
        top = lu.max()
        return float(np.exp(ls - top).sum() / np.exp(lu - top).sum())
    return walk


def main():
    ensure_venv()
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sizes", default="1000,10000")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--seed", type=int, default=5)
    p.add_argument("--graph-bin", default=os.path.join(ROOT, ".build-release", "release", "graph"))
    p.add_argument("--balance-max", type=int, default=10000, help="largest n for `graph balance`")
    p.add_argument("--balance-timeout", type=float, default=300, help="seconds before `graph balance` is stopped")
    p.add_argument("--dense-max", type=int, default=4000, help="largest n for numpy's dense eigvalsh (O(n^3), n^2 memory)")
    p.add_argument("--sample-above", type=int, default=2000)
    p.add_argument("--sample", type=int, default=500)
    p.add_argument("--full-networkx", action="store_true")
    args = p.parse_args()
    import networkx, igraph
    print(f"networkx {networkx.__version__}, python-igraph {igraph.__version__}, repeat {args.repeat}")
    print("load:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    rows, notes = [], []
    work = tempfile.mkdtemp(prefix="analysis-speed-")
    for n in [int(x) for x in args.sizes.split(",")]:
        edges = generate(n, args.seed + n)
        csv, net = os.path.join(work, f"edges-{n}.csv"), os.path.join(work, f"net-{n}.json")
        with open(csv, "w") as fh:
            fh.write("source,target,weight,sign\n")
            fh.writelines(f"n{u},n{v},{w},{s}\n" for u, v, w, s in edges)
        subprocess.run([args.graph_bin, "import", csv, "-o", net], check=True, stdout=subprocess.DEVNULL)
        print(f"\n{n} nodes, {len(edges)} edges ({csv})", flush=True)
        # The baseline and the triangle listing take tenths of a second, where one run's noise is of the same size.
        quick = max(args.repeat, 10)
        base, base_cpu, base_mem = run_ours(args.graph_bin, ["neighbors", "n0", "--graph", net, "--json"], quick)
        cent, cent_cpu, cent_mem = run_ours(args.graph_bin, ["centrality", "--graph", net, "--json"], args.repeat)
        tri, tri_cpu, tri_mem = run_ours(args.graph_bin, ["triangles", "--graph", net, "--json"], quick)
        print(f"  ours: baseline (start + load) {base:.3f}s {base_mem} KiB; centrality {cent:.3f}s "
              f"(CPU {cent_cpu:.2f}s) {cent_mem} KiB; triangles {tri:.3f}s {tri_mem} KiB", flush=True)
        nx_t, nx_census_t, nx_census = bench_networkx(edges, n, args)
        print("  networkx:", ", ".join(f"{k} {v:.3f}" for k, v in nx_t.items()), f"census {nx_census_t:.3f}", flush=True)
        ig_t, ig_census_t, ig_census = bench_igraph(edges, n, args)
        print("  igraph:  ", ", ".join(f"{k} {v:.4f}" for k, v in ig_t.items()), f"census {ig_census_t:.4f}", flush=True)
        assert nx_census == ig_census, (nx_census, ig_census)
        print(f"  census (+++, ++-, +--, ---): {nx_census[3]}, {nx_census[2]}, {nx_census[1]}, {nx_census[0]}")
        rows.append(("centrality table", n, max(cent - base, 1e-9), cent_cpu - base_cpu, sum(nx_t.values()),
                     sum(ig_t.values()), cent_mem))
        rows.append(("signed triangles", n, max(tri - base, 1e-9), tri_cpu - base_cpu, nx_t["build"] + nx_census_t,
                     ig_t["build"] + ig_census_t, tri_mem))
        if any(k.endswith("*") for k in nx_t):
            notes.append(f"{n}: networkx betweenness, closeness, diameter extrapolated from {args.sample} sources")
        if n <= args.balance_max:
            out = os.path.join(work, f"balance-{n}.json")
            bal, bal_cpu, bal_mem = run_ours(args.graph_bin, ["balance", "--graph", net, "--json"], 1,
                                             args.balance_timeout, stdout=out)
            if bal is None:
                notes.append(f"{n}: graph balance stopped after {args.balance_timeout:.0f}s")
            else:
                rows.append(("balance (census+walk+frustration)", n, bal - base, bal_cpu - base_cpu, None, None,
                             bal_mem))
            if n <= args.dense_max:
                eig_t, walk = best(walk_balance_numpy(edges, n), 1)
                ours_walk = json.load(open(out))["walk_balance"] if bal is not None else None
                notes.append(f"{n}: numpy eigvalsh on the two dense matrices (walk balance the textbook way, LAPACK) "
                             f"{eig_t:.2f}s; walk balance numpy {walk!r}, ours {ours_walk!r}")
        else:
            notes.append(f"{n}: graph balance not run (--balance-max {args.balance_max})")
    print("\nour times: process wall time minus `graph neighbors n0` on the same file (start + load)")
    head = (f"{'measure set':36} {'n':>6} {'ours s':>8} {'ours CPU':>8} {'nx s':>9} {'igraph s':>9} {'nx/ours':>8} "
            f"{'ours/ig':>8} {'CPU/ig':>7} {'peak KiB':>9}")
    print(head + "\n" + "-" * len(head))
    for name, n, ours, cpu, nxs, igs, mem in rows:
        f = lambda x, d=3: "-" if x is None else f"{x:.{d}f}"
        ratio = lambda a, b: None if a is None or b is None else a / b
        print(f"{name:36} {n:>6} {f(ours):>8} {f(cpu, 2):>8} {f(nxs):>9} {f(igs, 4):>9} {f(ratio(nxs, ours), 1):>8} "
              f"{f(ratio(ours, igs), 1):>8} {f(ratio(cpu, igs), 1):>7} {mem:>9}")
    for note in notes:
        print("note:", note)
    print("load:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())


if __name__ == "__main__":
    main()
