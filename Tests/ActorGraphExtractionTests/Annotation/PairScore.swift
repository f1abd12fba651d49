import ActorGraphCore
import ActorGraphExtraction

/// How a network compares with the corpus-level pair annotation.
///
/// The annotation counts people as the country they act for, so the network is first projected onto countries,
/// groupings and blocs: each person's edges move to their affiliation, and edges that land on the same pair add
/// up, their stances weighted by sentence count. A pair the network links by membership counts as `+`, as the
/// annotation's convention has it ("membership of a country in a grouping is +"); but a membership the articles
/// do not speak of (every member the corpus names gets one to the UN) is the gazetteer's fact, not a claim about
/// the text, so only relation edges can be spurious.
struct PairScore {
    /// Annotated pairs the extractor can see (not coreference-only).
    var annotated: Int
    /// Of those, the pairs the network links with any edge.
    var found: Int
    /// Of those, the pairs whose sign matches the annotation.
    var signRight: Int
    /// Projected relation pairs the annotation does not list: relations the articles do not make.
    var spurious: [ActorPair]
    /// Annotated pairs missing from the network or with the wrong sign, with the sign the network gives (nil when
    /// missing).
    var misses: [(annotation: PairAnnotation, got: Int?)]

    var recall: Double { Double(found) / Double(annotated) }
    var precision: Double { Double(found) / Double(found + spurious.count) }
    var accuracy: Double { Double(signRight) / Double(annotated) }

    init(network: Network, annotations: [PairAnnotation]) {
        let (signs, relations) = Self.project(network)
        let scored = annotations.filter { !$0.coreferenceOnly }
        annotated = scored.count
        found = scored.filter { signs[$0.pair] != nil }.count
        signRight = scored.filter { signs[$0.pair] == $0.sign }.count
        misses = scored.filter { signs[$0.pair] != $0.sign }.map { ($0, signs[$0.pair]) }
        let listed = Set(annotations.map(\.pair))
        spurious = relations.filter { !listed.contains($0) }.sorted { $0.description < $1.description }
    }

    /// The sign of every pair of the projected network, and the pairs that relation edges link.
    static func project(_ network: Network) -> (signs: [ActorPair: Int], relations: Set<ActorPair>) {
        var represented: [String: String] = [:]
        for node in network.nodes {
            switch node.kind {
            case .country, .grouping, .bloc: represented[node.id] = node.id
            case .person, .organization: represented[node.id] = node.affiliation
            }
        }
        var weightedStance: [ActorPair: (stance: Double, weight: Int)] = [:]
        var members: Set<ActorPair> = []
        for edge in network.edges {
            guard let a = represented[edge.source], let b = represented[edge.target], a != b else { continue }
            let pair = ActorPair(a, b)
            switch edge.kind {
            case .membership:
                members.insert(pair)
            case .relation:
                let sum = weightedStance[pair, default: (0, 0)]
                weightedStance[pair] = (sum.stance + edge.stance * Double(edge.weight), sum.weight + edge.weight)
            }
        }
        var signs = weightedStance.mapValues { Stance.sign(of: $0.stance / Double($0.weight)) }
        for pair in members { signs[pair] = 1 }
        return (signs, Set(weightedStance.keys))
    }
}
