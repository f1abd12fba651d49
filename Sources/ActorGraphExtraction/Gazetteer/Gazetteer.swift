import ActorGraphCore
import Foundation

/// The actors ActorGraph knows and every way the text names them, merged from the bundled resource files and any
/// the user adds.
///
/// A later file overrides an earlier one entry by entry (by `id`), and a surface form defined twice names the
/// actor of the later definition, so `--gazetteer FILE` can correct the bundled data without copying it.
public struct Gazetteer: Sendable {
    /// Every actor, by id.
    public let actors: [String: Actor]
    /// Each grouping's members, by grouping id.
    public let memberships: [String: [Membership]]
    let forms: [SurfaceForm]
    /// Each actor's names for queries (``aliases(of:)``), in the gazetteer's order.
    private let queryNamesByActor: [String: [String]]
    let matcher: SurfaceMatcher
    /// Finds people the gazetteer does not know by their titles.
    let officialFinder: OfficialFinder

    /// The bundled gazetteer, then each of `extraFiles` in order.
    public static func load(adding extraFiles: [URL] = []) throws -> Gazetteer {
        try Gazetteer(files: bundledFiles() + extraFiles)
    }

    /// The resource files shipped with the package, in a fixed order.
    static func bundledFiles() throws -> [URL] {
        guard let folder = Bundle.module.url(forResource: "Gazetteer", withExtension: nil, subdirectory: "Resources")
        else { throw GazetteerError.missingResources }
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        guard !files.isEmpty else { throw GazetteerError.missingResources }
        return files
    }

    init(files: [URL]) throws {
        var merged = Merged()
        for url in files {
            merged.add(try GazetteerFile.load(from: url))
        }
        try self.init(merged: merged, checkedAgainst: files.last?.path ?? "gazetteer")
    }

    /// For tests: a gazetteer made from files' contents rather than paths.
    init(contents: [GazetteerFile]) throws {
        var merged = Merged()
        contents.forEach { merged.add($0) }
        try self.init(merged: merged, checkedAgainst: "gazetteer")
    }

    private init(merged: Merged, checkedAgainst file: String) throws {
        actors = merged.actors
        memberships = merged.members
        for (grouping, members) in merged.members.sorted(by: { $0.key < $1.key }) {
            for member in members where merged.actors[member.member] == nil {
                throw GazetteerError.unknownReference(file: file, entry: grouping, reference: member.member)
            }
        }
        forms = merged.surfaceForms()
        queryNamesByActor = Self.queryNamesByActor(forms)
        matcher = SurfaceMatcher(forms: forms.map { form in
            (form.text, form.role == .prefix ? .capital : form.role == .adjective ? .lowerCaseWord : .wordEdge)
        })
        officialFinder = OfficialFinder(titles: try OfficialTitles.bundled(), actors: merged.actors)
    }

    /// Every name people may type for an actor, as ``NameResolver/key(_:)`` compares names (`india`, `new delhi`,
    /// `côte d'ivoire`), with the actor's id: names, aliases, demonyms and capitals, leaving out any name that two
    /// actors share. For queries, not text; look a name up by its key.
    public func queryNames() -> [String: String] {
        var ids: [String: String] = [:]
        for (actor, names) in queryNamesByActor {
            for name in names { ids[NameResolver.key(name)] = actor }
        }
        return ids
    }

    /// The names besides its id and label by which a query may ask for `node`, which `graph build` stores in the
    /// network (``Node/aliases``): the gazetteer's names, official names, aliases, demonyms and capitals or seats of
    /// power of the actor with the node's id, less any another actor shares; and for a person, the surname by which
    /// an article names them again (``OfficialReferences/surname(of:affiliation:)``: `Wang` for Wang Yi). Each once
    /// as ``NameResolver`` compares names, sorted.
    ///
    ///     gazetteer.aliases(of: Node(id: "IND", label: "India", kind: .country))
    ///     // ["Bharat", "Delhi", "Indian", "Indians", "New Delhi", "Raisina Hill", "Republic of India", "South Block"]
    public func aliases(of node: Node) -> [String] {
        var names = queryNamesByActor[node.id] ?? []
        let words = node.label.split(separator: " ").map(String.init)
        if node.kind == .person, words.count > 1 {
            names.append(OfficialReferences.surname(of: words, affiliation: node.affiliation))
        }
        var seen = Set([node.id, node.label].map(NameResolver.key))
        return names.filter { seen.insert(NameResolver.key($0)).inserted }.sorted()
    }

    /// The names of each actor that no other actor has, as ``NameResolver`` compares them, the first spelling of
    /// each (a headline's capitals and a typographic apostrophe are variants of the gazetteer's own).
    private static func queryNamesByActor(_ forms: [SurfaceForm]) -> [String: [String]] {
        var owners: [String: Set<String>] = [:]
        for form in forms where form.role != .prefix {
            if let actor = form.actor { owners[NameResolver.key(form.text), default: []].insert(actor) }
        }
        var names: [String: [String]] = [:]
        var taken: Set<String> = []
        for form in forms where form.role != .prefix {
            let key = NameResolver.key(form.text)
            guard let actor = form.actor, owners[key] == [actor], taken.insert(key).inserted else { continue }
            names[actor, default: []].append(form.text)
        }
        return names
    }
}

/// The files' entries, merged by id in file order.
private struct Merged {
    var actors: [String: Actor] = [:]
    var members: [String: [Membership]] = [:]
    /// Surface forms per actor, replaced whole when a later file redefines the actor.
    var formsByActor: [String: [SurfaceForm]] = [:]
    /// Actor ids in the order they were first defined, so forms are laid out deterministically.
    var order: [String] = []
    var exclusions: [String] = []

    mutating func add(_ file: GazetteerFile) {
        for c in file.countries ?? [] {
            define(Actor(id: c.id, label: c.name, kind: .country), forms:
                names(c.name, c.official, c.aliases, id: c.id, role: .name)
                + names(nil, nil, c.demonyms, id: c.id, role: .demonym)
                + names(nil, nil, c.metonyms, id: c.id, role: .metonym)
                + (c.prefixes ?? []).map { SurfaceForm(text: $0 + "-", actor: c.id, role: .prefix) })
        }
        for g in file.groupings ?? [] {
            define(Actor(id: g.id, label: g.name, kind: .grouping), forms: names(g.name, g.official, g.aliases, id: g.id, role: .name))
            members[g.id] = (g.members ?? []).map { Membership(member: $0.id, since: $0.since, until: $0.until) }
        }
        for b in file.blocs ?? [] {
            define(Actor(id: b.id, label: b.name, kind: .bloc), forms:
                names(b.name, nil, b.aliases, id: b.id, role: .name)
                + names(nil, nil, b.adjectives, id: b.id, role: .adjective))
        }
        for p in file.people ?? [] {
            let roles = (p.roles ?? []).map { Role(title: $0.title, from: $0.from, until: $0.until, affiliation: $0.affiliation) }
            define(Actor(id: p.id, label: p.name, kind: .person, affiliation: p.affiliation, roles: roles),
                   forms: names(p.name, nil, p.aliases, id: p.id, role: .name))
        }
        exclusions += file.exclusions ?? []
    }

    private mutating func define(_ actor: Actor, forms: [SurfaceForm]) {
        if actors[actor.id] == nil { order.append(actor.id) }
        actors[actor.id] = actor
        formsByActor[actor.id] = forms
    }

    private func names(_ name: String?, _ official: String?, _ more: [String]?, id: String, role: SurfaceForm.Role) -> [SurfaceForm] {
        ([name, official].compactMap { $0 } + (more ?? [])).map { SurfaceForm(text: $0, actor: id, role: role) }
    }

    /// All forms with their variants: a typographic apostrophe for every straight one, `The …` for `the …`,
    /// and the upper-case spelling of longer names for headlines; exclusions first, so that a name redefined
    /// by a user file wins over an exclusion of the same text.
    func surfaceForms() -> [SurfaceForm] {
        let base = exclusions.map { SurfaceForm(text: $0, actor: nil, role: .exclusion) }
            + order.flatMap { formsByActor[$0] ?? [] }
        var seen = Set<String>()
        var result: [SurfaceForm] = []
        for form in base {
            for text in Self.variants(of: form.text, role: form.role) where !text.isEmpty {
                var variant = form
                variant.text = text
                if seen.insert(text).inserted || form.actor != nil { result.append(variant) }
            }
        }
        return result
    }

    static func variants(of text: String, role: SurfaceForm.Role) -> [String] {
        var texts = [text]
        if text.contains("'") { texts.append(text.replacingOccurrences(of: "'", with: "\u{2019}")) }
        if text.hasPrefix("the ") { texts += texts.map { "The" + $0.dropFirst(3) } }
        if role != .prefix, text.count >= 4, text.contains(where: \.isLowercase) {
            texts += texts.filter { !$0.hasPrefix("the ") }.map { $0.uppercased() }
        }
        return texts
    }
}
