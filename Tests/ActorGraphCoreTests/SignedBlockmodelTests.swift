import ActorGraphCore
import Testing

@Suite struct SignedBlockmodelTests {
    /// signnet's blockmodeling vignette (signnet.schochastics.net/articles/blockmodeling.html) prints,
    /// for `signed_blockmodel(tribes, k = 3, alpha = 0.5)`, with and without annealing:
    /// membership 1 1 2 2 3 2 2 2 3 3 2 2 3 3 1 1 and criterion 2. An exhaustive check over all
    /// 3^15 labellings (tribe 1 fixed) found the minimum, 2 (two positive ties between groups, none
    /// negative inside), attained by this partition only.
    @Test func tribesInThreeGroupsMatchSignnet() throws {
        let model = try GahukuGama.graph.signedBlockmodel(groups: 3)
        let groups: [[Int]] = [[1, 2, 15, 16], [3, 4, 6, 7, 8, 11, 12], [5, 9, 10, 13, 14]]
        #expect(model.groups == groups.map { $0.map(GahukuGama.id) })
        #expect(model.criterion == 2)
        #expect(model.negativeWithin == 0)
        #expect(model.positiveBetween == 2)
        #expect(model.method == .exact)
    }

    @Test func twoGroupsGiveTheFrustration() throws {
        // With k = 2 and α = 1/2 the criterion is the frustration, 7 for the tribes.
        let graph = GahukuGama.graph
        let model = try graph.signedBlockmodel(groups: 2)
        #expect(model.criterion == 7)
        #expect(model.negativeWithin + model.positiveBetween == graph.frustration().count)
        #expect(model.groups == graph.frustration().camps)
    }

    @Test func localSearchAloneStaysAnHonestUpperBound() throws {
        let model = try GahukuGama.graph.signedBlockmodel(groups: 3, exactLimit: 0)
        #expect(model.method == .localSearch)
        #expect(model.criterion >= 2)
        #expect(model.criterion == Double(model.negativeWithin + model.positiveBetween))
        #expect(model.groups.flatMap { $0 }.sorted() == (1...16).map(GahukuGama.id))
    }

    @Test func alphaWeighsTheTwoKindsOfError() throws {
        // Triangle A+B, B+C, A−C: one tie must be wrong. α = 0.9 makes a negative tie inside costly,
        // so A and C part and one positive tie runs between groups.
        let graph = SignedGraph(ids: ["A", "B", "C"], edges: [("A", "B", 1), ("B", "C", 1), ("A", "C", -1)])
        let strict = try graph.signedBlockmodel(groups: 2, alpha: 0.9)
        #expect(strict.negativeWithin == 0 && strict.positiveBetween == 1)
        #expect(abs(strict.criterion - 2 * 0.1) < 1e-12)
        // α = 0.1: keeping all three together (one negative tie inside) is cheaper.
        let lenient = try graph.signedBlockmodel(groups: 2, alpha: 0.1)
        #expect(lenient.groups == [["A", "B", "C"]])
        #expect(abs(lenient.criterion - 2 * 0.1) < 1e-12 && lenient.negativeWithin == 1)
    }

    @Test func balancedTwoCampGraphHasCriterionZero() throws {
        // Camps {A, B, C} and {D, E}: positive inside, negative across, F without signed ties.
        let graph = SignedGraph(
            ids: ["A", "B", "C", "D", "E", "F"],
            edges: [
                ("A", "B", 1), ("B", "C", 1), ("A", "C", 1), ("D", "E", 1),
                ("A", "D", -1), ("B", "E", -1), ("C", "D", -1),
            ])
        for k in [2, 3, 5] {
            let model = try graph.signedBlockmodel(groups: k)
            #expect(model.criterion == 0)
            #expect(model.groups == [["A", "B", "C", "F"], ["D", "E"]])
        }
        let one = try graph.signedBlockmodel(groups: 1)
        #expect(one.criterion == 3 && one.negativeWithin == 3)
    }

    @Test func rejectsBadArguments() {
        let graph = GahukuGama.graph
        #expect(throws: CommunityError.invalidGroupCount(0)) { try graph.signedBlockmodel(groups: 0) }
        #expect(throws: CommunityError.invalidAlpha(1.5)) { try graph.signedBlockmodel(groups: 2, alpha: 1.5) }
    }
}
