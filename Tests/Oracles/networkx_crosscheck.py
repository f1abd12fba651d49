#!/usr/bin/env python3
"""Cross-check ActorGraph's centrality measures against networkx.

Usage: networkx_crosscheck.py RESULTS.json [--tolerance 1e-9]

RESULTS.json is written by Tests/ActorGraphCoreTests/NetworkxCrossCheckTests.swift:

    {"graphs": [{"name": "...",
                 "nodes": ["v000", ...],                  # the Swift vertex order (sorted ids)
                 "edges": [{"source": "v000", "target": "v007", "weight": 3}, ...],
                 "measures": {"degree": [...], "strength": [...], "betweenness": [...],
                              "closeness": [...], "eigenvector": [...], "pagerank": [...],
                              "triangles": [...], "clustering": [...]}}]}

A pair may appear in several edges (a relation and a membership); like the Swift analysis graph,
the pair then gets one edge whose weight is the sum. A measure missing from "measures" means the
Swift side threw (no convergence); networkx must then fail to converge too.

Every measure is computed with networkx's defaults, the definitions the Swift code follows:
degree, strength = degree(weight="weight"), betweenness_centrality, closeness_centrality,
eigenvector_centrality (unweighted), pagerank (alpha 0.85, weight "weight"), triangles, clustering.

Prints the largest absolute difference per measure and exits 0 when all are within tolerance,
1 otherwise (listing the disagreements), 2 on bad input.
"""

import argparse
import json
import sys

import networkx as nx

MEASURES = ["degree", "strength", "betweenness", "closeness",
            "eigenvector", "pagerank", "triangles", "clustering"]


def build(graph):
    G = nx.Graph()
    G.add_nodes_from(graph["nodes"])
    for edge in graph["edges"]:
        a, b, w = edge["source"], edge["target"], edge["weight"]
        if G.has_edge(a, b):
            G[a][b]["weight"] += w
        else:
            G.add_edge(a, b, weight=w)
    return G


def reference(G):
    """networkx's value of every measure; None where the iteration does not converge."""
    def converging(f):
        try:
            return f(G)
        except nx.PowerIterationFailedConvergence:
            return None

    return {
        "degree": dict(G.degree()),
        "strength": dict(G.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(G),
        "closeness": nx.closeness_centrality(G),
        "eigenvector": converging(nx.eigenvector_centrality),
        "pagerank": converging(nx.pagerank),
        "triangles": nx.triangles(G),
        "clustering": nx.clustering(G),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results")
    parser.add_argument("--tolerance", type=float, default=1e-9)
    args = parser.parse_args()
    try:
        with open(args.results) as f:
            graphs = json.load(f)["graphs"]
    except (OSError, ValueError, KeyError) as error:
        print(f"cannot read {args.results}: {error}", file=sys.stderr)
        return 2

    worst = dict.fromkeys(MEASURES, 0.0)
    compared = dict.fromkeys(MEASURES, 0)
    failures = []
    unconverged = []
    shapes = []
    for graph in graphs:
        G = build(graph)
        shapes.append(f"{graph['name']} (n={G.number_of_nodes()}, m={G.number_of_edges()}, "
                      f"{nx.number_connected_components(G)} components)")
        expected = reference(G)
        ours = graph["measures"]
        for measure in MEASURES:
            theirs = expected[measure]
            mine = ours.get(measure)
            if theirs is None or mine is None:
                if (theirs is None) != (mine is None):
                    who = "networkx" if theirs is None else "ActorGraph"
                    failures.append(f"{graph['name']}: {measure}: only {who} failed to converge")
                else:
                    unconverged.append(f"{graph['name']} ({measure})")
                continue
            if len(mine) != len(graph["nodes"]):
                failures.append(f"{graph['name']}: {measure}: {len(mine)} values for {len(graph['nodes'])} nodes")
                continue
            compared[measure] += 1
            for node, value in zip(graph["nodes"], mine):
                difference = abs(value - theirs[node])
                worst[measure] = max(worst[measure], difference)
                if not difference <= args.tolerance:
                    failures.append(f"{graph['name']}: {measure}[{node}]: ActorGraph {value!r}, "
                                    f"networkx {theirs[node]!r}")

    sizes = [len(g["nodes"]) for g in graphs]
    print(f"networkx {nx.__version__}: {len(graphs)} graphs, {min(sizes, default=0)}-{max(sizes, default=0)} nodes, "
          f"tolerance {args.tolerance:g}")
    print("  graphs: " + "; ".join(shapes))
    for measure in MEASURES:
        print(f"  {measure:<12} max |difference| {worst[measure]:.3e} over {compared[measure]} graphs")
    if unconverged:
        print("  both failed to converge, as expected of each other: " + ", ".join(unconverged))
    for failure in failures[:40]:
        print("MISMATCH " + failure)
    if len(failures) > 40:
        print(f"... and {len(failures) - 40} more")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
