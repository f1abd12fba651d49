/// An evidence sentence cut around its cue, so a renderer can mark the words that decided the stance.
///
/// The words are those the extractor read the cue from (``Evidence/cueRange``), so the report, `graph edge` and
/// `graph triangles` mark the same ones; a negator ("did not condemn") is not part of them, and stays in `before`.
public struct CueHighlight: Equatable, Sendable {
    public var before: String
    public var cue: String
    public var after: String

    /// The sentence split at its cue's words; nil when it has no cue or the file did not store where the cue stands.
    public init?(_ evidence: Evidence) {
        guard evidence.cue != nil, let bounds = evidence.cueBounds else { return nil }
        let scalars = evidence.text.unicodeScalars
        before = String(scalars[..<bounds.lowerBound])
        cue = String(scalars[bounds])
        after = String(scalars[bounds.upperBound...])
    }
}
