#!/usr/bin/env python3
"""Print the converged PageRank and eigenvector centrality values the Swift tests hold as references.

Usage: converged_references.py   (needs networkx; python-igraph and numpy for the exact check)

ActorGraph runs networkx's power iterations to a tolerance of 1e-12 (networkx's default is 1e-6, which stops
about 1e-6 short of the limit), so the references are networkx's values at TOL with a step limit that is never
reached. Where python-igraph and numpy are importable, each list is also compared with the exact values:
igraph's PageRank by PRPACK (`pagerank(implementation="prpack")`, a direct solve) and the unit Perron vector of
numpy's `eigh`, and the largest difference is printed (about 1e-11: what is left at the stopping rule).

The output is Swift array literals, printed with repr, to paste into KarateClub.swift, PageRankTests.swift,
EigenvectorCentralityTests.swift and WeightedCentralityTests.swift.
"""

import networkx as nx

TOL = 1e-12
MAX_ITER = 10_000

try:
    import igraph
    import numpy
except ImportError:
    igraph = numpy = None


def pagerank(G):
    ranks = nx.pagerank(G, alpha=0.85, weight="weight", tol=TOL, max_iter=MAX_ITER)
    return [ranks[v] for v in sorted(G)]


def eigenvector(G, weight=None):
    values = nx.eigenvector_centrality(G, weight=weight, tol=TOL, max_iter=MAX_ITER)
    return [values[v] for v in sorted(G)]


def exact_pagerank(G):
    nodes = sorted(G)
    H = igraph.Graph(n=len(nodes), edges=[(nodes.index(a), nodes.index(b)) for a, b in G.edges()])
    return H.pagerank(weights=[w for _, _, w in G.edges(data="weight", default=1)], implementation="prpack")


def exact_eigenvector(G, weight=None):
    """The unit Perron vector of the component with the largest eigenvalue (where the iteration goes)."""
    A = nx.to_numpy_array(G, nodelist=sorted(G), weight=weight)
    vector = numpy.linalg.eigh(A)[1][:, -1]
    vector = vector if vector.sum() > 0 else -vector
    return list(vector / numpy.linalg.norm(vector))


def show(name, values, exact=None):
    gap = "" if exact is None else f"  // exact within {max(abs(a - b) for a, b in zip(values, exact)):.1e}"
    print(f"{name}:{gap}\n    [" + ", ".join(repr(v) for v in values) + "]")


def graph(pairs, nodes=None, weights=None):
    G = nx.Graph()
    G.add_nodes_from(nodes or sorted({v for pair in pairs for v in pair}))
    for i, (a, b) in enumerate(pairs):
        G.add_edge(a, b, weight=weights[i] if weights else 1)
    return G


def main():
    exact = igraph is not None and numpy is not None
    print(f"networkx {nx.__version__}, tol {TOL:g}, max_iter {MAX_ITER}"
          + (f"; igraph {igraph.__version__}, numpy {numpy.__version__}" if exact else "; no exact check"))
    karate = nx.Graph(nx.karate_club_graph().edges())  # the members' friendships, without the weights
    cases = {
        "karate club": karate,
        "path A-B-C": graph(["AB", "BC"]),
        "star A; B, C, D": graph(["AB", "AC", "AD"]),
        "triangle A, B, C with pendant D": graph(["AB", "AC", "BC", "CD"]),
        "path A-B-C and isolated D": graph(["AB", "BC"], nodes="ABCD"),
    }
    for name, G in cases.items():
        show(f"pagerank, {name}", pagerank(G), exact_pagerank(G) if exact else None)
        show(f"eigenvector, {name}", eigenvector(G), exact_eigenvector(G) if exact else None)
    weighted_path = graph(["AB", "BC"], weights=[2, 3])
    show("pagerank, A -2- B -3- C", pagerank(weighted_path), exact_pagerank(weighted_path) if exact else None)
    # WeightedCentralityTests.square: A-B 1, B-D 1, A-C 2, C-D 2, D-E 3.
    square = graph(["AB", "BD", "AC", "CD", "DE"], weights=[1, 1, 2, 2, 3])
    show("eigenvector weighted, square", eigenvector(square, "weight"),
         exact_eigenvector(square, "weight") if exact else None)


if __name__ == "__main__":
    main()
