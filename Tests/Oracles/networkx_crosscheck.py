#!/usr/bin/env python3
"""Cross-check ActorGraph's centrality measures against networkx.

Usage: networkx_crosscheck.py RESULTS.json [--tolerance 1e-9]

RESULTS.json is written by Tests/ActorGraphCoreTests/NetworkxCrossCheckTests.swift:

    {"graphs": [{"name": "...",
                 "nodes": ["v000", ...],                  # the Swift vertex order (sorted ids)
                 "edges": [{"source": "v000", "target": "v007", "weight": 3}, ...],
                 "measures": {"degree": [...], "strength": [...], "betweenness": [...],
                              "closeness": [...], "eigenvector": [...], "pagerank": [...],
                              "triangles": [...], "clustering": [...],
                              "betweenness_weighted": [...], "closeness_weighted": [...],
                              "eigenvector_weighted": [...], "clustering_weighted": [...]},
                 "graph": {"density": 0.1, "transitivity": 0.2, "average_clustering": 0.3,
                           "components": [["v003", ...], ...], "diameter": 7},
                 "paths": [{"source": "v000", "target": "v009",
                            "unweighted": ["v000", ...] or null, "weighted": [...] or null}, ...]}]}

A pair may appear in several edges (a relation and a membership); like the Swift analysis graph,
the pair then gets one edge whose weight is the sum. A measure missing from "measures" means the
Swift side threw (no convergence); networkx must then fail to converge too. Every edge also gets
the attribute distance = 1 / weight, the edge length of the weighted path measures.

Every measure is computed with networkx's defaults, the definitions the Swift code follows:
degree, strength = degree(weight="weight"), betweenness_centrality, closeness_centrality,
eigenvector_centrality (unweighted), pagerank (alpha 0.85, weight "weight"), triangles, clustering;
weighted: betweenness_centrality(weight="distance"), closeness_centrality(distance="distance"),
eigenvector_centrality(weight="weight"), clustering(weight="weight"). The two iterations run to convergence, as
ActorGraph's do (see CONVERGED): networkx's default tolerance stops about 1e-6 short. Graph measures: density,
transitivity, average_clustering, connected_components (ordered largest first, then by smallest id)
and the diameter of the first of them. Paths: none exactly when networkx finds none; otherwise a
path of G of networkx's shortest length that is the lexicographically smallest shortest path
(unweighted: min of all_shortest_paths; weighted: the smallest among paths that follow networkx's
Dijkstra distances to the target exactly, the documented floating-point tie rule).

Prints the largest absolute difference per measure and exits 0 when all are within tolerance,
1 otherwise (listing the disagreements), 2 on bad input.
"""

import argparse
import json
import sys

import networkx as nx

MEASURES = ["degree", "strength", "betweenness", "closeness",
            "eigenvector", "pagerank", "triangles", "clustering",
            "betweenness_weighted", "closeness_weighted", "eigenvector_weighted", "clustering_weighted"]
GRAPH_SCALARS = ["density", "transitivity", "average_clustering", "diameter"]


# ActorGraph runs networkx's power iterations for eigenvector centrality and PageRank step for step, but to a
# tolerance of 1e-12 (n * 1e-12 on the L1 change of a step) where networkx stops at 1e-6, and for up to 10,000
# steps where networkx gives up after 100; the oracle runs networkx the same way, so it compares converged values.
CONVERGED = {"tol": 1e-12, "max_iter": 10_000}

def build(graph):
    G = nx.Graph()
    G.add_nodes_from(graph["nodes"])
    for edge in graph["edges"]:
        a, b, w = edge["source"], edge["target"], edge["weight"]
        if G.has_edge(a, b):
            G[a][b]["weight"] += w
        else:
            G.add_edge(a, b, weight=w)
    for a, b, data in G.edges(data=True):
        data["distance"] = 1 / data["weight"]
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
        "eigenvector": converging(lambda H: nx.eigenvector_centrality(H, **CONVERGED)),
        "pagerank": converging(lambda H: nx.pagerank(H, **CONVERGED)),
        "triangles": nx.triangles(G),
        "clustering": nx.clustering(G),
        "betweenness_weighted": nx.betweenness_centrality(G, weight="distance"),
        "closeness_weighted": nx.closeness_centrality(G, distance="distance"),
        "eigenvector_weighted": converging(
            lambda H: nx.eigenvector_centrality(H, weight="weight", **CONVERGED)),
        "clustering_weighted": nx.clustering(G, weight="weight"),
    }


def graph_reference(G):
    """networkx's whole-graph measures, components in ActorGraph's fixed order."""
    components = sorted((sorted(c) for c in nx.connected_components(G)), key=lambda c: (-len(c), c[0]))
    return {
        "density": nx.density(G),
        "transitivity": nx.transitivity(G),
        "average_clustering": nx.average_clustering(G),
        "components": components,
        "diameter": nx.diameter(G.subgraph(components[0])) if components else 0,
    }


def expected_path(G, source, target, weighted):
    """The lexicographically smallest shortest path, or None when the ends are not connected."""
    if not nx.has_path(G, source, target):
        return None
    if not weighted:
        return min(nx.all_shortest_paths(G, source, target))
    # Walk from the source, each time to the smallest neighbour that stays on a shortest path
    # according to networkx's distances to the target, compared exactly as ActorGraph documents.
    to_target = nx.single_source_dijkstra_path_length(G, target, weight="distance")
    path = [source]
    while path[-1] != target:
        v = path[-1]
        path.append(min(w for w in G[v] if w in to_target and
                        to_target[w] + G[v][w]["distance"] == to_target[v]))
    return path


def check_path(G, entry, weighted, tolerance):
    """A failure message for one of our paths, or None when it is right."""
    source, target = entry["source"], entry["target"]
    mine = entry.get("weighted" if weighted else "unweighted")  # JSONEncoder leaves out nil
    theirs = expected_path(G, source, target, weighted)
    label = f"{'weighted' if weighted else 'unweighted'} path {source}-{target}"
    if (mine is None) != (theirs is None):
        return f"{label}: ActorGraph {mine}, networkx {theirs}"
    if mine is None:
        return None
    if mine[0] != source or mine[-1] != target or not nx.is_path(G, mine):
        return f"{label}: {mine} is not a path of G from {source} to {target}"
    length = nx.path_weight(G, mine, "distance") if weighted else len(mine) - 1
    best = (nx.dijkstra_path_length(G, source, target, weight="distance") if weighted
            else nx.shortest_path_length(G, source, target))
    if abs(length - best) > tolerance:
        return f"{label}: {mine} has length {length!r}, networkx's shortest is {best!r}"
    if mine != theirs:
        return f"{label}: ActorGraph {mine}, expected the smallest shortest path {theirs}"
    return None


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

    worst = dict.fromkeys(MEASURES + GRAPH_SCALARS, 0.0)
    paths_checked = 0
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

        expected_graph = graph_reference(G)
        for scalar in GRAPH_SCALARS:
            difference = abs(graph["graph"][scalar] - expected_graph[scalar])
            worst[scalar] = max(worst[scalar], difference)
            if not difference <= args.tolerance:
                failures.append(f"{graph['name']}: {scalar}: ActorGraph {graph['graph'][scalar]!r}, "
                                f"networkx {expected_graph[scalar]!r}")
        if graph["graph"]["components"] != expected_graph["components"]:
            failures.append(f"{graph['name']}: components differ: ActorGraph sizes "
                            f"{[len(c) for c in graph['graph']['components']]}, networkx "
                            f"{[len(c) for c in expected_graph['components']]}")
        for entry in graph["paths"]:
            for weighted in (False, True):
                paths_checked += 1
                failure = check_path(G, entry, weighted, args.tolerance)
                if failure:
                    failures.append(f"{graph['name']}: {failure}")

    sizes = [len(g["nodes"]) for g in graphs]
    print(f"networkx {nx.__version__}: {len(graphs)} graphs, {min(sizes, default=0)}-{max(sizes, default=0)} nodes, "
          f"tolerance {args.tolerance:g}")
    print("  graphs: " + "; ".join(shapes))
    for measure in MEASURES:
        print(f"  {measure:<20} max |difference| {worst[measure]:.3e} over {compared[measure]} graphs")
    for scalar in GRAPH_SCALARS:
        print(f"  {scalar:<20} max |difference| {worst[scalar]:.3e} over {len(graphs)} graphs")
    print(f"  components           compared exactly over {len(graphs)} graphs")
    print(f"  shortest paths       {paths_checked} checked (length and tie-breaking)")
    if unconverged:
        print("  both failed to converge, as expected of each other: " + ", ".join(unconverged))
    for failure in failures[:40]:
        print("MISMATCH " + failure)
    if len(failures) > 40:
        print(f"... and {len(failures) - 40} more")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
