/// A way the text names an actor.
struct SurfaceForm: Sendable, Hashable {
    enum Role: Sendable, Hashable {
        /// A name, alias or official name.
        case name
        /// `Indian`, `Pakistanis`.
        case demonym
        /// A capital or seat of power standing for the government: `Moscow`, `the Kremlin`.
        case metonym
        /// A combining form that counts only before a hyphen and a capital letter: `Indo-` in `Indo-Russian`.
        case prefix
        /// An adjective that counts only before a lower-case word: `Western` in `Western sanctions`, not in `Western
        /// Europe`.
        case adjective
        /// A phrase that names no actor and blocks the names inside it: `Indian Ocean`.
        case exclusion
    }

    var text: String
    /// The actor named; nil for an exclusion.
    var actor: String?
    var role: Role
}
