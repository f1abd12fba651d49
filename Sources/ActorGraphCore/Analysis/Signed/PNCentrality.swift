extension SignedGraph {
    /// The number of positive ties of every vertex, indexed like `ids` (signnet's
    /// `degree_signed(g, type = "pos")`).
    ///
    /// - Complexity: O(n + e).
    public func positiveDegrees() -> [Int] {
        signs.map { list in list.filter { $0 > 0 }.count }
    }

    /// The number of negative ties of every vertex, indexed like `ids` (signnet's
    /// `degree_signed(g, type = "neg")`).
    ///
    /// - Complexity: O(n + e).
    public func negativeDegrees() -> [Int] {
        signs.map { list in list.filter { $0 < 0 }.count }
    }

    /// The PN index of every vertex, indexed like `ids`, as R signnet's `pn_index(g)` for an undirected
    /// graph (M. G. Everett and S. P. Borgatti, "Networks containing negative ties", Social Networks
    /// 38:111–120, 2014).
    ///
    /// With P and N the 0/1 matrices of positive and negative ties, A = P − 2N, and n the number of
    /// vertices (isolates included), PN = (I − A / (2n − 2))⁻¹ 1: a Hubbell-style status in which a
    /// negative tie weighs twice a positive one and the attenuation 1 / (2n − 2) keeps the series
    /// convergent. A vertex with no ties scores 1; more friends raise the score, more enemies lower it,
    /// and a friend's enemies count against it too.
    ///
    /// The system is solved through the eigen-decomposition of the symmetric I − A / (2n − 2):
    /// x = Σₖ vₖ (vₖ · 1) / σₖ.
    ///
    ///     // path A +1 B −1 C:  n = 3, A/(2n−2) = A/4
    ///     try signed.pnIndex()
    ///
    /// - Returns: One score per vertex; `[1]` for a single vertex, `[]` for none.
    /// - Throws: `AnalysisError.singularMatrix` when I − A / (2n − 2) is singular (only two vertices
    ///   joined by a negative tie), `AnalysisError.noConvergence` if the decomposition fails.
    /// - Complexity: O(n³) per Jacobi sweep.
    public func pnIndex() throws -> [Double] {
        let n = vertexCount
        guard n > 1 else { return Array(repeating: 1, count: n) }
        let attenuation = 1 / Double(2 * n - 2)
        var matrix = adjacencyMatrix(signed: true)
        for i in 0..<n {
            for j in 0..<n {
                let a = matrix[i][j] < 0 ? -2.0 : matrix[i][j]
                matrix[i][j] = (i == j ? 1 : 0) - attenuation * a
            }
        }
        let eigen = try SymmetricEigen(matrix)
        guard let smallest = eigen.values.map(abs).min(), smallest > 1e-12 else {
            throw AnalysisError.singularMatrix(measure: "PN index")
        }
        var result = Array(repeating: 0.0, count: n)
        for (value, vector) in zip(eigen.values, eigen.vectors) {
            let weight = vector.reduce(0, +) / value
            for i in 0..<n { result[i] += weight * vector[i] }
        }
        return result
    }
}
