import ActorGraphCore

/// An actor the gazetteer knows: what becomes a node when the text names it.
public struct Actor: Sendable, Hashable {
    public var id: String
    public var label: String
    public var kind: NodeKind
    /// For a person: the alpha-3 code of the country they act for.
    public var affiliation: String?
}

/// A country's belonging to a grouping, with the dates it held (`YYYY` or `YYYY-MM-DD`; nil means open).
public struct Membership: Sendable, Hashable {
    public var member: String
    public var since: String?
    public var until: String?

    /// Whether the membership held on `date` (`YYYY-MM-DD`).
    ///
    /// Dates compare as text, so a bare year works as its first day: `since: "2017"` holds from 2017-01-01, and
    /// `until: "2020"` ends before 2020 begins.
    public func holds(on date: String) -> Bool {
        if let since, date < since { return false }
        if let until, date >= until { return false }
        return true
    }
}
