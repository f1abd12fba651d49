import ActorGraphCore

/// An actor the gazetteer knows: what becomes a node when the text names it.
public struct Actor: Sendable, Hashable {
    public var id: String
    public var label: String
    public var kind: NodeKind
    /// For a person: the alpha-3 code of the country they act for.
    public var affiliation: String?
    /// For a person: the offices they held, in the gazetteer's order.
    public var roles: [Role] = []

    /// The role in force on `date` (`YYYY-MM-DD`), the latest to begin where several hold; nil when undated.
    public func role(on date: String?) -> Role? {
        guard let date else { return nil }
        return roles.filter { $0.holds(on: date) }.max { ($0.from ?? "") < ($1.from ?? "") }
    }

    /// Who the actor acts for on `date`: the affiliation of the role then in force where it names one (Kaja Kallas
    /// for Estonia as its prime minister, for the EU as its foreign policy chief), else the actor's own.
    public func affiliation(on date: String?) -> String? {
        role(on: date)?.affiliation ?? affiliation
    }
}

/// An office a person held, with its dates (`YYYY` or `YYYY-MM-DD`; nil means open).
public struct Role: Sendable, Hashable {
    public var title: String
    public var from: String?
    public var until: String?
    /// Who the person acted for in this office, where it differs from the person's usual affiliation.
    public var affiliation: String?

    /// Whether the role held on `date`, `from` and `until` both included (``DateRange/date(_:isWithin:_:)``).
    public func holds(on date: String) -> Bool {
        DateRange.date(date, isWithin: from, until)
    }
}

/// A country's belonging to a grouping, with the dates it held (`YYYY` or `YYYY-MM-DD`; nil means open).
public struct Membership: Sendable, Hashable {
    public var member: String
    public var since: String?
    public var until: String?

    /// Whether the membership held on `date` (`YYYY-MM-DD`): `since` and `until` both included, a bare year for
    /// all of it (`until: "2019"` holds on 2019-12-31), as `--since`/`--until` (``DateRange/date(_:isWithin:_:)``).
    public func holds(on date: String) -> Bool {
        DateRange.date(date, isWithin: since, until)
    }
}
